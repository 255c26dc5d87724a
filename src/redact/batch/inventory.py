"""The Woo inventory list (inventarislijst): one row per document, as CSV and XLSX.

Columns, in this order and spelled exactly so (the national Woo publication platforms import them):
``ID``, ``Document``, ``Datum``, ``Beoordeling``, ``Beoordelingsgrond``, ``Toelichting``,
``Aantal pagina's``, ``Aantal weglakkingen``, ``Bijlage bij`` (the ID of the message a document is
attached to; empty for a document of its own).

Guarantees:
- ``Beoordeling`` is exactly one of ``Openbaar``, ``Deels openbaar``, ``Niet openbaar``: a document
  without redactions is ``Openbaar``; with at least one redaction and visible text left ``Deels
  openbaar``; ``Niet openbaar`` when it is withheld as a whole (or nothing readable is left);
- ``Beoordelingsgrond`` lists each ground once, in the order of the Woo (the catalogue order of
  ``rules/woo-grounds.yaml``: 5.1.1a … 5.1.1e, 5.1.2a … 5.1.2i, 5.1.5, 5.2), joined by ``"; "``;
- ``Datum`` is the document's own date found in its text (ISO ``YYYY-MM-DD`` in the CSV, a date
  cell shown as ``dd-mm-jjjj`` in the XLSX), or empty; a date that was redacted is never used;
- no personal data: file name, counts, grounds and fixed Dutch sentences only;
- both files are deterministic (same rows, same bytes: no timestamps inside the XLSX) and written
  atomically.

Limits: the ``Document`` column is the file name as given; a file name that itself names a person
is not redacted here.
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import io
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from redact.errors import UsageError
from redact.files import write_atomic, write_if_changed
from redact.rules import Rules

COLUMNS = (
    "ID", "Document", "Datum", "Beoordeling", "Beoordelingsgrond", "Toelichting", "Aantal pagina's",
    "Aantal weglakkingen", "Bijlage bij",
)
CSV_NAME = "inventarislijst.csv"
_FIXED_TIME = dt.datetime(1980, 1, 1)  # the XLSX's created/modified properties (zip's epoch)
XLSX_NAME = "inventarislijst.xlsx"


class Assessment(enum.StrEnum):
    """The ``Beoordeling`` of a document (values exactly as the platforms expect them)."""

    OPENBAAR = "Openbaar"
    DEELS_OPENBAAR = "Deels openbaar"
    NIET_OPENBAAR = "Niet openbaar"


@dataclass(frozen=True, slots=True)
class InventoryRow:
    """One document in the inventory list."""

    id: int
    document: str
    date: str  # ISO 8601 (YYYY-MM-DD) or ""
    assessment: Assessment
    grounds: tuple[str, ...]  # in Woo order, unique
    explanation: str
    pages: int
    redactions: int
    parent: int | None = None  # the ID of the message this document is attached to


def assess(redactions: int, words_left: int, *, withheld: bool = False) -> Assessment:
    """``Beoordeling`` from what happened to the document (see the module's guarantees)."""
    if withheld:
        return Assessment.NIET_OPENBAAR
    if redactions == 0:
        return Assessment.OPENBAAR
    return Assessment.DEELS_OPENBAAR if words_left > 0 else Assessment.NIET_OPENBAAR


def order_grounds(grounds: Iterable[str], rules: Rules) -> tuple[str, ...]:
    """Unique ground codes in the catalogue order of the rules (unknown codes last, sorted)."""
    rank = {code: i for i, code in enumerate(rules.grounds)}
    return tuple(sorted(set(grounds), key=lambda c: (rank.get(c, len(rank)), c)))


def explanation(assessment: Assessment, grounds: Sequence[str], rules: Rules) -> str:
    """The ``Toelichting``: which interests the redactions protect, in Dutch; empty for ``Openbaar``.

    E.g. ``Deels openbaar. 5.1.1e: Niet openbaar omdat … 5.1.2e: Niet openbaar ter bescherming van
    de persoonlijke levenssfeer.`` (the grounds' justifications from the rules).
    """
    if assessment is Assessment.OPENBAAR:
        return ""
    parts = [f"{assessment.value}."]
    for g in grounds:
        text = rules.grounds[g].justification.strip().rstrip(".") if g in rules.grounds else ""
        parts.append(f"{g}: {text}." if text else f"{g}.")
    return " ".join(parts)


# --- writing ----------------------------------------------------------------------------------


def _cells(row: InventoryRow) -> list[str | int]:
    return [row.id, row.document, row.date, row.assessment.value, "; ".join(row.grounds), row.explanation,
            row.pages, row.redactions, "" if row.parent is None else row.parent]


def inventory_csv(rows: Sequence[InventoryRow]) -> bytes:
    """The CSV: RFC 4180 (comma-separated, CRLF), UTF-8 without BOM (for importers; people open the
    XLSX)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(COLUMNS)
    for row in rows:
        w.writerow(_cells(row))
    return buf.getvalue().encode("utf-8")


def inventory_xlsx(rows: Sequence[InventoryRow]) -> bytes:
    """The XLSX (one sheet "Inventarislijst", header row, a date cell for ``Datum``), reproducible."""
    from openpyxl import Workbook
    from openpyxl.writer.excel import ExcelWriter

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Inventarislijst"
    ws.append(list(COLUMNS))
    for row in rows:
        cells: list[object] = list(_cells(row))
        if row.date:
            cells[2] = dt.date.fromisoformat(row.date)
        ws.append(cells)
        if row.date:
            ws.cell(row=ws.max_row, column=3).number_format = "dd-mm-yyyy"
    widths = (8, 40, 12, 16, 20, 60, 16, 20, 12)
    for i, width in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    ws.freeze_panes = "A2"
    wb.properties.created = wb.properties.modified = _FIXED_TIME  # no clock in the file
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).save()
    return _normalise_zip(raw.getvalue())


def _normalise_zip(data: bytes) -> bytes:
    """The same archive with every entry dated 1980-01-01 (zip's epoch): no clock in the bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def write_inventory(out_dir: Path, rows: Sequence[InventoryRow]) -> tuple[Path, Path]:
    """Write ``inventarislijst.csv`` and ``inventarislijst.xlsx`` (rows in ID order), atomically; when
    the CSV is unchanged and the XLSX exists (a re-run with nothing new), neither is rewritten."""
    ordered = sorted(rows, key=lambda r: r.id)
    csv_path, xlsx_path = out_dir / CSV_NAME, out_dir / XLSX_NAME
    if write_if_changed(csv_path, inventory_csv(ordered)) or not xlsx_path.is_file():
        write_atomic(xlsx_path, inventory_xlsx(ordered))
    return csv_path, xlsx_path


# --- reading back, duplicates, older output folders -----------------------------------------------


def read_inventory(path: Path) -> list[InventoryRow]:
    """The rows of an ``inventarislijst.csv`` written by ``inventory_csv`` (the header is checked:
    another layout is refused, never guessed)."""
    reader = csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")))
    header = next(reader, None)
    if header is None or tuple(header) not in (COLUMNS, COLUMNS[:-1]):  # without "Bijlage bij": an older list
        raise UsageError(f"{path}: not an inventory list (expected the columns {', '.join(COLUMNS)})")
    rows = []
    for cells in reader:
        if not any(cells):
            continue
        try:
            rows.append(InventoryRow(int(cells[0]), cells[1], cells[2], Assessment(cells[3]),
                                     tuple(g for g in cells[4].split("; ") if g), cells[5], int(cells[6] or 0),
                                     int(cells[7] or 0), int(cells[8]) if len(cells) > 8 and cells[8] else None))
        except (ValueError, IndexError) as e:
            raise UsageError(f"{path}: row {reader.line_num} is not a valid inventory row") from e
    return rows


def with_duplicates(rows: Sequence[InventoryRow], duplicate_of: Mapping[str, str]) -> list[InventoryRow]:
    """``rows`` with ``duplicaat van ID <n>`` added to the ``Toelichting`` of each duplicate (IDs as text)."""
    out = []
    for r in rows:
        target = duplicate_of.get(str(r.id))
        if target is None:
            out.append(r)
            continue
        note = f"duplicaat van ID {target}"
        expl = r.explanation if note in r.explanation else " ".join(x for x in (r.explanation, note + ".") if x)
        out.append(replace(r, explanation=expl))
    return out


def rows_from_log(docs: Sequence[tuple[int, str, int, str, Sequence[str], int]], rules: Rules) -> list[InventoryRow]:
    """Rows for an output folder made before the inventory list existed, from its redaction log:
    ``docs`` = (id, file name, pages, date, grounds of its boxes, boxes). ``Openbaar`` without boxes,
    else ``Deels openbaar`` (the log does not tell whether any text is left)."""
    rows = []
    for doc_id, name, pages, date, grounds, boxes in docs:
        assessment = assess(boxes, 1)
        ordered = order_grounds(grounds, rules)
        rows.append(InventoryRow(doc_id, name, date, assessment, ordered, explanation(assessment, ordered, rules),
                                 pages, boxes))
    return rows
