"""Held-out round 80 (issue 14): what studying it fixed (names altered) - "keerde … als wethouder terug"; a plural form
of address whose entries carry long bracketed functions; the royal formula as OCR reads it and in its short form."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_returned_as_an_office_after_words_between() -> None:
    text = ("Ans Grimbergma keerde na 4 jaar in de oppositie weer als wethouder terug. Jan Jansma keerde na de "
            "vakantie terug als loodgieter.")
    assert_kept(text, "Ans Grimbergma")
    assert_found(text, "Jan Jansma")


def test_a_plural_form_of_address_with_long_functions_between_its_entries() -> None:
    text = ("gesprek met de heren Wellensteinma (voormalig directeur-generaal bij de Europese Gemeenschappen), "
            "Rudingma (voorzitter van het bestuur van het Centre of European Policy Studies (CEPS) in Brussel) en "
            "Knapenma (lid van de Adviesraad Internationale Vraagstukken).")
    assert_found(text, "Wellensteinma", "Rudingma", "Knapenma")


def test_the_royal_formula_as_ocr_reads_it_and_in_its_short_form() -> None:
    text = ("Soestdijk, 1 April 1953.\nJULIANA.\nAan de Tweede Kamer der Staten-Generaal\nWIJ JULIANA, BII DE GRATIE "
            "GODS. KONINOIN DER NEDER-LANDEN, ENZ.\n\nWIJ WILLEM III, ENZ.\nDe hoedanigheid van Nederlander wordt "
            "verleend aan Jan Jansma, leeraar aan het gymnasium Willem III te Batavia.")
    assert_kept(text, "JULIANA", "WILLEM III", "Willem III")
    assert_found(text, "Jan Jansma")
