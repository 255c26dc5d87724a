"""Held-out round 98 (issue 14; names altered): an Eerste Kamer roll of 1887 whose OCR garbled the count ("met den
Voorzitter, of) leden"); the members of a national advisory council called "raadsleden" on its own page; "B.T.W."
(value added tax) before a capitalised word."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept, untouched


def test_a_counted_roll_whose_count_ocr_garbled() -> None:
    text = ("Eerste KamiT,\n16de ZITTING. — 13 APRIL 1887.\nZITTING VAN WOENSDAG 13 APRIL 1887.\n"
            "Voorzitter: de heer Van Eysingama.\nTegenwoordig, met den Voorzitter, of) leden, te weten de heeren:\n"
            "Regoutma, Van Akerlakenma, Verheijenma, Hengstma, Coenenma , De Bruynma, Muller en Storkma;\n"
            "en de heer Minister van Binnenlandsche Zaken.\nDe notulen van het verhandelde in de vorige zitting "
            "worden gelezen en goedgekeurd.\n1°. tot voorzitters, de heeren Hengstma en Coenenma;\n")
    assert_kept(text, "Van Eysingama", "Regoutma", "Verheijenma", "Hengstma", "Coenenma", "De Bruynma", "Storkma")


def test_a_short_word_after_the_chair_is_no_count() -> None:
    # only a garbled token (a digit or a sign in it) stands for the count; a word does not make a roll
    from redact.detect.attendance import COUNTED

    assert COUNTED.search("Tegenwoordig, met den Voorzitter, 5S leden, te weten")
    assert not COUNTED.search("Aanwezig, met den voorzitter, de leden van de werkgroep")


def test_the_members_of_a_national_advisory_council_are_private() -> None:
    text = ("Raadsleden\n\nDe leden van de Raad voor het Openbaar Bestuur komen uit de wetenschap of zijn actief als "
            "politicus of bestuurder in het openbaar bestuur. De raad telt tien leden.\n\nNieuwe samenstelling\n"
            "In 2019 is afscheid genomen van raadsleden Milo Schoenmakerma, Sarah de Langema en Maarten Allersma. "
            "Drie nieuwe raadsleden zijn daarvoor in de plaats gekomen: Peter Verheijma en Martiene Branderhorstma.\n")
    assert_found(text, "Milo Schoenmakerma", "Sarah de Langema", "Maarten Allersma", "Peter Verheijma",
                 "Martiene Branderhorstma")


def test_council_members_beside_an_advisory_council_stay_public() -> None:
    # a municipality's text that names the Raad voor het Openbaar Bestuur: its "raadsleden" are the council's
    text = ("De gemeente Zeistma vroeg de Raad voor het Openbaar Bestuur om advies. De raadsleden Jan Pietersma en "
            "Anne Klaasma stelden vragen aan de burgemeester.\n")
    assert_kept(text, "Jan Pietersma", "Anne Klaasma")


def test_btw_with_full_stops_is_no_initials() -> None:
    from redact.api import analyze_text

    text = "Belastingen\nOmzetbelasting\nZie Prijzen B.T.W. Verhoging prijzen. Zie ook de heer B.T.W. Jansenma."
    findings = analyze_text(text)
    assert untouched(text, findings, "Verhoging"), [f.text for f in findings]
    assert_found(text, "B.T.W. Jansenma")


def test_family_names_in_huis_after_a_given_name() -> None:
    # "-huis" ends a hospital and many family names: an unlisted one that is no Dutch word is the family's; "Dien" is
    # a given name before a family name (a stop word alone)
    assert_found("De winnaars waren 1. Flip Nomdenma, 2. Mina Nomdenma en 3. Meta Schortinghuis.", "Meta Schortinghuis")
    assert_found("Samenstelling Bestuur: Dien Dijksterhuis (voorzitter), Henk Gorenma (penningmeester)",
                 "Dien Dijksterhuis")
    assert_kept("Zij lag in het Anna Ziekenhuis. De vergadering was in de Henk Tiesingazaal.", "Anna Ziekenhuis",
                "Henk Tiesingazaal")


def test_a_local_party_tagged_with_a_year_beside_listed_parties() -> None:
    text = ("Het gaat om Anne Hottentotma (Texel 2010), Mariët van der Werfma (Texels Belang), Tine Visserma "
            "(GroenLinks) en Martin van der Vlistma (VVD).")
    assert_kept(text, "Anne Hottentotma", "Tine Visserma")


def test_a_street_whose_ending_ocr_split_off() -> None:
    from redact.api import analyze_text

    text = ("Het gaat om woningen aan de Simon De Vlieger laan, de Willem van de Velde- laan en de Hendrick "
            "Vroomlaan.")
    assert not [f for f in analyze_text(text) if f.entity == "NAAM"], text


def test_a_town_addressed_in_a_poem_is_no_person() -> None:
    from redact.api import analyze_text

    text = "De heer Foschma: Goedenavond. Zaanstad, wil je iets zeggen? Laat mij het voor je opschrijven."
    findings = analyze_text(text)
    assert untouched(text, findings, "Zaanstad"), [f.text for f in findings]
