"""Held-out round 97 (issue 14; names altered): the Eerste Kamer's counted roll of 1929 whose OCR put a full stop
before the chair ("Tegenwoordig, met den .Voorzitter, 41 leden, te weten: de heeren …")."""

from __future__ import annotations

from tests.detect.util import assert_kept


def test_a_counted_roll_with_an_ocr_full_stop_before_the_chair() -> None:
    text = ("Eerste Kamer,\n13de VERGADERING. — 18 DECEMBER 1929.\nVERGADERING VAN WOENSDAG 18 DECEMBER 1929.\n"
            "(Bijeenroepingsuur 11 voormiddag.)\nIngekomen: Ontwerpen van wet. — Verslag uitgebracht over "
            "verzoekschriften. Voorzitter: de heer de Vos van Steenwijkma.\nTegenwoordig, met den .Voorzitter, 41 "
            "leden, te weten:\nde heeren Pollemama, Geldermanma, Hermansma, van Lanschotma, Ruggema, Janssenma, "
            "Slingenbergma, mevrouw Pothuisma—Smitma, de heeren Dobbelmanma, Oudegeestma en van Wassenaerma van "
            "Catwijckma, en de heeren Ministers van Justitie en van Financiën.\nDe notulen van het verhandelde in de "
            "vorige vergadering worden gelezen en goedgekeurd.\n")
    assert_kept(text, "Pollemama", "Ruggema", "Slingenbergma", "Pothuisma", "Dobbelmanma", "Oudegeestma")
