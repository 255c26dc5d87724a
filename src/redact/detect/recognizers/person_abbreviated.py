"""NAAM: a first name with only the initial of the family name, as the press, the police and Kamervragen name a
suspect, a victim or a patient: ``Kadir K.``, ``de verdachte Jan K.``.

Without this recognizer a known first name alone was found ("Jan") and the initial stayed readable after the box,
or an unknown one was not found at all. The whole form is one finding; the trailing dot is trimmed like that of any
final initial (``resolve.sanitize``).

Guarantees: the first word is a first name of the lists and no Dutch word (but for the given names that are also
words: "Jan", "Peter"), place, role or document word; the initial is one capital letter with its dot, not followed
by a family name ("Peter R. de Vries" is a full name for the other recognizers; a capitalised stop word after it opens
the next sentence: "… met Cees H. Het is"), nor by another letter or digit
("Jan K.3"); the form stands mid-sentence (after a lower-case word, a comma or an opening bracket), so that a
heading or a lettered point ("Bijlage K.") is never read as one.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.gazetteer import load_gazetteer
from redact.detect.lexicon import GIVEN_NAME_WORDS, STOP_WORDS, is_not_name
from redact.detect.names import NAME_WORD
from redact.detect.recognizers.base import RulesRecognizer, in_url_or_email, make_result
from redact.detect.roles import role_lexicon
from redact.detect.wordlist import is_dutch_word

_ABBREVIATED = re.compile(
    rf"(?<=[a-zà-ÿ,(][ \t])(?P<given>{NAME_WORD})[ \t]+[A-Z]\.(?![\w.])"
    r"(?![ \t]*(?:van|de|der|den|ter|ten|te)[ \t])"
)
# a capitalised word after the initial: a family name ("Peter R. Jansen"), unless it opens the next sentence ("over
# de schikking met Cees H. Het is …")
_NEXT_WORD = re.compile(r"[ \t]*([A-ZÀ-Þ][a-zà-ÿ]+)")
_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "te", "la", "le", "du", "di", "da"})


class AbbreviatedNameRecognizer(RulesRecognizer):
    """A first name and the initial of the family name."""

    NAME = "AbbreviatedNameRecognizer"
    ENTITIES = ("NAAM",)
    SCORE = 0.7

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        gazetteer = load_gazetteer(self.rules)
        lex = role_lexicon(self.rules)
        results: list[RecognizerResult] = []
        for m in _ABBREVIATED.finditer(text):
            given = m.group("given")
            if (nxt := _NEXT_WORD.match(text, m.end())) is not None and (
                    nxt.group(1).lower() not in STOP_WORDS or nxt.group(1).lower() in _PARTICLES):
                continue
            ordinary = is_dutch_word(given.lower()) and given.lower() not in GIVEN_NAME_WORDS  # "Jan", "Peter" pass
            if not gazetteer.is_first_name(given) or ordinary or gazetteer.is_place(given) \
                    or is_not_name(given) or lex.classify(given) is not None or in_url_or_email(text, *m.span()):
                continue
            results.append(make_result(self, "NAAM", m.start(), m.end(), self.SCORE, ("structure:abbreviated",)))
        return results
