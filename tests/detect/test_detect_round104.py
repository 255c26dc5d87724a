"""Held-out round 104 (issue 14; names altered): a table of the Algemene Rekenkamer's presidents under a heading that
names the office in the plural and a period ("Voorzitters/presidenten van de Algemene Rekenkamer van 1841 tot heden."),
its source line's editors after it, and news on the Staten quoting a party's leader ("ChristenUnie-leider X")."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_a_table_of_an_offices_holders() -> None:
    text = ("Het College van de Algemene Rekenkamer wordt gevormd door drie leden.\n\n"
            "Voorzitters/presidenten van de Algemene Rekenkamer van 1841 tot heden.\n\nNaam\n\nPeriode\n\n"
            "Mr. A.R. de Wendtma\n\n1-12-1841\n\n31- 7-1851\n\nJhr. M.B.H.W. Geversma\n\n1-11-1851\n\n1-10-1868\n\n"
            "E.A.A.J. de Roy van Zuidewijnma\n\n26-10-1881\n\n22-1-1892\n\nDrs. A.P. Visserma\n\n10-07-2015\n\n"
            "Bron: P.J. Margryma, E.C. van Heukelomma en A.J.R.M. Lindersma (red), Gedenkboek, 1989, p. 518.\n")
    assert_kept(text, "A.R. de Wendtma", "M.B.H.W. Geversma", "A.P. Visserma")
    assert_found(text, "P.J. Margryma", "A.J.R.M. Lindersma")
    # a plural heading of a private function is no office: "Trainers van de club sinds 1990"
    assert_found("Trainers van de hockeyclub sinds 1990\n\nJan Jansenma\n\n1990\n\nPiet Pietersma\n\n1995\n",
                 "Jan Jansenma", "Piet Pietersma")


def test_a_partys_leader_by_a_compound() -> None:
    text = 'Er moet een werkbaar GS komen. ChristenUnie-leider Tjisse Stepstrama: "Ook al heeft 15 procent gekozen."'
    assert_kept(text, "Tjisse Stepstrama")
    assert_found("Bende-leider Jan Jansenma werd opgepakt.", "Jan Jansenma")
