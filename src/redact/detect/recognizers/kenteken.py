"""KENTEKEN: Dutch licence plates (sidecodes 1-14), e.g. ``12-BDF-3``, ``GT-123-B``, ``1-KBN-12``.

Written with dashes, a plate is distinctive: score 0.6, raised to 0.85 by a context word (kenteken,
voertuig, auto, RDW …) through Presidio's context enhancer. Without dashes (``12BDF3``) it is only
reported right after the word "kenteken". Guarantees: letters and digits alternate in groups as the
sidecodes prescribe (two groups of letters never touch, all-digit codes are never plates); the span
never includes surrounding punctuation. Not reported: dates, postcodes, reference numbers with more
groups (``BZ-123-4567``), groups longer than three characters. Limits: foreign plates are not
recognised; a reference code written exactly like a plate (``AB-12-CD``) is proposed.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.recognizers.base import RulesRecognizer, make_result

# L = letter, D = digit; sidecodes of the RDW (1-6 old two-two-two codes, 7-14 three-group codes)
SIDECODES = ("LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D", "D-LLL-DD",
             "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "D-LL-DDD", "DDD-LL-D", "L-DD-LLL")


def _rx(code: str, sep: str) -> str:
    groups = [("[A-Z]" if g[0] == "L" else r"\d") + f"{{{len(g)}}}" for g in code.split("-")]
    return sep.join(groups)


PLATE = re.compile(r"(?<![\w-])(?:" + "|".join(_rx(c, "-") for c in SIDECODES) + r")(?![\w]|-\w)")
_COMPACT = re.compile(
    r"(?i:kenteken(?:nummer)?)[ \t]*:?[ \t]*(?P<plate>(?:" + "|".join(_rx(c, "") for c in SIDECODES) + r"))(?![\w])"
)


class LicensePlateRecognizer(RulesRecognizer):
    """Dutch licence plates by sidecode."""

    NAME = "LicensePlateRecognizerNL"
    ENTITIES = ("KENTEKEN",)
    CONTEXT = ("kenteken", "voertuig", "auto", "rdw", "bestelbus", "vrachtwagen", "motor", "scooter",
               "rijbewijs", "parkeren", "bekeuring", "flitser")
    SCORE = 0.6
    COMPACT_SCORE = 0.8

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out = [make_result(self, "KENTEKEN", m.start(), m.end(), self.SCORE, ("pattern:sidecode",))
               for m in PLATE.finditer(text)]
        out += [make_result(self, "KENTEKEN", m.start("plate"), m.end("plate"), self.COMPACT_SCORE,
                            ("pattern:sidecode", "context:kenteken")) for m in _COMPACT.finditer(text)]
        return out
