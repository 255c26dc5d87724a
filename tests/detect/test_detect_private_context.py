"""A citizen's data in layouts the generated held-out round 3 showed leaking: a role word that starts the
street on the next line ("Prins Hendrikkade") is no office; a member of an advisory committee on objections is
no office holder (a council committee's member, in the council's minutes, still is); a private person's
address and number in running prose stay personal when an organisation is named a few lines above; a
postcode on the line after "wonende aan <street>"."""

from __future__ import annotations

import pytest

from redact.api import analyze_text
from tests.detect.util import fully_covered, untouched


@pytest.mark.parametrize("street", ["Prins Hendrikkade 35-1", "Koningin Julianaplein 4", "Burgemeester Roelenweg 8"])
def test_a_street_named_after_an_office_makes_no_office_holder(street: str) -> None:
    text = (f"Mevrouw E.H. Balode\n{street}\n8713 HS Kinderdijk\n\nGeachte mevrouw Balode,\n\n"
            "Wij maken het bedrag over ten name van E.H. Balode.\n")
    found = analyze_text(text)
    assert fully_covered(text, found, "E.H. Balode") and fully_covered(text, found, "Balode")


def test_the_role_on_the_next_line_still_counts() -> None:
    text = "Met vriendelijke groet,\n\nH. de Jonge\nMinister van Volksgezondheid, Welzijn en Sport\n"
    assert untouched(text, analyze_text(text), "H. de Jonge")


def test_a_member_of_an_objections_committee_is_private() -> None:
    text = ("Hoorzittingsverslag\nAdviescommissie voor de bezwaarschriften\nVoorzitter commissie: Tonje Moe\n"
            "Commissielid:        G. Karlsen\nAmbtelijk secretaris: Marie Dumont\n\n"
            "Karlsen vraagt of bezwaarmaker eerder contact heeft gehad met de gemeente.\n")
    found = analyze_text(text)
    assert fully_covered(text, found, "G. Karlsen") and fully_covered(text, found, "Karlsen")


def test_a_council_committee_member_in_the_minutes_is_public() -> None:
    text = ("Verslag van de vergadering van de commissie Ruimte van de gemeenteraad van Zwolle\n\n"
            "Aanwezig: de heer P. Jansen (voorzitter), commissielid J. de Graaf (CDA), "
            "commissielid M. Yilmaz (GroenLinks)\n\n"
            "Commissielid De Graaf vraagt naar de planning van het fietspad.\n")
    found = analyze_text(text)
    assert untouched(text, found, "J. de Graaf") and untouched(text, found, "M. Yilmaz")


def test_a_citizens_address_and_number_in_prose_stay_personal() -> None:
    text = ("Cigánová vraagt of bezwaarmaker eerder contact heeft gehad met\n"
            "de Johan Cruijff ArenA. Hij antwoordt dat hij alleen de gemeente heeft gebeld via 14 020.\n"
            "Bezwaarmaker, wonende aan Industrieweg 111b, 2152 VV Purmerend, is\n"
            "bekend onder burgerservicenummer 480028576. Hij is telefonisch\n"
            "bereikbaar via 06-1704 8745; de gemachtigde via +31 20 835 4015.\n")
    found = analyze_text(text)
    for needle in ("Industrieweg 111b", "2152 VV Purmerend", "06-1704 8745", "+31 20 835 4015"):
        assert fully_covered(text, found, needle), needle


def test_an_organisations_number_below_its_name_stays() -> None:
    text = ("Gemeente Purmerend\nPostbus 15\n1440 AA Purmerend\n\n"
            "Voor vragen kunt u bellen met het klantcontactcentrum via 0299 452 452.\n")
    assert untouched(text, analyze_text(text), "0299 452 452")


def test_a_postcode_on_the_line_after_the_street() -> None:
    text = "Bezwaarmaker, wonende aan Linnlaan 124,\n9141 XL Amsterdam, is bekend onder dit nummer.\n"
    found = analyze_text(text)
    assert fully_covered(text, found, "Linnlaan 124") and fully_covered(text, found, "9141 XL Amsterdam")
