"""The redaction log and the redacted plain text.

Guarantees: the log (``redaction-log.csv`` and ``redaction-log.jsonl``) holds one row per burnt-in
box with document, page, box, category, ground, justification, detector, score, decision and, for a person
whose standing was uncertain, the mark "twijfel" with its cues (role words, never names) — never the
redacted text: a salted SHA-256 prefix stands in for it, so rows about the same string can be related
without revealing it. Personal data redacted outside the page content (metadata, bookmarks, …) gets a
row too, with its place (``metadata Subject``, ``bookmark 2``, ``XMP``) in ``pagina``, no box
coordinates, and ``besluit`` ``vervangen`` (replaced by the ground code) or ``verwijderd`` (the place
was removed): that policy is automatic, not a reviewer's decision. The salt lives in
``OUT/.redact-salt`` (mode 0600) and is never published.
Column names and values meant for publication are Dutch.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import secrets
from collections.abc import Iterable, Sequence
from pathlib import Path

from redact.files import write_if_changed
from redact.models import Box, PageText, Proposal, SideRedaction
from redact.rules import Rules

LOG_COLUMNS = (
    "document", "pagina", "vak", "x0", "y0", "x1", "y1", "categorie", "grond", "toelichting",
    "detector", "score", "besluit", "beoordelaar", "tijdstip", "teksthash", "twijfel",
)
SALT_FILE = ".redact-salt"


def load_salt(out_dir: Path) -> bytes:
    """The output folder's secret salt, created (0600) on first use."""
    path = out_dir / SALT_FILE
    try:
        return bytes.fromhex(path.read_text().strip())
    except FileNotFoundError:
        pass
    out_dir.mkdir(parents=True, exist_ok=True)
    salt = secrets.token_bytes(16)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(salt.hex())
    return salt


def text_hash(salt: bytes, text: str) -> str:
    return hashlib.sha256(salt + " ".join(text.split()).lower().encode()).hexdigest()[:16]


def log_rows(document: str, boxes: Sequence[Box], salt: bytes,
             side: Sequence[SideRedaction] = ()) -> list[dict[str, str]]:
    rows = []
    per_page: dict[int, int] = {}
    for b in sorted(boxes, key=lambda b: (b.page, b.rect.y0, b.rect.x0)):
        per_page[b.page] = per_page.get(b.page, 0) + 1
        rows.append({
            "document": document,
            "pagina": str(b.page + 1),
            "vak": str(per_page[b.page]),
            "x0": f"{b.rect.x0:.1f}", "y0": f"{b.rect.y0:.1f}",
            "x1": f"{b.rect.x1:.1f}", "y1": f"{b.rect.y1:.1f}",
            "categorie": b.category,
            "grond": b.ground,
            "toelichting": b.justification,
            "detector": b.recognizer,
            "score": f"{b.score:.2f}",
            "besluit": {"approved": "goedgekeurd", "added": "handmatig toegevoegd"}.get(b.decision, b.decision),
            "beoordelaar": b.by,
            "tijdstip": b.at,
            "teksthash": text_hash(salt, b.text),
            "twijfel": b.doubt,  # "twijfel: <cues>" for a person whose standing was uncertain (no personal data)
        })
    for n, sr in enumerate(side, 1):
        rows.append({
            "document": document, "pagina": sr.place, "vak": str(n), "x0": "", "y0": "", "x1": "", "y1": "",
            "categorie": sr.category, "grond": sr.ground, "toelichting": sr.justification,
            "detector": sr.recognizer, "score": f"{sr.score:.2f}",
            "besluit": "vervangen" if sr.kept else "verwijderd", "beoordelaar": "", "tijdstip": "",
            "teksthash": text_hash(salt, sr.text), "twijfel": "",
        })
    return rows


def _csv_text(rows: Iterable[dict[str, str]]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=LOG_COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def write_log(out_dir: Path, rows: Sequence[dict[str, str]]) -> tuple[Path, Path]:
    """Write ``redaction-log.csv`` and ``redaction-log.jsonl`` (rows from ``log_rows``), atomically."""
    csv_path, jsonl_path = out_dir / "redaction-log.csv", out_dir / "redaction-log.jsonl"
    write_if_changed(csv_path, _csv_text(rows).encode("utf-8"))
    write_if_changed(jsonl_path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8"))
    return csv_path, jsonl_path


def redacted_text(pages: Sequence[PageText], proposals: Sequence[Proposal], rules: Rules) -> str:
    """The document's text with each redaction replaced by ``[ground]`` (presidio-anonymizer)."""
    from presidio_anonymizer import AnonymizerEngine
    from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

    engine = AnonymizerEngine()
    operators = {
        name: OperatorConfig("replace", {"new_value": f"[{cat.ground}]"}) for name, cat in rules.categories.items()
    }
    out = []
    for page in pages:
        results = [RecognizerResult(p.category, p.start, p.end, p.score) for p in proposals
                   if p.page == page.page and p.start >= 0]
        if results:
            out.append(engine.anonymize(text=page.text, analyzer_results=results, operators=operators).text)
        else:
            out.append(page.text)
    return "\n\f\n".join(out)
