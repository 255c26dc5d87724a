"""NAAM in running text without any structural cue: name gazetteers + name grammar + Dutch casing.

Dutch writes common nouns in lower case, so a capitalised word in the middle of a sentence is a proper
noun: a person, an organisation, a place, a law or a title. This recognizer proposes it as a person
when a gazetteer (``detect.gazetteer``: deduce's ~15k first names and ~10k surnames, plus
``rules/names.yaml``) says so:

* a first name followed by a name (``Justin Rouwhorst``, ``Cas van Dam``, ``Anne-Marie P. de Wit``)
  - score 0.7, 0.8 when the surname is in the surname list too;
* a first name alone in mid-sentence (``dan kan Julian het dossier sluiten``, ``Dank Johnny!``) - 0.6;
* a surname after a capitalised tussenvoegsel (``Van Dam``, ``De Vries``) - 0.65;
* a surname alone in mid-sentence (``volgens Bakker is dat …``) - 0.5; at the start of a sentence
  only when a verb of a person follows (``Bakker vraagt …``); with an unknown given name right before it
  (``Biene Hovingh``, ``Sywert Jansen``, ``Sywert van Dijk``: a capitalised word no list knows and that is no
  Dutch word, place or document word) that word belongs to the name, also when the surname is a first name too;
* a surname written in capitals (``JANSEN``, ``VAN 'T ZAND``, ``L. C. HORA SICCAMA``; ``name_caps``) - 0.55.

Not proposed: a lone first name or surname that is a common Dutch word (deduce's list of common words)
or that the same text also uses in lower case ("Fase 2" next to "de eerste fase"); words that
``rules/names.yaml`` lists as not-names, document and institution words, stop words
(``Ben`` only before a surname), places (deduce's place list and ours), street names (``Johan de Wittlaan``), names
followed by an institution word (``Anne Frank Huis``, ``Van Gogh Museum``, ``Erasmus Universiteit``),
words inside e-mail addresses or URLs. Public office holders are dropped later by the resolver.
Limits: a name of which no part is in any list and that has no cue elsewhere is missed; a surname
that is also a place or an ordinary word is only found by propagation from a cued occurrence.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.gazetteer import Gazetteer, load_gazetteer
from redact.detect.lexicon import (
    BUSINESSES_BEFORE,
    COMMON_WORD_NAMES,
    DETERMINER_NAMES,
    GIVEN_NAME_WORDS,
    GIVEN_STOP_WORDS,
    INSTITUTIONS_AFTER,
    NOT_NAME,
    PLACES,
    SAINTS,
    STOP_WORDS,
    TV_WORDS,
    alternation,
    is_not_name,
)
from redact.detect.names import (
    GENITIVE_BEFORE,
    NAME_WORD,
    STREET_AHEAD,
    SURNAME_SPLIT,
    TITLES_PREFIX,
    TV_ANY,
    TV_CAP,
    TV_LOWER,
    is_sentence_initial,
    street_follows,
)
from redact.detect.recognizers.base import RulesRecognizer, in_url_or_email, make_result
from redact.detect.recognizers.name_caps import CAPS, caps_name
from redact.detect.recognizers.name_chains import (
    couple_follows,
    ending_only,
    first_name_before,
    first_names_follow,
)
from redact.detect.recognizers.name_chains import ordinary as _ordinary
from redact.detect.role_scope import first_person
from redact.detect.wordlist import is_compound, is_dutch_word, is_word_or_compound
from redact.rules import Rules

# a compass quarter joined to a name: an area, not a family ("De Stelt-Zuid", "De Hoef-West")
_QUARTER = re.compile(r"-(?:Noord|Zuid|Oost|West|Midden|Centrum)(?![\w-])")
# "-Robyn Beijer": a dash bullet; "Linda Vos/Carin Hageman": a slash; "communicatie.Elly Middelbos": glued sentences
_WORD = re.compile(rf"(?:(?<![\w'’@./-])|(?<=\n-)|(?<=\n[ \t]-)|(?<=[a-zà-ÿ]/)(?=[A-ZÀ-Þ])|"
                   rf"(?<=[a-zà-ÿ]{{3}}[.!?])(?=[A-ZÀ-Þ][a-zà-ÿ])){NAME_WORD}")
_HYPHEN_GIVEN = re.compile(rf"-({NAME_WORD})")


def _double_given_end(text: str, end: int, g: Gazetteer) -> int:
    """Where the second part of a double given name ends when one follows ``end`` ("Jan" + "-Willem"), else ``end``."""
    h = _HYPHEN_GIVEN.match(text, end)
    return h.end() if h and g.is_first_name(h.group(1)) else end


_INITIALS_TV_BEFORE = re.compile(rf"(?<![\w'’])[A-Z]\.[ \t]*(?:{TV_ANY})[ \t]+\Z")
_TV_BEFORE = re.compile(rf"(?<![\w'’])(?P<tv>{TV_CAP})[ \t]+\Z")
_PREV_LOWER = re.compile(r"(?<![\w'’-])([a-zà-ÿ]+)[ \t]+\Z")
_ARTICLES = frozenset({"de", "het", "een", "die", "dat", "deze", "dit", "ons", "onze", "zijn", "haar", "hun"})
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-zà-ÿ][a-zà-ÿ]+(?![\w'’])")
# An institution named after a person: "Anne Frank Huis", "Van Gogh Museum", "Johan Cruijff ArenA"
# (``institutions_after`` of rules/vocabulary.yaml).
INSTITUTION_AFTER = re.compile(rf"[ \t]*(?:-[ \t]*)?(?:{alternation(INSTITUTIONS_AFTER)})(?![\w])")
_PERSON_VERB = re.compile(  # also at the start of the next line of wrapped prose: "… instemming. Ineke\nhad"
    r"(?:[ \t]+|[ \t]*\n[ \t]*)"
    r"(?:vraagt|meldt|stopt|zit|geeft|licht|stelt|weet|heeft|wijst|opent|dankt|stuurt|kijkt|neemt|vult|merkt|treedt|"
    r"zegt|benadrukt|deelt|schetst|reageert|antwoordt|bevestigt|informeert|stemt|sluit|vindt|verwacht|"
    r"pleit|constateert|herkent|zal|wil|kan|gaat|mailt|belt|belde|schrijft|werkt|brengt|doet|had|was|is|wordt|"
    r"en|heeft|vroeg|meldde|gaf|stelde|zei|merkte|reageerde|antwoordde|mailde|stuurde|vertelt|vertelde|legt|"
    r"legde|spreekt|sprak|presenteert|presenteerde|introduceert|verzoekt|bedankt|leest|komt|kwam|toont|"
    r"concludeert|verwijst|beaamt|memoreert|adviseert|onderschrijft|verduidelijkt|overhandigt|zorgt|biedt)(?![\w])"
)


# A legal form or company word after a capitalised chain makes it an organisation ("Line Ltd", "Marine Co",
# "Capital Renting &amp; Leasing ltd").
_LEGAL_FORM = re.compile(
    r"[ \t]+(?:(?:[A-Z][\w&'.-]*|&(?:amp;)?)[ \t]+){0,4}(?:Ltd|ltd|Co|Inc|LLC|Corp|Corporation|Company|Limited|PLC|"
    r"GmbH|AG|SA|S\.A|B\.?V|N\.?V|V\.O\.F|A/S|ASA|AB|Oy|S\.p\.A|SpA|Kaisha|Holding|Group|Groep|Lines|Line|Shipping|"
    r"Logistics|International)(?![\w])"
)
# "Co van Leeuwen", "Co Jansen": the given name (Jacobus, Cornelis), not the "Co" of "Hanjin Shipping Co., Ltd."
_GIVEN_CO = re.compile(r"[ \t]+(?:(?:van|de|der|den|ter|ten|te)[ \t]+)*[A-Z][a-zà-ÿ]")
_CAPITAL_BEFORE = re.compile(r"(?:[A-Z][\w&'.-]*|&)[ \t]+\Z")
_LEGAL_WORD = re.compile(r"Ltd|Co|Inc|Corp|Company|Limited|Holding|Group|Groep|Lines?|Shipping|Logistics|Plaza|"
                         r"Tower|Street|Avenue|Road|Building|Centre|Center")
_EN_WORDS = frozenset([
    "the", "of", "and", "to", "is", "for", "with", "on", "by", "as", "at", "from", "this", "that", "are",
    "be", "or", "an"
])
_NL_WORDS = frozenset([
    "de", "het", "een", "van", "en", "is", "op", "te", "voor", "met", "dat", "die", "niet", "zijn", "aan",
    "of", "om", "bij", "als", "door", "naar"
])


# a family name shortened to its initial after a given name, the way a club's news writes its members: "Lex M. en Petra
# v.d. B. moesten …", "Luuk V. gaf" (a lower-case word, a separator or the line's end after it)
_INITIAL_AFTER = re.compile(r"[ \t]+(?:(?:(?:v\.[ \t]?d\.|v\.|vd|van|de|ter|ten)[ \t]*)?[A-Z]\."
                            r"(?=[ \t]*(?:[,;:)\n]|$)|[ \t]+[a-z])"
                            # without its dot only in a list, and never a king's numeral: "Frank vH, Louis S en …"
                            r"|(?:v(?=[A-Z]))?[A-HJ-UWYZ](?=[ \t]*(?:[,;)\n]|$)|[ \t]+(?:en|of)[ \t]))")
# a Dutch tussenvoegsel and a capitalised surname after a given name: a Dutch name even among English words
_TV_SURNAME_AFTER = re.compile(r"[ \t]+(?:van(?:[ \t]+(?:de|der|den))?|de|den|der|ter|ten|te)[ \t]+[A-ZÀ-Þ][a-zà-ÿ]")


def _english_paragraph(text: str, pos: int) -> bool:
    """True when the paragraph around ``pos`` reads as English: Dutch casing cues do not apply there."""
    s = text.rfind("\n\n", 0, pos)
    e = text.find("\n\n", pos)
    words = re.findall(r"[a-z]+", text[s + 1 if s >= 0 else 0:e if e >= 0 else len(text)].lower())
    en = sum(w in _EN_WORDS for w in words)
    nl = sum(w in _NL_WORDS for w in words)
    return en >= 2 and en > nl


_CONNECTORS = frozenset(
    {"en", "van", "voor", "de", "der", "den", "het", "op", "in", "&", "'t", "’t", "of", "aan", "te"}
)
_TOKEN_BEFORE = re.compile(r"([^\s]+)[ \t]+\Z")
_CAP_AFTER = re.compile(rf"[ \t]+({NAME_WORD})")


# "Restaurant De Jong", "in hotel „De Zwaan\""
_BUSINESS_BEFORE = re.compile(rf"(?<![\w])(?:{alternation(BUSINESSES_BEFORE)})[ \t]+[„“\"‘']?\Z")
_SAINT_BEFORE = re.compile(rf"(?<![\w])(?:{alternation(SAINTS)})[ \t]+\Z")  # saint: "Sint Joseph", "St. Jan"
# "Bakker-groep", "Willem-III-sluis", "Anker-2"; a product's code: "Geo-BOR", "StUF-Geo"
_COMPOUND_AFTER = re.compile(r"-(?:[a-zà-ÿ]|[IVX]+-|\d|[A-Z]{2,}(?![a-zà-ÿ]))|\xad[a-zà-ÿ]")  # "Ame\xadrika"
_CODE_BEFORE = re.compile(r"(?<![\w-])(?:[A-Z]{2,}|[A-Z][a-z]+[A-Z]+)-\Z")
# English function words: a capitalised word between them is part of an English title ("Centre for European
# Research into Family Law"), not a Dutch name
_EN_PHRASE = re.compile(r"(?<![\w])(?:the|for|into|and|with|from|of the|on the)(?![\w])")
def _english_phrase(text: str, start: int, end: int) -> bool:
    """True when the capitalised word at ``start:end`` stands among English function words (within 60
    characters on either side): a title such as "Utrecht Centre for European Research into Family Law"."""
    return len(set(_EN_PHRASE.findall(text, max(0, start - 60), min(len(text), end + 60)))) >= 2


def _in_title_phrase(text: str, start: int, end: int, g: Gazetteer) -> bool:
    """True when the word at ``start:end`` is part of a capitalised name of an organisation or a title:
    a chain of capitalised words and connectors on the same line contains a document word
    ("Directie Openbaar Vervoer en Spoor"), or the next word is one ("Bakker Logistiek") or an ordinary
    Dutch word that is no name ("Schreiber Groene Dienstverlening")."""
    after = _CAP_AFTER.match(text, end)
    if after and (_ordinary(after.group(1), g, places=False)
                  or (is_dutch_word(after.group(1)) and not g.is_name(after.group(1)))):
        return True
    pos = start
    for _ in range(8):
        m = _TOKEN_BEFORE.search(text, max(0, pos - 40), pos)
        if not m:
            return False
        word = m.group(1)
        if word.lower() in _CONNECTORS:
            pos = m.start(1)
            continue
        if not word[:1].isupper() or not word.replace("-", "").isalpha():
            return False
        if _ordinary(word, g, places=False):
            # "Dank Johnny!": the first word of a sentence is capitalised anyway
            return not is_sentence_initial(text, m.start(1))
        pos = m.start(1)
    return False


_GIVEN_BEFORE = re.compile(rf"(?:(?<![\w'’@./&-])|(?<=\n-)|(?<=\n[ \t]-))({NAME_WORD})[ \t]\Z")
_GIVEN_TV_BEFORE = re.compile(rf"(?<![\w'’@./&-])({NAME_WORD})[ \t]+(?:{TV_LOWER})[ \t]+\Z")
_CAP_TOKEN_BEFORE = re.compile(r"(?<![\w'’])[A-ZÀ-Þ][\w'’.&-]*(?<![a-zà-ÿ]{2}\.)[ \t]+\Z")


def _plain_word(word: str, g: Gazetteer) -> bool:
    """A capitalised word that says nothing of a person by itself: ``_ordinary`` (places included), a Dutch
    word or a common word."""
    return _ordinary(word, g) or is_dutch_word(word) or word.lower() in g.common_words


def _unknown_given_before(text: str, s: int, g: Gazetteer, rx: re.Pattern[str] | None = None) -> int | None:
    """The start of an unknown given name right before the surname at ``s`` ("Biene Hovingh", "Kwesi
    Hovingh"; with ``_GIVEN_TV_BEFORE``, before a tussenvoegsel: "Sywert van Dijk"): a capitalised word on the
    same line that no list knows and that is no Dutch word or compound of them, place, document word or surname, with
    no capitalised word before it (not part of a longer title; a sentence's last word does not count: "… en Raymond
    Boesveld. Laus Halsema heeft …")."""
    m = (rx or _GIVEN_BEFORE).search(text, max(0, s - 40), s)
    if m is None:
        return None
    word = m.group(1)
    low = word.lower()
    if (len(word) < 3 or g.is_surname(word) or _plain_word(word, g) or low in COMMON_WORD_NAMES or "-" in word
            or is_compound(low)  # "het Coronaplan van Rutte": a compound of Dutch words, no given name
            or _CAP_TOKEN_BEFORE.search(text, max(0, m.start() - 40), m.start())
            or TITLES_PREFIX.match(word + " ")):  # "Mefrou Veenstra": a form of address (Frisian), no given name
        return None
    return m.start()


_QUOTE_SPEAKER = re.compile(rf"(?<![\w'’@./-])({NAME_WORD}):[ \t]+[\"“„]")
_DAY_BEFORE = re.compile(r"\d[ \t]+\Z")  # "3 Jan 2020": a month
# "Jan en alleman" (everybody), "Jan Modaal" (the average earner), "Jan met de pet": no one in particular; Latin
# "Ad Hoc", "Ad Interim" ("de Ad Hoc Commissie"), and the heading of a point by its ordinal, "Ad IIum." (ad secundum),
# as OCR reads the numeral: "Ad lum.", "Ad TVum."
_IDIOM = re.compile(r"Jan(?:[ \t]+en[ \t]+alleman|[ \t]+Modaal|[ \t]+Publiek|[ \t]+met[ \t]+de[ \t]+pet)(?![\w])"
                    r"|Ad[ \t]+(?:(?i:hoc|interim|valorem|absurdum|infinitum)|[IVXLCMlTïÏí1]{1,5}um)(?![\w])")
_YEAR_AFTER = re.compile(r"[ \t.]+\d{2,4}(?![\w])")
# a house number and a postcode after a "name": an address line ("Kate Voorhout 7\n| 2511 CW")
_ADDRESS_AFTER = re.compile(r"[ \t]+\d{1,4}[ \t]?[a-zA-Z]?[ \t]*,?[ \t]*(?:\n[ \t|]*)?\d{4}[ \t]?[A-Z]{2}(?![\w])")


class GazetteerNameRecognizer(RulesRecognizer):
    """Names in running text, from name lists and Dutch casing."""

    NAME = "GazetteerNameRecognizer"
    ENTITIES = ("NAAM",)
    FULL_SCORE = 0.7
    FULL_BOTH_SCORE = 0.8
    FIRST_SCORE = 0.6
    TV_SCORE = 0.65
    SURNAME_SCORE = 0.5
    CAPS_SCORE = 0.55

    def __init__(self, rules: Rules) -> None:
        self.gazetteer = load_gazetteer(rules)
        # one-word private functions ("beleidsmedewerker", "ambtenaar"): before a name they name its holder
        self._private_roles = frozenset(r for r in rules.private_roles if r.isalpha())
        super().__init__(rules)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        g = self.gazetteer
        results: list[RecognizerResult] = []
        covered_to = -1
        lower_words = frozenset(_LOWER_WORD.findall(text))
        for m in _WORD.finditer(text):
            s, word = m.start(), m.group()
            if s < covered_to or in_url_or_email(text, s, m.end()):
                continue
            r = self._at(text, s, word, g, lower_words)
            if r is not None:
                # a double given name: "Jan-Willem", "Anne-Marie" (the second part is no word of its own here)
                if g.is_first_name(text[r.start:r.end].split()[-1]):
                    r.end = _double_given_end(text, r.end, g)
                results.append(r)
                covered_to = r.end
        for m in _QUOTE_SPEAKER.finditer(text):  # 'Onnes: "We hebben …"': the speaker of a quotation
            w = m.group(1)
            if (m.start() >= covered_to and is_sentence_initial(text, m.start()) and not _plain_word(w, g)
                    and not any(r.start <= m.start() < r.end for r in results)):
                results.append(make_result(self, "NAAM", m.start(), m.end(1), self.SURNAME_SCORE,
                                           ("grammar:quote-speaker", "casing:capitalised")))
        for m in CAPS.finditer(text):  # a family name in capitals (``name_caps``)
            if (found := caps_name(text, m, g)) is not None:
                results.append(make_result(self, "NAAM", found[0], found[1], self.CAPS_SCORE, found[2]))
        return results

    def _line_end(self, text: str, pos: int) -> int:
        e = text.find("\n", pos)
        return len(text) if e < 0 else e

    def _at(self, text: str, s: int, word: str, g: Gazetteer, lower_words: frozenset[str]) -> RecognizerResult | None:
        parts_words, low = [p for p in word.split("-") if p], word.lower()
        first = g.is_first_name(parts_words[0]) and (low in GIVEN_STOP_WORDS or not _ordinary(word, g, places=False))
        tv = _TV_BEFORE.search(text, max(0, s - 12), s)
        surname = any(g.is_surname(p, after_tv=tv is not None) for p in parts_words) and not _ordinary(
            word, g, places=tv is None or g.is_place(f"{tv.group('tv')} {word}")
        )
        if not (first or surname) or STREET_AHEAD.match(text, s, min(len(text), s + 80)):
            return None
        if _COMPOUND_AFTER.match(text, s + len(word)) or street_follows(text, s) \
                or _CODE_BEFORE.search(text, max(0, s - 12), s):
            return None  # "Bakker-groep", "Johan de Wittlaan-locatie"
        dutch_name = first and _TV_SURNAME_AFTER.match(text, s + len(word)) is not None  # "by Peter de Langen"
        if ((_LEGAL_WORD.fullmatch(word) and not (word == "Co" and _GIVEN_CO.match(text, s + 2)
                                                   and not _CAPITAL_BEFORE.search(text, max(0, s - 30), s)))
                or _LEGAL_FORM.match(text, s + len(word))
                or (_english_paragraph(text, s) and not dutch_name)):
            return None  # "Ocean Line Ltd", running English text (no Dutch casing cues)
        if _BUSINESS_BEFORE.search(text, max(0, s - 30), tv.start() if tv else s):
            return None  # "Restaurant Dana", "Café Broer", "Bouwbedrijf Van Venrooij": a business named after a person
        if _SAINT_BEFORE.search(text, max(0, s - 8), s) or (first and GENITIVE_BEFORE.search(text, s - 8, s)):
            return None  # "Harmonie Sint Joseph": a saint, part of a name; "der Marine van Oordt": the navy's
        if _IDIOM.match(text, s):
            return None  # "Jan en alleman", "Jan Modaal": no one in particular
        initial = is_sentence_initial(text, s)
        # an unknown given name, a tussenvoegsel and a surname: "met Sywert van Dijk" ("Sywert" is in no list, and
        # "Dijk" alone is a Dutch word): the whole name, or the given name stays readable
        if tv is None and g.is_surname(word, after_tv=True) and not INSTITUTION_AFTER.match(text, s + len(word)) \
                and (given := _unknown_given_before(text, s, g, _GIVEN_TV_BEFORE)) is not None:
            return make_result(self, "NAAM", given, s + len(word), self.SURNAME_SCORE,
                               ("gazetteer:surname", "grammar:full-name", "casing:mid-sentence"))
        # after initials and a tussenvoegsel the word is a surname, not a given name ("H. van de Pol te Assen")
        if first and not _INITIALS_TV_BEFORE.search(text, max(0, s - 24), s):
            n = first_person(text, s, self._line_end(text, s), g, free=True)  # not two people of a flattened row
            if n is not None and n.parts is not None and n.parts.form == "full" and n.end > s + len(word):
                # (a married name's particle after a spaced dash is no word of its own: "Anna Jansen – van Bijnen")
                sur_words = [w for w in SURNAME_SPLIT.split(n.parts.surname) if w and w not in TV_WORDS]
                # "Jan Bos", "Bert Dijk", "Jan Willem Bos": listed given names and a surname of the list that is
                # also such a word (else "Jan" of "Jan Willem Bos" would stay readable beside "Willem Bos")
                person_surname = all(g.is_first_name(x) for x in n.parts.given) \
                    and g.is_surname(sur_words[-1], after_tv=bool(n.parts.tv))
                if _ADDRESS_AFTER.match(text, n.end) or (low in DETERMINER_NAMES and not n.parts.tv and not any(
                        g.is_surname(w) for w in sur_words)):
                    return None  # "Kate Voorhout 7\n2511 CW Den Haag": OCR's "Korte Voorhout"; "Elke Nederlander"
                if (INSTITUTION_AFTER.match(text, n.end)
                        or (INSTITUTION_AFTER.fullmatch(" " + sur_words[-1]) and not person_surname)
                        or any(INSTITUTION_AFTER.fullmatch(" " + w) for w in n.parts.given[1:])
                        or _LEGAL_WORD.fullmatch(sur_words[-1])):
                    return None  # "Anne Frank Huis", "Vincent van Gogh Museum", "het Pieter Baan Centrum te Utrecht"
                if any(_ordinary(w, g, places=False) for w in n.parts.given[1:]):
                    return None  # "Radbout Universiteit Nijmegen": an institution's word is no second given name
                # after a tussenvoegsel a word of the not-names list is a surname: "John van den Hof"; so is
                # an ordinary word that the list of surnames after a tussenvoegsel knows ("Lia van der Meer"),
                # and, after a given name, a family name that names.yaml keeps from standing alone as a title
                # or a word ("Chris Koning", "Anna Prins": surnames of the source list, no document words)
                if not any(_ordinary(w, g, places=False)
                           and not ((n.parts.tv or w.lower() in g.surnames) and w.lower() in g.not_names
                                    and not is_not_name(w))
                           # "Nel Bouwhuis", "Jan Kamphuis": a listed surname with an institution's ending; so is
                           # a word in "-huis" that is no Dutch word nor compound ("Meta Schortinghuis", not "Anna
                           # Ziekenhuis"; "Henk Tiesingazaal", "Joke Smitprijs" stay a hall and a prize)
                           and not ((g.is_surname(w, after_tv=bool(n.parts.tv))
                                     or (w.lower().endswith("huis") and not is_word_or_compound(w)))
                                    and ending_only(w, g))
                           and not (n.parts.tv and i == 0 and g.is_surname(w, after_tv=True))
                           for i, w in enumerate(sur_words)):
                    both = any(g.is_surname(w, after_tv=bool(n.parts.tv)) for w in sur_words)
                    score = self.FULL_BOTH_SCORE if both else self.FULL_SCORE
                    evidence = ("gazetteer:first-name", "grammar:full-name") + (("gazetteer:surname",) if both else ())
                    return make_result(self, "NAAM", s, n.end, score, evidence)
        if low in GIVEN_STOP_WORDS:
            return None  # "Ben Karstenberg": a stop word is a given name only before its surname (above)
        if INSTITUTION_AFTER.match(text, s + len(word)):
            return None
        if surname and tv and (g.is_place(f"{tv.group('tv')} {word}") or _QUARTER.match(text, s + len(word))
                               or (tv.group("tv").lower() in ("te", "'t", "’t") and g.is_place(word))):
            return None  # "in Den Burg", "in Den Bosch": a place whose name opens with a tussenvoegsel; "De
            # Stelt-Zuid": a district or polder named by its quarter; "Te Haarlem komende": in Haarlem; "windturbines
            # 't Zand": a village ("'t Hart", no place, stays a family name)
        if surname and tv and (a := _CAP_AFTER.match(text, s + len(word))) and (
                g.is_place(f"{tv.group('tv')} {word} {a.group(1)}") or (_CAP_AFTER.match(text, a.end())
                                                                         and is_dutch_word(a.group(1))
                                                                         and not g.is_name(a.group(1)))):
            return None  # "De Lange Termijn Agenda": a title of capitalised words; "De Ronde Venen": a place
        if surname and tv:
            return make_result(self, "NAAM", tv.start(), s + len(word), self.TV_SCORE,
                               ("gazetteer:surname", "grammar:tussenvoegsel"))
        if first and low not in GIVEN_STOP_WORDS and (i := _INITIAL_AFTER.match(text, s + len(word))):
            return make_result(self, "NAAM", s, i.end(), self.FIRST_SCORE, ("gazetteer:first-name", "grammar:initial"))
        prev = _PREV_LOWER.search(text, max(0, s - 30), s)
        role = prev is not None and prev.group(1) in self._private_roles  # "beleidsmedewerker Jansen"
        p = prev.group(1) if prev else ""  # ("dat" before a given name that is no word: a conjunction, "dat Cees")
        if p and not role and not (first and p == "dat" and not is_dutch_word(word)) and (
                p in _ARTICLES or (p in NOT_NAME and p not in STOP_WORDS)):
            return None  # "de eenheid van de Kroon", "het programma Sprong": an institution or a title
        if role and prev is not None:  # "de ambtenaar Kil": after an article and a function even a word names
            art = _PREV_LOWER.search(text, max(0, prev.start() - 12), prev.start())
            role = art is not None and art.group(1) in _ARTICLES
        if word.lower() in g.common_words or (word.lower() in lower_words and not (first and not is_dutch_word(word))):
            return None  # "Fase 2", "Wind op land": an ordinary noun (it occurs in lower case too; a given name
            # that is no Dutch word stays a name when a hasty e-mail writes it in lower case: "agenda pierre")
        if first and (g.is_place(word) or word.lower() in PLACES):
            return None
        if _in_title_phrase(text, s, s + len(word), g):
            return None  # "Directie Openbaar Vervoer en Spoor", "Bakker Logistiek"
        # the verb follows a double given name whole: "Jan-Willem vertelt"
        after = _double_given_end(text, s + len(word), g) if first else s + len(word)
        verb_m = _PERSON_VERB.match(text, after)
        # a verb on the next line only for a name inside wrapped prose, not for a word alone on its line (a heading)
        verb = verb_m is not None and ("\n" not in verb_m.group() or bool(text[text.rfind("\n", 0, s) + 1:s].strip()))
        if initial and first and not verb and first_names_follow(text, s + len(word), g):
            verb = True  # "Harrie, Karin, Tom en Dea werken …": the first of a list of first names
        if first and not verb and first_name_before(text, s, g):
            verb = True  # "Mariska en Wim": the next of a list of first names
        if initial and not verb:
            return None
        acts = (verb and not re.match(r"[ \t]*\n?[ \t]*en(?![\w])", text[after:after + 6])) or role
        if first and not acts and couple_follows(text, s + len(word), g):
            acts = True  # "Kees en Yvonne Buijs": a couple, the first given name shares the surname
        given_word = (first and not initial and word.lower() in GIVEN_NAME_WORDS  # "vroeg Jan of", "met Peter"
                      and not _DAY_BEFORE.search(text, max(0, s - 4), s) and not _YEAR_AFTER.match(text, s + len(word)))
        if not acts and ((is_dutch_word(word) and not given_word) or _english_phrase(text, s, s + len(word))):
            return None  # a lone word only a name list supports: "Sprong", "Correct", "Law" (issue 14)
        if word.lower() in COMMON_WORD_NAMES and initial:
            return None
        given = _unknown_given_before(text, s, g) if g.is_surname(word) else None
        if first and given is None and not g.is_place(word):
            return make_result(self, "NAAM", s, s + len(word), self.FIRST_SCORE,
                               ("gazetteer:first-name", "casing:mid-sentence" if not initial else "context:verb"))
        if given is not None:  # "Biene Hovingh is buddy", "Sywert Jansen": an unknown given name before a surname
            return make_result(self, "NAAM", given, s + len(word), self.SURNAME_SCORE,
                               ("gazetteer:surname", "grammar:full-name", "casing:mid-sentence"))
        return make_result(self, "NAAM", s, s + len(word), self.SURNAME_SCORE,
                           ("gazetteer:surname", "casing:mid-sentence" if not initial else "context:verb"))


__all__ = ["INSTITUTION_AFTER", "GazetteerNameRecognizer"]
