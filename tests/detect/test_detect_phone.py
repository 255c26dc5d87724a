"""TELEFOON: phonenumbers (NL, VALID) with Dutch labels, switchboards and near misses."""

from __future__ import annotations

import pytest

from redact.detect.engine import Detector
from redact.detect.recognizers.phone import PhoneRecognizer
from redact.rules import Rules
from tests.detect.util import texts


@pytest.fixture(scope="module")
def recognizer(rules: Rules) -> PhoneRecognizer:
    return PhoneRecognizer(rules)


def found(recognizer: PhoneRecognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text, ["TELEFOON"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("T 06-12345678", "06-12345678"),
        ("M 06 1234 5678", "06 1234 5678"),
        ("Mobiel: +31 6 12345678", "+31 6 12345678"),
        ("bel +31 (0)6 12345678 even", "+31 (0)6 12345678"),
        ("0031 6 12345678", "0031 6 12345678"),
        ("Tel. 070 370 1234", "070 370 1234"),
        ("telefoon (070) 3701234", "(070) 3701234"),
        ("070-3701234", "070-3701234"),
        ("T: 06 12 34 56 78", "06 12 34 56 78"),
        ("direct 088 1234567", "088 1234567"),
        ("Berlijn: +49 30 1234567", "+49 30 1234567"),
        ("(06-12345678)", "06-12345678"),
    ],
)
def test_finds_numbers(recognizer: PhoneRecognizer, text: str, expected: str) -> None:
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Algemeen nummer 070-3707911",  # allow-listed switchboard
        "+31 70 370 7911",  # the same switchboard in international form
        "(070) 370 79 11",
        "Informatie Rijksoverheid 0800-1400",
        "Servicenummer 0900-8844",
        "Telefoon 14 020",  # municipal number
        "Ons kenmerk 0612345678",  # reference number that looks like a mobile number
        "zaaknummer 5012345678",
        "kenmerk: 2024-0012345",
        "referentie 1234567890",  # 10-digit reference number
        "De kosten bedragen € 1.234.567.",
        "een bedrag van 0701234567 euro",
        "Datum: 03-06-2024",
        "2024-06-03",
        "om 10:15 uur",
        "periode 2023-2024",
        "2511 DP Den Haag",
        "IBAN NL91 ABNA 0417 1643 00",
        "BSN 123456782",
        "BSN 123.456.782",
        "artikel 5.1, tweede lid",
        "Kamerstuk 32545, nr. 143",
    ],
)
def test_near_misses_are_not_phone_numbers(recognizer: PhoneRecognizer, text: str) -> None:
    assert found(recognizer, text) == []


def test_label_raises_score_and_is_not_in_span(recognizer: PhoneRecognizer) -> None:
    (labelled,) = recognizer.analyze("M 06-87654321", [])
    (bare,) = recognizer.analyze("nummer onbekend, 06-87654321", [])
    assert labelled.start == 2
    assert labelled.score > bare.score


def test_detector_keeps_phone_and_drops_switchboard(detector: Detector) -> None:
    text = "Contactpersoon\nP. Jansen\nT 06-12345678\nAlgemeen: 070-3707911"
    findings = detector.analyze(text)
    assert texts(findings, "TELEFOON") == {"06-12345678"}
    (f,) = [f for f in findings if f.entity == "TELEFOON"]
    assert "phonenumbers:valid" in f.evidence
    assert f.score >= 0.75


# Numbers outside the allocated number plan (phonenumbers calls them invalid) but printed as phone numbers.
@pytest.mark.parametrize(
    ("text", "expected", "cue"),
    [
        ("T 06-70757281", "06-70757281", "label:t"),
        ("M 06 9400 0475", "06 9400 0475", "label:m"),
        ("Mobiel: +31 (0)6 92 75 15 44", "+31 (0)6 92 75 15 44", "label:mobiel"),
        ("Tel. +31 6 9964 0264", "+31 6 9964 0264", "label:tel"),
        ("bel me gerust op 06-97012345 vandaag", "06-97012345", "label:bel"),
        ("Telefoon: 0031 6 97 01 23 45", "0031 6 97 01 23 45", "label:telefoon"),
        ("Met vriendelijke groet,\nJan Jansen\nAdviseur\n06.97.01.23.45", "06.97.01.23.45",
         "context:signature-block"),
        ("Groet,\nPiet\n+31 6 9964 0264 (privé)", "+31 6 9964 0264", "context:signature-block"),
        ("Sanne de Wit\n06-97012345", "06-97012345", "structure:number-alone-on-line"),
        ("Piet de Vries, 06-97012345", "06-97012345", "context:next-to-name"),
        ("Contact: Sanne Bakker (06-97012345)", "06-97012345", "context:next-to-name"),
    ],
)
def test_finds_numbers_by_shape_in_context(recognizer: PhoneRecognizer, text: str, expected: str, cue: str) -> None:
    (r,) = recognizer.analyze(text, [])
    assert text[r.start : r.end] == expected
    evidence = r.recognition_metadata["redact_evidence"]
    assert "phonenumbers:invalid" in evidence and cue in evidence
    assert r.score < PhoneRecognizer.LABELLED_SCORE  # validity is evidence for the score


@pytest.mark.parametrize(
    "text",
    [
        "Het dossier 06-97012345 is gesloten.",  # shaped, but no phone context
        "ons kenmerk 06-97012345",  # a reference label wins
        "zaaknummer 0697012345",
        "rekening 0697012345",
        "Met vriendelijke groet,\n[03-04-2023 11:12] Jansen",  # a date and time, not a number
        "Datum 06-12-2024 10:00",
        "T 06-9701234",  # nine digits: no Dutch number
        "T 06-970123456",  # eleven digits
        "Groet,\nPiet\nbedrag 0697012345 euro",
        "Bijlage 3 Rapport 06-97012345",  # words before it, but no name
    ],
)
def test_shaped_near_misses(recognizer: PhoneRecognizer, text: str) -> None:
    assert found(recognizer, text) == []
