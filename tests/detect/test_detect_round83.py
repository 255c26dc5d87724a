"""Held-out round 83 (issue 14): what studying it fixed (names altered) - a list's letter glued to the initials of a
name ("a.S.J. de Boer"); "een van de dagelijks bestuurders, de heer X" (a water board's executive); the event and the
office before the name ("het opnieuw benoemen tot raadslid van dhr. X")."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found, assert_kept


def test_a_list_letter_glued_to_the_initials() -> None:
    text = ("Artikel 1\nAls kompassteller worden aangewezen:\na.S.J. de Boerma en S. van Wijngaardenma, in dienst van "
            "Kelvin Hughes B.V. te Rotterdam;\nb.A.I.E. van Nulckma en A. Coevertma, in dienst van Delfzijl B.V.;\n"
            "g.J. Serausma in Aruba.\nDe Minister van Verkeer en Waterstaat,\nK.M.H. Peijs")
    names = [f.text for f in analyze_text(text) if f.entity == "NAAM"]
    # (the test helpers look for a name after no full stop: the list's letter is one)
    assert {"S.J. de Boerma", "A.I.E. van Nulckma", "J. Serausma"} <= set(names)
    assert_found(text, "S. van Wijngaardenma", "A. Coevertma")
    assert_kept(text, "K.M.H. Peijs")


def test_one_of_a_water_boards_executive_in_apposition() -> None:
    text = ("De Statenleden werden op woensdag 23 mei 2012 ontvangen door een van de dagelijks bestuurders, de heer "
            "Hans Schouffoerma. Ook de gids Piet Bakkersma liep mee.")
    assert_kept(text, "Hans Schouffoerma")
    assert_found(text, "Piet Bakkersma")


def test_the_event_and_the_office_before_the_name() -> None:
    text = ("Eerste agendapunt is vanavond het opnieuw benoemen tot raadslid van dhr. Sietse Derksma. Daarna volgt "
            "de benoeming tot lid van de stichting van Jan Jansma.")
    assert_kept(text, "Sietse Derksma")
    assert_found(text, "Jan Jansma")
