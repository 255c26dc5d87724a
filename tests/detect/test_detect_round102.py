"""Held-out round 102 (issue 14; names altered): a council committee's public meeting whose roll tags residents ("de
heer X (omwonende), De heer Y (inwoner Lewedorp)"), a council's farewell ("PvdA fractievoorzitster X"), news on a
director-general's promotion ("de promotie van X tot directeur-generaal", "X, de huidige plaatsvervangend
directeur-generaal"), a queen's signature under an OCR'd royal formula ("WU JULIANA, BU DE GRATIE GODS") and a
family name that is a particle after "van" ("Liesbeth van El")."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_a_roll_that_tags_residents_is_no_bodys_roll() -> None:
    text = ("Verslag van de vergadering Verdiepende commissie Waterpark Veerse Meer, gehouden op 18 september 2019, "
            "bij Waterschap Scheldestromen te Middelburg, aanvang 19.30 uur.\n\n"
            "  • Aanwezig: Mevrouw C. Doornma-Roosenburg (wethouder gemeente Middelburg), de heer K. Dingemansema, "
            "mevrouw L. Jansema, mevrouw K. Venemama (gemeente Middelburg), de heer Geelhoedma (omwonende), De heer "
            "Raatsma (inwoner Lewedorp), mevrouw Donkersma, de heer Algrama en vele anderen.\n"
            "  • Voorzitter: De heer P. Kraanma\n  • Notulen: A. Smakmanma (Notuleerservice)\n\n"
            "1. Welkom door voorzitter commissie Ruimte Piet Kraanma\n\n"
            "De voorzitter opent de vergadering om 19.30 uur. De heer Dingemansema krijgt de gelegenheid de petitie "
            "aan te bieden aan de wethouders Doornma en Simonsma.")
    assert_kept(text, "C. Doornma-Roosenburg")
    assert_found(text, "K. Dingemansema", "L. Jansema", "K. Venemama", "Geelhoedma", "Raatsma", "Donkersma",
                 "Algrama")


def test_a_feminine_office_and_a_promotion() -> None:
    assert_kept("PvdA fractievoorzitster Patty Wolthofma nam afscheid.", "Patty Wolthofma")
    text = ("Minister Hoekstra zet de promotie van Marcel de Vinkma tot directeur-generaal politieke zaken door. "
            "Hoekstra koos op het laatste moment voor Jan Tazelaarma, de huidige plaatsvervangend directeur-generaal "
            "politieke zaken.")
    assert_kept(text, "Marcel de Vinkma", "Jan Tazelaarma")


def test_a_queens_signature_under_an_ocr_formula() -> None:
    text = ("En hiermede bevelen Wij U in Godes heilige bescherming.\nSoestdijk, 10 Mei 1952.\nJULIANA.\n2571 2\n"
            "ONTWERP VAN WET\nWU JULIANA, BU DE GRATIE GODS, KONINGIN DER NEDERLANDEN, PRINSES VAN ORANJE-NASSAU, "
            "ENZ.\nAllen, die deze zullen zien of hooren lezen, salut!")
    assert_kept(text, "JULIANA")


def test_a_particle_as_a_family_name_after_van() -> None:
    assert_found("Voor ons stond de bekende Liesbeth van El, regiocoördinatrice, klaar.", "Liesbeth van El")
    assert_found("Voor ons stond mevrouw van El, klaar.", "van El")
