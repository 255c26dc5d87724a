"""NAAM in running text from strong cues: a title or form of address before a name, and
initials before a surname.

* titles: ``dhr. Jansen``, ``mevr. De Vries``, ``mw. Bakker``, ``de heer P. de Vries``, ``mevrouw
  Jansen``, ``mr. drs. P.J. de Vries``, ``ir. Jansen``, ``w.g. P. Jansen`` (the title is not part of
  the span; after a title the tussenvoegsel may be lower case: ``de heer de Vries``); each surname after a
  plural form of address, ``de heren Linssen en Kardux``, ``de dames A, B (CDA) en C`` (not a salutation,
  ``Mijne heren``; after a lower-case tussenvoegsel only a listed surname: not ``de dames van de Vereniging``; a
  family name of two with a capital particle and a stop word after a particle: ``de heren Ritsema Van Campen en
  Vroom``, ``de dames Van Elk en Logtmeijer``);
* initials + surname: ``P. Jansen``, ``P.J. de Vries``, ``J.P. Verhoef``, ``Th. van 't Hek``; after a title
  also an initial without its dot (``mw. M Eekhout``);
* a register's entry, a line or table cell holding only "Surname, [titles] initials": ``| Andriessen, mr.
  F.H.J.J. |``, ``Ende, D.A.P.W. van der``, and a speaker of a meeting's video index written surname first
  (``02:40:02 - 02:39:55 - Zwanenberg, Pepijn``);
* a double surname whose second part has a tussenvoegsel: ``Post-van den Broek``, ``Isa Post-van
  den Broek`` (no Dutch word or place is written like that);
* a couple's initials before the shared family name, ``J. en M. de Vries``, also without dots opening a list's line
  (``R en I Wijngaard``, a surname the lists know); initials that end the title's line and the surname that opens
  the next, ``mevrouw M.H.\nStijn``; after a form of address a name and then its address, ``de heer Arrus
  Rustenburgerweg 247``.

Guarantees: references such as "bijlage A. Deze", "artikel B. Overzicht", "N.B. Dit", numbered headings ("C.
Financiële gevolgen") and the items of a lettered list ("U. Leegstandsdebat" between "T. …" and "V. …") are not
names, nor is an institution named after a person ("de Dr. Henri van der Hoeven Kliniek"); document words, months
and stop words are never a surname. Limits: full names without any cue ("Piet Jansen belde") are not found here;
they are found when the same person is named with a cue elsewhere in the text (propagation).
"""

from __future__ import annotations

import itertools
import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.gazetteer import Gazetteer, load_gazetteer
from redact.detect.lexicon import (
    INITIAL_BLOCKERS,
    ORG_ABBREVIATIONS,
    STOP_WORDS,
    TV_WORDS,
    blocked_initials,
    has_street_suffix,
    is_not_name,
)
from redact.detect.names import (
    FORMS,
    GIVEN_WORD,
    INITIAL,
    INITIALS,
    NAME_WORD,
    NOBILITY,
    SURNAME_CORE,
    TITLES_RE,
    TV_ANY,
    TV_CAP,
    TV_LOWER,
    NameParts,
    parts_from_match,
    plausible,
)
from redact.detect.recognizers.base import RulesRecognizer, in_url_or_email, make_result
from redact.detect.recognizers.person_gazetteer import INSTITUTION_AFTER
from redact.detect.roles import role_lexicon
from redact.detect.scan import candidates
from redact.detect.tables import INDEX_TIMES
from redact.detect.wordlist import is_compound, is_dutch_word, is_word_or_compound

_TITLES = re.compile(rf"(?:{TITLES_RE})")
_ADDRESS_FORM = re.compile(r"(?i)(?<![\w])(?:heer|dhr|hr|mevrouw|mevr|mw|mej|mejuffrouw|fam|familie)(?![\w])")
_INITIALS_START = re.compile(rf"(?<![\w.'’])(?={INITIAL})")
_PREV_WORD = re.compile(r"([\w.]+)[ \t]*$")
_COLLEGE_BW = re.compile(r"(?<![\w])B[ \t]*&[ \t]*\Z")
_HEADINGISH = ("heid", "tie", "ties", "stelling", "eling", "ding", "schap", "isme", "logie", "teit", "ingen")
# A double surname with a tussenvoegsel in its second part is a name in itself: "Post-van den Broek",
# "Isa Post-van den Broek", "Landen-van der Hoeven", also with one in its first part: "Marjo van Maurik-de Graaff", and
# with a capital particle after the hyphen after a given name: "Agnes van Ardenne-Van der Hoeven" (not a pair of
# places, "Tilburg-Den Bosch", nor a motie's name, "Motie-De Pater-van der Meer").
_DOUBLE = re.compile(
    rf"(?<![\w'’-])(?:(?P<given>{GIVEN_WORD})[ \t]+)?(?P<tv0>{TV_LOWER}[ \t]+)?"
    rf"(?P<sur>{NAME_WORD}-(?P<tv2>{TV_ANY})[ \t]+{SURNAME_CORE})"
)
_LOWER_WORD = re.compile(r"[ \t]+[a-zà-ÿ]")
# the neuter article before a title: no person's, a building's or an institution's name ("het Dr. Ackenshuis")
_NEUTER_BEFORE = re.compile(r"(?<![\w])(?i:het|['’]t)[ \t]+\Z")
# a family name in capitals after a title or initials, as minutes print speakers: "de heer GRAMSBERGEN",
# "De heer J.P. NIENHUIS", "L.J. VAN DER POEL"
# more capitals after a name in capitals: a heading, unless they give the place the person lives in ("VERSLAG OVER
# HET ADRES VAN F. A. A. H. BREEKPOT TE WEERT")
_CAPS_AFTER = re.compile(r"[ \t]+(?!TE[ \t]+['’]?[A-Z])[A-Z]{2,}(?![\w])")
_RESIDENCE_AFTER = re.compile(r"[ \t]+TE[ \t]+['’]?[A-Z]{2,}")
_CAPS_NAME = re.compile(
    rf"(?P<ini>(?:{INITIAL}[ \t]?)+[ \t]*)?"
    rf"(?:(?:{'|'.join(w.upper() for w in NOBILITY)})[ \t]+)?"  # nobility: "R.J. GRAAF X"
    r"(?P<tv>(?:(?:VAN|DE|DER|DEN|TER|TEN|TE|IN|HET|['’]T|LA|LE|DU|DES|DI|DA|DEL|DOS|VON)[ \t]+){0,3})"
    r"(?P<sur>[A-Z][A-Z'’]{2,}(?:-[A-Z][A-Z'’]{2,})?)(?![\w'’-])"
)
# an initial without its dot after a title: "mw. M Eekhout" (not "mevrouw A"; a surname must follow)
_BARE_INITIAL = re.compile(rf"(?P<ini>[A-Z])[ \t]+(?P<tv>(?:{TV_LOWER})[ \t]+)?(?P<sur>{NAME_WORD})(?![\w'’.-])")
# initials right before the ones a name scan began at: "N. V. Bataafsche" (the scan began at "V.")
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.?-?[ \t]?)+\Z")  # (also "R.-" of "R.-K. Ziekenhuis")
# an initial without its dot, a tussenvoegsel and a surname opening a list's line: "C van de Wiel – BC Zomertuinen"
_BARE_ENTRY = re.compile(rf"(?m)^[ \t]*(?P<ini>[A-Z])[ \t]+(?P<tv>{TV_LOWER})[ \t]+(?P<sur>{NAME_WORD})"
                         r"(?=[ \t]*(?:[-–,;(]|$))")
# a couple's initials before the shared family name: "J. en M. de Vries" (the first initials are the name's too), and
# without dots opening a list's line: "R en I Wijngaard Groendeijk 7" (then a surname the name lists know)
_COUPLE_BEFORE = re.compile(rf"(?<![\w.'’]){INITIALS}[ \t]*(?:en|&)[ \t]+\Z")
_BARE_COUPLE = re.compile(rf"(?m)^[ \t]*(?P<ini>[A-Z])[ \t]+(?:en|&)[ \t]+[A-Z][ \t]+(?:(?P<tv>{TV_LOWER})[ \t]+)?"
                          rf"(?P<sur>{NAME_WORD})")
# a name a line break cut after its initials: "mevrouw M.H.\nStijn" (the initials end the title's line)
_INITIALS_EOL = re.compile(rf"[ \t]*(?:{TITLES_RE})?(?P<ini>{INITIALS})[ \t]*\Z")  # matched up to the line end
_SURNAME_BOL = re.compile(rf"[ \t]*(?:(?P<tv>{TV_ANY})[ \t]+)?(?P<sur>{SURNAME_CORE})(?![\w'’-])")
_TAIL_EMPTY = re.compile(r"[ \t]*(?:[,.:;]|\([^()\n]*\))?[ \t]*$")
# a register's entry: a line or table cell that holds only "Surname, [titles] initials" ("| Andriessen, mr. F.H.J.J. |",
# "Ende, D.A.P.W. van der"), the form of personnel lists and inventories
_INVERTED_ENTRY = re.compile(
    rf"(?:(?<=\n)|\A|(?<=\|)|(?<=\t))[ \t]*(?P<name>(?:(?P<tv0>{TV_CAP})[ \t]+)?"
    rf"(?P<sur>{SURNAME_CORE}(?:[ \t]+{NAME_WORD})?)(?:[ \t]+(?P<tv2>{TV_LOWER}))?,[ \t]*(?:{TITLES_RE})?"
    rf"(?P<ini>{INITIALS})(?:[ \t]+(?P<tv>{TV_ANY})(?![\w.]))?)[ \t]*(?=\||\t|\n|\Z|;)"
)

# … and with the initials in brackets, as the Handelingen's alphabetical lists of members print them, also after the
# columns of the entry before it on the same line: "Algra, (H.)", "1946—1954 Anema, (Mr. A.)", "Ruijs de Beerenbrouck,
# (Jhr. Mr. G. A. M. J.)", "Kieft, (J. van de)"
_BRACKETED_ENTRY = re.compile(
    rf"(?<![\w'’.-])(?P<name>(?:(?P<tv0>{TV_CAP})[ \t]+)?"
    rf"(?P<sur>{SURNAME_CORE}(?:[ \t]+(?:{TV_LOWER}[ \t]+)?{NAME_WORD})?)"
    rf"(?:[ \t]+(?P<tv2>{TV_LOWER}))?,[ \t]*\((?:{TITLES_RE})?(?P<ini>{INITIALS})(?:[ \t]+(?P<tv>{TV_ANY})(?![\w.]))?"
    r"[ \t]*\))"
)

_BRACKET_AFTER_COMMA = re.compile(r",[ \t]*\([A-Za-z]")  # (a cheap test before the full pattern)

# a speaker of a meeting's video index, written surname first: "02:40:02 - 02:39:55 - Zwanenberg, Pepijn",
# "… - Heuven, Maarten van", "… - Dijksma, S.A.M.", "… - Deldjou Farid, Melody" (a family name of two words; the given
# name one a list knows, or initials)
_INDEX_ENTRY = re.compile(
    rf"(?m){INDEX_TIMES}(?P<name>(?P<sur>{SURNAME_CORE}(?:[ \t]+{NAME_WORD})?),[ \t]*"
    rf"(?:(?P<ini>{INITIALS})|(?P<given>{GIVEN_WORD}))"
    rf"(?:[ \t]+(?P<tv>{TV_ANY})(?![\w.]))?)[ \t]*$"
)

# a plural form of address before a list of surnames: "met name de heren Linssen en Kardux", "de dames A, B en C",
# "de heren van Steen, Traets", abbreviated "Afmeldingen: Dhrn. de Groot, van Rens, Witjes"; not a salutation ("Mijne
# heren", "Dames en heren")
_PLURAL_TITLE = re.compile(r"(?<![\w])(?<!(?i:mijne) )(?<!(?i:dames en) )(?i:de[ \t]+)?"
                           r"(?i:heren|heeren|dames|dhrn\.|dhren\.)(?:[ \t]*[:;])?[ \t]+"  # "Dit waren de heren; A, B"
                           r"(?=[A-ZÀ-Þ]|(?:van|de|ten|ter)[ \t])")
# a capitalised word right before, in the same line: the plural form of address is part of a name ("Zeeuwse Dames")
# (after another word, not a label's at the line's start: "Aanwezig Heren A en B")
_NAME_WORD_BEFORE = re.compile(r"(?<=[\w'’-][ \t])[A-ZÀ-Þ][a-zà-ÿ]+[ \t]+\Z")
# one surname of that list, maybe with initials and a tussenvoegsel
# (a family name of two whose second opens with a capital particle: "de heren Ritsema Van Campen en Vroom")
_SURNAME_ITEM = re.compile(rf"(?P<ini>{INITIALS}[ \t]?)?(?:(?P<tv>{TV_ANY})[ \t]+)?"
                           rf"(?P<sur>{SURNAME_CORE}(?:[ \t]+{TV_CAP}[ \t]+{NAME_WORD})?)(?![\w'’-])")
# between two names of that list, maybe after a bracketed tag (a function, "(voorzitter van het bestuur van het
# Centre of European Policy Studies (CEPS) in Brussel)"): ", ", " en "
_LIST_SEP = re.compile(r"[ \t]*(?:\((?:[^()\n]|\([^()\n]{1,20}\)){1,160}\)[ \t]*)?"
                       r"(?:,[ \t]*(?:en[ \t]+)?|[ \t]+en[ \t]+)(?=[A-ZÀ-Þ]|(?:van|de|ten|ter)[ \t])")


# the second word of a family name of two after a title and initials, up to a list's or a clause's boundary (or a full
# stop that ends the line: "Prof. dr. A.C. Nieuwenhuijzen Kruseman.\n"): "mevrouw mr. E. Huineman Lindt;", "dr. A.H.G.
# Rinnooy Kan – Voorzitter SER", "mr. F. Korthals Altes, oud-Minister"
# (also after a particle, "jhr. mr. F. A. Groeninx van Zoelen, directeur-generaal", when the first word is no listed
# surname: "A. Bakker van ProRail," is a name and an employer)
_SECOND_WORD = rf"(?P<word>{NAME_WORD})(?=[ \t]*(?:[,;)]|[ \t][-–][ \t]|\n|\Z|[ \t]te[ \t]|\.[ \t]*(?:\n|\Z)))"
_SECOND = re.compile(rf"[ \t](?P<tv>(?:van|de|der|den|ter|ten|tot)(?:[ \t]+(?:de|der|den))?[ \t]+)?{_SECOND_WORD}")


def _second_word(text: str, end: int, first: str, g: Gazetteer) -> int:
    """The end of the name ending at ``end`` (whose family name is ``first``), with the second word of a family name
    of two: a word that no list of ordinary words, places or organisations holds, or a listed surname."""
    m = _SECOND.match(text, end)
    if m is None or (m["tv"] and (g.is_surname(first) or is_dutch_word(first.lower()))):
        return end
    w = m["word"]
    # (after a particle a place too: names of the nobility, "Groeninx van Zoelen", "Van Voorst tot Voorst")
    ordinary = is_not_name(w) or w in ORG_ABBREVIATIONS or (g.is_place(w) and not m["tv"]) or w.isupper()
    # (after a particle an old word too, "van Zoelen", not a compound: "van Onderwijs")
    word = (is_dutch_word(w.lower()) and not m["tv"]) or is_compound(w.lower())
    return end if ordinary or (word and not g.is_surname(w)) else m.end()


_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


class TitleNameRecognizer(RulesRecognizer):
    """Names after titles and names written with initials."""

    NAME = "TitleNameRecognizer"
    ENTITIES = ("NAAM",)
    TITLE_SCORE = 0.8
    INITIALS_SCORE = 0.7
    MULTI_INITIALS_SCORE = 0.75
    DOUBLE_SCORE = 0.65

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        gazetteer = load_gazetteer(self.rules)
        buildings: set[str] = set()  # "bij het Dr. Ackenshuis": a building named after a person (at every mention)
        for m in _TITLES.finditer(text):
            pos = m.end()
            line_end = self._line_end(text, pos)
            if not text[pos:line_end].strip() and line_end + 1 < len(text):
                pos = line_end + 1  # "contact opnemen met mevrouw\nA.P. van de Greef"
                line_end = self._line_end(text, pos)
            n = candidates(text, pos, line_end, after_title=True, free=True,
                           addressed=_ADDRESS_FORM.search(m.group()) is not None)
            span = (n.start, n.end) if n is not None else _caps_name(text, pos, after_title=True) or _bare(text, pos) \
                or _wrapped(text, pos, line_end, gazetteer)
            if span is None or in_url_or_email(text, *span) or INSTITUTION_AFTER.match(text, span[1]):
                continue  # (an institution named after the person: "de Dr. Henri van der Hoeven Kliniek")
            if n is not None and (p := n.parts) is not None and p.initials and not p.tv and not p.given:
                span = (span[0], _second_word(text, span[1], p.surname, gazetteer))
            if _NEUTER_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                buildings.add(text[span[0]:span[1]])
                continue
            title = " ".join(m.group().split()).rstrip(".").lower()
            results.append(
                make_result(
                    self, "NAAM", span[0], span[1], self.TITLE_SCORE, ("structure:title", f"context:{title}")
                )
            )
        if buildings:
            results = [r for r in results if text[r.start:r.end] not in buildings]
        for m in _PLURAL_TITLE.finditer(text):
            if m.group()[0] in "DH" and _NAME_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "de Eerste Zeeuwse Dames Voetbal Vereniging": a word of a name in capitals, no address
            pos, line_end = m.end(), self._line_end(text, m.end())
            for _ in range(12):  # the names of the list, one by one
                item = _SURNAME_ITEM.match(text, pos, line_end)
                if item is None or in_url_or_email(text, *item.span()) or not self._list_item(item):
                    break
                results.append(make_result(self, "NAAM", item.start(), item.end(), self.TITLE_SCORE,
                                           ("structure:title", "context:de heren")))
                if (sep := _LIST_SEP.match(text, item.end(), line_end)) is None:
                    break
                pos = sep.end()
        for m in _INITIALS_START.finditer(text):
            r = self._initials(text, m.start())
            if r is not None:
                results.append(r)
        for m in _BARE_ENTRY.finditer(text):
            if plausible(NameParts((), m["ini"], " ".join(m["tv"].split()), m["sur"], "initials")) \
                    and not is_not_name(m["sur"]):
                results.append(make_result(self, "NAAM", m.start("ini"), m.end(), self.INITIALS_SCORE,
                                           ("structure:initials",)))
        for m in _BARE_COUPLE.finditer(text):
            if gazetteer.is_surname(m["sur"], after_tv=m["tv"] is not None) and not is_not_name(m["sur"]) \
                    and plausible(NameParts((), m["ini"], " ".join((m["tv"] or "").split()), m["sur"], "initials")):
                results.append(make_result(self, "NAAM", m.start("ini"), m.end(), self.INITIALS_SCORE,
                                           ("structure:initials",)))
        bracketed = _BRACKETED_ENTRY.finditer(text) if _BRACKET_AFTER_COMMA.search(text) else iter(())
        for m in itertools.chain(_INVERTED_ENTRY.finditer(text), bracketed):
            words = [w for w in m.group("sur").split() if w not in TV_WORDS]
            tv = " ".join(x for x in (m.group("tv0"), m.group("tv2"), m.group("tv")) if x)
            parts = NameParts((), re.sub(r"[^A-Z]", "", m.group("ini")), tv.lower(), m.group("sur"), "inverted")
            place = gazetteer.is_place(" ".join(x for x in (m.group("tv0"), m.group("sur")) if x))
            # a listed surname counts also when it is a place or ends like a street ("Witteveen", "Korteweg")
            known = gazetteer.is_surname(words[-1]) and not (m.group("tv0") and place)
            if any(w in ORG_ABBREVIATIONS or is_not_name(w) for w in words) \
                    or blocked_initials(m.group("ini"), words[0]) or not (known or (plausible(parts) and not place)):
                continue
            results.append(make_result(self, "NAAM", m.start("name"), m.end("name"), self.MULTI_INITIALS_SCORE,
                                       ("structure:inverted",)))
        for m in _INDEX_ENTRY.finditer(text):
            if is_not_name(m.group("sur")) or m.group("sur") in ORG_ABBREVIATIONS or not (
                    m.group("ini") or gazetteer.is_first_name(m.group("given"))):
                continue
            results.append(make_result(self, "NAAM", m.start("name"), m.end("name"), self.MULTI_INITIALS_SCORE,
                                       ("structure:inverted",)))
        for m in _DOUBLE.finditer(text):
            start = m.start()
            given = m.group("given")
            if m.group("tv2")[:1].isupper() and not (given and gazetteer.is_first_name(given)):
                continue  # a capital particle after the hyphen only after a given name: not "Tilburg-Den Bosch"
            if given and not plausible(NameParts((given,), "", "", m.group("sur"), "full")):
                start = m.start("tv0") if m.group("tv0") else m.start("sur")  # "Volgens Post-van den Broek"
            if not plausible(NameParts((), "", "", m.group("sur"), "single")):
                continue
            if in_url_or_email(text, start, m.end()):
                continue
            results.append(
                make_result(self, "NAAM", start, m.end(), self.DOUBLE_SCORE, ("structure:double-surname",))
            )
        return results

    def _list_item(self, m: re.Match[str]) -> bool:
        """A surname of a plural form of address's list: plausible, no document word, not the first word of a plural
        office; after a lower-case tussenvoegsel one the name lists know ("de heren van Steen", not "de dames van de
        Vrouwenverenigingen")."""
        tv = (m["tv"] or "").lower()
        parts = NameParts((), re.sub(r"[^A-Z]", "", m["ini"] or ""), " ".join(tv.split()), m["sur"], "single")
        words = [w for w in re.split(r"[- \t]+", m["sur"]) if w and w.lower() not in TV_WORDS]
        # (after a tussenvoegsel a stop word is a surname, as ``plausible`` has it: "de dames Van Elk en Logtmeijer")
        if not plausible(parts) or any((is_not_name(w) and not (tv and w.lower() in STOP_WORDS))
                                       or w.upper() in ORG_ABBREVIATIONS for w in words):
            return False
        lex = role_lexicon(self.rules)  # "Wensen de heren Gevolmachtigde Ministers …": an office, not a name
        if lex.plural is not None and (nxt := _NEXT_WORD.match(m.string, m.end())) \
                and lex.plural.fullmatch(f"{m['sur']} {nxt[1]}".lower()):
            return False
        return not (m["tv"] and m["tv"][0].islower() and not m["ini"]
                    and not load_gazetteer(self.rules).is_surname(words[-1], after_tv=True))

    @staticmethod
    def _line_end(text: str, pos: int) -> int:
        e = text.find("\n", pos)
        return len(text) if e < 0 else e

    def _initials(self, text: str, pos: int) -> RecognizerResult | None:
        line_end = self._line_end(text, pos)
        m = FORMS["initials"].match(text, pos, line_end)
        if not m:
            line_start = text.rfind("\n", 0, pos) + 1
            span = _caps_name(text, pos, after_title=False) if text[line_start:pos].strip() else None
            if span is None or in_url_or_email(text, *span):
                return None  # a lettered heading in capitals ("C. FINANCIËLE GEVOLGEN") starts its line
            return make_result(self, "NAAM", span[0], span[1], self.INITIALS_SCORE, ("structure:initials",
                                                                                     "casing:capitals"))
        parts = parts_from_match(m, "initials")
        before = _INITIALS_BEFORE.search(text, max(0, pos - 12), pos)  # "N. V. Bataafsche": the scan began at "V."
        if blocked_initials((before.group() if before else "") + parts.initials, parts.surname) \
                or not plausible(parts) or (before and before.group().rstrip().endswith("-")):
            return None  # (the scan began inside a pair, "R.-K. Ziekenhuis": the pair's own scan decides)
        line_start = text.rfind("\n", 0, pos) + 1
        prev = _PREV_WORD.search(text, line_start, pos)
        if prev and prev.group(1).lower().rstrip(".") in INITIAL_BLOCKERS:
            return None
        if parts.initials.upper() == "CS" and prev and prev.group(1)[:1].isupper():
            return None  # "MOTIE VAN HET LID ROSENMÖLLER C.S. Voorgesteld …": cum suis after the mover's name
        if _COLLEGE_BW.search(text, max(0, pos - 8), pos):
            return None  # "het College van B & W. Aanmelden kan …": the W of B&W ends a sentence
        single = len(parts.initials) == 1 or parts.initials in ("Th", "Chr", "Ph", "Ch", "Sj", "IJ")
        # "C. Financiële gevolgen" / "B. Probleemstelling": a lettered heading, not "P. Jansen belt." or
        # "H. ten Brink, A. 't Hart".
        line = text[line_start:line_end].rstrip()
        continues_lower = bool(_LOWER_WORD.match(text, m.end(), line_end))
        heading = (continues_lower and not line.endswith((".", "?", "!", ":", ";", ","))) or (
            _TAIL_EMPTY.match(text, m.end(), line_end) is not None
            and parts.surname.lower().endswith(_HEADINGISH)
            and not parts.tv
        )
        lettered = parts.initials in ("I", "V", "X") or (
            single and re.search(r"(?:[.:;]|^)[ \t]*\Z", text[line_start:pos]) is not None)
        if lettered and not parts.tv and (is_dutch_word(parts.surname.lower()) or (
                parts.initials in ("I", "V", "X") and is_word_or_compound(parts.surname))) \
                and not load_gazetteer(self.rules).is_name(parts.surname):
            # "N.B I. Toehoorders kunnen …", "V. Rondvraag", "… Planetenlaan. N. Klacht van A.F. de Vries": a
            # numbered or lettered point's word after a sentence, no listed name (after a Roman numeral also a
            # compound: "punt: I. Structuuronderzoek")
            return None
        if single and not text[line_start:pos].strip() and (heading or _lettered_item(
                text, line_start, line_end, parts.initials, parts.surname, load_gazetteer(self.rules))):
            return None
        if in_url_or_email(text, m.start(), m.end()):
            return None
        score = self.INITIALS_SCORE if single else self.MULTI_INITIALS_SCORE
        couple = _COUPLE_BEFORE.search(text, max(line_start, m.start() - 40), m.start())
        return make_result(self, "NAAM", couple.start() if couple else m.start(), m.end(), score,
                           ("structure:initials",))


def _lettered_item(text: str, line_start: int, line_end: int, letter: str, word: str, gazetteer: Gazetteer) -> bool:
    """True for an item of a lettered list ("T. Actieprogramma …\nU. Leegstandsdebat\nV. Themadebat WMO"): the line
    before or after opens with the letter before or after ``letter`` and a full stop, and ``word`` is a Dutch word or
    compound, no surname the lists know (a roll may hold "J. Jansen\nK. Pietersma\nL. Bakker")."""
    if len(letter) != 1 or not "A" <= letter <= "Z":
        return False
    prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    before = text[prev_start:max(prev_start, line_start - 1)].lstrip().startswith(chr(ord(letter) - 1) + ". ")
    after = text[line_end + 1:line_end + 8].lstrip(" \t").startswith(chr(ord(letter) + 1) + ". ")
    return (before or after) and is_word_or_compound(word) \
        and not gazetteer.is_surname(word)


def _wrapped(text: str, pos: int, line_end: int, gazetteer: Gazetteer) -> tuple[int, int] | None:
    """The span of initials that end the line after a title and the surname that opens the next ("mevrouw M.H.\n
    Stijn en hoofd afdeling …"), or None."""
    ini = _INITIALS_EOL.match(text, pos, line_end)
    if ini is None:
        return None
    m = _SURNAME_BOL.match(text, line_end + 1)
    if m is None or not plausible(NameParts((), re.sub(r"[^A-Z]", "", ini["ini"]), " ".join((m["tv"] or "").split()),
                                            m["sur"], "initials")) or is_not_name(m["sur"]):
        return None
    if not m["tv"] and is_dutch_word(m["sur"].lower()) and not gazetteer.is_surname(m["sur"]):
        return None  # "Geachte heer A.\nPer 1 januari …": a sentence goes on, no surname
    return ini.start("ini"), m.end()


def _bare(text: str, pos: int) -> tuple[int, int] | None:
    """The span of an initial without its dot and a surname after a title ("mw. M Eekhout"), or None."""
    m = _BARE_INITIAL.match(text, pos)
    if m is None or not plausible(NameParts((), m.group("ini"), (m.group("tv") or "").strip().lower(),
                                            m.group("sur"), "initials")) or is_not_name(m.group("sur")):
        return None
    return m.start(), m.end()


def _caps_name(text: str, pos: int, *, after_title: bool) -> tuple[int, int] | None:
    """The span of a family name in capitals at ``pos`` (after a title, or with initials when not), or None:
    an organisation's abbreviation, a document word or, without a title, a Dutch word is no name."""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    m = _CAPS_NAME.match(text, pos)
    if m is None or (not after_title and not m.group("ini")):
        return None
    sur = m.group("sur")
    words = [w for w in sur.replace("’", "'").split("-") if w]
    if any(w in ORG_ABBREVIATIONS or is_not_name(w) or (after_title and has_street_suffix(w.lower())) for w in words) \
            or blocked_initials(m.group("ini") or "", sur):
        return None  # "N.A.V. BESTUURSCONFERENTIE": an abbreviation, no initials; "DR. DUETZLAAN": a street
    if not after_title and not m.group("tv") and any(is_dutch_word(w.lower()) for w in words) \
            and not _RESIDENCE_AFTER.match(text, m.end()):
        return None  # (a word, unless the place its bearer lives in follows: "VAN P.C. BOUWMAN TE HAAMSTEDE")
    if _CAPS_AFTER.match(text, m.end()):
        return None  # more capitals follow: a heading ("DE HEER VAN DE BURGEMEESTER")
    return m.start(), m.end()
