"""Bring every place that can carry text into the page content, or remove it, before extraction.

``prepare(doc)`` runs right after triage, on the in-memory copy, identically before analysis and before
burn-in (so the geometry the reviewer saw is the geometry that is burnt). What it does, per item (the
README's "What is redacted where" is the user-facing version of this list):

- optional content (layers): every layer is switched on, so hidden layers are extracted, checked and
  redacted like the rest; the output shows all layers (nothing stays hidden in it);
- working-note annotations (sticky notes, pop-ups, text mark-up, ink, sounds, file attachments, pending
  redaction marks, …) are removed with their contents and author fields;
- visible annotations (free text, stamps, shapes) and form fields are *baked*: their appearance becomes
  page content (checked and redacted like page text) and their dictionaries — contents, author, field
  names and values — are removed; the output has no interactive form;
- signature values (which name the signer and hold the certificate), the XFA part of a hybrid form and
  the catalog's permission dictionary are removed;
- text outside the visible page area (the CropBox) is removed: no viewer shows it, but every extractor
  finds it;
- fonts whose glyphs have no Unicode mapping are reported (``Prepared.unreadable_pages``): such text
  cannot be checked by any extractor and the document needs a human review.

Guarantees: it only ever changes the in-memory document; MuPDF failures inside one object are skipped
when the object can be dropped instead (an unreadable annotation is removed), otherwise they propagate
to the caller, which converts them into a ``ProcessingError``. Notes name counts, never content.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

import pymupdf

_KEEP_AND_BAKE = {
    pymupdf.PDF_ANNOT_FREE_TEXT, pymupdf.PDF_ANNOT_STAMP, pymupdf.PDF_ANNOT_SQUARE, pymupdf.PDF_ANNOT_CIRCLE,
    pymupdf.PDF_ANNOT_LINE, pymupdf.PDF_ANNOT_POLYGON, pymupdf.PDF_ANNOT_POLY_LINE,
    pymupdf.PDF_ANNOT_WIDGET,
}
_BIG = 1.0e5  # half the side of the temporary page used to find text outside the CropBox
_UNMAPPED = ("\ufffd",)


@dataclass(slots=True)
class Prepared:
    notes: list[str] = field(default_factory=list)
    unreadable_pages: list[int] = field(default_factory=list)  # 1-based


def _key(doc: pymupdf.Document, xref: int, key: str) -> tuple[str, str]:
    try:
        return doc.xref_get_key(xref, key)
    except Exception:
        return ("null", "null")


def show_all_layers(doc: pymupdf.Document) -> int:
    """Switch every optional-content group on in the default configuration; return how many there are."""
    cat = doc.pdf_catalog()
    kind, ocgs = _key(doc, cat, "OCProperties/OCGs")
    if kind != "array":
        return 0
    n = ocgs.count(" R")
    doc.xref_set_key(cat, "OCProperties/D/BaseState", "/ON")
    doc.xref_set_key(cat, "OCProperties/D/ON", ocgs)
    doc.xref_set_key(cat, "OCProperties/D/OFF", "[]")
    for key in ("AS", "Locked"):
        if _key(doc, cat, f"OCProperties/D/{key}")[0] != "null":
            doc.xref_set_key(cat, f"OCProperties/D/{key}", "null")
    doc.xref_set_key(cat, "OCProperties/Configs", "null")
    return n


def _remove_signatures_and_xfa(doc: pymupdf.Document) -> int:
    cat = doc.pdf_catalog()
    if _key(doc, cat, "AcroForm/XFA")[0] != "null":
        doc.xref_set_key(cat, "AcroForm/XFA", "null")
    if _key(doc, cat, "Perms")[0] != "null":
        doc.xref_set_key(cat, "Perms", "null")
    removed = 0
    for xref in range(1, doc.xref_length()):
        if _key(doc, xref, "Type")[1] in ("/Sig", "/DocTimeStamp") or (
            _key(doc, xref, "Filter")[1] == "/Adobe.PPKLite" and _key(doc, xref, "Contents")[0] != "null"
        ):
            try:
                doc.update_object(xref, "<<>>")
                removed += 1
            except Exception:
                continue
    return removed


def _blank(doc: pymupdf.Document, xref: int) -> None:
    with contextlib.suppress(Exception):
        doc.update_object(xref, "<<>>")


def remove_notes_and_bake(doc: pymupdf.Document) -> tuple[int, int]:
    """Remove working-note annotations, bake visible ones and form fields. Returns (removed, baked)."""
    removed = baked = 0
    for page in doc:
        for xref, kind, _ in page.annot_xrefs():
            if kind == pymupdf.PDF_ANNOT_LINK:
                continue
            if kind in _KEEP_AND_BAKE:
                baked += 1
                continue
            try:
                annot = page.load_annot(xref)
                if annot is not None:
                    page.delete_annot(annot)
            except Exception:  # a pop-up already removed with its parent, or an unreadable object
                pass
            _blank(doc, xref)
            removed += 1
    if baked:
        doc.bake(annots=True, widgets=True)
    cat = doc.pdf_catalog()
    if _key(doc, cat, "AcroForm")[0] != "null":
        doc.xref_set_key(cat, "AcroForm", "null")
    return removed, baked


def strip_outside_cropbox(page: pymupdf.Page) -> int:
    """Remove the text whose glyph centre lies outside the page's visible area; return how many glyphs.

    The page is enlarged temporarily (MuPDF extracts only inside the CropBox), the glyphs outside the
    original area get a dot-sized text-only redaction, then MediaBox, CropBox and rotation are restored.
    """
    doc = page.parent
    if doc is None or not doc.xref_object(page.xref, compressed=True).startswith("<<"):
        return 0  # a page whose dictionary is missing (damaged file): it has no content to show
    rotation, mediabox, cropbox = page.rotation, page.mediabox, page.cropbox
    if rotation:
        page.set_rotation(0)
    visible_pdf = page.rect * ~page.transformation_matrix
    page.set_mediabox(pymupdf.Rect(-_BIG, -_BIG, _BIG, _BIG))
    visible = visible_pdf * page.transformation_matrix
    dots: list[pymupdf.Rect] = []
    for block in page.get_text("rawdict", flags=0).get("blocks", ()):
        for line in block.get("lines", ()):
            for span in line["spans"]:
                for ch in span.get("chars", ()):
                    x0, y0, x1, y1 = ch["bbox"]
                    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
                    if not (visible.x0 <= cx <= visible.x1 and visible.y0 <= cy <= visible.y1):
                        dots.append(pymupdf.Rect(cx - 0.01, cy - 0.01, cx + 0.01, cy + 0.01))
    if dots:
        for r in dots:
            page.add_redact_annot(r, cross_out=False)
        page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE, graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
                              text=pymupdf.PDF_REDACT_TEXT_REMOVE)
    page.set_mediabox(mediabox)
    page.set_cropbox(cropbox)
    if rotation:
        page.set_rotation(rotation)
    return len(dots)


def unreadable_fonts(doc: pymupdf.Document, page: pymupdf.Page) -> bool:
    """True when the page draws text with a font that has no reliable Unicode mapping."""
    for xref, _ext, ftype, _base, _name, encoding, *_ in page.get_fonts(full=True):
        if xref <= 0 or _key(doc, xref, "ToUnicode")[0] != "null":
            continue
        if ftype == "Type3":
            return True
        if ftype == "Type0" and encoding.startswith("Identity"):
            ordering = _key(doc, xref, "DescendantFonts/0/CIDSystemInfo/Ordering")[1]
            if ordering in ("(Identity)", "null", ""):
                return True
    return False


def prepare(doc: pymupdf.Document, *, pages: bool = True) -> Prepared:
    """Apply the policy of the module docstring to ``doc`` (in place) and report what was done.

    ``pages=False`` leaves out the page-by-page part (text beyond the visible area, unmapped fonts): a
    caller that reads every page anyway does it per page with ``visible_textpage`` and
    ``unreadable_page``, reusing the text page for its extraction."""
    out = Prepared()
    if show_all_layers(doc):
        out.notes.append("optional content: all layers switched on (hidden layers were checked too)")
    sigs = _remove_signatures_and_xfa(doc)
    if sigs:
        out.notes.append(f"{sigs} digital signature value(s) removed")
    removed, baked = remove_notes_and_bake(doc)
    if removed:
        out.notes.append(f"{removed} annotation(s) (comments, notes, marked-up text, attachments) removed")
    if baked:
        out.notes.append(f"{baked} form field(s) and visible annotation(s) made part of the page")
    if not pages:
        return out
    offpage = 0
    for page in doc:
        tp, stripped = visible_textpage(page, 0)
        offpage += stripped
        text = tp.extractText() if tp is not None else page.get_text("text", flags=0)
        if unreadable_page(doc, page, text):
            out.unreadable_pages.append((page.number or 0) + 1)
    if offpage:
        out.notes.append(offpage_note(offpage))
    return out


def offpage_note(glyphs: int) -> str:
    return f"{glyphs} character(s) of text outside the visible page area removed"


def visible_textpage(page: pymupdf.Page, flags: int) -> tuple[pymupdf.TextPage | None, int]:
    """Remove the page's text beyond its visible area; return a text page of it (extracted with
    ``flags``) and how many glyphs were removed.

    One unclipped text page serves the check and, when nothing lies outside (the normal case), the
    caller's extraction: it then holds exactly what a clipped one would. When glyphs were removed the
    text page is ``None``: the caller extracts the changed page as usual."""
    tp = page.get_textpage(clip=pymupdf.INFINITE_RECT(), flags=flags)
    if not _text_outside(tp, page.rect):
        return tp, 0
    return None, strip_outside_cropbox(page)


def unreadable_page(doc: pymupdf.Document, page: pymupdf.Page, text: str) -> bool:
    """True when the page's text (``text``, as extracted) cannot be trusted: replacement characters or
    fonts without a Unicode mapping."""
    return any(u in text for u in _UNMAPPED) or unreadable_fonts(doc, page)


def _text_outside(tp: pymupdf.TextPage, visible: pymupdf.Rect) -> bool:
    """True when a text block of ``tp`` (extracted without clipping) reaches beyond ``visible``: then
    some glyph may lie outside and ``strip_outside_cropbox`` decides glyph by glyph."""
    return any(
        not (visible.x0 <= x0 and y0 >= visible.y0 and x1 <= visible.x1 and y1 <= visible.y1)
        for x0, y0, x1, y1, _text, _no, kind in tp.extractBLOCKS()
        if kind == 0
    )
