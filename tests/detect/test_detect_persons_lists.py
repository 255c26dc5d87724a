"""Persons in real layouts (issue 14, second round): attendance lists of the Kamers that name no body
("Tegenwoordig zijn 136 leden, te weten:"), and private persons with a call name in brackets
("Albertus Johannes (Bert) Dijk") - every part of such a name is redacted, and the person is one person."""

from __future__ import annotations

import pytest

from redact.api import analyze_text
from redact.detect.genre import genre_of
from tests.detect.util import fully_covered, untouched

_MEMBERS = ("Atsma, Backer, Baay-Timmerman, Van Apeldoorn, Bikker, Van Bijsterveld, De Boer, Bruijn, Cliteur, "
            "Diederik van Dijk, Faber-van de Klashorst, Ganzevoort, Van Hattem, Jorritsma-Lebbink, Karimi, Koffeman, "
            "Oomen-Ruijten, Rombouts, Schalk, Teunissen, Vendrik, Van der Voort en Wever,")


def _attendance(label: str) -> str:
    return (f"Vergadering van dinsdag 11 juni 2019\n\nVoorzitter: Broekers-Knol\n\n{label}\n\n{_MEMBERS}\n\n"
            "en mevrouw Van Engelshoven, minister van Onderwijs, Cultuur en Wetenschap.\n")


@pytest.mark.parametrize("label", ["Tegenwoordig zijn 75 leden, te weten:", "Aanwezig zijn 136 leden, te weten:",
                                   "Tegenwoordig zijn 71 leden:"])
def test_counted_members_of_a_kamer_are_public(label: str) -> None:
    text = _attendance(label)
    assert genre_of(text) == "handelingen"
    findings = analyze_text(text)
    for name in ("Atsma", "Van Apeldoorn", "Diederik van Dijk", "Faber-van de Klashorst", "Wever", "Broekers-Knol",
                 "Van Engelshoven"):
        assert untouched(text, findings, name), (name, [f.text for f in findings])


def test_an_uncounted_list_without_a_body_stays_redacted() -> None:
    text = _attendance("Aanwezig:")  # which meeting? fail closed
    findings = analyze_text(text)
    assert fully_covered(text, findings, "Atsma")


def test_present_label_in_a_councils_minutes() -> None:
    text = ("Notulen van de vergadering van de gemeenteraad van Hoorn\n\nPresent:\n\nAtsma, Backer, Van Apeldoorn "
            "en Wever\n\n1. Opening\n")
    findings = analyze_text(text)
    assert untouched(text, findings, "Van Apeldoorn") and untouched(text, findings, "Backer")
