"""IBAN: mod-97 and country format via stdnum; with or without spaces; NL and other countries."""

from __future__ import annotations

import pytest

from redact.detect.engine import Detector
from redact.detect.recognizers.iban import IbanRecognizer
from redact.rules import Rules
from tests.detect.util import texts


@pytest.fixture(scope="module")
def recognizer(rules: Rules) -> IbanRecognizer:
    return IbanRecognizer(rules)


def found(recognizer: IbanRecognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text, ["IBAN"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IBAN NL91 ABNA 0417 1643 00", "NL91 ABNA 0417 1643 00"),
        ("rekening NL91ABNA0417164300 t.n.v. P. Jansen", "NL91ABNA0417164300"),
        ("NL02ABNA0123456789.", "NL02ABNA0123456789"),
        ("DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00"),
        ("GB82WEST12345698765432", "GB82WEST12345698765432"),
        ("BE71 0961 2345 6769", "BE71 0961 2345 6769"),
        ("FR14 2004 1010 0505 0001 3M02 606", "FR14 2004 1010 0505 0001 3M02 606"),
        ("NL91 ABNA 0417 1643 00 EUR 25", "NL91 ABNA 0417 1643 00"),  # trimmed to the valid IBAN
    ],
)
def test_finds_valid_iban(recognizer: IbanRecognizer, text: str, expected: str) -> None:
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "NL92 ABNA 0417 1643 00",  # wrong check digits
        "NL91 ABNA 0417 1643 01",  # wrong account digits
        "NL91ABNA041716430",  # too short for NL
        "BE68539007547034",  # wrong check digits
        "ISBN 9789012345678",
        "Kamerstuk AB12 CDEF GHIJ",
        "DGRR2024 0001 0002",
    ],
)
def test_near_misses(recognizer: IbanRecognizer, text: str) -> None:
    assert found(recognizer, text) == []


def test_detector_category_and_evidence(detector: Detector) -> None:
    findings = detector.analyze("Rekeningnummer: NL91 ABNA 0417 1643 00")
    assert texts(findings, "IBAN") == {"NL91 ABNA 0417 1643 00"}
    assert "checksum:iban-mod97" in findings[0].evidence
    assert not texts(findings, "TELEFOON", "BSN")
