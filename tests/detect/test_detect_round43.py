"""Held-out round 43 (issue 14): what studying it fixed - a plural role's list whose members carry their call names
in brackets under a party's heading ("De raadsleden zijn nu:\\n\\n* CDA\\n\\nJ.R. (Jaap) Jonk, …"), a plural role
whose portfolio ran into the first initial or the article of the list ("de leden van Gedeputeerde Staten G.R.J. van
Heukelom, …", "de leden van de Kamer, de heren A en B"), a date before an office without its article ("per 1
augustus 2004 President Gerechtshof Arnhem") and a speaker's party before a quotation ("X, Forum voor Democratie:")."""

from __future__ import annotations

from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept


def test_a_councils_members_under_their_partys_heading() -> None:
    text = ("Nieuwe gemeenteraad van Berkelland geïnstalleerd\n\nDe raadsleden zijn nu:\n\n* CDA\n\nJ.R. (Jaap) "
            "Jonkers, L.J.H. (Leo) Scharenborgh, mevrouw A.G.M. (Marian) Bolster-ter Woerdt en mevrouw R.P. "
            "(Patricia) Hoytink-Roubosch.\n")
    _kept(text, "J.R. (Jaap) Jonkers", "L.J.H. (Leo) Scharenborgh", "A.G.M. (Marian) Bolster-ter Woerdt",
          "R.P. (Patricia) Hoytink-Roubosch")
    # without the plural role the same names are proposed
    _found(text.replace("De raadsleden zijn nu:", "Wij danken:"), "J.R. (Jaap) Jonkers")


def test_a_plural_role_whose_portfolio_ends_at_an_initial() -> None:
    text = ("Vanuit de provincie bestaat het gezelschap uit commissaris van de koningin drs. W.T. van Gelderen, de "
            "leden van Gedeputeerde Staten G.R.J.\nvan Heukelommen, drs. G.L.C.M. de Kokke, M. Kramers, J. "
            "Suurmondt en hoofd afdeling Communicatie mevrouw J.A. Boelens.\n")
    _kept(text, "G.L.C.M. de Kokke", "M. Kramers", "J. Suurmondt")
    _found(text, "J.A. Boelens")


def test_the_article_of_a_list_after_a_plural_roles_portfolio() -> None:
    _kept("Zoals hij heeft geantwoord op de door de leden van de Kamer, de heren Nederhorsting en Masmannen op 10 juni "
          "gestelde vragen.", "Nederhorsting", "Masmannen")


def test_a_date_before_an_office_and_a_party_before_a_quotation() -> None:
    _kept("a. Lid, tevens voorzitter: – Mr. A. Hammersteen, per 1 augustus 2004 President Gerechtshof Arnhem;",
          "A. Hammersteen")
    _kept('Eelco van Hoecken, Forum voor Democratie: "Ik vind het enorm vreemd."', "Eelco van Hoecken")
    _found('Jan Jansen, Rijkswaterstaat: "Ik vind het enorm vreemd."', "Jan Jansen")
