"""Held-out round 105 (issue 14; names altered): an Eerste Kamer committees' final report signed in capitals under
their labels, its date's line with an OCR'd quote ("Vastgesteld 17 april 1973\\".\\nDe vaste Commissie voor\\n…:\\n
SCHUIJT (Voorzitter)"), and council minutes whose OCR read the roll's colon as an "s" ("Aanwezigs de dames …",
"Leden s J.J. …")."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_committees_signing_under_their_labels() -> None:
    text = ("EERSTE KAMER DER STATEN-GENERAAL\nZitting 1972-1973\nEINDVERSLAG van de vaste Commissies voor "
            "Buitenlandse Zaken en voor Justitie.\nNa kennisneming van de memorie van antwoord achten de commissies de "
            "openbare behandeling voldoende voorbereid.\nVastgesteld 17 april 1973\".\nDe vaste Commissie voor\n"
            "De vaste Commissie voor Buitenlandse Zaken:\nJustitie:\nJANSEN (Voorzitter)\nBAKKER\n"
            "VAN DER MEER\nVISSER\nDE VRIES.\n")
    assert_kept(text, "JANSEN", "BAKKER", "VAN DER MEER", "VISSER", "DE VRIES")


def test_a_roll_whose_colon_ocr_read_as_an_s() -> None:
    text = ("GEMEENTERAAD VAN BERGEN OP ZOOM RAADSVERGADERING Woensdag 29 maart 1972, des namiddags om 20.00 "
            "Voorzitters de heer drs. L.J. van de Laarma. Aanwezigs de dames J.S. Elsemanma-Gazendam, A. Vlugma en de "
            "heren J.K. Hendriksma, D. Westerhofma, P.J. Broosma, K.A. van Kaamma en M.J. Frankenma, Secretaris. De "
            "VOORZITTER opent de vergadering met gebed en deelt mede, dat bericht van verhindering is binnengekomen. "
            "De heer HENDRIKSMA wil als punt van orde opmerken dat hij verblijd is. De VOORZITTER neemt daarvan "
            "dankbare akte. De heer BROOSMA vraagt of de notulen worden vastgesteld. De notulen worden ongewijzigd "
            "vastgesteld.")
    assert_kept(text, "J.K. Hendriksma", "D. Westerhofma", "P.J. Broosma", "K.A. van Kaamma")
    # a sentence that merely ends a word in "s" before initials is no roll
    assert_found("De kosten van de Ledens A. Jansenma werden betaald door de vereniging.", "A. Jansenma")
