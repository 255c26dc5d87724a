"""The inventory list (inventarislijst) of a publication bundle: copied from OUT, or built from the log.

``redact run``/``apply`` write ``OUT/inventarislijst.csv/.xlsx`` (``redact.inventory``) in newer
versions; ``read_inventory`` reads it. For an older OUT, ``build_inventory`` builds the same columns from
the redaction log and the redacted PDFs — this module's only stand-in for ``redact.inventory`` (once that
module is everywhere, ``build_inventory`` should call it). ``with_duplicates`` then marks duplicates in
``Toelichting`` ("duplicaat van ID 3") and ``write_inventory`` writes both files.

Columns, in this order: ID, Document, Datum, Beoordeling, Beoordelingsgrond, Toelichting,
Aantal pagina's, Aantal weglakkingen. No personal data: file names, counts, grounds, fixed sentences.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from redact import inventory
from redact.errors import UsageError
from redact.inventory import Assessment, InventoryRow
from redact.rules import Rules

COLUMNS, CSV_NAME, XLSX_NAME = inventory.COLUMNS, inventory.CSV_NAME, inventory.XLSX_NAME


@dataclass(frozen=True, slots=True)
class Row:
    id: str
    document: str
    date: str  # ISO date or ""
    assessment: str
    grounds: str  # "5.1.1e; 5.1.2e"
    explanation: str
    pages: int
    redactions: int

    def cells(self) -> list[str | int]:
        return [int(self.id) if self.id.isdigit() else self.id, self.document, self.date, self.assessment,
                self.grounds, self.explanation, self.pages, self.redactions]


def read_inventory(path: Path) -> list[Row]:
    """The rows of an ``inventarislijst.csv`` (columns checked: fail closed on another layout)."""
    text = path.read_text(encoding="utf-8-sig")
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if header is None or tuple(header) != COLUMNS:
        raise UsageError(f"{path}: not an inventory list (expected the columns {', '.join(COLUMNS)})")
    rows = []
    for cells in reader:
        if not any(cells):
            continue
        rows.append(Row(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], int(cells[6] or 0),
                        int(cells[7] or 0)))
    return rows


# --- the stand-in for redact.inventory (older OUT folders) -------------------------------------------

_MONTHS = {"januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
           "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12}
_DATE = re.compile(
    r"(?<![\w-])(?:datum|verzonden|date|sent)\s*:?\s*(?:[a-z]+dag,?\s+)?"
    r"(?:(?P<d>\d{1,2})\s+(?P<mon>" + "|".join(_MONTHS) + r")\s+(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})[-/.](?P<m2>\d{1,2})[-/.](?P<y2>\d{4}))(?!\d)",
    re.IGNORECASE,
)


def document_date(text: str) -> str:
    """The first labelled date (``Datum``, ``Verzonden:``) in the first 20,000 characters, ISO, or ""."""
    for m in _DATE.finditer(text[:20_000]):
        try:
            if m.group("d"):
                d = dt.date(int(m.group("y")), _MONTHS[m.group("mon").lower()], int(m.group("d")))
            else:
                d = dt.date(int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
        except ValueError:
            continue
        return d.isoformat()
    return ""


def build_inventory(docs: Sequence[tuple[str, str, int, str, Sequence[str], int]], rules: Rules) -> list[Row]:
    """Rows for ``docs`` = (id, file name, pages, date, grounds used, boxes): ``Openbaar`` without boxes,
    else ``Deels openbaar`` with the grounds (in the catalogue order of the rules) and their
    justifications as ``Toelichting``."""
    rank = {code: i for i, code in enumerate(rules.grounds)}
    rows = []
    for doc_id, name, pages, date, grounds, boxes in docs:
        ordered = sorted(set(grounds), key=lambda c: (rank.get(c, len(rank)), c))
        if boxes == 0:
            assessment, expl = "Openbaar", ""
        else:
            assessment = "Deels openbaar"
            parts = [f"{assessment}."]
            for g in ordered:
                text = rules.grounds[g].justification.strip().rstrip(".") if g in rules.grounds else ""
                parts.append(f"{g}: {text}." if text else f"{g}.")
            expl = " ".join(parts)
        rows.append(Row(doc_id, name, date, assessment, "; ".join(ordered), expl, pages, boxes))
    return rows


# --- duplicates and writing -------------------------------------------------------------------------


def with_duplicates(rows: Sequence[Row], duplicate_of: Mapping[str, str]) -> list[Row]:
    """``rows`` with ``duplicaat van ID <n>`` added to the ``Toelichting`` of each duplicate (by ID)."""
    out = []
    for r in rows:
        target = duplicate_of.get(r.id)
        if target is None:
            out.append(r)
            continue
        note = f"duplicaat van ID {target}"
        expl = r.explanation if note in r.explanation else " ".join(x for x in (r.explanation, note + ".") if x)
        out.append(replace(r, explanation=expl))
    return out


def _as_inventory_row(r: Row) -> InventoryRow:
    return InventoryRow(int(r.id), r.document, r.date, Assessment(r.assessment),
                        tuple(g for g in r.grounds.split("; ") if g), r.explanation, r.pages, r.redactions)


def inventory_csv(rows: Sequence[Row]) -> bytes:
    """RFC 4180 CSV (CRLF), UTF-8 without BOM: ``redact.inventory``'s writer."""
    return inventory.inventory_csv([_as_inventory_row(r) for r in rows])


def inventory_xlsx(rows: Sequence[Row]) -> bytes:
    """One sheet ``Inventarislijst``, ``Datum`` as a date cell, reproducible: ``redact.inventory``'s writer."""
    return inventory.inventory_xlsx([_as_inventory_row(r) for r in rows])


def write_inventory(folder: Path, rows: Sequence[Row]) -> tuple[Path, Path]:
    from redact.api import write_atomic

    csv_path, xlsx_path = folder / CSV_NAME, folder / XLSX_NAME
    write_atomic(csv_path, inventory_csv(rows))
    write_atomic(xlsx_path, inventory_xlsx(rows))
    return csv_path, xlsx_path
