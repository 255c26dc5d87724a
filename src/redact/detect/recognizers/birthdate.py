"""GEBOORTEDATUM: a date of birth, only where the text says it is one.

Cues: ``Geboortedatum`` / ``Geb.datum`` / ``geboren (op)`` / ``geb.`` / ``date of birth`` followed by
a date on the same line (after an optional colon) or on the next line (a form or colophon field:
``Geboortedatum\\n9 mei 1958``). Dates: ``9 mei 1958`` (also a year glued to its month as typed, ``29
april1966``), ``9 mei '58`` is not supported, ``09-05-1958``, ``9.5.1958``, ``9/5/1958``, ``1958-05-09``; the day and
month are checked.

Guarantees: other dates (document dates, deadlines, "geboren in 1958") are never reported; the span
is the date only. Limits: a date of birth without such a cue (e.g. in a table column) is missed.
"""

from __future__ import annotations

import datetime as dt
import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.recognizers.base import RulesRecognizer, make_result

_MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4, "mei": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH_RX = "|".join(sorted(_MONTHS, key=len, reverse=True))
DATE = (
    rf"(?P<d1>\d{{1,2}})[ \t]+(?P<m1>(?i:{_MONTH_RX}))\.?[ \t]*(?P<y1>(?:18|19|20)\d{{2}})"
    r"|(?P<d2>\d{1,2})[-./](?P<m2>\d{1,2})[-./](?P<y2>(?:18|19|20)\d{2})"
    r"|(?P<y3>(?:18|19|20)\d{2})-(?P<m3>\d{2})-(?P<d3>\d{2})"
)
_CUE = re.compile(
    r"(?<![\w])(?P<cue>(?i:geboortedatum|geb\.[ \t]?datum|geboren(?:[ \t]+op)?|geb\.|date[ \t]+of[ \t]+birth|"
    r"birth[ \t]+date|d\.o\.b\.))"
    rf"[ \t]*:?[ \t]*(?:\n[ \t]*)?(?P<date>{DATE})(?![\w])"
)


def _valid(m: re.Match[str]) -> bool:
    g = m.groupdict()
    try:
        if g["d1"]:
            dt.date(int(g["y1"]), _MONTHS[g["m1"].lower()], int(g["d1"]))
        elif g["d2"]:
            dt.date(int(g["y2"]), int(g["m2"]), int(g["d2"]))
        else:
            dt.date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
    except (ValueError, KeyError):
        return False
    return True


class BirthDateRecognizer(RulesRecognizer):
    """Dates after a date-of-birth cue."""

    NAME = "BirthDateRecognizer"
    ENTITIES = ("GEBOORTEDATUM",)
    SCORE = 0.85

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for m in _CUE.finditer(text):
            if not _valid(m):
                continue
            cue = " ".join(m.group("cue").lower().split())
            results.append(
                make_result(
                    self, "GEBOORTEDATUM", m.start("date"), m.end("date"), self.SCORE, (f"context:{cue}",)
                )
            )
        return results
