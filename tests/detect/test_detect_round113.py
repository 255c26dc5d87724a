"""Held-out round 113 (issue 14; names altered): a councillor who joined "de gemeenteraad van Zeist" (only a "raad
van …" is a board) or joined it in a year ("kwam in 2007 in de gemeenteraad")."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_joining_a_council_named_by_its_place_or_in_a_year() -> None:
    assert_kept("Sander Jansenma kwam in de gemeenteraad van Zeist, voor de fractie van de VVD.", "Sander Jansenma")
    assert_kept("Marcel Fluitmanma kwam in 2007 in de gemeenteraad, voor de fractie van het CDA.", "Marcel Fluitmanma")
    # a board of directors is no council
    assert_found("Jan Pietersmama kwam in 2012 in de raad van bestuur van de bank.", "Jan Pietersmama")
