"""Helpers for the hostile suite: manifest passwords, an extractor-independent leak check."""

from __future__ import annotations

import csv
import hashlib
import re
import zlib
from io import BytesIO
from pathlib import Path

import pymupdf

from tests.conftest import CORPUS_HOSTILE, pdftotext

MANIFEST = CORPUS_HOSTILE / "MANIFEST.tsv"


def manifest() -> list[dict[str, str]]:
    with MANIFEST.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def password_for(description: str) -> str | None:
    """The user password the manifest names ('user password 'x''), with \\uXXXX escapes decoded."""
    m = re.search(r"user password '([^']*)'", description, re.IGNORECASE)
    if not m:
        m = re.search(r"password '([^']*)'", description, re.IGNORECASE)
        if not m or "owner" in description[max(0, m.start() - 12):m.start()].lower():
            return None
    raw = m.group(1)
    return raw.encode("ascii").decode("unicode_escape") if "\\u" in raw else raw


# Filters whose data is pixels, not text: a route that cannot decode them loses nothing it could search.
IMAGE_FILTERS = ("/DCTDecode", "/JPXDecode", "/CCITTFaxDecode", "/JBIG2Decode")


def _pypdf_everything(data: bytes, unreadable: list[str]) -> str:
    """Page text and every object (strings, decoded streams) as pypdf sees them; an object or stream it
    cannot read is recorded in ``unreadable`` (never skipped silently)."""
    from pypdf import PdfReader
    from pypdf.generic import IndirectObject, StreamObject

    reader = PdfReader(BytesIO(data), strict=False)
    parts = [p.extract_text() or "" for p in reader.pages]
    for num, gen in ((n, g) for g, nums in reader.xref.items() for n in nums):
        try:
            obj = reader.get_object(IndirectObject(num, gen, reader))
        except Exception as e:
            unreadable.append(f"pypdf: object {num} {gen} ({type(e).__name__})")
            continue
        parts.append(str(obj))
        if isinstance(obj, StreamObject):
            try:
                parts.append(obj.get_data().decode("latin-1"))
            except Exception as e:
                filters = str(obj.get("/Filter", ""))
                if not any(f in filters for f in IMAGE_FILTERS):
                    unreadable.append(f"pypdf: {filters} stream {_digest(getattr(obj, '_data', b''))} "
                                      f"({type(e).__name__})")
    return "\n".join(parts)


def _digest(data: bytes) -> str:
    """Names an unreadable stream by its bytes, so that one carried over unchanged can be recognised."""
    return hashlib.sha256(data).hexdigest()[:16]


_STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.DOTALL)
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")


def _raw_streams(data: bytes, unreadable: list[str]) -> str:
    """The file as bytes plus every Flate stream decompressed, found without a PDF parser. A stream
    with a filter this route cannot undo (other than an image codec) or a Flate stream that does not
    decompress is recorded in ``unreadable``."""
    out = [data.decode("latin-1")]
    for m in _STREAM.finditer(data):
        head = data[max(0, m.start() - 2000):m.start()]
        head = head[head.rfind(b"obj") + 3:] if b"obj" in head else head
        found = _FILTER.findall(head)
        filters = re.findall(rb"/[A-Za-z0-9]+", found[-1]) if found else []
        if not filters:
            continue  # stored as is: already part of the file's bytes above
        body = m.group(1).rstrip(b"\r\n")
        where = f"raw: {filters[0].decode()} stream {_digest(body)}"
        if filters[0] in (b"/FlateDecode", b"/Fl"):
            try:
                out.append(zlib.decompressobj().decompress(m.group(1)).decode("latin-1"))
            except zlib.error:
                unreadable.append(f"{where} (Flate data does not decompress)")
        elif filters[0].decode() not in IMAGE_FILTERS:
            unreadable.append(f"{where} (filter not undone by this route)")
    return "\n".join(out)


def _pymupdf_everything(path: Path) -> str:
    parts: list[str] = []
    with pymupdf.open(path) as doc:
        parts.extend(page.get_text() for page in doc)
        parts.append(str(doc.metadata))
        parts.append(doc.get_xml_metadata())
        parts.append(str(doc.get_toc(simple=False)))
        for name in doc.embfile_names():
            parts.append(name)
            parts.append(doc.embfile_get(name).decode("latin-1"))
        for page in doc:
            for annot in page.annots() or ():
                parts.append(str(annot.info))
            for w in page.widgets() or ():
                parts.append(f"{w.field_name} {w.field_value}")
    return "\n".join(parts)


def page_texts(path: Path) -> dict[str, list[str]]:
    """Each page's text as PyMuPDF, pdftotext and pypdf extract it."""
    from pypdf import PdfReader

    with pymupdf.open(path) as doc:
        texts = {"pymupdf": [page.get_text() for page in doc]}
    texts["pdftotext"] = pdftotext(path).split("\f")[: len(texts["pymupdf"])]
    texts["pypdf"] = [page.extract_text() or "" for page in PdfReader(path).pages]
    return texts


SHORT = 4  # a needle of fewer characters is found by chance in any file's structure (a key, a font name)


def scan(path: Path, needle: str | None) -> tuple[list[str], list[str]]:
    """Where ``needle`` (case-insensitive, any whitespace) can still be found in the PDF at ``path``: the
    routes that find it, and what the routes could not read (objects, streams). Without a needle: only
    what they could not read. A needle shorter than ``SHORT`` characters is looked for in the page text
    of the three extractors only (elsewhere it would be found by chance)."""
    data = path.read_bytes()
    unreadable: list[str] = []
    raw = _raw_streams(data, unreadable)
    routes = {
        "pymupdf": lambda: _pymupdf_everything(path),
        "pdftotext": lambda: pdftotext(path),
        "pypdf": lambda: _pypdf_everything(data, unreadable),
        "raw": lambda: raw,
        "raw-utf16": lambda: raw.encode("latin-1").decode("utf-16-be", "ignore"),
    }
    if needle is None:
        _pypdf_everything(data, unreadable)
        return [], unreadable
    pat = re.compile(r"\s*".join(re.escape(c) for c in needle.replace(" ", "")), re.IGNORECASE)
    if len(re.sub(r"\s+", "", needle)) < SHORT:
        _pypdf_everything(data, unreadable)  # what it cannot read is still counted
        texts = {f"{name} page text": "\n".join(pages) for name, pages in page_texts(path).items()}
        return [name for name, text in texts.items() if pat.search(text)], unreadable
    found = [name for name, get in routes.items() if pat.search(get())]
    return found, unreadable


def structure_text(path: Path) -> tuple[str, list[str]]:
    """Everything in the file but its page text: every object and decompressed stream as PyMuPDF and as
    pypdf read them, and the raw bytes with every Flate stream decompressed (also read as UTF-16); plus
    what could not be read (an object or stream none of this could decode: counted, never skipped)."""
    data = path.read_bytes()
    unreadable: list[str] = []
    parts: list[str] = []
    with pymupdf.open(path) as doc:
        for xref in range(1, doc.xref_length()):
            parts.append(doc.xref_object(xref, compressed=False))
            if doc.xref_is_stream(xref):
                try:
                    parts.append((doc.xref_stream(xref) or b"").decode("latin-1"))
                except Exception as e:
                    unreadable.append(f"pymupdf: stream {xref} ({type(e).__name__})")
    parts.append(_pypdf_everything(data, unreadable))
    raw = _raw_streams(data, unreadable)
    parts += [raw, raw.encode("latin-1").decode("utf-16-be", "ignore")]
    return "\n".join(parts), unreadable


def places_with(path: Path, needle: str) -> list[str]:
    """The routes that still find ``needle`` in the PDF at ``path``, plus one entry per object or stream a
    route could not read: a check that cannot look somewhere must not pass as clean."""
    found, unreadable = scan(path, needle)
    return found + [f"unreadable: {u}" for u in unreadable]
