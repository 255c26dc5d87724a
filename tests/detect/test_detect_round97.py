"""Held-out round 97 (issue 14; names altered): the Eerste Kamer's counted roll of 1929 whose OCR put a full stop
before the chair ("Tegenwoordig, met den .Voorzitter, 41 leden, te weten: de heeren …"); a Staten meeting's index of
speakers ("Willem Bakker Begin spreekmoment 14:18:50"); a citizens' foundation's minutes; given names that end like an
organisation noun ("Karlijn", "-lijn")."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept, untouched


def test_a_counted_roll_with_an_ocr_full_stop_before_the_chair() -> None:
    text = ("Eerste Kamer,\n13de VERGADERING. — 18 DECEMBER 1929.\nVERGADERING VAN WOENSDAG 18 DECEMBER 1929.\n"
            "(Bijeenroepingsuur 11 voormiddag.)\nIngekomen: Ontwerpen van wet. — Verslag uitgebracht over "
            "verzoekschriften. Voorzitter: de heer de Vos van Steenwijkma.\nTegenwoordig, met den .Voorzitter, 41 "
            "leden, te weten:\nde heeren Pollemama, Geldermanma, Hermansma, van Lanschotma, Ruggema, Janssenma, "
            "Slingenbergma, mevrouw Pothuisma—Smitma, de heeren Dobbelmanma, Oudegeestma en van Wassenaerma van "
            "Catwijckma, en de heeren Ministers van Justitie en van Financiën.\nDe notulen van het verhandelde in de "
            "vorige vergadering worden gelezen en goedgekeurd.\n")
    assert_kept(text, "Pollemama", "Ruggema", "Slingenbergma", "Pothuisma", "Dobbelmanma", "Oudegeestma")


def test_a_speakers_index_label_with_a_time_ends_the_name() -> None:
    # a Staten meeting's video page lists its speakers, each row "name Begin spreekmoment hh:mm:ss": "Begin" is the
    # label's, not a second family name (which propagation would then spread to every row)
    from redact.api import analyze_text

    text = ("Sprekers\n\n 1. Voorzitter PS Begin spreekmoment 14:10:06\n 2. Sjo Smeetsma Begin spreekmoment 14:10:17\n"
            " 3. Gedeputeerde Van der Maatma Begin spreekmoment 14:12:30\n 4. Willem Bakkerma Begin spreekmoment "
            "14:18:50\n 5. Voorzitter PS Begin spreekmoment 14:19:49\n 6. Willem Bakkerma Begin spreekmoment "
            "14:22:22\n")
    findings = analyze_text(text)
    assert untouched(text, findings, "Begin"), [f.text for f in findings]
    assert_found(text, "Willem Bakkerma")


def test_the_minutes_of_a_foundation_are_no_public_body_s() -> None:
    # the heading names a citizens' foundation: its attendees hold no office, though the text asks whether "de
    # gemeenteraad" decided something and names a wethouder
    text = ("Verslag bespreking Stichting Basisziekenhuis Woudma dd. 21 mei 2007\n\n\nAanwezig: Gerard Harmesma, Jan "
            "Voogdma, Cor Polsma. Afwezig met kennisgeving: Marianne Suidgeestma.\n\nGerard verbaast zich over de "
            "kosten van de vergaderruimte in het Stadskantoor. Heeft de gemeenteraad zo besloten? Jan Voogdma zal dit "
            "bij wethouder Hub van Werschma aan de orde stellen.\n")
    assert_found(text, "Gerard Harmesma", "Jan Voogdma", "Cor Polsma", "Marianne Suidgeestma")
    assert_kept(text, "Hub van Werschma")


def test_given_names_that_end_like_an_organisation_noun_are_names() -> None:
    # "-lijn" ends "Hulplijn" and "Karlijn", "Marjolijn": a listed given name stays a name (rules/vocabulary.yaml
    # suffix_names); the noun stays a word
    from redact.api import analyze_text

    assert_found("Wij spraken met Karlijn de Boerma over de zaak.", "Karlijn de Boerma")
    assert_found("Wij spraken met mevrouw Marjolijn Bakkerma over de zaak.", "Marjolijn Bakkerma")
    assert_found("Gisteren belde Merlijn Jansen over de aanvraag.", "Merlijn Jansen")
    text = "De Hulplijn is open. Bel de Meldlijn of de Servicelijn."
    assert not analyze_text(text), text


def test_every_listed_name_with_a_noun_ending_is_known_as_a_name() -> None:
    # the list must hold each name of the name lists that ends like an organisation noun, or say why not (a word or
    # a city): a new name list cannot silently make a given name a noun again
    from redact.detect.gazetteer import load_gazetteer
    from redact.detect.lexicon import NOUN_SUFFIXES, SUFFIX_NAMES
    from redact.rules import load_rules

    g = load_gazetteer(load_rules(None))
    ending = {w for w in g.first_names | g.surnames
              if any(w.endswith(s) and len(w) > len(s) + 2 for s in NOUN_SUFFIXES)}
    assert ending - SUFFIX_NAMES == {"heerschap", "koopmanschap", "berlijn"}
