"""Stage 1, read: open the PDF, extract every page's text with geometry, OCR the pages that need it.

``read(src, options)`` returns a ``Reading``: the opened (prepared) document, each page's text as
detection sees it, the OCR results, the warnings, and the geometry of as many pages as
``GEOMETRY_BUDGET`` characters allow. The later stages ask ``Reading.page(pno)`` for a page's
geometry (kept, or extracted again when the budget was spent) and ``release`` it when its turn is
over, so memory grows with the document's text, not with its glyph boxes.

OCR happens here, page by page, in the calling process (one Tesseract process at a time: the
parallelism is the batch's ``--jobs``). ``read(..., ocr_pages=…)`` takes what an earlier read's OCR
produced (``propose`` keeps it in the work folder) instead of running Tesseract: ``apply`` then sees
exactly the text the reviewer saw. The stored pages must be the ones this read would OCR; otherwise
``StaleWorkError`` (the source or redact changed since).

A file over ``IN_MEMORY_BYTES`` (16 MiB: a long scan) is not read into memory: MuPDF reads it from disk
(``pdf.triage.Pinned``: the very file that was hashed), and ``Reading.check_unchanged`` refuses, before
anything made from it is written, a file that changed meanwhile (``SourceModifiedError``).

Guarantees: the input file is only read; every failure is a ``RedactError`` naming the file; the
same bytes, options and OCR results give the same ``Reading`` (texts, geometry, warnings).
"""

from __future__ import annotations

import os
from array import array
from collections.abc import Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from redact.errors import OcrUnavailableError, ProcessingError, RedactError, SourceModifiedError, StaleWorkError
from redact.models import OcrPage, OcrWord, PageText, Rect
from redact.pdf.store import empty_cache, trim_cache

if TYPE_CHECKING:
    import pymupdf

    from redact.pdf.sidetexts import SideText
    from redact.pdf.triage import Limits, Pinned

GEOMETRY_BUDGET = 300_000  # characters of page geometry kept between reading and burning (~55 MB)

__all__ = ["GEOMETRY_BUDGET", "OcrPages", "ReadOptions", "Reading", "read"]


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to open and read a document: password (never logged), size/page limits, OCR mode
    (``auto``: scanned pages; ``force``: also scanned pages with an old text layer, which is replaced;
    ``off``: never, scanned pages are reported unchecked), OCR resolution and language."""

    password: str | None = None
    limits: Limits | None = None
    ocr: str = "auto"
    ocr_dpi: int = 300
    ocr_lang: str = "nld"


LARGE_IMAGES = 2_000_000  # pixels of images on a page (A4 at 170 dpi) that make it a scan for the cache


def _large_images(doc: pymupdf.Document, pno: int) -> bool:
    """True when page ``pno``'s images hold ``LARGE_IMAGES`` pixels or more (a scan, with or without a
    text layer): decoded for burning, they would stay in MuPDF's cache."""
    return sum(img[2] * img[3] for img in doc.get_page_images(pno)) >= LARGE_IMAGES


class OcrPages(MutableMapping[int, OcrPage]):
    """The OCR results of a document's pages by page number, kept packed: about 80 bytes a word instead of
    about 400 as ``OcrWord`` objects (a page of 250 words: 20 KB instead of 100 KB), so a long scanned
    document's words do not outgrow the worker. Reading a page back gives an equal ``OcrPage`` (floats
    stored as doubles: bit-identical)."""

    def __init__(self) -> None:
        self._pages: dict[int, tuple[int, bool, str, array[int], array[float], array[int]]] = {}

    def __setitem__(self, pno: int, page: OcrPage) -> None:
        lengths, floats, ints = array("q"), array("d"), array("q")
        for w in page.words:
            lengths.append(len(w.text))
            floats.extend((*w.rect, w.conf))
            ints.extend((w.block, *w.line))
        self._pages[pno] = (page.page, page.reread, "".join(w.text for w in page.words), lengths, floats, ints)

    def __getitem__(self, pno: int) -> OcrPage:
        page, reread, text, lengths, floats, ints = self._pages[pno]
        words, at = [], 0
        for k, n in enumerate(lengths):
            f, i = floats[5 * k:5 * k + 5], ints[4 * k:4 * k + 4]
            words.append(OcrWord(text[at:at + n], Rect(f[0], f[1], f[2], f[3]), f[4], i[0], (i[1], i[2], i[3])))
            at += n
        return OcrPage(page, tuple(words), reread)

    def __delitem__(self, pno: int) -> None:
        del self._pages[pno]

    def __contains__(self, pno: object) -> bool:
        return pno in self._pages

    def __iter__(self) -> Iterator[int]:
        return iter(self._pages)

    def __len__(self) -> int:
        return len(self._pages)


class Reading:
    """A document read by stage 1 (see the module's guarantees). Close it when done (``close`` or
    ``with``); the document object is the one the burn stage changes."""

    def __init__(self, source: Path, sha256: str, doc: pymupdf.Document, options: ReadOptions,
                 pinned: Pinned | None = None) -> None:
        self.source = source
        self.sha256 = sha256  # of the bytes read (the whole file, hashed before MuPDF read a page of it)
        self.doc = doc
        self.pinned = pinned  # the file MuPDF reads from disk (a large one), else None (read from memory)
        self.options = options
        self.texts: list[str] = []  # per page, the text detection sees (OCR words merged in)
        self.ocr = OcrPages()  # pages read by OCR, here or by an earlier read
        self.warnings: list[str] = []
        self.side: tuple[SideText, ...] = ()  # texts outside the page content, as read before prepare
        self.blind: list[int] = []  # 1-based: pages that show something but have no text at all
        self.scans: set[int] = set()  # pages read by OCR or with large images (see ``page``)
        self._kept: list[PageText | None] = []

    @property
    def page_count(self) -> int:
        return len(self.texts)

    def starts(self) -> list[int]:
        """Each page's offset in the pages' texts joined by ``PAGE_SEPARATOR``."""
        from redact.pdf.text import PAGE_SEPARATOR

        starts = [0]
        for t in self.texts[:-1]:
            starts.append(starts[-1] + len(t) + len(PAGE_SEPARATOR))
        return starts[: len(self.texts)]

    def page(self, pno: int) -> PageText:
        """Page ``pno``'s text and geometry as detection saw it: kept from reading, or extracted again
        (OCR words merged in as at reading) when the geometry budget had run out. Call it before the
        page is burnt, pages in order (after an OCR page or a page with large images MuPDF's cache is
        emptied: ``empty_cache``)."""
        if pno - 1 in self.scans:
            empty_cache()  # the scan of the page before was decoded (signature strokes, burning)
        kept = self._kept[pno]
        if kept is not None:
            return kept
        from redact.pdf.ocr import ocr_page_text
        from redact.pdf.text import extract_page

        pdf_page = self.doc[pno]
        native = extract_page(pdf_page)
        return ocr_page_text(pdf_page, native, self.ocr[pno]) if pno in self.ocr else native

    def native(self, pno: int, page: PageText) -> PageText:
        """The page's own text layer as it is now, for burning (``page``: its ``page(pno)``): the page
        itself, unless OCR added words to it, which are not in the file to be removed."""
        if pno not in self.ocr:
            return page
        from redact.pdf.text import extract_page

        return extract_page(self.doc[pno])

    def release(self, pno: int) -> None:
        """Drop page ``pno``'s kept geometry (its turn is over)."""
        self._kept[pno] = None

    def check_unchanged(self) -> None:
        """Raise ``SourceModifiedError`` when the file MuPDF reads from disk is no longer the one hashed
        (a file read into memory cannot change). Called before anything made from it is written."""
        if self.pinned is not None and not self.pinned.unchanged():
            raise SourceModifiedError(self.source)

    def close(self) -> None:
        self.doc.close()
        if self.pinned is not None:
            self.pinned.close()

    def __enter__(self) -> Reading:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read(src: str | os.PathLike[str], options: ReadOptions | None = None, *,
         ocr_pages: Mapping[int, OcrPage] | None = None, budget: int | None = None) -> Reading:
    """Stage 1 for ``src`` (see the module docstring). ``ocr_pages``: OCR results of an earlier read of
    the same bytes with the same OCR mode, used instead of running Tesseract. ``budget``: characters of
    geometry to keep (default ``GEOMETRY_BUDGET``)."""
    from redact.pdf.ocr import ocr_notes
    from redact.pdf.prepare import offpage_note
    from redact.pdf.triage import IN_MEMORY_BYTES, open_pdf, page_warnings

    options = options or ReadOptions()
    if options.ocr not in ("auto", "force", "off"):
        raise ValueError(f"unknown OCR mode {options.ocr!r}")
    source = Path(src)
    # the page-by-page checks of prepare (off-page text, unmapped fonts) are done here, on the text
    # page the extraction uses
    opened = open_pdf(source, password=options.password, limits=options.limits, page_checks=False,
                      keep_bytes_up_to=IN_MEMORY_BYTES)
    reading = Reading(source, opened.sha256, opened.doc, options, opened.pinned)
    reading.side = opened.side
    try:
        offpage, unreadable = _read_pages(reading, ocr_pages, GEOMETRY_BUDGET if budget is None else budget)
        if ocr_pages is not None and set(ocr_pages) - set(reading.ocr):
            raise StaleWorkError(source, "the stored OCR results name pages that need no OCR")
    except RedactError:
        reading.close()
        raise
    except Exception as e:
        reading.close()
        raise ProcessingError(source, f"{type(e).__name__} while extracting text") from e
    except BaseException:
        reading.close()
        raise
    reading.warnings = [
        *opened.warnings, *([offpage_note(offpage)] if offpage else []), *page_warnings(opened, unreadable),
        *ocr_notes((reading.ocr[p] for p in sorted(reading.ocr)), dpi=options.ocr_dpi, lang=options.ocr_lang),
    ]
    if reading.blind:
        reading.warnings.append(
            f"page(s) {', '.join(map(str, reading.blind))} have no text layer (scanned?): not checked for "
            "personal data, review them by eye")
    return reading


def _read_pages(reading: Reading, stored: Mapping[int, OcrPage] | None, budget: int) -> tuple[int, list[int]]:
    """Extract (and OCR) every page into ``reading``; returns (glyphs removed off-page, unreadable pages)."""
    from redact.pdf.ocr import ocr_page_text, ocr_words, tesseract_available, wants_ocr
    from redact.pdf.prepare import unreadable_page, visible_textpage
    from redact.pdf.text import TEXT_FLAGS, extract_page

    doc, options = reading.doc, reading.options
    offpage = 0
    unreadable: list[int] = []
    tesseract_checked = stored is not None
    for pno in range(doc.page_count):
        trim_cache(pno)
        pdf_page = doc[pno]
        tp, stripped = visible_textpage(pdf_page, TEXT_FLAGS)
        offpage += stripped
        page = extract_page(pdf_page, tp)
        del tp
        if unreadable_page(doc, pdf_page, page.text):
            unreadable.append(pno + 1)
        want = wants_ocr(pdf_page, page, options.ocr)
        if want:
            if stored is not None:
                done = stored.get(pno)
                if done is None or done.reread != (want == "reread"):
                    raise StaleWorkError(reading.source, f"page {pno + 1} needs OCR that the stored results lack")
            else:
                if not tesseract_checked:
                    if not tesseract_available(options.ocr_lang):
                        raise OcrUnavailableError(
                            f"page {pno + 1} is scanned and needs OCR, but tesseract with language "
                            f"'{options.ocr_lang}' is not available (apt-get install tesseract-ocr "
                            "tesseract-ocr-nld), or run with OCR off and review the page by eye")
                    tesseract_checked = True
                done = OcrPage(pno, tuple(ocr_words(pdf_page, dpi=options.ocr_dpi, lang=options.ocr_lang)),
                               want == "reread")
                empty_cache()  # the decoded scan is not needed until its page is burnt
            reading.ocr[pno] = done
            page = ocr_page_text(pdf_page, page, done)
        if want or _large_images(doc, pno):
            reading.scans.add(pno)
        reading.texts.append(page.text)
        if page.image_only and not page.text.strip():
            reading.blind.append(pno + 1)
        keep = len(page.text) <= budget
        reading._kept.append(page if keep else None)
        budget -= len(page.text) if keep else 0
    return offpage, unreadable
