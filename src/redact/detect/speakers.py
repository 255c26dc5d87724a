"""Who takes the floor in proceedings and minutes: the speakers a representative body's record names.

``speakers(text)`` marks, as public regions (evidence ``publiek:spreker``; ``publiek:benoemd:commissie`` for the
appointed), the names of speaker labels ("De heer Jansen:", "Mevrouw Bikker (SP):", "Minister X:"), of the chair
giving the floor ("geeft het woord aan de heer X"), of reported speech ("De heer Van der Bom vraagt of …", also with
the verb first: "Met betrekking tot … dringt de heer X er op aan") and of the
members who spoke on an item ("Hierover wordt het woord gevoerd door de heren A en B", also in Frisian), of speakers
printed in capitals without a colon in a record that lost its line breaks ("Mevrouw CROFT-MITTELMEIJER Ik had …"), of
members whose label ends in a full stop and carries their party's tag ("Carlos Martinez van Andel (Hart voor Den
Haag). De commissie …", in a record whose chair says "De voorzitter."), of the chair calling the next one ("daarna
komt de heer X aan de beurt"), of those the chair reads out for the question round ("… de rondvraag. Mevrouw A, meneer
B, C, D.") and of the members the chair appoints to a committee of the house ("De Voorzitter benoemt de heren A, B en
mejuffrouw C tot leden der commissie, …") or that such a committee consists of ("de commissie, belast met het
onderzoek van de geloofsbrief, bestaande uit de heren A, B en C"). ``REPORTED`` is also a sign of minutes to
``genre.genre_of``: two or more speakers in reported speech make a page of minutes without its heading;
``capitals_record`` makes a page a representative body's record ("De VOORZITTER" twice and a speaker in capitals).

In a committee's meeting (others speak there too) only the members appointed to a committee of the house are read
(``floor=False``). Guarantees: pure functions of the text. Limits: reported speech is read only when the text names no
citizens who speak (insprekers); ``genre.regions`` applies the regions to the proceedings of a representative body
only.
"""

from __future__ import annotations

import re

from redact.detect.attendance import Region
from redact.detect.names import up_to_full_stop

__all__ = ["REPORTED", "capitals_record", "council_record", "is_clause", "speakers"]

# a label's place: the start of a line or of a sentence (a record that lost its line breaks)
_AT_START = r"(?:^|(?<=[.!?]\s))[ \t]*"
_SPEAKER = re.compile(
    _AT_START + r"(?:De heer|Mevrouw|Minister|Staatssecretaris|De minister|De staatssecretaris|"
    r"De hear|Mefrou)[ \t]+"  # Frisian minutes: "De hear Ekas (GBL):", "Mefrou Verkerk:"
    # never a citizen who speaks on an item: "De heer DE LA HAYE spreekt in op agendapunt 19:"
    r"(?![^\n:()]*?(?<![\w])(?:spreekt|spreken|sprak|spraken)[ \t]+in(?![\w]))"
    r"(?P<name>[^\n:()]{2,60}?)[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*:",
    re.MULTILINE,
)
_FLOOR = re.compile(
    r"(?i:geeft|geef)[ \t]+(?:\w+[ \t]+){0,2}(?i:het woord|gelegenheid)[ \t]+aan[ \t]+(?:de heer|mevrouw)[ \t]+"
    r"(?P<name>[A-ZÀ-Þ][^\n:(),.]{1,50}?)(?=[ \t]*(?:[.,:(]|namens|van de|\n))"
)


# a record that lost its line breaks prints its speakers in capitals before their words, without a colon:
# "Mevrouw CROFT-MITTELMEIJER Ik moest ingrijpen. De VOORZITTER Moest u …", "De heer LIPS Voorzitter, een
# interruptie" (a council's verbatim minutes, old Handelingen)
_CAPS_LABEL = re.compile(
    r"(?<![\w])(?:De heer|Mevrouw|DE HEER|MEVROUW)[ \t]+"
    r"(?P<name>(?:[A-Z]\.)*[ \t]*(?:(?:VAN|DE|DER|DEN|TER|TEN)[ \t]+)*[A-Z][A-Z'’]{2,}"
    r"(?:[ \t]?-[ \t]?[A-Z][A-Z'’]{2,})*)(?:[ \t]*:)?[ \t]+(?=[A-Z][a-z])")  # "De heer VISSER: Er wordt …"
# a record whose labels end in a full stop ("De voorzitter. Ik geef het woord …", Den Haag's verbatim minutes): a member
# carries the party's tag ("Carlos Martinez van Andel (Hart voor Den Haag). De commissie …"), an inspreker a letter
# ("De heer Pronk (I). Voorzitter."), which is no party
_DOT_CHAIR = re.compile(r"(?m)^De voorzitter\.[ \t]")
_DOT_LABEL = re.compile(r"(?m)^(?:(?:De heer|Mevrouw)[ \t]+)?(?P<name>[A-ZÀ-Þ][^\n.:()]{1,60}?)[ \t]*"
                        r"\((?=[A-Z][^()\n]*[a-zA-Z]{2})[^()\n]{2,40}\)\.[ \t]+(?=[A-Z])")
# the chair calls the next speaker: "daarna komt de heer Verpaalen aan de beurt"
_TURN = re.compile(r"(?<![\w])(?:komt|is)[ \t]+(?:de heer|mevrouw)[ \t]+(?P<name>[A-ZÀ-Þ][^\n:(),.]{1,50}?)[ \t]+"
                   r"aan[ \t]+de[ \t]+beurt")

# the chair reads out who asked to speak in the question round: "Maar ik begin met de rondvraag. Mevrouw Wanders,
# mevrouw Luijken, meneer Idema, Hofstra, Pals." (three names or more)
_ADDRESS = r"(?:(?:[Mm]evrouw|[Mm]eneer|[Dd]e[ \t]+heer)[ \t]+)?(?:(?:[Vv]an|[Dd]e|der|den|[Tt]er|[Tt]en)[ \t]+)*"
_ROUND = re.compile(rf"(?i:rondvraag)[^.\n]{{0,60}}[.:][ \t]+(?P<name>{_ADDRESS}[A-ZÀ-Þ][\w'’-]+"
                    rf"(?:[ \t]*,[ \t]*{_ADDRESS}[A-ZÀ-Þ][\w'’-]+){{2,20}})")

# minutes in reported speech: "-16- De heer Van der Bom vraagt of …" (a name right before a verb of speech; an
# apposition such as ", wonende te Usquert," or "namens …" breaks it)
REPORTED = re.compile(
    # (a name in capitals needs no full stop before it: "… zeer pijnlijk De heer CLEMENS wil …" in OCR)
    r"(?:^|(?<=[.!?]\s)|(?<=\d-\s)|(?<=\s)(?=(?:De heer|Mevrouw)[ \t]+(?:[A-Z]\.)*[ \t]*[A-Z][A-Z'’-]{2,}\b))"
    r"[ \t]*(?:De heer|Mevrouw)[ \t]+"
    r"(?P<name>(?:[A-Z]\.)*[ \t]*(?:(?:[Vv]an|VAN|[Dd]e|DE|der|DER|den|DEN|[Tt]er|TER|[Tt]en|TEN)[ \t]+)*"
    r"[A-ZÀ-Þ][\w'’-]+)[ \t]+"  # "De heer VAN IERSEL is ervan overtuigd" (old minutes print speakers in capitals)
    r"(?=(?:vraagt|merkt|zegt|deelt|stelt|wijst|antwoordt|verklaart|ontkent|erkent|betreurt|bestrijdt|"
    r"meent|vindt|acht|pleit|dankt|constateert|betoogt|informeert|verzoekt|memoreert|herinnert|verbaast|juicht|"
    r"rapporteert|veronderstelt|onderschrijft|"
    r"is van mening|is ervan|heeft|kan|wil|legt|licht|bepleit|stemt|dient|sluit zich|verlaat de vergadering|"
    # (a newspaper's report of the meeting, in the past tense: "De heer Hart toonde zich verheugd", "… zei")
    r"vroeg|merkte|zei|stelde|wees|antwoordde|meende|vond|pleitte|toonde zich|kon|wilde)\b)",
    re.MULTILINE,
)
# … also with the verb first, after a fronted phrase: "Met betrekking tot de ingekomen stukken dringt de heer van den
# Bosch er op aan …", "Op een vraag van X antwoordt de heer Y dat …"
_INVERTED = re.compile(
    r"(?<![\w])(?:dringt|vraagt|merkt|zegt|deelt|stelt|wijst|informeert|verzoekt|pleit|betoogt|antwoordt|bepleit|"
    r"constateert|memoreert|herinnert)[ \t]+(?:de heer|mevrouw)[ \t]+"
    r"(?P<name>(?:[A-Z]\.)*[ \t]*(?:(?:[Vv]an|[Dd]e|der|den|[Tt]er|[Tt]en)[ \t]+)*[A-ZÀ-Þ][\w'’-]+)[ \t]+"
    r"(?=(?:er|op|aan|mede|mee|dat|of|nog|ook|zich|namens|in|bij)\b)")
# the members who spoke on an item, a formula of minutes: "Hierover wordt het woord gevoerd door de heren A, B en
# wethouder C", Frisian "Hjiroer wurdt it wurd fierd troch de hearen A, B en wethâlder C"
_DEBATED = re.compile(r"(?i:wordt[ \t]+het[ \t]+woord[ \t]+gevoerd|het[ \t]+woord[ \t]+wordt[ \t]+gevoerd|"
                      r"wurdt[ \t]+it[ \t]+wurd[ \t]+fierd|it[ \t]+wurd[ \t]+wurdt[ \t]+fierd|it[ \t]+wurd[ \t]+fierd)"
                      r"[ \t]+(?i:door|troch)[ \t]+(?P<name>[^.;\n]{2,300})")
# the members the chair appoints to a committee of the house, a formula of the Kamer's proceedings: "De Voorzitter
# benoemt de heren Beaufort, Korthals en mejuffrouw Zeelenberg tot leden der commissie, die de Minister in- en
# uitgeleide zal doen"
# (also in the old spelling, past an interjection: "De Voorzitter, aan wien … het bestuur der vergadering is
# opgedragen, benoemt de heeren A, B … en C tot leden der Commissie, die ZIJNE MAJESTEIT … ontvangen … zal")
_CHAIR_APPOINTS = re.compile(r"(?<![\w])(?:De|de)[ \t]+(?:[Vv]oorzitter|VOORZITTER)(?:[ \t]*,[^;:\n]{1,200}?,)?"
                             r"[ \t]+benoemt[ \t]+"
                             r"(?P<name>(?:de[ \t]+he?eren|de[ \t]+heer|de[ \t]+dames|mevrouw|mejuffrouw)[ \t]"
                             r"[^.;:\n]{2,300}?)"
                             r"(?=[ \t]+tot[ \t]+(?:leden|lid)[ \t])")
# … or the members a committee of the house consists of: "… de commissie, belast geweest met het onderzoek van de
# geloofsbrief …, bestaande uit de heren Bos, Kamstra en Wiersma", "De commissie voor onderzoek van de geloofsbrieven
# bestaat uit de heren Celebi, Trines en Zwijnenberg."
_TO_STOP_JAC = up_to_full_stop(200, r"\s[A-Z][a-z]{2}")  # (and an abbreviated given name: "Jac. van de Klundert")
_COMMITTEE_OF = re.compile(r"(?i:commissie)(?:[^.;:\n]|(?<=[\s.][A-Z])\.){0,160}?[ \t]+(?:bestaande|bestaat)[ \t]+"
                           r"uit[ \t]+"
                           r"(?P<name>(?:de[ \t]+he?eren|de[ \t]+dames|de[ \t]+heer|mevrouw)[ \t]"
                           rf"{_TO_STOP_JAC})"
                           r"(?=[ \t]*,[ \t]*(?:dat|die)[ \t]|[.;:])")
_APPOINTED = (_CHAIR_APPOINTS, _COMMITTEE_OF)
# a wethouder or the burgemeester taking the floor, at the start of a line or a sentence ("Wethouder Keizer: Der
# wie …", Frisian "Wethâlder Bouma:", without its circumflex "Wethalder De Haan:"): only the record of a council's
# (or its committee's) meeting gives them the floor by a label
_COLLEGE_LABEL = re.compile(
    _AT_START + r"(?:Wethouder|Wethâlder|Wethalder|Burgemeester|Boargemaster)[ \t]+"
    r"[A-ZÀ-Þ][^\n:()]{1,40}?[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*:[ \t]", re.MULTILINE)
# in such a record, a member named by the surname alone before his words ("Janse: As it amendemint …", "Van der
# Meulen: Slút him …"), at the start of a line or a sentence
_BARE_LABEL = re.compile(
    _AT_START + r"(?P<name>(?:(?:[Vv]an|[Dd]e|der|den|[Tt]er|[Tt]en)[ \t]+){0,3}"
    r"[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?)[ \t]*:[ \t]+(?=[A-ZÀ-Þ])", re.MULTILINE)
# the citizens who speak at a council meeting: where the minutes name them, reported speech names no member
_CITIZENS = re.compile(r"(?i)inspre|spreekrecht|burgers?[ \t]+aan[ \t]+het[ \t]+woord")


def council_record(text: str) -> bool:
    """True for the record of a council's (or its committee's) meeting that gives the floor by speaker labels: two
    or more labels of a wethouder or the burgemeester ("Wethouder Keizer: …"), also a page without its heading."""
    return len(_COLLEGE_LABEL.findall(text[:30000])) >= 2


# a lower-case word of a label that is no particle of a name or a portfolio ("Minister van Justitie en Veiligheid:")
_CLAUSE_WORD = re.compile(r"(?<![\w'’-])(?!(?:van|de|der|den|ter|ten|te|het|in|en|voor|op|la|le|du|von|y)(?![\w'’-]))"
                          r"[a-zà-ÿ]{2,}(?![\w'’-])")


def is_clause(label: str) -> bool:
    """True when the words before a colon are a sentence, not a speaker's label: two or more lower-case words that
    no name or portfolio has ("De heer Zoeteweij brengt in zijn zienswijze het volgende naar voren:"); one is
    allowed ("De heer Jansen, wethouder:"). Such a line does not make a text the Kamer's proceedings (``genre``); in
    a body's minutes it still names a speaker ("De heer Hattem stelt vragen over ingekomen stuk 1215:")."""
    return len(_CLAUSE_WORD.findall(label)) >= 2


def speakers(text: str, floor: bool = True) -> list[Region]:
    """The names of the speakers ``text`` gives the floor to (public regions, ``publiek:spreker``; without ``floor``,
    a committee's meeting where others speak too, only the members appointed to a committee of the house)."""
    rxs: tuple[re.Pattern[str], ...] = (_SPEAKER, _FLOOR, _CAPS_LABEL, _TURN, _ROUND) if floor else ()
    if floor and len(_DOT_CHAIR.findall(text, 0, 30000)) >= 2:
        rxs += (_DOT_LABEL,)
    if floor and not _CITIZENS.search(text):
        rxs += (REPORTED, _INVERTED, _DEBATED) + ((_BARE_LABEL,) if council_record(text) else ())
    return [Region(m.start("name"), m.end("name"), "public", evidence)
            for evidence, group in (("publiek:spreker", rxs), ("publiek:benoemd:commissie", _APPOINTED))
            for rx in group for m in rx.finditer(text)]


def capitals_record(text: str) -> bool:
    """True for a verbatim record that prints its chair as "De VOORZITTER" (twice or more) and a speaker in capitals
    (``_CAPS_LABEL``, or reported, "De heer DE JONG veronderstelt, dat …"): a council's printed minutes or old
    Handelingen, also a page from their middle without the heading."""
    head = text[:30000]
    return head.count("De VOORZITTER") >= 2 and (_CAPS_LABEL.search(head) is not None or any(
        m.group("name").isupper() for m in REPORTED.finditer(head)))
