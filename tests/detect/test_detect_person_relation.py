"""NAAM after a possessive and a relation word (``person_relation``); double surnames with an ordinary word."""

from __future__ import annotations

import pytest

from redact.detect.engine import Detector
from redact.detect.names import parse_name
from tests.detect.util import texts


@pytest.mark.parametrize(("text", "expected"), [
    ("Mijn buurman Ullrich Sager kan dat bevestigen; Sager is overdag thuis.", {"Ullrich Sager", "Sager"}),
    ("Onze dochter Lotte gaat daar naar school.", {"Lotte"}),
    ("mijn zoon Daan", {"Daan"}),
    ("Ik heb dit besproken met mijn verhuurder, Kees Wolters.", {"Kees Wolters"}),
    # "ene": "a certain" before a name; a first name that is also a word ("bas") is found with it
    ("Het gaat om ene Bas, die soms bij hem speelt, en om Bas zijn ouders.", {"Bas"}),
])
def test_names_after_a_relation(detector: Detector, text: str, expected: set[str]) -> None:
    assert texts(detector.analyze(text), "NAAM") == expected


@pytest.mark.parametrize("text", [
    "mijn werkgever Rijkswaterstaat betaalt",  # an organisation
    "mijn collega Financiën",
    "Mijn man Den Haag",  # a place
    "de buurman Ullrich",  # no possessive: not this recognizer's
    "mijn buurman heeft gebeld",  # no name
    "Aan de ene Kant is dat zo, aan de andere niet.",  # "de ene": the one (of two)
])
def test_relation_near_misses(detector: Detector, text: str) -> None:
    assert not [f for f in detector.analyze(text) if f.recognizer == "RelationNameRecognizer"]


def test_double_surname_with_an_ordinary_word() -> None:
    assert parse_name("Marilyn Allen-Verschueren") is not None
    assert parse_name("Allen-Verschueren") is not None
    assert parse_name("Allen") is None and parse_name("Allen-Alle") is None  # every part ordinary
