"""Language and title for redacted PDFs made before burn-in set them (``redact publish`` of an older OUT).

Guarantees: a PDF that has both is returned unchanged (the same object); otherwise it is saved again
(garbage collected, never incrementally) and its page text must be unchanged, else ``ValueError``.
"""

from __future__ import annotations

import pymupdf

from redact.pdf.accessibility import language_of, set_language_and_title
from redact.pdf.scrub import to_bytes

__all__ = ["ensure_accessible"]


def ensure_accessible(data: bytes) -> bytes:
    """``data`` with language and title set (for redacted PDFs made before burn-in set them).

    Returns ``data`` itself when both are present. Otherwise the PDF is saved again (garbage collected,
    never incrementally) and its page text must be unchanged; any difference raises ``ValueError``.
    """
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        if language_of(doc) and (doc.metadata or {}).get("title"):
            return data
        before = [page.get_text() for page in doc]
        set_language_and_title(doc)
        out = to_bytes(doc)
    with pymupdf.open(stream=out, filetype="pdf") as again:
        if [page.get_text() for page in again] != before:
            raise ValueError("setting the language and title changed the page text")
    return out
