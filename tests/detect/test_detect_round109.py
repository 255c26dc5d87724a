"""Held-out round 109 (issue 14; names altered): a council's roll of 1946 whose OCR split "heeren" ("Tegenwoordig de
he eren :"), a council information system's minutes ("X is afwezig.", a numbered credentials committee, an oath before
the "raadsvoorzitter") and a holder found for an office before a colon."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_a_roll_whose_ocr_split_heeren() -> None:
    text = ("VERGADERING VAN DEN GEMEENTERAAD op Woensdag 24 April 1946 des voormiddags tien uur Tegenwoordig de he "
            "eren :J.D.C.Geuzema ,C.J.van Disma, A.Breurema,A.Hamersma en Nic.van Hoofma Afwezig zonder kennisgeving "
            "de heer H.A.Laurensema Voorzitter:de Heer Jhr.Mr.W.F. Quarlesma. Secretaris :de Heer A.van Disma. De "
            "Voorzitter stelt aan de orde de vaststelling van de notulen.")
    assert_kept(text, "A.Breurema", "A.Hamersma", "H.A.Laurensema")


def test_a_council_information_systems_minutes() -> None:
    text = ("Gemeenteraad\n\ndonderdag 6 juli 2023\n\nAgendapunten\n\n 1. 01\n\n  De voorzitter opent de vergadering.\n"
            "  Turgut Celebima is afwezig.\n  Loes Strousma is afwezig van 10.50 tot 13.00 uur.\n\n 2. 01.a\n\n"
            "  Voorstel aan de raad om:\n  1. een commissie in te stellen voor onderzoek van de geloofsbrieven;\n"
            "  2. de volgende drie raadsleden te benoemen tot lid van de commissie geloofsbrieven:\n"
            "  1. Jorge Wolters Gregorioma (vz.)\n  2. Ron Piepersma\n  3. Michael Kalthoffma\n  en vervolgens:\n"
            "  3. toe te laten tot de raad:\n  Kay Beekma\n\n  Besluit\n\n"
            "  Kay Beekma legt in handen van de raadsvoorzitter de eed af.\n")
    assert_kept(text, "Turgut Celebima", "Loes Strousma", "Jorge Wolters Gregorioma", "Ron Piepersma",
                "Michael Kalthoffma", "Kay Beekma")


def test_a_holder_found_for_an_office_before_a_colon() -> None:
    assert_kept("D66 heeft als opvolger een externe wethouder binnengehaald: Michiel Rijsbermanma. De inwoner van "
                "Almere was gedeputeerde.", "Michiel Rijsbermanma")
    # a job found for a civil servant is no office
    assert_found("De gemeente heeft een nieuwe beleidsmedewerker gevonden: Sanne Vermaasma.", "Sanne Vermaasma")

