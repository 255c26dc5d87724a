"""Helpers for the hostile suite: manifest passwords, an extractor-independent leak check."""

from __future__ import annotations

import contextlib
import csv
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


def _pypdf_everything(data: bytes) -> str:
    """Page text and every object (strings, decoded streams) as pypdf sees them."""
    from pypdf import PdfReader
    from pypdf.generic import IndirectObject

    reader = PdfReader(BytesIO(data), strict=False)
    parts = [p.extract_text() or "" for p in reader.pages]
    for num, gen in ((n, g) for g, nums in reader.xref.items() for n in nums):
        try:
            obj = reader.get_object(IndirectObject(num, gen, reader))
        except Exception:
            continue
        parts.append(str(obj))
        if hasattr(obj, "get_data"):
            with contextlib.suppress(Exception):
                parts.append(obj.get_data().decode("latin-1"))
    return "\n".join(parts)


def _raw_streams(data: bytes) -> str:
    out = [data.decode("latin-1")]
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.DOTALL):
        with contextlib.suppress(zlib.error):
            out.append(zlib.decompressobj().decompress(m.group(1)).decode("latin-1"))
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


def places_with(path: Path, needle: str) -> list[str]:
    """Where ``needle`` (case-insensitive, any whitespace) can still be found in the PDF at ``path``."""
    pat = re.compile(r"\s*".join(re.escape(c) for c in needle.replace(" ", "")), re.IGNORECASE)
    data = path.read_bytes()
    routes = {
        "pymupdf": lambda: _pymupdf_everything(path),
        "pdftotext": lambda: pdftotext(path),
        "pypdf": lambda: _pypdf_everything(data),
        "raw": lambda: _raw_streams(data),
        "raw-utf16": lambda: _raw_streams(data).encode("latin-1").decode("utf-16-be", "ignore"),
    }
    return [name for name, get in routes.items() if pat.search(get())]
