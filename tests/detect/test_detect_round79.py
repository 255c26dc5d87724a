"""Held-out round 79 (issue 14): what studying it fixed (names altered) - a committee report adopted on a date OCR
misread, its signers in capitals with a digit for a letter; "de SGP-ers de heren A en B"; a member's initiative
named by its mover; speaking "namens zijn fractie"."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_an_ocr_read_adoption_date_and_signers_in_capitals() -> None:
    text = ("De Commissie heeft de eer aan de Kamer voor te stellen den Minister dank te zeggen.\n"
            "Aldus vastgesteld den loden Juni 1898.\nSKEET.\nC. VAN DIJK.\nBAKKER.\nVISSER.\n"
            "Handelingen der Staten-Generaal. Bijlagen. 1897—1898\n\n"
            "VERSLAG.\nAldus vastgesteld 25 April 1919.\nDE VRIES.\nFRUYT1ER.\nJANSEN.\nSMIT.\n")
    assert_kept(text, "BAKKER", "VISSER", "JANSEN", "SMIT")


def test_party_members_with_a_hyphen() -> None:
    text = ("De nieuw gekozen wethouders zijn mevrouw W.E.H. van Dijkhuizenma (CDA) en de SGP-ers de heren J.W. "
            "Keukenma en N. van Wolfswinkelma. De bewoners de heren P. Bakkersma en J. Jansma waren er ook.")
    assert_kept(text, "J.W. Keukenma", "N. van Wolfswinkelma")
    assert_found(text, "P. Bakkersma", "J. Jansma")


def test_a_members_initiative_named_by_its_mover() -> None:
    text = ("Het Notaoverleg over de initiatiefnota van Pieter Omtzigtma verliep positief. Het rapport van Piet "
            "Bakkersma werd besproken.")
    assert_kept(text, "Pieter Omtzigtma")
    assert_found(text, "Piet Bakkersma")


def test_speaking_for_ones_own_group() -> None:
    text = ("Raadslid Kooteman nam afscheid. De heer De Vosma sprak hem toe namens zijn fractie. De heer Jansma sprak "
            "hem toe namens zijn familie.")
    assert_kept(text, "De Vosma")
    assert_found(text, "Jansma")
