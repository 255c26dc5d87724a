"""Held-out round 103 (issue 14; names altered): a 1961 newspaper on a new burgemeester ("Mr. Dr. J. X (57) wethouder
van Wassenaar (A.R.) per 1 juli"), and a horticultural society's page naming its volunteers by a given name and the
family name's initial without a dot ("Frank vH, Louis S en …")."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found, assert_kept


def test_an_office_after_an_age_without_a_comma() -> None:
    assert_kept("Benoemd is Mr. Dr. J. Hazenbergma (57) wethouder van Wassenaar (A.R.) per 1 juli.", "J. Hazenbergma")
    assert_kept("Toen zei Jan Jansenma gedeputeerde van Zeeland iets.", "Jan Jansenma")
    # a private function after the name without a comma stays what it was
    assert_found("Benoemd is J. Hazenbergma (57) directeur van Bouwbedrijf Wassenaar.", "J. Hazenbergma")


def test_given_names_with_an_initial_in_a_list() -> None:
    text = "Ledenadministratie - Ans Tiemissenma\n\nFacebook/pr - Frank vH, Louis S en Mieke D\n\nWebsite - Iza Zawada"
    assert_found(text, "Frank vH", "Louis S", "Mieke D")
    # a king's numeral is no initial: "Karel V" never becomes one name with it
    assert "Karel V" not in {f.text for f in analyze_text("Keizer Karel V en zijn zoon Filips II regeerden.")}
