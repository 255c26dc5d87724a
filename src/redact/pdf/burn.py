"""Burn redactions into a PDF for real: black boxes with the Woo ground code, text and pixels removed.

Guarantees (for the document object given; the caller opened it from bytes, the input file is never
touched):
- text under a box is removed from the content stream (MuPDF's redaction), image pixels under it are
  blanked, vector graphics fully inside it are removed; glyphs of neighbouring lines stay
  (``removal_rects``);
- each box is filled black and carries its Woo ground code in white, as large as fits (down to 2 pt;
  a box too small for even that keeps no label — the log is the record), inside a marked-content
  sequence whose ``/Alt`` describes the ground (``pdf.accessibility``).

MuPDF's redaction (1.28) descends into Form XObjects (copying shared ones per page, also nested) and
removes Type3 glyphs like any other; invisible (render mode 3) text is removed where it lies. What lies
outside the page content (annotations, metadata, bookmarks, attachments) is ``pdf.scrub``'s.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Mapping, Sequence

import numpy as np
import pymupdf

from redact.models import Box, PageText, Rect
from redact.pdf.accessibility import described_box
from redact.pdf.text import Glyphs, center, extract_page, is_horizontal

LABEL_FONT = "helv"
_MIN_LABEL_PT = 2.0
_MAX_LABEL_PT = 9.0


def _label(shape: pymupdf.Shape, rect: pymupdf.Rect, code: str, description: str) -> bool:
    """Print ``code`` centred in ``rect`` in white; False when it cannot fit legibly. Box and code are
    marked content with ``description`` as alternate text for assistive technology (``pdf.accessibility``).

    The text operators are those ``Shape.insert_text`` writes for a simple font (same placement,
    colours and font resource), appended directly: ``insert_text`` would look the font up in the
    page's resources again for every box. The caller inserts the font once per page
    (``page.insert_font(fontname=LABEL_FONT)``)."""
    with described_box(shape, rect, description):
        unit = _unit_width(code)
        size = min(_MAX_LABEL_PT, rect.height * 0.78, (rect.width - 1.0) / unit if unit else 0.0)
        if size < _MIN_LABEL_PT:
            return False
        width = unit * size
        x = rect.x0 + (rect.width - width) / 2
        y = rect.y0 + rect.height / 2 + size * 0.35
        left, top = x + shape.x, shape.height - y - shape.y
        shape.text_cont += (
            f"\nq\nBT\n1 0 0 1 {_num(left)} {_num(top)} Tm\n/{LABEL_FONT} {_num(size)} Tf "
            f"1 1 1 RG 1 1 1 rg [<{code.encode('latin-1').hex()}>]TJ\nET\nQ\n"
        )
        return True


def _ensure_label_font(page: pymupdf.Page) -> None:
    """Make ``LABEL_FONT`` (Helvetica) a font resource of ``page``, as ``page.insert_font`` does.

    ``insert_font`` first lists every font the page uses (≈0.6 ms a page) and makes a new font object
    for every page. Here the page's font resources are looked up directly, and one font object per
    document (MuPDF's base-14 Helvetica, as ``insert_font`` makes it) serves every page; its xref is
    kept on the document object for the document's lifetime."""
    mupdf = pymupdf.mupdf
    doc = page.parent
    pdf_page = page._pdf_page()
    pdf = pdf_page.doc()
    resources = mupdf.pdf_dict_get_inheritable(pdf_page.obj(), mupdf.PDF_ENUM_NAME_Resources)
    if not mupdf.pdf_is_dict(resources):
        resources = mupdf.pdf_dict_put_dict(pdf_page.obj(), mupdf.PDF_ENUM_NAME_Resources, 2)
    fonts = mupdf.pdf_dict_get(resources, mupdf.PDF_ENUM_NAME_Font)
    if mupdf.pdf_is_dict(fonts) and mupdf.pdf_dict_gets(fonts, LABEL_FONT).m_internal:
        return  # the page has it (a label drawn earlier, or the document's own font of that name)
    if not mupdf.pdf_is_dict(fonts):
        fonts = mupdf.pdf_dict_put_dict(resources, mupdf.PDF_ENUM_NAME_Font, 2)
    xref = getattr(doc, "_redact_label_font", 0)
    if not xref:
        font = mupdf.pdf_add_simple_font(pdf, mupdf.fz_new_base14_font("Helvetica"), mupdf.PDF_SIMPLE_ENCODING_LATIN)
        xref = doc._redact_label_font = mupdf.pdf_to_num(font)
    mupdf.pdf_dict_puts(fonts, LABEL_FONT, mupdf.pdf_new_indirect(pdf, xref, 0))


def _num(v: float) -> str:
    """A number for a content stream: at most 5 decimals, no trailing zeros."""
    out = f"{v:.5f}".rstrip("0").rstrip(".")
    return "0" if out in ("", "-0") else out


@functools.lru_cache(maxsize=64)
def _unit_width(code: str) -> float:
    """Width of ``code`` at 1 pt in the label font (the same few codes on every box: computed once)."""
    return float(pymupdf.get_text_length(code, fontname=LABEL_FONT, fontsize=1.0))


def _touches(a: Rect, b: Rect) -> bool:
    return a.x0 <= b.x1 and b.x0 <= a.x1 and a.y0 <= b.y1 and b.y0 <= a.y1


def removal_rects(page: PageText, display: Rect, glyphs: Glyphs | None = None) -> list[Rect]:
    """Rectangles that make MuPDF remove exactly the glyphs whose centre lies in ``display``.

    MuPDF removes a glyph when its box, shrunk by 10 %, touches a redaction rectangle; glyph boxes
    overlap those of neighbouring lines, so the display box itself would eat neighbours. Per line
    of target glyphs we take the band all of them share and cut it back until no other glyph's
    shrunk box touches it; where that is impossible a dot on each target's centre remains (the
    verification then reports any collateral loss). ``glyphs`` (the page's ``Glyphs``, built once
    per page) makes this fast; the arithmetic is that of the scalar helpers, so the result does not
    depend on whether it is given.
    """
    g = glyphs if glyphs is not None else Glyphs(page)
    if not len(g.index):
        return []
    shrunk = g.shrunk()
    inside = g.centre_in(display)
    ks = np.flatnonzero(inside)
    if not len(ks):
        return []
    lines_k = g.line[ks]
    first_seen = np.unique(lines_k, return_index=True)
    other = ~inside
    out: list[Rect] = []
    # the lines of the target glyphs in page order, as a dict filled glyph by glyph would list them
    for line in first_seen[0][np.argsort(first_seen[1], kind="stable")].tolist():
        sel = shrunk[ks[lines_k == line]]
        horizontal = is_horizontal(page.line_dirs[line])
        # along: the writing axis (index 0 = x), across: the other one
        a, c = (0, 1) if horizontal else (1, 0)
        # min and max are exact, so these equal the scalar loops over the targets' boxes
        lo = [float(sel[:, a].min()), float(sel[:, c].max())]
        hi = [float(sel[:, a + 2].max()), float(sel[:, c + 2].min())]
        shr = [Rect(*row) for row in sel.tolist()]
        if lo[1] >= hi[1]:  # targets of different sizes share no band: use their common centre line
            mid = sum(center(r)[c] for r in shr) / len(shr)
            lo[1], hi[1] = mid - 0.05, mid + 0.05
        cand = _from_axes(lo, hi, horizontal)
        # The candidate only shrinks below, so only glyphs touching it now can matter; they are
        # visited in page order, as a plain loop over all glyphs would.
        near = other & (cand.x0 <= shrunk[:, 2]) & (shrunk[:, 0] <= cand.x1) & (
            cand.y0 <= shrunk[:, 3]) & (shrunk[:, 1] <= cand.y1)
        for k in np.flatnonzero(near).tolist():
            oline, o = int(g.line[k]), Rect(*shrunk[k].tolist())
            if not _touches(cand, o):
                continue
            axis = a if oline == line else c
            oc = center(o)[axis]
            mid = (lo[0 if axis == a else 1] + hi[0 if axis == a else 1]) / 2
            kk = 0 if axis == a else 1
            if oc < mid:
                lo[kk] = max(lo[kk], o.as_tuple()[axis + 2] + _EPS)
            else:
                hi[kk] = min(hi[kk], o.as_tuple()[axis] - _EPS)
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


def _redact(page: pymupdf.Page, rects: Sequence[Rect], *, text: int, images: int, graphics: int) -> None:
    """MuPDF's redaction of ``rects`` (extraction coordinates) on ``page`` with the given options.

    Exactly what ``Page.add_redact_annot`` (no fill, no overlay text, no cross) for each rectangle and
    one ``Page.apply_redactions`` do — the same MuPDF calls, with the page's rotation set to 0 while
    the annotations are placed, as PyMuPDF does — without PyMuPDF's per-annotation bookkeeping (an
    id search over all of the page's annotations per annotation, a rotation reset per annotation, an
    appearance stream, a Python ``Annot``), which cost more than the redaction itself.
    """
    if not rects:
        return
    mupdf = pymupdf.mupdf
    rotation = page.rotation
    if rotation:
        page.set_rotation(0)
    made: list[int] = []
    try:
        pdf_page = page._pdf_page()  # the underlying pdf_page (PyMuPDF's own accessor)
        for r in rects:
            annot = mupdf.pdf_create_annot(pdf_page, mupdf.PDF_ANNOT_REDACT)
            mupdf.pdf_set_annot_rect(annot, mupdf.FzRect(r.x0, r.y0, r.x1, r.y1))
            made.append(mupdf.pdf_to_num(mupdf.pdf_annot_obj(annot)))
    finally:
        if rotation:
            page.set_rotation(rotation)
    opts = mupdf.PdfRedactOptions()
    opts.black_boxes = 0
    opts.text = text
    opts.image_method = images
    opts.line_art = graphics
    pdf = pdf_page.doc()
    if not mupdf.pdf_redact_page(pdf, pdf_page, opts):
        raise RuntimeError("MuPDF could not apply the redactions")
    for num in made:  # applied and unlinked from the page: free their objects now (scrub skips free ones)
        mupdf.pdf_delete_object(pdf, num)


def burn_boxes(doc: pymupdf.Document, boxes: Sequence[Box], pages: Sequence[PageText] | None = None, *,
               descriptions: Mapping[str, str] | None = None) -> int:
    """Apply ``boxes`` page by page; return how many boxes carry a printed code.

    ``pages``: the document's ``PageText`` (from ``extract_page`` on this very document, as
    ``propose`` made them) to save extracting each page again; without it every page with a box
    is extracted here.
    """
    by_page: dict[int, list[Box]] = defaultdict(list)
    for b in boxes:
        by_page[b.page].append(b)
    labelled = 0
    for pno in sorted(by_page):
        page = doc[pno]
        labelled += burn_page(page, pages[pno] if pages is not None else extract_page(page), by_page[pno],
                              descriptions=descriptions)
    return labelled


def burn_page(page: pymupdf.Page, text: PageText, page_boxes: Sequence[Box],
              glyphs: Glyphs | None = None, *, descriptions: Mapping[str, str] | None = None) -> int:
    """Burn ``page_boxes`` into ``page``, whose text and geometry is ``text`` (its ``extract_page``
    before any change); return how many boxes carry a printed code.

    Two passes: first the text (glyphs whose centre lies in a box, see ``removal_rects``), then
    images (pixels under the whole box blanked) and vector graphics inside the box; a signature box
    (HANDTEKENING) also removes every vector path it touches (pen strokes reach beyond the box by
    MuPDF's reckoning, which adds the miter limit to a stroke's extent). ``glyphs``:
    ``Glyphs(text)`` if the caller has it already. ``descriptions``: each ground code's alternate
    text (``pdf.accessibility.box_descriptions`` of the rules in use); a code without one is
    described as ``Weggelakt: <code>``.
    """
    if not page_boxes:
        return 0
    glyphs = glyphs if glyphs is not None else Glyphs(text)
    _redact(page, [r for b in page_boxes for r in removal_rects(text, b.rect, glyphs)],
            text=pymupdf.PDF_REDACT_TEXT_REMOVE, images=pymupdf.PDF_REDACT_IMAGE_NONE,
            graphics=pymupdf.PDF_REDACT_LINE_ART_NONE)
    _redact(page, [b.rect for b in page_boxes], text=pymupdf.PDF_REDACT_TEXT_NONE,
            images=pymupdf.PDF_REDACT_IMAGE_PIXELS, graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_COVERED)
    ink = [b.rect for b in page_boxes if b.category == "HANDTEKENING"]
    if ink:  # pen strokes: MuPDF counts a curve as covered only with a margin of its miter limit
        _redact(page, ink, text=pymupdf.PDF_REDACT_TEXT_NONE, images=pymupdf.PDF_REDACT_IMAGE_NONE,
                graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED)
    _ensure_label_font(page)  # once per page, for every label (see _label)
    shape = page.new_shape()
    for b in page_boxes:
        shape.draw_rect(pymupdf.Rect(b.rect.as_tuple()))
    shape.finish(fill=(0, 0, 0), color=None, width=0)
    labelled = 0
    for b in page_boxes:
        alt = (descriptions or {}).get(b.ground) or f"Weggelakt: {b.ground}"
        labelled += _label(shape, pymupdf.Rect(b.rect.as_tuple()), b.ground, alt)
    shape.commit()
    return labelled


