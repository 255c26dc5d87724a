"""NAAM from the shape of letters and e-mails: greetings and sign-offs.

* greetings at the start of a line: ``Hoi Piet,``, ``Beste Piet en Marieke,``, ``Dag Piet``,
  ``Geachte heer De Vries,``, ``Geachte mevrouw Jansen,`` - the names must be followed by
  punctuation or the end of the line ("Dag en nacht" is no greeting);
* sign-offs: ``Met vriendelijke groet,`` (also ``namens deze,``) followed (possibly after one or two
  blank lines, and a line holding only a released document's box code, "5.1.2e") by a line that consists only of a
  name (``Pieter Jansen``, ``P. Jansen``, ``mr. drs. P.J. de Vries``), or ``Groet, Piet`` on one line. The
  function title after the name is not a name;
* addressing someone in the body: ``Megan, wil jij …``, ``Kees, kun je …`` (a single capitalised
  word at the start of a sentence, a comma, then wil/kun/kan/zou/… + jij/je/u).

Guarantees: titles (heer, mevrouw, mr.) are not part of the span; "Beste collega's", "Geachte
voorzitter", "Hoi allen" yield nothing. Limits: a signature whose first line is not the name
(e.g. "Namens de minister,") is skipped.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.gazetteer import load_gazetteer
from redact.detect.lexicon import (
    FORM_FIELDS,
    GIVEN_STOP_WORDS,
    GREETINGS,
    NOT_NAME,
    SIGN_OFFS,
    STOP_WORDS,
    has_noun_suffix,
)
from redact.detect.names import GIVEN_WORD
from redact.detect.recognizers.base import RulesRecognizer, make_result
from redact.detect.scan import next_line, scan_names


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", "[ \t]+") for w in sorted(words, key=len, reverse=True))


_GREETING = re.compile(
    rf"^[ \t>]*(?P<word>(?i:{_alternation(GREETINGS)}))[ \t]+(?=\S)", re.MULTILINE
)
_GREETING_END = re.compile(r"[ \t]*(?:[,!:.;]|$)")
# Addressing someone in the body of an e-mail: "Megan, wil jij nog …", "Kees, kun je …".
_VOCATIVE = re.compile(
    rf"(?:^|(?<=[.!?])[ \t]+)[ \t>]*(?P<name>{GIVEN_WORD}),[ \t]+"
    r"(?:wil|wilt|kun|kunt|kan|zou|mag|heb|hebt|ben|weet|ga|laat|stuur|bel|zie|lees|check|denk|hoor)[ \t]+"
    r"(?:jij|je|u)(?![\w])",
    re.MULTILINE,
)
_SIGN_OFF = re.compile(
    rf"^[ \t>]*(?P<word>(?i:{_alternation(SIGN_OFFS)}))[ \t]*[,.!]?[ \t]*(?P<rest>[^\n]*)$", re.MULTILINE
)

# what a released document's OCR keeps of a box's Woo ground on a signature's first line: "51,2,e", "5.1.2e", "S12e"
_GROUND_CODE = re.compile(r"[ \t]*[\dS][\d.,]{1,6}[ \t]*[a-i][ \t]*")


class LetterNameRecognizer(RulesRecognizer):
    """Names in greetings and after sign-offs."""

    NAME = "LetterNameRecognizer"
    ENTITIES = ("NAAM",)
    GREETING_SCORE = 0.8
    SIGN_OFF_SCORE = 0.8
    VOCATIVE_SCORE = 0.7

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for m in _GREETING.finditer(text):
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            names = scan_names(text, m.end(), line_end, mode="stop")
            if not names or not _GREETING_END.match(text, self._after(text, names[-1].end, line_end)):
                continue
            evidence: tuple[str, ...] = ("structure:greeting", f"context:{m.group('word').capitalize()}")
            results.extend(
                make_result(self, "NAAM", n.start, n.end, self.GREETING_SCORE, evidence) for n in names
            )
        for m in _SIGN_OFF.finditer(text):
            evidence = ("structure:sign-off",)
            if m.group("rest").strip():
                names = scan_names(text, m.start("rest"), m.end("rest"), mode="strict")
            else:
                nl = next_line(text, m.end(), max_blank=2)
                if nl is not None and _GROUND_CODE.fullmatch(text, nl[0], nl[1]):
                    nl = next_line(text, nl[1], max_blank=2)  # a released letter's box code above the name
                if nl is None:
                    continue
                names = scan_names(text, nl[0], nl[1], mode="strict")
                evidence += ("structure:next-line",)
            results.extend(
                make_result(self, "NAAM", n.start, n.end, self.SIGN_OFF_SCORE, evidence) for n in names
            )
        for m in _VOCATIVE.finditer(text):
            name = m.group("name")
            # "Ben, wil jij …" is a name, "Dus, kun je …" is not; document words never are
            low = name.lower()
            if low in NOT_NAME or low in FORM_FIELDS or has_noun_suffix(name):
                continue
            if low in STOP_WORDS and low not in GIVEN_STOP_WORDS:
                continue
            if (g := load_gazetteer(self.rules)).is_place(name) and not g.is_first_name(name):
                continue  # "Zaanstad, wil je iets zeggen?": a poem speaks to its town
            results.append(
                make_result(
                    self, "NAAM", m.start("name"), m.end("name"), self.VOCATIVE_SCORE, ("structure:vocative",)
                )
            )
        return results

    @staticmethod
    def _after(text: str, pos: int, line_end: int) -> int:
        """Skip a closing bracket group after the last greeted name ("Beste Piet (DRC),")."""
        m = re.compile(r"[ \t]*\([^()\n]*\)").match(text, pos, line_end)
        return m.end() if m else pos
