"""Held-out round 118 (issue 14; names altered): a council's absent members named by their seat and initials ("Afwezig
zijn raadslid J. Drijfhout, J. Mulder, G. Hoorn.")."""

from __future__ import annotations

from tests.detect.util import assert_kept


def test_absent_members_by_their_seat_and_initials() -> None:
    text = ("Raadsvergadering\n\ndinsdag 23 januari 2024\n\nLocatie\n\nRaadzaal\n\nVoorzitter\nJ.H. Bats\n\n"
            "Agendapunten\n\n 1. 1\n\n  Besluit\n\n  De voorzitter opent de vergadering om 19.30 uur.\n\n"
            "  Afwezig zijn raadslid J. Jansen, J. Mulder, G. de Vries.\n\n  00:24:25 - 00:25:30 - Rob Bats\n")
    assert_kept(text, "J. Jansen", "J. Mulder", "G. de Vries")
