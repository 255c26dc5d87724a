"""Handwritten signatures and paraphs: image regions in a signature block (category HANDTEKENING).

Guarantees: a region is proposed only when it belongs to a person whose name is redacted — the space
between a sign-off ("Met vriendelijke groet", "Hoogachtend", …) and the name line below it, when that
line holds a proposed name, and it contains ink (an image, or dark pixels on a scanned page); and an
image on the same row as a "Paraaf" or "Handtekening" label. A public office holder's signature (the
name below is not redacted) is left alone. The region is redacted as a box (pixels blanked).

Also (``pdf.signature_cells``): ink — images, vector strokes, on a scanned page dark strokes OCR did not
read as words — in the table column under a ``Handtekening``, ``Paraaf``, ``Akkoord`` or
``Ondertekening`` header, unless its row names a public office holder and no redacted name. On a scanned
page, lines OCR read with low confidence between the sign-off and the name (the signature itself, read
as garbage) do not hide the signature block.

Limits: a heuristic over layout; signatures elsewhere on a page are left to the reviewer, who can add a
box by hand.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pymupdf

from redact.models import PageText, Rect
from redact.pdf.signature_cells import HEADER, column_regions
from redact.pdf.text import Glyphs

_SIGN_OFF = re.compile(r"^\s*(met\s+(vriendelijke|hartelijke|collegiale)\s+groet(en)?|hoogachtend|"
                       r"namens\s+deze|ondertekend)\b", re.IGNORECASE)
_LABEL = re.compile(r"^\s*(paraaf|handtekening)\b", re.IGNORECASE)
# either at the start of any line of a page text: a page without one has no region to propose
_ANY_CUE = re.compile(rf"(?:{_SIGN_OFF.pattern})|(?:{_LABEL.pattern})", re.IGNORECASE | re.MULTILINE)
_INK = 0.004  # fraction of dark pixels that counts as ink
_DARK = bytes(range(100))  # grey values that count as dark


def _line_boxes(page: PageText, glyphs: Glyphs | None = None) -> dict[int, tuple[Rect, int, int]]:
    """Per visual line: its box and its character range in the page text (from the first to just
    after the last character with a box). ``glyphs``: ``Glyphs(page)`` when the caller has it."""
    g = glyphs if glyphs is not None else Glyphs(page)
    keep = g.line >= 0
    line, index, box = g.line[keep], g.index[keep], g.box[keep]
    if not len(line):
        return {}
    # extraction numbers lines in text order, so each line's glyphs are one run of the arrays
    starts = np.flatnonzero(np.r_[True, line[1:] != line[:-1]])
    if np.any(np.diff(line[starts]) <= 0):  # not in order after all: group by sorting
        order = np.argsort(line, kind="stable")
        line, index, box = line[order], index[order], box[order]
        starts = np.flatnonzero(np.r_[True, line[1:] != line[:-1]])
    lo = np.minimum.reduceat(box[:, :2], starts)
    hi = np.maximum.reduceat(box[:, 2:], starts)
    first = index[starts]
    last = np.maximum.reduceat(index, starts) + 1
    return {
        n: (Rect(x0, y0, x1, y1), s, e)
        for n, (x0, y0), (x1, y1), s, e in zip(
            line[starts].tolist(), lo.tolist(), hi.tolist(), first.tolist(), last.tolist(), strict=True
        )
    }


def _has_ink(page: pymupdf.Page, region: pymupdf.Rect, images: list[pymupdf.Rect]) -> bool:
    """Ink in ``region``: an image there (``images``: the page's image boxes), unless it is a full-page
    scan, or else dark pixels."""
    under = [r for r in images if r.intersects(region)]
    # a full-page scan always intersects: then look at the pixels
    if under and not all(abs(r & page.rect) > 0.5 * abs(page.rect) for r in under):
        return True
    pix = page.get_pixmap(dpi=50, clip=region, colorspace=pymupdf.csGRAY, annots=False)
    samples = pix.samples
    if not samples:
        return False
    dark = len(samples) - len(samples.translate(None, _DARK))  # grey values below 100, counted in C
    return dark / len(samples) > _INK


_GARBAGE = 60.0  # an OCR line whose mean word confidence is below this is no printed text


def has_cue(text: str) -> bool:
    """True when ``text`` (a page's) has a sign-off, a label or a column header of a signature."""
    return bool(_ANY_CUE.search(text) or HEADER.search(text))


def _garbage(text: PageText, s: int, e: int, pitch: float, height: float) -> bool:
    """An OCR line that is a signature read as letters: low confidence, no letters, at most three
    characters, or much taller than a line of text (``pitch``: the sign-off line's height)."""
    conf = [c for c in text.word_conf[s:e] if c >= 0]
    line = text.text[s:e].strip()
    return bool(conf) and (sum(conf) / len(conf) < _GARBAGE or not any(ch.isalpha() for ch in line)
                           or len(line) <= 3 or height > 1.8 * pitch)


def signature_regions(page: pymupdf.Page, text: PageText, name_spans: Sequence[tuple[int, int]],
                      glyphs: Glyphs | None = None) -> list[Rect]:
    """Regions on ``page`` to propose as HANDTEKENING; ``name_spans`` are the page-text offsets of the
    names proposed for redaction on this page; ``glyphs``: ``Glyphs(text)`` when the caller has it."""
    if not has_cue(text.text):
        return []
    lines = _line_boxes(text, glyphs)
    order = sorted(lines, key=lambda n: (lines[n][0].y0, lines[n][0].x0))
    found: list[list[pymupdf.Rect]] = []

    def images() -> list[pymupdf.Rect]:  # listed at most once, and only when needed: it runs the page
        if not found:
            found.append([pymupdf.Rect(info["bbox"]) for info in page.get_image_info()])
        return found[0]

    out: list[Rect] = []
    for k, n in enumerate(order):
        box, s, e = lines[n]
        line_text = text.text[s:e]
        if _SIGN_OFF.match(line_text):
            below = [m for m in order[k + 1:] if lines[m][0].y0 >= box.y1 - 1
                     and lines[m][0].x0 < box.x0 + 150 and lines[m][0].x1 > box.x0]
            while len(below) > 1 and text.ocr and _garbage(text, *lines[below[0]][1:], box.height,
                                                            lines[below[0]][0].height) \
                    and not any(a < lines[below[0]][2] and lines[below[0]][1] < b for a, b in name_spans):
                below = below[1:]  # the signature itself, read by OCR as a line of garbage
            if not below:
                continue
            nxt, ns, ne = lines[below[0]]
            gap = nxt.y0 - box.y1
            if gap < 1.2 * box.height:
                continue  # no room for a signature
            if not any(a < ne and ns < b for a, b in name_spans):
                continue  # the signer's name is not redacted: a public office holder
            region = pymupdf.Rect(box.x0, box.y1 + 1, max(box.x1, box.x0 + 220), nxt.y0 - 1)
            if _has_ink(page, region, images()):
                out.append(Rect(region.x0, region.y0, region.x1, region.y1))
        elif _LABEL.match(line_text):
            for r in images():
                if r.y0 < box.y1 + 5 and r.y1 > box.y0 - 5 and r.x0 >= box.x0 and r.x0 - box.x1 < 250 \
                        and abs(r) < 0.1 * abs(page.rect):
                    out.append(Rect(r.x0, r.y0, r.x1, r.y1))
    if HEADER.search(text.text):
        for r in column_regions(page, text, name_spans, images()):
            if not any(o.x0 <= (r.x0 + r.x1) / 2 <= o.x1 and o.y0 <= (r.y0 + r.y1) / 2 <= o.y1 for o in out):
                out.append(r)
    return out
