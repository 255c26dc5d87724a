"""Spreadsheets (``.xlsx``; ``.xls``/``.ods`` after LibreOffice made them ``.xlsx``; ``.csv``) → HTML tables
→ PDF, showing every cell.

Guarantees:
- every sheet is shown, in workbook order, under a heading with its name; a hidden or very hidden sheet
  is shown too and marked ``(verborgen blad)``; a chart sheet (no cells) is named with a note;
- every row and column from A1 to the last used cell is shown; hidden rows and columns are shown and
  marked (``verborgen`` in the row number or column letter, on a grey background); the warnings count
  them, so nothing is dropped silently;
- a formula shows its stored (cached) value; a formula without a stored value (a file never opened
  in a spreadsheet program) shows its formula text, and a warning counts them;
- cell comments are listed under their sheet (``Opmerking bij B3: …``);
- each sheet starts on a new page; the table is laid out landscape, and a table wider than the page
  makes the page larger (see ``render.py``): every column is on the page; merged cells show their value once (top-left);
- CSV: encoding UTF-8 (with or without BOM), else Windows-1252; the delimiter is sniffed among
  ``, ; TAB |`` (``;`` when undecided and present — Dutch Excel's choice).

Limits: values are shown plainly (numbers up to 15 significant digits, percentages, dates as
``dd-mm-jjjj``), not in the sheet's own number formats; cell colours and fonts are not reproduced; a
sheet of more than ``MAX_CELLS`` cells raises ``ConversionError`` (split it).
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

import openpyxl
import pymupdf
from openpyxl.utils import get_column_letter

from redact.convert import render
from redact.errors import ConversionError, PasswordProtectedError

MAX_CELLS = 1_000_000
_CSS = """
th { background-color: #eee; font-weight: normal; }
td.h, th.h { background-color: #ccc; }
h2 { font-size: 12pt; }
td { font-size: 8pt; } th { font-size: 7pt; }
td.s { white-space: nowrap; }
"""
_SHORT = 40  # a cell of at most this many characters is not wrapped: a name stays on one line


def _text(value: object, number_format: str = "General") -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "WAAR" if value else "ONWAAR"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return f"{value:%d-%m-%Y}"
        return f"{value:%d-%m-%Y %H:%M:%S}"
    if isinstance(value, dt.date):
        return f"{value:%d-%m-%Y}"
    if isinstance(value, dt.time):
        return f"{value:%H:%M:%S}"
    if isinstance(value, float):
        if "%" in number_format:
            return f"{value * 100:.15g}%"
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:.15g}"
    return str(value)


def _cell_class(hidden: bool, cell: str) -> str:
    """A hidden row's cells are marked (``h``); short cells are kept on one line (``s``): a name or a
    phone number broken over two lines is harder to read, and to find."""
    classes = [c for c, on in (("h", hidden), ("s", 0 < len(cell) <= _SHORT and "\n" not in cell)) if on]
    return f' class="{" ".join(classes)}"' if classes else ""


def _table(rows: Iterable[Sequence[str]], letters: Sequence[tuple[str, bool]],
           row_numbers: Iterable[tuple[int, bool]]) -> str:
    out = ["<table><tr><th></th>"]
    for letter, hid in letters:
        out.append(f'<th class="h">{letter} (verborgen)</th>' if hid else f"<th>{letter}</th>")
    out.append("</tr>")
    for (number, hidden), row in zip(row_numbers, rows, strict=True):
        cls = ' class="h"' if hidden else ""
        out.append(f"<tr><th{cls}>{number}{' (verborgen)' if hidden else ''}</th>")
        out.extend(f"<td{_cell_class(hidden, cell)}>{html.escape(cell, quote=False)}</td>" for cell in row)
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def xlsx_to_pdf(data: bytes, path: Path | str) -> tuple[bytes, tuple[str, ...]]:
    """The PDF of an ``.xlsx`` workbook and its warnings (see the module's guarantees)."""
    try:
        values = openpyxl.load_workbook(io.BytesIO(data), data_only=True, read_only=False)
        formulas = openpyxl.load_workbook(io.BytesIO(data), data_only=False, read_only=False)
    except Exception as e:
        if data.startswith(b"\xd0\xcf\x11\xe0"):
            raise PasswordProtectedError(path) from e
        raise ConversionError(path, f"the workbook cannot be read ({type(e).__name__})") from e
    sheets: list[list[str]] = []
    hidden_sheets = hidden_rows = hidden_cols = uncached = cells = 0
    for ws in values.worksheets + [c for c in values.chartsheets]:
        state = getattr(ws, "sheet_state", "visible")
        mark = " (verborgen blad)" if state != "visible" else ""
        hidden_sheets += bool(mark)
        parts: list[str] = []
        sheets.append(parts)
        parts.append(f"<h2>Blad: {html.escape(ws.title)}{mark}</h2>")
        if ws not in values.worksheets:
            parts.append("<p>(grafiekblad zonder cellen)</p>")
            continue
        fws = formulas[ws.title]
        max_row, max_col = ws.max_row, ws.max_column
        cells += max_row * max_col
        if cells > MAX_CELLS:
            raise ConversionError(path, f"more than {MAX_CELLS} cells; split the workbook")
        hidden_c = {c for c in range(1, max_col + 1) if _col_hidden(ws, c)}
        hidden_r = {r for r in range(1, max_row + 1) if ws.row_dimensions[r].hidden}
        hidden_rows += len(hidden_r)
        hidden_cols += len(hidden_c)
        rows: list[list[str]] = []
        comments: list[str] = []
        for r in range(1, max_row + 1):
            row = []
            for c in range(1, max_col + 1):
                cell = ws.cell(r, c)
                value = cell.value
                if value is None:
                    raw = fws.cell(r, c).value
                    if isinstance(raw, str) and raw.startswith("="):
                        value, uncached = raw, uncached + 1
                row.append(_text(value, cell.number_format))
                if cell.comment is not None and cell.comment.text:
                    comments.append(f"<p>Opmerking bij {cell.coordinate}: "
                                    f"{html.escape(cell.comment.text.strip(), quote=False)}</p>")
            rows.append(row)
        letters = [(get_column_letter(c), c in hidden_c) for c in range(1, max_col + 1)]
        parts.append(_table(rows, letters, ((r, r in hidden_r) for r in range(1, max_row + 1))))
        parts.extend(comments)
    warnings = []
    if hidden_sheets:
        warnings.append(f"{hidden_sheets} hidden sheet(s) shown")
    if hidden_rows:
        warnings.append(f"{hidden_rows} hidden row(s) shown")
    if hidden_cols:
        warnings.append(f"{hidden_cols} hidden column(s) shown")
    if uncached:
        warnings.append(f"{uncached} formula(s) without a stored value shown as formulas")
    return _pdf(sheets, path), tuple(warnings)


def _col_hidden(ws: object, col: int) -> bool:
    dims = getattr(ws, "column_dimensions", {})
    for dim in dims.values():
        low, high = dim.min or 0, dim.max or 0
        if dim.hidden and low <= col <= high:
            return True
    return False


def _pdf(sheets: list[list[str]], path: Path | str) -> bytes:
    """One PDF: each sheet laid out on its own pages (so one wide sheet does not enlarge the others)."""
    try:
        if len(sheets) == 1:
            return render.html_to_pdf("".join(sheets[0]), landscape=True, css=_CSS)
        merged = pymupdf.open()
        for parts in sheets:
            with pymupdf.open("pdf", render.html_to_pdf("".join(parts), landscape=True, css=_CSS)) as one:
                merged.insert_pdf(one)
        return render.normalise(merged.tobytes(garbage=3, deflate=True, no_new_id=True))
    except render.LayoutError as e:
        raise ConversionError(path, "the table cannot be laid out") from e


def decode_text(data: bytes) -> str:
    """Text in UTF-8 (with or without BOM), else Windows-1252 (never fails)."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def csv_to_pdf(data: bytes, path: Path | str) -> tuple[bytes, tuple[str, ...]]:
    """The PDF of a CSV file (see the module's guarantees)."""
    text = decode_text(data)
    sample = "\n".join(text.splitlines()[:50])
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ";" if sample.count(";") > sample.count(",") else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    width = max((len(r) for r in rows), default=0)
    if len(rows) * max(width, 1) > MAX_CELLS:
        raise ConversionError(path, f"more than {MAX_CELLS} cells; split the file")
    padded = [r + [""] * (width - len(r)) for r in rows]
    letters = [(get_column_letter(c), False) for c in range(1, width + 1)]
    table = _table(padded, letters, ((r, False) for r in range(1, len(rows) + 1)))
    return _pdf([[table]], path), ()
