"""The canonical sample documents (samples/*.expected.yaml): every planted personal datum in the page
text is covered by a finding, and no public ``keep`` string is touched.

The page text is read with PyMuPDF directly (``page.get_text()``, pages joined by "\\n\\f\\n") so that
this test depends only on the detector. Strings planted only in metadata are not in the page text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf
import pytest
import yaml

from redact.detect.engine import Detector
from redact.pdf.text import extract_document, join_pages
from tests.detect.util import covered

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
EXPECTED = sorted(SAMPLES.glob("*.expected.yaml"))


def _page_text(pdf: Path, extractor: str) -> str:
    with pymupdf.open(pdf) as doc:
        if extractor == "pipeline":
            text, _ = join_pages(extract_document(doc))
            return str(text)
        return "\n\f\n".join(page.get_text() for page in doc)


def _spans(text: str, needle: str, bounded: bool = False) -> list[tuple[int, int]]:
    rx = re.escape(needle).replace(r"\ ", r"\s+")
    if bounded:  # keep strings such as the label "T" are words, not letters inside "VAN 'T ZAND"
        rx = rf"(?<![\w'’]){rx}(?![\w'’])"
    return [m.span() for m in re.finditer(rx, text)]


def test_there_are_samples() -> None:
    assert len(EXPECTED) >= 8, f"sample documents missing in {SAMPLES}"


@pytest.mark.parametrize("extractor", ["pymupdf", "pipeline"])
@pytest.mark.parametrize("expected_file", EXPECTED, ids=lambda p: p.name.split(".")[0])
def test_sample_document(detector: Detector, expected_file: Path, extractor: str) -> None:
    expected = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
    text = _page_text(SAMPLES / expected["document"], extractor)
    findings = detector.analyze(text)
    mask = covered(findings, len(text))
    missed = []
    for item in expected.get("redact", []):
        if item["text"] in expected.get("in_metadata", []):
            continue
        for s, e in _spans(text, item["text"]):
            # the dot after a final initial may stay visible ("Jansen, P" + ".")
            if not all(mask[i] for i in range(s, e) if text[i].isalnum()):
                missed.append(item["category"])
    over = [k for k in expected.get("keep", []) for s, e in _spans(text, k, True) if any(mask[s:e])]
    assert not missed, f"{len(missed)} planted item(s) not found, categories {sorted(set(missed))}"
    assert not over, f"public text redacted: {over}"
