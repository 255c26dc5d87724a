"""Held-out round 75 (issue 14): what studying it fixed (names altered) - a roll by party group whose labels are the
parties' local branches or open with "Voor"; a party after a pair, an age or a residence (also in Frisian); the mayor's
deputy by rank; "is nieuw in de raad"; a place that opens with a particle ("De Ronde Venen"); an association's
members' meeting that counts its attendees."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found, assert_kept


def test_a_roll_by_the_parties_local_branches() -> None:
    text = ("Vanavond zijn de nieuwe raadsleden geïnstalleerd.\nVoor het CDA Ermelo zijn dat: Jan van den Boschma, "
            "Dick te Brakema en Erik van der Weidema.\nProgressief Ermelo : René Artsma, Bea van 't Hulma en Alex "
            "Kleijnenma.\nVVD Ermelo : Hugo Weidemama en Hank van Bruggenma.\nSGP Ermelo : Leo van der Veldenma en "
            "Frans Snoekma.\nZie fotoreeks van fotograaf Piet Bakkersma.")
    assert_kept(text, "Jan van den Boschma", "Erik van der Weidema", "René Artsma", "Alex Kleijnenma",
                "Hugo Weidemama", "Frans Snoekma")
    assert_found(text, "Piet Bakkersma")


def test_a_roll_whose_labels_open_with_voor() -> None:
    text = ("De gemeenteraad bestaat uit de volgende personen:\nVoor ONPL:  Lieke Michielsma, Jos Willemsma.\nVoor "
            "het CDA: Jacqueline Aartsma, Lotte Gommersma.\nVoor de VVD: Rachel Oostvogelsma, Floor Vreijsenma.\nVoor "
            "Dorpsbelangen: Johan de Beerma en René de Bruijnma.\nVoor D66: Take de Beerma, Freek de Bruijnma.")
    assert_kept(text, "Lieke Michielsma", "Jos Willemsma", "Jacqueline Aartsma", "Johan de Beerma", "René de Bruijnma")


def test_a_party_after_a_pair_an_age_or_a_residence() -> None:
    text = ("Sander de Rouwema en Sietske Poepjesma foar it CDA, Klaas Kielstrama foar de VVD foarmje it deistich "
            "bestjoer. Dat binne Maaike Prinsma (1956) út Oentsjerk foar it CDA en Klaas Fokkingama (1953) út Nes (D) "
            "foar de FNP. Ook Leo Stoelma (1962) uit Sneek voor de VVD. Piet Bakkersma en Kees Jansma voor de "
            "buurtvereniging. Jan Pietersma werkt voor de Rabobank.")
    assert_kept(text, "Sander de Rouwema", "Sietske Poepjesma", "Klaas Kielstrama", "Maaike Prinsma",
                "Klaas Fokkingama", "Leo Stoelma")
    assert_found(text, "Piet Bakkersma", "Kees Jansma", "Jan Pietersma")


def test_the_mayors_deputy_by_rank_and_a_new_member() -> None:
    text = ("De heer van der Greftma is 1e loco burgemeester en de heer Zevenhuizenma is 4e loco burgemeester. Marien "
            "Kleinma is nieuw in de raad voor de SGP. Piet Bakkersma is in de raad aanwezig als inspreker.")
    assert_kept(text, "van der Greftma", "Zevenhuizenma", "Marien Kleinma")
    assert_found(text, "Piet Bakkersma")


def test_a_place_that_opens_with_a_particle_is_no_name() -> None:
    text = "Hij wil in De Ronde Venen aan de slag gaan. De gemeente De Ronde Venen telt veel inwoners."
    assert not [f for f in analyze_text(text) if f.entity == "NAAM"]


def test_an_associations_members_meeting_that_counts_its_attendees() -> None:
    text = ("Kort verslag Algemene ledenvergadering 9-6-2016\n\nAanwezig 25 leden,\nVoorzitter Jan Visschersma heet "
            "iedereen hartelijk welkom en opent de vergadering.\n\nJaarverslag 2015 ,Jan Truinma presenteert een korte "
            "terugblik. De kascommissie, bestaande uit Annalies Harenbergma en Lex Veldhuizenma, heeft de kascontrole "
            "gedaan.")
    assert_found(text, "Jan Visschersma", "Jan Truinma", "Annalies Harenbergma", "Lex Veldhuizenma")
