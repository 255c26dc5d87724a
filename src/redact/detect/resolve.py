"""Resolution: from raw recognizer findings to the findings that are proposed.

Steps, in order:

1. sanitise - a finding is cut at page breaks ("\\f") and blank lines, and trimmed of surrounding
   whitespace, opening brackets/quotes in front and punctuation at the end (including the dot of a
   final initial: "Jansen, P." becomes "Jansen, P"); ``text`` is re-read from the span; a name that runs on
   over a spaced hyphen ends before it unless a surname follows ("Els Mol - Notulist", "Heijstee - Bolt",
   "Waterman- van Leerzem": a tussenvoegsel and a name word), and one that runs on into its person's place of
   residence in a list of such lines ends before the place ("Dick Fokke Woerden");
2. allow-list - allow-listed terms (and findings inside them), phones and mailboxes are dropped; so are
   one-word names that only a label supports and that are ordinary Dutch words and venues named after
   their noun ("café De Ster"), (parts of) place names of several words ("Broek op Langedijk"), a village
   council named with its place ("Dorpsbelangen Wijster"), and
   initials that the text lists among party labels ("LVR, GL, CDA en SP") (``detect.ordinary``), and
   an organisation's numbers, account, address and mailboxes (``detect.organisation``);
3. propagation - every person is found at every occurrence (see ``propagate``);
4. merge - overlapping findings, and name parts separated only by spaces ("Piet" + "Jansen"), are
   merged: the span is the union, the category the most specific one (BSN > IBAN > EMAIL >
   TELEFOON > … > NAAM > INITIALEN), the score the highest, the evidence the union;
5. persons - the mentions of each person are grouped and the person decided from all of them
   (``detect.persons``): public office holders are dropped at every mention, uncertain persons are
   kept and marked (``Finding.doubt``);
6. double surnames - a proposed name takes in the rest of a double surname that follows it ("L.L. Doude" +
   " van Troostwijk te Zaltbommel"), at every mention of that name, and the rest of a word after a soft hyphen
   (``detect.surname_tails``).

Guarantees: the result is sorted by start, has no overlaps, every ``entity`` is a category of the
rules, ``text == source[start:end]``, and no finding spans "\\f", crosses a blank line, or has leading
/trailing whitespace or trailing punctuation. Errors never quote the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from redact.detect import cues as cue
from redact.detect.allow import AllowList
from redact.detect.gazetteer import Gazetteer, load_gazetteer
from redact.detect.lexicon import PLACES, is_not_name
from redact.detect.ordinary import (
    acronym_names,
    association_name,
    code_readings,
    defined_party,
    firm_name,
    not_a_person,
    ordinary_word,
    party_abbreviations,
    place_name,
    short_unknown,
    venue_name,
)
from redact.detect.organisation import OrganisationData
from redact.detect.party_cues import BRACKET_HEAD
from redact.detect.persons import decide
from redact.detect.propagate import Propagator
from redact.detect.public import PublicContext
from redact.detect.roles import RoleLexicon, role_lexicon
from redact.detect.surname_tails import PERSON_START, double_surnames, split_word, word_tail
from redact.detect.textnorm import normalize
from redact.detect.wordlist import is_dutch_word
from redact.models import Finding
from redact.rules import Rules

SPECIFICITY: dict[str, int] = {
    "BSN": 100, "IBAN": 90, "EMAIL": 80, "TELEFOON": 70, "KENTEKEN": 60, "GEBOORTEDATUM": 55,
    "ADRES": 50, "NAAM": 40, "INITIALEN": 30, "HANDTEKENING": 20, "HANDMATIG": 10,
}
_BREAK = re.compile(r"\f|\n[ \t\r]*\n")
_CAPITAL_WORD = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][a-zà-ÿ]+(?![\w'’-])")  # a word with its capital: "Dekker"
_LEAD_STRIP = " \t\r\n\f\"“„(<[{"
_TRAIL_STRIP = " \t\r\n\f.,;:!?)]}>\"”'’\\"  # "\\": a Markdown escape left by a cut ("Teimori \\- …")
_SPACES = re.compile(r"[ \t]*")


def sanitize(text: str, f: Finding) -> list[Finding]:
    """``f`` cut at page breaks and blank lines and trimmed; pieces without letters or digits go."""
    start, end = max(0, f.start), min(len(text), f.end)
    if start >= end:
        return []
    cuts = [start] + [p for m in _BREAK.finditer(text, start, end) for p in m.span()] + [end]
    out: list[Finding] = []
    for s, e in zip(cuts[::2], cuts[1::2], strict=True):
        s, e = _trim(text, s, e)
        if s < e and any(c.isalnum() for c in text[s:e]):
            out.append(Finding(f.entity, s, e, f.score, f.recognizer, text[s:e], f.evidence))
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Trim whitespace, opening brackets/quotes in front and punctuation at the end; a bracket that
    belongs to the value ("(070) 3701234") stays, a pair around the whole span goes."""
    while True:
        before = (s, e)
        if e - s >= 2 and text[s] == "(" and text[e - 1] == ")":
            s, e = s + 1, e - 1
        while s < e and text[s] in _LEAD_STRIP and not (text[s] == "(" and ")" in text[s:e]):
            s += 1
        while e > s and text[e - 1] in _TRAIL_STRIP and not (text[e - 1] == ")" and "(" in text[s : e - 1]):
            e -= 1
        if (s, e) == before:
            return s, e


def merge(text: str, findings: list[Finding]) -> list[Finding]:
    """Merge overlapping findings, and NAAM findings separated only by spaces/tabs ("Piet" + "Jansen");
    two adjacent e-mail addresses or phone numbers stay two findings, and so do two full names."""
    ordered = sorted(findings, key=lambda f: (f.start, -f.end))
    clusters: list[list[Finding]] = []
    span_end = -1
    for f in ordered:
        if clusters and (
            f.start < span_end
            or (
                f.entity == "NAAM"
                and _winner(clusters[-1]).entity == "NAAM"
                and _SPACES.fullmatch(text, span_end, f.start) is not None
                and not _next_name(text, min(c.start for c in clusters[-1]), span_end, f.start)
                and not _two_full_names(clusters[-1], f)
            )
        ):
            clusters[-1].append(f)
            span_end = max(span_end, f.end)
        else:
            clusters.append([f])
            span_end = f.end
    return [_combine(text, c) for c in clusters]


# a name written with initials: "P.A. Bogers", "Th.P.M. Joachems"
_INITIALS_AHEAD = re.compile(r"(?:Th|Chr|Ph|[A-Z])\.")


def _next_name(text: str, start: int, end: int, nxt: int) -> bool:
    """True when the name at ``nxt`` starts with initials and the name ``text[start:end]`` before it is
    complete (two or more words, or initials and a surname): a list without commas ("P.C. Boden P.A. Bogers"),
    not one name in parts ("Jan" + "P. Jansen")."""
    return _INITIALS_AHEAD.match(text, nxt) is not None and len(text[start:end].split()) >= 2


def _two_full_names(cluster: list[Finding], f: Finding) -> bool:
    """Two complete names side by side, each a given name and a family name, or each a register's entry: two people
    in a flattened table's row ("Jeannette Baljeu Michiel Groeneveld", "Barge, (Dr. J. A. J.) Beaufort, (Dr. L. J.
    C.)"), not one name in parts."""
    return any(e in f.evidence and any(e in c.evidence for c in cluster)
               for e in ("grammar:full-name", "structure:inverted"))


def _winner(cluster: list[Finding]) -> Finding:
    return max(cluster, key=lambda f: (SPECIFICITY.get(f.entity, 0), f.score, f.end - f.start))


def _combine(text: str, cluster: list[Finding]) -> Finding:
    if len(cluster) == 1:
        return cluster[0]
    best = _winner(cluster)
    start = min(f.start for f in cluster)
    end = max(f.end for f in cluster)
    evidence: dict[str, None] = {}
    for f in sorted(cluster, key=lambda f: -f.score):
        evidence.update(dict.fromkeys(f.evidence))
    score = max(f.score for f in cluster)
    return Finding(best.entity, start, end, score, best.recognizer, text[start:end], tuple(evidence))


_SPACED_TAIL = re.compile(r"[ \t]?[-–][ \t](?:(?P<tv>[a-z]+(?:[ \t]+[a-z]+)?|[’'][a-z])[ \t]+)?(?P<core>[\w'’-]+)\Z")


_MRS_BEFORE = re.compile(r"(?<![\w])(?:[Mm]evrouw|[Mm]evr\.|[Mm]w\.)[ \t]+\Z")


def _spaced_tail(text: str, f: Finding, gazetteer: Gazetteer) -> Finding:
    """A name that runs on over a spaced hyphen ("Jan Smit - Amsterdam", "Els Mol - Notulist") ends before it
    unless what follows is a surname of the name lists ("Heijstee - Bolt", "Donders - de Leest"), a tussenvoegsel and a
    capitalised word (a married name, "Arja Dul- van Gortel"), or, after "mevrouw" (a married woman's double surname),
    a capitalised word that is no Dutch word, place or document word ("mevrouw Cora van Campenhout - Alarcon"). A
    finding that is all tail ("- Amsterdam") is left empty (the caller drops it)."""
    m = _SPACED_TAIL.search(f.text) if f.entity == "NAAM" else None
    if m is None:
        return f
    core = m.group("core")
    if gazetteer.is_surname(core, after_tv=m.group("tv") is not None) or (m.group()[0] in "-–" and core.islower()):
        return f  # (or the rest of a word an OCR'd line break split, "M. Zuid- weg": ``split_word`` took it)
    capital = re.fullmatch(r"[A-Z][a-zà-ÿ]{2,}", core) is not None
    plain = capital and not is_not_name(core) and core.lower() not in PLACES and not gazetteer.is_place(core)
    if m.group("tv") and capital:
        return f  # "Joke Waterman- van Leerzem", "Teimori - van Dienst", "Arja Dul- van Gortel": a tussenvoegsel and a
        # capitalised word after the hyphen, a married name (the word may be a Dutch word or a place, "Gortel")
    if (_MRS_BEFORE.search(text, max(0, f.start - 12), f.start) and plain and not is_dutch_word(core)
            and not gazetteer.is_first_name(core)):
        return f
    return _cut(text, f, f.start + m.start())


def _cut(text: str, f: Finding, end: int) -> Finding:
    """``f`` ending at ``end``, with no whitespace or punctuation left at the cut (empty when nothing is left)."""
    s, e = _trim(text, f.start, end)
    return replace(f, start=s, end=max(s, e), text=text[s:max(s, e)])


# a residence after the name, read as a particle and a surname: "de heer drs. Ferd Crone te Leeuwarden (lid)"
_PLACE_TAIL = re.compile(r"[ \t]+te[ \t]+(?P<place>(?:['’]s-)?[A-Z][\w'’-]*)\Z")


def _place_tail(text: str, f: Finding, gazetteer: Gazetteer) -> Finding:
    """A name that ends in "te" and a place that is no surname after a particle ("Crone te Leeuwarden") ends
    before "te" ("Jan te Velde" stays whole); so does one whose place the lists also know after a particle when a
    family name stands before "te" ("den heer Jansma te Delft", not "Jan te Hoorn")."""
    m = _PLACE_TAIL.search(f.text) if f.entity == "NAAM" else None
    if m is None or not gazetteer.is_place(m.group("place")):
        return f
    last = f.text[:m.start()].split()[-1:]
    family = bool(last) and last[0][:1].isupper() and not last[0].endswith(".") and not gazetteer.is_first_name(last[0])
    if gazetteer.is_surname(m.group("place"), after_tv=True) and not family:
        return f
    return _cut(text, f, f.start + m.start())


# a line that ends in a capitalised word after a name: "Dick Fokke Woerden"
_LINE_LAST = re.compile(r"(\S+)[ \t]+([A-Z][\w'’-]+)[ \t]*$", re.M)


def _residence_line(text: str, pos: int, gazetteer: Gazetteer) -> bool:
    """The line at ``pos`` ends in a place after at least two other words."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", start)
    line = text[start:len(text) if end < 0 else end]
    m = _LINE_LAST.search(line)
    return m is not None and len(line[:m.start(2)].split()) >= 2 and _residence(m.group(1), m.group(2), gazetteer)


def _residence(before: str, last: str, gazetteer: Gazetteer) -> bool:
    """``last`` is a place and no surname, after a word that can end a name ("Fokke Woerden", not "(Han) Boer",
    "van Houten" or "Oostrum" of "van Oostrum")."""
    return (re.fullmatch(r"[A-ZÀ-Þ][\w'’-]+", before) is not None and gazetteer.is_place(last)
            and not gazetteer.is_surname(last))


def _residence_tail(text: str, f: Finding, gazetteer: Gazetteer) -> Finding:
    """A name that runs on into the place its person lives in, in a list of such lines ("Gedecoreerden:\nDick
    Fokke Woerden\nLeen Roseboom Woerden"), ends before the place: the name has at least two words left, no
    particle before the place ("Jan van Houten"), the place ends its line and the line before or after also ends
    in a place after a name; the place is no surname of the lists ("J.B. (Han) Boer")."""
    words = f.text.split() if f.entity == "NAAM" else []
    if len(words) < 3 or not _residence(words[-2], words[-1], gazetteer):
        return f
    line_end = text.find("\n", f.end)
    if text[f.end:len(text) if line_end < 0 else line_end].strip():
        return f
    start = text.rfind("\n", 0, f.start) + 1
    before = start > 0 and _residence_line(text, start - 1, gazetteer)
    if not before and not (line_end >= 0 and _residence_line(text, line_end + 1, gazetteer)):
        return f
    return _cut(text, f, f.end - len(words[-1]))


# the second part of a double surname joined by a hyphen or a French particle, right after a name that stops before
# it ("De Vries" of "De Vries-Leggedoor (CDA)": the party after the whole name is the cue; "K. J. A. baron Collot" of
# "… Collot d'Escury, lid van het dagelijks bestuur")
_HYPHEN_TAIL = re.compile(r"(?:-[A-Z][a-zà-ÿ]{2,}|[ \t]d['’][A-Z][a-zà-ÿ]{2,})+(?![\w-])")
_DISTRICT = frozenset({"Noord", "Oost", "Zuid", "West", "Centrum", "Midden", "Stad", "Dorp"})


# a second family name without a particle or hyphen, right before the entry's bracket: "mw. drs. E. J. Mulock Houwer
# (Directeur-Generaal …)"
_BRACKET_SURNAME = re.compile(r"[ \t]+([A-Z][a-zà-ÿ]{2,})(?=[ \t]*\((?:([^()\n]{1,40})\))?)")


# a bare surname as a list's entry: ", Vriens" of "…, Müller-van Ast (PvdA), Vriens Auerbach (CDA), …"
_BARE_ENTRY = re.compile(r"[A-Z][a-zà-ÿ]{2,}")
_ENTRY_BEFORE = re.compile(r"[,:;][ \t]*\Z")


def _bracket_surname(text: str, f: Finding, gazetteer: Gazetteer, lex: RoleLexicon) -> Finding:
    """``f`` (initials and a surname) extended over a second family name that stands right before a bracket, when
    it is a listed surname (also one that is a word, "Houwer"), or a word of no list and no Dutch word before a
    party label (a member list: "B. de Gaay Fortman (PPR)") or a public office ("E. Deutekom-Muntje Werff
    (wethouder)"), and no place, party or first name; a bare surname that opens a list's entry only in the second
    case (", Vriens Auerbach (CDA),"); done before the persons are decided, so that the bracket's cue is the name's."""
    entry = _BARE_ENTRY.fullmatch(f.text) is not None and _ENTRY_BEFORE.search(text, max(0, f.start - 3), f.start)
    m = _BRACKET_SURNAME.match(text, f.end) if f.entity == "NAAM" and (
        PERSON_START.match(f.text) or entry) else None
    if m is None or gazetteer.is_place(w := m.group(1)) or w.lower() in PLACES or lex.is_party_label(w) \
            or gazetteer.is_first_name(w):
        return f
    tag = m.group(2) or ""
    office = not entry and (kind := lex.classify(tag)) is not None and kind[0] == "public" \
        and cue.opens_with(tag, kind[1])  # "E. Deutekom-Muntje Werff (wethouder)"
    if (not gazetteer.is_surname(w) or entry) and (is_dutch_word(w) or not (lex.is_party_label(tag) or office)):
        return f
    return replace(f, end=m.end(), text=text[f.start:m.end()])


def _hyphen_tail(text: str, f: Finding, gazetteer: Gazetteer, lex: RoleLexicon) -> Finding:
    """``f`` extended over the rest of its double surname (``_HYPHEN_TAIL``), unless that is a place or a Dutch word
    that is no surname ("Utrecht-Oost", "Jansen-Stichting" stay apart); a surname that is also a place is taken
    ("Ubels-Veen"), one that is also a Dutch word only before a party's bracket ("X-Veen (EVP)")."""
    if f.entity != "NAAM" or not re.search(r"[a-zà-ÿ]\Z", f.text) or not (m := _HYPHEN_TAIL.match(text, f.end)):
        return f
    tagged = (b := BRACKET_HEAD.match(text, m.end())) is not None and lex.is_party_label(b.group(1))
    for part in re.split(r"-|[ \t]d['’]", m.group())[1:]:
        if gazetteer.is_surname(part) and part not in _DISTRICT and (tagged or not is_dutch_word(part)):
            continue  # "Ubels-Veen": a surname that is also a village
        if gazetteer.is_place(part) or part.lower() in PLACES or (
                is_dutch_word(part) and not gazetteer.is_surname(part)):
            return f
    return replace(f, end=m.end(), text=text[f.start:m.end()])


# two Dutch words joined with a capital inside ("GroenZwart", "SterkLokaal"): a local party's or a brand's name (a
# glued extraction never follows a bare "van": "van der WoudeEkker" is a double name that lost its hyphen)
_CAMEL = re.compile(r"([A-Z][a-zà-ÿ]{2,})([A-Z][a-zà-ÿ]{2,})")


def _party_tail(f: Finding, lex: RoleLexicon, gazetteer: Gazetteer) -> Finding:
    """A name that ran on into the party written after it ("Ton Hoffmans Groenlinks", "Nel Dol van GroenLinks",
    "Koot van GroenZwart": two Dutch words joined by a capital after "van") ends before the party and its connecting
    words (the party stays a cue after the name); so does one that ran on into a public office that is no family
    name, after a family name ("Annette Raijer Fractievoorzitter PVV"; not "Eric van der Burg", "G. H. Prins")."""
    words = list(re.finditer(r"\S+", f.text)) if f.entity == "NAAM" else []
    if len(words) >= 3 and words[-2].group() == "van" and (camel := _CAMEL.fullmatch(words[-1].group())) \
            and all(is_dutch_word(p.lower()) for p in camel.groups()):
        end = words[-3].end()  # "Koot van GroenZwart": a local party's two words joined by a capital
        return replace(f, end=f.start + end, text=f.text[:end])
    if len(words) >= 3 and words[-1].group()[:1].isupper() and (kind := lex.classify(words[-1].group())) \
            and kind[0] == "public" and kind[1] == words[-1].group().lower() and len(words[-1].group()) >= 8 \
            and re.fullmatch(r"[A-ZÀ-Þ][\w'’-]+", words[-2].group()) and not gazetteer.is_surname(words[-1].group()):
        end = words[-2].end()  # "Annette Raijer Fractievoorzitter PVV": a public office after the name
        return replace(f, end=f.start + end, text=f.text[:end])
    for k in range(min(4, len(words) - 2), 0, -1):
        if lex.is_party_label(" ".join(w.group() for w in words[-k:])):
            keep = words[:-k]
            while len(keep) > 1 and keep[-1].group().lower() in ("van", "de", "het", "namens", "voor"):
                keep.pop()
            end = keep[-1].end()
            return replace(f, end=f.start + end, text=f.text[:end])
    return f


def _inside(f: Finding, spans: Sequence[tuple[int, int]]) -> bool:
    """The finding lies within one of ``spans`` ("Zwarte Piet" of "Kick Out Zwarte Piet")."""
    return any(s <= f.start and f.end <= e for s, e in spans)


def resolve(text: str, findings: list[Finding], rules: Rules, known_persons: Sequence[str] = (),
            known_public: Sequence[str] = (), kept: list[Finding] | None = None) -> list[Finding]:
    """The findings to propose for ``text``: sanitised, allow-listed ones removed, persons propagated to
    every occurrence, overlaps merged, public persons removed and uncertain ones marked; sorted by start.

    ``known_persons``: names of persons found in other documents of the same batch (see
    ``detect.consistent``); they are propagated here too, unless this text names them as public.
    ``known_public``: names of persons the batch showed to be public office holders (evidence too).
    ``kept``: receives the mentions of the public persons, which are not proposed (for the reviewer)."""
    return resolve_persons(text, findings, rules, known_persons, known_public, kept)[0]


def resolve_persons(text: str, findings: list[Finding], rules: Rules, known_persons: Sequence[str] = (),
                    known_public: Sequence[str] = (), public_out: list[Finding] | None = None,
                    ) -> tuple[list[Finding], tuple[str, ...]]:
    """``resolve``, and the identifying names of the persons this text shows to be public office holders
    (the first pass of ``--consistent``). ``public_out`` receives the public persons' mentions
    (``persons.decide``)."""
    for f in findings:
        if f.entity not in rules.categories:
            raise ValueError(
                f"finding from recognizer {f.recognizer!r} has unknown category {f.entity!r}; "
                f"known: {', '.join(rules.categories)}"
            )
    original, text = text, normalize(text)  # same offsets; no-break spaces become spaces
    allow = AllowList(text, rules)
    gazetteer = load_gazetteer(rules)
    lex = role_lexicon(rules)
    parties = party_abbreviations(text, lex)
    codes = code_readings(text)
    # every occurrence of a name the text gives an abbreviation of, found once
    acronyms = [m.span() for n in acronym_names(text, gazetteer) for m in re.finditer(re.escape(n), text)]
    capitals = functools.cache(lambda: frozenset(_CAPITAL_WORD.findall(text)))  # (asked only at a split word)
    tails = (_bracket_surname(text, _hyphen_tail(text, split_word(text, g, capitals), gazetteer, lex), gazetteer, lex)
             for raw in findings for g in sanitize(text, raw))
    ends = (_residence_tail(text, _place_tail(text, _spaced_tail(text, g, gazetteer), gazetteer), gazetteer)
            for g in tails)
    kept = [f for f in (_party_tail(g, lex, gazetteer) for g in ends)
            if f.end > f.start and not allow.allows(f) and not ordinary_word(f, gazetteer) and not venue_name(text, f)
            and not firm_name(text, f) and not defined_party(text, f)
            and not short_unknown(f, gazetteer) and not (f.entity == "NAAM" and _inside(f, acronyms))
            and not place_name(text, f, gazetteer) and not association_name(f, gazetteer)
            and not not_a_person(text, f, codes)
            and not (f.entity == "INITIALEN" and f.text in parties)
            and not (f.entity == "NAAM" and lex.is_party_label(f.text))]  # "Burgerbelangen: A.J. Le Loux"
    organisation = OrganisationData(text, rules)
    organisation.set_names(kept)
    kept = [f for f in kept if not organisation.allows(f)]
    seeds = kept + [Finding("NAAM", -1, -1, 0.7, "Batch", n, ("batch",)) for n in known_persons]
    propagated = Propagator(text, allow).run(seeds)
    kept += [piece for f in propagated for piece in sanitize(text, f)]
    merged = sorted(merge(text, kept), key=lambda f: (f.start, f.end))
    public_mentions: list[Finding] = []
    decided, _, public = decide(text, merged, PublicContext(text, rules), tuple(known_public), public_mentions)
    if public_out is not None:
        public_out.extend(replace(f, text=original[f.start : f.end]) for f in public_mentions)
    decided = [word_tail(original, f) for f in double_surnames(text, decided, gazetteer, lex)]
    return [replace(f, text=original[f.start : f.end]) for f in decided], public

