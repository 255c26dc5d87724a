"""The grammar of Dutch personal names: regex building blocks, parsing and plausibility checks.

A name is one of these forms (titles such as "mr." or "mevrouw" are never part of it):

* initials + surname:   ``P.J. de Vries``, ``P. Jansen``, ``Th. van 't Hek``
* given names + surname: ``Pieter Jansen``, ``Anne-Marie van den Berg``, ``Jan P. Jansen``
* inverted (Outlook):   ``Jansen, P.``, ``Vries, P.J. de``, ``Vries de, P.J.``, ``Van Dam, J.``,
                        ``Ait Hammou, H.``, ``Jansen, Piet``
* tussenvoegsel + surname: ``De Vries``, ``Van der Berg`` (and ``de Vries`` after a title)
* one word:             ``Piet``, ``Jansen``, ``Bakker-Smit`` (only where the context says "a name")

Guarantees: every pattern stays on one line (spaces and tabs only, never a newline) and never
matches inside a longer word. A surname may be hyphenated (``Jansen-de Vries``, also with a spaced hyphen:
``Jansen - de Vries``, the same person). Limits: names
written in all capitals (``JANSEN``) and names without any capital letter are not recognised.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from redact.detect.lexicon import (
    FORM_FIELDS,
    MONTHS,
    NOT_NAME,
    PARTICLE_SURNAMES,
    PLACES,
    SCHOOL_TITLES,
    STOP_WORDS,
    STREET_STEMS,
    STREET_SUFFIXES,
    STREET_SURNAMES,
    TITLES,
    TUSSENVOEGSELS,
    TV_WORDS,
    has_noun_suffix,
    has_street_suffix,
    is_not_call_name,
    is_not_name,
)
from redact.detect.wordlist import is_dutch_word


def _char_class(pred: Callable[[str], bool]) -> str:
    """The Latin letters (U+0041..U+024F, U+1E00..U+1EFF) for which ``pred`` holds, regex-escaped."""
    chars = [
        chr(c)
        for rng in (range(0x41, 0x250), range(0x1E00, 0x1F00))
        for c in rng
        if chr(c).isalpha() and pred(chr(c))
    ]
    return "".join(re.escape(c) for c in chars)


_UP_CHARS = _char_class(str.isupper)
_LO_CHARS = _char_class(str.islower)
UP = rf"(?:IJ|[{_UP_CHARS}])"
LO = rf"[{_LO_CHARS}]"
APOS = "['’]"

# The tussenvoegsel alternatives in lower case and with a capital first letter ("De", "Van der").
_TVS_LOWER = frozenset(t.lower() for t in TUSSENVOEGSELS)
SURNAME_SPLIT = re.compile(r"[-– \t]+")  # the words of a (double) surname
_TV_LOWER = "|".join(re.escape(t).replace(r"\ ", "[ \t]+") for t in TUSSENVOEGSELS)
# (not "v."/"v" capitalised: "V." is an initial, "A.P.V. Soest" a by-law)
_TV_CAP = "|".join(re.escape(t[0].upper() + t[1:]).replace(r"\ ", "[ \t]+") for t in TUSSENVOEGSELS
                   if t not in ("v.", "v"))
TV_LOWER = rf"(?:{_TV_LOWER})"
TV_CAP = rf"(?:{_TV_CAP})"
TV_ANY = rf"(?:{_TV_LOWER}|{_TV_CAP})"
_END = r"(?![\w'’])"  # not followed by more of a word
# a genitive article before a capitalised word: the noun it governs ("der Marine van Oordt": the navy's, "des Rijks"),
# no given name ("van der" is a particle)
GENITIVE_BEFORE = re.compile(r"(?<![\w])(?<![Vv]an )(?:der|des)[ \t]+\Z")
_TV_WORD_AHEAD = rf"(?:{TV_CAP}|{TV_LOWER})[ \t]"

def up_to_full_stop(limit: int, *abbreviations: str) -> str:
    """A pattern for a run of 2 to ``limit`` characters of names on one line, lazily, in which a full stop stands only
    after an initial ("A.", "C. TH.": a capital after a space or a dot) or after one of ``abbreviations`` (lookbehind
    bodies: ``r"\\smevr"``, ``r"\\s[A-Z][a-z]{2}"`` for "Jac."), and that never ends right after one: the names of a
    sentence up to its full stop ("Tegen stemden de heeren A, B en C. Vóór …")."""
    stops = (r"[\s.][A-Z]", *abbreviations)
    dots = "".join(r"|(?<=" + a + r")\." for a in stops)
    return r"(?:[^.;:\n]" + dots + r"){2," + str(limit) + r"}?" + "".join("(?<!" + a + ")" for a in stops)


# a meeting page's label glued to the value before it when the page was flattened: "Voorzitter: J.W. ReterinkGriffier:
# H.A.J. van de VliertNotulist:" (the name word ends before the label)
_GLUED_LABEL = r"(?:Griffier|Notulist|Voorzitter|Secretaris|Tijd|Zaal|Locatie|Datum|Aanwezig|Afwezig)[ \t]*:"
# A capitalised name word: Jansen, D'Hondt, d'Ancona, O'Brien, McDonald, Yeşilgöz, IJzerman; a footnote's number may
# follow it ("de heer Ahmed Baba Koné1 ondanks …").
NAME_WORD = (
    # "De Vries": "De" is a tussenvoegsel here, not a name word; "Ben" before a name is its given name ("Ben Bot")
    rf"(?!(?!Ben[ \t]){TV_CAP}[ \t]+{UP})"
    rf"(?:[dDlLO]{APOS})?{UP}{LO}+(?:{APOS}{LO}+)?(?:(?!{_GLUED_LABEL}){UP}{LO}+)?"
    rf"(?:(?![\w])|(?={_GLUED_LABEL}|\d{{1,2}}(?![\w:])))"  # not a time glued to it ("Rian Hunze00:06:28")
)
# a double surname, also written with a spaced hyphen ("Donders - de Leest", "Heijstee - Bolt", "Waterman- van
# Leerzem"), an en dash, or a hyphen that a Markdown conversion escaped ("Nieuwstad\\-van Zundert")
SURNAME_CORE = rf"{NAME_WORD}(?:(?:[ \t]?\\?-[ \t]?|[ \t]–[ \t])(?:{TV_ANY}[ \t])?{NAME_WORD})*"
GIVEN_WORD = rf"{NAME_WORD}(?:-{NAME_WORD})?"
GIVEN = rf"{GIVEN_WORD}(?:[ \t]+{GIVEN_WORD}){{0,2}}"
# (a hyphenated given name's pair: "drs. H-M. Don", "J.-P. Balkenende")
# initials of more than one letter ("Th.", "Chr."), in the order of an alternation that tries "Chr" before "Ch"
LONG_INITIALS = ("Th", "Tj", "Chr", "Ph", "Ch", "Sj")
# (also in capitals, as a heading or an old record prints them: "PH. H. TADDEL", "TH. WIELEMAN")
_LONG = "|".join((*LONG_INITIALS, *(i.upper() for i in LONG_INITIALS)))
INITIAL = rf"(?:{_LONG}|IJ|[{_UP_CHARS}](?:\.?-[{_UP_CHARS}])?)\."
# the last of several initials may miss its dot before the surname or a call name ("B.S.M Sepers", "P.J Jansen",
# "G.J (Gert Jan) Willighagen", "R.P.M van Slobbe")
INITIALS = (rf"{INITIAL}(?:[ \t]?{INITIAL}){{0,5}}(?:(?<=\.)[{_UP_CHARS}]"
            rf"(?=[ \t]+(?:\(?{UP}{LO}|(?:van|de|der|den|ter|ten|te|in|het|{APOS}t)[ \t]+{UP})))?")


def _titles(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(t[0].upper() + t[1:]).replace(r"\ ", "[ \t]+") + "|"
                    + re.escape(t).replace(r"\ ", "[ \t]+") for t in words)


# a title written out in full is never followed by a full stop ("… Stadsbe heer. Voorgesteld wordt": the sentence
# ends), but may end its line before the name ("medewerkers mevrouw\nd'Fonseca"); an abbreviated one may be
# followed by a full stop ("dhr.", "mr.")
_FULL_TITLES = tuple(t for t in TITLES if t.split()[-1] in ("heer", "mevrouw", "meneer", "mejuffrouw", "hear", "mefrou",
                                                             "familie"))
# abbreviated titles as a heading in capitals writes them ("MR. R.J. X")
CAPS_TITLES = ("MR", "DR", "DRS", "IR", "PROF", "ING")
TITLE = (
    # not after a hyphen: "’s-Heer Arendskerke" (a village); after a full stop only another title's: "Mr.dr. J.P. X"
    r"(?:(?<![\w-])(?:(?<!\.)|(?<=[MmDdIi]r\.)|(?<=[Dd]rs\.)|(?<=[Ii]ng\.)|(?<=[Pp]rof\.))(?:"
    + rf"(?:{_titles(_FULL_TITLES)}|{'|'.join(SCHOOL_TITLES)})(?=[ \t\n])"
    + rf"|(?:{_titles(tuple(t for t in TITLES if t not in _FULL_TITLES))})"
    + rf"(?:\.|(?=[ \t]))|(?:{'|'.join(CAPS_TITLES)})\.))"  # in capitals with their full stop: "MR. R.J. X"
)
TITLES_RE = rf"(?:{TITLE}[ \t]*)+"

# Forms, each with named groups: ini (initials), given, tv, sur (surname core).
# the comma may be OCR's low quotation mark ("Camps‚ Maarten" in a scanned e-mail's header)
F_INVERTED = (
    rf"(?:(?P<tv0>{TV_CAP})[ \t]+)?(?P<sur>{SURNAME_CORE})(?:[ \t]+(?P<tv2>{TV_LOWER}))?[,‚][ \t]*"
    rf"(?:(?P<ini>{INITIALS})|(?P<given>{GIVEN}))(?:[ \t]+(?P<tv>{TV_ANY})(?![\w.]))?"
)
# after initials, "Oude" is the capitalised particle of (Twente) surnames: "J.A.M. Oude Rengerink"; a predicate of
# nobility may stand between the initials and the surname: "Mr. A. G. A. ridder van Rappard", "jhr. J. baron van X",
# "S.P. Baron Bentinck", "R.J. GRAAF X"
NOBILITY = ("ridder", "baron", "baronesse", "graaf", "gravin", "jonkheer", "jonkvrouw")
_PREDICATE = rf"(?:(?i:{'|'.join(NOBILITY)})[ \t]+)"
F_INITIALS = rf"(?P<ini>{INITIALS})[ \t]?{_PREDICATE}?(?:(?P<tv>{TV_ANY}|Oude)[ \t]+)?(?P<sur>{SURNAME_CORE})"
F_FULL = (
    rf"(?P<given>{GIVEN})[ \t]+(?:(?P<ini>{INITIALS})[ \t]+)?(?:(?P<tv>{TV_ANY})[ \t]+)?"
    rf"(?P<sur>{SURNAME_CORE})"
)
F_TV = rf"(?P<tv>{TV_CAP})[ \t]+(?P<sur>{SURNAME_CORE})"
F_TV_ANY = rf"(?P<tv>{TV_ANY})[ \t]+(?P<sur>{SURNAME_CORE})"
F_SINGLE = rf"(?P<sur>{SURNAME_CORE})"

FORMS: dict[str, re.Pattern[str]] = {
    name: re.compile(rx)
    for name, rx in (
        ("inverted", F_INVERTED),
        ("initials", F_INITIALS),
        ("full", F_FULL),
        ("tv", F_TV),
        ("tv_any", F_TV_ANY),
        ("single", F_SINGLE),
    )
}
TITLES_PREFIX = re.compile(TITLES_RE)
# A street named after a person, from its first word: "Johan de Wittlaan", "Dr. Jan van Breemenstraat",
# "Prins Hendrikkade" (but "Verkade", "Verkade-Post", "Verlaan", "Verwei" and "Versteeg" are surnames: "-kade" after a
# stem of five letters or more, "-laan", "-wei" and "-steeg" after ``lexicon.STREET_STEMS``); its last word opens with
# a capital or an apostrophe ("'s-Gravendijkwal") or follows a broken compound's hyphen ("Dr. Botke- weg"), so "Remco
# Kock onderweg" is a name and a word.
_STREET_TV = r"(?:[Vv]an(?:[ \t]+(?:de|der|den|'t|’t))?|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|'t|’t)"
# (never a family name with a street's ending, "Christian Groeneweg": ``lexicon.STREET_SURNAMES``)
STREET_AHEAD = re.compile(
    rf"(?:(?:{INITIALS}|{_STREET_TV}|{UP}[\w'’.-]*)[ \t]+){{0,4}}"
    rf"(?!(?i:{'|'.join(sorted(STREET_SURNAMES))})(?![\w-]))(?:{UP}|['’]|(?<=-[ \t]))[\w'’-]*"
    rf"(?:{'|'.join(x for x in STREET_SUFFIXES if x != 'kade' and x not in STREET_STEMS)}|(?<=\w{{5}})kade"
    + "".join(rf"|(?<=\w{{{n}}}){x}" for x, n in STREET_STEMS.items()) + r")(?![\w-])"
    # OCR's split compound, its ending a word of its own: "Simon De Vlieger laan", "Willem van de Velde- laan"
    # (the words taken possessively: one pass, no backtracking; the ending never right after a particle, "De laan")
    + rf"|(?:(?:{INITIALS}|{_STREET_TV}|{UP}[\w'’.-]*)[ \t]+){{1,4}}+(?<![ \t]de[ \t])(?<![ \t]der[ \t])"
    r"(?<![ \t]den[ \t])(?<![ \t]van[ \t])(?<!^de[ \t])(?<!^De[ \t])(?<![ \t]De[ \t])"
    r"(?:laan|straat|plein|singel|gracht|dreef|steeg|kade)(?![\w-])"
)
_STREET_WORDS = re.compile(r"[ \t]*([\w'’.]+)")
_STREET_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "het", "'t", "’t", "'s", "’s", "op", "aan",
                               "in"})


def street_follows(text: str, start: int) -> bool:
    """True when one of the next few words on the line is a street name ("Johan de Wittlaan-locatie"); the words up
    to it are a name's (capitalised, or particles): "Remco Kock onderweg" is a name and an ordinary word."""
    pos = start
    for _ in range(5):
        m = _STREET_WORDS.match(text, pos)
        if not m:
            return False
        if m.group(1)[:1].islower() and m.group(1) not in _STREET_PARTICLES and not text.endswith("-", 0, pos):
            return False  # (but "Dr. Botke- weg": a compound broken after its hyphen)
        if has_street_suffix(m.group(1).split("-")[0]) and m.group(1).lower() not in STREET_SURNAMES:
            return True
        pos = m.end()
        if pos < len(text) and text[pos] == "-":
            pos += 1
    return False


# A paraph: "PJ", "PJV", "P.J.", "P.J.M.", "KdV", "PvdB", "RvdVK", "BitV" (Bas in 't Veld)
PARAPH = (
    rf"(?:[{_UP_CHARS}]{{2,4}}|(?:[{_UP_CHARS}]\.){{1,4}}|[{_UP_CHARS}](?:[a-z]{{0,3}}[{_UP_CHARS}]){{1,3}})"
    r"(?![\w])"
)


@dataclass(frozen=True, slots=True)
class NameParts:
    """A parsed name. ``tv`` is lower case with single spaces; ``surname`` is the core ("Vries")."""

    given: tuple[str, ...]
    initials: str  # letters only, e.g. "PJ"
    tv: str
    surname: str
    form: str

    @property
    def key(self) -> tuple[str, str]:
        """Identity of the family name, case-insensitive: ("van der", "berg")."""
        return (self.tv.lower(), self.surname.lower())

    def compatible(self, other: NameParts) -> bool:
        """Same family name and no conflicting first letter of a given name or initial."""
        if self.key != other.key:
            return False
        mine, theirs = self.first_letter, other.first_letter
        return not mine or not theirs or mine == theirs

    @property
    def first_letter(self) -> str:
        """The first letter of the first given name: of the written given name before middle initials ("Sharon
        A.M. Dijksma", "Jan P. de Vries"), else of the initials ("A.J. (Bert) Dijk")."""
        if self.form == "full" and self.given:
            return self.given[0][:1]
        return (self.initials or "".join(g[0] for g in self.given))[:1]


def _norm_space(s: str | None) -> str:
    return " ".join((s or "").split())


def parts_from_match(m: re.Match[str], form: str) -> NameParts:
    """NameParts from a match of one of ``FORMS``."""
    groups = m.groupdict()
    given = tuple(_norm_space(groups.get("given")).split()) if groups.get("given") else ()
    initials = re.sub(r"[^\w]", "", groups.get("ini") or "")
    tv = _norm_space(groups.get("tv") or groups.get("tv2") or groups.get("tv0")).lower()
    return NameParts(given, initials, tv, groups["sur"], form)


def strip_titles(s: str) -> tuple[str, int]:
    """``s`` without leading titles ("mr. drs. "), and how many characters were removed."""
    m = TITLES_PREFIX.match(s)
    if not m:
        return s, 0
    return s[m.end():], m.end()


# A call name in brackets or quotes inside or after a full name: "Albertus Johannes (Bert) Dijk",
# "A.J. (Bert) Dijk", "G.J (Gert Jan) Willighagen", "Hendrika 'Riet' de Boer", "Albertus Dijk (Bert)": one or two
# of the person's given names; or the initials in brackets after the given name ("Harm (H.) Kroeze").
CALL_NAME = (rf"(?:\((?P<call>{GIVEN_WORD}(?:[ \t]{GIVEN_WORD})?)\)|[\"“‘'](?P<callq>{GIVEN_WORD})[\"”’']"
             rf"|\((?P<callini>{INITIALS})\))")
_CALL_IN = re.compile(rf"[ \t]*{CALL_NAME}(?=[ \t]|$)")


def call_names(s: str) -> tuple[str, ...]:
    """The call names in brackets or quotes in the name ``s`` ("Bert" of "Albertus (Bert) Dijk", "Gert" and "Jan"
    of "G.J (Gert Jan) Willighagen")."""
    return tuple(w for m in _CALL_IN.finditer(s) if (c := m.group("call") or m.group("callq")) for w in c.split())


@lru_cache(maxsize=16_384)
def parse_name(s: str) -> NameParts | None:
    """Parse a complete name string (titles allowed in front); None if it is no plausible name. A call
    name in brackets or quotes ("Albertus (Bert) Dijk") is one of the given names. A pure function of
    ``s`` (the answer is frozen): remembered, as resolution asks again and again."""
    body, _ = strip_titles(s.strip())
    body = body.strip().rstrip(",;:")
    calls = call_names(body)
    if calls or _CALL_IN.search(body):  # a call name, or initials in brackets ("Harm (H.) Kroeze")
        if any(is_not_call_name(c) for c in calls):
            return None
        inner = parse_name(_CALL_IN.sub("", body))
        if inner is None or inner.form == "single" or inner.form.startswith("tv"):
            return None
        return NameParts(inner.given + tuple(c for c in calls if c not in inner.given), inner.initials, inner.tv,
                         inner.surname, inner.form)
    if re.search(rf"(?:^|[\s.,])(?:{'|'.join(LONG_INITIALS)}|IJ|[A-Z])$", body):
        body += "."  # a trailing initial whose dot was trimmed ("Jansen, P")
    for form in ("inverted", "initials", "full", "tv_any", "single"):
        m = FORMS[form].fullmatch(body) or (
            FORMS[form].fullmatch(body.rstrip(".")) if form in ("single", "full", "tv_any") else None
        )
        if m:
            parts = parts_from_match(m, form)
            if plausible(parts):
                return parts
    return None


_SPACED_HYPHEN = re.compile(r"[ \t]*\\?[-–][ \t]*")
_TV_OPENS = re.compile(rf"(?:{_TV_LOWER})[ \t]")
# words of the document-word list that are family names after "de" ("De Goede", "J. de Hoog", "De Rijk") or after a
# given name ("Ariane Hoog", "Gerhard van den Top")
_ADJECTIVE_SURNAMES = frozenset({"goede", "oude", "hoog", "best", "rijk", "top"})


def plausible(parts: NameParts, *, single_ok: bool = True, place_ok: bool = False) -> bool:
    """False when the "name" consists of document words, stop words, months, places or a street.

    After a tussenvoegsel the surname may be a stop word ("Van der Meer"); a lone word may not; ``place_ok``: after a
    form of address a place is a family name too ("Mw. Wassenaar (PvdA)").
    """
    words = [w for w in SURNAME_SPLIT.split(parts.surname) if w and w.lower() not in _TVS_LOWER]
    if not words:  # "D. De": a tussenvoegsel is no surname; "A. Dos", "T. Le" are, "El" after one ("Liesbeth van El")
        return (bool(parts.initials) or bool(parts.tv)) and (not parts.tv or parts.surname == "El") \
            and parts.surname[:1].isupper() and parts.surname.lower() in PARTICLE_SURNAMES
    # a double surname may have an ordinary word as one part ("Allen-Verschueren"), not as every part
    # a spaced hyphen joins two real name words only ("Jansen - Voorzitter" is a name and a label)
    spaced = " -" in parts.surname or "- " in parts.surname or " –" in parts.surname
    double = len(words) > 1 and "-" in parts.surname and not spaced
    # ... unless a tussenvoegsel opens the second part, a married name ("Teimori - van Dienst")
    if spaced and any(is_not_name(w) for seg in _SPACED_HYPHEN.split(parts.surname) if not _TV_OPENS.match(seg)
                      for w in SURNAME_SPLIT.split(seg) if w and w.lower() not in _TVS_LOWER):
        return False
    if double and all(w.lower() in STOP_WORDS or w.lower() in FORM_FIELDS for w in words):
        return False
    for w in words:
        lw = w.lower()
        # (three initials make even a stop word a surname: "De heer A.J.M. Even"; two may be "P.S. Ook …")
        ordinary = ((lw in STOP_WORDS and len(parts.initials) < 3) or lw in FORM_FIELDS) and not double
        adjective = lw in _ADJECTIVE_SURNAMES and (bool(parts.given) or (parts.tv.lower() == "de" and (
            parts.tv[:1].isupper() or parts.initials)))  # "de heer De Goede", "Lex de Goede"
        # two or more initials make a document word a surname ("mr. F.S. Helder"); one may number an item ("A. Opening")
        word_name = len(parts.initials) >= 2 and len(lw) > 2 and lw not in MONTHS and not ordinary  # not "W.C. Gr"
        # ("Christian Groeneweg", "R.B. Andeweg": a listed family name, not a street)
        street = has_street_suffix(w) and not ((parts.given or parts.initials) and lw in STREET_SURNAMES)
        # (with initials or a given name, one name part makes the other a family name: "I. Haveman-Regeling")
        paired = lw in NOT_NAME and double and bool(parts.initials or parts.given) and any(
            x is not w and x.lower() not in NOT_NAME and not is_dutch_word(x.lower()) and not has_noun_suffix(x)
            for x in words)  # (not "Gustave Handelingen der Staten-Generaal", "Daniel X van de Directoraat-Generaal")
        if (lw in NOT_NAME and not adjective and not word_name and not paired) or (ordinary and not parts.tv) or street:
            return False
        if has_noun_suffix(w) and not (word_name and parts.tv):
            return False  # (but two initials and a tussenvoegsel make a name: "W.H. de Redelijkheid")
    for g in parts.given:
        for w in g.split("-"):
            if is_not_call_name(w) or has_street_suffix(w):  # ("Ben Karstenberg": a stop word that is a given name)
                return False
    if not (parts.tv or parts.initials or parts.given):
        if not single_ok:
            return False
        if (parts.surname.lower() in PLACES and not place_ok) or len(parts.surname) < 2:
            return False
    return True


def is_sentence_initial(text: str, pos: int) -> bool:
    """True when ``pos`` starts a line, a sentence, a list item or a quoted phrase."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] in "\n\f\r":
        return True
    return text[i] in ".!?:;•·*>-–—(\"“‘'"



_TWO_WORD_SURNAME = re.compile(rf"(?:(?P<ini>{INITIALS})[ \t]?(?:\((?P<call>{GIVEN_WORD})\)[ \t]+)?)?"
                               rf"(?P<tv>{TV_CAP})[ \t]+(?P<sur>{NAME_WORD}[ \t]+{NAME_WORD})")


# a form of address right before a mention: a place after it is a family name ("Mw. Wassenaar (PvdA)")
_ADDRESSED = re.compile(r"(?:(?<![\w])(?:[Dd]e[ \t]+heer|[Mm]evrouw|[Dd]hr\.|[Mm]w\.|[Mm]evr\.)[ \t]+)\Z")


def parse_any(text: str, before: str = "") -> NameParts | None:
    """``parse_name``, also for names in capitals ("INGE VAN DIJK", "GRINWIS", "J.P. NIENHUIS", "Charles
    Albertis WOODLEY"): words in capitals are read as capitalised words, initials stay as they are; a place after a
    form of address that ends ``before`` (the text before the mention) is a family name."""
    parts = parse_name(text)
    if parts is None and _ADDRESSED.search(before) and (m := FORMS["single"].fullmatch(text)) \
            and plausible(p := parts_from_match(m, "single"), place_ok=True):
        return p
    if parts is None and (two := _TWO_WORD_SURNAME.fullmatch(strip_titles(text.strip())[0].strip())):
        # a family name of two words after its capital particle, with initials and a call name before it or not:
        # "De Hoop Scheffer" is "mr. J.G. (Jaap) De Hoop Scheffer" (persons are grouped by it)
        initials = re.sub(r"[^\w]", "", two.group("ini") or "")
        given = (two.group("call"),) if two.group("call") else ()
        return NameParts(given, initials, two.group("tv").lower(), " ".join(two.group("sur").split()),
                         "initials" if initials else "tv")
    if parts is not None or not any(w.isupper() and len(w) > 1 and "." not in w for w in text.split()):
        return parts
    words = [w if "." in w or not w.isupper() else w.lower() if w.lower() in TV_WORDS
             else "-".join(p.capitalize() for p in w.split("-")) for w in text.split()]
    if words and words[0] in TV_WORDS:
        words[0] = words[0].capitalize()
    return parse_name(" ".join(words))


@lru_cache(maxsize=8)
def parse_listed(names: tuple[str, ...]) -> tuple[list[NameParts], set[str]]:
    """The parsed names of a list of public persons, and their normalised texts (``rules.public_persons``)."""
    return [p for p in (parse_name(n) for n in names) if p], {" ".join(n.split()).lower() for n in names}
