"""IBAN: international bank account numbers, validated with ``stdnum.iban`` (mod-97 check digits and
the country's length and format), Dutch and foreign, compact (``NL91ABNA0417164300``) or in groups
of four (``NL91 ABNA 0417 1643 00``).

Guarantees: the span ends where the valid IBAN ends, even when more upper-case letters or digits
follow after a space (the longest valid prefix that ends at a group boundary wins). Limits: IBANs in
lower case, with dots or hyphens between the groups, or split over two lines are not recognised.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from stdnum import iban as stdnum_iban

from redact.detect.recognizers.base import LANGUAGE, make_result
from redact.rules import Rules

IBAN_CANDIDATE = r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{1,4}){3,8}(?![A-Za-z0-9])"
_CANDIDATE_RE = re.compile(IBAN_CANDIDATE)


class IbanRecognizer(PatternRecognizer):
    """Candidate pattern + ``validate_result`` (stdnum.iban); trims to the longest valid prefix."""

    NAME = "IbanRecognizerNL"
    CONTEXT: ClassVar[list[str]] = [
        "iban", "rekeningnummer", "bankrekening", "bankrekeningnummer", "rekening", "t.n.v.", "tnv",
    ]

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        super().__init__(
            supported_entity="IBAN",
            name=self.NAME,
            supported_language=LANGUAGE,
            patterns=[Pattern("iban-candidate", IBAN_CANDIDATE, 0.5)],
            context=self.CONTEXT,
            global_regex_flags=re.MULTILINE,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """True when ``pattern_text`` is a valid IBAN (check digits and country format)."""
        return bool(stdnum_iban.is_valid(pattern_text))

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for m in _CANDIDATE_RE.finditer(text):
            cand = m.group()
            for k in range(len(cand), 14, -1):
                if not cand[k - 1].isalnum() or (k < len(cand) and cand[k] != " "):
                    continue
                if self.validate_result(cand[:k]):
                    results.append(
                        make_result(self, "IBAN", m.start(), m.start() + k, 1.0, ("checksum:iban-mod97",))
                    )
                    break
        return results
