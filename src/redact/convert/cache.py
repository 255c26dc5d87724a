"""A folder of finished conversions, keyed by the SHA-256 of the input bytes and the converter version,
so that a resumed run does not convert again.

Guarantees:
- an entry is a folder ``<key[:2]>/<key>/`` holding ``meta.json``, ``out.pdf`` and one ``child-<n>.bin``
  per attachment; it is written in a temporary folder next to it and renamed into place in one step,
  so a reader sees a complete entry or none (a concurrent writer of the same key loses the race
  harmlessly: both wrote the same content);
- ``load`` checks every file against the SHA-256 recorded in ``meta.json`` and treats any mismatch,
  missing file or unreadable entry as a miss (the document is converted again, never trusted);
- entries and files are created with owner-only permissions (0700/0600): the cache holds the
  documents' content and the attachments' original names, and is as confidential as the inputs.

The caller's ``name_is_personal`` decision is not cached (it is applied after ``load``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

from redact.convert.model import Child, Converted, Kind

FORMAT = 1


def key(source_sha256: str, version: str) -> str:
    """The cache key of an input (its SHA-256) converted by converter ``version``."""
    return hashlib.sha256(f"redact.convert/{version}/{source_sha256}".encode()).hexdigest()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load(cache_dir: Path, entry_key: str) -> Converted | None:
    """The cached conversion, or ``None`` (a miss, also for a damaged entry)."""
    folder = cache_dir / entry_key[:2] / entry_key
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT:
            return None
        pdf = (folder / "out.pdf").read_bytes()
        if _sha(pdf) != meta["pdf_sha256"]:
            return None
        children = []
        for i, c in enumerate(meta["children"], start=1):
            data = (folder / f"child-{i}.bin").read_bytes()
            if _sha(data) != c["sha256"]:
                return None
            children.append(Child(ordinal=int(c["ordinal"]), original_name=str(c["original_name"]),
                                  output_name=str(c["output_name"]), data=data, kind=Kind(c["kind"])))
        return Converted(pdf=pdf, kind=Kind(meta["kind"]), warnings=tuple(str(w) for w in meta["warnings"]),
                         children=tuple(children), source_sha256=str(meta["source_sha256"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def store(cache_dir: Path, entry_key: str, conv: Converted) -> None:
    """Write ``conv`` under ``entry_key`` atomically (see the module's guarantees); an ``OSError`` is
    left to the caller (a cache that cannot be written is not a reason to fail a conversion)."""
    parent = cache_dir / entry_key[:2]
    parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    final = parent / entry_key
    if final.is_dir():
        return
    tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{entry_key[:8]}-", dir=parent))
    try:
        _write(tmp / "out.pdf", conv.pdf)
        for i, child in enumerate(conv.children, start=1):
            _write(tmp / f"child-{i}.bin", child.data)
        meta = {
            "format": FORMAT, "kind": conv.kind.value, "warnings": list(conv.warnings),
            "source_sha256": conv.source_sha256, "pdf_sha256": _sha(conv.pdf),
            "children": [{"ordinal": c.ordinal, "original_name": c.original_name, "output_name": c.output_name,
                          "kind": c.kind.value, "sha256": _sha(c.data)} for c in conv.children],
        }
        _write(tmp / "meta.json", json.dumps(meta, ensure_ascii=False, sort_keys=True).encode("utf-8"))
        try:
            os.rename(tmp, final)
        except OSError:
            if not final.is_dir():
                raise
    finally:
        if tmp.exists():
            with contextlib.suppress(OSError):
                shutil.rmtree(tmp)
