"""Text with exact character geometry: offsets in a page's text ↔ glyph boxes.

Guarantees:
- ``PageText.text[i]`` has box ``PageText.boxes[i]`` (``None`` only for separators we insert: "\\n" between
  lines, "\\n\\n" between blocks); ligatures are expanded (ﬁ → f, i) so detection sees plain words,
  each expanded character getting its share of the ligature's box.
- ``rects_for_span`` gives the *display* boxes of a span: one per visual line, trimmed to the band
  around the baseline, so that the centre of every glyph of the span lies inside and the centre of
  every other glyph (neighbours on the line, glyphs on the lines above and below) lies outside. That
  centre rule is what burn-in and verification use to decide which glyphs a box removes.
- Coordinates are those of PyMuPDF's text extraction, the space ``Page.add_redact_annot`` takes
  (also on rotated pages).
- Text outside the MediaBox is extracted too (it is still in the file and must be redactable).

Limits: reading order is MuPDF's block order (content-stream order); text that is neither horizontal
nor vertical gets its axis-aligned box.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from operator import itemgetter

import numpy as np
import pymupdf

from redact.models import PageText, Rect

PAGE_SEPARATOR = "\n\f\n"

# Plain rawdict: whitespace kept; ligatures expanded, no clipping to the MediaBox, no image blocks
# (those flags are simply left out).
_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE

_DRAWN = str.maketrans({"\n": " ", "\r": " ", "\f": " ", "\xad": "-"})  # characters as drawn

# Band of a glyph box that a display box covers (fractions of the box's height, from top and bottom):
# MuPDF boxes run from above the ascender to below the descender.
_TOP = 0.2
_BOTTOM = 0.06


def is_horizontal(direction: tuple[float, float]) -> bool:
    return abs(direction[0]) >= abs(direction[1])


def center(r: Rect) -> tuple[float, float]:
    return ((r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2)


def contains_center(outer: Rect, inner: Rect) -> bool:
    cx, cy = center(inner)
    return outer.x0 <= cx <= outer.x1 and outer.y0 <= cy <= outer.y1


def _split_ligature(boxes: list[Rect | None], box: Rect) -> Rect:
    """MuPDF gives an expanded ligature's first character the whole box and the others zero width
    at its right edge; share the box out evenly. ``box`` is the zero-width one about to be appended;
    its new box is returned, those already in ``boxes`` are replaced in place."""
    group = []
    k = len(boxes) - 1
    while k >= 0:
        prev = boxes[k]
        if prev is None or (abs(prev.x1 - box.x0) > 0.01 and not (prev.width == 0 and prev.x0 == box.x0)):
            break
        group.append(k)
        if prev.width > 0:
            break
        k -= 1
    if not group:
        return box
    first = boxes[group[-1]]
    if first is None or first.width <= 0:
        return box
    n = len(group) + 1
    step = first.width / n
    for j, idx in enumerate(reversed(group)):
        boxes[idx] = Rect(first.x0 + j * step, first.y0, first.x0 + (j + 1) * step, first.y1)
    return Rect(first.x0 + (n - 1) * step, box.y0, first.x1, box.y1)


TEXT_FLAGS = _FLAGS  # the flags of every text page extract_page reads

_CHAR, _BBOX = itemgetter("c"), itemgetter("bbox")
_as_rect = partial(tuple.__new__, Rect)  # Rect(*bbox) without the Python-level __new__ (a page has thousands)


def extract_page(page: pymupdf.Page, textpage: pymupdf.TextPage | None = None) -> PageText:
    """Extract one page's text in reading order with a removal box per character. ``textpage``: a text
    page of ``page`` made with ``TEXT_FLAGS`` that holds nothing outside the page (e.g. from
    ``hidden.visible_textpage``), to save making another."""
    raw = page.get_text("rawdict", flags=_FLAGS, textpage=textpage)
    chars: list[str] = []  # pieces of the text: a span's characters, a separator
    boxes: list[Rect | None] = []
    lines: list[int] = []
    line_no = -1
    dirs: list[tuple[float, float]] = []

    add_char, add_box, add_line = chars.append, boxes.append, lines.append

    def sep(s: str) -> None:
        chars.append(s)
        boxes.extend([None] * len(s))
        lines.extend([-1] * len(s))

    first_block = True
    for block in raw.get("blocks", ()):
        if block.get("type", 0) != 0:
            continue
        block_lines = [ln for ln in block.get("lines", ()) if any(sp.get("chars") for sp in ln["spans"])]
        if not block_lines:
            continue
        if not first_block:
            sep("\n\n")
        first_block = False
        for k, line in enumerate(block_lines):
            if k:
                sep("\n")
            line_no += 1
            dx, dy = line.get("dir", (1.0, 0.0))
            dirs.append((float(dx), float(dy)))
            horizontal = is_horizontal((dx, dy))
            for span in line["spans"]:
                span_chars = span.get("chars")
                if not span_chars:
                    continue
                # a drawn line break is a space; a drawn soft hyphen a visible hyphen (some fonts map "-" so)
                cs = "".join(map(_CHAR, span_chars)).translate(_DRAWN)
                bbs = list(map(_BBOX, span_chars))
                if horizontal and any(b[2] == b[0] for b in bbs):  # zero width: an expanded ligature?
                    for c, (x0, y0, x1, y1) in zip(cs, bbs, strict=True):
                        box = Rect(x0, y0, x1, y1)
                        if x1 - x0 == 0 and c.strip():
                            box = _split_ligature(boxes, box)
                        add_box(box)
                        add_char(c)
                        add_line(line_no)
                    continue
                chars.append(cs)
                boxes.extend(map(_as_rect, bbs))
                lines.extend([line_no] * len(cs))
    text = "".join(chars)
    image_only = not text.strip() and bool(page.get_images(full=False))
    rect = page.rect
    return PageText(
        page=page.number if page.number is not None else 0,
        text=text,
        boxes=tuple(boxes),
        lines=tuple(lines),
        line_dirs=tuple(dirs),
        width=rect.width,
        height=rect.height,
        rotation=page.rotation,
        image_only=image_only,
    )


_NO_BREAKS = str.maketrans({"\n": " ", "\r": " ", "\f": " ", "\xad": "-"})  # as extract_page maps them


def page_text(page: pymupdf.Page) -> str:
    """``extract_page(page).text`` without the geometry, about five times faster.

    Built from the same MuPDF text page with the same flags ("dict" spans carry exactly the
    characters "rawdict" lists one by one), with the same separators, so the two are equal; a test
    checks that over the corpora. Verification reads redacted outputs with it.
    """
    raw = page.get_text("dict", flags=_FLAGS)
    parts: list[str] = []
    first_block = True
    for block in raw.get("blocks", ()):
        if block.get("type", 0) != 0:
            continue
        block_lines = [ln for ln in block.get("lines", ()) if any(sp.get("text") for sp in ln["spans"])]
        if not block_lines:
            continue
        if not first_block:
            parts.append("\n\n")
        first_block = False
        for k, line in enumerate(block_lines):
            if k:
                parts.append("\n")
            for span in line["spans"]:
                parts.append(span.get("text", "").translate(_NO_BREAKS))
    return "".join(parts)


def plain_text(page: pymupdf.Page) -> str:
    """``page_text(page)`` up to whitespace: the same characters in the same order, but a run of
    whitespace may differ (MuPDF's plain-text output ends every line and block with one newline).
    For counting words and whitespace-tolerant patterns (verification), several times faster than
    ``page_text``; a test checks the equivalence over the corpora."""
    return page.get_text("text", flags=_FLAGS).translate(_NO_BREAKS)


def extract_document(doc: pymupdf.Document) -> list[PageText]:
    return [extract_page(page) for page in doc]


def join_pages(pages: Iterable[PageText]) -> tuple[str, list[int]]:
    """The document's text (pages joined by ``PAGE_SEPARATOR``) and each page's start offset."""
    parts: list[str] = []
    starts: list[int] = []
    pos = 0
    for i, p in enumerate(pages):
        if i:
            parts.append(PAGE_SEPARATOR)
            pos += len(PAGE_SEPARATOR)
        starts.append(pos)
        parts.append(p.text)
        pos += len(p.text)
    return "".join(parts), starts


class Glyphs:
    """The glyph boxes of one ``PageText`` as arrays, for fast geometric queries (burn, verify).

    ``index[k]`` is the character offset of glyph ``k`` (separators, which have no box, are left
    out); ``box[k]`` its box ``(x0, y0, x1, y1)``; ``cx``/``cy`` its centre, computed exactly as
    ``center`` does (same IEEE operations), so every query gives the answer of the scalar helpers.
    """

    __slots__ = ("_shrunk", "box", "cx", "cy", "index", "line")

    def __init__(self, page: PageText) -> None:
        idx = [i for i, b in enumerate(page.boxes) if b is not None]
        self.index = np.array(idx, dtype=np.intp)
        self.box = np.array(
            [(b.x0, b.y0, b.x1, b.y1) for b in page.boxes if b is not None], dtype=np.float64
        ).reshape(-1, 4)
        self.line = np.array([page.lines[i] for i in idx], dtype=np.intp)
        self.cx = (self.box[:, 0] + self.box[:, 2]) / 2
        self.cy = (self.box[:, 1] + self.box[:, 3]) / 2
        self._shrunk: np.ndarray | None = None

    def shrunk(self) -> np.ndarray:
        """The boxes shrunk by 10 % of their width and height on every side, as MuPDF's redaction
        tests glyphs (computed once per page)."""
        if self._shrunk is None:
            b = self.box
            w, h = (b[:, 2] - b[:, 0]) / 10, (b[:, 3] - b[:, 1]) / 10
            self._shrunk = np.column_stack((b[:, 0] + w, b[:, 1] + h, b[:, 2] - w, b[:, 3] - h))
        return self._shrunk

    def centre_in(self, r: Rect) -> np.ndarray:
        """Boolean mask: glyphs whose centre lies in ``r`` (edges included, as ``contains_center``)."""
        return (r.x0 <= self.cx) & (self.cx <= r.x1) & (r.y0 <= self.cy) & (self.cy <= r.y1)


def _band(r: Rect, direction: tuple[float, float]) -> Rect:
    """A glyph box trimmed to the band around its baseline (across the writing direction)."""
    if is_horizontal(direction):
        h = r.height
        if direction[0] >= 0:
            return Rect(r.x0, r.y0 + _TOP * h, r.x1, r.y1 - _BOTTOM * h)
        return Rect(r.x0, r.y0 + _BOTTOM * h, r.x1, r.y1 - _TOP * h)
    w = r.width
    return Rect(r.x0 + 0.15 * w, r.y0, r.x1 - 0.15 * w, r.y1)


def rects_for_span(page: PageText, start: int, end: int) -> tuple[Rect, ...]:
    """Display boxes for ``text[start:end]``: one per visual line (see the module's guarantees).

    Whitespace at either end of a line's run is left out so a box never reaches into a neighbour.
    """
    by_line: dict[int, list[int]] = {}
    for i in range(max(start, 0), min(end, len(page.text))):
        if page.boxes[i] is None:
            continue
        by_line.setdefault(page.lines[i], []).append(i)
    out: list[Rect] = []
    for line, idxs in by_line.items():
        while idxs and page.text[idxs[0]].isspace():
            idxs.pop(0)
        while idxs and page.text[idxs[-1]].isspace():
            idxs.pop()
        if not idxs:
            continue
        r: Rect | None = None
        for i in idxs:
            b = page.boxes[i]
            assert b is not None
            band = _band(b, page.line_dirs[line])
            r = band if r is None else r.union(band)
        assert r is not None
        out.append(r)
    return tuple(out)
