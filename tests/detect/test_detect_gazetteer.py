"""Names in running text from the gazetteers (deduce's lists read as data) and Dutch casing."""

from __future__ import annotations

import sys

import pytest

from redact.detect.engine import Detector
from redact.detect.gazetteer import load_gazetteer, package_dir
from redact.errors import RulesError
from redact.rules import Rules
from tests.detect.util import fully_covered, texts, untouched


def test_gazetteer_is_read_without_importing_deduce(rules: Rules) -> None:
    g = load_gazetteer(rules)
    assert len(g.first_names) > 10_000 and len(g.surnames) > 8_000 and len(g.places) > 2_000
    assert g.is_first_name("Kayleigh") and g.is_surname("Veenstra") and g.is_surname("Aalst", after_tv=True)
    assert g.is_first_name("Hamza") and g.is_surname("Yılmaz")  # rules/names.yaml additions
    assert not g.is_first_name("Kamer") and not g.is_surname("Staat")  # not_names
    assert g.is_place("Den Haag") and g.is_place("haaksbergen")
    assert "deduce.deduce" not in sys.modules and "docdeid" not in sys.modules


def test_missing_package_fails_closed() -> None:
    with pytest.raises(RulesError, match="not installed"):
        package_dir("redact_no_such_package_xyz")


# (text, names that must be found)
POSITIVE = [
    ("Ik heb net met Justin Rouwhorst gebeld.", ["Justin Rouwhorst"]),
    ("Volgens Cas van Dam is dat niet nodig.", ["Cas van Dam"]),
    ("Het advies van Anne-Marie de Wit volgt.", ["Anne-Marie de Wit"]),
    ("Dan kan Julian het dossier sluiten.", ["Julian"]),
    ("Ja. Dank Johnny!", ["Johnny"]),
    ("Dat is het idee. Van der Linden wijst erop dat het kan.", ["Van der Linden"]),
    ("De cijfers van Veenstra kloppen.", ["Veenstra"]),
    ("Hamza El Idrissi was aanwezig.", ["Hamza El Idrissi"]),
    ("Lars Mühle opent de vergadering.", ["Lars Mühle"]),
    ("Wessel Veenstra was daarbij aanwezig.", ["Wessel Veenstra"]),
    ("Uw achternaam staat in hoofdletters (VEENSTRA) in het verslag.", ["VEENSTRA"]),
    ("Ingediend door VAN BEEK namens de vereniging.", ["VAN BEEK"]),
    ("Bakker vraagt of dat kan.", ["Bakker"]),
    # Dutch given names that are also words (deduce drops them), before a surname (issue 14, private side)
    ("Benoemd werden Toon Walravens en Riet van Gelder.", ["Toon Walravens", "Riet van Gelder"]),
    # first names of non-Dutch origin (rules/names.yaml): Czech, Hungarian, Persian, Ewe
    ("Werkt Frantisek Hrubes in loondienst?", ["Frantisek Hrubes"]),
    ("Daarna sprak Zoltan Farkasdi over de plannen.", ["Zoltan Farkasdi"]),
    ("Op de lijst staat Dariush Tehranzad, hoogleraar.", ["Dariush Tehranzad"]),
    ("Ook Kodjo Amevor vertelt over zijn ervaringen.", ["Kodjo Amevor"]),
    # an unknown given name before a known surname belongs to the name
    ("Daarna sprak Kwesi Veenstra over de plannen.", ["Kwesi Veenstra"]),
]

# (text, strings that must stay untouched): near misses
NEGATIVE = [
    ("Directie Openbaar Vervoer en Spoor", ["Spoor"]),
    ("de eenheid van de Kroon in gevaar zou kunnen brengen", ["Kroon"]),
    ("maatregelen uit het programma Sprong over het IJ", ["Sprong"]),
    ("In Fase 2 volgt de tweede fase van het project.", ["Fase"]),
    ("Het Anne Frank Huis en het Vincent van Gogh Museum zijn open.", ["Anne Frank", "Vincent van Gogh"]),
    ("Naar de Johan de Wittlaan-locatie.", ["Johan"]),
    ("De Bakker-groep neemt het over.", ["Bakker"]),
    ("Wij gaan naar Den Haag en Haaksbergen.", ["Den Haag", "Haaksbergen"]),
    ("Zie het rapport van de Algemene Rekenkamer.", ["Algemene Rekenkamer"]),
    ("Groot deel van de middelen gaat naar Brussel.", ["Groot", "Brussel"]),
    ("BESLUIT OP UW VERZOEK VAN DE MINISTER", ["MINISTER"]),
    ("Mail naar piet.jansen@minjenv.nl of naar de site", ["piet.jansen@minjenv.nl"]),
    # a given name that is also a word stays a word without a surname after it
    ("Het advies van Rijkswaterstaat Veenstra is bekend.", ["Rijkswaterstaat"]),
    ("De toon van de brief is scherp. Met grote Ernst en het Riet langs de oever.", ["Ernst", "Riet"]),
]


@pytest.mark.parametrize(("text", "names"), POSITIVE)
def test_names_without_cue_are_found(detector: Detector, text: str, names: list[str]) -> None:
    findings = detector.analyze(text)
    for n in names:
        assert fully_covered(text, findings, n), (n, texts(findings))


@pytest.mark.parametrize(("text", "keep"), NEGATIVE)
def test_near_misses_are_not_names(detector: Detector, text: str, keep: list[str]) -> None:
    findings = [f for f in detector.analyze(text) if f.entity == "NAAM"]
    for k in keep:
        assert untouched(text, findings, k), (k, texts(findings))


def test_evidence_says_gazetteer(detector: Detector) -> None:
    text = "Ik heb net met Justin Rouwhorst gebeld."
    (f,) = detector.analyze(text)
    assert f.recognizer == "GazetteerNameRecognizer"
    assert {"gazetteer:first-name", "grammar:full-name"} <= set(f.evidence)


def test_public_office_holder_found_by_gazetteer_is_dropped(detector: Detector) -> None:
    text = "De minister van Financiën, Sigrid Kaag, stuurde een brief; Kaag schrijft dat Kaag akkoord is."
    assert untouched(text, detector.analyze(text), "Kaag")
