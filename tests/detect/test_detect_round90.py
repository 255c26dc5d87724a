"""Held-out round 90 (issue 14; names altered): the code a club's minutes give a board member in brackets goes with
the name ("Thomas Plochgma (TP)"), an organisation's abbreviation stays ("het Erotisch Centrum (EC)"); a family name
after a particle that is also a place ("Voorzitter Wico van der Linden"); a club's "algemene vergadering" whose
opening greets an honorary member is no public body's meeting."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found, assert_kept


def test_a_code_defined_in_brackets_goes_with_the_name() -> None:
    text = ("Notulen van de Algemene Ledenvergadering A.V. Triathlon 14 mei 2016\n\nAanwezige bestuursleden:\n"
            "Voorzitter Thomas Plochgma (TP)\nPenningmeester Cees van Tilburgma (CvT)\n\n"
            "De gemeente onderzoekt de locatie van het Erotisch Centrum (EC). Het EC blijft open.\n")
    codes = {f.text for f in analyze_text(text) if f.entity == "INITIALEN"}
    assert {"TP", "CvT"} <= codes and "EC" not in codes, codes
    assert_kept(text, "EC")


def test_a_family_name_after_a_particle_that_is_also_a_place() -> None:
    text = "Notulen ALV 2019\n\n1) Opening\n\nVoorzitter Wico van der Linden heet iedereen welkom.\n"
    assert_found(text, "Wico van der Linden")


def test_a_clubs_general_meeting_greets_an_honorary_member() -> None:
    text = ("NOTULEN VAN DE ALGEMENE VERGADERING\n\n1. OPENING.\n\nVoorzitter Wout de Vriesma heet alle aanwezigen "
            "welkom, in het bijzonder erelid Theo Huttenma. Drie leden overleden het afgelopen jaar. Om deze leden "
            "Mannes Arendsma, Hans Koetsierma en Frans Voermansma te herdenken, werd een minuut stilte in acht "
            "genomen.\n")
    assert_found(text, "Wout de Vriesma", "Mannes Arendsma", "Frans Voermansma")
