"""The ``--public-list`` file: a dossier's own public office holders, read from text, CSV, XLSX or YAML.

Formats (chosen by the file's extension):

* ``.txt`` (or any other): one name per line; ``#`` starts a comment line;
* ``.csv``: a header row, then one person per row; comma or semicolon separated, UTF-8 (a BOM is fine);
* ``.xlsx``: the first sheet, a header row, then one person per row;
* ``.yaml``/``.yml``: a list of mappings (or ``{persons: [...]}``); a plain string is a name.

Columns / keys (case-insensitive, Dutch or English): ``naam``/``name`` (required), ``functie``/``function``,
``organisatie``/``organisation``/``organization``, ``periode``/``period`` (``2018-2022``,
``2018-03-29 - 2022-03-30``, ``vanaf 2022``, ``tot 2022-03-30``) or ``van``/``from``/``start`` and
``tot``/``to``/``end``. A year alone means its whole year.

Guarantees: fail closed - an unreadable file, a missing name column, an unknown column or a date that
cannot be read is a ``RulesError`` naming the file, row and column (never the name itself), never a
silently shorter list.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

from redact.errors import RulesError
from redact.models import PublicPerson

__all__ = ["read_public_list"]

_KEYS = {
    "naam": "name", "name": "name", "functie": "function", "function": "function", "rol": "function",
    "role": "function", "organisatie": "organisation", "organisation": "organisation",
    "organization": "organisation", "orgaan": "organisation", "periode": "period", "period": "period",
    "van": "start", "from": "start", "start": "start", "begin": "start", "tot": "end", "to": "end",
    "end": "end", "einde": "end",
}
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})-(\d{1,2}))?")
_SPLIT = re.compile(r"\s*(?:–|—|\s-\s|/|\btot\b|\bt/m\b)\s*|(?<=\d{4})-(?=\d{4}\b)")


def _date(value: str, *, end: bool, where: str) -> str:
    value = value.strip()
    if not value:
        return ""
    m = _DATE.fullmatch(value)
    if m is None:
        raise RulesError(f"{where}: not a date or year (use YYYY or YYYY-MM-DD)")
    year, month, day = m.groups()
    if month is None:
        return f"{year}-12-31" if end else f"{year}-01-01"
    return f"{year}-{int(month):02d}-{int(day):02d}"


def _period(value: str, where: str) -> tuple[str, str]:
    v = " ".join(value.lower().split())
    if not v:
        return "", ""
    if v.startswith(("vanaf ", "sinds ", "from ", "since ")):
        return _date(v.split(" ", 1)[1], end=False, where=where), ""
    if v.startswith(("tot ", "until ", "t/m ")):
        return "", _date(v.split(" ", 1)[1], end=True, where=where)
    parts = [p for p in _SPLIT.split(v) if p is not None and p.strip()]
    if len(parts) == 1:
        return _date(parts[0], end=False, where=where), _date(parts[0], end=True, where=where)
    if len(parts) == 2:
        return _date(parts[0], end=False, where=where), _date(parts[1], end=True, where=where)
    raise RulesError(f"{where}: cannot read the period (use e.g. 2018-2022 or 2018-03-29 - 2022-03-30)")


def _person(row: Mapping[str, Any], where: str) -> PublicPerson | None:
    fields: dict[str, str] = {}
    for key, value in row.items():
        if key is None or not str(key).strip():
            continue
        norm = _KEYS.get(str(key).strip().lower())
        if norm is None:
            raise RulesError(f"{where}: unknown column {str(key).strip()!r}; known: {', '.join(sorted(set(_KEYS)))}")
        fields[norm] = "" if value is None else (value.isoformat()[:10] if hasattr(value, "isoformat")
                                                 else str(value)).strip()
    name = " ".join(fields.get("name", "").split())
    if not name:
        return None
    start, end = _period(fields.get("period", ""), f"{where}, column period")
    start = _date(fields["start"], end=False, where=f"{where}, column start") if fields.get("start") else start
    end = _date(fields["end"], end=True, where=f"{where}, column end") if fields.get("end") else end
    return PublicPerson(name, fields.get("function", ""), fields.get("organisation", ""), start, end)


def _rows(header: list[Any], rows: Iterable[list[Any]], path: Path) -> tuple[PublicPerson, ...]:
    keys = [str(h).strip() if h is not None else "" for h in header]
    if not any(_KEYS.get(k.lower()) == "name" for k in keys):
        raise RulesError(f"{path}: the header row has no name column (naam/name)")
    out: list[PublicPerson] = []
    for n, row in enumerate(rows, start=2):
        person = _person(dict(zip(keys, list(row) + [None] * (len(keys) - len(row)), strict=False)),
                         f"{path}, row {n}")
        if person is not None:
            out.append(person)
    return tuple(out)


def _csv(path: Path, text: str) -> tuple[PublicPerson, ...]:
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows = [r for r in reader if any(c.strip() for c in r)]
    if not rows:
        return ()
    return _rows(rows[0], rows[1:], path)


def _xlsx(path: Path) -> tuple[PublicPerson, ...]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises several types for a damaged file
        raise RulesError(f"{path}: cannot read the spreadsheet ({type(e).__name__})") from None
    try:
        rows = [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)
                if any(c is not None and str(c).strip() for c in r)]
    finally:
        wb.close()
    if not rows:
        return ()
    return _rows(rows[0], rows[1:], path)


def _yaml(path: Path, text: str) -> tuple[PublicPerson, ...]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise RulesError(f"{path}: invalid YAML ({type(e).__name__})") from None
    if isinstance(data, dict):
        data = data.get("persons", data.get("personen"))
    if data is None:
        return ()
    if not isinstance(data, list):
        raise RulesError(f"{path}: expected a list of persons (or persons: [...])")
    out: list[PublicPerson] = []
    for n, item in enumerate(data, start=1):
        row = {"name": item} if isinstance(item, str) else item
        if not isinstance(row, dict):
            raise RulesError(f"{path}, item {n}: expected a name or a mapping with name, function, …")
        person = _person(row, f"{path}, item {n}")
        if person is not None:
            out.append(person)
    return tuple(out)


def read_public_list(path: str | Path) -> tuple[PublicPerson, ...]:
    """The public persons in ``path`` (see the module docstring for the formats)."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".xlsx":
        return _xlsx(p)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise RulesError(f"{p}: cannot read the public list ({type(e).__name__})") from None
    if suffix == ".csv":
        return _csv(p, text)
    if suffix in (".yaml", ".yml"):
        return _yaml(p, text)
    return tuple(PublicPerson(" ".join(line.split())) for line in text.splitlines()
                 if line.strip() and not line.lstrip().startswith("#"))
