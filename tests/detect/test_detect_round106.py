"""Held-out round 106 (issue 14; names altered): a political compendium's list of the Tweede Kamer's griffiers under
"Overzicht van de griffiers van de Tweede Kamer:" and a table of names with dates ("Mr. X 01-09-1815 04-11-1817")."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_an_overview_of_an_offices_holders() -> None:
    text = ("Een belangrijke taak van alle genoemde griffiers is het opstellen van verslagen.\n\n"
            "Overzicht van de griffiers van de Tweede Kamer:\n\nNaam griffier\n\nPeriode\n\n"
            "Mr. Ch.J.E. van Hulthemma 01-09-1815 04-11-1817\nD. Veegensma 07-03-1847 15-11-1881\n"
            "Mr. A.F. Schepelma 30-10-1945 01-02-1973\nMr. W. Koopsma 01-02-1973 01-02-1986\n")
    assert_kept(text, "Ch.J.E. van Hulthemma", "D. Veegensma", "A.F. Schepelma", "W. Koopsma")
    # an overview without dates is no table of holders: "Overzicht van de wethouders van Zeist:" over a contact list
    text = ("Overzicht van de medewerkers van de afdeling Subsidies:\n\nJan Jansenma, beleidsmedewerker\n"
            "Piet Pietersma, secretaresse\n")
    assert_found(text, "Jan Jansenma", "Piet Pietersma")
