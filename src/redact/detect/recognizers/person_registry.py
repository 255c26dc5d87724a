"""NAAM as an entry of a register: a name right before ", geboren te/op …" (also "geb."), often written surname
first: ``1 Deckers, Eduard Frans Maria, geboren te Antwerpen (België) 22 augustus 1912, acquisiteur, wonende te
Nijmegen``; ``Jan Jansen, geboren op 3 mei 1950``; and the applicant a naturalisation bill is named after
(``Naturalisatie van Aabouz, Driss en 28 anderen``), and in the bill's memorandum an applicant named by his number in
it (``Onder 9 wordt genoemd Ralf Kulesza, die …``, ``Bartlomiej Gdula, de verzoeker … genoemd onder 3, werd …``).

Naturalisation bills, civil-register extracts, rulings and decisions identify a person by name and birth data;
the surname is often foreign and in no name list, and the inverted form is otherwise read only after a label. The
cue is the birth phrase right after the name's comma; the name is the longest one that ends exactly there and
starts at a word of the same entry (after the last ";", ":", "(" or line break, past an entry's number).

Guarantees: a name of one word ("Amsterdam, geboren …") is never reported, nor a name that does not end right
at the cue's comma, nor one after a preposition of place ("bij het leger in Nederlandsch Indie, geboren te …").
Limits: a name separated from its birth data by anything else ("Jansen (1950)") is left to the other recognizers.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.recognizers.base import RulesRecognizer, make_result
from redact.detect.scan import candidates

# ", geboren te Antwerpen", ", geboren op 3 mei", ", geb. 12-01-1950", ", geboren in Polen"
# (or as the applicant declares it: "8° Alben Reuter, volgens zijn verklaring geboren te Bourg")
_BORN = re.compile(r"[ \t]*,[ \t]*(?:volgens[ \t]+(?:zijn|haar)[ \t]+verklaring[ \t]+)?(?:geboren|geb\.)[ \t]+"
                   r"(?=(?:te|op|in)[ \t]|\d)")
# a naturalisation bill's numbered entry: "2° Moses Wolf Haar, geboren te …" (the name the grammar may not read)
_NUMBERED = re.compile(r"\d{1,3}[ \t]*[°º][ \t]*\Z")
_ENTRY_START = re.compile(r"[;:(\n][^;:(\n]*\Z")
_WORD = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ]")
_PLACE_BEFORE = re.compile(r"(?<![\w])(?:in|te|uit|naar)[ \t]+\Z")
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


# an applicant in a naturalisation bill's memorandum, by the number the bill lists him under: "Onder 9 wordt genoemd
# Ralf Kulesza, die …", "Bartlomiej Gdula, de verzoeker van Poolse herkomst genoemd onder 3, werd …"
_LISTED_UNDER = re.compile(r"(?<![\w])(?i:onder)[ \t]+\d{1,3}[ \t]+(?:wordt|worden|werd)[ \t]+genoemd[ \t]+"
                           r"(?=[A-ZÀ-Þ])")
_NAMED_UNDER = re.compile(r"[ \t]*,[^,.;\n]{0,60}?(?<![\w])ge-?noemd[ \t]+onder[ \t]+\d{1,3}(?!\d)")
_SENTENCE_START = re.compile(r"(?:\.[ \t]+|\n[ \t]*)(?=[A-ZÀ-Þ])")
_NAME_WORD = re.compile(rf"[A-ZÀ-Þ][\w'’.-]*|(?:{_PARTICLES})")


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
        if "genoemd" in text:
            results += [make_result(self, "NAAM", *span, self.SCORE, ("context:naturalisatie",))
                        for span in _applicants(text)]
        for m in _BORN.finditer(text):
            cut = m.start()
            lo = max(0, cut - _REACH)
            head = _ENTRY_START.search(text, lo, cut)
            lo = head.start() + 1 if head else lo
            for i, w in enumerate(_WORD.finditer(text, lo, cut)):
                if _PLACE_BEFORE.search(text, max(0, w.start() - 6), w.start()):
                    continue  # "luitenant bij het leger in Nederlandsch Indie, geboren te Munster": a place
                span = _name_ending_at(text, w.start(), cut)
                if span is None and not i and _NUMBERED.search(text, max(0, w.start() - 8), w.start()) \
                        and _BILL_NAME.fullmatch(text, w.start(), cut):
                    span = (w.start(), cut)  # "2° Moses Wolf Haar": the entry's whole name, as a bill's title
                if span is not None:
                    results.append(make_result(self, "NAAM", *span, self.SCORE, ("context:geboren",)))
                    break
        return results


def _applicants(text: str) -> list[tuple[int, int]]:
    """The applicants a naturalisation memorandum names by their number in the bill (``_LISTED_UNDER``,
    ``_NAMED_UNDER``): capitalised words and particles, two at least, up to the comma."""
    out: list[tuple[int, int]] = []
    for m in _LISTED_UNDER.finditer(text):
        if (name := _BILL_NAME.match(text, m.end())) and text.startswith(",", name.end()):
            out.append((m.end(), name.end()))
    for m in _NAMED_UNDER.finditer(text):
        start = max((s.end() for s in _SENTENCE_START.finditer(text, max(0, m.start() - _REACH), m.start())),
                    default=-1)
        words = list(re.finditer(r"\S+", text[start:m.start()])) if start >= 0 else []
        while words and _NAME_WORD.fullmatch(words[-1].group()):  # "De Turkse verzoeker Zilber Eskicioglu"
            words.pop()
        begin = start + (words[-1].end() if words else 0)
        begin += len(text[begin:m.start()]) - len(text[begin:m.start()].lstrip())
        if start >= 0 and _BILL_NAME.fullmatch(text, begin, m.start()):
            out.append((begin, m.start()))
    return out


def _name_ending_at(text: str, start: int, cut: int) -> tuple[int, int] | None:
    """The span of a name of two or more words read from ``start`` on that ends exactly at ``cut``."""
    found = candidates(text, start, cut, allow_inverted_given=True, free=True)
    if found is None or found.parts is None or found.end != cut or found.parts.form == "single":
        return None
    return found.start, found.end
