"""The review app's view of a work folder: documents, page images, words, and edits to review files.

Coordinates: review files hold rectangles in PyMuPDF's text-extraction space (unrotated page, origin at
the CropBox's top-left corner); the browser works in *display* space (the page as rendered, rotation
applied, in PDF points). ``Source`` converts between them with the page's rotation matrix.

Guarantees: a source whose SHA-256 differs from its review file is never shown or edited through (a
``SourceChangedError``); every edit is load → change → save of the review file under one lock, so two
browser tabs and ``redact decide`` in another process cannot overwrite each other's decisions silently
(a concurrent save elsewhere surfaces as ``ReviewConflictError``). PyMuPDF is used under the same lock
(its documents are not thread-safe).
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from redact.errors import SourceChangedError
from redact.models import OcrPage, PageText, Rect
from redact.review import (
    ReviewError,
    ReviewProposal,
    ReviewSet,
    context_of,
    review_files,
)
from redact.rules import Rules, load_rules

T = TypeVar("T")
Matrix = tuple[float, float, float, float, float, float]
_MAX_IMAGES = 48


def _apply(m: Matrix, r: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    a, b, c, d, e, f = m
    xs, ys = [], []
    for x, y in ((r[0], r[1]), (r[2], r[1]), (r[0], r[3]), (r[2], r[3])):
        xs.append(a * x + c * y + e)
        ys.append(b * x + d * y + f)
    return (round(min(xs), 2), round(min(ys), 2), round(max(xs), 2), round(max(ys), 2))


def _stamp(path: Path) -> tuple[int, int]:
    try:
        st = path.stat()
    except OSError:
        return (-1, -1)
    return (st.st_mtime_ns, st.st_size)


@dataclass(slots=True)
class Source:
    """An opened source PDF: page sizes and transforms, extracted text per page (lazily)."""

    doc: Any  # pymupdf.Document
    stamp: tuple[int, int]  # (mtime_ns, size) of the file when it was checked
    sizes: list[tuple[float, float]]  # display width, height per page
    to_display: list[Matrix]
    from_display: list[Matrix]
    texts: dict[int, PageText]
    ocr: dict[int, OcrPage]  # what OCR read when the document was proposed (``<name>.ocr.json``)


class Workspace:
    """The documents of one work folder, as the review app sees them."""

    def __init__(self, workdir: Path, *, rules: Rules | None = None, password: str | None = None) -> None:
        self.workdir = Path(workdir)
        self.rules = rules or load_rules()
        self.password = password
        self.lock = threading.RLock()
        self._sources: dict[str, Source] = {}
        self._images: OrderedDict[tuple[str, int, float], bytes] = OrderedDict()

    # -- documents ---------------------------------------------------------------------------------

    def files(self) -> dict[str, Path]:
        """Document id → review file (ids are stable: a hash of the file's path in the work folder)."""
        out = {}
        for f in review_files(self.workdir):
            rel = f.relative_to(self.workdir).as_posix()
            out[hashlib.sha256(rel.encode()).hexdigest()[:12]] = f
        return out

    def path(self, doc_id: str) -> Path:
        f = self.files().get(doc_id)
        if f is None:
            raise ReviewError(f"no document with id {doc_id!r} in this work folder")
        return f

    def load(self, doc_id: str) -> ReviewSet:
        return ReviewSet.load(self.path(doc_id), rules=self.rules)

    def edit(self, doc_id: str, change: Callable[[ReviewSet], T]) -> tuple[ReviewSet, T]:
        """Load the review file, apply ``change``, save it (atomically); return the set and the result."""
        with self.lock:
            rs = self.load(doc_id)
            result = change(rs)
            rs.save()
            return rs, result

    # -- sources -----------------------------------------------------------------------------------

    def source(self, doc_id: str, rs: ReviewSet | None = None) -> Source:
        with self.lock:
            rs = rs or self.load(doc_id)
            path = Path(rs.source.path)
            src = self._sources.get(doc_id)
            if src is not None:
                if src.stamp == _stamp(path):
                    return src
                src.doc.close()  # the file changed on disk: check its hash again
                del self._sources[doc_id]
                self._images = OrderedDict((k, v) for k, v in self._images.items() if k[0] != doc_id)
            import pymupdf

            from redact.pdf.triage import open_pdf

            stamp = _stamp(path)
            opened = open_pdf(path, password=self.password)
            if hashlib.sha256(opened.data).hexdigest() != rs.source.sha256:
                opened.doc.close()
                raise SourceChangedError(path)
            sizes, to_d, from_d = [], [], []
            for page in (opened.doc[i] for i in range(opened.doc.page_count)):
                sizes.append((round(page.rect.width, 2), round(page.rect.height, 2)))
                m = page.rotation_matrix
                to_d.append((m.a, m.b, m.c, m.d, m.e, m.f))
                inv = ~pymupdf.Matrix(m)
                from_d.append((inv.a, inv.b, inv.c, inv.d, inv.e, inv.f))
            from redact.review.ocr import load_ocr, ocr_path

            stored = ocr_path(rs.path)
            ocr = {p.page: p for p in load_ocr(stored, rs.source.sha256).pages} if stored.exists() else {}
            src = self._sources[doc_id] = Source(opened.doc, stamp, sizes, to_d, from_d, {}, ocr)
            return src

    def page_text(self, doc_id: str, page: int) -> PageText:
        """The page's text and geometry as the pipeline read it when proposing: its own text layer, with
        the stored OCR words merged in on a scanned page (so a span selected here is the span ``apply``
        finds)."""
        from redact.pdf.ocr import ocr_page_text
        from redact.pdf.text import extract_page

        with self.lock:
            src = self.source(doc_id)
            self._check_page(src, page)
            if page not in src.texts:
                pt = extract_page(src.doc[page])
                if page in src.ocr:
                    pt = ocr_page_text(src.doc[page], pt, src.ocr[page])
                src.texts[page] = pt
            return src.texts[page]

    def render(self, doc_id: str, page: int, scale: float) -> bytes:
        """The page as PNG at ``scale`` × 72 dpi (cached)."""
        import pymupdf

        scale = round(min(4.0, max(0.25, scale)), 2)
        key = (doc_id, page, scale)
        with self.lock:
            src = self.source(doc_id)  # first: it notices a changed source
            self._check_page(src, page)
            hit = self._images.get(key)
            if hit is not None:
                self._images.move_to_end(key)
                return hit
            pix = src.doc[page].get_pixmap(matrix=pymupdf.Matrix(scale, scale), alpha=False)
            png: bytes = pix.tobytes("png")
            self._images[key] = png
            while len(self._images) > _MAX_IMAGES:
                self._images.popitem(last=False)
            return png

    @staticmethod
    def _check_page(src: Source, page: int) -> None:
        if not 0 <= page < len(src.sizes):
            raise ReviewError(f"page {page + 1} does not exist (the document has {len(src.sizes)})")

    def words(self, doc_id: str, page: int) -> list[dict[str, Any]]:
        """The words of a page with their character offsets and display boxes (for text selection)."""
        pt = self.page_text(doc_id, page)
        m = self.source(doc_id).to_display[page]
        out: list[dict[str, Any]] = []
        i, n = 0, len(pt.text)
        while i < n:
            if pt.boxes[i] is None or pt.text[i].isspace():
                i += 1
                continue
            j, r = i, pt.boxes[i]
            assert r is not None
            while j + 1 < n and pt.boxes[j + 1] is not None and not pt.text[j + 1].isspace() and (
                    pt.lines[j + 1] == pt.lines[i]):
                j += 1
                b = pt.boxes[j]
                assert b is not None
                r = r.union(b)
            out.append({"s": i, "e": j + 1, "t": pt.text[i:j + 1], "r": _apply(m, r.as_tuple())})
            i = j + 1
        return out

    # -- views and additions -----------------------------------------------------------------------

    def display(self, doc_id: str, p: ReviewProposal) -> list[tuple[float, float, float, float]]:
        m = self.source(doc_id).to_display[p.page]
        return [_apply(m, r) for r in p.rects]

    def add_box(self, doc_id: str, page: int, display_rect: tuple[float, float, float, float], ground: str,
                by: str, note: str, category: str) -> tuple[ReviewSet, ReviewProposal]:
        """Add a box drawn on the page in display space (clipped to the page)."""
        from redact.pdf.text import contains_center

        src = self.source(doc_id)
        self._check_page(src, page)
        w, h = src.sizes[page]
        x0, y0, x1, y1 = display_rect
        clipped = (max(0.0, min(x0, x1)), max(0.0, min(y0, y1)), min(w, max(x0, x1)), min(h, max(y0, y1)))
        if clipped[2] - clipped[0] < 1 or clipped[3] - clipped[1] < 1:
            raise ReviewError("the box is too small (draw at least 1 × 1 point on the page)")
        rect = Rect(*_apply(src.from_display[page], clipped))
        pt = self.page_text(doc_id, page)
        covered = " ".join("".join(c if b is not None and contains_center(rect, b) else " "
                                   for c, b in zip(pt.text, pt.boxes, strict=True)).split())
        return self.edit(doc_id, lambda rs: rs.add(page, rect, ground, by=by, note=note, category=category,
                                                   text=covered))

    def add_span(self, doc_id: str, page: int, start: int, end: int, ground: str, by: str, note: str,
                 category: str) -> tuple[ReviewSet, ReviewProposal]:
        """Add a redaction of the selected text ``[start, end)`` of a page."""
        from redact.pdf.text import rects_for_span

        pt = self.page_text(doc_id, page)
        start, end = max(0, start), min(len(pt.text), end)
        while start < end and pt.text[start].isspace():
            start += 1
        while end > start and pt.text[end - 1].isspace():
            end -= 1
        rects = rects_for_span(pt, start, end)
        text = pt.text[start:end]
        ctx = context_of(pt.text, start, end)
        return self.edit(doc_id, lambda rs: rs.add_span(page, start, end, rects, text, ground, by=by,
                                                        note=note, category=category, context=ctx))

    def close(self) -> None:
        with self.lock:
            for src in self._sources.values():
                src.doc.close()
            self._sources.clear()
            self._images.clear()
