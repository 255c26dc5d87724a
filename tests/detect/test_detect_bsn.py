"""BSN: only with a passing 11-proef; context raises the score."""

from __future__ import annotations

import pytest

from redact.detect.engine import Detector
from redact.detect.recognizers.bsn import BsnRecognizer
from redact.rules import Rules
from tests.detect.util import texts


@pytest.fixture(scope="module")
def recognizer(rules: Rules) -> BsnRecognizer:
    return BsnRecognizer(rules)


def found(recognizer: BsnRecognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text, ["BSN"]) if r.score > 0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BSN 123456782", "123456782"),
        ("burgerservicenummer: 123.456.782.", "123.456.782"),
        ("sofinummer 1234 56 782", "1234 56 782"),
        ("bsn 123 456 782,", "123 456 782"),
        ("nummer 12.34.56.782", "12.34.56.782"),
        ("(111222333)", "111222333"),
        ("BSN: 012345672", "012345672"),
        ("kenmerk 2024-01, BSN 123456782", "123456782"),
    ],
)
def test_finds_valid_bsn(recognizer: BsnRecognizer, text: str, expected: str) -> None:
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "BSN 123456789",  # wrong checksum
        "BSN 123.456.789",
        "BSN 1234 56 789",
        "kenmerk 1234567820",  # 10 digits
        "kenmerk 0123456782",  # 10 digits containing a valid BSN
        "€ 123.456.782",  # amount
        "€123456782",
        "totaal 123.456.782 euro",
        "bel +31 612345609",  # phone number, 612345609 passes the 11-proef
        "bel 0031 612345609",
        "IBAN NL91 ABNA 0417 1643 00",
        "12345678",  # 8 digits
        "1.123.456.782",
        "datum 03-06-2024",
        "RSIN\n801144164",  # RSIN uses the same 11-proef
        "KvK-nummer 123456782",
        "zaaknummer: 123456782",
    ],
)
def test_near_misses(recognizer: BsnRecognizer, text: str) -> None:
    assert found(recognizer, text) == []


def test_context_raises_score(detector: Detector) -> None:
    raw = detector.raw("Het BSN van betrokkene is 123456782.\n\nOverige nummers: 111222333.")
    scores = {f.text: f for f in raw if f.entity == "BSN"}
    assert scores["123456782"].score > scores["111222333"].score
    assert "context:bsn" in scores["123456782"].evidence
    assert "checksum:11-proef" in scores["111222333"].evidence


def test_detector_category(detector: Detector) -> None:
    assert texts(detector.analyze("BSN: 123.456.782"), "BSN") == {"123.456.782"}
