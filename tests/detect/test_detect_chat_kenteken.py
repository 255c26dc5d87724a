"""Chat speakers and mentions; licence plates; dates that are no phone numbers; function mailboxes."""

from __future__ import annotations

import pytest

from redact.detect.engine import Detector
from redact.detect.recognizers.email import is_function_mailbox
from redact.detect.recognizers.kenteken import PLATE
from redact.rules import Rules
from tests.detect.util import fully_covered, texts

SPEAKERS = [
    ("[10:12] Jansen, Piet\nGoedemorgen!", "Jansen, Piet"),
    ("[10:12] Kayleigh de Vries\nIk kijk ernaar.", "Kayleigh de Vries"),
    ("12-03-2024 10:12 - Piet Jansen: bel me even", "Piet Jansen"),
    ("12/03/2024, 10:12 - Fem Bakker: ok", "Fem Bakker"),
    ("[12-03-2024 10:12:05] Latumahina, J.S.: top", "Latumahina, J.S."),
    ("Vries, K.S. de 10:56\nKlopt.", "Vries, K.S. de"),
]


@pytest.mark.parametrize(("text", "name"), SPEAKERS)
def test_chat_speakers(detector: Detector, text: str, name: str) -> None:
    findings = detector.analyze(text)
    assert fully_covered(text, findings, name.rstrip(".")), texts(findings)
    assert any("structure:chat-speaker" in f.evidence for f in findings)


def test_chat_time_stamps_are_not_phone_numbers(detector: Detector) -> None:
    text = "[03-04-2023 11:52] Jacob Scholten: ja\n03-04-2023 11:53 - Jacob Scholten: bel 06-12345678"
    assert texts(detector.analyze(text), "TELEFOON") == {"06-12345678"}


def test_lunch_at_a_time_is_no_speaker(detector: Detector) -> None:
    assert texts(detector.analyze("Lunch 12:30\nAanvang 13:00"), "NAAM") == set()


def test_mentions(detector: Detector) -> None:
    text = "@Kayleigh staat in de map. @Piet Jansen kijk jij? Mail info@minjenv.nl"
    findings = detector.analyze(text)
    assert {"Kayleigh", "Piet Jansen"} <= texts(findings, "NAAM")
    assert not any("minjenv" in f.text for f in findings)


@pytest.mark.parametrize("plate", ["8-LJB-99", "BR-SB-49", "23-RJ-LJ", "VBB-12-B", "GT-123-B", "1-KBN-12",
                                   "12-BDF-3", "8-VL-977", "AB-12-34"])
def test_licence_plates(detector: Detector, plate: str) -> None:
    text = f"Het voertuig met kenteken {plate} stond daar."
    assert texts(detector.analyze(text), "KENTEKEN") == {plate}


@pytest.mark.parametrize("text", ["datum 12-03-2024", "postcode 2511 DP", "BZ-123-4567", "zaak 06-2024-1173",
                                  "artikel 5.1.2e", "ABC-DE-12", "1234-AB-12", "12-34-56", "AB-CD-EF"])
def test_not_licence_plates(detector: Detector, text: str) -> None:
    assert texts(detector.analyze(text), "KENTEKEN") == set()
    assert not PLATE.search(text)


def test_compact_plate_only_after_the_word_kenteken(detector: Detector) -> None:
    assert texts(detector.analyze("kenteken 12BDF3"), "KENTEKEN") == {"12BDF3"}
    assert texts(detector.analyze("referentie 12BDF3"), "KENTEKEN") == set()


@pytest.mark.parametrize(("address", "function"), [
    ("windbeleid@overijssel.nl", True), ("wobverzoeken@minvws.nl", True), ("bezwaarenberoep@minjenv.nl", True),
    ("team.asiel@ind.nl", True), ("woo-verzoeken@minjenv.nl", True), ("p.jansen@minjenv.nl", False),
    ("jp.devries@minjenv.nl", False), ("wobbe.jansen@x.nl", False), ("h.teams@x.nl", False),
    ("m.bakker-smit@x.nl", False), ("kees@gmail.com", False),
])
def test_function_mailboxes(rules: Rules, address: str, function: bool) -> None:
    assert is_function_mailbox(address, rules) is function


def test_function_mailbox_is_not_proposed(detector: Detector) -> None:
    text = "Vragen? Mail windbeleid@overijssel.nl of p.jansen@minjenv.nl"
    assert texts(detector.analyze(text), "EMAIL") == {"p.jansen@minjenv.nl"}
