"""Reading scans within a worker's memory: OCR results kept packed (``pipeline.read.OcrPages``), MuPDF's
cache emptied after scanned pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.models import OcrPage, OcrWord, Rect
from redact.pdf.ocr import tesseract_available
from redact.pipeline.read import OcrPages
from tests.conftest import SAMPLES
from tests.ocr.scans import make_scan


def test_pages_read_back_equal() -> None:
    words = (
        OcrWord("Jansen", Rect(10.1, 20.000000000000004, 55.5, 31.3), 96.5, 1, (1, 1, 1)),
        OcrWord("", Rect(0.0, 0.0, 0.0, 0.0), -1.0, 0, (0, 0, 0)),
        OcrWord("ÿé?", Rect(1 / 3, 2 / 3, 1.0, 2.0), 12.345678901234567, 12, (12, 3, 40)),
    )
    pages = OcrPages()
    pages[4] = OcrPage(4, words, False)
    pages[0] = OcrPage(0, (), True)
    assert pages[4] == OcrPage(4, words, False) and pages[0] == OcrPage(0, (), True)
    assert [w.rect for w in pages[4].words] == [w.rect for w in words]  # bit-identical floats
    assert 4 in pages and 1 not in pages and pages.get(1) is None
    assert sorted(pages) == [0, 4] and set(pages) == {0, 4} and len(pages) == 2 and pages
    del pages[0]
    assert list(pages) == [4]


def test_cache_emptied_after_each_scanned_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Decoded scans do not pile up: MuPDF's cache is emptied after each OCR page, and when the next
    page's turn comes in the later stages."""
    import redact.pipeline.read as read_stage

    if not tesseract_available():
        pytest.skip("needs tesseract-ocr + tesseract-ocr-nld")
    scan = make_scan(SAMPLES / "01-nota.pdf", tmp_path / "s.pdf", dpi=100, skew=0.0, noise=0.0)
    calls: list[int] = []
    monkeypatch.setattr(read_stage, "empty_cache", lambda: calls.append(1))
    with read_stage.read(scan, read_stage.ReadOptions(ocr_dpi=100)) as reading:
        pages = reading.page_count
        assert pages > 1 and reading.scans == set(reading.ocr) == set(range(pages))
        assert len(calls) == pages
        for pno in range(pages):
            reading.page(pno)
        assert len(calls) == 2 * pages - 1
