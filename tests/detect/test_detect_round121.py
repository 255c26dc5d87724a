"""Held-out round 121 (issue 14; names altered): a council's roll whose colon OCR read as a semicolon after "Aanwezig de
leden"."""

from __future__ import annotations

from tests.detect.util import assert_kept


def test_a_roll_after_aanwezig_de_leden_and_a_semicolon() -> None:
    text = ("VERGADERING VAN DE GEMEENTERAAD op Maandag, 12 October 1953 des avonds om 20.00 uur Aanwezig de leden; "
            "H.M. Jansen, E.G. de Vries, N. Bakker, L.J.M. Peters en J.J. Visser, Voorzitter: B. Smit. Secretaris: "
            "J.P. van Dijk. 1 Opening De voorzitter opent de vergadering met gebed.")
    assert_kept(text, "H.M. Jansen", "E.G. de Vries", "N. Bakker", "L.J.M. Peters")
