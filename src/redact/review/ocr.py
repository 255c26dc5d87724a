"""What OCR read for a proposed document, kept in the work folder (``<name>.ocr.json``) for ``apply``.

``propose`` reads scanned pages with Tesseract; the reviewer decides on that text. ``apply`` must burn
exactly what the reviewer saw, so it does not OCR again (another Tesseract version or a busy machine
could read a word differently): it reads these words back and the read stage merges them as before.

Guarantees: the file is CONFIDENTIAL (the OCR text holds personal data): written 0600, atomically;
floats are written as Python's shortest round-trip repr, so boxes read back are bit-identical; on load
the schema, the version and the source's hash are checked, and anything else is a ``ReviewFileError``
(fail closed: no OCR result is ever guessed).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from redact.files import write_atomic
from redact.models import OcrPage, OcrWord, Rect
from redact.review.schema import ReviewFileError

SCHEMA = "redact-ocr"
VERSION = 1
SUFFIX = ".ocr.json"

__all__ = ["SUFFIX", "StoredOcr", "load_ocr", "ocr_path", "save_ocr"]


@dataclass(frozen=True, slots=True)
class StoredOcr:
    """The OCR of one proposed document: its pages, and the mode, resolution and language used."""

    sha256: str
    mode: str
    dpi: int
    lang: str
    pages: tuple[OcrPage, ...]


def ocr_path(review_file: Path) -> Path:
    """``<name>.ocr.json`` next to ``<name>.review.json``."""
    return review_file.with_name(review_file.name.removesuffix(".review.json") + SUFFIX)


def _word(w: OcrWord) -> list[Any]:
    return [w.text, *w.rect, w.conf, w.block, *w.line]


def save_ocr(path: Path, stored: StoredOcr) -> None:
    body = {
        "schema": SCHEMA, "version": VERSION, "sha256": stored.sha256, "mode": stored.mode, "dpi": stored.dpi,
        "lang": stored.lang,
        "pages": [{"page": p.page, "reread": p.reread, "words": [_word(w) for w in p.words]} for p in stored.pages],
    }
    write_atomic(path, (json.dumps(body, ensure_ascii=False) + "\n").encode("utf-8"), mode=0o600)


def load_ocr(path: Path, sha256: str) -> StoredOcr:
    """The stored OCR of the source with hash ``sha256`` (see the module's guarantees)."""
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise ReviewFileError(path, "the OCR results of this document are missing") from e
    except (OSError, ValueError) as e:
        raise ReviewFileError(path, f"unreadable OCR results ({type(e).__name__})") from e
    try:
        if body["schema"] != SCHEMA or body["version"] != VERSION:
            raise ReviewFileError(path, f"not a {SCHEMA} file of version {VERSION}")
        if body["sha256"] != sha256:
            raise ReviewFileError(path, "the OCR results belong to another version of the source")
        pages = tuple(
            OcrPage(int(p["page"]), tuple(
                OcrWord(str(w[0]), Rect(float(w[1]), float(w[2]), float(w[3]), float(w[4])), float(w[5]),
                        int(w[6]), (int(w[7]), int(w[8]), int(w[9])))
                for w in p["words"]), bool(p["reread"]))
            for p in body["pages"])
        return StoredOcr(sha256, str(body["mode"]), int(body["dpi"]), str(body["lang"]), pages)
    except ReviewFileError:
        raise
    except (KeyError, TypeError, ValueError, IndexError) as e:
        raise ReviewFileError(path, f"OCR results do not match the schema ({type(e).__name__})") from e
