"""Held-out round 58 (issue 14): what studying it fixed (names altered) - a label whose colon stands apart after the
previous entry's name ("… Romeyn Griffier : mevrouw G.A. Beeksma")."""

from __future__ import annotations

from tests.detect.util import assert_kept


def test_a_label_with_its_colon_apart_after_the_previous_name() -> None:
    text = ("CONCEPTBESLUITENLIJST van de openbare vergadering van de Gemeenteraad van de gemeente Heiloo\n\n"
            "Voorzitter (vz) : de heer T.J. Romma Griffier : mevrouw G.A. Beeksma\n\n"
            "Raadsleden : de dames B.M. Bruima (VVD), E.W. de Jongma (GBH).\n")
    assert_kept(text, "G.A. Beeksma")
