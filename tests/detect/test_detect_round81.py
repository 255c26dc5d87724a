"""Held-out round 81 (issue 14): what studying it fixed (names altered) - a party's seats by "zitten in de raad", also
bulleted; the first of a pair that "treden namens X toe"."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_a_partys_seats_by_zitten_in_de_raad_bulleted() -> None:
    text = ("Voor PGB zitten in de raad:\n\n • Carlo van Eschma, ook de fractievoorzitter van PGB;\n • Roel van den "
            "Bersselaarma\n • Marieke Moormanma\n\nIn de tuin zitten vaak Jan Jansma en Piet Bakkersma.")
    assert_kept(text, "Carlo van Eschma", "Roel van den Bersselaarma", "Marieke Moormanma")
    assert_found(text, "Jan Jansma", "Piet Bakkersma")


def test_the_first_of_a_pair_that_joins_for_a_party() -> None:
    text = ("Frank Rijkaartma en Mariëtte van Leeuwenma treden namens BBB toe tot het college. Jan Jansma en Piet "
            "Bakkersma treden toe tot de club.")
    assert_kept(text, "Frank Rijkaartma", "Mariëtte van Leeuwenma")
    assert_found(text, "Jan Jansma", "Piet Bakkersma")
