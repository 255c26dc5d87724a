"""Held-out round 57 (issue 14): what studying it fixed (names altered) - a children's or youth council is no public
body; joining an elected body; a company's "N. V." is no initials; the seat taken from someone; a name typed partly
in lower case belongs to the person it spells."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_a_youth_council_is_no_public_body() -> None:
    text = ("Gemeenteraad benoemt Jongerengemeenteraad 2019-2020\n\nYayden Gauma, Lara Semma en Lucas Ribma zijn voor "
            "het eerst benoemd als leden van de Jongerengemeenteraad.\n")
    assert_found(text, "Lara Semma", "Lucas Ribma")
    # members of the council itself
    assert_kept("Yayden Gauma, Lara Semma en Lucas Ribma zijn benoemd als leden van de gemeenteraad.\n", "Lara Semma")


def test_joining_an_elected_body() -> None:
    text = ("We namen afscheid van onze fractievoorzitter. Albert Pansma (Amersfoort) kwam nieuw in de fractie en het "
            "Algemeen Bestuur.\n")
    assert_kept(text, "Albert Pansma")
    assert_found("Albert Pansma kwam in de raad van toezicht van de stichting.\n", "Albert Pansma")


def test_a_companys_legal_form_is_no_initials() -> None:
    text = ("Een adres van de N. V. Bataafsche Import Mij. en de N. V. Houtschroevenfabriek te Amsterdam, ingezonden "
            "door de heer J. K. Jansma.\n")
    assert_kept(text, "N. V. Bataafsche", "N. V. Houtschroevenfabriek")
    assert_found(text, "J. K. Jansma")


def test_the_seat_taken_from_someone() -> None:
    text = ("Tijdens de vergadering is Henk van der Kamma uit Westbroek geïnstalleerd als raadslid voor de VVD. Hij "
            "neemt de plaats in van Hans Losma die naar Friesland is verhuisd.\n")
    assert_kept(text, "Hans Losma")


def test_a_name_typed_partly_in_lower_case_belongs_to_its_person() -> None:
    text = ("Hij neemt de plaats in van raadslid Hans Losma. Verwijzend naar het aantal keren dat Hans losma afscheid "
            "van de raad nam, sprak de burgemeester.\n")
    assert_kept(text, "Hans Losma", "Hans losma")
