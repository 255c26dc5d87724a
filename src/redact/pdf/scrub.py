"""Scrub what lies outside the page content, and serialise: the last steps before verification.

Guarantees (for the document object given; the caller opened it from bytes, the input file is never
touched):
- annotations are removed or kept by the policy in ``scrub``; form field values containing a redacted
  string are redacted;
- document info: author, creator and custom keys are removed, redacted strings (on the pages or
  found outside them, ``pdf.sidetexts``) in title/subject/keywords/producer and in bookmark titles are
  replaced by the ground code; XMP metadata, embedded files, attachments, JavaScript and thumbnails
  are removed;
- every string in every object (bookmarks also in looping outline trees, page labels, structure tree,
  link targets) has redacted strings replaced by the ground code (``sidechannels.rewrite``);
- ``to_bytes`` saves with garbage collection and compression, never incrementally, twice when the file
  had incremental updates, so no earlier revision or orphaned stream survives.

Since triage's ``prepare`` runs first, annotations and form fields normally no longer exist here
(notes removed, visible ones baked into the page); the annotation policy in ``scrub`` is the safety net.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import pymupdf

from redact.models import Box
from redact.pdf.accessibility import set_language_and_title

_KEEP_VISIBLE = {pymupdf.PDF_ANNOT_FREE_TEXT, pymupdf.PDF_ANNOT_STAMP}


def _pattern(texts: Iterable[str]) -> re.Pattern[str] | None:
    uniq = sorted({t for t in texts if t.strip()}, key=len, reverse=True)
    if not uniq:
        return None
    return re.compile("|".join(re.escape(t) for t in uniq), re.IGNORECASE)


def scrub(doc: pymupdf.Document, boxes: Sequence[Box], code_for: dict[str, str],
          side: Sequence[str] = ()) -> list[str]:
    """Remove or redact everything outside the page content that can carry personal data.

    Annotation policy: comments, notes, pop-ups, attachments, sounds, ink and text mark-up are internal
    working notes and are removed; stamps and free-text annotations (visible parts of the document, e.g.
    a "Document 12" stamp) are kept with their author field blanked, unless they mention a redacted
    string or lie over a box. Links that point to a redacted string (``mailto:``) or lie over a box are
    removed. ``code_for`` maps a redacted string (lower case) to its ground code for in-place replacement;
    ``side``: personal data found outside the page content (``pdf.sidetexts``), replaced like the boxes'
    texts. Metadata policy: title, subject, keywords and producer are kept with redacted strings
    replaced; author, creator and every custom key of the Info dictionary are removed.
    Returns notes for the log (counts only, never the removed text).
    """
    notes: list[str] = []
    pat = _pattern([*(b.text for b in boxes), *side])

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
    new_meta = {k: sub(v or "") for k, v in meta.items() if k in ("title", "subject", "keywords", "producer")}
    new_meta["author"] = new_meta["creator"] = ""
    doc.set_metadata(new_meta)
    if _remove_custom_info(doc):
        notes.append("custom metadata fields removed")

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
    set_language_and_title(doc, sub)  # /Lang nl-NL and a title without redacted strings (accessibility)
    return notes


_STANDARD_INFO = frozenset({"Title", "Subject", "Keywords", "Producer", "CreationDate", "ModDate", "Trapped"})


def _remove_custom_info(doc: pymupdf.Document) -> int:
    """Remove every key of the Info dictionary besides the kept standard ones (custom keys such as
    ``Afdeling`` or ``SourceModified`` can name anyone); returns how many."""
    try:
        kind, value = doc.xref_get_key(-1, "Info")
        if kind != "xref":
            return 0
        xref = int(value.split()[0])
        extra = [k for k in doc.xref_get_keys(xref) if k not in _STANDARD_INFO and k not in ("Author", "Creator")]
        for k in extra:
            doc.xref_set_key(xref, k, "null")
        return len(extra)
    except Exception:  # a damaged Info entry: its strings are still rewritten object by object
        return 0


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


# the save options of ``to_bytes`` and ``save_to``: full garbage collection, compression, a fixed /ID
_FIRST_PASS: dict[str, Any] = {"garbage": 4, "deflate": True, "deflate_images": True, "deflate_fonts": True,
                               "no_new_id": True}
_SECOND_PASS: dict[str, Any] = {"garbage": 4, "deflate": True, "no_new_id": True}


def _one_pass(doc: pymupdf.Document) -> bool:
    """True for a file of one revision that MuPDF did not repair: one save is enough (see ``to_bytes``)."""
    return bool(doc.version_count <= 1 and not doc.is_repaired)


def to_bytes(doc: pymupdf.Document) -> bytes:
    """Serialise with full garbage collection and compression (never incremental).

    Twice for a file with incremental updates (or one MuPDF had to repair): MuPDF's first collection can
    keep objects that only an earlier revision referenced (seen with reused object numbers, qpdf's
    ``incremental-1.pdf``: the old content stream survived); the second pass over the rewritten file
    drops them. A file of one revision is saved once. Deterministic: ``no_new_id`` keeps the trailer
    ``/ID`` MuPDF would otherwise draw at random, so an interrupted and resumed batch writes exactly what
    an uninterrupted one does.
    """
    once = _one_pass(doc)  # asked first: saving collects in place
    first = doc.tobytes(**_FIRST_PASS)
    if once:
        return first
    with pymupdf.open(stream=first, filetype="pdf") as again:
        return again.tobytes(**_SECOND_PASS)


def save_to(doc: pymupdf.Document, path: str | os.PathLike[str]) -> None:
    """``to_bytes`` written straight into the file ``path`` (the same bytes), for a long document: its
    serialisation is not held in memory (MuPDF's growing buffer and Python's copy of it: twice its size).
    A file saved twice keeps its first pass in memory."""
    if _one_pass(doc):
        doc.save(os.fspath(path), **_FIRST_PASS)
        return
    first = doc.tobytes(**_FIRST_PASS)
    with pymupdf.open(stream=first, filetype="pdf") as again:
        again.save(os.fspath(path), **_SECOND_PASS)
