"""Propagation: a person found once is proposed at every occurrence in the whole text.

From every NAAM finding that is not a public office holder (the *seeds*) the variants are derived: the full text as
found (also when a line break cuts it, "Patty Broese van\nGroenou"), the same in capitals (the surname, and the
whole name where no initials stand before it: a transcript's "PATRICK LOGGEN:"), the surname with its tussenvoegsel
("de Vries" / "De Vries"), the surname in the inverted form ("Vries, P.J. de", "Jansen, P."), and each first name
found as a first name ("Pieter" from "Pieter Jansen", "Piet" from "Hoi Piet,"). An occurrence is extended to the
left with initials or the seed's first names ("P. Jansen", "Pieter Jansen") and to the right with an inverted tail
(", P." / ", Piet"). Paraphs ("PJ", "KtR") found as INITIALEN are propagated as whole tokens (not dotted initials
such as "P.J.", which many people share).

Guarantees: matching is case-sensitive with a capital first letter and word boundaries ("groot"
never matches "Groot"); a surname or first name that is also an ordinary word or a place ("Groot",
"Roos", "Breda") is only matched when not at the start of a sentence or line, unless a verb of a
person follows ("Zwart vraagt of …"); occurrences inside
e-mail addresses/URLs or inside allow-listed terms are skipped. Public office holders are propagated like
everyone else: ``detect.persons`` groups all mentions of a person and drops those of public persons.
Limits: a different person with the same surname is proposed too (the reviewer decides);
inflected or possessive forms ("Jansens") are not matched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from redact.detect.allow import AllowList
from redact.detect.lexicon import COMMON_WORD_NAMES, GIVEN_STOP_WORDS, PLACES
from redact.detect.names import (
    CAPS_TITLES,
    INITIALS,
    STREET_AHEAD,
    TV_ANY,
    TV_CAP,
    TV_LOWER,
    UP,
    NameParts,
    is_sentence_initial,
    parse_name,
)
from redact.detect.recognizers.base import in_url_or_email, name_occurrences
from redact.detect.scan import is_paraph
from redact.detect.wordlist import is_dutch_word
from redact.models import Finding

RECOGNIZER = "Propagation"
MIN_SEED_SCORE = 0.5
MAX_SCORE = 0.75
_INITIALS_TAIL = rf"{INITIALS}(?:[ \t]+{TV_ANY}(?![\w]))?"
# "De Groot", "de Groot", "P. de Groot", "Piet van Groot": another surname than "Groot". A lower-case
# "van"/"te" after a lower-case word is a preposition ("het voorstel van Bakker" is Bakker).
_PARTICLES = r"(?:van[ \t]+(?:de|der|den|het|'t|’t)|de|der|den|ter|ten|'t|’t|in[ \t]+'t|op[ \t]+de|el)"
_TV_BEFORE = re.compile(
    rf"(?:(?<![\w'’]){TV_CAP}|(?<![\w'’]){_PARTICLES}|(?:{INITIALS}[ \t]?|{UP}\w*[ \t]+){TV_LOWER})[ \t]+\Z"
)


# a family firm named after the seed: "Theelen en Zonen", "Jansen & Zn.", "Bakker & Co"
_FIRM_AFTER = re.compile(r"[ \t]+(?:en|&)[ \t]+(?:[Zz]onen|[Zz]n\.?|[Cc]o\.?|[Dd]ochters?)(?![\w])")


# Compiled once: the per-variant parts are plain strings checked in Python, so a document's seeds cost
# no regex compilation beyond their small literal patterns (cached across documents).
_INVERTED_AHEAD = re.compile(rf",[ \t]*{INITIALS}")
_INI_TOKEN = re.compile(rf"{INITIALS}[ \t]?")
_GIVEN_TOKEN = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]{2,15}(?![\w-])")
_COMMA = re.compile(r",[ \t]*")
# not the start of the next "I. Surname" in a list: "Bakker, T. Yilmaz"
_TAIL_GUARD = rf"(?![\w])(?![ \t]*(?:{TV_ANY}[ \t]+)?{UP})"
_TAIL_INITIALS = re.compile(rf"{_INITIALS_TAIL}{_TAIL_GUARD}")
_TAIL_AFTER_GIVEN = re.compile(_TAIL_GUARD)
# a possessive belongs to the name: "Van Dams notitie", "De Vries' voorstel", "Jansen's"
_POSSESSIVE = r"(?:s(?=[ \t])|['’]s(?![\w])|(?<=[sxz])['’](?![\w]))?"


_END = r"(?![\w@'’]|\.\w|-[a-zà-ÿ])"
_ENDINGS = {True: re.compile(rf"(?P<poss>{_POSSESSIVE}){_END}"), False: re.compile(rf"(?P<poss>){_END}")}


def _matches(text: str, regex: str, possessive: bool) -> Iterator[tuple[int, int, bool]]:
    r"""``(start, end, with_possessive)`` of every whole-word occurrence of ``regex`` in ``text``, as
    ``finditer`` of ``(?<![\w@'’])regex(possessive)?_END`` would give them."""
    for s, e, ending in name_occurrences(text, regex, _ENDINGS[possessive]):
        yield s, e, bool(ending.group("poss"))


def _is_blank(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is one or more spaces/tabs."""
    return end > start and all(c in " \t" for c in text[start:end])


def _inside_word(text: str, q: int) -> bool:
    """True when ``text[q]`` continues a word ("RvB.", "IMWV.") or a title in capitals ("MR."); not the second
    letter of OCR's initials without their first dot ("JA. Paffrath")."""
    if q == 0 or not text[q - 1].isalpha():
        return False
    left = right = q
    while left > 0 and text[left - 1].isalpha():
        left -= 1
    while right < len(text) and text[right].isalpha():
        right += 1
    return text[left:right].upper() in CAPS_TITLES or q - left > 1 \
        or not text[left].isupper()


def _left_start(text: str, lo: int, s: int, given: tuple[str, ...], initial: str = "") -> int:
    """Where an occurrence at ``s`` starts when extended to the left over initials and the seed's first
    names ("P. Jansen", "Pieter J. Jansen"): the smallest ``p >= lo`` such that ``text[p:s]`` is a
    sequence of ``<initials>[ \t]?`` and ``<given name>[ \t]+`` tokens, else ``s``. A seed known only by
    initials (``initial`` set, no ``given``) also takes a capitalised word with that initial that is no
    ordinary Dutch word ("Ghassan Korkis" from "G. Korkis")."""
    if s <= lo or text[s - 1] not in " \t.":
        return s
    reach = [s]  # positions from which tokens lead exactly to s
    best = s
    for q in range(s - 1, lo - 1, -1):
        c = text[q]
        if not c.isupper():
            continue  # every token starts with a capital (an initial or a first name)
        # (never inside a title in capitals or a word in mixed case, "MR. Jansen", "RvB. Jansen", "ArenA. Jansen";
        # but "JA. Paffrath", OCR's initials without their first dot)
        ok = not _inside_word(text, q) and any(_INI_TOKEN.fullmatch(text, q, r) for r in reach)
        if not ok:
            for g in given:
                if text.startswith(g, q):
                    k = q + len(g)
                    if any(_is_blank(text, k, r) for r in reach):
                        ok = True
                        break
        if not ok and initial and not given and c == initial and (q == 0 or not text[q - 1].isalnum()):
            w = _GIVEN_TOKEN.match(text, q)
            if w is not None and any(_is_blank(text, w.end(), r) for r in reach) and not is_dutch_word(w.group()):
                ok = True
        if ok:
            reach.append(q)
            best = q
    return best


def _tail_end(text: str, e: int, initial: str, given: tuple[str, ...]) -> int:
    """Where an occurrence ending at ``e`` ends with an inverted tail (", P." / ", Piet"), else ``e``.
    The initials must agree with the seed's first initial (``initial``), when it has one."""
    m = _COMMA.match(text, e)
    if m is None:
        return e
    p = m.end()
    if not initial or text.startswith(initial, p):
        t = _TAIL_INITIALS.match(text, p)
        if t is not None:
            return t.end() if "\n" not in text[e:t.end()] else e
    for g in given:
        if text.startswith(g, p) and _TAIL_AFTER_GIVEN.match(text, p + len(g)):
            return p + len(g)
    return e


# Verbs that make a sentence-initial ordinary word a person: "Zwart vraagt", "Boer weet", "Groot licht toe".
_PERSON_VERB = re.compile(
    r"[ \t]+(?:vraagt|meldt|geeft|licht|stelt|weet|heeft|wijst|opent|dankt|stuurt|kijkt|neemt|vult|merkt|"
    r"zegt|benadrukt|deelt|schetst|reageert|antwoordt|bevestigt|informeert|stemt|sluit|vindt|verwacht|"
    r"pleit|constateert|herkent|zal|wil|kan|gaat|mailt|belt|schrijft|werkt|brengt|doet|had|was)(?![\w])"
)


@dataclass(frozen=True, slots=True)
class _Variant:
    regex: str
    entity: str
    guarded: bool  # an ordinary word/place: skip sentence-initial occurrences
    given: tuple[str, ...]  # the seed's first names, for extension
    surname: bool  # may take an inverted tail (", P.")
    score: float
    seed: str
    initial: str = ""  # first letter of the seed's initials/first name: an inverted tail must agree
    bare: bool = False  # a surname without tussenvoegsel: "De Groot" is not "Groot"
    needs_verb: bool = False  # initials that are also a unit code ("EK"): only before a verb
    inverted_only: bool = False  # only when ", <initials>" follows: "Vries, P.J. de"


_WRAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # between two words of a name: spaces, or one line break


def _cap_tv(tv: str) -> str:
    return tv[:1].upper() + tv[1:]


def _tv_rx(tv: str, *, capital_only: bool = False) -> str:
    lower = r"[ \t]+".join(re.escape(w) for w in tv.split())
    upper = r"[ \t]+".join(re.escape(w) for w in _cap_tv(tv).split())
    return upper if capital_only else f"(?:{lower}|{upper})"


def _variants(seed: Finding, parts: NameParts, text: str, lower: str) -> list[_Variant]:
    score = min(MAX_SCORE, seed.score)
    # a double surname with or without spaces around its hyphen ("Donders-de Leest", "Donders - de Leest")
    core = re.escape(re.sub(r"[ \t]*-[ \t]*", "-", parts.surname)).replace(r"\ ", r"[ \t]+").replace(
        r"\-", r"(?:-|[ \t]-[ \t])")
    low = parts.surname.lower()
    place = low in PLACES
    out: list[_Variant] = []

    def add(rx: str, guarded: bool, surname: bool, bare: bool = False, inverted_only: bool = False) -> None:
        initial = (parts.initials or "".join(g[:1] for g in parts.given))[:1]
        out.append(_Variant(rx, "NAAM", guarded, parts.given, surname, score, seed.recognizer, initial, bare,
                            inverted_only=inverted_only))

    words = seed.text.split()
    # (a line may break inside the name: "Mijn naam is Patty Broese van\nGroenou"; looked for only where a line ends
    # in one of its words, as a longer pattern costs its compilation in every text)
    wrap = _WRAP if any(f"{w}\n" in text or f"{w} \n" in text for w in words[:-1]) else r"[ \t]+"
    literal = wrap.join(re.escape(w) for w in words)
    ordinary = len(words) == 1 and (words[0].lower() in COMMON_WORD_NAMES or words[0].lower() in PLACES)
    add(literal, ordinary, False, bare=len(words) == 1)
    # the same name in capitals ("VAN 'T ZAND", "JANSEN"), as in official reports and forms
    upper_sur = r"[ \t]+".join(re.escape(w.upper()) for w in (parts.tv.split() + parts.surname.split()))
    if len(parts.surname) >= 3:
        add(upper_sur, ordinary, False)
    if len(words) > 1 and parts.given and lower.count(" ".join(words).lower()) > text.count(" ".join(words)):
        # the rest of a full name typed in lower case, as in a working group's attendance list: "Frits bouma(DUO)",
        # "Marcel van den brink (KvK)" of "Frits Bouma", "Marcel van den Brink" (``lower``: the text in lower case)
        add(wrap.join([re.escape(words[0]), *(f"(?i:{re.escape(w)})" for w in words[1:])]), False, False)
    if len(words) > 1 and not seed.text.isupper() and words[-1].upper() in text:  # a transcript's "PATRICK LOGGEN:"
        # (not after initials: "Douwes Dekker" in "O.B.W. DOUWES DEKKER" is his double family name, no given name)
        add(r"(?<![A-Z]\.)(?<![A-Z]\.[ \t])" + r"[ \t]+".join(re.escape(w.upper()) for w in words), False, False)
    if parts.tv:
        add(rf"{_tv_rx(parts.tv, capital_only=place)}{wrap}{core}", False, True)
        add(core, place, True, inverted_only=True)
    elif parts.form == "single" or parts.initials or parts.given:
        add(core, low in COMMON_WORD_NAMES or place, parts.form != "single", bare=True)
    first = parts.surname.split("-")[0].strip()
    if first != parts.surname and len(first) >= 3 and parts.form != "single":
        # "Riet de Boer" of "Hendrika (Riet) de Boer-Jansen": the first part of a double surname is hers too
        fcore, flow = re.escape(first), first.lower()
        if parts.tv:
            add(rf"{_tv_rx(parts.tv, capital_only=place)}[ \t]+{fcore}", False, True)
        else:
            add(fcore, flow in COMMON_WORD_NAMES or flow in PLACES, True, bare=True)
    for g in parts.given:
        for w in g.split():
            if len(w) >= 2:
                # ("Ben" of "Ben Jansen" opens "Ben je er?" as a verb)
                lw = w.lower()
                add(re.escape(w), lw in COMMON_WORD_NAMES or lw in PLACES or lw in GIVEN_STOP_WORDS, False)
    return out


class Propagator:
    """Finds every occurrence of the seeds' names in one text."""

    def __init__(self, text: str, allow: AllowList) -> None:
        self.text = text
        self.allow = allow

    def run(self, findings: list[Finding]) -> list[Finding]:
        variants: dict[tuple[str, str, bool], _Variant] = {}
        lower = self.text.lower()
        for f in findings:
            if f.score < MIN_SEED_SCORE:
                continue
            if f.entity == "INITIALEN":
                if "." not in f.text and is_paraph(f.text, cell=True, loose=True):
                    score = min(MAX_SCORE, f.score)
                    v = _Variant(
                        re.escape(f.text), "INITIALEN", False, (), False, score, f.recognizer,
                        needs_verb=not is_paraph(f.text),
                    )
                    variants.setdefault((v.regex, v.entity, v.inverted_only), v)
                continue
            if f.entity != "NAAM":
                continue
            parts = parse_name(f.text)
            if parts is None:
                continue
            for v in _variants(f, parts, self.text, lower):
                variants.setdefault((v.regex, v.entity, v.inverted_only), v)
        covered = {(f.entity, f.start, f.end) for f in findings}
        out: list[Finding] = []
        for v in variants.values():
            out.extend(
                f for f in self._occurrences(v)
                if not any((f.entity, s, e) in covered for s, e in self._subspans(f))
            )
        return out

    @staticmethod
    def _subspans(f: Finding) -> list[tuple[int, int]]:
        """The span of ``f`` with and without a trailing dot (seeds are stored trimmed)."""
        spans = [(f.start, f.end)]
        if f.text.endswith("."):
            spans.append((f.start, f.end - 1))
        return spans

    def _occurrences(self, v: _Variant) -> list[Finding]:
        text = self.text
        found: list[Finding] = []
        for m_start, m_end, poss in _matches(text, v.regex, v.entity == "NAAM"):
            if v.inverted_only and (poss or not _INVERTED_AHEAD.match(text, m_end)):
                continue  # "Vries" of "de Vries" alone only in the inverted form "Vries, P.J."
            s, e = m_start, m_end
            line_start = text.rfind("\n", 0, s) + 1
            if v.entity == "NAAM":
                s = _left_start(text, max(line_start, s - 60), s, v.given, v.initial if v.surname else "")
            if v.surname:
                e = _tail_end(text, e, v.initial, v.given)
            verb_follows = _PERSON_VERB.match(text, e) is not None
            if v.guarded and (s, e) == (m_start, m_end) and is_sentence_initial(text, s) and not verb_follows:
                continue  # "Groot deel van …"; but "Zwart vraagt of …" is the person
            if v.needs_verb and not verb_follows:
                continue  # "EK" is the Eerste Kamer unless "EK geeft aan …"
            if v.bare and s == m_start and _TV_BEFORE.search(text, max(0, s - 40), s):
                continue
            if STREET_AHEAD.match(text, s, min(len(text), s + 80)):
                continue  # "Johan de Wittlaan" when "Johan" is a seed
            if _FIRM_AFTER.match(text, e):
                continue  # "namens Theelen en Zonen VOF (vertegenwoordigd door de heer F.M.M Theelen)": the firm
            if in_url_or_email(text, s, e) or self.allow.inside_term(s, e):
                continue
            found.append(
                Finding(v.entity, s, e, v.score, RECOGNIZER, text[s:e], ("propagated", f"seed:{v.seed}"))
            )
        return found
