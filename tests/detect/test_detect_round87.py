"""Held-out round 87 (issue 14; names altered): a party's page on its sworn-in Statenleden and fractievolgers as
bulleted lists; a joint sitting of both Kamers, whose chair appoints members to a committee; a staatsraad welcomed "als
staatsraad"; a party named after its leader ("De partij van X", "Nieuw Sociaal Contract van X"); the absent of a club's
meeting listed by surname alone after "Dhrn."; a club's minutes that label speakers by first name alone; a home named
"Van X-hoeve" after a preposition is no person; round 86's leftover: a list's names split over a line break."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_sworn_in_statenleden_and_fractievolgers_as_bulleted_lists() -> None:
    text = ("Na de verkiezingen mochten we als SGP Gelderland weer drie zetels in Provinciale Staten innemen.\n\n"
            "Als Statenlid zijn beëdigd:\n\n\n  • Klaas Ruitenbergma (fractievoorzitter)\n\n  • Gerrit Avereschma\n\n"
            "  • Lourens van Bruchemma\n\n\nAls fractievolger zijn beëdigd:\n\n\n  • Harm Jan Polinderma\n\n"
            "  • Anton Heemskerkma\n\n\nAls fractie zijn we dankbaar. Contact: Pieter Jansma, medewerker.\n")
    assert_kept(text, "Gerrit Avereschma", "Lourens van Bruchemma", "Harm Jan Polinderma", "Anton Heemskerkma")
    assert_found(text, "Pieter Jansma")


def test_a_joint_sitting_and_the_members_its_chair_appoints() -> None:
    text = ("VERENIGDE VERGADERING VAN DE BEIDE KAMERS\nTOT SLUITING VAN DE ZITTING DER STATEN-GENERAAL\n"
            "Voorzitter: de heer Jonkmanna\n"
            "De Voorzitter benoemt de heren Beaufortma, Korthalsma en mejuffrouw Zeelenbergma tot leden der commissie, "
            "die de Minister in- en uitgeleide zal doen.\n"
            "De heer Beaufortma: Mijnheer de Voorzitter! De commissie heeft zich van haar taak gekweten.\n"
            "De Voorzitter: Ik sluit de bijeenkomst.\n")
    assert_kept(text, "Beaufortma", "Korthalsma", "Zeelenbergma")


def test_a_staatsraad_welcomed_as_one() -> None:
    text = ("Op 1 november 2017 kon de Raad van State mevrouw mr. M.G.M. Schwenglema verwelkomen als staatsraad van "
            "het Koninkrijk. Het verslag is opgesteld door mevrouw mr. A.B. Dekkerma.")
    assert_kept(text, "M.G.M. Schwenglema")
    assert_found(text, "A.B. Dekkerma")


def test_a_party_named_after_its_leader() -> None:
    text = ("De PVV wordt de grootste fractie in de nieuwe Tweede Kamer. De partij van Geert Wildersma krijgt 37 "
            "zetels. Nieuwkomer Nieuw Sociaal Contract van Pieter Omtzigtma heeft 20 zetels behaald. Woordvoerder Anne "
            "Jansma van het bureau lichtte de uitslag toe.")
    assert_kept(text, "Geert Wildersma", "Pieter Omtzigtma")
    assert_found(text, "Anne Jansma")


def test_the_absent_listed_by_surname_alone() -> None:
    text = ("Notulen van de AV van de vereniging d.d. 21 april 2017\n\n"
            "Afmeldingen: Dhrn. de Groot, van Rensma, Witjesma, Hanssen, Beckers, WBE Land van Horne V. Deenen, "
            "Nijsen, van Deursen, Janssen, Rutten, Thijssen, Meeksma, van Aarle en roebroeks.\n\n"
            "Wij vergaderen in Venlo, Roermond, Weert, Sittard en Heerlen. Het tekort aan leraren in de schoolvakken "
            "Nederlands, Engels, Duits, Spaans en Klassieke Talen.\n")
    assert_found(text, "de Groot", "van Rensma", "Witjesma", "van Deursen", "Rutten", "Meeksma", "van Aarle")
    assert_kept(text, "Venlo", "Roermond", "Sittard", "Engels", "Duits")


def test_a_clubs_minutes_label_speakers_by_first_name() -> None:
    text = ("Verslag Algemene ledenvergadering dd 2 september 2016\n\nEnno opent.\n\n"
            "Welkom aan nieuwe leden: Annemiek, Anton, Wouter en Lex.\n\nMededelingen:\n\n"
            "Petra: Er zijn volmachten.\nMarten: dat is niet bekend gemaakt, die volmachten.\n"
            "Enno: Iedereen weet wie er in het bestuur zit.\nRob: Dat gaat op kengetallen.\n"
            "Agenda: vaststellen.\n")
    assert_found(text, "Petra", "Marten", "Rob", "Annemiek", "Wouter", "Lex")
    assert_kept(text, "Agenda", "Mededelingen")


def test_a_homes_name_after_a_preposition_is_no_person() -> None:
    text = ("Samen met een bewoonster van de Van Oldenbarnevelthoeve (een woonvorm voor mensen met een beperking) "
            "opende hij de dagactiviteiten. Bewoner Van Dijkma sprak.")
    assert_kept(text, "Van Oldenbarnevelthoeve")
    assert_found(text, "Van Dijkma")


def test_list_items_split_by_a_line_break() -> None:
    # round 86's leftover: a wrapped attendance list whose names run over a line's end
    text = ("VERSLAG van de Algemene Ledenvergadering van Bridgeclub Rijnland\n"
            "Aanwezig 62 leden (inclusief 4 bestuursleden) volgens de presentielijst:\n"
            "Han Aardsema, Eugenie Abrahamsma, Matty van\nBakelma, Lies Bentveldma, Cootje\n"
            "Braakmanma, Henk Broekstrama, Anne de\nVriesema, Leo Zuidgeestma en Trudy\nZuidgeestma.\n"
            "Bericht van verhindering: 32 leden.\n")
    assert_found(text, "Matty van\nBakelma", "Cootje\nBraakmanma", "Anne de\nVriesema")
