"""Signatures and paraphs in table columns: ink under a ``Handtekening``/``Paraaf``/``Akkoord``/
``Ondertekening`` header (``pdf.signature`` calls this for every page that has such a header).

What counts as ink in the column below the header:
- a born-digital page: images (not a full-page scan) and vector strokes — paths with curves or
  slanted segments; straight horizontal/vertical lines and rectangles are the table's grid;
- a scanned page (OCR text): dark pixel regions, band by band; what OCR read there is mostly the
  signature itself read as letters, so only a number or date read with a confidence of ``OCR_WORD``
  or more masks its box as printed text; long straight dark runs (grid lines) are ignored.

The column runs from the header's cell edge (the table's vertical grid line left of it, else a few
points left of the word) to the next one (the grid line right of it, else halfway to the next header
word on the line) and down to ``COLUMN_DEPTH`` points below the header. Strokes close to each other
are one region; every region is returned padded, so the box covers the strokes entirely (burn-in
removes vector graphics that lie fully inside a box, and blanks image pixels under it).

Ink counts only on a row of the table: next to a word that ends left of the column (the name or
function of whoever signs), which also ends the column where the table ends. A header word in a line of
more than ``_HEADER_WORDS`` words is prose ("… handtekeningen en parafen van ambtenaren …"), no header.

Guarantees: a row that names a public office holder in role (minister, staatssecretaris,
burgemeester …) and has no redacted name keeps its signature; never raises on odd drawings (the
caller guards it too). Limits: a column without a header word on the same page is not found;
on a scan, a signature touching printed text of high OCR confidence is cut at that text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pymupdf

from redact.models import PageText, Rect

COLUMN_DEPTH = 420.0  # points below the header searched for ink
OCR_WORD = 85.0  # OCR words at or above this confidence are printed text (a signature read as letters: lower)
_PAD = 2.0
_HEADER_WORDS = 6  # a header line holds column names ("Naam Functie Datum Paraaf"), not a sentence
_MERGE = 10.0  # strokes closer than this side by side (points) are one signature
_MERGE_Y = 4.0  # … or above each other (table rows are closer than _MERGE)
_INK_DPI = 144  # resolution at which a scanned column is searched for ink
_INK_GREY = 150  # grey values below this are ink
_INK_GAP = 8  # blank pixel rows that separate two signatures
_INK_PIXELS = 40  # fewer dark pixels in a band are dirt
HEADER = re.compile(r"(?<![\w])(?:handtekening(?:en)?|paraaf|parafen|akkoord|voor akkoord|ondertekening|"
                    r"ondertekend|getekend)(?![\w])", re.IGNORECASE)
_ROLE = re.compile(r"(?i)(?<![\w])(?:minister|staatssecretaris|burgemeester|wethouder|gedeputeerde|"
                   r"commissaris van de koning|kamerlid|minister-president|dijkgraaf)(?![\w])")

__all__ = ["COLUMN_DEPTH", "HEADER", "column_regions"]


def _span_box(text: PageText, s: int, e: int) -> Rect | None:
    boxes = [b for b in text.boxes[s:e] if b is not None]
    if not boxes:
        return None
    return Rect(min(b.x0 for b in boxes), min(b.y0 for b in boxes), max(b.x1 for b in boxes), max(b.y1 for b in boxes))


def _words_on_line(text: PageText, line: int) -> list[Rect]:
    """The word boxes of visual line ``line``."""
    out: list[Rect] = []
    cur: list[Rect] = []
    for c, b, ln in zip(text.text, text.boxes, text.lines, strict=True):
        if ln == line and b is not None and not c.isspace():
            cur.append(b)
        elif cur:
            out.append(Rect(cur[0].x0, min(r.y0 for r in cur), cur[-1].x1, max(r.y1 for r in cur)))
            cur = []
    if cur:
        out.append(Rect(cur[0].x0, min(r.y0 for r in cur), cur[-1].x1, max(r.y1 for r in cur)))
    return out


def _word_boxes(text: PageText) -> list[Rect]:
    """The box of every word of ``text`` (a run of characters with boxes between spaces)."""
    out: list[Rect] = []
    run: list[Rect] = []
    for c, b in zip(text.text, text.boxes, strict=True):
        if b is None or c.isspace():
            if run:
                out.append(_hull(run))
                run = []
        else:
            run.append(b)
    if run:
        out.append(_hull(run))
    return out


def _hull(run: list[Rect]) -> Rect:
    """The union of the boxes of ``run`` (as ``Rect.union`` over them, in one go)."""
    if len(run) == 1:
        return run[0]
    return Rect(min(r.x0 for r in run), min(r.y0 for r in run), max(r.x1 for r in run), max(r.y1 for r in run))


def _grid(drawings: Sequence[dict[str, object]]) -> tuple[list[tuple[float, float, float]], list[Rect]]:
    """(vertical grid lines as (x, y0, y1), ink boxes) of a page's drawings."""
    verticals: list[tuple[float, float, float]] = []
    ink: list[Rect] = []
    for d in drawings:
        items = d.get("items") or []
        curvy = False
        assert isinstance(items, list)
        for it in items:
            kind = it[0]
            if kind == "c":
                curvy = True
            elif kind == "l":
                p, q = it[1], it[2]
                if abs(p.x - q.x) < 0.5 and abs(p.y - q.y) > 2:
                    verticals.append((p.x, min(p.y, q.y), max(p.y, q.y)))
                elif abs(p.y - q.y) >= 0.5 and abs(p.x - q.x) >= 0.5:
                    curvy = True
            elif kind == "re":
                r = it[1]
                verticals += [(r.x0, r.y0, r.y1), (r.x1, r.y0, r.y1)]
        if curvy:
            r = d.get("rect")
            if isinstance(r, pymupdf.Rect) and r.is_valid:
                ink.append(Rect(r.x0, r.y0, r.x1, r.y1))
    return verticals, ink


def _merge(rects: list[Rect]) -> list[Rect]:
    out: list[Rect] = []
    for r in sorted(rects, key=lambda r: (r.y0, r.x0)):
        for i, o in enumerate(out):
            if r.x0 <= o.x1 + _MERGE and o.x0 <= r.x1 + _MERGE and r.y0 <= o.y1 + _MERGE_Y and o.y0 <= r.y1 + _MERGE_Y:
                out[i] = o.union(r)
                break
        else:
            out.append(r)
    return out


def _row_public(text: PageText, ink: Rect, name_spans: Sequence[tuple[int, int]]) -> bool:
    """True when the table row of ``ink`` names a public office holder and no redacted name."""
    idx = [i for i, b in enumerate(text.boxes) if b is not None and b.y1 > ink.y0 - 3 and b.y0 < ink.y1 + 3
           and not (ink.x0 <= (b.x0 + b.x1) / 2 <= ink.x1)]
    if not idx:
        return False
    row = "".join(text.text[i] for i in idx)
    if any(a < max(idx) + 1 and min(idx) < b for a, b in name_spans):
        return False
    return bool(_ROLE.search(row))


def _pixel_ink(page: pymupdf.Page, region: Rect, words: Sequence[Rect]) -> list[Rect]:
    """Dark regions of a scanned page inside ``region`` outside the printed ``words``, band by band
    (rows of pixels with ink, split where a few blank rows run); grid lines are left out."""
    import numpy as np

    clip = pymupdf.Rect(*region)
    from redact.pdf.ocr import despeckle

    pix = despeckle(page.get_pixmap(dpi=_INK_DPI, clip=clip, colorspace=pymupdf.csGRAY, annots=False))
    w, h = pix.width, pix.height
    if not w or not h:
        return []
    sx, sy = clip.width / w, clip.height / h
    img = np.frombuffer(pix.samples, dtype=np.uint8).reshape(h, pix.stride)[:, :w]
    dark = img < _INK_GREY
    for r in words:  # printed text is not ink
        x0, x1 = max(0, int((r.x0 - clip.x0) / sx) - 1), min(w, int((r.x1 - clip.x0) / sx) + 2)
        y0, y1 = max(0, int((r.y0 - clip.y0) / sy) - 1), min(h, int((r.y1 - clip.y0) / sy) + 2)
        if x0 < x1 and y0 < y1:
            dark[y0:y1, x0:x1] = False
    dark[dark.sum(axis=1) > 0.6 * w, :] = False  # horizontal grid lines
    dark[:, dark.sum(axis=0) > 0.5 * h] = False  # vertical grid lines
    rows = np.flatnonzero(dark.any(axis=1))
    out: list[Rect] = []
    if not len(rows):
        return out
    breaks = np.flatnonzero(np.diff(rows) > _INK_GAP)
    for a, b in zip(np.r_[0, breaks + 1].tolist(), np.r_[breaks, len(rows) - 1].tolist(), strict=True):
        y0, y1 = int(rows[a]), int(rows[b]) + 1
        band = dark[y0:y1]
        if int(band.sum()) < _INK_PIXELS or y1 - y0 < 3:
            continue  # a speck of dirt
        xs = np.flatnonzero(band.any(axis=0))
        out.append(Rect(clip.x0 + int(xs[0]) * sx, clip.y0 + y0 * sy, clip.x0 + (int(xs[-1]) + 1) * sx,
                        clip.y0 + y1 * sy))
    return out


def column_regions(page: pymupdf.Page, text: PageText, name_spans: Sequence[tuple[int, int]],
                   images: Sequence[pymupdf.Rect]) -> list[Rect]:
    """Ink regions in the signature/paraph columns of ``page`` (see the module docstring).
    ``images``: the page's image boxes; ``name_spans``: the names proposed on this page."""
    out: list[Rect] = []
    drawings: tuple[list[tuple[float, float, float]], list[Rect]] | None = None
    all_words: list[Rect] | None = None  # the page's word boxes, found once
    page_rect = page.rect
    for m in HEADER.finditer(text.text):
        hb = _span_box(text, m.start(), m.end())
        line = text.lines[m.start()]
        if hb is None or line < 0:
            continue
        if len(_words_on_line(text, line)) > _HEADER_WORDS:
            continue  # "… handtekeningen en parafen van ambtenaren …", "geen akkoord of niet akkoord": prose
        if drawings is None:
            drawings = _grid(page.get_drawings()) if not text.ocr else ([], [])
        verticals, vector_ink = drawings
        cy = (hb.y0 + hb.y1) / 2
        left = [x for x, y0, y1 in verticals if x <= hb.x0 + 0.5 and y0 - 2 <= cy <= y1 + 2]
        right = [x for x, y0, y1 in verticals if x >= hb.x1 - 0.5 and y0 - 2 <= cy <= y1 + 2]
        others = [r for r in _words_on_line(text, line) if r.x0 > hb.x1 + 1]
        x0 = max(left) if left else hb.x0 - 6
        x1 = min(right) if right else (min(r.x0 for r in others) - 4 if others else min(page_rect.x1, hb.x1 + 160))
        column = Rect(x0, hb.y1 + 1, x1, min(page_rect.y1, hb.y1 + COLUMN_DEPTH))
        if column.x1 - column.x0 < 10:
            continue
        found: list[Rect] = []
        for r in [*vector_ink, *(Rect(i.x0, i.y0, i.x1, i.y1) for i in images if abs(i) < 0.1 * abs(page_rect))]:
            cx, cy2 = (r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2
            if column.x0 <= cx <= column.x1 and column.y0 <= cy2 <= column.y1:
                found.append(r)
        if text.ocr and not found:
            # what OCR reads in a signature column is mostly the signature itself read as letters
            # ("ONNIE"); only a confidently read date or number is printed text
            words = [b for b, conf, w in _ocr_word_boxes(text) if conf >= OCR_WORD and any(c.isdigit() for c in w)]
            found = _pixel_ink(page, column, words)
        if all_words is None:
            all_words = _word_boxes(text)
        rows = [b for b in all_words if b.x1 <= column.x0 + 2 and b.y0 > hb.y1 - 1]
        for r in _merge(found):
            if not any(b.y0 < r.y1 + 6 and r.y0 - 6 < b.y1 for b in rows):
                continue  # not on a row of the table (a row names who signs: text left of the column)
            if _row_public(text, r, name_spans):
                continue
            out.append(Rect(r.x0 - _PAD, r.y0 - _PAD, r.x1 + _PAD, r.y1 + _PAD))
    return out


def _ocr_word_boxes(text: PageText) -> list[tuple[Rect, float, str]]:
    """(box, confidence, word) of every OCR word of ``text``."""
    out: list[tuple[Rect, float, str]] = []
    i, n = 0, len(text.text)
    while i < n:
        if text.boxes[i] is None or text.text[i].isspace() or i >= len(text.word_conf) or text.word_conf[i] < 0:
            i += 1
            continue
        j = i
        while j < n and text.boxes[j] is not None and not text.text[j].isspace():
            j += 1
        box = _span_box(text, i, j)
        if box is not None:
            out.append((box, text.word_conf[i], text.text[i:j]))
        i = j
    return out
