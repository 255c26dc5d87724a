"""Held-out rounds 118 and 119 (issue 14; names altered): a council's absent members named by their seat and initials
("Afwezig zijn raadslid J. Drijfhout, J. Mulder, G. Hoorn."), and a council platform's drawn member, sign-offs and
credentials committee."""

from __future__ import annotations

from tests.detect.util import assert_kept


def test_absent_members_by_their_seat_and_initials() -> None:
    text = ("Raadsvergadering\n\ndinsdag 23 januari 2024\n\nLocatie\n\nRaadzaal\n\nVoorzitter\nJ.H. Bats\n\n"
            "Agendapunten\n\n 1. 1\n\n  Besluit\n\n  De voorzitter opent de vergadering om 19.30 uur.\n\n"
            "  Afwezig zijn raadslid J. Jansen, J. Mulder, G. de Vries.\n\n  00:24:25 - 00:25:30 - Rob Bats\n")
    assert_kept(text, "J. Jansen", "J. Mulder", "G. de Vries")


def test_a_council_platforms_drawn_member_sign_offs_and_credentials_committee() -> None:
    # (round 119)
    text = ("Raadsvergadering\n\nAgendapunten\n\n 1. 1\n\n  Besluit\n\n  De voorzitter opent de vergadering. Trekking "
            "stemmingnummer 5, Ben Jansen. Afmeldingen: Leon de Vries en Marc Bakker. De VVD heeft drie commissieleden "
            "aangewezen.\n\n 2. 2\n\n  Instellen commissie geloofsbrieven: Angela Visser, Lieke van Dijk en Wim "
            "Smit. Na een positief advies besluit de raad tot toelating van de heer Oele.\n")
    assert_kept(text, "Ben Jansen", "Leon de Vries", "Marc Bakker", "Angela Visser", "Lieke van Dijk", "Wim Smit")
