"""BSN: the Dutch citizen service number, only when the 11-proef passes (``stdnum.nl.bsn``).

Nine digits, possibly written as ``123.456.782``, ``123 456 782``, ``1234 56 782`` or
``12.34.56.782``. Without context the score is 0.5 (one in eleven random 9-digit numbers passes the
11-proef); Presidio's context enhancer raises it when a context word (BSN, burgerservicenummer,
sofinummer, …) precedes it. Not reported: numbers with more digits around them, amounts (``€``
before or ``euro`` after), phone numbers in international form (``+31 612345678``), and numbers
introduced by another label (RSIN, KvK, kenmerk, zaaknummer, …) without a BSN word nearby.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from stdnum.nl import bsn as stdnum_bsn

from redact.detect.recognizers.base import LANGUAGE, tag
from redact.rules import Rules

BSN_REGEX = (
    r"(?<![\w.,/€-])"
    r"(?:\d{9}|\d{3}\.\d{3}\.\d{3}|\d{3}[ ]\d{3}[ ]\d{3}|\d{4}[ ]\d{2}[ ]\d{3}|\d{2}\.\d{2}\.\d{2}\.\d{3}"
    r"|\d{4}\.\d{2}\.\d{3})"
    r"(?![\w]|[.,/-]\d)"
)
_AMOUNT_BEFORE = re.compile(r"(?i)(?:€|eur|euro|\$|£|ƒ|fl\.?)[ \t]*$")
_AMOUNT_AFTER = re.compile(r"(?i)[ \t]*(?:euro|eur|mln|miljoen|miljard)(?![\w])")
_OTHER_NUMBER = re.compile(
    r"(?i)(?<![\w])(rsin|kvk|kvk-nummer|btw|btw-nummer|fiscaal|kenmerk|zaaknummer|zaaknr|dossiernummer|"
    r"factuurnummer|registratienummer|ordernummer|klantnummer|polisnummer|vestigingsnummer)(?![\w])"
)
_BSN_WORD = re.compile(r"(?i)(bsn|burgerservice|sofi)")
_PHONE_BEFORE = re.compile(r"(?:\+\d{1,3}|00\d{2})[ \t]*(?:\(0\)[ \t]*)?$")


class BsnRecognizer(PatternRecognizer):
    """Pattern + 11-proef; ``validate_result`` returns False for a failing checksum (the match is
    dropped) and None for a passing one (the score is left to the context enhancer)."""

    NAME = "BsnRecognizerNL"
    CONTEXT: ClassVar[list[str]] = [
        "bsn", "bsn-nummer", "burgerservicenummer", "burgerservicenummers", "sofinummer", "sofi-nummer",
        "sofi", "persoonsnummer", "bsn:",
    ]

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        super().__init__(
            supported_entity="BSN",
            name=self.NAME,
            supported_language=LANGUAGE,
            patterns=[Pattern("bsn", BSN_REGEX, 0.5)],
            context=self.CONTEXT,
            global_regex_flags=re.MULTILINE,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """The 11-proef (``stdnum.nl.bsn.is_valid``): False drops the match."""
        return None if stdnum_bsn.is_valid(pattern_text) else False

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        kept = []
        for r in super().analyze(text, entities, nlp_artifacts, regex_flags):
            before = text[max(0, r.start - 8) : r.start]
            if _AMOUNT_BEFORE.search(before) or _PHONE_BEFORE.search(before):
                continue
            if _AMOUNT_AFTER.match(text, r.end):
                continue
            label = text[max(0, r.start - 40) : r.start]
            if _OTHER_NUMBER.search(label) and not _BSN_WORD.search(label):
                continue  # an RSIN or KvK number passes the same 11-proef
            kept.append(r)
        return tag(kept, ("checksum:11-proef",))
