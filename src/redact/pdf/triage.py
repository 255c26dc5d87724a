"""Open an input PDF and classify it, converting every PyMuPDF failure into a typed ``InputError``.

Guarantees: the input file is opened read-only from bytes in memory (the original is never modified,
not even by MuPDF's repair), a non-PDF, an empty file, a damaged file, an encrypted file and a PDF
without pages each raise their own error naming the file. Repairs MuPDF made while opening are
reported as a warning, not hidden.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pymupdf

from redact.errors import (
    CorruptPdfError,
    EmptyPdfError,
    EncryptedPdfError,
    InputError,
    NotAPdfError,
    NotFoundError,
    TooLargeError,
)

MAX_BYTES = 2 * 1024**3  # 2 GiB: beyond this a document is refused (configurable later)
_SNIFF = 1024  # the %PDF header may be preceded by junk, as Acrobat allows within the first 1024 bytes


@dataclass(slots=True)
class Opened:
    doc: pymupdf.Document
    data: bytes
    warnings: list[str]


def is_pdf_bytes(head: bytes) -> bool:
    return b"%PDF-" in head[:_SNIFF]


def open_pdf(path: Path, password: str | None = None, max_bytes: int = MAX_BYTES) -> Opened:
    """Read ``path`` into memory and open it as a PDF; raise a typed ``InputError`` when it can't be."""
    try:
        size = path.stat().st_size
    except FileNotFoundError as e:
        raise NotFoundError(path) from e
    except OSError as e:
        raise InputError(path, e.strerror or str(e)) from e
    if size == 0:
        raise EmptyPdfError(path, "0 bytes")
    if size > max_bytes:
        raise TooLargeError(path, f"{size} bytes > limit {max_bytes}")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(path, e.strerror or str(e)) from e
    if not is_pdf_bytes(data):
        raise NotAPdfError(path)
    warnings: list[str] = []
    pymupdf.TOOLS.mupdf_warnings(reset=True)
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as e:  # MuPDF raises FileDataError / RuntimeError variants
        raise CorruptPdfError(path, type(e).__name__) from e
    if doc.needs_pass and (password is None or not doc.authenticate(password)):
        doc.close()
        raise EncryptedPdfError(path, "wrong password" if password else "user password required")
    if doc.is_repaired:
        warnings.append("the file was damaged and has been repaired while opening; check the output")
    try:
        pages = doc.page_count
    except Exception as e:
        doc.close()
        raise CorruptPdfError(path, "page tree unreadable") from e
    if pages == 0:
        doc.close()
        raise EmptyPdfError(path, "0 pages")
    if doc.is_encrypted and not doc.needs_pass:
        warnings.append("owner-password restrictions were dropped (the file opens without a password)")
    return Opened(doc=doc, data=data, warnings=warnings)
