"""Burn redactions into a PDF for real and scrub what lies outside the page content.

Guarantees (for the document object given; the caller opened it from bytes, the input file is never
touched):
- text under a box is removed from the content stream (MuPDF ``apply_redactions``), image pixels under
  it are blanked, vector graphics fully inside it are removed;
- each box is filled black and carries its Woo ground code in white, as large as fits (down to 2 pt;
  a box too small for even that keeps no label — the log is the record);
- annotations are removed or kept by the policy in ``scrub``; form field values containing a redacted
  string are redacted;
- document info: the author is removed, redacted strings in title/subject/keywords/creator/producer
  and in bookmark titles are replaced by the ground code; XMP metadata, embedded files, attachments,
  JavaScript and thumbnails are removed;
- every string in every object (bookmarks also in looping outline trees, page labels, structure tree,
  link targets) has redacted strings replaced by the ground code (``sidechannels.rewrite``);
- ``to_bytes`` saves with garbage collection and compression, never incrementally, twice, so no earlier
  revision or orphaned stream survives.

Since triage's ``hidden.prepare`` runs first, annotations and form fields normally no longer exist here
(notes removed, visible ones baked into the page); the annotation policy in ``scrub`` is the safety net.
MuPDF's ``apply_redactions`` (1.28) descends into Form XObjects (copying shared ones per page, also
nested) and removes Type3 glyphs like any other; invisible (render mode 3) text is removed where it lies.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

import numpy as np
import pymupdf

from redact.models import Box, PageText, Rect
from redact.pdf.text import Glyphs, center, extract_page, is_horizontal

LABEL_FONT = "helv"
_MIN_LABEL_PT = 2.0
_MAX_LABEL_PT = 9.0
_KEEP_VISIBLE = {pymupdf.PDF_ANNOT_FREE_TEXT, pymupdf.PDF_ANNOT_STAMP}


def _label(shape: pymupdf.Shape, rect: pymupdf.Rect, code: str) -> bool:
    """Print ``code`` centred in ``rect`` in white; False when it cannot fit legibly. Box and code are
    marked content with an alternate description for assistive technology (``publish.accessibility``).

    The text operators are those ``Shape.insert_text`` writes for a simple font (same placement,
    colours and font resource), appended directly: ``insert_text`` would look the font up in the
    page's resources again for every box. The caller inserts the font once per page
    (``page.insert_font(fontname=LABEL_FONT)``)."""
    from redact.publish.accessibility import described_box

    with described_box(shape, rect, code):
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


def burn_boxes(doc: pymupdf.Document, boxes: Sequence[Box], pages: Sequence[PageText] | None = None) -> int:
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
        labelled += burn_page(page, pages[pno] if pages is not None else extract_page(page), by_page[pno])
    return labelled


def burn_page(page: pymupdf.Page, text: PageText, page_boxes: Sequence[Box],
              glyphs: Glyphs | None = None) -> int:
    """Burn ``page_boxes`` into ``page``, whose text and geometry is ``text`` (its ``extract_page``
    before any change); return how many boxes carry a printed code.

    Two passes: first the text (glyphs whose centre lies in a box, see ``removal_rects``), then
    images (pixels under the whole box blanked) and vector graphics inside the box. ``glyphs``:
    ``Glyphs(text)`` if the caller has it already.
    """
    if not page_boxes:
        return 0
    glyphs = glyphs if glyphs is not None else Glyphs(text)
    _redact(page, [r for b in page_boxes for r in removal_rects(text, b.rect, glyphs)],
            text=pymupdf.PDF_REDACT_TEXT_REMOVE, images=pymupdf.PDF_REDACT_IMAGE_NONE,
            graphics=pymupdf.PDF_REDACT_LINE_ART_NONE)
    _redact(page, [b.rect for b in page_boxes], text=pymupdf.PDF_REDACT_TEXT_NONE,
            images=pymupdf.PDF_REDACT_IMAGE_PIXELS, graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_COVERED)
    _ensure_label_font(page)  # once per page, for every label (see _label)
    shape = page.new_shape()
    for b in page_boxes:
        shape.draw_rect(pymupdf.Rect(b.rect.as_tuple()))
    shape.finish(fill=(0, 0, 0), color=None, width=0)
    labelled = 0
    for b in page_boxes:
        labelled += _label(shape, pymupdf.Rect(b.rect.as_tuple()), b.ground)
    shape.commit()
    return labelled


def _pattern(texts: Iterable[str]) -> re.Pattern[str] | None:
    uniq = sorted({t for t in texts if t.strip()}, key=len, reverse=True)
    if not uniq:
        return None
    return re.compile("|".join(re.escape(t) for t in uniq), re.IGNORECASE)


def scrub(doc: pymupdf.Document, boxes: Sequence[Box], code_for: dict[str, str]) -> list[str]:
    """Remove or redact everything outside the page content that can carry personal data.

    Annotation policy: comments, notes, pop-ups, attachments, sounds, ink and text mark-up are internal
    working notes and are removed; stamps and free-text annotations (visible parts of the document, e.g.
    a "Document 12" stamp) are kept with their author field blanked, unless they mention a redacted
    string or lie over a box. Links that point to a redacted string (``mailto:``) or lie over a box are
    removed. ``code_for`` maps a redacted string (lower case) to its ground code for in-place replacement.
    Returns notes for the log (counts only, never the removed text).
    """
    notes: list[str] = []
    pat = _pattern(b.text for b in boxes)

    def sub(value: str) -> str:
        if not value or pat is None:
            return value
        return pat.sub(lambda m: f"[{code_for.get(m.group(0).lower(), '5.1.2e')}]", value)

    removed_annots = 0
    removed_links = 0
    cleared_fields = 0
    rects_by_page: dict[int, list[pymupdf.Rect]] = defaultdict(list)
    for b in boxes:
        rects_by_page[b.page].append(pymupdf.Rect(b.rect.as_tuple()))
    for page in doc:
        boxes_here = rects_by_page.get(page.number or 0, [])
        for xref, kind, _ in page.annot_xrefs():
            if kind in (pymupdf.PDF_ANNOT_LINK, pymupdf.PDF_ANNOT_WIDGET):
                continue
            try:
                annot = page.load_annot(xref)
            except Exception:  # a pop-up already removed together with its parent note
                continue
            if annot is None:
                continue
            info = annot.info
            hit = pat is not None and pat.search(" ".join(str(v) for v in info.values() if v))
            if kind in _KEEP_VISIBLE and not hit and not any(annot.rect.intersects(r) for r in boxes_here):
                annot.set_info(title="")  # the author of a stamp is a person too
                annot.update()
                continue
            page.delete_annot(annot)
            _blank_object(doc, xref)
            removed_annots += 1
        for link in page.get_links():
            uri = str(link.get("uri") or link.get("file") or "")
            if (pat is not None and pat.search(uri)) or any(link["from"].intersects(r) for r in boxes_here):
                page.delete_link(link)
                _blank_object(doc, link.get("xref", 0))
                removed_links += 1
        for widget in list(page.widgets() or ()):
            value = widget.field_value
            if isinstance(value, str) and pat is not None and pat.search(value):
                widget.field_value = sub(value)
                widget.update()
                cleared_fields += 1
    if removed_annots:
        notes.append(f"{removed_annots} annotation(s) (comments, notes, marked-up text) removed")
    if removed_links:
        notes.append(f"{removed_links} link(s) to or over redacted data removed")
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

    n_files = _remove_embedded_files(doc)
    if n_files:
        notes.append(f"{n_files} embedded file(s) removed")
    n_js, n_str = _scrub_objects(doc, pat, lambda m: f"[{code_for.get(m.group(0).lower(), '5.1.2e')}]")
    if n_js:
        notes.append(f"{n_js} JavaScript action(s) removed")
    if n_str:
        notes.append(f"{n_str} object(s) outside the page text (bookmarks, labels, tags, …) redacted")
    from redact.publish.accessibility import set_language_and_title

    set_language_and_title(doc, sub)  # /Lang nl-NL and a title without redacted strings (accessibility)
    return notes


def _blank_object(doc: pymupdf.Document, xref: int) -> None:
    """Empty a removed annotation's object: a tagged PDF's structure tree still references it, so
    garbage collection alone would keep it (with its text) in the file."""
    if xref > 0:
        with contextlib.suppress(Exception):
            doc.update_object(xref, "<<>>")


_ANNOT_SUBTYPES = {
    "/Link", "/Text", "/FreeText", "/Line", "/Square", "/Circle", "/Polygon", "/PolyLine", "/Highlight",
    "/Underline", "/Squiggly", "/StrikeOut", "/Stamp", "/Caret", "/Ink", "/Popup", "/FileAttachment",
    "/Sound", "/Movie", "/Redact", "/Screen", "/Watermark", "/RichMedia",
}
# how an annotation's subtype appears in MuPDF's compact serialisation of its object (with or without
# the space some writers keep): other objects with a /Subtype (fonts, images, forms) are not looked up
_ANNOT_MARKERS = tuple(f"/Subtype{sep}{kind}" for kind in sorted(_ANNOT_SUBTYPES) for sep in ("", " "))


def _blank_if_orphan_annotation(doc: pymupdf.Document, xref: int) -> bool:
    """Empty ``xref`` when it is an annotation object (that no page shows any more: the caller checks):
    removed by us or by MuPDF's redaction, or orphaned in the original, structure trees keep such
    objects alive through garbage collection. True when it was emptied."""
    try:
        if doc.xref_get_key(xref, "Subtype")[1] in _ANNOT_SUBTYPES and doc.xref_get_key(xref, "Rect")[0] != "null":
            doc.update_object(xref, "<<>>")
            return True
    except Exception:
        pass
    return False


_SCRUB_MARKERS = ("/JavaScript", "/Metadata", "/Thumb", "/AA")


def _holds(text: str | None, markers: tuple[str, ...]) -> bool:
    """False only when the object's own text (MuPDF's canonical serialisation of its dictionary,
    where every key and name value appears as ``/Name``) contains none of ``markers``: then none of
    the per-key look-ups that follow can match, and one test replaces several. An object that
    cannot be serialised (``text`` None) is looked at key by key."""
    return text is None or any(m in text for m in markers)


def _remove_embedded_files(doc: pymupdf.Document) -> int:
    names = doc.embfile_names()
    for name in names:
        doc.embfile_del(name)
    return len(names)


def _scrub_objects(doc: pymupdf.Document, pat: re.Pattern[str] | None,
                   repl: Callable[[re.Match[str]], str]) -> tuple[int, int]:
    """One pass over every object: empty annotation objects no page shows (``_blank_if_orphan_annotation``),
    neutralise JavaScript, drop XMP streams and page thumbnails, and rewrite the strings in which ``pat``
    matches (``sidechannels.rewrite``). Returns (JavaScript actions removed, objects rewritten).

    Unlike ``Document.scrub`` this tolerates unreadable objects in damaged files (they are skipped;
    garbage collection on save drops what is unreferenced).
    """
    from redact.pdf.sidechannels import rewrite

    live = {x for page in doc for x, _, _ in page.annot_xrefs()}
    pdf = pymupdf._as_pdf_document(doc)  # PyMuPDF's own accessor of the underlying pdf_document
    js = rewritten = 0
    for xref in range(1, doc.xref_length()):
        if not pymupdf.mupdf.pdf_object_exists(pdf, xref):
            continue  # a free entry (e.g. an applied redaction annotation, see _redact): nothing to scrub
        try:
            text: str | None = doc.xref_object(xref, compressed=True)
        except Exception:
            text = None
        if xref not in live and _holds(text, _ANNOT_MARKERS) and _blank_if_orphan_annotation(doc, xref):
            continue
        if _holds(text, _SCRUB_MARKERS):
            changed, was_js = _scrub_object(doc, xref)
            js += was_js
            if changed:
                try:
                    text = doc.xref_object(xref, compressed=True)
                except Exception:
                    text = None
        if pat is None or text is None:
            continue
        new, n = rewrite(text.encode("latin-1", "replace"), pat, repl)
        if n:
            try:
                doc.update_object(xref, new.decode("latin-1"))
                rewritten += 1
            except Exception:
                continue
    for key in ("Names/JavaScript", "OpenAction"):
        try:
            kind, value = doc.xref_get_key(doc.pdf_catalog(), key)
            if kind != "null" and (key != "OpenAction" or "JavaScript" in value or "JS" in value):
                doc.xref_set_key(doc.pdf_catalog(), key, "null")
        except Exception:
            continue
    return js, rewritten


def _scrub_object(doc: pymupdf.Document, xref: int) -> tuple[bool, bool]:
    """JavaScript neutralised, an XMP stream emptied, /Metadata, /Thumb and /AA keys dropped in one
    object; returns (changed, was JavaScript)."""
    try:
        if doc.xref_get_key(xref, "S")[1] == "/JavaScript":
            doc.update_object(xref, "<</S/JavaScript/JS()>>")
            return True, True
        if doc.xref_get_key(xref, "Type")[1] == "/Metadata":
            doc.update_object(xref, "<<>>")
            doc.update_stream(xref, b"deleted", new=True)
            return True, False
        changed = False
        for key in ("Metadata", "Thumb", "AA"):
            if doc.xref_get_key(xref, key)[0] != "null":
                doc.xref_set_key(xref, key, "null")
                changed = True
        return changed, False
    except Exception:  # an unreadable object: nothing in it can be shown or extracted either
        return False, False


def to_bytes(doc: pymupdf.Document) -> bytes:
    """Serialise with full garbage collection and compression (never incremental).

    Twice for a file with incremental updates (or one MuPDF had to repair): MuPDF's first collection can
    keep objects that only an earlier revision referenced (seen with reused object numbers, qpdf's
    ``incremental-1.pdf``: the old content stream survived); the second pass over the rewritten file
    drops them. A file of one revision is saved once. Deterministic: ``no_new_id`` keeps the trailer
    ``/ID`` MuPDF would otherwise draw at random, so an interrupted and resumed batch writes exactly what
    an uninterrupted one does.
    """
    once = doc.version_count <= 1 and not doc.is_repaired  # asked first: saving collects in place
    first = doc.tobytes(garbage=4, deflate=True, deflate_images=True, deflate_fonts=True, no_new_id=True)
    if once:
        return first
    with pymupdf.open(stream=first, filetype="pdf") as again:
        return again.tobytes(garbage=4, deflate=True, no_new_id=True)
