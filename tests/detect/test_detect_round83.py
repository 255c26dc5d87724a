"""Held-out round 83 (issue 14): what studying it fixed (names altered) - a list's letter glued to the initials of a
name ("a.S.J. de Boer"); "een van de dagelijks bestuurders, de heer X" (a water board's executive); the event and the
office before the name ("het opnieuw benoemen tot raadslid van dhr. X"); and, after round 84 was measured, the
leftovers: firms named after persons before their legal form ("Lau van Haren BV", "Datema-Delfzijl B.V."), a
street with its house number and place ("De Mossel 2 te …"), "Jan Willem X" and "Jan-Willem X" as one person, and a
weak role of the States with the verb before the name ("is dhr. X eerste vicevoorzitter van Provinciale Staten")."""

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


def test_firms_named_after_persons_before_their_legal_form() -> None:
    text = ("Artikel 1\nAls bedrijven worden aangewezen:\n20. Jos Veldboer BV, De Mossel 2 te Nrd Scharwoude,\n"
            "29. Lau van Harenma BV, Metaalweg 11 te Weurt,\n30. Vriesveem Wibacoma BV, Ziedewij 44 te Barendrecht,\n"
            "b. A. Coevertma, in dienst van Datemama-Delfzijl B.V. te Delfzijl;\n"
            "c. het door Aartsma en De Jongma B.V. uitgevoerde onderzoek.")
    names = [f.text for f in analyze_text(text) if f.entity == "NAAM"]
    assert "A. Coevertma" in names
    assert not {"Lau van Harenma", "De Mossel", "Vriesveem Wibacoma", "Datemama", "Aartsma", "De Jongma"} & set(names)


def test_a_hyphenated_given_name_is_the_same_person() -> None:
    text = ("D66 Statenleden Paul Breitbarthma en Jan Willem van Dongenma hebben een bezoek gebracht aan het "
            "hoogheemraadschap.\n\nPaul Breitbarthma en Jan-Willem van Dongenma (midden) bij de waterzuivering.")
    assert_kept(text, "Jan-Willem van Dongenma", "Jan Willem van Dongenma")


def test_a_weak_role_of_the_states_with_the_verb_before_the_name() -> None:
    text = ("Alle Statenleden legden de eed af. Conform de Provinciewet is dhr. Boschma eerste vicevoorzitter van "
            "Provinciale Staten. Vanaf vandaag is Piet Bakkersma vicevoorzitter van de vereniging.")
    assert_kept(text, "Boschma")
    assert_found(text, "Piet Bakkersma")
