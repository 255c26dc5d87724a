"""Held-out round 125 (issue 14; names altered): old councils' rolls whose label stands mid-line after a sentence
("… te Stiens. Aanwezig zijn de heren R.Jansen, J.van Dijk, …") or whose colon OCR read as an "s" before a title
("Aanwezigs Mr.J.J. X")."""

from __future__ import annotations

from tests.detect.util import assert_kept


def test_a_roll_that_opens_mid_line_after_a_sentence() -> None:
    text = ("Verslag van de vergadering van de gemeenteraad op 7 september 1982 in het gemeentehuis te Stiens. "
            "Aanwezig zijn de heren R.Jansen, J.van der Ende, H.A.J.Bakker, mevr. G.Visser, de heer P.de Haan, de heer "
            "H.Smit, de heer J.Teitsma en de heer J.G. van Rijn. voorzitter burgemeester H.Mulder secretaris: "
            "J.P.van der Kooi. De voorzitter richt zich tot de nieuw benoemde raadsleden.")
    assert_kept(text, "R.Jansen", "H.A.J.Bakker", "P.de Haan", "H.Smit", "J.Teitsma")


def test_a_roll_whose_colon_ocr_read_as_an_s_before_a_title() -> None:
    text = ("NOTULEN van de openbare vergadering van de raad der gemeente RIJSBERGEN op Donderdag 12 september 1968 "
            "te 16,- uur in de raadzaal van het gemeentehuis. Aanwezigs Mr.J.J.G.H.de Vries voorzitter; A.Jansen en "
            "J.F.Bakker, wethouders; A.A.Martens, L.J.Visser, A.J.C.Smit en A.J.Mulder, leden. Afwezig zonder "
            "bericht van verhindering: F.A.Peters en G.Bastiaansen. 1 Opening met het gebed.")
    assert_kept(text, "A.A.Martens", "L.J.Visser", "A.J.C.Smit", "F.A.Peters", "G.Bastiaansen")
