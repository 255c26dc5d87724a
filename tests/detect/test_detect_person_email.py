"""Names hidden in e-mail local parts feed the detection of those names elsewhere in the text."""

from __future__ import annotations

import re

import pytest

from redact.detect.engine import Detector
from redact.detect.recognizers.person_email import derive_names
from tests.detect.util import texts


def _matches(local: str, candidate: str) -> bool:
    return any(re.fullmatch(rx, candidate) for _, rx in derive_names(local))


@pytest.mark.parametrize(
    ("local", "names", "not_names"),
    [
        ("p.jansen", ["Jansen"], ["P", "jansen"]),
        ("jp.devries", ["de Vries", "De Vries", "Devries"], ["Vries"]),
        ("pieter.van.den.berg", ["Pieter", "van den Berg", "Van den Berg"], ["Berg"]),
        ("piet.jansen", ["Piet", "Jansen"], []),
        ("m.bakker-smit", ["Bakker-Smit"], ["Bakker"]),
        ("k.vandenberg", ["van den Berg", "Vandenberg"], []),
        ("a.t.hart", ["'t Hart"], []),
        ("pjansen", [], ["Jansen"]),  # no separator: not split
        ("jansen2", [], ["Jansen"]),
        ("secretariaat.dgrr", [], ["Secretariaat", "Dgrr"]),
        ("bureau.woo", [], ["Bureau", "Woo"]),
    ],
)
def test_derive_names(local: str, names: list[str], not_names: list[str]) -> None:
    for n in names:
        assert _matches(local, n), n
    for n in not_names:
        assert not _matches(local, n), n


def test_names_are_found_only_in_the_text(detector: Detector) -> None:
    text = "Cc: k.vandenberg@minjenv.nl\n\nDit is besproken."
    assert texts(detector.analyze(text), "NAAM") == set()


def test_derived_names_in_running_text(detector: Detector) -> None:
    text = "E pieter.van.den.berg@minjenv.nl\n\nIk sprak Pieter gisteren; Van den Berg is akkoord."
    findings = detector.analyze(text)
    assert {"Pieter", "Van den Berg"} <= texts(findings, "NAAM")
    assert any("derived:email-localpart" in f.evidence for f in findings if f.entity == "NAAM")


def test_common_word_surname_from_email_not_at_sentence_start(detector: Detector) -> None:
    text = "E m.groot@minjenv.nl\n\nGroot deel is klaar. Overleg met Groot volgt."
    spans = [text[f.start : f.end] for f in detector.analyze(text) if f.entity == "NAAM"]
    assert spans == ["Groot"]
    assert text.index("met Groot") + 4 == next(f.start for f in detector.analyze(text) if f.entity == "NAAM")
