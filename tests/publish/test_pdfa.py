"""PDF/A-2b output (Ghostscript): identification, language, title, and nothing redacted comes back."""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf

from redact.pdf.accessibility import language_of
from redact.pdf.verify_full import verify_full
from redact.pipeline.report import text_hash
from redact.publish.bundle import BundleResult
from redact.publish.pdfa import check_conversion, pdfa_identification
from tests.conftest import SAMPLES, make_pdf, norm, pdftotext
from tests.publish.conftest import redact_strings


def test_bundle_pdfs_identify_as_pdfa_2b(bundle_pdfa: BundleResult) -> None:
    pdfs = sorted((bundle_pdfa.folder / "documenten").glob("*.pdf"))
    assert len(pdfs) == len(list(SAMPLES.glob("*.pdf")))
    for path in pdfs:
        data = path.read_bytes()
        assert pdfa_identification(data) == ("2", "B"), path.name
        with pymupdf.open(path) as doc:
            assert language_of(doc) == "nl-NL"
            assert doc.metadata["title"]
            kind, intents = doc.xref_get_key(doc.pdf_catalog(), "OutputIntents")
            assert kind == "array" and "R" in intents


def test_pdfa_copies_hold_no_redacted_string(bundle_pdfa: BundleResult) -> None:
    for path in sorted((bundle_pdfa.folder / "documenten").glob("*.pdf")):
        strings = redact_strings(path.name)
        assert strings
        text = norm(pdftotext(path)).lower()
        for s in strings:
            assert not re.search(rf"(?<!\w){re.escape(norm(s).lower())}(?!\w)", text), path.name
        # the full verification (three extractors, every object, metadata) on the converted file
        report = verify_full(path.read_bytes(), strings)
        assert not report.hits, (path.name, report.hits)


def test_pdfa_keeps_the_text_layer(bundle: BundleResult, bundle_pdfa: BundleResult) -> None:
    for path in sorted((bundle.folder / "documenten").glob("*.pdf")):
        before = set(re.findall(r"\w{2,}", pdftotext(path)))
        after = set(re.findall(r"\w{2,}", pdftotext(bundle_pdfa.folder / "documenten" / path.name)))
        assert before == after, path.name


def test_check_conversion_catches_a_redacted_string(tmp_path: Path) -> None:
    """The checks can fail: a 'converted' file that shows a redacted name again is refused."""
    salt = b"0123456789abcdef"
    before = make_pdf(tmp_path / "a.pdf", ["Besluit op bezwaar", "Behandeld door [5.1.2e]"]).read_bytes()
    after = make_pdf(tmp_path / "b.pdf", ["Besluit op bezwaar", "Behandeld door Jan Pietersen"]).read_bytes()
    problems = check_conversion(before, after, salt=salt,
                                redacted_hashes=frozenset({text_hash(salt, "Jan Pietersen")}))
    assert "the converted file does not identify as PDF/A-2b" in problems
    assert "page 1: words appeared in conversion" in problems
    assert "1 redacted string(s) readable after conversion" in problems
    lost = make_pdf(tmp_path / "c.pdf", ["Besluit op"]).read_bytes()
    assert "page 1: words were lost in conversion" in check_conversion(before, lost)


def test_a_string_readable_before_is_not_a_leak(tmp_path: Path) -> None:
    salt = b"0123456789abcdef"
    before = make_pdf(tmp_path / "a.pdf", ["Gesprek met Jan Pietersen (openbaar)"]).read_bytes()
    problems = check_conversion(before, before, salt=salt,
                                redacted_hashes=frozenset({text_hash(salt, "Jan Pietersen")}))
    assert not any("redacted" in p for p in problems)
