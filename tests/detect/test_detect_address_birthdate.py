"""ADRES and GEBOORTEDATUM: only where the layout or a label says so."""

from __future__ import annotations

import pytest

from redact.detect.engine import Detector
from tests.detect.util import texts

LETTER = """\
> Retouradres Postbus 20301 2500 EH Den Haag
Mevrouw M. van Leeuwen
Kerkstraat 231
7580 ME Almere
Datum
25 januari 2024
Geachte mevrouw Van Leeuwen,
Uw gegevens
Naam
M. van Leeuwen
Adres
Kerkstraat 231, 7580 ME Almere
Geboortedatum
9 mei 1958
Uit die gegevens blijkt dat u, geboren op 9 mei 1958, voldoet aan de voorwaarden.
"""


def test_letter_to_a_citizen(detector: Detector) -> None:
    findings = detector.analyze(LETTER)
    assert texts(findings, "ADRES") == {"Kerkstraat 231", "7580 ME Almere"}
    assert [f.text for f in findings if f.entity == "ADRES"].count("Kerkstraat 231") == 2
    assert [f.text for f in findings if f.entity == "GEBOORTEDATUM"] == ["9 mei 1958", "9 mei 1958"]
    assert texts(findings, "NAAM") == {"M. van Leeuwen", "Van Leeuwen"}
    assert not any("Den Haag" in f.text or "2500 EH" in f.text for f in findings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Woonadres: Laan van Meerdervoort 12-bis, 2517 AB Den Haag",
            {"Laan van Meerdervoort 12-bis", "2517 AB Den Haag"},
        ),
        (
            "Adres\nMayalaan 34a,\n5207 KK Capelle aan den IJssel",
            {"Mayalaan 34a", "5207 KK Capelle aan den IJssel"},
        ),
        ("De heer P. Jansen\nDorpsstraat 5 A\n1234 AB Ons Dorp", {"Dorpsstraat 5 A", "1234 AB Ons Dorp"}),
        ("betrokkene, wonende aan de Kerkweg 7 te Utrecht", {"Kerkweg 7"}),
    ],
)
def test_addresses(detector: Detector, text: str, expected: set[str]) -> None:
    assert texts(detector.analyze(text), "ADRES") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bezoekadres\nTurfmarkt 147\n2511 DP Den Haag",  # public address, allow-listed
        "Slachtofferhulp Nederland\nT.a.v. de directie\nPostbus 14208\n3508 SG Utrecht",  # organisation
        "Adres\nPostbus 20301\n2500 EH Den Haag",  # P.O. box, allow-listed
        "Naam\nAdres\nPostcode\nWoonplaats",  # empty form
        "Hoofdstuk 3 en bijlage 2 van de Wet 2024",
        "Artikel 5.1, tweede lid",
    ],
)
def test_no_address(detector: Detector, text: str) -> None:
    assert texts(detector.analyze(text), "ADRES") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Geboortedatum: 09-05-1958", "09-05-1958"),
        ("geb. 9.5.1958 te Almere", "9.5.1958"),
        ("Date of birth: 1958-05-09", "1958-05-09"),
        ("Geb.datum\n9 mrt. 1958", "9 mrt. 1958"),
        ("de heer C. Meijer, geboren 29 april1966, woonachtig in Ruurlo", "29 april1966"),  # a typed year glued
    ],
)
def test_birth_dates(detector: Detector, text: str, expected: str) -> None:
    assert texts(detector.analyze(text), "GEBOORTEDATUM") == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Datum: 9 mei 2024",
        "Het kind is geboren in 1958.",
        "Geboortedatum: 31-02-1958",  # no such date
        "Uw brief van 18 februari 2022",
    ],
)
def test_no_birth_date(detector: Detector, text: str) -> None:
    assert texts(detector.analyze(text), "GEBOORTEDATUM") == set()


ADDRESS_BLOCKS = [
    # a citizen's letter: sender block without any label or form of address
    ("Sanne de Wit\nSluisweg 8\n9711 RP Groningen\n\nGemeente Groningen", {"Sluisweg 8", "9711 RP Groningen"}),
    # a citizen's e-mail signature
    ("Met vriendelijke groet,\nPieter Bakker\nLaan van Meerdervoort 12\n2517 AB Den Haag",
     {"Laan van Meerdervoort 12", "2517 AB Den Haag"}),
    ("J. Jansen\nKerkstraat 2, 1234 AB Ede", {"Kerkstraat 2", "1234 AB Ede"}),
    ("Groet,\nPiet Bakker\nM 06-12345678\npiet@gmail.com\nDorpsstraat 4\n1234 AB Ede",
     {"Dorpsstraat 4", "1234 AB Ede"}),
    # form fields
    ("Postcode en woonplaats: 5611 WW Eindhoven", {"5611 WW Eindhoven"}),
    ("Postcode: 5611 WW", {"5611 WW"}),
    ("Straat en huisnummer: Dorpsstraat 14", {"Dorpsstraat 14"}),
    ("Woonplaats\n5611 WW Eindhoven", {"5611 WW Eindhoven"}),
    # near misses: organisations, no postcode line, a place alone, a heading
    ("Stichting Rechtshulp\nKerkstraat 2\n1234 AB Ede", set()),
    ("Gemeente Eindhoven\nStadhuisplein 1\n5611 EM Eindhoven", set()),
    ("Jan Jansen\nKerkstraat 2\nAmsterdam", set()),
    ("Woonplaats: Eindhoven", set()),
    ("Het rapport\nHoofdstuk 3\n1234 AB Ede", set()),
]


@pytest.mark.parametrize(("text", "expected"), ADDRESS_BLOCKS)
def test_address_blocks_and_form_fields(detector: Detector, text: str, expected: set[str]) -> None:
    assert texts(detector.analyze(text), "ADRES") == expected
