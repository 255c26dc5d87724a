"""``redact publish``: a publication bundle (folder + zip) from a finished ``run`` or ``apply`` output.

Layout of ``BUNDLE/<dossier>/`` (``<dossier>``: the Woo request's reference, else OUT's folder name)::

    documenten/<path>.pdf                      redacted PDFs (language nl-NL, title; optionally PDF/A-2b)
    metadata/<path>.diwoo.xml                  DiWoo 0.9.8 diwoo:Document per document
    metadata/<path>.publicatiebank.json        the same for a publicatiebank API (POST /documenten body)
    inventarislijst.csv, inventarislijst.xlsx  inventory list, duplicates marked in Toelichting
    redaction-log.csv, redaction-log.jsonl     the redaction log of OUT, as it is
    motivering.pdf                             motivation report (tagged PDF, Dutch)
    SHA256SUMS                                 checksum of every file above

and ``BUNDLE/<dossier>.zip`` with the same files under ``<dossier>/``.

Guarantees: OUT is only read. The bundle is written to a temporary folder next to it and renamed into
place when complete (an existing bundle of the same dossier is replaced only then); the zip is written
atomically and is reproducible (sorted entries, fixed dates). Every published PDF is a redacted output
that ``run``/``apply`` verified; a PDF that is changed here (language/title added to an older output,
PDF/A conversion) is checked again (``accessibility.ensure_accessible``, ``pdfa.check_conversion``) and
the publication fails on any problem. Nothing in the bundle holds a redacted string: metadata and
report are built from titles (scrubbed at burn-in), codes, counts and settings.
Limits: documents that failed in the run (``errors.csv``) are not in OUT and so not in the bundle; the
result reports how many.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
import re
import shutil
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from redact.errors import LeakError, OutputError, UsageError
from redact.publish.settings import Dossier, load_dossier
from redact.rules import Rules, load_rules

if TYPE_CHECKING:
    from redact.batch.inventory import InventoryRow

LOG_CSV, LOG_JSONL = "redaction-log.csv", "redaction-log.jsonl"
_SLUG = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True, slots=True)
class BundleResult:
    """What ``publish`` wrote."""

    folder: Path
    zip: Path
    documents: int
    redactions: int
    duplicates: dict[str, str]  # inventory ID -> ID it duplicates
    pdfa: bool
    failed_in_run: int  # documents listed in OUT/errors.csv (not published)
    files: tuple[str, ...]  # paths inside the folder


@dataclass(slots=True)
class _Doc:
    relative: str  # posix path under OUT
    data: bytes
    pages: int
    title: str
    text: str  # page text with the printed ground codes left out
    mtime: float
    rows: list[dict[str, str]]
    id: str = ""


def _source_check(source: Path) -> None:
    if not source.is_dir():
        raise UsageError(f"{source}: not a folder; give the output folder of `redact run` or `redact apply`")
    if (source / LOG_CSV).is_file():
        return
    if any(source.glob("*.review.json")):
        raise UsageError(f"{source} is a review work folder: burn the decisions in first with `redact apply "
                         f"{source} -o OUT`, then publish OUT")
    raise UsageError(f"{source}: no {LOG_CSV}; give the output folder of a finished `redact run` or "
                     "`redact apply`")


def _log_rows(source: Path) -> list[dict[str, str]]:
    with (source / LOG_CSV).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _read_doc(source: Path, rel: str, rows: list[dict[str, str]]) -> _Doc:
    import pymupdf

    from redact.pdf.accessibility import GROUND_CODE, choose_title
    from redact.publish.accessibility import ensure_accessible

    path = source / rel
    try:
        data = ensure_accessible(path.read_bytes())
    except ValueError as e:
        raise OutputError(path, str(e)) from e
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        texts = [page.get_text() for page in doc]
        title = choose_title(doc, (doc.metadata or {}).get("title") or "")
        pages = doc.page_count
    text = GROUND_CODE.sub(" ", "\f".join(texts))
    return _Doc(rel, data, pages, title or Path(rel).stem, text, path.stat().st_mtime, rows)


def _inventory(source: Path, docs: list[_Doc], rules: Rules) -> tuple[list[InventoryRow], bool]:
    """The inventory rows (IDs assigned to ``docs``) and whether they were copied from OUT."""
    from redact.batch import inventory as inv
    from redact.detect.dates import document_date

    if (source / inv.CSV_NAME).is_file():
        rows = inv.read_inventory(source / inv.CSV_NAME)
        by_name: dict[str, list[str]] = {}
        for r in rows:
            by_name.setdefault(r.document, []).append(str(r.id))
        for d in docs:
            ids = by_name.get(Path(d.relative).name) or by_name.get(d.relative)
            if not ids:
                raise UsageError(f"{source / inv.CSV_NAME} has no row for {d.relative}; run again to rebuild it")
            d.id = ids.pop(0)
        return rows, True
    facts = []
    for n, d in enumerate(docs, start=1):
        d.id = str(n)
        facts.append((n, Path(d.relative).name, d.pages, document_date(d.text),
                      [r["grond"] for r in d.rows], len(d.rows)))
    return inv.rows_from_log(facts, rules), False


def _redacted_at(d: _Doc) -> str:
    times = sorted(r.get("tijdstip", "") for r in d.rows if r.get("tijdstip"))
    if times:
        return times[-1]
    return dt.datetime.fromtimestamp(d.mtime, dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _zip(folder: Path, name: str, files: list[str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for rel in sorted(files):
            info = zipfile.ZipInfo(f"{name}/{rel}", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, (folder / rel).read_bytes())
    return buf.getvalue()


def publish(source: Path, bundle: Path, *, dossier_file: Path | None = None,
            overrides: Mapping[str, str | None] | None = None, pdfa: bool = False, rules: Rules | None = None,
            rules_dir: Path | None = None, today: dt.date | None = None) -> BundleResult:
    """Write the publication bundle of ``source`` (a finished OUT) into ``bundle`` (see the module)."""
    from redact import __version__
    from redact.batch import inventory as inv
    from redact.pipeline.report import SALT_FILE
    from redact.publish import diwoo, motivation
    from redact.publish import pdfa as pdfa_mod
    from redact.publish.duplicates import find_duplicates

    _source_check(source)
    rules = rules or load_rules(rules_dir)
    dossier: Dossier = load_dossier(dossier_file, overrides, rules_dir=rules_dir, default_title=source.name)
    log = _log_rows(source)
    by_doc: dict[str, list[dict[str, str]]] = {}
    for r in log:
        by_doc.setdefault(r["document"], []).append(r)
    rels = sorted(p.relative_to(source).as_posix() for p in source.rglob("*.pdf")
                  if p.is_file() and not any(part.startswith(".") for part in p.relative_to(source).parts))
    missing = sorted(set(by_doc) - set(rels))
    if missing:
        raise UsageError(f"{source}: the log names {len(missing)} document(s) whose PDF is missing "
                         f"(e.g. {missing[0]}); run again before publishing")
    if not rels:
        raise UsageError(f"{source}: no redacted PDFs to publish")
    docs = [_read_doc(source, rel, by_doc.get(rel, [])) for rel in rels]

    if pdfa:
        salt_path = source / SALT_FILE
        salt = bytes.fromhex(salt_path.read_text().strip()) if salt_path.is_file() else None
        for d in docs:
            converted = pdfa_mod.to_pdfa(d.data)
            hashes = frozenset(r["teksthash"] for r in d.rows if r.get("teksthash"))
            problems = pdfa_mod.check_conversion(d.data, converted, salt=salt, redacted_hashes=hashes)
            if any("redacted" in p for p in problems):
                raise LeakError(source / d.relative, tuple(problems))
            if problems:
                raise pdfa_mod.PdfaError(f"{source / d.relative}: PDF/A conversion failed its checks "
                                         f"({'; '.join(problems)}); nothing was published")
            d.data = converted

    rows, copied = _inventory(source, docs, rules)
    dups = find_duplicates({d.id: d.text for d in docs})
    marked = inv.with_duplicates(rows, dups)
    row_by_id = {str(r.id): r for r in marked}

    name = _SLUG.sub("-", dossier.reference or source.name).strip("-.") or "dossier"
    bundle.mkdir(parents=True, exist_ok=True)
    final = bundle / name
    work = bundle / f".{name}.part"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    try:
        files: list[str] = []

        def put(rel: str, data: bytes) -> None:
            path = work / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            files.append(rel)

        summaries = []
        for d in docs:
            pdf_rel = f"documenten/{d.relative}"
            put(pdf_rel, d.data)
            row = row_by_id[d.id]
            stem = d.relative[:-4] if d.relative.lower().endswith(".pdf") else d.relative
            grounds = "; ".join(row.grounds) or "geen"
            description = (f"{row.assessment}; {len(d.rows)} weglakking(en), grond(en): {grounds}."
                           if d.rows else f"{row.assessment}.")
            first_page = d.text.split("\f", 1)[0]
            meta = diwoo.DocumentMeta(
                identifier=f"{dossier.reference}-{d.id}" if dossier.reference else d.id,
                filename=Path(d.relative).name, size=len(d.data), title=d.title, description=description,
                date=row.date, redacted_at=_redacted_at(d), kind=dossier.kind_for(first_page))
            put(f"metadata/{stem}.diwoo.xml", diwoo.document_xml(meta, dossier))
            put(f"metadata/{stem}.publicatiebank.json", diwoo.publicatiebank_json(meta, dossier))
            summaries.append(motivation.DocSummary(
                d.id, Path(d.relative).name, d.pages,
                tuple(motivation.Redaction(int(r["pagina"]) if r["pagina"].isdigit() else 0, r["categorie"],
                                           r["grond"], r.get("besluit", ""), bool(r.get("beoordelaar")))
                      for r in d.rows),
                dups.get(d.id, "")))
        if copied and not dups:
            put(inv.CSV_NAME, (source / inv.CSV_NAME).read_bytes())
            if (source / inv.XLSX_NAME).is_file():
                put(inv.XLSX_NAME, (source / inv.XLSX_NAME).read_bytes())
            else:
                put(inv.XLSX_NAME, inv.inventory_xlsx(marked))
        else:
            put(inv.CSV_NAME, inv.inventory_csv(marked))
            put(inv.XLSX_NAME, inv.inventory_xlsx(marked))
        for log_name in (LOG_CSV, LOG_JSONL):
            if (source / log_name).is_file():
                put(log_name, (source / log_name).read_bytes())
        put("motivering.pdf", motivation.report_pdf(dossier, summaries, rules, today=today, version=__version__))
        sums = "".join(f"{hashlib.sha256((work / f).read_bytes()).hexdigest()}  {f}\n" for f in sorted(files))
        put("SHA256SUMS", sums.encode())
        if final.exists():
            shutil.rmtree(final)
        os.replace(work, final)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    from redact.files import write_atomic

    zip_path = bundle / f"{name}.zip"
    write_atomic(zip_path, _zip(final, name, files))
    failed = 0
    if (source / "errors.csv").is_file():
        with (source / "errors.csv").open(encoding="utf-8", newline="") as fh:
            failed = sum(1 for _ in csv.DictReader(fh))
    return BundleResult(final, zip_path, len(docs), sum(len(d.rows) for d in docs), dups, pdfa, failed,
                        tuple(sorted(files)))
