"""Public office holders and not-name strays in real layouts of the second round of real texts (issue 14):
an attendance list that names its chair and its griffier but not the council."""

from __future__ import annotations

import pytest

from redact.api import analyze_text
from tests.detect.util import fully_covered, untouched

_COUNCIL = ("Verslag besluiten 3 maart\n\n"
            "Aanwezig: P. Haverkamp (voorzitter), Joris Evers, T. van der Meulen, K.L. Brandsma, "
            "D. Kooistra-Veenstra en A.B. Mulder (griffier).\n\n"
            "Verder aanwezig: de wethouders C. Dijkhuis en M. Rozendaal.\n\n"
            "Verslag: F. Oosterhof (Notulenbureau Noord).\n\n"
            "Het volgende wordt naar voren gebracht.\n")


def test_an_attendance_list_with_chair_and_griffier_is_the_councils() -> None:
    findings = analyze_text(_COUNCIL)
    for name in ("P. Haverkamp", "Joris Evers", "T. van der Meulen", "K.L. Brandsma", "D. Kooistra-Veenstra",
                 "A.B. Mulder", "C. Dijkhuis"):
        assert untouched(_COUNCIL, findings, name), (name, [f.text for f in findings])
    assert fully_covered(_COUNCIL, findings, "F. Oosterhof")  # the minute-taker stays private


def test_a_list_with_a_chair_but_no_griffier_stays_redacted() -> None:
    text = _COUNCIL.replace(" (griffier)", " (secretaris)")
    findings = analyze_text(text)
    assert fully_covered(text, findings, "Joris Evers")
    assert fully_covered(text, findings, "K.L. Brandsma")


_VIDEO = ("Gemeenteraad\n\ndonderdag 7 november 2019\nLocatie:\nRaadzaal\nVoorzitter:\n"
          "Mw. K.L.M. Hendriks - van Dongen ( Burgemeester )\nToelichting:\n\nAgendapunten\n\n"
          "  00:02:38 - 00:05:37 - Marieke Hendriks-van Dongen\n"
          "  De raad stelt de agenda vast.\n")


def test_a_spaced_hyphen_double_surname_is_one_public_person() -> None:
    findings = analyze_text(_VIDEO)
    for name in ("K.L.M. Hendriks - van Dongen", "Marieke Hendriks-van Dongen"):
        assert untouched(_VIDEO, findings, name), (name, [f.text for f in findings])


def test_a_spaced_hyphen_double_surname_of_a_private_person_is_redacted_whole() -> None:
    text = "Contactpersoon: Joke Veldhuis - Brinkman\n\nMet vriendelijke groet,\nJoke Veldhuis-Brinkman\n"
    findings = analyze_text(text)
    assert fully_covered(text, findings, "Joke Veldhuis - Brinkman")
    assert fully_covered(text, findings, "Joke Veldhuis-Brinkman")


_PORTAL = ("Gemeenteraad\n\ndinsdag 14 mei 2024\n\n20:00 - 23:00\nLocatie\n\nRaadszaal\n\nVoorzitter\n"
           "J. (Jeroen) Wassenaar\nToelichting\n\nUitzending\n\nAgendapunten\n\n 1. 1\n\n  Besluit\n\n"
           "  De voorzitter opent de vergadering. De voorzitter meldt dat Femke de Graaf (LOF) afwezig is met "
           "bericht van verhindering.\n  00:02:34 - 00:03:45 - Jeroen Wassenaar\n")


def test_the_chair_of_a_council_meeting_page_is_public() -> None:
    findings = analyze_text(_PORTAL)
    for name in ("J. (Jeroen) Wassenaar", "Jeroen Wassenaar", "Femke de Graaf"):
        assert untouched(_PORTAL, findings, name), (name, [f.text for f in findings])


def test_a_passer_by_absent_without_notice_is_no_member() -> None:
    text = _PORTAL.replace("afwezig is met bericht van verhindering", "afwezig is")
    findings = analyze_text(text)
    assert fully_covered(text, findings, "Femke de Graaf")


def test_a_motie_named_after_a_member_with_initials() -> None:
    text = ("Aan de orde zijn de stemmingen over moties, te weten:\n\n- de motie-K.P. Brouwer over de aanleg van "
            "een tunnel (22026, nr. 33);\n\nIn stemming komt de motie-K.P. Brouwer.\n")
    findings = analyze_text(text)
    assert untouched(text, findings, "K.P. Brouwer"), [f.text for f in findings]


def test_a_flattened_heading_of_chair_and_griffier() -> None:
    text = ("Voorzitter: mw. H.J. Roeleveld Griffier: mw. C.A. Damsma AGENDA 1. Opening en mededelingen. "
            "2. Vaststelling agenda. De heer Visser (VVD): Dank u wel.\n")
    findings = analyze_text(text)
    assert untouched(text, findings, "C.A. Damsma"), [f.text for f in findings]


def test_an_abbreviation_listed_among_parties_is_no_initials() -> None:
    text = ("Besluitenlijst gemeenteraad\n\nDe raad stelt de agenda vast. BWL vraagt: het agendapunt te verdagen.\n"
            "In eerste termijn spreken alle partijen: BWL, GL, CDA, VVD, D66, SP en DENK. BWL dient een motie in.\n")
    findings = analyze_text(text)
    assert not [f for f in findings if f.text == "BWL"], [(f.entity, f.text) for f in findings]


def test_initials_in_a_list_without_parties_stay_found() -> None:
    text = ("Verslag overleg\n\nAanwezig: Piet de Vries, Karel Bos\n\nPJV vraagt: kan het sneller? KB zegt toe "
            "het uit te zoeken.\nActie: PJV, KB, VVD, HG en LM.\n")
    findings = analyze_text(text)
    assert [f for f in findings if f.text == "PJV"], [(f.entity, f.text) for f in findings]
    assert [f for f in findings if f.text == "HG"], [(f.entity, f.text) for f in findings]


_NEWS = ("Lintjesregen\n\nOnder de gedecoreerden zijn vrijwilliger Jopie Dekker uit Broek op Langedijk en koster "
         "Kees Mulder uit Hendrik-Ido Ambacht. Dekker redde een buurman in de Arnhemse wijk De Laar; het weekblad "
         "De Schakel schreef erover.\n")


@pytest.mark.parametrize("place", ["Langedijk", "Hendrik-Ido Ambacht", "De Laar", "De Schakel"])
def test_places_neighbourhoods_and_papers_are_no_names(place: str) -> None:
    findings = analyze_text(_NEWS)
    assert untouched(_NEWS, findings, place), [f.text for f in findings]
    assert fully_covered(_NEWS, findings, "Jopie Dekker") and fully_covered(_NEWS, findings, "Kees Mulder")


def test_a_surname_shaped_like_a_place_stays_found() -> None:
    text = "Het verslag is opgesteld door Karel ten Boer, en Ten Boer verstuurt het.\n"
    findings = analyze_text(text)
    assert fully_covered(text, findings, "Karel ten Boer")


@pytest.mark.parametrize(("text", "name"), [
    ("Het gesprek vindt plaats met de wijkraad en de nieuwe stadsdeelwethouder Femke Roosma.\n", "Femke Roosma"),
    ("Onderscheiden met het grootkruis zijn de oud-premiers Drees, Den Uyl en Lubbers.\n", "Den Uyl"),
    ("Met vriendelijke groet,\n\nnamens de OPA-fractie,\n\nGerrit van der Wal\n", "Gerrit van der Wal"),
])
def test_more_office_holders(text: str, name: str) -> None:
    findings = analyze_text(text)
    assert untouched(text, findings, name), [f.text for f in findings]


def test_a_sign_off_for_an_association_stays_private() -> None:
    text = "Met vriendelijke groet,\n\nnamens de bewonersvereniging,\n\nGerrit van der Wal\n"
    findings = analyze_text(text)
    assert fully_covered(text, findings, "Gerrit van der Wal")


def test_colleagues_who_cosign_a_motion_in_handelingen() -> None:
    text = ("Aan de orde is de voortzetting van de behandeling van het wetsvoorstel.\n\nDe heer Hofland (CDA):\n"
            "Voorzitter! Ik wil daarom mede namens de collega's Verbeek en Smit-Zandstra de volgende motie "
            "indienen.\n")
    findings = analyze_text(text)
    for name in ("Verbeek", "Smit-Zandstra"):
        assert untouched(text, findings, name), [f.text for f in findings]


def test_colleagues_in_a_letter_stay_redacted() -> None:
    text = "Beste Anna,\n\nMijn collega's Jan Verbeek en Els Smit-Zandstra nemen contact met je op.\n\nGroet,\nPiet\n"
    findings = analyze_text(text)
    assert fully_covered(text, findings, "Jan Verbeek")


def test_the_name_of_a_club_after_its_noun_is_no_person() -> None:
    text = "Als vrijwillig trainer bij Atletiekvereniging Hera te Heerhugowaard is Hans Pronk al jaren actief.\n"
    findings = analyze_text(text)
    assert untouched(text, findings, "Hera"), [f.text for f in findings]
    assert fully_covered(text, findings, "Hans Pronk")


_FORUM = ("Forumverslag 14-05-2018\n\nAanwezig:\nVoorzitter\nD Hoogland\nGriffier\nU Brink\nNamens Naam\n"
          "GroenLinksI Kleinjan\nSPM.J. ten Velde\nPvdAM.M. Rozendal\nStadspartijM Wesselius\nVVDJ Lok\n\n"
          "Verslag van de vergadering\n\nDe volgende mensen spreken in: Anna Vermeulen en Kees Bos.\n")


def test_a_table_of_members_with_glued_party_labels() -> None:
    findings = analyze_text(_FORUM)
    for name in ("D Hoogland", "U Brink", "Kleinjan", "ten Velde", "Rozendal", "Wesselius", "Lok"):
        assert untouched(_FORUM, findings, name), (name, [f.text for f in findings])
    assert fully_covered(_FORUM, findings, "Anna Vermeulen")  # an inspreker after the table stays private


@pytest.mark.parametrize(("text", "name", "rest"), [
    ("Spreker: Jan Smit - Amsterdam\n", "Jan Smit", "Amsterdam"),
    ("Verslag: Els Mol - Notulist\n", "Els Mol", "Notulist"),
])
def test_a_spaced_hyphen_before_a_word_that_is_no_surname_ends_the_name(text: str, name: str, rest: str) -> None:
    findings = analyze_text(text)
    assert fully_covered(text, findings, name) and untouched(text, findings, rest), [f.text for f in findings]
