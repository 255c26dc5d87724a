"""NAAM in the first column of a table headed ``Naam`` (``person_table``)."""

from __future__ import annotations

import pytest

from redact.detect.engine import Detector
from redact.detect.recognizers.person_table import TableNameRecognizer
from redact.rules import Rules
from tests.detect.util import texts


@pytest.mark.parametrize(("text", "expected"), [
    # a row per line (a scan read by OCR), noise included
    ("Naam Functie Handtekening\n\nMaurits de Graaf beleidsmedewerker Ne\nRiley van 't Hof jurist NT\n",
     {"Maurits de Graaf", "Riley van 't Hof"}),
    ("{Naam . 0 | Functie j Handtekening\nRiley van 't Hof EE De beleidsmedewerker\n", {"Riley van 't Hof"}),
    # a cell per line (a born-digital table), rows as blocks
    ("Presentielijst\nNaam\nOrganisatie\nHandtekening\nRiley van 't Hof\nDGED/DE\n\nMaurits de Graaf\nDGED/DE\n",
     {"Riley van 't Hof", "Maurits de Graaf"}),
])
def test_names_in_a_name_column(detector: Detector, text: str, expected: set[str]) -> None:
    assert texts(detector.analyze(text), "NAAM") >= expected


@pytest.mark.parametrize("text", [
    "Naam Functie\nDirectie Wetgeving heeft\nBeleid en strategie\n",  # organisations, no names
    "Presentielijst\nNaam\nOrganisatie\nStichting Rechtshulp\nIND\n",
    "Naam: J. Jansen\nFunctie: jurist\n",  # a form: person_label's, not a table
    "Naam Functie\n\nMet vriendelijke groet,\nMaurits de Graaf\n",  # the table ended
    "Naam Functie\nGraaf beleidsmedewerker\n",  # a single word is never taken for a name here
])
def test_near_misses(detector: Detector, text: str) -> None:
    found = {f.text for f in detector.analyze(text) if f.recognizer == "TableNameRecognizer"}
    assert found == set()


def test_ocr_noise_after_a_name_is_no_surname(rules: Rules) -> None:
    text = "Naam Oe Functie ' Handtekening\n\nHana Owusu Oe beleidsmedewerker an\n"
    found = [text[r.start : r.end] for r in TableNameRecognizer(rules).analyze(text, ["NAAM"])]
    assert found == ["Hana Owusu"]
