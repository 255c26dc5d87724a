"""Burn redactions into a PDF for real and scrub what lies outside the page content.

Guarantees (for the document object given; the caller opened it from bytes, the input file is never
touched):
- text under a box is removed from the content stream (MuPDF ``apply_redactions``), image pixels under
  it are blanked, vector graphics fully inside it are removed;
- each box is filled black and carries its Woo ground code in white, as large as fits (down to 2 pt;
  a box too small for even that keeps no label — the log is the record);
- comments and other non-link, non-form annotations are removed (they are internal notes); form field
  values containing a redacted string are cleared;
- document info: the author is removed, redacted strings in title/subject/keywords/creator/producer
  and in bookmark titles are replaced by the ground code; XMP metadata, embedded files, attachments,
  JavaScript and thumbnails are removed;
- ``to_bytes`` saves with garbage collection and compression, never incrementally, so no earlier
  revision or orphaned stream survives.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

import pymupdf

from redact.models import Box, PageText, Rect
from redact.pdf.text import center, contains_center, extract_page, is_horizontal

LABEL_FONT = "helv"
_MIN_LABEL_PT = 2.0
_MAX_LABEL_PT = 9.0
_KEEP_ANNOTS = {pymupdf.PDF_ANNOT_LINK, pymupdf.PDF_ANNOT_WIDGET}


def _label(shape: pymupdf.Shape, rect: pymupdf.Rect, code: str) -> bool:
    """Print ``code`` centred in ``rect`` in white; False when it cannot fit legibly."""
    unit = pymupdf.get_text_length(code, fontname=LABEL_FONT, fontsize=1.0)
    size = min(_MAX_LABEL_PT, rect.height * 0.78, (rect.width - 1.0) / unit if unit else 0.0)
    if size < _MIN_LABEL_PT:
        return False
    width = unit * size
    x = rect.x0 + (rect.width - width) / 2
    y = rect.y0 + rect.height / 2 + size * 0.35
    shape.insert_text((x, y), code, fontname=LABEL_FONT, fontsize=size, color=(1, 1, 1))
    return True


def _shrink(r: Rect) -> Rect:
    """The part of a glyph box MuPDF tests against a redaction (its box less 10 % on every side)."""
    w, h = r.width / 10, r.height / 10
    return Rect(r.x0 + w, r.y0 + h, r.x1 - w, r.y1 - h)


def _touches(a: Rect, b: Rect) -> bool:
    return a.x0 <= b.x1 and b.x0 <= a.x1 and a.y0 <= b.y1 and b.y0 <= a.y1


def removal_rects(page: PageText, display: Rect) -> list[Rect]:
    """Rectangles that make MuPDF remove exactly the glyphs whose centre lies in ``display``.

    MuPDF removes a glyph when its box, shrunk by 10 %, touches a redaction rectangle; glyph boxes
    overlap those of neighbouring lines, so the display box itself would eat neighbours. Per line
    of target glyphs we take the band all of them share and cut it back until no other glyph's
    shrunk box touches it; where that is impossible a dot on each target's centre remains (the
    verification then reports any collateral loss).
    """
    targets: dict[int, list[Rect]] = {}
    others: list[tuple[int, Rect]] = []
    for box, line in zip(page.boxes, page.lines, strict=True):
        if box is None:
            continue
        if contains_center(display, box):
            targets.setdefault(line, []).append(_shrink(box))
        else:
            others.append((line, _shrink(box)))
    out: list[Rect] = []
    for line, shr in targets.items():
        horizontal = is_horizontal(page.line_dirs[line])
        # along: the writing axis (index 0 = x), across: the other one
        a, c = (0, 1) if horizontal else (1, 0)
        lo = [min(r.as_tuple()[a] for r in shr), max(r.as_tuple()[c] for r in shr)]
        hi = [max(r.as_tuple()[a + 2] for r in shr), min(r.as_tuple()[c + 2] for r in shr)]
        if lo[1] >= hi[1]:  # targets of different sizes share no band: use their common centre line
            mid = sum(center(r)[c] for r in shr) / len(shr)
            lo[1], hi[1] = mid - 0.05, mid + 0.05
        cand = _from_axes(lo, hi, horizontal)
        for oline, o in others:
            if not _touches(cand, o):
                continue
            axis = a if oline == line else c
            oc = center(o)[axis]
            mid = (lo[0 if axis == a else 1] + hi[0 if axis == a else 1]) / 2
            k = 0 if axis == a else 1
            if oc < mid:
                lo[k] = max(lo[k], o.as_tuple()[axis + 2] + _EPS)
            else:
                hi[k] = min(hi[k], o.as_tuple()[axis] - _EPS)
            cand = _from_axes(lo, hi, horizontal)
            if lo[0] >= hi[0] or lo[1] >= hi[1]:
                break
        if lo[0] < hi[0] and lo[1] < hi[1]:
            out.append(cand)
        else:
            out.extend(Rect(x - 0.05, y - 0.05, x + 0.05, y + 0.05) for x, y in map(center, shr))
    return out


_EPS = 0.01


def _from_axes(lo: list[float], hi: list[float], horizontal: bool) -> Rect:
    if horizontal:
        return Rect(lo[0], lo[1], hi[0], hi[1])
    return Rect(lo[1], lo[0], hi[1], hi[0])


def burn_boxes(doc: pymupdf.Document, boxes: Sequence[Box]) -> int:
    """Apply ``boxes`` page by page; return how many boxes carry a printed code.

    Two passes per page: first the text (glyphs whose centre lies in a box, see ``removal_rects``),
    then images (pixels under the whole box blanked) and vector graphics inside the box.
    """
    by_page: dict[int, list[Box]] = defaultdict(list)
    for b in boxes:
        by_page[b.page].append(b)
    labelled = 0
    for pno in sorted(by_page):
        page = doc[pno]
        page_boxes = by_page[pno]
        text = extract_page(page)
        for b in page_boxes:
            for r in removal_rects(text, b.rect):
                page.add_redact_annot(pymupdf.Rect(r.as_tuple()), cross_out=False)
        page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE,
                              graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
                              text=pymupdf.PDF_REDACT_TEXT_REMOVE)
        for b in page_boxes:
            page.add_redact_annot(pymupdf.Rect(b.rect.as_tuple()), cross_out=False)
        page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_PIXELS,
                              graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_COVERED,
                              text=pymupdf.PDF_REDACT_TEXT_NONE)
        shape = page.new_shape()
        for b in page_boxes:
            shape.draw_rect(pymupdf.Rect(b.rect.as_tuple()))
        shape.finish(fill=(0, 0, 0), color=None, width=0)
        for b in page_boxes:
            labelled += _label(shape, pymupdf.Rect(b.rect.as_tuple()), b.ground)
        shape.commit()
    return labelled


def _pattern(texts: Iterable[str]) -> re.Pattern[str] | None:
    uniq = sorted({t for t in texts if t.strip()}, key=len, reverse=True)
    if not uniq:
        return None
    return re.compile("|".join(re.escape(t) for t in uniq), re.IGNORECASE)


def scrub(doc: pymupdf.Document, redacted: Iterable[str], code_for: dict[str, str]) -> list[str]:
    """Remove or redact everything outside the page content that can carry personal data.

    ``code_for`` maps a redacted string (lower case) to its ground code for in-place replacement.
    Returns notes for the log (counts only, never the removed text).
    """
    notes: list[str] = []
    pat = _pattern(redacted)

    def sub(value: str) -> str:
        if not value or pat is None:
            return value
        return pat.sub(lambda m: f"[{code_for.get(m.group(0).lower(), '5.1.2e')}]", value)

    removed_annots = 0
    cleared_fields = 0
    for page in doc:
        for annot in list(page.annots() or ()):
            if annot.type[0] not in _KEEP_ANNOTS:
                page.delete_annot(annot)
                removed_annots += 1
        for widget in list(page.widgets() or ()):
            value = widget.field_value
            if isinstance(value, str) and pat is not None and pat.search(value):
                widget.field_value = sub(value)
                widget.update()
                cleared_fields += 1
    if removed_annots:
        notes.append(f"{removed_annots} annotation(s) (comments, stamps, notes) removed")
    if cleared_fields:
        notes.append(f"{cleared_fields} form field value(s) redacted")

    meta = doc.metadata or {}
    new_meta = {k: sub(v or "") for k, v in meta.items() if k in ("title", "subject", "keywords", "creator",
                                                                     "producer")}
    new_meta["author"] = ""
    doc.set_metadata(new_meta)

    toc = doc.get_toc(simple=False)
    if toc and pat is not None:
        changed = False
        for entry in toc:
            new_title = sub(entry[1])
            if new_title != entry[1]:
                entry[1] = new_title
                changed = True
        if changed:
            doc.set_toc(toc)
            notes.append("bookmark titles redacted")

    n_files = doc.embfile_count()
    doc.scrub(
        attached_files=True, clean_pages=False, embedded_files=True, hidden_text=False, javascript=True,
        metadata=False, redactions=False, redact_images=0, remove_links=False, reset_fields=False,
        reset_responses=True, thumbnails=True, xml_metadata=True,
    )
    if n_files:
        notes.append(f"{n_files} embedded file(s) removed")
    return notes


def to_bytes(doc: pymupdf.Document) -> bytes:
    """Serialise with full garbage collection and compression (never incremental)."""
    return doc.tobytes(garbage=4, deflate=True, deflate_images=True, deflate_fonts=True, no_new_id=False)
