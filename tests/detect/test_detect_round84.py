"""Held-out round 84 (issue 14): what studying it fixed (names altered) - an attendance list that names its chair as
"(vz)" and its commissiegriffier is the council's, "Verder aanwezig:" is no member's sub-label; a party group speaking
"bij monde van" the name; the members who sign a Kamer proposal under "De ondergeteekenden hebben de eer …" (the
spelling before 1947); "Ben" before a family name is a given name, not the particle of "Ben Ali" nor the verb of
"Ik ben"."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_an_attendance_list_with_its_chair_as_vz_and_a_commissiegriffier() -> None:
    text = ("Verslag informeren 05-02-2009\n\nAanwezig: Klaas van der Laanma (vz), Jan Ballastma, Rob Berkenboschma, "
            "Bert Boersma, Sjoukje Brouwerma en Alma van Doorenma (commissiegriffier).\n\nAanwezig namens het college: "
            "wethouder Ton Bargemanma.\n\nAanwezige ambtenaren: Rients Turkstrama.\n\nVerder aanwezig: drs. B. "
            "Weidema (RSG Wolfsbos).\n\nVerslag: Zwaantinus Jeuringma (Notuleerservice Nederland).\n\nHet volgende "
            "wordt naar voren gebracht.")
    assert_kept(text, "Klaas van der Laanma", "Jan Ballastma", "Sjoukje Brouwerma", "Alma van Doorenma",
                "Ton Bargemanma")
    assert_found(text, "Rients Turkstrama", "B. Weidema", "Zwaantinus Jeuringma")


def test_a_party_group_speaking_through_the_name() -> None:
    text = ("Het akkoord werd positief ontvangen. Kritischer is Water Natuurlijk, bij monde van Kees Poldermanma. Die "
            "partij stemde als enige tegen. Het bestuur van de stichting, bij monde van Piet Bakkersma, liet weten "
            "tevreden te zijn.")
    assert_kept(text, "Kees Poldermanma")
    assert_found(text, "Piet Bakkersma")


def test_the_undersigned_members_of_a_proposal_in_the_old_spelling() -> None:
    text = ("Eerste Kamer,\nVoorstel tot wijziging van het Reglement van Orde.\n15 Maart 1939.\nDe ondergeteekenden "
            "hebben de eer voor te stellen, in het Reglement van Orde na artikel 16 in te voegen de volgende artikelen:"
            "\nArtikel 16a.\nIndien een spreker van het onderwerp afwijkt, wordt hem dit onder het oog gebracht.\n"
            "Toelichting.\nDe ervaring heeft geleerd, dat deze versterking noodig is.\nVAN DAM.\nDE VRIES.\n"
            "BAKKER.\nJANSEN.")
    assert_kept(text, "DE VRIES", "BAKKER", "JANSEN")


def test_ben_before_a_family_name_is_a_given_name() -> None:
    text = ("Aanwezig: Ronald Brökerma, Hilde Conenma.\nNamens het bevoegd gezag: Wim Berendsma, Ben Karstenbergma. "
            "Niet aanwezig m.b.: Ben van den Broekma, Bart Croezenma.\nDe commissie, bestaande uit Ben Dijkstrama en "
            "Frans Nevelsma, zal bij elkaar gaan zitten. Ik ben Jelly. Ben je er morgen bij?")
    assert_found(text, "Ben Karstenbergma", "Ben van den Broekma", "Ben Dijkstrama")
    assert_kept(text, "Ben je er")
