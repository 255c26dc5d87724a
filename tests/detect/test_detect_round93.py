"""Held-out round 93 (issue 14; names altered): old council minutes' roll "Alle leden, met uitzondering van de heer
X", the member the lot draws ("Het lot wijst de heer X aan") and reported speech with the verb first ("… dringt de
heer X er op aan"); "Afwezig de heer C. TH. X." in a body's minutes; a family name with a street's ending after
initials ("R.B. Andeweg"); an unknown given name after a sentence's end ("… Boesveld. Laus Halsema heeft …"); a
broadcaster's channel and a Frisian school are no persons."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_old_council_minutes_roll_lot_and_inverted_speech() -> None:
    text = ("GEMEENTE HOEVEN Notulen van de openbare vergadering van de gemeenteraad, gehouden op donderdag 30 "
            "augustus 1973. Aanwezig: Alle leden, met uitzondering van de heer Siemonsma, die wegens ziekte "
            "verhinderd is. Voorzitter: F. Twaalfhovenma. Het lot wijst de heer Nuijtenma aan om bij voorkomende "
            "stemming het eerst zijn stem uit te brengen. Met betrekking tot de ingekomen stukken dringt de heer van "
            "den Boschma er op aan moeite te doen. De heer van Merodema zegt het van belang te achten.\n")
    assert_kept(text, "Siemonsma", "Nuijtenma", "van den Boschma")


def test_a_member_reported_absent_without_a_verb() -> None:
    text = ("Notulen van de openbare vergadering van de gemeenteraad van Breda, 19 december 1921.\n1. Opening. De "
            "voorzitter opent de vergadering. Afwezig de heer C. TH. JANSSEN. De notulen worden vastgesteld.\n")
    assert_kept(text, "C. TH. JANSSEN")


def test_a_family_name_with_a_streets_ending_after_initials() -> None:
    text = "Per 1 januari zijn benoemd de heer J.G.C. (Jan-Kees) Wiebengama als voorzitter en de heer R.B. Andeweg.\n"
    assert_found(text, "R.B. Andeweg")


def test_an_unknown_given_name_after_a_sentences_end() -> None:
    text = ("Voorts de afmeldingen van Frans Snijder en Raymond Boesveld. Laus Halsema heeft bestuurslid Chris "
            "Schuiling laten weten verhinderd te zijn.\n")
    assert_found(text, "Laus Halsema")


def test_a_channel_and_a_frisian_school_are_no_persons() -> None:
    text = ("De zender Sky Channel zendt uit via de satelliet. Sky Channel is groot. Het werkbezoek ging naar de Yeb "
            "Hettinga Skoalle in Franeker.\n")
    assert_kept(text, "Sky Channel", "Yeb Hettinga Skoalle")
