"""A full name after a function word (``recognizers/person_role.py``): found even when no list knows it, kept when
the function is a public office, never taken from an organisation's name."""

from __future__ import annotations

from redact.api import analyze_text
from redact.detect.recognizers.person_role import RoleNameRecognizer
from redact.rules import load_rules
from tests.detect.util import fully_covered, untouched


def _spans(text: str) -> list[str]:
    return [text[r.start:r.end] for r in RoleNameRecognizer(load_rules()).analyze(text, ["NAAM"])]


def test_unknown_names_after_a_function_word_are_found() -> None:
    text = ("Verslag ledenvergadering Plaatselijk Belang Terherne\n\nVoorzitter Tsjoltsje Roelevink opent de "
            "vergadering. Tsjoltsje is blij.\nDe beleidsmedewerker Kete Kervezee licht het toe.\n")
    assert _spans(text) == ["Tsjoltsje Roelevink", "Kete Kervezee"]
    findings = analyze_text(text)
    for name in ("Tsjoltsje Roelevink", "Tsjoltsje", "Kete Kervezee"):
        assert fully_covered(text, findings, name), (name, [f.text for f in findings])


def test_an_office_holder_found_this_way_stays_public() -> None:
    text = "Bij de opening sprak wethouder Tsjoltsje Roelevink de aanwezigen toe.\n"
    assert _spans(text) == ["Tsjoltsje Roelevink"]
    assert untouched(text, analyze_text(text), "Tsjoltsje Roelevink")


def test_organisations_and_places_after_a_function_word_are_no_names() -> None:
    for text in ("Aanwezig: mevrouw Jansen, lid Adviesraad Sociaal Domein.\n",
                 "De heer Bakker, voorzitter Ambulancezorg Groningen, sprak.\n",
                 "Hij is directeur Noord-Hollands Archief.\n",
                 "Zij is voorzitter Plaatselijk Belang Terherne.\n",
                 "Wethouder Financiën en Economie.\n",
                 "Onderzoeker Koreastudies Leiden.\n"):
        assert _spans(text) == [], text
