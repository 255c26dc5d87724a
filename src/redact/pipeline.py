"""One document from input to verified output, page by page: the per-document work of ``redact run``.

``redact_document(src, dst)`` does what ``api.propose`` + ``api.apply`` with every proposal approved
do, with the same building blocks and the same guarantees, but streams: pages are extracted once,
the geometry of a page is kept only until that page is burnt (beyond ``GEOMETRY_BUDGET`` characters
it is dropped after reading and extracted again when the page's turn comes), verification keeps
per page only the text the output should show, and MuPDF's resource cache is emptied every
``CACHE_PAGES`` pages. Memory therefore grows with the document's text and its changed pages, not
with its glyph geometry: a 2,000-page document stays near 360 MB (the analyzer included);
documents up to about 120 pages are read only once.

``detect_pages(texts, rules)`` is the detection of a whole document: one ``Detector.analyze`` call
for ordinary documents; for long ones the recognizers run on slices of at most ``DETECT_SLICE``
characters cut at page breaks (spaCy refuses texts over 1,000,000 characters) and resolution
(merging, propagation of a person to every occurrence) runs once on the whole text, exactly as
``Detector.analyze`` does.

Guarantees: the input is never modified; the output is written (atomically) only after
verification found no redacted string in it; the output bytes depend only on the input, the rules
and the options (no clock, no random ``/ID``); every failure is a ``RedactError`` naming the file.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, overload

from redact.errors import LeakError, OutputError, ProcessingError, RedactError
from redact.models import Box, Finding, PageText, Proposal, Result
from redact.rules import Rules, load_rules

if TYPE_CHECKING:
    from redact.pdf.triage import Limits

GEOMETRY_BUDGET = 300_000  # characters of page geometry kept between reading and burning (~55 MB)
DETECT_SLICE = 200_000  # characters per recognizer call for long documents
CACHE_PAGES = 100  # MuPDF's resource cache is emptied this often while a long document is processed

__all__ = ["DocumentReport", "NeedsOcr", "detect_pages", "redact_document"]

_WORD = re.compile(r"\w+")


class NeedsOcr(Exception):
    """A page of the document needs OCR (``redact_document(ocr="auto"|"force")``): the caller takes the
    full path (``api.propose_and_apply``), which reads the whole document, OCR'd pages included."""

    def __init__(self, page: int) -> None:
        super().__init__(f"page {page + 1} needs OCR")
        self.page = page


@dataclass(frozen=True, slots=True)
class DocumentReport:
    """What ``redact_document`` did: the ``Result`` plus what the inventory list needs."""

    result: Result
    proposals: tuple[Proposal, ...]
    date: str  # the document's own date (ISO) or ""
    words_left: int  # words still readable in the output's page text (outside every box)


def _slices(text: str, size: int) -> Iterator[tuple[int, int]]:
    """Cut ``text`` into pieces of at most ``size`` characters, preferably at page breaks."""
    from redact.pdf.text import PAGE_SEPARATOR

    pos, n = 0, len(text)
    while pos < n:
        end = min(n, pos + size)
        if end < n:
            cut = text.rfind(PAGE_SEPARATOR, pos + 1, end)
            if cut <= pos:
                cut = text.rfind("\n", pos + 1, end)
            end = cut if cut > pos else end
        yield pos, end
        pos = end


def detect_pages(texts: Sequence[str], rules: Rules, *, slice_chars: int = DETECT_SLICE,
                 known_persons: Sequence[str] = ()) -> list[Finding]:
    """Resolved findings in the pages' texts joined by ``PAGE_SEPARATOR`` (offsets into that join).
    ``known_persons``: names identified elsewhere in the batch (``--consistent``)."""
    from dataclasses import replace

    from redact.api import get_detector
    from redact.pdf.text import PAGE_SEPARATOR

    detector = get_detector(rules)
    text = PAGE_SEPARATOR.join(texts)
    if len(text) <= slice_chars:
        return detector.analyze(text, known_persons)
    from redact.detect.resolve import resolve

    raw: list[Finding] = []
    for start, end in _slices(text, slice_chars):
        raw.extend(
            replace(f, start=f.start + start, end=f.end + start) for f in detector.raw(text[start:end])
        )
    return resolve(text, raw, detector.rules, known_persons)


def _trim_cache(pno: int) -> None:
    """Empty MuPDF's resource cache (fonts, images) every ``CACHE_PAGES`` pages of a long document."""
    if pno and pno % CACHE_PAGES == 0:
        import pymupdf

        pymupdf.TOOLS.store_shrink(100)


class _OnePage(Sequence[PageText]):
    """A document's page list in which only page ``pno`` is at hand (for ``api._to_proposals``)."""

    def __init__(self, pno: int, page: PageText, count: int) -> None:
        self._pno, self._page, self._count = pno, page, count

    @overload
    def __getitem__(self, i: int) -> PageText: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[PageText]: ...
    def __getitem__(self, i: int | slice) -> PageText | Sequence[PageText]:
        if i != self._pno:
            raise IndexError("only one page of the document is at hand")
        return self._page

    def __len__(self) -> int:
        return self._count


def redact_document(
    src: str | os.PathLike[str], dst: str | os.PathLike[str], *, rules: Rules | None = None,
    password: str | None = None, text_dst: str | os.PathLike[str] | None = None, ocr: str = "off",
    known_persons: Sequence[str] = (), limits: Limits | None = None,
) -> DocumentReport:
    """Detect and burn in every proposal of ``src`` into ``dst``, verified; optionally write the
    redacted plain text to ``text_dst``. See the module's guarantees.

    ``ocr="auto"|"force"``: a page that OCR would read (``pdf.ocr.wants_ocr``) raises ``NeedsOcr``
    before anything is written, so the caller can take the full path; ``"off"``: such pages are only
    flagged. ``known_persons``: names identified in other documents of the batch (``--consistent``).
    ``limits``: the byte and page limits of ``pdf.triage.open_pdf``."""
    import pymupdf

    from redact.api import _signature_proposals, _to_proposals, boxes_for, write_atomic
    from redact.inventory import document_date
    from redact.pdf.burn import burn_page, scrub, to_bytes
    from redact.pdf.hidden import offpage_note, unreadable_page, visible_textpage
    from redact.pdf.ocr import wants_ocr
    from redact.pdf.text import PAGE_SEPARATOR, TEXT_FLAGS, Glyphs, extract_page
    from redact.pdf.triage import open_pdf, page_warnings
    from redact.pdf.verify import intended_text, verify_expected
    from redact.report import redacted_text

    t0 = time.perf_counter()
    rules = rules or load_rules()
    source, out_path = Path(src), Path(dst)
    if out_path.resolve() == source.resolve():
        raise OutputError(out_path, "the output would overwrite the input; choose another path")
    # the page-by-page checks of hidden.prepare are done here, on the text page the extraction uses
    opened = open_pdf(source, password=password, limits=limits, page_checks=False)
    sha = hashlib.sha256(opened.data).hexdigest()
    doc = opened.doc
    try:
        try:
            count = doc.page_count
            texts: list[str] = []
            kept: list[PageText | None] = []
            budget = GEOMETRY_BUDGET
            blind: list[int] = []
            offpage = 0
            unreadable: list[int] = []
            for pno in range(count):
                _trim_cache(pno)
                pdf_page = doc[pno]
                tp, stripped = visible_textpage(pdf_page, TEXT_FLAGS)
                offpage += stripped
                page = extract_page(pdf_page, tp)
                del tp
                if unreadable_page(doc, pdf_page, page.text):
                    unreadable.append(pno + 1)
                if ocr != "off" and wants_ocr(pdf_page, page, ocr):
                    raise NeedsOcr(pno)
                texts.append(page.text)
                if page.image_only:
                    blind.append(pno + 1)
                kept.append(page if len(page.text) <= budget else None)
                budget -= len(page.text) if kept[-1] is not None else 0
        except (RedactError, NeedsOcr):
            raise
        except Exception as e:
            raise ProcessingError(source, f"{type(e).__name__} while extracting text") from e
        # the warnings in the order open_pdf gives them when it checks the pages itself
        warnings = [*opened.warnings, *([offpage_note(offpage)] if offpage else []),
                    *page_warnings(opened, unreadable)]
        findings = detect_pages(texts, rules, known_persons=known_persons)
        starts = [0]
        for t in texts[:-1]:
            starts.append(starts[-1] + len(t) + len(PAGE_SEPARATOR))
        by_page: dict[int, list[Finding]] = defaultdict(list)
        for f in findings:
            by_page[bisect_right(starts, f.start) - 1].append(f)
        date = document_date(PAGE_SEPARATOR.join(texts[:3]), [(f.start, f.end) for f in findings])

        proposals: list[Proposal] = []
        boxes: list[Box] = []
        expected: list[str] = []
        plain: list[str] = []
        try:
            for pno in range(count):
                _trim_cache(pno)
                here = by_page.get(pno)
                page_geo = kept[pno]
                kept[pno] = None  # each page's geometry is released as soon as its turn is over
                if not here:
                    expected.append(texts[pno])
                    plain.append(texts[pno])
                    continue
                if page_geo is None:
                    page_geo = extract_page(doc[pno])
                glyphs = Glyphs(page_geo)
                props = _to_proposals(here, _OnePage(pno, page_geo, count), starts, sha, rules)
                props += _signature_proposals(doc, [page_geo], props, sha, rules, [glyphs])
                page_boxes = boxes_for(props)
                burn_page(doc[pno], page_geo, page_boxes, glyphs)
                expected.append(intended_text(page_geo, [b.rect for b in page_boxes], glyphs))
                if text_dst is not None:
                    plain.append(redacted_text([page_geo], props, rules))
                proposals.extend(props)
                boxes.extend(page_boxes)
            notes = scrub(doc, boxes, {b.text.lower(): b.ground for b in boxes})
            data = to_bytes(doc)
            out = pymupdf.open(stream=data, filetype="pdf")
            try:
                report = verify_expected(out, expected, boxes)
            finally:
                out.close()
        except RedactError:
            raise
        except Exception as e:  # MuPDF failed on this file: a typed error, the batch goes on
            raise ProcessingError(source, f"{type(e).__name__} while redacting") from e
    finally:
        doc.close()
    if report.leaks:
        raise LeakError(source, report.leaks)
    write_atomic(out_path, data)
    if text_dst is not None:
        write_atomic(Path(text_dst), PAGE_SEPARATOR.join(plain).encode("utf-8"))
    if blind:
        warnings.append(
            f"page(s) {', '.join(map(str, blind))} have no text layer (scanned?): not checked for "
            "personal data, review them by eye"
        )
    warnings += notes
    if report.collateral:
        warnings.append(f"{report.collateral} word(s) outside the boxes were lost on page(s) "
                        f"{', '.join(map(str, report.collateral_pages))}; check the output")
    result = Result(
        source=source, output=out_path, pages=count, boxes=tuple(boxes), verify=report,
        warnings=tuple(warnings), source_sha256=sha, seconds=time.perf_counter() - t0,
        counts=dict(Counter(p.category for p in proposals)),
    )
    return DocumentReport(result, tuple(proposals), date, sum(len(_WORD.findall(t)) for t in expected))
