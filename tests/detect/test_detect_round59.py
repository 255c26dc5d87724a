"""Held-out round 59 (issue 14): what studying it fixed (names altered) - an attendance line that opens with
"Aanwezig" and one space before titles and initials, its roles on the next line."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_an_attendance_line_with_one_space_after_its_label() -> None:
    text = ("Conceptbesluitenlijst van de openbare vergadering van 18 oktober 2007\nGEMEENTERAAD\n"
            "Aanwezig Ir. F.C. Morema Mw. drs. J.F. van Zutphma W.J.M. Goestma P.J.T. Pompma M.J. Robbemma\n"
            "waarnemend burgemeester griffier CDA CDA CDA\n")
    assert_kept(text, "F.C. Morema", "J.F. van Zutphma", "P.J.T. Pompma", "M.J. Robbemma")
    # prose is no attendance line
    assert_found("Aanwezigheid is gewenst.\nDe heer P.J.T. Pompma belde over zijn aanvraag.\n", "P.J.T. Pompma")
