"""Attendance blocks of a meeting, and what their labels say about the persons listed.

``attendance(text, lex, body)`` finds the attendance blocks of a public body's meeting ("Aanwezig: …",
"Tegenwoordig zijn de leden: …") up to the opening of the meeting and splits them at their sub-labels into
``Region``s, each with the default the label gives (see ``redact.detect.genre`` for the genre rules that use them):
members, chairs and clerks listed are public, unless the entry carries its own function or stands under a sub-label
such as "Notulist", "Verslag", "Managementteam" or "Ambtelijke ondersteuning" ("Verder aanwezig", "Tevens aanwezig" give
no default); stacked labels of a table layout that mix both give no default, unless their values line up with them one
to one (also when the labels' colons stand on a line of their own and the values on the next: "Voorzitter Griffier
Verslaglegging\n: : :\nde heer A de heer B de heer C").
A list that counts its members ("Tegenwoordig zijn 136 leden, te weten:", ``COUNTED``), whose bracketed tags are
mostly party labels (``political``), that names its chair (also "(vz)") and a griffier, or whose party labels the
extraction glued to the names, is a public body's whatever the genre. A roll whose "Aanwezig" label is lost (a page that
opens inside the list) runs up to its first "Afwezig" label, when six or more entries stand by initials and one holds a
council's office or the text is a body's.

The members a representative body's record names outside its attendance block are ``detect.member_events``'.

Guarantees: pure functions of the text; a block never runs longer than ``BLOCK_CHARS`` characters after its label, a
private sub-list not past its paragraph (or ``_PRIVATE_CHARS``), nor past its line if a full stop after a word ends it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from redact.detect.roles import RoleLexicon

__all__ = ["ASSOCIATION", "BLOCK_CHARS", "COUNTED", "Region", "attendance", "in_stack", "political"]

BLOCK_CHARS = 3500
_PRIVATE_CHARS = 400


@dataclass(frozen=True, slots=True)
class Region:
    """A stretch ``[start, end)`` in which the genre says something about every named person:
    ``default`` is "public", "private" or "uncertain"; ``evidence`` the cue recorded for it."""

    start: int
    end: int
    default: str
    evidence: str


# residents', tenants', village and advisory councils in the heading ("Notulen wijkraad 11 februari 2019"): residents
# or appointed advisers, no office holders; a "wijkteam" of residents or social workers (a "wijkcommissie" is elected)
ASSOCIATION = re.compile(
    r"(?i)\b(?:wijkraad|dorpsraad|wijkpanel|wijkplatform|dorpsbelang(?:en)?|dorpsplatform|bewonerscommissie|"
    r"bewonersraad|seniorenraad|ouderenraad|cli[eë]ntenraad|klantenraad|participatieraad|wwb-kamer|adviesraad|"
    r"sociaal[ -]?domeinraad|wmo-?raad|jongerenraad|wijkvereniging|buurtvereniging|wijkteam|dorpsteam|buurtteam|"
    r"buurtraad|wijkoverleg|buurtoverleg|ledenvergadering|jaarvergadering|"  # (an association's members' meeting)
    # tenants' and residents' bodies of a housing corporation: "Verslag vergadering … van de Huurdersraad H-S"
    r"huurdersraad|huurdersvereniging|huurderskoepel|huurdersplatform|huurdersorganisatie|huurdersbelang|"
    r"bewonersvereniging|bewonersplatform|bewonersorganisatie)(?:s?vergadering)?\b")  # "Wijkraadsvergadering"
# a roll that tags a resident is a public meeting's, not a body's: "de heer X (omwonende), De heer Y (inwoner Lewedorp)"
_RESIDENT_TAG = re.compile(r"\((?:inwoner|omwonende|bewoner|buurtbewoner)\b")
# "Tegenwoordig zijn 136 leden, te weten:", "Aanwezig 37 leden.", "Tegenwoordig, met den Voorzitter, 82 leden" (before
# 1947; OCR's "mat", ".Voorzitter", a garbled count "of) leden"): a representative body's counted members, never staff's
_NUMBER = (r"(?:\d{1,3}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|"
           r"[a-z]{2,12}(?:tien|tig|honderd[a-z]*))")
COUNTED = re.compile(
    rf"(?:tegenwoordig|aanwezig)(?:\s*,?\s*m[ea]t\s+den?\s+(?:tijdelijken?\s+)?\.?voorzitter\s*,?\s+(?:zijn\s+)?"
    rf"(?:{_NUMBER}|(?=\S{{0,2}}[^a-z\s])\S{{1,3}})|\s+(?:zijn\s+)?{_NUMBER})\s+"
    r"(?:leden|raadsleden|statenleden)\b"
    r"(?!\s+(?:van|uit)\s+(?!(?:de\s+|het\s+)?(?:raad|gemeenteraad|staten|provinciale|tweede|eerste|kamer|algemeen"
    rf"|verenigde)\b))|\bzijn\s+met\s+den?\s+voorzitter\s+{_NUMBER}\s+leden\s+tegenwoordig\b"  # (1833's order)
    rf"|\bzijn\s+{_NUMBER}\s+leden\s+tegenwoordig(?=\s*,?\s*te\s+weten\b)",  # "Er zijn 61 leden tegenwoordig, te weten"
    re.IGNORECASE,
)

_GLUED_HEAD_WORDS = r"(?:Naam|Fractie|Functie)"  # a table's column heads glued by an export: "AanwezigNaam"
_PUBLIC_SUB = (r"aanwezig(?:\s+zijn)?(?:\s+de\s+(?:leden|raadsleden|he?eren|dames))?|aanwezigen|present|"
               rf"aanwezig{_GLUED_HEAD_WORDS}|"
               r"tegenwoordig(?:\s+zijn)?(?:\s+de\s+leden)?|presentielijst|naamlijst|leden|de\s+leden|raadsleden|statenleden|commissieleden|"
               r"wethouders?|gedeputeerden|burgemeester|voorzitter|plv\.?\s+voorzitter|griffier|raadsgriffier|"
               r"collegeleden|gemeentesecretaris|"
               r"commissiegriffier|portefeuillehouders?|afwezig(?:\s+zijn)?(?:\s+de\s+(?:leden|he?eren|dames))?(?:\s+met\s+"
               r"(?:bericht|kennisgeving)(?:\s+van\s+verhindering)?)?|met\s+kennisgeving\s+afwezig|"
               r"berichten\s+van\s+verhindering(?:/vervanging|\s+van\s+de\s+leden)?|"
               r"(?:aanwezige\s+)?(?:overige\s+)?leden\s+(?:van\s+)?(?:gedeputeerde\s+staten|"
               r"het\s+college|burgemeester\s+en\s+wethouders|b\s*&\s*w)|college(?:\s+van\s+b\s*&\s*w)?|"
               r"voorts\s+zijn\s+aanwezig\s+de\s+wethouders|tevens\s+zijn\s+aanwezig\s+de\s+wethouders|"
               # Frisian: "Oanwêzich:", "Foarsitter:", "De riedsleden:", "Mei kundskip ôfwêzich"
               r"oanw[eê]zich|foarsitter|(?:de\s+)?riedsleden|(?:mei\s+kundskip\s+)?[oô]fw[eê]zich")
_NEUTRAL_SUB = (r"tevens\s+aanwezig(?:\s+zijn)?|ook\s+aanwezig(?:\s+zijn)?|voorts\s+aanwezig|overige\s+aanwezigen|"
                r"verder\s+(?:waren|zijn)\s+aanwezig|verder\s+aanwezig(?:\s+(?:waren|zijn))?|"
                r"alsmede|"  # "Aanwezig zijn zestien leden der Kamer, te weten: …,\nalsmede:\n– de heer X, …": guests
                r"overig(?:e|en)?")  # "Overig: mevrouw A. Dos (Rekenkamer)": present, not a member
# present for one item, a colon optional ("Aanwezig t.b.v. agendapunt 5:", "• bij agendapunt A7 R. Dalmolen")
_ITEM_SUB = (r"(?:aanwezig\s+)?(?:t\.b\.v\.|ten\s+behoeve\s+van|bij)\s+(?:agenda)?punt(?:en)?\s+\w{1,4}"
             r"(?:\s*[,&]\s*\w{1,4})*")
_PRIVATE_SUB = (r"(?:van\s+)?ambtelijke\s+zijde|"  # "van ambtelijke zijde: Dhr. Hatzmann (secretaris) …": the staff
                r"notulist(?:e)?|notulen|verslag|verslaglegging|ambtelijke?\s+ondersteuning|aanwezige\s+ambtelijke"
                r"\s+ondersteuning|ambtelijk\s+secretaris|managementteam|mt|insprekers?|publieke\s+tribune|pers|"
                r"ambtenaren|namens\s+de\s+organisatie|gasten|genodigden|adviseurs?|opgemaakt\s+door|opgesteld\s+door|"
                # guests heard at a Kamer hearing ("Gehoord werd: … delegatie:"), presenters at a council's session
                r"gehoord\s+(?:werd|werden|wordt|worden)|delegatie|presentatie")
_GLUED_HEADS = re.compile(rf"(?i:aanwezig{_GLUED_HEAD_WORDS})")
# another body's delegation as a sub-label of a flattened roll, before a capitalised form of address, guests ("…
# Secretaris De heer A, gemeentesecretaris. Provincie Groningen De heren B (Commissaris der Koningin) en C (kabinet …)")
_GUEST_SUB = (r"(?-i:(?:Provincie|Gemeente|Waterschap|Hoogheemraadschap)[ \t]+[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?)"
              r"(?=[ \t]+(?-i:De[ \t]+heer|De[ \t]+heren|De[ \t]+dames|Mevrouw)\b)")
_SUB = re.compile(
    rf"(?<![\w])(?P<label>(?P<pub>{_PUBLIC_SUB})|(?P<neu>{_NEUTRAL_SUB}|(?P<item>{_ITEM_SUB})|(?P<guest>{_GUEST_SUB}))|"
    rf"(?P<priv>{_PRIVATE_SUB}))"
    r"(?(item)\s*(?::|(?=[A-Z]\.|de\s+heer|mevrouw))|(?(guest)|(?:\s*\([^()\n]*\))?\s*(?::|\bte\s+weten\b:?|(?=\s*\n))))",
    re.IGNORECASE,
)
_STACK_WORD = re.compile(r"(?i:afwezig|aanwezig|voorzitter|griffier|notulist(?:e)?|verslaglegging|verslag|wethouders?|"
                         r"raadsleden|collegeleden|leden|secretaris|gemeentesecretaris|burgemeester)")
# labels without colons in a row, then a colon: the header of a table whose values follow
_STACK = re.compile(rf"(?P<labels>(?:{_STACK_WORD.pattern}[ \t]+){{1,6}}{_STACK_WORD.pattern})[ \t]*:")
# … or the header's colons on a line of their own, and the values on the next, each opened by a form of address or an
# office not after a comma or "en": "Voorzitter Griffier Collegeleden\n: : :\nde heer A de heer B burgemeester C, de
# heer D en de heer E"
_STACK_ROWS = re.compile(rf"(?P<labels>(?:{_STACK_WORD.pattern}[ \t]+){{1,6}}{_STACK_WORD.pattern})[ \t]*\n"
                         r"(?P<colons>[ \t]*:(?:[ \t]*:){1,6})[ \t]*\n(?P<values>[^\n]+)")
_ROW_VALUE = re.compile(r"(?<![\w])(?i:de[ \t]+heer|mevrouw|mevr\.|dhr\.|mw\.|burgemeester|wethouder)[ \t]+")
_JOINED = re.compile(r"(?:,|(?<![\w])en)[ \t]*\Z")  # a comma or "en" before: the same value goes on
# an attendance label: "Aanwezig:", "Aanwezig zijn 88 leden der Kamer, te weten:", "AANWEZIG\n", "Tegenwoordig zijn
# de leden:", "Berichten van verhindering:", a heading in capitals before an initial or a form of address in a text that
# lost its line breaks ("AANWEZIG P.J.J. Kome (voorzitter)"); never "… was ook aanwezig.", "heet de aanwezigen welkom"
_START = re.compile(
    # a flattened heading, maybe with a table's column labels ("AANWEZIG Voorzitter mw. X"; "Aanwezig" before 2 or more)
    r"(?<![\w])(?-i:AANWEZIG(?=[ \t]+(?:(?:Voorzitter|Raadsgriffier|Griffier|Raadsleden|Leden|College|Wethouders?|"
    r"Verhinderd)[ \t]+){0,6}(?:[A-Z]\.|(?i:de[ \t]+heer|de[ \t]+he?eren|de[ \t]+leden|mevr|mevrouw|dhr|mw)\b))|"
    r"Aanwezig(?=[ \t]+(?:(?:Voorzitter|Raadsgriffier|Griffier|Leden|Wethouders)[ \t]+){2,6}[A-Z]\.))|"
    # a line or a sentence that opens "Aanwezig zijn de heren A (voorzitter), B, …"
    r"(?:(?<=\n)|\A|(?<=\.[ \t]))[ \t]*(?-i:Aanwezig)(?:[ \t]+zijn)?(?=[ \t]+de[ \t]+(?:he?eren|dames)\b)|"
    # OCR's semicolon or "s" for the colon: "Aanwezig; De dames A …", "Aanwezig de leden; J.A. X", "Aanwezigs Mr.J. X"
    r"(?:\A|(?<=\n)|(?<=\.[ \t]))[ \t]*(?-i:Aanwezig)[ \t]*;|"
    r"\b(?-i:Aanwezigs|Leden[ \t]?s|Aanwezig de leden ?;)(?=[ \t]+(?:de[ \t]+(?:he?eren|dames)\b|[A-Z][.»,]|[MD]r\.))|"
    # (not prose ending in a colon, "Diverse vragen worden door aanwezigen gesteld en ingebracht:", "de nog aanwezige
    # gebouwen op dien eigendom :": the adjective is a label before one word only, "Aanwezige leden:")
    r"(?<![\w])(?i:aanwezig(?!en\s+(?-i:[a-z]))(?!e[ \t]+[\w-]+[ \t]+[^\s:])(?:\s+zijn)?[^\n:.;]{0,60}:|"
    r"aanwezig[ \t]*\n|oanw[eê]zich[ \t]*:|"
    r"aanwezig(?:\s+zijn)?\s+de\s+(?:raads|staten)?leden,?\s+te\s+weten\b|"  # "Aanwezig de raadsleden, te weten, …"
    # "Aanwezigen:", a heading "AANWEZIGEN"; never prose ("met name de vele aanwezigen van Buddy-to-buddy")
    r"(?<!de[ \t])aanwezigen[ \t]*(?::|(?=\n))|(?<=\n)[ \t]*aanwezigen\b|\Aaanwezigen\b|"
    r"(?<=\n)[ \t]*aanwezig[ \t]+namens\b[^\n]{0,30}(?=\n)|"  # a table's column heads: "Aanwezig namens Naam"
    # a form's label column before the names: "Aanwezig    A.W. Hiemstra (voorzitter), I. Berghuis, …"
    r"(?:(?<=\n)|\A)[ \t]*(?-i:Aanwezig)(?:[ \t]{3,}|\t)(?=(?:[A-Z]\.|(?-i:[A-Z])[a-z]+[ \t]+[A-Z]))|"
    # … or one space before titles and initials: "Aanwezig Ir. F.C. Moree Mw. drs. J.F. van Zutphen W.J.M. Goesten"
    r"(?:(?<=\n)|\A)[ \t]*(?-i:Aanwezig)[ \t]+(?=(?-i:(?:(?:Ir|Mw|Mr|Drs|Dr|Dhr|Mevr|Ing|drs|ir|mr|dr)\.[ \t]*)*"
    r"[A-Z]\.[ \t]?[A-Z]))|"
    rf"(?<=\n)(?-i:Aanwezig)(?={_GLUED_HEAD_WORDS}[ \t]*\n)|"  # the heads glued by an export: "AanwezigNaam"
    # "Deelnemers:", a heading "DEELNEMERS" (also at the end of a flattened title line)
    r"(?<=\n)[ \t]*deelnemers[ \t]*(?::|(?=\n))|(?-i:(?<![\w])DEELNEMERS(?=[ \t]*\n))|"
    rf"(?:{COUNTED.pattern})[ \t]*[.:,]?|"  # "Aanwezig 37 leden."
    # "Tegenwoordig de heren: …", "Tegenwoordig: mevrouw …"
    r"tegenwoordig(?:\s+zijn(?![ \t]*[.;,])|(?=\s+de\s+(?:he?eren|he[ \t]eren|dames|leden)\b)|(?=[ \t]*:))"
    # "Naamlijst van de leden van Provinciale Staten van Utrecht", "berichten van verhindering van de leden:", the
    # Handelingen's "ALPHABETISCHE NAAMLIJSTEN VAN DE LEDEN DER STATEN-GENERAAL"
    r"[^\n:.;]{0,40}:?|presentielijst|naamlijst(?:en)?\s+van\s+de\s+leden|present[ \t]*:|"
    r"berichten\s+van\s+verhindering(?:/vervanging|\s+van\s+de\s+leden)?[ \t]*:|"
    # the Kamer's roll read out before 1947: "… dat afwezig zijn de heeren: …" (a council's: "Afwezig de heeren: A en
    # B."), "… ingekomen: 1°. berichten van de volgende leden, die verhinderd zijn de vergadering bij te wonen: …"
    r"afwezig(?:\s+zijn)?\s+de\s+he?eren[ \t]*:|berichten\s+van\s+de\s+volgende\s+leden\b[^:.;]{0,80}:)"
)
# where the list of attendees ends: the first agenda item, the opening, the agenda, the attachments
_END = re.compile(
    r"(?:^|[\s.])(?:1|I|01)[ \t]*[.)]?\s+(?:[Oo]pening|OPENING|[Vv]aststell|[Ww]elkom)|"
    r"(?<![\w])(?:[Bb]ijlagen?|BIJLAGEN?)[ \t]*:|"
    r"[Oo]pening van de vergadering|[Dd]e (?:voorzitter|VOORZITTER|Voorzitter) (?:opent|heet)|\bAGENDA\b|"
    # the chair speaking on the line after the list's full stop ("…, Minister van Binnenlandse Zaken.\nDe Voorzitter:
    # Ik deel aan de Kamer mede"), not a label ("De voorzitter: Jan Jansen")
    r"(?<=\.)[ \t]*\n[ \t]*De[ \t]+(?:voorzitter|Voorzitter|VOORZITTER)[ \t]*:(?=[ \t]*[A-Z][a-z]*[ \t]+[a-z])|"
    # (also on the same line, opening the Kamer's announcements: "… goedgekeurd. De Voorzitter: Ik deel … mede")
    r"De[ \t]+(?:voorzitter|Voorzitter|VOORZITTER)[ \t]*:[ \t]*Ik[ \t]+deel[ \t]+aan[ \t]+de[ \t]+Kamer[ \t]+mede|"
    # the Handelingen's first item, after a roll the dump cut short, or the minutes read or the chair's announcements
    r"\n[ \t]*(?:Aan[ \t]+de[ \t]+orde[ \t]+is|De[ \t]+notulen[ \t]+van|De[ \t]+Voorzitter[ \t]+deelt[ \t]+mede)[ \t:]|"
    r"\bAgenda[ \t]*:|VERGADERVERSLAG|[Ii]k open de vergadering|\n[ \t]*\n[ \t]*(?:De voorzitter|Voorzitter)[ \t]*:"
    # the chair speaking, not the label of a name ("Voorzitter : Nelleke Bouman Commissiegriffier : …")
    r"(?![ \t]*(?:[A-ZÀ-Þ][\w.'’-]*|van|de|der|den|ter|ten)(?:[ \t]+(?:[A-ZÀ-Þ][\w.'’-]*|van|de|der|den|ter|ten)){0,4}"
    r"[ \t]*(?:$|\n|[A-ZÀ-Þ][a-z]+[ \t]*:))"
    # a decision list's first decision ("Het college heeft besloten:"), a letter's salutation on its own line
    r"|\b[Hh]et college (?:heeft besloten|besluit)\b|(?m:^[ \t]*(?:Beste|Geachte)[ \t][^\n]{0,60},[ \t]*$)"
)


# the representative body whose members a "naamlijst van de leden" lists
_BODY_AFTER = re.compile(r"(?i)\s+(?:der|van(?:\s+de)?)\s+"
                         r"(?:staten|tweede|eerste|kamer|provinciale|gemeenteraad|raad\b)")


def political(text: str, start: int, end: int, lex: RoleLexicon) -> bool:
    """True when most bracketed tags in ``text[start:end]`` are party labels or public roles (three or
    more): the attendance list of a council committee whose heading does not name the council."""
    tags = re.findall(r"\(([^()\n]{1,40})\)", text[start:end])
    kinds = [lex.classify(t) for t in tags]
    public = sum(1 for k in kinds if k is not None and k[0] in ("party", "public"))
    return public >= 3 and 3 * public >= len(tags)


# the words of an attendance list written out in a sentence ("met kennisgeving afwezig de heren van den Eijnden")
_LIST_WORDS = frozenset({
    "aanwezig", "afwezig", "kennisgeving", "bericht", "met", "zonder", "de", "het", "van", "der", "den", "ter", "ten",
    "te", "en", "heren", "heeren", "dames", "heer", "mevrouw", "wethouder", "wethouders", "leden", "raadsleden", "lid",
    "voorzitter", "secretaris", "griffier", "als", "alsmede", "beiden", "tevens", "voorts", "zijn", "is", "ook",
    "verder", "burgemeester", "waarnemend", "plaatsvervangend", "loco", "fractie", "fan", "it", "hearen", "froulju",
    "mefrou", "hear", "riedsleden", "kolleezje", "boargemaster", "wethâlder", "wethâlders"})  # Frisian too
# a paragraph that opens in prose, not as a list or a label: after a list closed by a full stop, the list is over
_PROSE_START = re.compile(r"[ \t]*[A-ZÀ-Þ][a-zà-ÿ]+(?:[ \t]+[a-zà-ÿ]+){3}(?![\w:])")
# (or a numbered agenda item: "…, en B.\n\n 2. 2\n  Mededelingen")
_NUMBERED = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+\S")
_LOWER_RUN = re.compile(r"(?<![\w.])(?:[a-zà-ÿ]+[ \t]+){5,}[a-zà-ÿ]+(?![\w])")


def _prose(text: str, start: int, end: int) -> int:
    """Where a list that lost its line breaks ends in prose: in a line of 200 characters or more (and its next lines
    while one ends in a comma), the first run of six or more lower-case words with four or more that a list does not use
    ("… P.A.M. van Tiggelen Na het sluiten van de deuren beslist de raad"); a list with line breaks ends where it
    did."""
    line_end = n if (n := text.find("\n", start, end)) >= 0 else end
    if line_end - start < 200:
        return end
    while text[line_end - 1:line_end] == "," and line_end < end:  # "…, Smallenbroek,\nen de heer Toxopeus, Minister"
        line_end = n if (n := text.find("\n", line_end + 1, end)) >= 0 else end
    for m in _LOWER_RUN.finditer(text, start, line_end):
        inside = text.count("(", start, m.start()) > text.count(")", start, m.start())  # "(tot de behandeling …)"
        if not inside and sum(w not in _LIST_WORDS for w in m.group().split()) >= 4:
            return m.start()
    return end


# an "Afwezig" label that opens a list of names ("AFWEZIG: MEVROUW M.J. BOIDIN-VAN HOEVE", "Afwezig met kennisgeving
# J.J.M. Esser, raadslid"); not prose ("afwezig is met bericht", "… was afwezig.")
_ABSENT_LABEL = re.compile(r"(?<![\w])(?i:afwezig)(?:[ \t]+(?i:met[ \t]+kennisgeving))?[ \t]*:?[ \t]+"
                           r"(?=(?i:de[ \t]+he?eren|de[ \t]+dames|de[ \t]+heer|mevrouw|mevr\.|dhr\.)[ \t]|[A-Z]\.)")
# an entry of a roll that holds a council's office: "A.A. van der Veeken, wethouder;", "GIELEN, WETHOUDER;",
# "J.S.P.M. Oomenwethouder;" (OCR glued it), "B. OUDERWERK, SECRETARIS."
_ENTRY_OFFICE = re.compile(r"(?i:,[ \t]*|(?<=[a-z]))(?i:wethou[ \t]?der|burgemeester|gemeentesecretaris|griffier)"
                           r"[ \t]*[;,.]")
_ENTRY = re.compile(r"(?<![\w])(?:[A-Z]\.[ \t]?){1,5}(?:[A-Z]|(?i:van|de|der|den|ter|ten)\b)")  # initials


def _unlabelled_roll(text: str, lex: RoleLexicon, body: bool) -> list[Region]:
    """A roll whose "Aanwezig" label is lost (a page view that opens inside the list of members, OCR that dropped
    the label): the names up to the first "Afwezig" label and the absent ones after it, when no attendance label
    comes first and the roll lists six or more entries by initials, one of them holding a council's office
    (wethouder, burgemeester, secretaris, griffier) unless the text is a representative body's."""
    absent = _ABSENT_LABEL.search(text, 0, min(len(text), BLOCK_CHARS))
    if absent is None or _START.search(text, 0, absent.start()) is not None:
        return []
    start = max(0, absent.start() - 2500)
    start = max([start, *(m.end() for m in re.finditer(r"\n[ \t]*\n", text[:absent.start()]))])  # its paragraph
    for m in _LOWER_RUN.finditer(text, start, absent.start()):
        if sum(w not in _LIST_WORDS for w in m.group().split()) >= 4:
            start = m.end()  # prose before the roll
    roll = text[start:absent.start()]
    if len(_ENTRY.findall(roll)) < 6 or not (body or _ENTRY_OFFICE.search(roll) or political(text, start,
                                                                                              absent.start(), lex)):
        return []
    e = _END.search(text, absent.end(), min(len(text), absent.end() + BLOCK_CHARS))
    end = _prose(text, absent.end(), e.start() if e else min(len(text), absent.end() + BLOCK_CHARS))
    return _sub_blocks(text, start, end, True, lex)


# a web table's cell bars ("Secretaris |\nMw. Wanrooij |\nAanwezig |\nde heren: Blinker,\n…"): a label alone in its cell
# is a label, the other bars are blanks (the text keeps its length, so the blocks keep their offsets)
_BAR_LABEL = re.compile(r"(?m)^([ \t]*[A-ZÀ-Þ][\w-]*(?:[ \t]+[\w-]+)?)[ \t]*\|(?=[ \t]*$)")


def _unbarred(text: str) -> str:
    """``text`` with a table's cell bars read as a label's colon or a blank."""
    if "|" not in text:
        return text
    return _BAR_LABEL.sub(lambda m: m.group(1) + ":" + " " * (len(m.group()) - len(m.group(1)) - 1),
                          text).replace("|", " ")


def attendance(text: str, lex: RoleLexicon, body: bool) -> list[Region]:
    text = _unbarred(text)
    out: list[Region] = _unlabelled_roll(text, lex, body)
    pos = 0
    while (m := _START.search(text, pos)) is not None:
        start = m.start()
        # the block may begin a little earlier with "Voorzitter:" / "Griffier:" labels (not the block before's)
        e = _END.search(text, m.end(), min(len(text), m.end() + BLOCK_CHARS))
        end = e.start() if e else min(len(text), m.end() + BLOCK_CHARS)
        end = _prose(text, m.end(), end)
        head = max(0, start - 400, pos)
        pre = _SUB.search(text, head, start)
        block_start = pre.start() if pre and pre.group("pub") and "\f" not in text[pre.start():start] else start
        counted = COUNTED.match(text, m.start()) is not None
        blank = re.search(r"(?<=[^\s:])[ \t]*\n[ \t]*\n", text[m.start():end])  # its paragraph, past "Aanwezig:\n\n"
        para = text[m.start():m.start() + blank.start()] if blank else text[m.start():end]
        if blank and para.rstrip().endswith(".") and (_PROSE_START.match(text, m.start() + blank.end())
                                                      or _NUMBERED.match(text, m.start() + blank.end())):
            end = m.start() + blank.start()  # "Aanwezige leden: A, …, en B.\n\nAlgemene inleiding door de heer X, …"
        # (a list of a body's members by name: "NAAMLIJSTEN VAN DE LEDEN DER STATEN-GENERAAL", whatever the genre)
        roll = re.match(r"(?i)naamlijst", m.group()) is not None and _BODY_AFTER.match(text, m.end()) is not None
        public = body or counted or roll or political(text, block_start, end, lex) or lex.chair_and_clerk(para)
        if ASSOCIATION.search(text, max(0, block_start - 300), block_start) or _RESIDENT_TAG.search(para):
            public = False  # a clients' or residents' council's own section in a body's papers ("Klantenraad …")
        glued = lex.party_rows(text, block_start, end) if (not public or (e is None and not roll)) else 0
        if glued:  # the table of members ends with its last row (when no agenda item ends it first)
            public, end = True, glued
        out.extend(_sub_blocks(text, block_start, end, public, lex))
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


def _columns(text: str, start: int, end: int, body: bool, lex: RoleLexicon) -> list[Region] | None:
    """A header of labels followed by their values separated by colons ("Afwezig Voorzitter Griffier
    Notuliste : A en B : C : D : E"): each value gets its own label's default. Party labels right before the
    header ("AANWEZIG: CDA PvdA VVD DSD Voorzitter Griffier Verslag : A, B : C : …") head the first values: members,
    when at least half of them are known parties and there are values for all."""
    if (rows := _STACK_ROWS.search(text, start, end)) is not None and (head := _rows(text, rows, start, body)):
        return head + _sub_blocks(text, rows.end(), end, body, lex)  # (the block's sub-labels after the table)
    m = _STACK.search(text, start, end)
    if m is None:
        return None
    names = _STACK_WORD.findall(m.group("labels"))
    values = [v for v in re.finditer(r"[^:]+", text[m.end():end])]
    if len(names) < 2 or len(values) < len(names) or any(
            (e := _LABEL_END.search(v.group())) and v.group()[:e.start()].strip() for v in values[:-1]):
        return None  # a value that ends in a label of its own: labels inline, no table ("Stam - tevens burgemeester
        # Griffier: mevrouw J. Meerbeek Notulist: de heer J. Russchen"); a label alone continues the header
    words = text[start:m.start()].split()
    tags = list(itertools.takewhile(lambda w: _PARTY_TAG.fullmatch(w) is not None, reversed(words)))
    if len(tags) < 2 or 2 * sum(map(lex.is_party_label, tags)) < len(tags) or len(values) < len(tags) + len(names):
        tags = []
    kinds = ["pub"] * len(tags) + [_kind(label) for label in names]
    out = [Region(start, m.start(), *_default({"pub"}, body))] if m.start() > start else []
    for kind, v in zip(kinds, values, strict=False):
        default, ev = _default({kind}, body)
        out.append(Region(m.end() + v.start(), m.end() + v.end(), default, ev))
    return out


def _rows(text: str, m: re.Match[str], start: int, body: bool) -> list[Region] | None:
    """The values of a header whose colons stand on a line of their own (``_STACK_ROWS``), one per label: each value
    opens with a form of address or an office that no comma or "en" joins to the value before (else None)."""
    names = _STACK_WORD.findall(m.group("labels"))
    if m.group("colons").count(":") != len(names):
        return None
    base, values = m.start("values"), m.group("values")
    starts = [v.start() for v in _ROW_VALUE.finditer(values) if not _JOINED.search(values, 0, v.start())]
    if len(starts) != len(names) or values[:starts[0]].strip():
        return None
    bounds = [*starts[1:], len(values)]
    out = [Region(start, m.start(), *_default({"pub"}, body))] if m.start() > start else []
    return out + [Region(base + a, base + b, *_default({_kind(label)}, body))
                  for label, a, b in zip(names, starts, bounds, strict=True)]


def in_stack(text: str, pos: int) -> bool:
    """True when the label starting at ``pos`` continues a row of stacked labels without colons ("Wethouders
    Verslag :"): one of a table's headers, not the label of the value right after it."""
    prev = re.search(r"(\S+)[ \t]+\Z", text[max(0, pos - 40):pos])
    return bool(prev and _STACK_WORD.fullmatch(prev.group(1)))


_LABEL_END = re.compile(rf"(?<![\w-])(?i:{_STACK_WORD.pattern})[ \t]*\Z")
_PARTY_TAG = re.compile(r"[A-Z][\w/&+'’-]{0,24}")  # a party label as a column's header: "CDA", "ChristenUnie-SGP"


def _trailing_function(text: str, m: re.Match[str]) -> bool:
    """A label word without a colon at the end of a line that holds more ("mevrouw H. Bos, notulist"): the
    function of the entry before it, not a sub-label (that entry's own cue)."""
    if m.group().rstrip().endswith(":") or m.group("guest") or re.search(r"(?i)te\s+weten", m.group()):
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    return bool(text[line_start:m.start()].strip(" \t•*-"))


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


_CLOSED_LINE = re.compile(r"[^\n]*?[a-zà-ÿ]{2}\.(?=[ \t-]*\n)")  # a value that ends its line with a full stop


def _sub_blocks(text: str, start: int, end: int, body: bool, lex: RoleLexicon) -> list[Region]:
    """The block split at its sub-labels; consecutive labels without content between them (a table
    laid out in columns) share one default: public when all are public or neutral, none when mixed."""
    columns = _columns(text, start, end, body, lex)
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
        # stacked labels: the next label follows with nothing but white space in between (or a printed line number:
        # "Aanwezig: Leden:\n25 Wethouders: Voorzitter:")
        # - never into a table's glued heads, which open a table of their own ("Genodigden:\nAanwezigNaam")
        while j + 1 < len(labels_at) and not _GLUED_HEADS.match(text, labels_at[j + 1][0]) and not re.sub(
                r"(?m)^[ \t]*\d{1,3}[ \t]+", "", text[labels_at[j][1]:labels_at[j + 1][0]]).strip(" \t\n:"):
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
        if default == "private":  # a sub-list of staff ends with its paragraph, or with its line when a full stop
            blank = re.search(r"\S\s*\n[ \t]*\n", text[seg_start:seg_end])  # closes it there ("Namens het MT: A en B.")
            seg_end = min(seg_end, seg_start + (blank.start() + 1 if blank else _PRIVATE_CHARS))
            if closed := _CLOSED_LINE.match(text, seg_start, seg_end):
                seg_end = closed.end()
        if seg_end > seg_start:
            regions.append(Region(seg_start, seg_end, default, ev))
        i = j + 1
    return regions
