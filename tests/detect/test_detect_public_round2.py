"""Public office holders and not-name strays in real layouts of the second round of real texts (issue 14):
an attendance list that names its chair and its griffier but not the council."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import fully_covered, untouched

_COUNCIL = ("Verslag besluiten 3 maart\n\n"
            "Aanwezig: P. Haverkamp (voorzitter), Joris Evers, T. van der Meulen, K.L. Brandsma, "
            "D. Kooistra-Veenstra en A.B. Mulder (griffier).\n\n"
            "Verder aanwezig: de wethouders C. Dijkhuis en M. Rozendaal.\n\n"
            "Verslag: F. Oosterhof (Notulenbureau Noord).\n\n"
            "Het volgende wordt naar voren gebracht.\n")


def test_an_attendance_list_with_chair_and_griffier_is_the_councils() -> None:
    findings = analyze_text(_COUNCIL)
    for name in ("P. Haverkamp", "Joris Evers", "T. van der Meulen", "K.L. Brandsma", "D. Kooistra-Veenstra",
                 "A.B. Mulder", "C. Dijkhuis"):
        assert untouched(_COUNCIL, findings, name), (name, [f.text for f in findings])
    assert fully_covered(_COUNCIL, findings, "F. Oosterhof")  # the minute-taker stays private


def test_a_list_with_a_chair_but_no_griffier_stays_redacted() -> None:
    text = _COUNCIL.replace(" (griffier)", " (secretaris)")
    findings = analyze_text(text)
    assert fully_covered(text, findings, "Joris Evers")
    assert fully_covered(text, findings, "K.L. Brandsma")
