"""Document genres, and what a genre says about the persons it names.

``genre_of(text)`` recognises the kind of a Dutch government text from its own wording: ``motie``,
``handelingen`` (plenary proceedings, stenograms, attendance lists of the Kamers), ``kamervragen``
(questions and answers), ``notulen`` (minutes and decision lists of councils, States, water boards and
their committees), ``voorstel`` (Statenvoorstel, raadsvoorstel, collegevoordracht), ``woo-besluit``,
``brief`` or ``other``. ``public_body(text)`` says whether the minutes are those of a representative or
governing body (and not of an internal meeting of civil servants).

``regions(text, genre, lex)`` marks the stretches of text where the genre makes a named person public or
private, each with its evidence:

* attendance blocks of a public body's meeting ("Aanwezig: …", "Tegenwoordig zijn de leden: …") up to the
  opening of the meeting: members, chairs and clerks listed there are public, unless the entry carries its
  own function or stands under a sub-label such as "Notulist", "Verslag", "Managementteam" or "Ambtelijke
  ondersteuning"; stacked labels of a table layout that mix both ("Afwezig: Verslag: …") give no default;
  an attendance list that counts the members ("Tegenwoordig zijn 136 leden, te weten:"), or that names its
  chair and a griffier as functions of entries ("H. Koster (voorzitter), …, P. Wind (griffier)": a clerk of
  a council, the States or a Kamer, ``clerks`` in the rules), is a public body's whatever the genre;
* stacked labels with colons whose values follow on one flattened line ("Voorzitter: Wethouders: Griffier:
  Verslag: Mevrouw A … Mevrouw B, de heer C … Mevrouw D … Mevrouw E"): each value its own label's default
  when the values (split at a capitalised form of address) are as many as the labels, else uncertain;
* the speakers of plenary proceedings (``De heer Jansen:``, ``Mevrouw Bikker (SP):``);
* in a representative body's minutes, the members the chair reports absent ("met kennisgeving afwezig zijn
  de heren Kuijper en Kleuver en mevrouw Van Gemert", "dat Roel van Leeuwen (PRO) afwezig is met bericht van
  verhindering", "Ik heb het bericht van verhindering ontvangen van de heer Wilschut, mevrouw …"), and the
  members sworn in, replaced or kept away ("Beëdiging de heer W.J. Moorlag", "De heer A vervangt mevrouw B",
  "mevrouw B, die niet aanwezig kan zijn");
* the signatories of a motie (after "en gaat over tot de orde van de dag", under "Indieners");
* the signature block of a governing body ("Gedeputeerde Staten van Overijssel, voorzitter, …, secretaris,
  …"; "burgemeester en wethouders van …");
* the portfolio holder's field of a note to a governing body ("NOTA GS-MANDAAT", "GS-nota", "Collegenota")
  whose label is missing: the one line holding only an initialled name among the labelled fields of its
  head, when the head has an author field ("Auteur:") and no "Portefeuillehouder" label.

Guarantees: pure functions of the text; regions never overlap a page break more than their own bound
(``_BLOCK_CHARS``). Limits: an attendance list that is not introduced by one of the labels below, or that
runs longer than ``_BLOCK_CHARS`` characters, is only partly covered; the genre is a guess from wording,
and a text may mix genres (a motie inside Handelingen is found by its own markers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from redact.detect.roles import RoleLexicon

__all__ = ["GENRES", "Region", "genre_of", "public_body", "regions", "representative"]

GENRES = ("motie", "handelingen", "kamervragen", "notulen", "voorstel", "woo-besluit", "brief", "other")

_HEAD = 1500
_BLOCK_CHARS = 3500
_PRIVATE_CHARS = 400


@dataclass(frozen=True, slots=True)
class Region:
    """A stretch ``[start, end)`` in which the genre says something about every named person:
    ``default`` is "public", "private" or "uncertain"; ``evidence`` the cue recorded for it."""

    start: int
    end: int
    default: str
    evidence: str


def _count(rx: str, text: str, flags: int = re.IGNORECASE | re.MULTILINE) -> int:
    return len(re.findall(rx, text, flags))


# "Tegenwoordig zijn 136 leden, te weten:", "Aanwezig zijn 88 leden der Kamer": the counted members of a
# representative body (the opening of the Handelingen of both Kamers); never said of a meeting of staff
_NUMBER = (r"(?:\d{1,3}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|"
           r"[a-z]{2,12}(?:tien|tig|honderd[a-z]*))")
_COUNTED = re.compile(
    rf"(?:tegenwoordig|aanwezig)\s+zijn\s+{_NUMBER}\s+(?:leden|raadsleden|statenleden)\b"
    r"(?!\s+(?:van|uit)\s+(?!(?:de\s+|het\s+)?(?:raad|gemeenteraad|staten|provinciale|tweede|eerste|kamer|algemeen"
    r"|verenigde)\b))",  # not "8 leden van de cliëntenraad"
    re.IGNORECASE,
)


def genre_of(text: str) -> str:
    """The genre of ``text`` (one of ``GENRES``), from its wording."""
    head = text[:_HEAD]
    body = text[:30000]
    scores = {
        "motie": 3 * _count(r"^\s*motie\b|\bMOTIE\b|motie van (?:het lid|de leden)", head, re.MULTILINE)
        + 2 * _count(r"gaat over tot de orde van de dag", body)
        + _count(r"\bverzoekt (?:de regering|het college)", body),
        "handelingen": 2 * _count(r"^\s*(?:De heer|Mevrouw|De voorzitter|Minister|Staatssecretaris)\b[^\n:]{0,60}:\s*$",
                                  body)
        + 3 * _count(r"leden der kamer|aan de orde is|regeling van werkzaamheden|stenogra|handelingen", head)
        + 3 * _count(_COUNTED.pattern, head),
        "kamervragen": 3 * _count(r"vragen van (?:het lid|de leden)|antwoord van (?:minister|staatssecretaris)|"
                                  r"aanhangsel|schriftelijke vragen|^\s*vraag \d", head),
        "notulen": 2 * _count(r"notulen|verslag\b|verslag van|besluitenlijst", head)
        + _count(r"\b(?:aanwezig|afwezig|tegenwoordig|opening|rondvraag|vaststell\w* (?:van )?de agenda)\b", head)
        + _count(r"^[ \t]*(?:De heer|Mevrouw) [A-ZÀ-Þ'’ -]{2,40}(?:\([^()\n]{1,30}\))?:", body)
        + _count(r"De VOORZITTER", body, re.MULTILINE)
        # the fields of a meeting's page in a council information system ("Locatie", "Voorzitter",
        # "Agendapunten", "Uitzending" on lines of their own)
        + 2 * _count(r"^[ \t]*(?:locatie|voorzitter|agendapunten|uitzending)[ \t]*:?[ \t]*$", head),
        "voorstel": 3 * _count(r"\b(?:statenvoorstel|raadsvoorstel|collegevoordracht|voordracht voor|"
                               r"voorstel aan (?:de raad|provinciale staten))\b", head),
        "woo-besluit": 3 * _count(r"\b(?:woo|wob)[- ]verzoek|besluit op (?:uw|het) verzoek|openbaarmaking", head),
        "brief": _count(r"^\s*(?:geachte|beste)\b|met vriendelijke groet|hoogachtend", text[:20000]),
    }
    best = max(scores, key=lambda g: scores[g])
    return best if scores[best] >= 2 else "other"


_BODY = re.compile(
    r"gemeenteraad|\braad van de gemeente|\braad der gemeente|\bde raad\b|raadsvergadering|raadscommissie|"
    r"provinciale staten|statencommissie|\bstaten\b|algemeen bestuur|dagelijks bestuur|verenigde vergadering|"
    r"tweede kamer|eerste kamer|leden der kamer|drechtraad|algemene vergadering|waterschap|hoogheemraadschap|"
    r"stadsdeelcommissie|eilandsraad|commissie [\w ,&()-]{0,60}(?:raad|staten|gemeente|provincie|waterschap)",
    re.IGNORECASE,
)


# a council's or the States' committee named by its compound word: a transcript whose heading is a web page's
_BODY_WORD = re.compile(r"(?i)\b(?:raadscommissie|statencommissie|gemeenteraad|raadsvergadering|statenvergadering)\b")


def public_body(text: str) -> bool:
    """True when the heading of ``text`` names a representative or governing body's meeting (or, further
    into the head, a council's or the States' committee by its compound name)."""
    return bool(_BODY.search(text[:800]) or _COUNTED.search(text[:_HEAD]) or _BODY_WORD.search(text[:_HEAD]))


def representative(text: str, genre: str, lex: RoleLexicon) -> bool:
    """True for the proceedings or minutes of a representative or governing body: Handelingen, or minutes
    whose heading names the body, or whose bracketed tags are mostly party labels (three or more: "de heer
    Jansen (CDA)", a committee of the council whose heading names only the committee)."""
    return genre == "handelingen" or (genre == "notulen" and (
        public_body(text) or _political(text, 0, min(len(text), 30000), lex)))


# -- attendance blocks ---------------------------------------------------------------------------------

_PUBLIC_SUB = (r"aanwezig(?:\s+zijn)?(?:\s+de\s+(?:leden|raadsleden|heren|dames))?|aanwezigen|present|"
               r"tegenwoordig(?:\s+zijn)?(?:\s+de\s+leden)?|presentielijst|leden|de\s+leden|raadsleden|statenleden|commissieleden|"
               r"wethouders?|gedeputeerden|burgemeester|voorzitter|plv\.?\s+voorzitter|griffier|raadsgriffier|"
               r"commissiegriffier|portefeuillehouders?|afwezig(?:\s+zijn)?(?:\s+de\s+leden)?(?:\s+met\s+"
               r"(?:bericht|kennisgeving)(?:\s+van\s+verhindering)?)?|met\s+kennisgeving\s+afwezig|"
               r"berichten\s+van\s+verhindering|leden\s+van\s+(?:gedeputeerde\s+staten|het\s+college)|college|"
               r"voorts\s+zijn\s+aanwezig\s+de\s+wethouders|tevens\s+zijn\s+aanwezig\s+de\s+wethouders")
_NEUTRAL_SUB = (r"tevens\s+aanwezig(?:\s+zijn)?|ook\s+aanwezig(?:\s+zijn)?|voorts\s+aanwezig|overige\s+aanwezigen|"
                r"overig(?:e|en)?")  # "Overig: mevrouw A. Dos (Rekenkamer)": present, not a member
_PRIVATE_SUB = (r"notulist(?:e)?|notulen|verslag|verslaglegging|ambtelijke?\s+ondersteuning|aanwezige\s+ambtelijke"
                r"\s+ondersteuning|ambtelijk\s+secretaris|managementteam|insprekers?|publieke\s+tribune|pers|"
                r"ambtenaren|namens\s+de\s+organisatie|gasten|genodigden|adviseurs?")
_SUB = re.compile(
    rf"(?<![\w])(?P<label>(?P<pub>{_PUBLIC_SUB})|(?P<neu>{_NEUTRAL_SUB})|(?P<priv>{_PRIVATE_SUB}))"
    rf"(?:\s*\([^()\n]*\))?\s*(?::|\bte\s+weten\b:?|(?=\s*\n))",
    re.IGNORECASE,
)
_STACK_WORD = re.compile(r"(?i:afwezig|aanwezig|voorzitter|griffier|notulist(?:e)?|verslag|wethouders?|raadsleden|"
                         r"leden|secretaris|gemeentesecretaris|burgemeester)")
# labels without colons in a row, then a colon: the header of a table whose values follow
_STACK = re.compile(rf"(?P<labels>(?:{_STACK_WORD.pattern}[ \t]+){{1,6}}{_STACK_WORD.pattern})[ \t]*:")
# an attendance label: "Aanwezig:", "Aanwezig zijn 88 leden der Kamer, te weten:", "AANWEZIG\n",
# "Tegenwoordig zijn de leden:", "Berichten van verhindering:", a heading in capitals before an initial or a
# form of address in a text that lost its line breaks ("AANWEZIG P.J.J. Kome (voorzitter)"); never "… was ook
# aanwezig.", "heet de aanwezigen welkom"
_START = re.compile(
    r"(?<![\w])(?-i:AANWEZIG(?=[ \t]+(?:[A-Z]\.|(?i:de[ \t]+heer|mevr|mevrouw|dhr)\b)))|"  # flattened heading
    r"(?<![\w])(?i:aanwezig(?:\s+zijn)?[^\n:.;]{0,60}:|aanwezig[ \t]*\n|"
    r"(?<!de[ \t])aanwezigen[ \t]*:?|"
    r"tegenwoordig\s+zijn"
    r"[^\n:.;]{0,40}:?|presentielijst|present[ \t]*:|berichten\s+van\s+verhindering[ \t]*:)"
)
# where the list of attendees ends: the first agenda item, the opening, the agenda, the attachments
_END = re.compile(
    r"(?:^|[\s.])(?:1|I|01)[ \t]*[.)]?\s+(?:[Oo]pening|OPENING|[Vv]aststell|[Ww]elkom)|"
    r"(?<![\w])(?:[Bb]ijlagen?|BIJLAGEN?)[ \t]*:|"
    r"[Oo]pening van de vergadering|[Dd]e (?:voorzitter|VOORZITTER|Voorzitter) (?:opent|heet)|\bAGENDA\b|"
    r"\bAgenda[ \t]*:|VERGADERVERSLAG|[Ii]k open de vergadering|\n[ \t]*\n[ \t]*(?:De voorzitter|Voorzitter)[ \t]*:"
)


def _political(text: str, start: int, end: int, lex: RoleLexicon) -> bool:
    """True when most bracketed tags in ``text[start:end]`` are party labels or public roles (three or
    more): the attendance list of a council committee whose heading does not name the council."""
    tags = re.findall(r"\(([^()\n]{1,40})\)", text[start:end])
    kinds = [lex.classify(t) for t in tags]
    public = sum(1 for k in kinds if k is not None and k[0] in ("party", "public"))
    return public >= 3 and 3 * public >= len(tags)


def _attendance(text: str, lex: RoleLexicon, body: bool) -> list[Region]:
    out: list[Region] = []
    pos = 0
    while (m := _START.search(text, pos)) is not None:
        start = m.start()
        # the block may begin a little earlier with "Voorzitter:" / "Griffier:" labels (not those of the
        # block before it)
        e = _END.search(text, m.end(), min(len(text), m.end() + _BLOCK_CHARS))
        end = e.start() if e else min(len(text), m.end() + _BLOCK_CHARS)
        head = max(0, start - 400, pos)
        pre = _SUB.search(text, head, start)
        block_start = pre.start() if pre and pre.group("pub") and "\f" not in text[pre.start():start] else start
        counted = _COUNTED.match(text, m.start()) is not None
        blank = re.search(r"\n[ \t]*\n", text[m.start():end])  # the paragraph of the list
        para = text[m.start():m.start() + blank.start()] if blank else text[m.start():end]
        public = body or counted or _political(text, block_start, end, lex) or lex.chair_and_clerk(para)
        if not public and (glued := lex.party_rows(text, block_start, end)):
            public, end = True, glued  # the table of members ends with its last row
        out.extend(_sub_blocks(text, block_start, end, public))
        pos = max(end, m.end())
    return out


def _kind(label: str) -> str:
    m = _SUB.fullmatch(label.strip() + ":")
    if m is None:
        return "neu"
    return "pub" if m.group("pub") else ("neu" if m.group("neu") else "priv")


def _default(kinds: set[str], body: bool) -> tuple[str, str]:
    if "priv" in kinds and "pub" in kinds:
        return "uncertain", "twijfel:kolommen"
    if "priv" in kinds:
        return "private", "prive:blok"
    if "pub" in kinds and body:
        return "public", "publiek:aanwezig"
    return "neutral", "blok:aanwezig"


def _columns(text: str, start: int, end: int, body: bool) -> list[Region] | None:
    """A header of labels followed by their values separated by colons ("Afwezig Voorzitter Griffier
    Notuliste : A en B : C : D : E"): each value gets its own label's default."""
    m = _STACK.search(text, start, end)
    if m is None:
        return None
    names = _STACK_WORD.findall(m.group("labels"))
    values = [v for v in re.finditer(r"[^:]+", text[m.end():end])]
    if len(names) < 2 or len(values) < len(names):
        return None
    out = [Region(start, m.start(), *_default({"pub"}, body))] if m.start() > start else []
    for label, v in zip(names, values, strict=False):
        default, ev = _default({_kind(label)}, body)
        out.append(Region(m.end() + v.start(), m.end() + v.end(), default, ev))
    return out


def _trailing_function(text: str, m: re.Match[str]) -> bool:
    """A label word without a colon at the end of a line that holds more ("mevrouw H. Bos, notulist"): the
    function of the entry before it, not a sub-label (that entry's own cue)."""
    if m.group().rstrip().endswith(":") or re.search(r"(?i)te\s+weten", m.group()):
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    return bool(text[line_start:m.start()].strip())


# a capitalised form of address inside a flattened line starts the next value ("… Vliet-Kuiper Mevrouw M. …");
# a lower-case one after a comma or "en" continues the same value ("…, mevrouw M. Sanderse en de heer …")
_VALUE_START = re.compile(r"(?<![,\w])[ \t]*(?-i:Mevrouw|Mevr\.|De heer|Dhr\.|De heren)[ \t]+")


def _flat_columns(text: str, labels: list[tuple[int, int, str]], start: int, end: int,
                  body: bool) -> list[Region] | None:
    """Stacked labels with colons whose values follow in the same order on a flattened line ("Voorzitter:
    Wethouders: Griffier: Verslag: Mevrouw A … Mevrouw B, de heer C … Mevrouw D … Mevrouw E"): each value,
    starting with a capitalised form of address, gets its own label's default - only when the number of
    values equals the number of labels (else None: the mixed block stays uncertain)."""
    if any(not text[s:e].rstrip().endswith(":") for s, e, _ in labels):
        return None
    starts = [m.start() for m in _VALUE_START.finditer(text, start, end)]
    if not starts or text[start:starts[0]].strip() or len(starts) != len(labels):
        return None
    bounds = [*starts[1:], end]
    return [Region(a, b, *_default({kind}, body)) for (_, _, kind), a, b in zip(labels, starts, bounds, strict=True)]


def _sub_blocks(text: str, start: int, end: int, body: bool) -> list[Region]:
    """The block split at its sub-labels; consecutive labels without content between them (a table
    laid out in columns) share one default: public when all are public or neutral, none when mixed."""
    columns = _columns(text, start, end, body)
    if columns is not None:
        return columns
    labels = [m for m in _SUB.finditer(text, start, end) if not _trailing_function(text, m)]
    labels_at = [(start, start, "pub")] if not labels or labels[0].start() > start + 40 else []
    for m in labels:
        kind = "pub" if m.group("pub") else ("neu" if m.group("neu") else "priv")
        labels_at.append((m.start(), m.end(), kind))
    regions: list[Region] = []
    i = 0
    while i < len(labels_at):
        j = i
        kinds = {labels_at[i][2]}
        # stacked labels: the next label follows with nothing but white space in between
        while j + 1 < len(labels_at) and not text[labels_at[j][1]:labels_at[j + 1][0]].strip(" \t\n:"):
            j += 1
            kinds.add(labels_at[j][2])
        seg_start = labels_at[j][1]
        seg_end = labels_at[j + 1][0] if j + 1 < len(labels_at) else end
        default, ev = _default(kinds, body)
        if j > i and default == "uncertain" and (split := _flat_columns(text, labels_at[i:j + 1], seg_start,
                                                                          seg_end, body)):
            regions.extend(split)
            i = j + 1
            continue
        if default == "private":  # a sub-list of staff ends with its paragraph
            blank = re.search(r"\S\s*\n[ \t]*\n", text[seg_start:seg_end])
            seg_end = min(seg_end, seg_start + (blank.start() + 1 if blank else _PRIVATE_CHARS))
        if seg_end > seg_start:
            regions.append(Region(seg_start, seg_end, default, ev))
        i = j + 1
    return regions


# "Verder meld ik dat met kennisgeving afwezig zijn de heren Kuijper en Kleuver en mevrouw Van Gemert.",
# "afwezig was en is mevrouw Van der Laan": the chair of a representative body reports absent members
_ABSENT = re.compile(
    r"(?i:afwezig)[ \t]+(?:(?:is|zijn|was|waren)(?:[ \t]+en[ \t]+(?:is|zijn))?)[ \t]+"
    r"(?P<names>(?i:de[ \t]+heren|de[ \t]+dames|de[ \t]+heer|mevrouw|mevr\.|dhr\.)[ \t]+[^.;:\n]{2,200})"
)


# "Ik heb het bericht van verhindering ontvangen van de heer Wilschut, mevrouw Steinebach en de heer Oorburg":
# the chair of a representative body reports the members excused
_EXCUSED = re.compile(
    r"(?i:berichte?n?[ \t]+van[ \t]+verhindering)[ \t]+(?:(?i:ontvangen|gekregen)[ \t]+)?(?i:van)[ \t]+"
    r"(?P<names>(?i:de[ \t]+heren|de[ \t]+dames|de[ \t]+heer|mevrouw|mevr\.|dhr\.)[ \t]+[^.;:\n]{2,200})"
)


_TITLED_NAME = (r"(?P<NAME>(?i:de[ \t]+heer|mevrouw|mevr\.|dhr\.)[ \t]+(?:[A-ZÀ-Þ][\w'’.-]*|van|de|der|den|ter|ten|"
                r"'t|’t)(?:[ \t]+(?:[A-ZÀ-Þ][\w'’.-]*|van|de|der|den|ter|ten|'t|’t)){0,4})")
# in a representative body's minutes: a member sworn in or admitted ("Beëdiging de heer W.J. Moorlag", "de
# installatie van mevrouw Jansen"), a member replaced or kept away ("De heer Van Lingen vervangt mevrouw Pieters",
# "mevrouw Pieters, die niet aanwezig kan zijn")
_MEMBER_EVENT = re.compile(
    r"(?i:beëdiging|installatie|toelating)[ \t]+(?:(?i:van)[ \t]+)?" + _TITLED_NAME.replace("NAME", "name")
    + r"|(?<![\w])vervangt[ \t]+" + _TITLED_NAME.replace("NAME", "name2")
    + r"|" + _TITLED_NAME.replace("NAME", "name3")
    + r"[ \t]*,?[ \t]+(?:die|dat)[ \t]+"
    r"(?:niet[ \t]+aanwezig[ \t]+(?:kan[ \t]+zijn|is)|verhinderd[ \t]+is|afwezig[ \t]+is)"
)


# "De voorzitter meldt dat Roel van Leeuwen (PRO) afwezig is met bericht van verhindering": the absent member
# named before the report (with bericht/kennisgeving: a member excused from the meeting, not a passer-by)
_ABSENT_AFTER = re.compile(
    r"(?P<name>(?:[A-ZÀ-Þ][\w'’.-]*|van|de|der|den|ter|ten|het|in|'t|’t)(?:[ \t]+(?:[A-ZÀ-Þ][\w'’.-]*|van|de|der|"
    r"den|ter|ten|het|in|'t|’t)){0,4})[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:is[ \t]+afwezig|afwezig[ \t]+is)[ \t]+"
    r"(?:met|wegens)[ \t]+(?:bericht|kennisgeving)"
)


def _absent(text: str) -> list[Region]:
    return [Region(m.start("names"), m.end("names"), "public", "publiek:afwezig")
            for rx in (_ABSENT, _EXCUSED) for m in rx.finditer(text)] + [
        Region(m.start("name"), m.end("name"), "public", "publiek:afwezig") for m in _ABSENT_AFTER.finditer(text)] + [
        Region(m.start(g), m.end(g), "public", "publiek:lid") for m in _MEMBER_EVENT.finditer(text)
        for g in ("name", "name2", "name3") if m.group(g)]


# -- speakers, motie signatories, signature blocks ------------------------------------------------------

_COMMITTEE = re.compile(r"(?i)commissie")
_SPEAKER = re.compile(
    r"(?:^|(?<=[.!?]\s))[ \t]*(?:De heer|Mevrouw|Minister|Staatssecretaris|De minister|De staatssecretaris)[ \t]+"
    r"(?P<name>[^\n:()]{2,60}?)[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*:",
    re.MULTILINE,
)
_MOTIE_END = re.compile(r"en\s+gaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\.?", re.IGNORECASE)
_SIGNERS = re.compile(r"(?im)^[ \t]*(?:indieners?|ondertekenaars?|ondergetekenden?)[ \t]*:?[ \t]*$")
_NAME_LINE = re.compile(r"[ \t]*(?:[A-ZÀ-Þ][\w.'’ -]{1,50}|[A-ZÀ-Þ][\w'’-]+)[ \t]*\n")


_FLOOR = re.compile(
    r"(?i:geeft|geef)[ \t]+(?:\w+[ \t]+){0,2}(?i:het woord|gelegenheid)[ \t]+aan[ \t]+(?:de heer|mevrouw)[ \t]+"
    r"(?P<name>[A-ZÀ-Þ][^\n:(),.]{1,50}?)(?=[ \t]*(?:[.,:(]|namens|van de|\n))"
)


def _speakers(text: str) -> list[Region]:
    return [Region(m.start("name"), m.end("name"), "public", "publiek:spreker")
            for rx in (_SPEAKER, _FLOOR) for m in rx.finditer(text)]


def _name_lines(text: str, pos: int, limit: int = 12) -> int:
    """The end of the block of short name lines that starts at ``pos`` (blank lines allowed between)."""
    end = pos
    lines = 0
    i = pos
    while lines < limit and i < len(text):
        while i < len(text) and text[i] in " \t\n":
            i += 1
        m = _NAME_LINE.match(text, i)
        if m is None or "\f" in m.group():
            break
        end = i + len(m.group().rstrip())
        i = m.end()
        lines += 1
    return end


# "de motie-Van Aalst/Remco Dijkstra", "het amendement-Jansen", "de motie-M.B. Vos": the members who moved it
_MOTIE_NAME = re.compile(
    r"(?i:motie|amendement|initiatiefwetsvoorstel|initiatiefvoorstel)-(?P<names>[A-ZÀ-Þ][\w.'’ -]{1,40}?"
    r"(?:/[A-ZÀ-Þ][\w.'’ -]{1,40}?)*)(?=[ \t]+(?:over|inzake|betreffende|ter|tot|van|om|met|en|\(|,)|[,;:)\n]"
    r"|(?<!(?<![\w])[A-ZÀ-Þ])\.(?!\w))"  # a full stop, not that of an initial
)


def _motie(text: str) -> list[Region]:
    out: list[Region] = [Region(m.start("names"), m.end("names"), "public", "publiek:motie-indiener")
                         for m in _MOTIE_NAME.finditer(text)]
    for m in list(_MOTIE_END.finditer(text)) + list(_SIGNERS.finditer(text)):
        end = _name_lines(text, m.end())
        if end > m.end():
            out.append(Region(m.end(), end, "public", "publiek:motie-indiener"))
    return out


def _signatures(text: str, lex: RoleLexicon) -> list[Region]:
    """The signature block after a governing body's name followed by a comma: "Gedeputeerde Staten van
    Overijssel,\n voorzitter,\n A.P. Heidema\n secretaris,\n N. Versteeg"."""
    if lex.body is None:
        return []
    out: list[Region] = []
    for m in lex.body.finditer(text):
        tail = re.match(r"[ \t]*(?:van|der)?[ \t]*[\w' -]{0,40},[ \t]*\n", text[m.end():m.end() + 60])
        if tail is None:
            continue
        start = m.end() + tail.end()
        while start < len(text) and text[start] in " \t\n":
            start += 1
        window = text[start:start + 400]
        cut = re.search(r"\n[ \t]*\n[ \t]*\n|\f", window)
        end = start + (cut.start() if cut else len(window))
        if re.search(r"(?i)\b(?:voorzitter|secretaris|burgemeester|griffier|dijkgraaf)\b", text[start:end]):
            out.append(Region(start, end, "public", "publiek:ondertekening"))
    return out


# a public role alone on a line, its value a few lines down: a letterhead in columns ("Inlichtingen bij\n
# Gedeputeerde(n)\n16.07.2024\n2024-015664\n\nT.A. de Bree /E.G. Grijsen")
_NAMES_LINE = re.compile(
    r"[ \t]*(?:(?:[A-Z]\.){1,5}[ \t]?(?:[a-z]+[ \t]+){0,2}[A-ZÀ-Þ][\w'’-]+[ \t]*(?:[/,&]|en)?[ \t]*){1,4}[ \t]*$"
)


def _label_columns(text: str, lex: RoleLexicon) -> list[Region]:
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


# the head of a note to a governing body ("NOTA GS-MANDAAT", "GS-nota", "Collegenota", "B&W-nota"): its one
# name field without an own label, among labelled fields and next to an author field, is the portfolio holder's
_NOTE = re.compile(r"(?i)\b(?:nota[ \t]+gs(?:-mandaat)?|gs-nota|collegenota|b&w-nota|nota[ \t]+(?:aan[ \t]+)?b&w)\b")
_FIELD = re.compile(r"[ \t]*[A-Z][\w .&/()-]{1,40}:(?:[ \t].*)?")
_AUTHOR = re.compile(r"(?im)^[ \t]*(?:auteur|opsteller|steller|behandeld door|contactpersoon)[ \t]*:")


def _note_holder(text: str) -> list[Region]:
    head = text[:_HEAD]
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


def regions(text: str, genre: str, lex: RoleLexicon) -> list[Region]:
    """The regions where ``genre`` decides about the persons named (see the module docstring)."""
    out: list[Region] = []
    body = representative(text, genre, lex)
    if genre in ("notulen", "handelingen", "kamervragen", "voorstel", "other", "brief", "motie"):
        out += _attendance(text, lex, body)
    if genre == "handelingen" or (genre == "notulen" and body and not _COMMITTEE.search(text[:600])):
        out += _speakers(text)
    if body:
        out += _absent(text)
    out += _motie(text)
    out += _signatures(text, lex)
    out += _label_columns(text, lex)
    out += _note_holder(text)
    return sorted(out, key=lambda r: (r.start, r.end))
