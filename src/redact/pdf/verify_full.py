"""Full verification of an output PDF with independent extractors (``redact verify``, ``--verify full``).

Every redacted string (a *needle*) is searched for, case-insensitively (initials of two or three
capitals in capitals only: "IN" is no trace of the word "in"), whitespace-tolerant and on word
boundaries, in:
- the page text of three independent extractors: PyMuPDF (MuPDF), ``pdftotext`` (poppler, a separate
  process) and ``pypdf`` (pure Python);
- the file itself, parser-independent: every stream's bytes, zlib-decompressed where possible, and every
  literal or hex string in it (escapes decoded; PDFDocEncoding, UTF-16BE and UTF-16LE), so an earlier
  revision of an incrementally updated file or an object no parser shows is searched too;
- document info, XMP, annotations (every string of their dictionaries), bookmarks, page labels, form
  fields, embedded files (names, descriptions and contents) — via PyMuPDF;
- with boxes: every image drawn under a box must have uniform pixels there (blanked by burn-in).

Any hit fails the document. Reports name the place (extractor, page, object), never the string.
Limits: text drawn with fonts that have no Unicode mapping cannot be read back by any extractor (triage
flags those pages); needles shorter than 4 characters are searched in page text only (in raw bytes they
collide with random data).
"""

from __future__ import annotations

import contextlib
import re
import shutil
import subprocess
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

import pymupdf

from redact.errors import UsageError
from redact.models import Box, Rect
from redact.pdf.strings import readings, strings_in
from redact.pdf.verify import _needle_pattern, _norm

if TYPE_CHECKING:
    from redact.pdf.needles import Needles

MIN_RAW = 4
PDFTOTEXT_SECONDS = 120
_STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.DOTALL)


class ExtractorFailed(str):
    """Stands in for a page text when an extractor failed: verification cannot pass on it."""

    reason: str

    def __new__(cls, reason: str) -> ExtractorFailed:
        obj = super().__new__(cls, "")
        obj.reason = reason
        return obj


@dataclass(frozen=True, slots=True)
class FullReport:
    hits: tuple[str, ...]  # where a needle was found (places only)
    checked: tuple[str, ...]  # which checks ran
    failures: tuple[str, ...] = ()  # extractors that could not read (part of) the output

    @property
    def ok(self) -> bool:
        return not self.hits and not self.failures


def _inflate(data: bytes) -> bytes:
    try:
        return zlib.decompressobj().decompress(data, 200 * len(data) + 1_000_000)
    except zlib.error:
        return b""


def file_texts(data: bytes) -> Iterable[tuple[str, str]]:
    """Parser-independent view of a PDF file: (place, text) for strings and stream contents."""
    outside = _STREAM.sub(b" ", data)
    yield "file strings", "\n".join(strings_in(outside))
    for k, m in enumerate(_STREAM.finditer(data)):
        body = m.group(1)
        plain = _inflate(body.lstrip(b"\r\n")) or body
        parts = [plain.decode("latin-1"), *strings_in(plain)]
        if plain.count(0) > len(plain) // 4:
            parts.append(plain.decode("utf-16-be", "ignore"))
            parts.append(plain.decode("utf-16-le", "ignore"))
        yield f"file stream {k + 1}", "\n".join(parts)


def pdftotext_pages(data: bytes) -> list[str]:
    exe = shutil.which("pdftotext")
    if exe is None:
        raise UsageError("full verification needs pdftotext (poppler-utils): apt-get install poppler-utils")
    try:
        proc = subprocess.run([exe, "-q", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True,
                              timeout=PDFTOTEXT_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        return [ExtractorFailed("pdftotext timed out")]
    if proc.returncode != 0:
        return [ExtractorFailed(f"pdftotext failed (exit {proc.returncode})")]
    return proc.stdout.decode("utf-8", "replace").split("\f")


def pypdf_pages(data: bytes) -> list[str]:
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(BytesIO(data), strict=False)
        pages = list(reader.pages)
    except Exception as e:  # pypdf cannot read the output: nothing can be verified by it
        return [ExtractorFailed(f"pypdf failed ({type(e).__name__})")]
    out: list[str] = []
    for page in pages:
        try:
            out.append(page.extract_text() or "")
        except Exception as e:
            out.append(ExtractorFailed(f"pypdf failed ({type(e).__name__})"))
    return out


def side_texts(doc: pymupdf.Document) -> Iterable[tuple[str, str]]:
    """Metadata, XMP, bookmarks, page labels, attachments, annotations and form fields (via PyMuPDF)."""
    for k, v in (doc.metadata or {}).items():
        if v:
            yield f"metadata {k}", str(v)
    yield "XMP metadata", doc.get_xml_metadata() or ""
    yield "bookmarks", "\n".join(str(e[1]) for e in doc.get_toc(simple=True))
    with contextlib.suppress(Exception):
        yield "page labels", "\n".join(str(r.get("prefix", "")) for r in doc.get_page_labels())
    for name in doc.embfile_names():
        info = doc.embfile_info(name)
        keys = ("name", "filename", "ufilename", "desc")
        yield "attachment names", " ".join(str(info.get(k, "")) for k in keys)
        try:
            content = doc.embfile_get(name)
        except Exception:
            content = b""
        yield "attachment content", "\n".join(readings(content))
    for page in doc:
        for annot in page.annots() or ():
            yield f"page {page.number + 1} annotation", "\n".join(strings_in(
                doc.xref_object(annot.xref, compressed=True).encode("latin-1", "replace")))
        for widget in page.widgets() or ():
            yield f"page {page.number + 1} form field", f"{widget.field_name} {widget.field_value}"


def _image_hits(doc: pymupdf.Document, boxes: Sequence[Box]) -> list[str]:
    """Images under a box must be blanked there: the pixels inside the box are uniform."""
    hits: list[str] = []
    by_page: dict[int, list[Rect]] = {}
    for b in boxes:
        by_page.setdefault(b.page, []).append(b.rect)
    for pno, rects in sorted(by_page.items()):
        if pno >= doc.page_count:
            hits.append(f"page {pno + 1} missing")
            continue
        page = doc[pno]
        blocks = [b for b in page.get_text("dict", flags=pymupdf.TEXT_PRESERVE_IMAGES)["blocks"]
                  if b.get("type") == 1]
        for block in blocks:
            bbox = pymupdf.Rect(block["bbox"])
            for r in rects:
                box = pymupdf.Rect(r.as_tuple())
                if not box.intersects(bbox):
                    continue
                if not _uniform_under(block, box):
                    hits.append(f"page {pno + 1} image under a box")
    return hits


def _uniform_under(block: dict[str, object], box: pymupdf.Rect) -> bool:
    try:
        pix = pymupdf.Pixmap(block["image"])
    except Exception:
        return False  # an image that cannot be decoded cannot be shown to be blanked
    if pix.alpha:
        pix = pymupdf.Pixmap(pix, 0)
    inv = ~pymupdf.Matrix(block["transform"])
    # page point -> unit square of the image (y down in image space)
    corners = [pymupdf.Point(p) * inv for p in (box.tl, box.tr, box.bl, box.br)]
    xs = [c.x for c in corners]
    ys = [c.y for c in corners]
    w, h = pix.width, pix.height
    x0, x1 = max(0, int(min(xs) * w) + 2), min(w, int(max(xs) * w) - 2)
    y0, y1 = max(0, int(min(ys) * h) + 2), min(h, int(max(ys) * h) - 2)
    if x1 <= x0 or y1 <= y0:
        return True  # the box covers less than a few pixels of this image
    step_x = max(1, (x1 - x0) // 64)
    step_y = max(1, (y1 - y0) // 64)
    seen: set[tuple[int, ...]] = set()
    lo: list[int] | None = None
    hi: list[int] | None = None
    for y in range(y0, y1, step_y):
        for x in range(x0, x1, step_x):
            px = tuple(pix.pixel(x, y))
            seen.add(px)
            lo = list(px) if lo is None else [min(a, b) for a, b in zip(lo, px, strict=False)]
            hi = list(px) if hi is None else [max(a, b) for a, b in zip(hi, px, strict=False)]
    if lo is None or hi is None:
        return True
    return max(b - a for a, b in zip(lo, hi, strict=False)) <= 24  # JPEG re-encoding noise


def verify_full(data: bytes, needles: Iterable[str], *, boxes: Sequence[Box] = (),
                extractors: Sequence[str] = ("pymupdf", "pdftotext", "pypdf")) -> FullReport:
    """Search ``data`` (a PDF) for every needle by every route; see the module docstring."""
    uniq = sorted({_norm(n) for n in needles if _norm(n)}, key=len, reverse=True)
    pats = [_needle_pattern(n) for n in uniq]
    raw_pats = [p for n, p in zip(uniq, pats, strict=True) if len(n) >= MIN_RAW]
    hits: list[str] = []
    failures: list[str] = []
    checked: list[str] = []

    def scan(place: str, text: str, patterns: Sequence[re.Pattern[str]] = pats) -> None:
        if isinstance(text, ExtractorFailed):
            failures.append(f"{place}: {text.reason}")  # the extractor's name and error type only
        elif any(p.search(text) for p in patterns):
            hits.append(place)

    doc = pymupdf.open(stream=data, filetype="pdf")
    try:
        from redact.pdf.prepare import show_all_layers

        show_all_layers(doc)
        if "pymupdf" in extractors:
            checked.append("pymupdf")
            for page in doc:
                scan(f"pymupdf page {page.number + 1} text", page.get_text("text", flags=0))
        checked.append("side channels")
        for place, text in side_texts(doc):
            scan(place, text, pats)
        if boxes:
            checked.append("images under boxes")
            hits.extend(_image_hits(doc, boxes))
    finally:
        doc.close()
    if "pdftotext" in extractors:
        checked.append("pdftotext")
        for k, text in enumerate(pdftotext_pages(data)):
            scan(f"pdftotext page {k + 1} text", text)
    if "pypdf" in extractors:
        checked.append("pypdf")
        for k, text in enumerate(pypdf_pages(data)):
            scan(f"pypdf page {k + 1} text", text)
    if raw_pats:
        checked.append("raw file")
        for place, text in file_texts(data):
            scan(place, text, raw_pats)
    return FullReport(hits=tuple(dict.fromkeys(hits)), checked=tuple(checked),
                      failures=tuple(dict.fromkeys(failures)))


def needles_to_check(expected: Sequence[str], boxes: Sequence[Box], extra: Iterable[str] = ()) -> list[str]:
    """The redacted strings that must be gone everywhere: those with no occurrence left on purpose in
    ``expected`` (per page, the text the output must show: a rejected or public occurrence of the same
    string keeps it legitimately; the page-text count check of ``verify.verify_expected`` covers those).
    ``extra``: strings redacted outside the page content."""
    needles = sorted({_norm(t) for t in [*(b.text for b in boxes), *extra] if _norm(t)})
    kept = {n for n in needles if any(_needle_pattern(n).search(text) for text in expected)}
    return [n for n in needles if n not in kept]


def verify_path(path: Path, needles: Needles) -> FullReport:
    """``verify_full`` of the PDF file at ``path`` against the strings and boxes of a review file
    (``pdf.needles.load_needles``); the file is only read."""
    from redact.errors import InputError, NotAPdfError, NotFoundError, ProcessingError, RedactError
    from redact.pdf.triage import is_pdf_bytes

    try:
        data = path.read_bytes()
    except FileNotFoundError as e:
        raise NotFoundError(path) from e
    except OSError as e:
        raise InputError(path, e.strerror or str(e)) from e
    if not is_pdf_bytes(data):
        raise NotAPdfError(path)
    try:
        return verify_full(data, needles.texts, boxes=needles.boxes)
    except RedactError:
        raise
    except Exception as e:
        raise ProcessingError(path, f"{type(e).__name__} while verifying") from e
