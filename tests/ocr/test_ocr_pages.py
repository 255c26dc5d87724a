"""OCR results kept packed while a document is processed (``pipeline.read.OcrPages``)."""

from __future__ import annotations

from redact.models import OcrPage, OcrWord, Rect
from redact.pipeline.read import OcrPages


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
