"""Ordinary words that are not names: what the recognizers propose on a label or an OCR guess alone.

``ordinary_word(f, gazetteer)`` is true for a NAAM finding of up to three words that only a label supports
("Behandeld door\\nDoorkiesnummer", "Behandeld door\\nVergunningen Gebruik") - no name list knows any of its
words and each is an ordinary Dutch word of the word list (``detect.wordlist``). The gazetteer recognizer
applies the same test to lone words in running text itself.

``ocr_noise(findings, page_of, ocr_pages, starts)`` drops the NAAM findings on OCR pages that are a guess:
a lone word only a name list supports read with low confidence, or any name only the lists support on a
page that is mostly graphics (a map: most of what OCR read there is no word at all).

``place_name(text, f, gazetteer)`` is true for a NAAM finding only the name lists support that is, or is part
of, a place name of two or more words (deduce's place list): "Hendrik-Ido Ambacht", "Langedijk" of "Broek op
Langedijk"; places shaped like a family name ("Ten Boer") are not used; or a single word that stands with a known
place after "in" ("wethouder in Langedijk en Heerhugowaard").

``firm_name(text, f)`` is true for a NAAM finding of initials and a family name, with no cue but its form, that
the text gives as a firm's name before its legal form ("W.P.K. Made B.V."), wherever it stands.

``party_abbreviations(text, lex)``: capital abbreviations the text lists among party labels; an INITIALEN
finding of one of them is a party ("LVR vraagt: …"), not a person's initials.

Guarantees: apart from those party abbreviations, only NAAM findings without any cue beyond the name lists
(or, for ``ordinary_word``, beyond a label; for ``firm_name``, beyond the initials' form) are ever dropped, and
outside map pages, labels and firms' names only one-word ones; without a word list nothing is dropped by
``ordinary_word``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache

from redact.detect.attendance import ASSOCIATION
from redact.detect.gazetteer import Gazetteer
from redact.detect.lexicon import TV_WORDS, VENUE_APPOSITIONS, VENUE_NOUNS, alternation
from redact.detect.roles import RoleLexicon
from redact.detect.wordlist import is_dutch_word, is_word_or_compound
from redact.models import Finding, PageText

__all__ = [
    "GRAPHICS_WORD_SHARE",
    "LOW_CONFIDENCE",
    "acronym_names",
    "code_readings",
    "defined_party",
    "firm_name",
    "graphics_page",
    "not_a_person",
    "ocr_noise",
    "ordinary_word",
    "party_abbreviations",
    "place_name",
    "short_unknown",
    "venue_name",
]

LOW_CONFIDENCE = 70.0  # OCR word confidence (0-100) below which a lone gazetteer name is a guess
GRAPHICS_WORD_SHARE = 0.5  # a page where fewer OCR tokens than this are real words is mostly graphics
_LABEL_ONLY = ("context:", "structure:next-line", "structure:list", "structure:column", "structure:greeting")
_WORD = re.compile(r"\S+")
_REAL = re.compile(r"[A-Za-zÀ-ÿ]{3,}[.,;:]?|\d+[.,:-]?\d*")


_NO_CUE = ("gazetteer:", "casing:", "grammar:", "propagated", "seed:")


def _cue_less(f: Finding) -> bool:
    """Only name lists and casing support it (no title, label, structure, e-mail …)."""
    return all(e.startswith(_NO_CUE) for e in f.evidence)


def ordinary_word(f: Finding, gazetteer: Gazetteer) -> bool:
    """True for a NAAM finding that a label alone supports and whose words are all ordinary Dutch words no
    name list knows ("Doorkiesnummer", "Vergunningen Gebruik" after "Behandeld door", "AanwezigNaam" glued)."""
    words = f.text.split()
    if f.entity != "NAAM" or not words or len(words) > 3 or any("-" in w or "." in w for w in words):
        return False
    if not all(e.startswith(_LABEL_ONLY) for e in f.evidence):
        return False
    if len(words) > 1 and any(not w[:1].isupper() or w.lower() in TV_WORDS for w in words):
        return False  # "mevrouw Van de Belt": the shape of a name
    # words an export glued together count by their parts ("AanwezigNaam": a table's heads); a compound counts
    # beside a plain word ("Projectleider Vitale Vakantieparken": a programme's name)
    parts = [p for w in words for p in _GLUED.split(w)]
    return all(not gazetteer.is_name(w) and is_word_or_compound(w.lower()) for w in parts) \
        and any(is_dutch_word(w) for w in parts)


_GLUED = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")


# a building or venue named "De Ster", "Het Anker": "café/zaal De Ster", "basisschool De Regenboog", "wijk De
# Laar", "weekblad De Schakel" (the nouns: ``venue_nouns`` of rules/vocabulary.yaml)
_VENUE = re.compile(
    rf"(?i:{alternation(VENUE_NOUNS)})"
    r"(?:/[a-zé]+)?[ \t]+(?:van[ \t]+)?\Z"  # "in de zaal van De Meester"
)
# an apposition that says what the named thing is: "De Schakel, een vrijetijdsvereniging voor …"
_VENUE_AFTER = re.compile(
    r",?[ \t]+(?:een|de|het)[ \t]+(?:[a-zà-ÿ]+[ \t]+)?[a-zà-ÿ]*"
    rf"(?:{alternation(VENUE_APPOSITIONS)})(?![\w])"
    # the noun right after the name, in lower case: "De Oranje vereniging van Zuiderwoude"
    rf"|[ \t]+(?:{alternation(VENUE_APPOSITIONS)})(?![\w])"
)
_ARTICLE_NAME = re.compile(r"(?:De|Het|'t|’t|Ten|Ter|Den)[ \t]+[A-ZÀ-Þ][\w'’-]+")  # "kinderboerderij Ten Woude"


# an enumeration of short capitalised labels: "LVR, GL, CDA, DS, VVD, D66, SPR, SP en DENK"
_LABEL_ITEM = r"[A-ZÀ-Þ][\w/&+-]{0,14}"
_ENUMERATION = re.compile(rf"(?<![\w.])({_LABEL_ITEM}(?:[ \t]*,[ \t]*{_LABEL_ITEM}){{2,}}"
                          rf"(?:[ \t]*,?[ \t]+en[ \t]+{_LABEL_ITEM})?)(?![\w.])")


def party_abbreviations(text: str, lex: RoleLexicon) -> frozenset[str]:
    """Abbreviations in capitals that the text lists among party labels ("LVR" in "LVR, GL, CDA, VVD en SP"):
    parties, not a person's initials. An enumeration counts when at least three of its items, and at least
    half, are known party labels (``parties`` in the rules)."""
    out: set[str] = set()
    for m in _ENUMERATION.finditer(text):
        items = [i.strip() for i in re.split(r"[ \t]*,[ \t]*|[ \t]+en[ \t]+", m.group(1)) if i.strip()]
        known = sum(1 for i in items if lex.party is not None and lex.party.fullmatch(i.lower()))
        if known >= 3 and 2 * known >= len(items):
            out.update(i for i in items if re.fullmatch(r"[A-ZÀ-Þ]{2,6}", i))
    return frozenset(out)


# the capitalised noun of a club or foundation, its name after it: "Atletiekvereniging Hera", "Stichting Anker"
_CLUB_NOUN = (r"(?<![\w-])(?:[A-ZÀ-Þ][a-zà-ÿ]*(?:vereniging|club|stichting|Stichting|Vereniging)|"
              r"(?<=de[ \t])(?:stichting|vereniging))")  # also "de stichting Aloysius Stichting Onderwijs Jeugdzorg"
# (the name may be quoted, with its article: "Bewonersvereniging “De Miranda-Buurt”")
_CLUB = re.compile(_CLUB_NOUN + r"[ \t]+(?:[‘'\"“](?:(?:De|Het)[ \t]+)?)?\Z")
_CLUB_NAME = re.compile(_CLUB_NOUN + r"[ \t]+(?:[‘'\"“](?:(?:De|Het)[ \t]+)?)?([A-ZÀ-Þ][\w'’-]+)")


@lru_cache(maxsize=4)
def _club_names(text: str) -> frozenset[str]:
    """The first words of the clubs' and foundations' names ``text`` gives after their noun ("Aloysius")."""
    return frozenset(m.group(1) for m in _CLUB_NAME.finditer(text))


# a firm's name of initials and a family name before its legal form: "W.P.K. Made B.V.", "WPK Made B.V."
_LEGAL_FORM = re.compile(r",?[ \t]+(?:B\.?V|N\.?V|V\.O\.F|Ltd|GmbH)(?![\w])")  # (also after a comma: "X Lines, Ltd.")
_FIRM_NAME = re.compile(r"(?<![\w.])((?:[A-Z]\.){1,4}[ \t]?(?:(?:van|de|der|den|ter|ten)[ \t]+){0,3}[A-ZÀ-Þ][\w'’-]+|"
                        r"[A-Z]{2,4}[ \t]+[A-ZÀ-Þ][\w'’-]+)\Z")  # (with a particle: "G.S.C. van Gils B.V.")
# a firm's name of initials and a family name before its partners ("J. VAN DE VELDE & Co's", "A. Bakker en Zonen")
_PARTNERS = re.compile(r"(?<![\w.])(?P<name>(?:[A-Z]\.[ \t]?){1,5}[ \t]?(?P<family>(?:(?:VAN|DE|DER|DEN|van|de|der|den)"
                       r"[ \t]+){0,3}[A-ZÀ-Þ][\w'’-]+))[ \t]*(?:&|en)[ \t]*(?:Co|Zn|Zonen)(?![\w])")
# the short name a text defines for a firm right after its legal form: "Hermes Openbaar Vervoer B.V. (hierna: Hermes)"
_DEFINED_SHORT = re.compile(r"\.?[ \t]*\((?i:hierna|verder)(?:[ \t]+(?i:te[ \t]+noemen))?[ \t]*:?[ \t]*"
                            r"(?P<short>[A-ZÀ-Þ][\w'’-]+)\)")


@lru_cache(maxsize=64)
def _firm_names(text: str) -> frozenset[str]:
    """The firms' names of initials and a family name ``text`` gives before their legal form (looked for back from
    each legal form, which are few), the short names it defines right after one ("(hierna: Hermes)"), and the names
    before "& Co", "& Zn." or "en Zonen", with their initials and without ("N. V. J. VAN DE VELDE & Co's
    Aannemers-Maatschappij")."""
    forms = list(_LEGAL_FORM.finditer(text))
    partners = [(" ".join(p["name"].split()), " ".join(p["family"].split())) for p in _PARTNERS.finditer(text)]
    return frozenset([" ".join(n.group(1).split()) for m in forms
                      if (n := _FIRM_NAME.search(text, max(0, m.start() - 40), m.start()))]
                     + [d["short"] for m in forms if (d := _DEFINED_SHORT.match(text, m.end()))]
                     + [n for pair in partners for n in pair])


# a short name a text defines with its article, for a party that is no person: "verzoeksters tot cassatie - verder te
# noemen: de Funds -", "(hierna: de Stichting)"
_DEFINED_ARTICLE = re.compile(r"(?i:hierna|verder)(?:[ \t]+(?i:te[ \t]+noemen))?[ \t]*:[ \t]*(?i:de|het)[ \t]+"
                              r"(?P<short>[A-ZÀ-Þ][\w'’-]+)(?![\w'’-])")


def defined_party(text: str, f: Finding) -> bool:
    """True for a NAAM finding with no cue but the name lists (or one that opens with "van de"/"van het") whose last
    word is a short name the text defines with an article ("verder te noemen: de Funds"; then "het verzoek van de
    Funds" and "De advocaat van de Funds" name that party, not a person)."""
    # (after a role the preposition and the article too: "De advocaat van de Funds" is the party's lawyer)
    return f.entity == "NAAM" and ":" in text and (all(e.startswith(_NO_CUE) for e in f.evidence)
                                                   or f.text.startswith(("van de ", "van het "))) \
        and f.text.split()[-1] in _defined_parties(text)


@lru_cache(maxsize=64)
def _defined_parties(text: str) -> frozenset[str]:
    """The short names ``text`` defines with an article (looked up once per text, like ``_firm_names``)."""
    return frozenset(m["short"] for m in _DEFINED_ARTICLE.finditer(text))


def firm_name(text: str, f: Finding) -> bool:
    """True for a NAAM finding of initials and a family name, with no cue but its form, that the text gives as a firm's
    name before its legal form ("W.P.K. Made B.V."), there and wherever it stands again ("verricht W.P.K. Made
    onderzoek"), or the short name it defines for a firm ("Hermes Openbaar Vervoer B.V. (hierna: Hermes)", also
    before a verb, "Hermes heeft …"); never a titled one ("de heer W.P.K. Made")."""
    return f.entity == "NAAM" and all(e in ("structure:initials", "context:verb") or e.startswith(_NO_CUE)
                                      for e in f.evidence) and " ".join(f.text.split()) in _firm_names(text)


def venue_name(text: str, f: Finding) -> bool:
    """True for a NAAM finding only the name lists support that is the name of a venue, a neighbourhood or a
    paper after its noun ("in café/zaal De Ster", "basisschool De Regenboog", "de wijk De Laar", "weekblad De
    Schakel", also "kinderboerderij Ten Woude"): an article and one word, the noun in lower case (or capitalised
    where a sentence or a quoted title starts); or any name after the noun of a club or foundation
    ("Atletiekvereniging Hera", "Stichting Anker", "de stichting Aloysius"), and that name wherever it stands; or
    any name glued to a lower-case noun by a hyphen ("Paul Rüpp-zaal"); or a partner's name in a firm's name before
    its noun in lower case ("Smithuijsen, Winters en De Vries advocaten") or its legal form ("Lau van Haren BV", "Van
    Vliet Beheer B.V.", "Datema-Delfzijl B.V."); or an article's name before a house number and "te" with the place
    or a postcode, a street ("De Mossel 2 te Nrd Scharwoude", "De Brink 106, 3703 AT Zeist"); or any name right
    after the noun of a programme, a project or a region ("het programma Hart van de Heuvelrug", "de regio Hart van
    Brabant")."""
    if f.entity != "NAAM" or not _cue_less(f):
        return False
    before = text[max(0, f.start - 40):f.start]
    if _CLUB.search(before) or f.text in _club_names(text):  # "Atletiekvereniging Hera te Heerhugowaard"
        return True  # (and that club's name wherever it stands again: "het onverschuldigd betaalde van Aloysius")
    if _GLUED_NOUN.match(text, f.end) and len(f.text.split()) <= 2:  # (not "X van de Tegenlicht-groep": X is one)
        return True  # a room or a prize named after someone: "Raadzaal (Paul Rüpp-zaal)"
    if _FIRM.match(text, f.end) or _LEGAL_AFTER.match(text, f.end) or _TRADE_TAIL.search(f.text):
        return True  # a firm named after its partners: "Smithuijsen, Winters en De Vries advocaten", "Lau van Haren BV"
    if _PROGRAMME.search(before):
        return True  # "het programma Hart van de Heuvelrug", "de regio Hart van Brabant": a programme's or a region's
    if not _ARTICLE_NAME.fullmatch(f.text):  # (but one word right after the noun in lower case: "sportpark Haasbroek")
        return " " not in f.text and (m := _VENUE.search(before)) is not None and m.group()[:1].islower() \
            and not m.group().rstrip().endswith(" van")
    if _VENUE_AFTER.match(text, f.end) or _HOUSE_AFTER.match(text, f.end):
        return True  # (a street with its house number and place: "Jos Veldboer BV, De Mossel 2 te Nrd Scharwoude")
    m = _VENUE.search(before)
    # the noun in lower case, or capitalised at the start of a sentence ("Cultuurhuis De Klinker in …") or after a
    # preposition, as part of the venue's name ("Gehouden … in Dorpshuis Den Brink")
    if m is None:
        return False
    at = f.start - len(before) + m.start()
    return (m.group()[:1].islower() or _SENTENCE_START.search(text, max(0, at - 3), at) is not None or at == 0
            or _TITLE_START.search(text, max(0, at - 3), at) is not None
            or _PREPOSITION_BEFORE.search(text, max(0, at - 8), at) is not None)


# the noun of a programme, a project or a region right before its name, in lower case: "het programma Hart van de
# Heuvelrug", "de regio Hart van Brabant" (never "projectleider Jan Smit": the noun stands alone)
_PROGRAMME = re.compile(r"(?<![\w-])(?:programma|deelprogramma|project|regio)[ \t]+[‘'\"“]?\Z")
# firms' trades in the plural, the noun of a firm named after its partners or its owner
_TRADES = ("advocaten", "notarissen", "accountants", "architecten", "makelaars")
# the partners' names after the name and the firm's noun in lower case: "Van Koppen en Jager advocaten"
_FIRM = re.compile(r"(?:[ \t]*(?:,|&|(?<![\w])en(?![\w]))[ \t]*(?:(?:[A-ZÀ-Þ][\w'’-]*|van|de|der|den)[ \t]+){0,2}"
                   rf"[A-ZÀ-Þ][\w'’-]*){{0,4}}[ \t]+(?:{'|'.join(_TRADES)}|"
                   r"advocatenkantoor|notariskantoor|accountantskantoor)(?![\w])")
# a firm's trade in the plural that the name grammar took as the last part of a name: "Paul Casteleijn Hoveniers"
_TRADE_TAIL = re.compile(rf"[ \t](?:{'|'.join(w.capitalize() for w in _TRADES)}|Hoveniers|Installateurs|"
                         r"Loodgieters|Aannemers)\Z")
# the rest of a firm's name and its legal form after the name: "Lau van Haren BV", "Van Vliet Beheer B.V.", "Aarts en
# De Jong B.V.", "Datema-Delfzijl B.V." (a holding's "Beheer" alone too: "namens Van Vliet Beheer")
_LEGAL_AFTER = re.compile(r"(?:[ \t]*(?:-|&|(?<![\w])en(?![\w]))?[ \t]*"
                          r"(?:(?:[A-ZÀ-Þ][\w'’-]*|van|de|der|den)[ \t]+){0,2}[A-ZÀ-Þ][\w'’-]*){0,3}"
                          r",?[ \t]+(?:B\.[ \t]?V|BV|N\.[ \t]?V|NV|V\.O\.F|VOF|Holding)(?![\w])"
                          # (a department's "Directeur Beheer en Uitvoering" after a name is its function)
                          r"|[ \t]+Beheer(?![\w])(?![ \t]+(?:en|van)(?![\w]))")
# a house number and "te" with the place, or a postcode, after an article's name: a street ("De Mossel 2 te Nrd
# Scharwoude", "De Brink 106, 3703 AT Zeist")
_HOUSE_AFTER = re.compile(r"[ \t]+\d{1,4}(?:[ \t]?[a-z](?![\w]))?(?:[ \t]*[-–][ \t]*\d{1,4})?,?[ \t]+"
                          r"(?:te[ \t]+[A-ZÀ-Þ]|[1-9]\d{3}[ \t]?[A-Z]{2}(?![\w]))")
# a lower-case noun glued to the name by a hyphen, not the particle of a double family name ("Jansen-de Vries")
_GLUED_NOUN = re.compile(rf"-(?!(?:{alternation(sorted(TV_WORDS, key=len, reverse=True))})\b)[a-zà-ÿ]{{3,}}\b")
# a title's start: after an opening quote or a hyphenated first part ("‘Zorg- Kinderboerderij Ten Woude’")
_TITLE_START = re.compile(r"(?:[‘'\"“(]|\w-[ \t])\Z")


# a name of three to six capitalised words with its abbreviation in brackets: "Kick Out Zwarte Piet (KOZP)"
_ACRONYM = re.compile(r"(?P<name>[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*){2,5})[ \t]*\((?P<abbr>[A-Z]{3,6})\)")


# … or the abbreviation first and the name in brackets: "BBB-NDB (Burger Belangen Beek Nieuw Democraten Beek)"
_ACRONYM_FIRST = re.compile(r"(?<![\w-])(?P<abbr>[A-Z][A-Z/-]{2,11})[ \t]*\((?P<name>[A-ZÀ-Þ][\w'’-]*"
                            r"(?:[ \t]+[A-ZÀ-Þ][\w'’-]*){2,7})\)")


def _spelled(words: list[str], letters: str, gazetteer: Gazetteer) -> bool:
    """True when ``letters`` are the initials of ``words`` and a word of them is no name the lists know."""
    return "".join(w[0] for w in words).upper() == letters and not all(gazetteer.is_name(w) for w in words)


def acronym_names(text: str, gazetteer: Gazetteer) -> frozenset[str]:
    """Names the text gives an abbreviation of their words' initials, with a word no name list knows
    ("Kick Out Zwarte Piet (KOZP)", "BBB-NDB (Burger Belangen Beek Nieuw Democraten Beek)"): an organisation or a
    movement, no person, wherever it recurs. A person's initials in brackets ("Rik Oosterhout (RO)", "Anna Maria
    Jansen (AMJ)") are names only."""
    out: set[str] = {m.group("name") for m in _ACRONYM_FIRST.finditer(text)
                     if _spelled(m.group("name").split(), re.sub(r"[^A-Z]", "", m.group("abbr")), gazetteer)}
    for m in _ACRONYM.finditer(text):
        words = m.group("name").split()
        for k in range(len(words) - 2):  # the abbreviation may cover the last words only
            if _spelled(words[k:], m.group("abbr"), gazetteer):
                out.add(" ".join(words[k:]))
                break
    return frozenset(out)


_SENTENCE_START = re.compile(r"(?:[.!?:][ \t]+|\n[ \t]*)\Z")
_PREPOSITION_BEFORE = re.compile(r"(?<![\w])(?:in|bij|naar|vanuit|uit)[ \t]+\Z")


def short_unknown(f: Finding, gazetteer: Gazetteer) -> bool:
    """True for a one-word NAAM finding of at most two letters that no name list knows ("Nn", OCR noise):
    "Li", "Ng" and "Bo" are in the lists and stay."""
    return f.entity == "NAAM" and len(f.text) <= 2 and f.text.isalpha() and not gazetteer.is_name(f.text)


# OCR's readings of the ground code "5.1.2e" printed in the boxes of a document released before: with a digit
# ("S12e", "Si2e", "&12e", "s1ze") or in letters only ("Size", "Slee")
_CODE_READING = re.compile(r"(?<![\w@.])[5Ss$#&*][1Iil!t][2Zze][eE](?![\w@])")


def code_readings(text: str) -> bool:
    """True when OCR read a released document's ground codes: three or more readings of "5.1.2e" with a digit."""
    return sum(1 for m in _CODE_READING.finditer(text) if any(c.isdigit() for c in m.group())) >= 3


def not_a_person(text: str, f: Finding, codes: bool) -> bool:
    """True for a NAAM finding that is part of something else, whatever its cues: a reading of the ground code
    "5.1.2e" where the text has such readings (``codes``: "Van: Size <…>", "Groeten, Slee"; also a display name
    before a mailbox whose local part is such a reading or a short one with a digit, "Efze <s12e @…>"), an e-mail
    address's domain ("@Oamsterdam.nl"; a chat's "@Kayleigh" is a person), a title of names glued by an ampersand ("het
    tv-programma Khalid&Sofie"), or a place of birth or residence ("geboren te Torre Bormida (Italië)", "…, te
    Oldenburg")."""
    if f.entity != "NAAM":
        return False
    if (codes and _CODE_READING.fullmatch(f.text)) or _RESIDENCE.search(text, max(0, f.start - 40), f.start):
        return True
    if codes and (box := _CODED_MAILBOX.match(text, f.end)) and (
            _CODE_READING.fullmatch(box.group(1)) or any(c.isdigit() for c in box.group(1))):
        return True  # "Efze <s12e @amsterdam.nl>", "Bies <82 @…>": the mailbox was blacked out, so was its name
    before, after = text[max(0, f.start - 2):f.start], text[f.end:f.end + 2]
    return (before[-1:] == "@" and _DOMAIN_END.match(text, f.end) is not None) \
        or (before[-1:] == "&" and before[:1].isalpha()) or (after[:1] == "&" and after[1:].isupper())


# an e-mail header's mailbox after its display name, its local part short: "Efze <s12e @amsterdam.nl>"
_CODED_MAILBOX = re.compile(r"\s{0,4}<[ \t]*([^\s<>@]{1,6})[ \t]*@")
# the place after a register's "geboren te", "wonende te": "geboren te Torre Bormida (Italië)", "wonende te Hoensbroek";
# also after a comma in a decree's list of members ("de heer prof. dr. M. Kühn, te Oldenburg, Duitsland")
_RESIDENCE = re.compile(r"(?:(?<![\w])(?:geboren|geb\.|wonende|woonachtig|gevestigd|overleden)[ \t]+|,[ \t]*)"
                        r"te[ \t]+\Z")
_DOMAIN_END = re.compile(r"(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?![\w.])")  # "@Oamsterdam.nl", never a chat's "@Kayleigh"


_SPACED = re.compile(r"[\s-]+")
_PLACE_WORD = re.compile(r"[\w'’]+")
_MULTI_PLACES: dict[int, frozenset[str]] = {}


def _multi_places(gazetteer: Gazetteer) -> frozenset[str]:
    """The place names of two or more words, hyphens as spaces ("hendrik ido ambacht", "broek op langedijk"),
    without those shaped like a family name ("ten boer", "ter heijde")."""
    key = id(gazetteer.places)
    if key not in _MULTI_PLACES:
        _MULTI_PLACES[key] = frozenset(
            q for q in (_SPACED.sub(" ", p) for p in gazetteer.places)
            if " " in q and q.split()[0] not in TV_WORDS)
    return _MULTI_PLACES[key]


# "in A en B": two places after "in", one of them a known place ("wethouder in Langedijk en Heerhugowaard",
# "raadslid in Overbetuwe en Langedijk")
_IN_BEFORE = re.compile(r"(?<![\w])in[ \t]+\Z")
_IN_AND_BEFORE = re.compile(r"(?<![\w])in[ \t]+(?P<place>[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[\w'’-]+){0,2}?)[ \t]+en[ \t]+\Z")
_AND_AFTER = re.compile(r"[ \t]+en[ \t]+(?P<place>[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[\w'’-]+){0,2})")


def _in_places(text: str, f: Finding, gazetteer: Gazetteer) -> bool:
    """"in A en B" where the finding is one of the two and the other a known place."""
    window = text[max(0, f.start - 60):f.start]
    if (m := _IN_AND_BEFORE.search(window)) and gazetteer.is_place(m.group("place")):
        return True
    if not _IN_BEFORE.search(window):
        return False
    after = _AND_AFTER.match(text, f.end)
    if not after:
        return False
    words = after.group("place").split()  # "Den Haag", "Heerhugowaard. Hij": each reading from the first word
    return any(gazetteer.is_place(" ".join(words[:n])) for n in range(1, len(words) + 1))


def place_name(text: str, f: Finding, gazetteer: Gazetteer) -> bool:
    """True for a NAAM finding only the name lists support that is (part of) a place name of two or more
    words on its line ("Hendrik-Ido Ambacht", "Langedijk" of "uit Broek op Langedijk"), or that stands with a known
    place after "in" ("wethouder in Langedijk en Heerhugowaard")."""
    if f.entity != "NAAM" or not _cue_less(f):
        return False
    if " " not in f.text.strip() and _in_places(text, f, gazetteer):
        return True
    places = _multi_places(gazetteer)
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    line_end = len(text) if line_end < 0 else line_end
    before = [m.start() for m in _PLACE_WORD.finditer(text, max(line_start, f.start - 40), f.start)][-3:]
    after = [m.end() for m in _PLACE_WORD.finditer(text, f.end, min(line_end, f.end + 40))][:3]
    for s in [f.start, *before]:
        for e in [f.end, *after]:
            if _SPACED.sub(" ", text[s:e].lower()).strip() in places:
                return True
    return False


def association_name(f: Finding, gazetteer: Gazetteer) -> bool:
    """True for a NAAM finding that is a residents', village or advisory council followed by the place it serves
    ("Dorpsbelangen Wijster", "Wijkraad Hoogeveen"): a body, whatever the cue ("Notulen Dorpsbelangen Wijster")."""
    if f.entity != "NAAM":
        return False
    head, _, rest = f.text.partition(" ")
    return bool(rest) and ASSOCIATION.fullmatch(head) is not None and gazetteer.is_place(" ".join(rest.split()))


def graphics_page(page: PageText) -> bool:
    """An OCR page that is mostly graphics: fewer than half of its tokens are words or numbers."""
    if not page.ocr:
        return False
    tokens = _WORD.findall(page.text)
    if len(tokens) < 20:
        return False
    real = sum(1 for t in tokens if _REAL.fullmatch(t))
    return real < GRAPHICS_WORD_SHARE * len(tokens)


def ocr_noise(findings: Sequence[Finding], page_of: Callable[[int], PageText], ocr_pages: Collection[int],
              starts: Sequence[int]) -> list[Finding]:
    """``findings`` (offsets into the pages joined at ``starts``) without the OCR guesses (see module)."""
    out: list[Finding] = []
    graphics: dict[int, bool] = {}
    for f in findings:
        pno = bisect_right(starts, f.start) - 1
        if f.entity == "NAAM" and pno in ocr_pages and _cue_less(f):
            page = page_of(pno)
            if pno not in graphics:
                graphics[pno] = graphics_page(page)
            if graphics[pno]:
                continue  # a map: whatever looks like a name there is a place or a fragment
            if " " in f.text.strip():
                out.append(f)
                continue
            conf = [c for c in page.word_conf[max(0, f.start - starts[pno]):max(0, f.end - starts[pno])] if c >= 0]
            if conf and min(conf) < LOW_CONFIDENCE:
                continue
        out.append(f)
    return out
