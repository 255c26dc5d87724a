"""A public role in a document's fields: values that a label or a heading of the document's head gives a role.

* ``label_columns(text, lex)``: a public role alone on a line, its value a few lines down (a letterhead in columns:
  "Inlichtingen bij\nGedeputeerde(n)\n16.07.2024\n2024-015664\n\nT.A. de Bree /E.G. Grijsen");
* ``note_holder(text)``: the portfolio holder's field of a note to a governing body ("NOTA GS-MANDAAT",
  "GS-nota", "Collegenota") whose label is missing;
* ``meeting_chair(text, body)``: the chair on a council information system's meeting page;
* ``holder_column(text, lex)``: the portfolio holder's family name that ends a decision list's row right under column
  heads that name it ("Nummer Commissoriaal Afdeling Gedeputeerde Openbaar\n3 2009-020080 P&CMERO Van Haaren"), and
  the table of a public office's holders under a heading that names the office in the plural and a period
  ("Voorzitters/presidenten van de Algemene Rekenkamer van 1841 tot heden.", "Overzicht van de griffiers van de
  Tweede Kamer:" over dated rows: former holders named for the office).

Each returns ``Region``s whose default is public; ``genre.regions`` applies them in every genre.

Guarantees: pure functions of the text; a region covers one line (one value) only, a table of holders up to its first
line of prose (at most 6,000 characters).
"""

from __future__ import annotations

import re

from redact.detect.attendance import Region
from redact.detect.roles import RoleLexicon

__all__ = ["HEAD", "holder_column", "label_columns", "meeting_chair", "note_holder"]

HEAD = 1500  # the head of a document: where its fields stand

# a public role alone on a line, its value a few lines down: a letterhead in columns ("Inlichtingen bij\n
# Gedeputeerde(n)\n16.07.2024\n2024-015664\n\nT.A. de Bree /E.G. Grijsen")
_NAMES_LINE = re.compile(
    r"[ \t]*(?:(?:[A-Z]\.){1,5}[ \t]?(?:[a-z]+[ \t]+){0,2}[A-ZÀ-Þ][\w'’-]+[ \t]*(?:[/,&]|en)?[ \t]*){1,4}[ \t]*$"
)


def label_columns(text: str, lex: RoleLexicon) -> list[Region]:
    """The first line of initialled names within ten lines below a public role (or plural role) alone on its line."""
    out: list[Region] = []
    for rx in (lex.role, lex.plural):
        if rx is None:
            continue
        for m in rx.finditer(text):
            ls = text.rfind("\n", 0, m.start()) + 1
            le = text.find("\n", m.end())
            le = len(text) if le < 0 else le
            if text[ls:m.start()].strip() or text[m.end():le].strip(" \t:"):
                continue  # not alone on its line
            pos, lines = le + 1, 0
            while pos < len(text) and lines < 10:
                nl = text.find("\n", pos)
                nl = len(text) if nl < 0 else nl
                line = text[pos:nl]
                if "\f" in line:
                    break
                if line.strip():
                    lines += 1
                    if _NAMES_LINE.fullmatch(line):
                        out.append(Region(pos, nl, "public", f"publiek:rol:{' '.join(m.group().lower().split())}"))
                        break
                pos = nl + 1
    return out


# a decision list's table whose column heads name the portfolio holder, and the row right under them that ends in the
# holder's family name after a code ("Nummer Commissoriaal Afdeling Gedeputeerde Openbaar\n3 2009-020080 P&CMERO Van
# Haaren"): a public office
_HOLDER_HEADS = re.compile(r"(?m)^[ \t]*(?:[A-Z][a-z]+[ \t]+){2,6}(?P<col>Gedeputeerde|Portefeuillehouder|Wethouder)"
                           r"(?:[ \t]+[A-Z][a-z]+){0,4}[ \t]*\n(?P<row>[^\n]+)")
_ROW_HOLDER = re.compile(r"(?:^|[ \t])(?:\S*[\d&]\S*|-{2,}|[A-Z&]{2,})[ \t]+"
                         r"(?P<name>(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en)[ \t]+){0,3}[A-ZÀ-Þ][a-zà-ÿ'’-]+"
                         r"(?:-[A-ZÀ-Þ][a-zà-ÿ'’-]+)?)[ \t]*$")


# a heading that names a public office in the plural and a period over a table of its holders: "Voorzitters/presidenten
# van de Algemene Rekenkamer van 1841 tot heden.", "Burgemeesters van Zwolle sinds 1900"; the table ends at prose
_HOLDERS_HEAD = re.compile(r"(?m)^[ \t]*(?:(?P<list>Overzicht|Lijst)[ \t]+van[ \t]+(?:de[ \t]+)?)?"
                           r"(?P<roles>(?(list)[a-z]|[A-Z])[a-z]+(?:/[a-z]+)?)"
                           r"(?P<of>[ \t]+(?:van|der|in)[ \t]+[^\n]{3,80}?)"
                           r"(?:[ \t]+(?:van[ \t]+\d{4}[ \t]+tot[ \t]+heden|sinds[ \t]+\d{4}|"
                           r"\d{4}[ \t]*[-–][ \t]*(?:heden|\d{4}))\.?|(?(list)[ \t]*:|(?!)))[ \t]*$")
# (… or "Overzicht van de griffiers van de Tweede Kamer:" when dates follow: "Mr. X 01-09-1815 04-11-1817")
_DATED = re.compile(r"\d{1,2}-[ \t]?\d{1,2}-\d{4}")
_PROSE_LINE = re.compile(r"(?m)^(?:[^\n]*?(?:[ \t][a-z]+){6}|[ \t]*[A-Z][a-z]+[ \t]*:)")  # (or a label: "Bron: …")


def holder_column(text: str, lex: RoleLexicon) -> list[Region]:
    """The family name that ends the row right under a table's column heads naming the portfolio holder
    ("Gedeputeerde", "Portefeuillehouder", "Wethouder") after a code, and a table of an office's holders: public."""
    out: list[Region] = []
    for m in _HOLDERS_HEAD.finditer(text):  # (the plural's singular: "presidenten" → "president van de …")
        if m["list"] and not m.group().rstrip().endswith(tuple("0123456789.")) and not _DATED.search(
                text, m.end(), m.end() + 300):
            continue
        if any((k := lex.classify(re.sub(r"(?:en|s)$", "", w) + m["of"])) is not None and k[0] == "public"
               for w in m["roles"].lower().split("/")):
            p = _PROSE_LINE.search(text, m.end())
            out.append(Region(m.end(), min(p.start() if p else len(text), m.end() + 6000), "public",
                              "publiek:lijst:ambtsdragers"))
    for m in _HOLDER_HEADS.finditer(text):
        if (r := _ROW_HOLDER.search(m.group("row"))) is not None:
            out.append(Region(m.start("row") + r.start("name"), m.start("row") + r.end("name"), "public",
                              f"publiek:rol:{m.group('col').lower()}"))
    return out


# the head of a note to a governing body ("NOTA GS-MANDAAT", "GS-nota", "Collegenota", "B&W-nota"): its one
# name field without an own label, among labelled fields and next to an author field, is the portfolio holder's
_NOTE = re.compile(r"(?i)\b(?:nota[ \t]+gs(?:-mandaat)?|gs-nota|collegenota|b&w-nota|nota[ \t]+(?:aan[ \t]+)?b&w)\b")
_FIELD = re.compile(r"[ \t]*[A-Z][\w .&/()-]{1,40}:(?:[ \t].*)?")
_AUTHOR = re.compile(r"(?im)^[ \t]*(?:auteur|opsteller|steller|behandeld door|contactpersoon)[ \t]*:")


def note_holder(text: str) -> list[Region]:
    """The one line of an initialled name between two labelled fields in the head of a note to a governing body that
    has an author field and no "Portefeuillehouder" label: the portfolio holder."""
    head = text[:HEAD]
    m = _NOTE.search(head[:400])
    if m is None or not _AUTHOR.search(head) or re.search(r"(?i)portefeuillehouder", head):
        return []
    lines = [(x.start(), x.end(), x.group()) for x in re.finditer(r"[^\n]*", head[m.end():]) if x.group().strip()]
    out: list[Region] = []
    for i in range(1, len(lines) - 1):
        start, end, line = lines[i]
        if _NAMES_LINE.fullmatch(line) and _FIELD.fullmatch(lines[i - 1][2]) and _FIELD.fullmatch(lines[i + 1][2]):
            out.append(Region(m.end() + start, m.end() + end, "public", "publiek:portefeuillehouder"))
    return out[:1]


# a meeting's page in a council information system (iBabs, Notubiz): "Locatie: Raadzaal\nAanvang: 19:00\nEindtijd:
# 22:00\nVoorzitter: Jan van Kreij", under the council's calendar or in a representative body's text: the chair
# (each value also on the line below its label: "Locatie:\nRaadzaal\nVoorzitter:\nmevrouw H. Wijers", without colons:
# "Locatie\n\nBurgerzaal\n\nVoorzitter\nWimar Jaeger")
# (each line maybe bulleted: "- Locatie\nGemeentehuis …\n- Voorzitter\n- M.C.M. X / griffier Y")
_MEETING_HEAD = re.compile(r"(?im)^[ \t]*(?:-[ \t]+)?locatie[ \t]*(?::[ \t]*\n?|\n(?:[ \t]*\n)?)[^\n]*\n(?:[ \t]*\n)?"
                           r"(?:[ \t]*(?:aanvang|begintijd|eindtijd|datum)[ \t]*:[ \t]*\n?[^\n]*\n){0,3}"
                           r"[ \t]*(?:-[ \t]+)?voorzitter[ \t]*(?::[ \t]*\n?|\n)[ \t]*(?:-[ \t]+)?"
                           r"(?P<name>[^\n]{3,60}?)[ \t]*$")
# (a committee's page alone may be any committee's: its chair counts only in a representative body's text, or beside
# the clerk of a council, the States or a Kamer: "M.C.M. X / griffier Y")
_WITH_CLERK = re.compile(r"/[ \t]*(?i:griffier)\b")
# (or a governing college's: its chair, "GS-Besluiten … Voorzitter\nJ.H. Oosters")
_CALENDAR = re.compile(r"(?i)vergaderkalender|\b(?:gemeente)?raad(?:svergadering)?\b|\bstaten\b|algemeen[ \t]+bestuur|"
                       r"(?-i:\bGS\b)|gs-besluiten|collegevergadering|collegebesluiten")


# the chair of a block of a council evening on the same system's page, after the block's time: "Orgaan:\nGemeenteraad
# …\n1.\n\n19:00 - 21:00 uur , Karel Loohuis\n\nBesluiten (Raadzaal)"
_BLOCK_CHAIR = re.compile(r"(?m)^[ \t]*\d{1,2}[:.]\d{2}[ \t]*[-–][ \t]*\d{1,2}[:.]\d{2}[ \t]*uur[ \t]*,[ \t]*"
                          r"(?P<name>[A-ZÀ-Þ][^\n,:;()]{2,60}?)[ \t]*$")
_BODY_ORGAN = re.compile(r"(?i)\borgaan[ \t]*:?[ \t]*\n?[ \t]*(?:gemeenteraad|raad|provinciale[ \t]+staten|"
                         r"algemeen[ \t]+bestuur)\b")


def meeting_chair(text: str, body: bool) -> list[Region]:
    """The chair under a meeting page's "Locatie … Voorzitter" fields, in a representative ``body``'s text, under the
    council's calendar or beside the griffier ("Voorzitter\n- M.C.M. X / griffier Y"), and the chair of each block of a
    council evening the page's organ names ("Orgaan: Gemeenteraad … 19:00 - 21:00 uur , Karel Loohuis")."""
    out = [Region(m.start("name"), m.end("name"), "public", "publiek:voorzitter:vergadering")
           for m in _MEETING_HEAD.finditer(text) if body or _CALENDAR.search(text, max(0, m.start() - 400), m.start())
           or _WITH_CLERK.search(m["name"])]
    if body or _BODY_ORGAN.search(text, 0, 600):
        out += [Region(m.start("name"), m.end("name"), "public", "publiek:voorzitter:vergadering")
                for m in _BLOCK_CHAIR.finditer(text)]
    return out
