"""Held-out round 82 (issue 14): what studying it fixed (names altered) - a governing body's signature block whose
first function's article ends the body's line ("…, De \\nsecretaris,"); "het lid dier Kamer, de heer X"; a private
member's bill "Voorstel van wet van mevrouw A en de heer B"; a member who leaves early; an appointment past the
appointee's residence, and the wethouder the appointee stands in for; the "raadsleden" of a youth council."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_a_signature_block_whose_first_article_ends_the_bodys_line() -> None:
    text = ("Vragen aan Jan Jansma. Deze regeling zal met de toelichting in de Staatscourant worden geplaatst.\n\n"
            "Het College van Gedeputeerde Staten van de Provincie Zeeland, De \nsecretaris, \nL.J.M. Verdultma   \n\n"
            "De \nvoorzitter, \nK.M.A. Peijsma   \n\n"
            "Het College van Burgemeester en Wethouders van de Gemeente Westvoorne, De \nsecretaris, \n"
            "J.M.C. Postema   \n\nDe \nburgemeester, \nP.E. de Jongma\n")
    assert_kept(text, "L.J.M. Verdultma", "K.M.A. Peijsma", "J.M.C. Postema", "P.E. de Jongma")
    assert_found(text, "Jan Jansma")


def test_a_member_of_that_kamer_in_apposition() -> None:
    text = ("Zij betreurden het, dat het, na de aanvaarding door de Tweede Kamer van de motie van het lid dier Kamer, "
            "de heer De Kort c.s. (Handelingen, zitting 1950—1951, blz. 1048), nog zovele jaren had geduurd. De "
            "adressant, de heer Bakkersma, vroeg uitstel.")
    assert_kept(text, "De Kort")
    assert_found(text, "Bakkersma")


def test_the_two_members_who_propose_a_bill() -> None:
    text = ("Voorstel van wet van mevrouw Kraaijeveld-Woutersma en de heer Linschoten tot wijziging van de Wet "
            "Werkloosheidsvoorziening. Het advies van de heer Bakkersma is bijgevoegd.")
    assert_kept(text, "Kraaijeveld-Woutersma", "Linschoten")
    assert_found(text, "Bakkersma")


def test_a_member_who_leaves_the_meeting_early() -> None:
    text = ("Notulen van de openbare vergadering van de gemeenteraad van Steenwijkerland\n\nVanwege de maatregelen "
            "is de raadzaal enkel toegankelijk voor de raadsleden, de voorzitter en de griffie.\n\n"
            "De voorzitter opent om 14.00 uur de vergadering.\n\n"
            "Bericht van verhindering is ontvangen van dhr. W. Sommerma (PvdA). Dhr. J. Mulder (PvdA) sluit vanaf "
            "17.00 uur aan bij de vergadering en dhr. J. van Beekhuizen zal aanwezig zijn tot 16.30 uur.\n\n"
            "Insprekers: mevrouw Jansma.")
    assert_kept(text, "J. van Beekhuizen")
    assert_found(text, "Jansma")


def test_an_appointment_past_the_residence_and_the_wethouder_stood_in_for() -> None:
    text = ("Benoeming van de heer J.H. Lammersma uit Zuidwolde, gemeente De Wolden tot wethouder in "
            "tijdelijke vervanging wegens ziekte van de heer T. Wijbengama.\n\nDe raad besluit de heer J.H. "
            "Lammersma met ingang van 15 september 2017 te benoemen tot wethouder ter (tijdelijke) vervanging van "
            "de heer T. Wijbengama. Contactpersoon: Jan Jansma.")
    assert_kept(text, "J.H. Lammersma", "T. Wijbengama")
    assert_found(text, "Jan Jansma")


def test_the_councillors_of_a_youth_council_are_citizens() -> None:
    text = ("De provinciale politiek heeft sinds 2007 geen jongerenraad meer. Inmiddels is een nieuwe raad in "
            "oprichting en dus kwamen kandidaat-raadsleden Joran Andringa en Tim van der Spoel in Provinciale Staten. "
            "Ook het nieuwe raadslid Piet Bakkersma van de Jongerenraad sprak.\n\n"
            "De klankbordgroep bestaat uit de raadsleden Roelof Slager en Fabian de Wee die de Jongerenraad "
            "begeleiden.")
    assert_found(text, "Joran Andringa", "Tim van der Spoel", "Piet Bakkersma")
    assert_kept(text, "Roelof Slager", "Fabian de Wee")
