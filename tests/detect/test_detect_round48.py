"""Held-out round 48 (issue 14): what studying it fixed (names altered) - a council committee's decision list whose
heading a web page dropped, read through its table's cell bars; a numbered list of members appointed "als lid"; a
meeting's abbreviations of the offices ("(wh)", "(burg)"); an amendment's signers in capitals; a record whose labels
end in a full stop; a party's tag on the next line; a name whose first given name a later mention drops; the name in
brackets after its office; the vice-president of the Hoge Raad."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_a_committee_decision_list_in_a_web_table() -> None:
    text = ("naar agenda\n20 jan. 2000\n|\n|\nVoorzitter: |\nde heren Oostema en Grashof |\nSecretaris |\n"
            "Mw. Wanrooijma |\nAanwezig |\nde heren: Blinkema,\nTanejama, Mooiweerma, Mahlerma, Boumanna, Mostertma, "
            ",\nDerksma\n"
            "de dames: Koopma, Lourensma, Boltenma |\nAfwezig |\nde heren: Boelensma,\nBotma, Van den Doelma |\n1. |\n"
            "Opening\nDe voorzitter (Oostema) opent\nde vergadering om 20.00.\n|\n2. |\nMededelingen\nDe voorzitter "
            "inventariseert\nde belangstelling voor een cursus voor raadsleden.\n|\n3. |\nVaststelling besluitenlijst "
            "commissie\nMiddelen en Bestuur van d.d. 16 december 1999\nMevrouw Koopma merkt op dat het klopt.\n"
            "De heer Mostertma merkt op dat\nin de stadskrant de voorstellen van zijn fractie ontbreken.\n")
    assert_kept(text, "Mooiweerma", "Mahlerma", "Lourensma", "Boltenma", "Van den Doelma", "Mostertma")
    assert_found(text, "Wanrooijma")  # the committee's secretary: a weak role, proposed for review


def test_a_numbered_list_of_members_appointed_as_members() -> None:
    text = ("Het presidium stelt voor 3 leden te benoemen als lid van de vertrouwenscommissie.\nNa consultatie van de "
            "fractievoorzitters zijn de volgende leden voorgedragen:\n1.\n\nR. Sluijsma, als lid-voorzitter\n\n2.\n\n"
            "J. Noorlandma, als lid\n\n3.\n\nK. Partimanna, als lid\n\nDe commissie begint in september.\n")
    assert_kept(text, "R. Sluijsma", "J. Noorlandma", "K. Partimanna")
    # "als lid" alone stays a weak role
    assert_found("De heer J. Noorlandma, als lid van de klankbordgroep.", "J. Noorlandma")


def test_abbreviated_offices_in_a_meeting_note() -> None:
    text = ("Gemeente Westerkwartier: Koos Wiersmala (burg), Bert Nederveenma (wh), Hielke Westrama (wh), Rita Hulstma "
            "(leefbaarheidsadviseur, LBA). Aanvullend meldt Burg Wiersmala dat de burgers klachten kunnen melden.")
    assert_kept(text, "Koos Wiersmala", "Bert Nederveenma", "Hielke Westrama", "Wiersmala")
    assert_found(text, "Rita Hulstma")


def test_an_amendments_signers_in_capitals() -> None:
    text = ("Amendement van de heer Burgerma c.s.\nNo. 8\nOndergetekenden stellen het navolgende amendement voor: Aan "
            "lid 6 van artikel 163a worde een tweede lid toegevoegd.\nToelichting\nDe bedoeling is dezelfde regeling "
            "te treffen.\nBURGERMA\nJANSEN\nVISSER\nDE BOER\nTENDELOOMA.\n")
    assert_kept(text, "JANSEN", "VISSER", "DE BOER")


def test_a_record_whose_labels_end_in_a_full_stop() -> None:
    text = ("Aan de orde is:\nB.\nVerslag van de commissie tot onderzoek van de geloofsbrieven nieuw benoemde\n"
            "fractievertegenwoordiger.\n\nDe voorzitter. Het CDA draagt de heer Cees Pluimgraafma voor als "
            "fractievertegenwoordiger. Ik geef het woord aan de voorzitter van de commissie, de heer Martinez van "
            "Andelma.\nCarlos Martinez van Andelma (Hart voor Den Haag). De commissie deelt mee dat als "
            "fractievertegenwoordiger is voorgedragen de heer Cees "
            "Pluimgraafma\n(CDA). Welkom terug!\nDe voorzitter. Ik geef het woord aan de insprekers.\nDe heer Pronkma "
            "(I). Voorzitter. Mijn naam is Nico Pronkma en ik kom uit Scheveningen.\n")
    assert_kept(text, "Carlos Martinez van Andelma", "Martinez van Andelma", "Cees Pluimgraafma")
    assert_found(text, "Pronkma", "Nico Pronkma")  # an inspreker's letter is no party


def test_the_name_in_brackets_after_its_office() -> None:
    text = ("Niet gelakt zijn de namen van de directeur-generaal Straffen en Beschermen (de heer Sarisma) en van "
            "personen die in de openbaarheid treden, zoals Kamerleden (de heer Van Nispenma en de heer\nPostemma).")
    assert_kept(text, "Sarisma", "Van Nispenma", "Postemma")
    assert_kept("a. als voorzitter: mr. W. E. Haakma, vice-president van de Hoge Raad der Nederlanden.", "W. E. Haakma")


def test_a_director_generals_signature_and_a_family_name_of_two_words() -> None:
    text = ("De Minister van Justitie,\n\nNamens de minister,\n\nde\ndirecteur-generaal Politie en "
            "Criminaliteitsbestrijding,\nJ. J. H. Suyverma .\n")
    assert_kept(text, "J. J. H. Suyverma")
    # a portfolio of ordinary words only: "wethouder Jansen,\nKees Brinkman" names two persons
    assert_found("wethouder Jansen,\nKees Brinkman", "Kees Brinkman")
    text = "k. mevrouw mr. E. Huinemanna Lindtma;\n\nl. mevrouw mr. T.E. Stikkerma;"
    assert_found(text, "E. Huinemanna Lindtma", "T.E. Stikkerma")
