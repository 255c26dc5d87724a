"""NAAM as an entry of a register: a name right before ", geboren te/op …" (also "geb."), often written surname
first: ``1 Deckers, Eduard Frans Maria, geboren te Antwerpen (België) 22 augustus 1912, acquisiteur, wonende te
Nijmegen``; ``Jan Jansen, geboren op 3 mei 1950``; and the applicant a naturalisation bill is named after
(``Naturalisatie van Aabouz, Driss en 28 anderen``).

Naturalisation bills, civil-register extracts, rulings and decisions identify a person by name and birth data;
the surname is often foreign and in no name list, and the inverted form is otherwise read only after a label. The
cue is the birth phrase right after the name's comma; the name is the longest one that ends exactly there and
starts at a word of the same entry (after the last ";", ":", "(" or line break, past an entry's number).

Guarantees: a name of one word ("Amsterdam, geboren …") is never reported, nor a name that does not end right
at the cue's comma. Limits: a name separated from its birth data by anything else ("Jansen (1950)") is left to
the other recognizers.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.recognizers.base import RulesRecognizer, make_result
from redact.detect.scan import candidates

# ", geboren te Antwerpen", ", geboren op 3 mei", ", geb. 12-01-1950", ", geboren in Polen"
_BORN = re.compile(r"[ \t]*,[ \t]*(?:geboren|geb\.)[ \t]+(?=(?:te|op|in)[ \t]|\d)")
_ENTRY_START = re.compile(r"[;:(\n][^;:(\n]*\Z")
_WORD = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ]")
_REACH = 120  # an entry's name stands within this many characters before its birth data
# the title of a naturalisation bill, named after its first applicant: "Naturalisatie van Aabouz, Driss en 28
# anderen", "Naturalisatie van Abdel Aziz en 26 anderen", "Naturalisatie van de Fretes, Clandina Adeline en 24 anderen"
_PARTICLES = r"y|e|del|de|da|do|dos|das|van|der|den|von|bin|ben|el|al|la|le"
_BILL = re.compile(rf"(?i:naturalisatie)[ \t]+van[ \t]+(?=(?:(?:{_PARTICLES})[ \t]+)?[A-ZÀ-Þ])")
# the applicant's name in a bill's title, any foreign form: capitalised words and the particles between them, the
# surname first maybe ("Al-far, Mohamed Salim Darwish")
_BILL_NAME = re.compile(rf"(?:(?:{_PARTICLES})[ \t]+)?[A-ZÀ-Þ][\w'’.-]*"
                        rf"(?:,?[ \t]+(?:[A-ZÀ-Þ][\w'’.-]*|{_PARTICLES})){{1,7}}")
# (a bill for one applicant ends at its paper's number: "Naturalisatie van Khouw, Hoey Coen (5893)")
_BILL_END = re.compile(r"[ \t]+en[ \t]+\d{1,3}[ \t]+anderen\b|[ \t]*(?:\n|\Z)|[ \t]*\(\d{1,5}\)")


class RegistryNameRecognizer(RulesRecognizer):
    """A name right before ", geboren te/op …", also surname first ("Kanner, Fryderyk, geboren te …")."""

    NAME = "RegistryNameRecognizer"
    ENTITIES = ("NAAM",)
    SCORE = 0.75

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for m in _BILL.finditer(text):
            if (end := _BILL_END.search(text, m.end(), m.end() + _REACH)) is None:
                continue
            span = _name_ending_at(text, m.end(), end.start())
            if span is None and _BILL_NAME.fullmatch(text, m.end(), end.start()):
                span = (m.end(), end.start())  # "Carlos Barcelo y Castillo", "Harry AU": a name the grammar cannot read
            if span is not None:
                results.append(make_result(self, "NAAM", *span, self.SCORE, ("context:naturalisatie",)))
        for m in _BORN.finditer(text):
            cut = m.start()
            lo = max(0, cut - _REACH)
            head = _ENTRY_START.search(text, lo, cut)
            lo = head.start() + 1 if head else lo
            for w in _WORD.finditer(text, lo, cut):
                if (span := _name_ending_at(text, w.start(), cut)) is not None:
                    results.append(make_result(self, "NAAM", *span, self.SCORE, ("context:geboren",)))
                    break
        return results


def _name_ending_at(text: str, start: int, cut: int) -> tuple[int, int] | None:
    """The span of a name of two or more words read from ``start`` on that ends exactly at ``cut``."""
    found = candidates(text, start, cut, allow_inverted_given=True, free=True)
    if found is None or found.parts is None or found.end != cut or found.parts.form == "single":
        return None
    return found.start, found.end
