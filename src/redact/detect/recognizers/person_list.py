"""NAAM in a column of names: lines that hold nothing but a name, several in a row.

A list such as the decorated citizens of a lintjesregen, the members of a klankbordgroep or the invitees of a
hearing puts one person per line ("Boudewijn Vlam", "Riksta Borgerding", "De heer Anne de Vries"), maybe each with
their organisation after a comma, a bar, a dash or in brackets ("Marlea Wagelmans, Bioclear"). When at
least ``MIN_LINES`` such lines stand together (blank lines between them allowed) and most of them start with a
known first name, every line of the run is a name - also "Riksta Borgerding", whose first name no list knows.

Guarantees: a line must be two to four capitalised words (tussenvoegsels allowed, a title in front allowed),
none of them a document word or organisation noun, and not a place as a whole; lines of a run that start with no known
first name are proposed only when at least ``SHARE`` of the run does. Limits: a list with a first name the
lists do not know on most lines is not recognised. A couple on one line ("Theo en Tineke X", "Het echtpaar A B en
C D") is two names.

The same holds for an enumeration in a sentence ("Van links naar rechts: Durkje Boersma, Saapke Nijhuis, Greetje
Krol, Yteke Kuipers en Ina Witteveen"): at least ``MIN_LINES`` items of two to four capitalised words, commas
between them and "en" before the last (or no "en" when every word is shaped as a name: "Afgemeld: A B, C D, E F, G
H."), most of them opening with a known first name - then every item is a name, also one whose first word no list
knows, unless that word is a Dutch word ("Wethouder Jan Smit") that no particle and listed family name follow ("Wils
van der Steen" is a name); a family name the lists know after a particle is no document word there ("Linda de
Heer"). So is an
enumeration of surnames (or first names) alone, as minutes list the absent ("Afmeldingen: … Nijsen, van Deursen,
Janssen, Rutten, Thijssen, Meeks, van Aarle en …", "Van den Heuvel, …, Huiskes en Tas is bericht …"), when an item
has a particle or a colon, comma or title heads it, none of its items is a document word or a place (but one in a roll
of eight or more: "Drieënhuizen") and most are listed names (a double name by a listed part); and so is an item of a
comma-separated list that a line's end splits, a known first name before the break and a family name after it ("…,
Matty van\\nBakel, …").

A column of names surname first, with the given names written out ("Looth, Daniel Jacob", "Beek, Mathijs van der"),
as an old budget's annex lists its pensioners, is read the same way: ``MIN_LINES`` such lines or more together, most of
them with a known first name, each line a name; such a column is no list whose items a line's end splits ("David\nMan"
of "Luitjens, David\nMan, Antoine").

The authors of cited works, surname first and then initials, in a reference list or a footnote ("Audhoe SS, Hoving
JL, Jong PR de. Factors for …") are names as well, and then also a single author opening a line ("Akkermans AJ.
Causaliteit …").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.gazetteer import load_gazetteer
from redact.detect.lexicon import ORG_ABBREVIATIONS, PLACES, has_street_suffix, is_not_name
from redact.detect.names import TITLES_RE, TV_ANY, TV_CAP, TV_LOWER, UP
from redact.detect.recognizers.base import RulesRecognizer, make_result
from redact.detect.wordlist import is_dutch_word
from redact.rules import Rules

MIN_LINES = 4
SHARE = 0.6
_MORE = rf"(?:[ \t]+(?:{TV_ANY}[ \t]+)?{UP}[\w'’-]+)"
_AND = re.compile(r"[ \t]+(?:en|&)[ \t]+")
# one name a line, or a couple: "Theo en Tineke Wolterink-Riezebos", "Het echtpaar Tjesjen Douma en Menno Kuiper"
_LINE = re.compile(
    rf"^[ \t•*-]*(?P<title>(?:[Dd]e heer|[Mm]evrouw|[Dd]hr\.|[Mm]w\.|[Hh]et echtpaar|[Dd]e echtelieden)[ \t]+)?"
    rf"(?P<name>(?:{UP}[\w'’-]+{_MORE}{{0,3}}{_AND.pattern})?{UP}[\w'’-]+{_MORE}{{1,3}})[ \t]*"
    # each with its organisation: "Marlea Wagelmans, Bioclear", "Martin Stamhuis (Waterschap Brabantse Delta)",
    # "Stefan van Gerwen | Provincie Noord-Brabant", "Bas van der Wal - STOWA"
    r"(?:(?:,|\||[-–—](?=[ \t]))[ \t]*[^\n]{1,80}?|\([^()\n]{1,80}\))?[ \t]*$",
    re.MULTILINE,
)


# an enumeration in a sentence: "A B, C D, E F en G H" (each item two to four capitalised words)
_ITEM = rf"{UP}[\w'’-]+{_MORE}{{1,3}}"
_ENUM = re.compile(rf"(?<![\w'’-]){_ITEM}(?:,[ \t]+{_ITEM}){{2,}},?[ \t]+(?:en|&)[ \t]+{_ITEM}(?![\w'’-])")
_ENUM_ITEM = re.compile(_ITEM)
# … or without "en" before the last ("Afgemeld: A B, C D, E F, G H."), of words shaped as names only (not "Lisette van
# der Vossen NZLokaal, Ineke Secker PvdA": a party's tag after each)
_SHAPED = rf"{UP}[a-zà-ÿ'’]+(?:-{UP}?[a-zà-ÿ'’]+)*"
_SHAPED_ITEM = rf"{_SHAPED}(?:[ \t]+(?:{TV_ANY}[ \t]+)?{_SHAPED}){{1,3}}"
_BARE_ENUM = re.compile(rf"(?<![\w'’-]){_SHAPED_ITEM}(?:,[ \t]+{_SHAPED_ITEM}){{{MIN_LINES - 1},}}(?![\w'’-])")
_BARE_ITEM = re.compile(_SHAPED_ITEM)
_PARTICLE_NEXT = re.compile(rf"{UP}[\w'’-]+[ \t]+{TV_ANY}[ \t]+")  # "Wils van der Steen"
# a flattened table of names each with its organisation in brackets: "Bert Moonen (Waterschap Drents Overijsselse
# Delta) Sander Verheijen (Waterschap …) Martin Stamhuis (Waterschap Brabantse Delta) Bas van der Wal (STOWA)"
_PAREN_RUN = re.compile(rf"(?<![\w'’-])(?:{_ITEM}[ \t]*\([^()\n]{{1,60}}\)[ \t]*){{{MIN_LINES},}}")
_PAREN_ITEM = re.compile(rf"{_ITEM}(?=[ \t]*\([^()\n]{{1,60}}\))")

# an enumeration of surnames alone (maybe each with its particle), as minutes list the absent: "Afmeldingen: … V.
# Deenen, Nijsen, van Deursen, Janssen, Rutten, Thijssen, Meeks, van Aarle en …" (at least ``MIN_LINES`` items)
_SUR = rf"(?:(?:[Vv]an[ \t]+(?:der|den|de)|[Vv]an|[Dd]e|der|den|[Tt]er|[Tt]en)[ \t]+)?{UP}[\w'’]+(?:-{UP}[\w'’]+)?"
_SURNAMES = re.compile(rf"(?<![\w'’.-]){_SUR}(?:[ \t]*,[ \t]+{_SUR}){{{MIN_LINES - 2},}}(?:[ \t]+en[ \t]+{_SUR})?"
                       r"(?=[ \t]*(?:[,.;]|[ \t]en[ \t]|$)|[ \t]+[a-zà-ÿ])", re.MULTILINE)  # ("… en Tas is bericht")
_SUR_ITEM = re.compile(_SUR)
# an item of a comma-separated list that the line's end splits: "…, Ep Backer, Matty van\nBakel, Lies Bentveld, …",
# "Cootje\nBraakman", "… en Trudy\nZuidgeest." (a known first name before the break, one family name after it)
_WRAPPED = re.compile(rf"(?:(?<=,)|(?<=[ \t]en))[ \t]*(?P<name>(?P<given>{UP}[\w'’-]+)(?P<tv>(?:[ \t]+{TV_ANY})*)"
                      r"[ \t]*\n[ \t]*"
                      rf"(?P<sur>{UP}[\w'’-]+))(?=[ \t]*(?:,|[ \t]en[ \t]|\.[ \t]*(?:\n|$)))")
_LIST_HEAD = re.compile(rf"(?:[:,]|(?<![\w]){TITLES_RE})[ \t]*\Z")
# a column of names surname first, given names written out, one a line, as an old budget's annex lists pensioners
# ("NAMEN EN VOORNAMEN DER GEPENSIONEERDEN.\nLooth, Daniel Jacob\nLuitjens, David\nMan, Antoine Theodor de"; "Mees, D°.
# Carel": a ditto mark of the column beside it); its lines are no items that a line's end splits ("David\nMan")
_INVERTED_LINE = re.compile(
    rf"^[ \t]*(?P<name>(?:{TV_CAP}[ \t]+)?(?P<sur>{UP}[\w'’]+(?:-{UP}[\w'’]+)?)[ \t]*,[ \t]*(?:D[°o]\.[ \t]*)?"
    rf"(?P<given>{UP}[\w'’]+)(?:[ \t]+{UP}[\w'’]+){{0,3}}(?:[ \t]+{TV_LOWER})?)[ \t]*$", re.MULTILINE)

# the authors of a cited work, surname first and initials without dots or with them, as reference lists and footnotes
# write them: "Audhoe SS, Hoving JL, Nieuwenhuijsen K, Jong PR de, Sluiter JK. Factors for …", "Boer W.E.L.de, Weijers
# J.H.L., Spanjer J, Beijl I van der, Zuidam W, Venema A. Gespreksmodellen …"; a single author only at a line's
# start in a text that holds such a list ("Akkermans AJ. Causaliteit bij letselschade …")
_AUTHOR = (rf"{UP}[\w'’]+(?:-{UP}[\w'’]+)?[ \t]+(?:[A-Z]{{1,4}}|(?:[A-Z]\.){{1,4}})"
           rf"(?:[ \t]?(?:van[ \t]+der|van[ \t]+den|van[ \t]+de|van|de|den|der|ten|ter|te)(?![\w]))?")
_AUTHORS = re.compile(rf"(?<![\w'’.-]){_AUTHOR}(?:,[ \t]+{_AUTHOR})+(?:,[ \t]+et[ \t]+al)?(?=\.[ \t]+\S|\.?$)",
                      re.MULTILINE)
_AUTHOR_LINE = re.compile(rf"(?m)^[ \t]*{_AUTHOR}(?=(?:[ \t]+et[ \t]+al)?\.[ \t]+{UP})")
_AUTHOR_ITEM = re.compile(_AUTHOR)
_ROMAN = re.compile(r"[IVXL]{2,}")


def _runs(lines: Iterable[re.Match[str]], accept: Callable[[re.Match[str]], bool]) -> list[list[re.Match[str]]]:
    """The ``lines`` that ``accept`` takes, in runs of lines next to each other (blank lines between them allowed, at
    most two line breaks and no page break); a line it refuses ends the run."""
    runs: list[list[re.Match[str]]] = []
    last_end = -1
    for m in lines:
        if not accept(m):
            last_end = -1
            continue
        gap = m.string[last_end:m.start()] if last_end >= 0 else None
        if gap is not None and not gap.strip() and gap.count("\n") <= 2 and "\f" not in gap:
            runs[-1].append(m)
        else:
            runs.append([m])
        last_end = m.end()
    return runs


class NameListRecognizer(RulesRecognizer):
    """A run of lines that each hold one name (see the module docstring)."""

    NAME = "NameListRecognizer"
    ENTITIES = ("NAAM",)
    SCORE = 0.7

    def __init__(self, rules: Rules) -> None:
        self.gazetteer = load_gazetteer(rules)
        super().__init__(rules)

    def _place(self, word: str) -> bool:
        """A place by the rules' list or the gazetteer's ("Den Haag", "Wijhe")."""
        return word.lower() in PLACES or self.gazetteer.is_place(word)

    def _plain(self, name: str) -> bool:
        """No document word in it, and not a place as a whole ("Den Haag"; "Anne de Vries" is a person)."""
        tokens = re.split(r"[ \t]+", name)
        words = [w for w in tokens if w[:1].isupper()]
        # a family name after a particle that the lists know there is one, though also a word ("Linda de Heer")
        after_tv = {w for w, prev in zip(tokens[1:], tokens, strict=False)
                    if prev.islower() and self.gazetteer.is_surname(w, after_tv=True)}
        whole = " ".join(name.split())
        # a first name that is also a word ("Ben Francooy", "Roos Jansen") still opens a name line
        first_ok = len(words) > 1 and self.gazetteer.is_first_name(words[0])
        return not (any(is_not_name(w) and w not in after_tv for w in words[1 if first_ok else 0:])
                    or self._place(whole))

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for run in _runs(_LINE.finditer(text), lambda m: self._plain(m.group("name"))):
            if len(run) < MIN_LINES:
                continue
            known = sum(1 for m in run if self.gazetteer.is_first_name(m.group("name").split()[0]))
            if known < SHARE * len(run):
                continue
            for m in run:
                start = m.start("name")
                for sep in [*_AND.finditer(text, start, m.end("name")), None]:  # a couple: two persons
                    end = sep.start() if sep else m.end("name")
                    out.append(make_result(self, "NAAM", start, end, self.SCORE, ("structure:name-list",)))
                    start = sep.end() if sep else end
        inverted = self._inverted(text)
        return (out + inverted + self._enumerations(text) + self._surnames(text)
                + [r for r in self._wrapped(text) if not any(i.start <= r.start < i.end for i in inverted)]
                + self._authors(text))

    def _inverted(self, text: str) -> list[RecognizerResult]:
        """The lines of a column of names surname first (``_INVERTED_LINE``), ``MIN_LINES`` or more together, with a
        known first name opening the given names of most (``SHARE``) and no document word for a surname, nor a place
        that no list knows as a surname unless a known first name follows it ("Olst, Egbertus Johannes van")."""
        def surname(m: re.Match[str]) -> bool:
            sur = m["sur"]
            return not (is_not_name(sur) or sur in ORG_ABBREVIATIONS or (
                self._place(sur) and not self.gazetteer.is_surname(sur)
                and not self.gazetteer.is_first_name(m["given"])))  # "Beek, Mathijs van der" ("Beek" a place)

        runs = _runs(_INVERTED_LINE.finditer(text), surname) if "," in text else []
        return [make_result(self, "NAAM", m.start("name"), m.end("name"), self.SCORE, ("structure:name-list",))
                for run in runs if len(run) >= MIN_LINES
                and sum(self.gazetteer.is_first_name(m["given"]) for m in run) >= SHARE * len(run) for m in run]

    def _authors(self, text: str) -> list[RecognizerResult]:
        """The authors of cited works (``_AUTHORS``): every item of a list of which two in three items read as an
        author (``_author``: not "Fase II, Fase III", "Nederland NL, Belgie BE"), and, when the text holds such a
        list, each single author that opens a line and reads as one."""
        if not re.search(r"[A-Z][ \t]*[,.]", text):
            return []
        items: list[re.Match[str]] = []
        for m in _AUTHORS.finditer(text):  # two in three items must read as an author ("Nederland NL, Belgie BE")
            found = list(_AUTHOR_ITEM.finditer(text, m.start(), m.end()))
            if 3 * sum(self._author(i.group()) for i in found) >= 2 * len(found):
                items += found
        if items:
            items += [i for i in _AUTHOR_LINE.finditer(text) if self._author(i.group())]
        return [make_result(self, "NAAM", i.start(), i.end(), self.SCORE, ("structure:authors",)) for i in items]

    def _author(self, item: str) -> bool:
        """A surname that is no document word or place, and initials that are no Roman numeral or abbreviation."""
        surname, initials = item.split()[:2]
        return not (is_not_name(surname) or self._place(surname)
                    or _ROMAN.fullmatch(initials.replace(".", "")) or initials in ORG_ABBREVIATIONS)

    def _enumerations(self, text: str) -> list[RecognizerResult]:
        """The items of an enumeration of names in a sentence, or of a flattened table of names with their
        organisations in brackets (see the module docstring)."""
        out: list[RecognizerResult] = []
        enums = [list(_ENUM_ITEM.finditer(text, m.start(), m.end())) for m in _ENUM.finditer(text)]
        enums += [list(_BARE_ITEM.finditer(text, m.start(), m.end())) for m in _BARE_ENUM.finditer(text)]
        enums += [list(_PAREN_ITEM.finditer(text, m.start(), m.end())) for m in _PAREN_RUN.finditer(text)]
        for items in enums:
            if len(items) < MIN_LINES or not all(self._plain(i.group()) for i in items):
                continue
            known = [self.gazetteer.is_first_name(i.group().split()[0]) for i in items]
            if sum(known) < SHARE * len(items):
                continue
            out += [make_result(self, "NAAM", i.start(), i.end(), self.SCORE, ("structure:name-list",))
                    for i, k in zip(items, known, strict=True) if k or self._unknown_given(i.group())]
        return out

    def _unknown_given(self, item: str) -> bool:
        """An enumeration's item whose first word no list knows as a first name: a name when that word is no Dutch
        word, or when a particle and a listed family name follow it ("Wils van der Steen"; "Wethouder Jan Smit" is
        no item of its own)."""
        words = item.split()
        return not is_dutch_word(words[0]) or (_PARTICLE_NEXT.match(item) is not None
                                               and self.gazetteer.is_surname(words[-1], after_tv=True))

    def _surnames(self, text: str) -> list[RecognizerResult]:
        """The items of an enumeration of surnames alone (``_SURNAMES``) with a particle in an item or a colon, comma
        or title before it: none a document word, an organisation's abbreviation or a place that is no listed surname,
        most of them (``SHARE``) a listed name; then each that is no Dutch word, or a listed name, is a name ("Witjes",
        "Meeks" beside "Janssen", "Rutten")."""
        out: list[RecognizerResult] = []
        for m in _SURNAMES.finditer(text) if ", " in text else ():
            items = list(_SUR_ITEM.finditer(text, m.start(), m.end()))
            # a list's own sign: a particle in an item, a label's colon, a comma or a title before it (the tail of a
            # longer list: "Vlnr: W. Schotten, mr. Plomp, Burgers, Boon, Blom, Uitentuis"); not "de schoolvakken
            # Nederlands, Engels, Frans, Duits en …": languages
            if len(items) < MIN_LINES or not (any(" " in i.group() for i in items)
                                              or _LIST_HEAD.search(text, max(0, m.start() - 30), m.start())):
                continue
            words = [i.group().split()[-1] for i in items]
            # (or first names alone: "Welkom aan nieuwe leden: Annemiek, Anton, Wouter en Lex."; a double name
            # counts by a listed part: "Visser-Noordijk")
            known = [any(self.gazetteer.is_surname(p, after_tv=" " in i.group()) for p in w.split("-"))
                     or (" " not in i.group() and self.gazetteer.is_first_name(w))
                     for w, i in zip(words, items, strict=True)]
            place = [self._place(w) for w in words]
            # (a listed surname may be a place too: "Rutten"; one place in a long roll is a surname, "Drieënhuizen")
            if any(is_not_name(w) or w in ORG_ABBREVIATIONS or has_street_suffix(w) for w in words) \
                    or sum(p and not k for k, p in zip(known, place, strict=True)) > (len(items) >= 8) \
                    or sum(known) < SHARE * len(items):
                continue
            out += [make_result(self, "NAAM", i.start(), i.end(), self.SCORE, ("structure:name-list",))
                    for i, w, k in zip(items, words, known, strict=True) if k or not is_dutch_word(w.lower())]
        return out

    def _wrapped(self, text: str) -> list[RecognizerResult]:
        """The items of a comma-separated list that a line's end splits (``_WRAPPED``): a known first name before the
        break and a family name after it that is no document word, street ("Alexander\\nDumaslaan"), place (unless
        after a particle: "Matty van\\nBakel") or Dutch word unless a list knows it."""
        out: list[RecognizerResult] = []
        for m in _WRAPPED.finditer(text) if "\n" in text else ():
            sur = m["sur"]
            if not self.gazetteer.is_first_name(m["given"]) or is_not_name(m["given"]) or is_not_name(sur) \
                    or sur in ORG_ABBREVIATIONS or (self.gazetteer.is_place(sur) and not m["tv"]) \
                    or has_street_suffix(sur) \
                    or (is_dutch_word(sur.lower()) and not self.gazetteer.is_surname(sur, after_tv=True)):
                continue
            out.append(make_result(self, "NAAM", m.start("name"), m.end("name"), self.SCORE, ("structure:name-list",)))
        return out



__all__ = ["NameListRecognizer"]
