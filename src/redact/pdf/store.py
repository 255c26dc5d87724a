"""MuPDF's resource store (decoded fonts and images): emptied so memory follows the pages in flight.

Guarantees: emptying the store changes no output, only what is decoded again later (a little time).
"""

from __future__ import annotations

__all__ = ["CACHE_PAGES", "empty_cache", "trim_cache"]

CACHE_PAGES = 100  # MuPDF's resource cache is emptied this often while a long document is processed or checked


def trim_cache(pno: int) -> None:
    """Empty MuPDF's resource cache (fonts, images) every ``CACHE_PAGES`` pages of a long document."""
    if pno and pno % CACHE_PAGES == 0:
        empty_cache()


def empty_cache() -> None:
    """Empty MuPDF's resource cache now. A scanned page's image, decoded for OCR, for its signature
    strokes or for burning its pixels, takes 8.7 MB at 300 dpi (A4, grey) and would stay cached (up to
    MuPDF's 256 MB store): emptied after each such page, memory follows the pages in flight, not the
    document's length."""
    import pymupdf

    pymupdf.TOOLS.store_shrink(100)
