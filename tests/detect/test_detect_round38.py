"""Held-out round 38 (issue 14): what studying it fixed - a council's vote roll after its count ("Stemgedrag: 19
stemmen vóór t.w. de heren …"), an attendance label whose colon OCR or typing made a semicolon on an indented line,
an attendance list that ends before a letter's salutation or at its paragraph when a numbered agenda item follows."""

from __future__ import annotations

from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept


def test_a_vote_roll_after_its_count() -> None:
    text = ("Gemeenteraad\n\nAgendapunten\n\n 8. A.8\n\n  Besluit\n\n  Het voorstel is unaniem (6 stemmen) "
            "aangenomen.\n  Stemgedrag: 6 stemmen vóór t.w. de heren G.J. Assinkman, J. Polmans en de dames Z.E. "
            "van Alsteden en R. Deunks (allen CDA), de heren A. Walters en H.J. Rijksen (allen GemeenteBelangen).\n")
    _kept(text, "G.J. Assinkman", "J. Polmans", "Z.E. van Alsteden", "R. Deunks", "A. Walters", "H.J. Rijksen")


def test_an_indented_attendance_label_with_a_semicolon_ends_before_a_letter() -> None:
    text = ("Presidium\n\nmaandag 3 juli 2023\n\nAgendapunten\n\n 1. 1\n\n  Aanwezig; J. Teunisse (voorzitter), J. van "
            "Bergh, B. Nijsten, J. van der Knaapen (griffier).\n  De heren Mehlkopf en Frentzen zijn verhinderd.\n  "
            "Hieronder bericht van de secretaris:\n  Beste leden van het Presidium,\n  Ik zou daar graag bij zijn "
            "geweest. Bob is helaas verhinderd mij te vervangen.\n  Met vriendelijke groet,\n\n  Ad de Kroonen\n")
    _kept(text, "J. Teunisse", "J. van Bergh", "B. Nijsten", "J. van der Knaapen", "Mehlkopf", "Frentzen")
    _found(text, "Bob")


def test_an_attendance_list_closed_by_a_full_stop_ends_before_a_numbered_item() -> None:
    text = ("Presidium\n\nAgendapunten\n\n 1. 1\n\n  Aanwezig: H. Teunisse (voorzitter), J. van Bergh, A. Mehlkopf, J. "
            "van der Knaapen (griffier).\n\n 2. 2\n  Mededelingen\n  In aanwezigheid van Geert Spikmansch (docent "
            "Elzendaalcollege) wordt het plan toegelicht.\n")
    _kept(text, "H. Teunisse", "J. van Bergh", "A. Mehlkopf", "J. van der Knaapen")
    _found(text, "Geert Spikmansch")
