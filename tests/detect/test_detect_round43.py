"""Held-out round 43 (issue 14): what studying it fixed - a plural role's list whose members carry their call names
in brackets under a party's heading ("De raadsleden zijn nu:\\n\\n* CDA\\n\\nJ.R. (Jaap) Jonk, …"), a plural role
whose portfolio ran into the first initial or the article of the list ("de leden van Gedeputeerde Staten G.R.J. van
Heukelom, …", "de leden van de Kamer, de heren A en B"), a date before an office without its article ("per 1
augustus 2004 President Gerechtshof Arnhem") and a speaker's party before a quotation ("X, Forum voor Democratie:")."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept
from tests.detect.util import texts


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


# --- round 43's leftovers, fixed in the next session (names altered) ---

def test_an_e_mail_header_a_markdown_conversion_made_a_heading() -> None:
    text = ("## Van: Jansen, Pieter\n\n## Aan: Kamps‚ Maarten (M.R.P.M.); Berkhout, Nathalie van; Steenhouwer, René "
            "(R.A.)\n\n## Cc: Hirschmann, Johanna (J.K.)\n\n## Onderwerp: presentatie\n")
    _found(text, "Kamps‚ Maarten", "Berkhout, Nathalie van", "Steenhouwer, René", "Hirschmann, Johanna")
    _found("**Van:** Jansen, Pieter\n**Aan:** Klaas de Vriesema\n", "Jansen, Pieter", "Klaas de Vriesema")


def test_a_list_of_objectors_with_their_addresses() -> None:
    text = ("Van de mogelijkheid om zienswijzen in te dienen is gebruik gemaakt door:\n\n"
            "J. C. Teimoro \\- van Dienst Groenedijk 9 1704 DE Heerhugowaard;\n\n"
            "Fam. Borstel Groenedijk 4 1704 DE Heerhugowaard;\n\n"
            "Fam. van der Veeken Rustenburgerweg 150 1703 EZ Heerhugowaard;\n\n"
            "R en I Wijngaarde Groendeijk 7 1704 DE Heerhugowaard;\n\n"
            "A.M.V. Zuurbiel \\-Groot Kerkweg 7 1704 DG Heerhugowaard;\n\n"
            "Oly advies, namens de heer Arruss Rustenburgerweg 247 1703 RV Heerhugowaard;\n")
    _found(text, "J. C. Teimoro \\- van Dienst", "Borstel", "van der Veeken", "R en I Wijngaarde",
           "A.M.V. Zuurbiel \\-Groot", "Arruss")
    _kept(text, "Groenedijk", "Rustenburgerweg")  # the streets stay
    _kept("Ons kantoor aan de Dr. Jan van Breemenstraat 1 is open.", "Jan")  # a street named after a person


def test_a_couples_initials_and_a_name_a_line_break_cut_after_its_initials() -> None:
    _found("Een brief van J. en M. de Vriesema over het plan.", "J. en M. de Vriesema")
    text = ("Namens de provincie zijn aanwezig hoofd afdeling Communicatie mevrouw M.H.\nStijnen en mevrouw M.\n"
            "Simonse (notulen).\n")
    _found(text, "M.H.\nStijnen", "M.\nSimonse")
    _kept("Geachte heer A.\nPer 1 januari wijzigt het tarief.", "Per")


def test_an_action_group_is_no_party_and_a_water_boards_speakers_by_party() -> None:
    _found("Inspreker:\n  Mevrouw Rodenberg, namens Partij voor de bomen. Onderwerp: herplantplicht.", "Rodenberg")
    _kept("Inspreker:\n  Mevrouw Rodenberg, namens Partij voor de Dieren.", "Rodenberg")
    text = ("Marc Breugelman - Waterbelang Limburg\n\nDan wil ik nu vragen aan de secretaris-directeur om het besluit "
            "voor te lezen.\n\nErik Keuleman - Secretaris-directeur\n\nWij, Willem-Alexander, …\n")
    _kept(text, "Marc Breugelman")


def test_a_flattened_meeting_page_and_a_footnotes_number() -> None:
    # the name ends before the label glued to it, so it is the same person as "Voorzitter: J.W. Reterinck" below
    text = ("Datum: 13-04-2015Tijd: 20:00 - 21:05Zaal: RaadzaalOpenbaarheid: OpenbaarVoorzitter: J.W. "
            "ReterinckGriffier: H.A.J. van de VlietNotulist: Genodigden:\n")
    found = texts(analyze_text(text))
    assert {"J.W. Reterinck", "H.A.J. van de Vliet"} <= found and not any("Griffier" in f or "Notulist" in f
                                                                          for f in found), found
    assert "Ahmed Baba Konéa" in texts(analyze_text(
        "Bent u bereid te informeren over de uitzetting van de heer Ahmed Baba Konéa1 ondanks de bezwaren?"))
