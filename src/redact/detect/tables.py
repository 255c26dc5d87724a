"""Tables and indexes that name a body's members, whatever the genre (used by ``detect.genre``).

* ``election``: the rows of an election result under a header naming candidates and votes ("Lijstnummer
  Lijstnaam Aantal stemmen Kandidaten op wie is gestemd"), each row with a vote count ("Dessing J. (2)"):
  candidates standing in a public election; and, in a text about an election, the lists below a heading of
  elected members ("De 21 gekozen leden", then party headings and "Peter Hilgers, Zeewolde"), up to prose;
* ``index_chair``: in the video index of a body's meeting ("00:09:07 - 00:09:11 - Emile Roemer"), the speaker
  of the first line who also speaks most often: the chair who opens and leads (the caller checks the body);
* ``index_members``: in the same index, the speakers tagged with a party after a comma ("Ruud Wolters, RL!"), and in
  a body's list of speakers the ones tagged after a dash ("• Ton Haagen - Partij voor de Dieren"), once a tag is a
  known party or public office; a local party's label is shaped like one ("LV50", "Water NATUURlijk"), never an
  organisation's abbreviation; a speaker tagged "Voorzitter" chairs the meeting;
* ``party_table``: a run of rows "label: names" of which three or more are led by a party ("BBB: Jos
  Beemsterboer, …"): the members of a body by party group;
* ``answered_by``: in the header of written questions as a Kamer site lists them, the names after "Beantwoord door"
  below the line of their submitter ("Indiener X (BVNL)"): the minister or state secretary who answered;
* ``signer_table``: the rows under the header of a table of moties with a column of their movers and one of
  their parties ("Nr. Titel Indiener(s) Partij Indiening"); never a table of objections ("Nr. Indiener
  Zienswijze");
* ``board_delegates``: in the papers of a joint body's board, names tagged with a member municipality or
  province ("mw. K.J. Walters (Hilversum)");
* ``place_rows``: the rows of a table whose header names the member and a public office ("Gemeente
  Wethouder"), each row led by a place ("Goes Mevrouw J. (Joan) Veldhuizen"): that office's holders.

Guarantees: pure functions of the text; a region never crosses a blank line (rows) or runs past its table.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from redact.detect.attendance import Region
from redact.detect.lexicon import ORG_ABBREVIATIONS
from redact.detect.names import TITLES_RE
from redact.detect.roles import RoleLexicon

__all__ = ["INDEX_TIMES", "answered_by", "board_delegates", "election", "index_chair", "index_members", "party_table",
           "place_rows", "signer_table"]


# the result of an election by a body ("Lijstnummer Lijstnaam Aantal stemmen Kandidaten op wie is gestemd",
# "Kandidaat … Voorkeurstemmen"): the rows below the header name candidates standing in a public election
_ELECTION_HEAD = re.compile(r"(?im)^[^\n]{0,80}?\b(?:kandidaten?|kandidaat)\b[^\n]{0,80}?\b(?:stemmen|voorkeurstemmen|"
                            r"gestemd)\b[^\n]{0,40}$|^[^\n]{0,80}?\b(?:aantal[ \t]+stemmen|voorkeurstemmen)\b"
                            r"[^\n]{0,80}?\bkandida\w*\b[^\n]{0,40}$")
_TALLY = re.compile(r"\(\d{1,6}\)|[ \t]\d{1,6}[ \t]*$")


# "De 21 gekozen leden", "Gekozen raadsleden" on a line of its own, in a text about an election ("zetels",
# "stembureau"): the lists by party below it name the elected members of a public body
_ELECTED_HEAD = re.compile(r"(?im)^[ \t]*(?:de[ \t]+)?(?:\d{1,3}[ \t]+)?(?:gekozen|verkozen)[ \t]+"
                           r"(?:leden|raadsleden|statenleden|kamerleden|kandidaten)\b[^\n]{0,40}$")
_ELECTION_WORD = re.compile(r"(?i)\b(?:zetels?|stembureau|kiesraad|verkiezingen?|waterschapsverkiezingen)\b")
_LIST_LINE = 80  # a longer line is prose: the list of the elected has ended


def _elected(text: str) -> list[Region]:
    """The lines below a heading of elected members, blank lines and party headings included, up to the first
    line of prose (the geborgde zetels of a water board listed after them are part of its board too)."""
    if not _ELECTION_WORD.search(text):
        return []
    out: list[Region] = []
    for m in _ELECTED_HEAD.finditer(text):
        pos = end = m.end() + 1
        while pos < len(text):
            nl = text.find("\n", pos)
            nl = len(text) if nl < 0 else nl
            if len(text[pos:nl].strip()) > _LIST_LINE or "\f" in text[pos:nl]:
                break
            end, pos = nl, nl + 1
        if end > m.end() + 1:
            out.append(Region(m.end() + 1, end, "public", "publiek:gekozen"))
    return out


def election(text: str) -> list[Region]:
    """The rows of an election result: every row up to a blank line that carries a vote count; and the lists
    below a heading of elected members."""
    out: list[Region] = _elected(text)
    for m in _ELECTION_HEAD.finditer(text):
        pos = m.end() + 1
        for _ in range(60):
            nl = text.find("\n", pos)
            nl = len(text) if nl < 0 else nl
            line = text[pos:nl]
            if not line.strip() or "\f" in line or not _TALLY.search(line):
                break
            out.append(Region(pos, nl, "public", "publiek:kandidaat"))
            pos = nl + 1
    return out


# a meeting's video index: "  00:09:07 - 00:09:11 - Emile Roemer"
INDEX_TIMES = r"^[ \t]*\d{1,2}:\d\d:\d\d[ \t]*-[ \t]*\d{1,2}:\d\d:\d\d[ \t]*-[ \t]*"  # a line's start and end times
_INDEX_LINE = re.compile(rf"(?m){INDEX_TIMES}(?P<who>[^\n]{{2,60}}?)"
                         r"[ \t]*$")


def index_chair(text: str) -> list[Region]:
    """The chair in the video index of a body's meeting: the speaker of the index's first line who also speaks
    most often (at least four times, and more often than anyone else): the one who opens and leads."""
    lines = list(_INDEX_LINE.finditer(text))
    if len(lines) < 6:
        return []
    top = Counter(m.group("who") for m in lines).most_common(2)
    first = lines[0].group("who")
    if top[0][0] != first or top[0][1] < 4 or (len(top) > 1 and top[1][1] == top[0][1]):
        return []
    return [Region(m.start("who"), m.end("who"), "public", "publiek:voorzitter:index") for m in lines
            if m.group("who") == first]


# a speaker of the index tagged after a comma: "Ruud Wolters, RL!", "Roland Slangen, Wethouder"
_TAGGED = re.compile(r"(?P<name>[^,\n]{2,50}?),[ \t]*(?P<tag>[^,\n]{1,30})\Z")


# a speaker of a body's debate alone on its line and tagged after a dash, without times: "• Ton Haagen - Partij voor
# de Dieren", "Saskia Borgers - Voorzitter" (a council's or a water board's published list of who spoke, by item)
_DASH_LINE = re.compile(r"(?m)^[ \t]*(?:[•·▪*-][ \t]+)?(?P<name>[A-ZÀ-Þ][\w.'’-]*(?:[ \t]+[\w.'’-]+){1,4}?)"
                        r"[ \t]+[-–][ \t]+(?P<tag>[^\n]{1,40}?)[ \t]*$")


def _local_label(tag: str) -> bool:
    """A tag shaped like a local party's label: one word with two or more capitals or a digit ("OR", "LV50",
    "Heiloo-2000"), or a label whose first word is one ("AWP voor water, klimaat en natuur") or that mixes
    capitals inside a word ("Water NATUURlijk"), or ends a word in "belang(en)" ("Waterbelang Limburg"); never
    an organisation's abbreviation ("RWS", "GGD Flevoland")."""
    words = tag.replace(",", " ").split()
    if not words or len(words) > 6 or words[0].strip("+!") in ORG_ABBREVIATIONS:
        return False
    first = words[0]
    if sum(c.isupper() for c in first) >= 2 or (len(words) == 1 and any(c.isdigit() for c in first)):
        return True
    return any(_MIXED_CASE.search(w) or w.lower().endswith(("belang", "belangen")) for w in words)


_MIXED_CASE = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]|[A-ZÀ-Þ]{2}[a-zà-ÿ]")  # "NATUURlijk", "PvdA"


def index_members(text: str, lex: RoleLexicon, body: bool) -> list[Region]:
    """The speakers of a body's video index tagged with their party ("Ruud Wolters, RL!"), and of a list of
    speakers tagged after a dash ("• Ton Haagen - Partij voor de Dieren"): where some tag is a known party or a
    public office, a tag shaped like a local party's label (``_local_label``) is one too, and a speaker tagged
    "Voorzitter" chairs the body's meeting; a tag that names a function ("Inspreker", "Adviseur") never counts.
    Outside a ``body``'s record only the dash list counts, and only when two of its tags are known parties, or one
    is and another a public office ("Marc Breugelmans - Waterbelang Limburg", "Erik Keulers - Secretaris-directeur":
    a water board's transcript)."""
    entries = [(m.start("who") + t.start("name"), m.start("who") + t.end("name"), t.group("tag"))
               for m in (_INDEX_LINE.finditer(text) if body else ()) if (t := _TAGGED.match(m.group("who")))]
    entries += [(m.start("name"), m.end("name"), m.group("tag")) for m in _DASH_LINE.finditer(text)]
    kinds = {tag: lex.classify(tag) for *_, tag in entries}
    parties = sum(1 for k in kinds.values() if k is not None and k[0] == "party")
    offices = sum(1 for k in kinds.values() if k is not None and k[0] == "public")
    if not parties + offices or (not body and parties < 2 and not (parties and offices)):
        return []
    out: list[Region] = []
    for start, end, tag in entries:
        kind = kinds[tag]
        if (kind is not None and kind[0] == "party") or (kind is None and _local_label(tag)):
            out.append(Region(start, end, "public", "publiek:partij"))
        elif kind == ("weak", "voorzitter"):
            out.append(Region(start, end, "public", "publiek:voorzitter:index"))
    return out


_ROW = re.compile(r"(?m)^[^\n]+$")


def party_table(text: str, lex: RoleLexicon) -> list[Region]:
    """A run of rows (blank lines between allowed) of which three or more are led by a party, glued or with a
    colon ("BBB: Jos Beemsterboer, Tineke Brouwer", "SGPAndre Scheppink, Gradus Kreijkes"): the members of a
    representative body by party group, in any genre (a news item on a new board, a council's attendance
    table); the run covers the rows from the first party row to the last, other label rows between them
    included ("Waterplatform Groen Water Land: Leo Dickhoff")."""
    out: list[Region] = []
    rows = [(m.start(), m.end(), lex.party_row(m.group()), _LABEL_ROW.fullmatch(m.group()) is not None)
            for m in _ROW.finditer(text) if m.group().strip()]
    i = 0
    while i < len(rows):
        if not (rows[i][2] or rows[i][3]):
            i += 1
            continue
        j = i
        while j + 1 < len(rows) and (rows[j + 1][2] or rows[j + 1][3]) \
                and not text[rows[j][1]:rows[j + 1][0]].strip():
            j += 1
        run = rows[i:j + 1]
        if sum(1 for r in run if r[2]) >= 3:
            first = next(r for r in run if r[2])
            last = next(r for r in reversed(run) if r[2] or r[3])
            out.append(Region(first[0], last[1], "public", "publiek:fractie"))
        i = j + 1
    return out


# a row led by a label: with a colon ("Waterplatform Groen Water Land: Leo Dickhoff"; or a table's cell divided by a
# tab or a bar, "Wethouders | B. Beens, …") or glued to the first name by the extraction ("GemeentebelangJan
# Aanstoot", "Het collegeA.J. Aanstoot")
_LABEL_ROW = re.compile(rf"[ \t]*[A-Z0-9][^:|\t\n]{{1,40}}(?:[:|]|\t)[ \t]*(?:{TITLES_RE})?[A-ZÀ-Þ][^\n]*"
                        r"|[ \t]*[A-Z][\w ]{0,30}?[a-zà-ÿ][A-ZÀ-Þ][^\n]*"
                        # a group that sends no one: "SP: geen", "PVV: vacature"
                        r"|[ \t]*[A-Z0-9][^:|\t\n]{1,40}:[ \t]*(?:geen|vacant|vacature|n\.?v\.?t\.?|[-–])[ \t]*")


# the header of a table of moties with a column of their movers and one of their parties: "Nr. Titel
# Indiener(s) Partij Indiening" (never a table of objections or zienswijzen: "Nr. Indiener Zienswijze")
_SIGNER_COLUMN = re.compile(r"(?im)^(?=[^\n]{0,120}\b(?:partij|fractie)\b)[^\n]{0,120}\bindiener(?:s|\(s\))?"
                            r"(?![\w(])[^\n]{0,120}$")


def signer_table(text: str) -> list[Region]:
    """The rows under the header of a table of moties or amendments with a column of their movers, up to the
    first blank line or page break (the body's members who moved them)."""
    out: list[Region] = []
    for m in _SIGNER_COLUMN.finditer(text):
        end = re.search(r"\n[ \t]*\n|\f", text[m.end():])
        stop = m.end() + (end.start() if end else len(text) - m.end())
        if stop > m.end() + 1:
            out.append(Region(m.end() + 1, stop, "public", "publiek:motie-indiener"))
    return out


# the header of written questions as a Kamer site lists them: "Indiener Wybren van Haga (BVNL)" on one of the three
# lines above "Beantwoord door Leers" (the minister or state secretary who answered; with or without a role after it)
_ANSWERED_BY = re.compile(r"(?im)^[ \t]*indieners?[ \t]+[^\n]+\n(?:[^\n]*\n){0,2}?[ \t]*beantwoord[ \t]+door[ \t]+"
                          r"(?P<names>[A-ZÀ-Þ][^\n()]{1,80}?)[ \t]*(?:\(|$)")


def answered_by(text: str) -> list[Region]:
    """The names after "Beantwoord door" in the header of written questions below their submitter (the minister or
    state secretary who answered them)."""
    return [Region(m.start("names"), m.end("names"), "public", "publiek:beantwoorder")
            for m in _ANSWERED_BY.finditer(text)]


# the heading of a board's meeting: "Agenda AB OFGV", "Verslag DB RUD Zeeland", "Algemeen Bestuur GGD"
# the papers of a joint body's board, or the report of administrators' consultation ("Verslag bestuurlijk overleg")
_BOARD_HEAD = re.compile(r"(?<![\w-])(?:AB|DB|(?i:algemeen[ \t]+bestuur|dagelijks[ \t]+bestuur|bestuurscommissie|"
                         r"bestuurlijk[ \t]+overleg))(?![\w-])")
# "mw. K.J. Walters (Hilversum)", "Arjan Spaans (gemeente Zwolle)", "André\nSchuurman (gemeente Dalfsen)"
_PLACE_TAG = re.compile(r"(?P<name>(?:[A-ZÀ-Þ][\w'’.-]*|van|de|der|den|ter|ten|jr\.)(?:(?:[ \t]+|[ \t]*\n[ \t]*)"
                        r"(?:[A-ZÀ-Þ][\w'’.-]*|van|de|der|den|ter|ten|jr\.)){0,5})[ \t]*\("
                        r"(?:(?i:gemeente|provincie)[ \t]+)?(?P<place>[A-ZÀ-Þ][\w'’ -]{1,30})\)")
# the members a municipality or province delegates, listed below "namens Gemeente Capelle aan den IJssel"
_ON_BEHALF = re.compile(r"(?im)^[ \t]*(?:en[ \t]+)?namens[ \t]+(?:de[ \t]+)?(?:gemeente|provincie)[ \t]+[^\n]{2,40}\n")
_MEMBER_LINE = re.compile(r"[ \t]*(?:(?i:mw|mevr|dhr|mr|drs|ir|dr)\.?[ \t]+)*(?P<name>[A-ZÀ-Þ][^\n(]{2,40}?)[ \t]*"
                          r"(?:\([^()\n]{1,30}\))?[ \t]*(?:\n|\Z)")


def board_delegates(text: str, is_place: Callable[[str], bool], club: bool) -> list[Region]:
    """In the papers of a joint body's board ("Agenda AB OFGV") or an administrators' consultation, names tagged
    with a place in brackets ("mw. K.J. Walters (Hilversum)", "Arjan Spaans (gemeente Zwolle)"): the delegates of the
    member municipalities and provinces, when three or more places tag names; and the lines of names below "namens
    Gemeente X" (never an association's board: ``club``)."""
    if club or not _BOARD_HEAD.search(text[:400]):
        return []
    tagged = [m for m in _PLACE_TAG.finditer(text) if is_place(m.group("place"))]
    if len({m.group("place") for m in tagged}) < 3:
        tagged = []
    out = [Region(m.start("name"), m.end("name"), "public", "publiek:deelnemer") for m in tagged]
    for head in _ON_BEHALF.finditer(text):
        pos = head.end()
        while (row := _MEMBER_LINE.match(text, pos)) is not None and row.end() > pos:
            out.append(Region(row.start("name"), row.end("name"), "public", "publiek:deelnemer"))
            pos = row.end()
    return out


# the header of a table of members' representatives: "Gemeente Wethouder", "Gemeente  Burgemeester"
_PLACE_HEAD = re.compile(r"(?im)^[ \t]*(?:gemeente|provincie|deelnemer)[ \t]+(?P<role>[^\n]{3,40}?)[ \t]*$")
_LEAD_WORDS = re.compile(r"[ \t]*(\S+)(?:[ \t]+(\S+))?(?:[ \t]+(\S+))?")


def place_rows(text: str, is_place: Callable[[str], bool], lex: RoleLexicon) -> list[Region]:
    """The rows under a header "Gemeente <public office>" up to the first blank line, each led by a place (one
    to three words, "Schouwen-Duiveland"): the rest of the row names that place's office holder; a row led by
    anything else ("GGD Zeeland Mevrouw J. Gaemers, DPG") is not one of them."""
    out: list[Region] = []
    for m in _PLACE_HEAD.finditer(text):
        kind = lex.classify(m.group("role"))
        if kind is None or kind[0] != "public":
            continue
        pos = m.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if not line.strip():
                break
            lead = _LEAD_WORDS.match(line)
            words = [w for w in lead.groups() if w] if lead else []
            cut = next((k for k in range(len(words), 0, -1) if is_place(" ".join(words[:k]))), 0)
            if cut:
                at = pos + line.index(words[cut - 1]) + len(words[cut - 1])
                out.append(Region(at, end, "public", f"publiek:rol:{kind[1]}"))
            pos = end + 1
    return out
