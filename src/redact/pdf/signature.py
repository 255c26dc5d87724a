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
_INK = 0.004  # fraction of dark pixels that counts as ink


def _line_boxes(page: PageText) -> dict[int, tuple[Rect, int, int]]:
    """Per visual line: its box and its character range in the page text."""
    out: dict[int, tuple[Rect, int, int]] = {}
    for i, (box, line) in enumerate(zip(page.boxes, page.lines, strict=True)):
        if box is None or line < 0:
            continue
        if line in out:
            r, s, _ = out[line]
            out[line] = (r.union(box), s, i + 1)
        else:
            out[line] = (box, i, i + 1)
    return out


def _has_ink(page: pymupdf.Page, region: pymupdf.Rect) -> bool:
    if any(pymupdf.Rect(i["bbox"]).intersects(region) for i in page.get_image_info()):
        images = [pymupdf.Rect(i["bbox"]) for i in page.get_image_info()]
        # a full-page scan always intersects: then look at the pixels
        if not all(abs(r & page.rect) > 0.5 * abs(page.rect) for r in images if r.intersects(region)):
            return True
    pix = page.get_pixmap(dpi=50, clip=region, colorspace=pymupdf.csGRAY, annots=False)
    if not pix.samples:
        return False
    dark = sum(1 for v in pix.samples if v < 100)
    return dark / len(pix.samples) > _INK


def signature_regions(page: pymupdf.Page, text: PageText, name_spans: Sequence[tuple[int, int]]) -> list[Rect]:
    """Regions on ``page`` to propose as HANDTEKENING; ``name_spans`` are the page-text offsets of the
    names proposed for redaction on this page."""
    lines = _line_boxes(text)
    order = sorted(lines, key=lambda n: (lines[n][0].y0, lines[n][0].x0))
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
            if _has_ink(page, region):
                out.append(Rect(region.x0, region.y0, region.x1, region.y1))
        elif _LABEL.match(line_text):
            for info in page.get_image_info():
                r = pymupdf.Rect(info["bbox"])
                if r.y0 < box.y1 + 5 and r.y1 > box.y0 - 5 and r.x0 >= box.x0 and r.x0 - box.x1 < 250 \
                        and abs(r) < 0.1 * abs(page.rect):
                    out.append(Rect(r.x0, r.y0, r.x1, r.y1))
    return out
