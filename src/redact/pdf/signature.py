"""Handwritten signatures and paraphs: image regions in a signature block (category HANDTEKENING).

Guarantees: a region is proposed only when it belongs to a person whose name is redacted — the space
between a sign-off ("Met vriendelijke groet", "Hoogachtend", …) and the name line below it, when that
line holds a proposed name, and it contains ink (an image, or dark pixels on a scanned page); and an
image on the same row as a "Paraaf" or "Handtekening" label. A public office holder's signature (the
name below is not redacted) is left alone. The region is redacted as a box (pixels blanked).

Limits: a heuristic over layout; signatures elsewhere on a page are left to the reviewer, who can add a
box by hand.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pymupdf

from redact.models import PageText, Rect

_SIGN_OFF = re.compile(r"^\s*(met\s+(vriendelijke|hartelijke|collegiale)\s+groet(en)?|hoogachtend|"
                       r"namens\s+deze|ondertekend)\b", re.IGNORECASE)
_LABEL = re.compile(r"^\s*(paraaf|handtekening)\b", re.IGNORECASE)
# either at the start of any line of a page text: a page without one has no region to propose
_ANY_CUE = re.compile(rf"(?:{_SIGN_OFF.pattern})|(?:{_LABEL.pattern})", re.IGNORECASE | re.MULTILINE)
_INK = 0.004  # fraction of dark pixels that counts as ink
_DARK = bytes(range(100))  # grey values that count as dark


def _line_boxes(page: PageText) -> dict[int, tuple[Rect, int, int]]:
    """Per visual line: its box and its character range in the page text."""
    acc: dict[int, list[float]] = {}  # line -> [x0, y0, x1, y1, start, end]
    for i, (box, line) in enumerate(zip(page.boxes, page.lines, strict=True)):
        if box is None or line < 0:
            continue
        a = acc.get(line)
        if a is None:
            acc[line] = [box.x0, box.y0, box.x1, box.y1, i, i + 1]
        else:
            a[0], a[1] = min(a[0], box.x0), min(a[1], box.y0)
            a[2], a[3] = max(a[2], box.x1), max(a[3], box.y1)
            a[5] = i + 1
    return {n: (Rect(a[0], a[1], a[2], a[3]), int(a[4]), int(a[5])) for n, a in acc.items()}


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


def signature_regions(page: pymupdf.Page, text: PageText, name_spans: Sequence[tuple[int, int]]) -> list[Rect]:
    """Regions on ``page`` to propose as HANDTEKENING; ``name_spans`` are the page-text offsets of the
    names proposed for redaction on this page."""
    if not _ANY_CUE.search(text.text):
        return []
    lines = _line_boxes(text)
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
    return out
