"""Held-out round 111 (issue 14; names altered): written council questions named by their askers ("de 7 raadsvragen
van A, B en C"), and news on a college: a member who takes a seat in it ("neemt X in het college plaats") or sat in it
("X, die partijloos in het college zat")."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_written_council_questions_named_by_their_askers() -> None:
    text = ("Lokaal sterk stelde schriftelijke vragen aan B&W naar aanleiding van een advertentie.\nHieronder de 7 "
            "raadsvragen (Questions) van Harrie van Dijkma, Anja Spieringsma, Tiny Kuijpersma en Maarten Janssenma "
            "voorafgegaan door hun inleiding.\nfoto door Vico Hoozemansma in 2002\n")
    assert_kept(text, "Harrie van Dijkma", "Anja Spieringsma", "Tiny Kuijpersma", "Maarten Janssenma")
    assert_found(text, "Vico Hoozemansma")


def test_a_seat_in_the_college() -> None:
    text = ("Voor haar Chaamse partij neemt Frank van Raakma in het college plaats. Ook Bert van Dijkma, die "
            "partijloos in het college zat, nam afscheid van de gemeenteraad.")
    assert_kept(text, "Frank van Raakma", "Bert van Dijkma")
    # a school's or a company's board is no college of B&W
    assert_found("Jan Jansenma, die jarenlang in het college van bestuur zat, nam afscheid van de hogeschool.",
                 "Jan Jansenma")
