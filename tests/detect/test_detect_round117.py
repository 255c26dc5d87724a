"""Held-out round 117 (issue 14; names altered): a council's minutes whose heading OCR split ("raad der ge- meente"), an
OCR's zero for an entry's initial O, the college represented by a wethouder, and a member who joins later named at the
start of her line."""

from __future__ import annotations

from redact.detect.genre import council_meeting
from tests.detect.util import assert_found, assert_kept


def test_a_council_heading_that_ocr_split() -> None:
    assert council_meeting("NOTULEN van de vergadering van den raad der ge- meente Standdaarbuiten, gehouden op 24 "
                           "Juli 1945, des namiddags te 8 uur.")


def test_an_ocr_zero_initial_in_a_list_of_councillors() -> None:
    text = ("De geloofsbrieven zijn in orde bevonden, zoodat besloten is als raadsleden toe te laten: A.A. de Vries, "
            "0. Mulder, A.P.J. Bakker, C.F.J. Dekker en C.A. Brouwer. Vervolgens spreekt de voorzitter.")
    assert_kept(text, "A.A. de Vries", "0. Mulder", "A.P.J. Bakker", "C.F.J. Dekker", "C.A. Brouwer")


def test_an_ocr_zero_initial_of_a_private_person_is_found() -> None:
    assert_found("De prijzen gingen naar A.A. de Vries, 0. Mulder en C. Dekker.", "0. Mulder")


def test_the_college_represented_by_a_wethouder() -> None:
    text = ("De raad sprak over het omgevingsplan. Het college, vertegenwoordigd door mevrouw Bakker, stelde echter "
            "dat de aanpak behapbaar is.")
    assert_kept(text, "Bakker")
    # a school's board is no college of B&W
    assert_found("Het college van bestuur, vertegenwoordigd door mevrouw Bakker, stelde dat.", "Bakker")


def test_a_member_joining_later_named_at_the_start_of_her_line() -> None:
    text = ("Notulen van de vergadering van de gemeenteraad van Roermond\n\nBurgemeester Donders opent de "
            "vergadering.\nMijntje van Dijk sluit een half uur later aan.\nDoor de dag moeten enkele raadsleden even "
            "weg.\n")
    assert_kept(text, "Mijntje van Dijk")
