"""Held-out round 47 (issue 14): what studying it fixed - prose that ends in a colon after "aanwezigen" is no
attendance label ("Diverse vragen worden door aanwezigen gesteld en ingebracht:\\nM.J. Vinke: …"; names altered)."""

from __future__ import annotations

from redact.detect.attendance import attendance
from redact.detect.roles import role_lexicon
from redact.rules import load_rules
from tests.detect.util import assert_found


def _covered(text: str, name: str) -> bool:
    """Whether an attendance block of a representative body's text covers ``name``."""
    i = text.index(name)
    regions = attendance(text, role_lexicon(load_rules()), True)
    return any(r.start <= i < r.end for r in regions)


def test_prose_about_those_present_is_no_attendance_label() -> None:
    text = ("4. Vragen en opmerkingen\nDiverse vragen / opmerkingen worden door aanwezigen gesteld en ingebracht:\n"
            "M.J. Vinkema: Geef niets weg aan de onderhandelingstafel.\nP. van der Maasland: Blijf achter de boeren.\n")
    assert not _covered(text, "M.J. Vinkema") and not _covered(text, "P. van der Maasland")
    # a label stays a label
    assert _covered("Aanwezigen: J. Jansema, P. de Vriesma\n\n1. Opening\n", "J. Jansema")
    assert _covered("Aanwezig zijn de leden: J. Jansema en P. de Vriesma\n\n1. Opening\n", "P. de Vriesma")


def test_a_married_name_whose_second_part_is_a_place() -> None:
    assert_found("BESLUIT: Aan te wijzen als ambtenaar van de burgerlijke stand voor de gemeente Olst-Wijhe: mevrouw "
                 "Arja Dullema- van Gortel.", "Arja Dullema- van Gortel")
