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
    alone = detector.analyze(text)
    # this document alone gives no cue for the address-book form: only the batch can find it
    assert not any(f.text == "Vries, P.J. de" for f in alone), "the text no longer needs the batch: change it"
    findings = detector.analyze(text, known_persons=("Piet Jansen", "Vries, P.J. de"))
    assert fully_covered(text, findings, "JANSEN")
    assert fully_covered(text, findings, "Vries, P.J. de")
    batch = [f for f in findings if f.text == "Vries, P.J. de"]
    assert len(batch) == 1 and "seed:Batch" in batch[0].evidence
    assert texts(findings, "NAAM") - texts(alone, "NAAM") == {"Vries, P.J. de"}


def test_public_office_holder_is_not_propagated_from_the_batch(detector: Detector) -> None:
    text = "Minister Jansen stuurde de brief. Jansen schrijft dat het klopt."
    findings = detector.analyze(text, known_persons=("Piet Jansen",))
    assert all("seed:Batch" not in f.evidence for f in findings)
    assert untouched(text, findings, "Minister Jansen")
