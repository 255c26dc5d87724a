"""Every text of a PDF outside the page content ("side texts"), collected before anything changes it.

``collect(doc)`` runs in triage, right after the document is opened (and decrypted) and *before*
``prepare`` removes notes, bakes fields and annotations and ``scrub`` rewrites metadata: detection must
see what the author put there, not what is left of it. Places and what the output does with them
(the policy ``scrub`` applies, recorded here as ``SideText.keep``):

- ``metadata Title`` / ``Subject`` / ``Keywords`` / ``Producer``: kept, personal data replaced by the
  ground code;
- ``metadata Author`` / ``Creator`` / ``metadata <custom key>``: removed;
- ``XMP`` (the packet's character data): removed;
- ``bookmark N`` (the N-th title) and ``page labels`` (the prefixes): kept, personal data replaced;
- ``page N annotation`` (contents, author, subject): removed (prepare; a baked appearance is page text);
- ``page N link`` (URI or file): kept unless it holds personal data (then the link is removed);
- ``form field`` (names, labels, values): removed (values are baked into the page and redacted there);
- ``attachment`` (names, descriptions, text contents of embedded files): removed.

Guarantees: never raises for a damaged object (it is skipped: scrub removes or rewrites it anyway and
verification searches every object); never changes the document; texts are whitespace-normalised
and empty ones dropped; the order is deterministic (document order). Limits: the contents of an
embedded file are read only when they look like text (UTF-8 or Latin-1, no NUL bytes, ≤ 1 MB):
an embedded PDF or Office file is removed unread.
"""

from __future__ import annotations

import contextlib
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pymupdf

__all__ = ["KEPT_INFO", "SideText", "collect", "xmp_text"]

KEPT_INFO = ("Title", "Subject", "Keywords", "Producer")  # kept, with personal data replaced
_DATES = ("CreationDate", "ModDate", "Trapped")  # no free text
_TAG = re.compile(r"<[^>]*>")
_MAX_EMBEDDED = 1_000_000


@dataclass(frozen=True, slots=True)
class SideText:
    """One text outside the page content: where it is, what it says, and whether the output keeps the
    place (with personal data replaced by the ground code) or removes it."""

    place: str
    text: str
    keep: bool


def _norm(text: str) -> str:
    """White space collapsed within each part; parts (separated by a blank line) stay apart, so the
    values of two fields never read as one name ("Suzanne" + "Adobe PDF Library")."""
    parts = (" ".join(part.split()) for part in text.split("\n\n"))
    return "\n\n".join(p for p in parts if p)


def xmp_text(xmp: str) -> str:
    """The character data of an XMP packet (tags removed, entities resolved), one value per part."""
    return _norm(html.unescape(_TAG.sub("\n\n", xmp)))


def _info(doc: pymupdf.Document) -> Iterator[SideText]:
    kind, value = doc.xref_get_key(-1, "Info")
    if kind != "xref":
        return
    xref = int(value.split()[0])
    for key in doc.xref_get_keys(xref):
        if key in _DATES:
            continue
        k, v = doc.xref_get_key(xref, key)
        if k in ("string", "name", "text"):
            yield SideText(f"metadata {key}", v.lstrip("/") if k == "name" else v, key in KEPT_INFO)


def _outline(doc: pymupdf.Document) -> Iterator[SideText]:
    for n, entry in enumerate(doc.get_toc(simple=True), 1):
        yield SideText(f"bookmark {n}", str(entry[1]), True)


def _pages(doc: pymupdf.Document) -> Iterator[SideText]:
    for page in doc:
        no = (page.number or 0) + 1
        with contextlib.suppress(Exception):
            for annot in page.annots() or ():
                info = annot.info
                for key in ("content", "title", "subject"):
                    yield SideText(f"page {no} annotation", str(info.get(key) or ""), False)
        with contextlib.suppress(Exception):
            for link in page.get_links():
                yield SideText(f"page {no} link", str(link.get("uri") or link.get("file") or ""), True)
        with contextlib.suppress(Exception):
            for widget in page.widgets() or ():
                for value in (widget.field_name, widget.field_label, widget.field_value):
                    if isinstance(value, str):
                        yield SideText("form field", value, False)


def _attachments(doc: pymupdf.Document) -> Iterator[SideText]:
    for name in doc.embfile_names():
        yield SideText("attachment", name, False)
        with contextlib.suppress(Exception):
            info = doc.embfile_info(name)
            for key in ("filename", "ufilename", "desc"):
                yield SideText("attachment", str(info.get(key) or ""), False)
            if int(info.get("size") or 0) <= _MAX_EMBEDDED:
                data = doc.embfile_get(name)
                if b"\0" not in data:
                    try:
                        text = data.decode("utf-8")
                    except UnicodeDecodeError:
                        text = data.decode("latin-1")
                    yield SideText("attachment", text, False)


def collect(doc: pymupdf.Document) -> tuple[SideText, ...]:
    """The side texts of ``doc`` (see the module docstring), each place once per distinct text."""
    out: dict[tuple[str, str], SideText] = {}
    parts: list[Iterator[SideText]] = [_info(doc), _outline(doc), _pages(doc), _attachments(doc)]
    for part in parts:
        try:
            for st in part:
                text = _norm(st.text)
                if text and (st.place, text) not in out:
                    out[(st.place, text)] = SideText(st.place, text, st.keep)
        except Exception:  # a damaged structure: the rest of the places are still collected
            continue
    with contextlib.suppress(Exception):
        xmp = xmp_text(doc.get_xml_metadata() or "")
        if xmp:
            out[("XMP", xmp)] = SideText("XMP", xmp, False)
    with contextlib.suppress(Exception):
        labels = _norm(" ".join(str(lb.get("prefix") or "") for lb in doc.get_page_labels()))
        if labels:
            out[("page labels", labels)] = SideText("page labels", labels, True)
    return tuple(out.values())
