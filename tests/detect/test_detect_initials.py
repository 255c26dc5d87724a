"""INITIALEN: initials as the subject in minutes, in action lists and after a sign-off (``person_initials``)."""

from __future__ import annotations

import pytest

from redact.detect.engine import Detector
from redact.detect.recognizers.person_initials import InitialsRecognizer, is_person_code
from redact.rules import Rules
from tests.detect.util import texts


@pytest.fixture(scope="module")
def recognizer(rules: Rules) -> InitialsRecognizer:
    return InitialsRecognizer(rules)


def found(recognizer: InitialsRecognizer, text: str) -> list[str]:
    return sorted(text[r.start : r.end] for r in recognizer.analyze(text, ["INITIALEN"]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ST meldt dat het rapport er is.", ["ST"]),
        ("Het rapport is binnen. LV vraagt of de IND heeft gereageerd.", ["LV"]),
        ("- JvdB licht toe dat het goed gaat.", ["JvdB"]),
        ("3. KV en PJ stellen voor de nota aan te passen.", ["KV", "PJ"]),
        ("LAT zal de stukken rondsturen.", ["LAT"]),
        ("Nr  Actie  Wie  Gereed\n1  Uitvoeringstoets opvragen  LAT  15 maart", ["LAT"]),
        ("Actie | Actiehouder | Deadline\nNota afstemmen KV/PJ 1 april", ["KV", "PJ"]),
        ("Groet, PV", ["PV"]),
        ("Groeten,\nMK", ["MK"]),
        ("Met vriendelijke groet,\nRvdB", ["RvdB"]),
        ("ST meldt dat het klaar is.\nDaarna besprak ST de planning.", ["ST", "ST"]),  # propagated
    ],
)
def test_initials_as_a_person(recognizer: InitialsRecognizer, text: str, expected: list[str]) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "DJI meldt dat het rapport er is.",  # organisations and units stay
        "IND vraagt om een toelichting.",
        "DGSenB licht toe dat het goed gaat.",
        "OM meldt dat er geen bezwaar is.",
        "Groet, OM",
        "De nota gaat naar het OM en de IND.",  # no cue at all
        "Artikel III meldt dat niets",  # Roman numeral, not at a sentence start either
        "Nr  Actie  Wie  Gereed\n3  Brief aan de IND",  # an organisation as the actor
        "Brief aan de IND  ST",  # a row end without an action list header
        "Het EN meldt",
    ],
)
def test_near_misses(recognizer: InitialsRecognizer, text: str) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(("code", "loose", "ok"), [
    ("ST", False, True), ("JvdB", False, True), ("DJI", False, False), ("PV", False, False),
    ("PV", True, True), ("OM", True, False), ("DGSenB", False, False), ("IV", False, False),
])
def test_is_person_code(code: str, loose: bool, ok: bool) -> None:
    assert is_person_code(code, loose=loose) is ok


def test_minutes_end_to_end(detector: Detector) -> None:
    text = ("Aanwezig: Sanne Terpstra (ST), Lars Visser (LV)\n"
            "ST meldt dat de DJI het rapport heeft ontvangen. LV vraagt of de IND al heeft gereageerd.\n"
            "Actie: LV\n")
    findings = detector.analyze(text)
    assert texts(findings, "INITIALEN") == {"ST", "LV"}
    assert [f.text for f in findings if f.entity == "INITIALEN"].count("LV") == 3
    assert not {"DJI", "IND"} & texts(findings)


def test_attendees_initials_win_over_an_organisation_code(detector: Detector) -> None:
    """"RO" is an organisation's code, but here the initials of an attendee (Rik Oosterhout)."""
    from redact.detect.recognizers.person_initials import attendee_codes

    text = ("Aanwezig: Rik Oosterhout (voorzitter), Anna Müller, Leif Lange\n\n"
            "RO opent het overleg. AM meldt dat de DJI klaar is. OM meldt niets.\n"
            "Nr  Actie  Wie  Gereed\n2  Nota afstemmen met de DGSenB  RO  13 september 2023\n")
    assert attendee_codes(text) >= {"RO", "AM", "LL"}
    findings = detector.analyze(text)
    assert [f.text for f in findings if f.entity == "INITIALEN"] == ["RO", "AM", "RO"]
    assert "OM" not in texts(findings)
