"""The README's first command end to end: ``redact run samples/ -o OUT`` as a process, every output checked
against its ``samples/*.expected.yaml``.

For each sample: every ``redact`` string is gone from the page text of three extractors (PyMuPDF,
pdftotext, pypdf), from the metadata, XMP, annotations, bookmarks and attachments, and from every object
and decompressed stream of the file; every ``keep`` string is still readable by all three; every page
with a redaction shows its ground code. The log has one row per box drawn (counted in the PDF itself)
and no personal data; the inventory lists every document with the right assessment, grounds and counts.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pymupdf
import pypdf
import pytest
import yaml

from redact.errors import ExitCode
from tests.conftest import SAMPLES, SamplesRun, norm, pdftotext, redact_cli
from tests.hostile.util import SHORT, structure_text

EXPECTED = sorted(SAMPLES.glob("*.expected.yaml"))
SPECS = {p.name.split(".")[0]: yaml.safe_load(p.read_text(encoding="utf-8")) for p in EXPECTED}
LOG_COLUMNS = ["document", "pagina", "vak", "x0", "y0", "x1", "y1", "categorie", "grond", "toelichting", "detector",
               "score", "besluit", "beoordelaar", "tijdstip", "teksthash", "twijfel"]
INVENTORY_COLUMNS = ["ID", "Document", "Datum", "Beoordeling", "Beoordelingsgrond", "Toelichting",
                     "Aantal pagina's", "Aantal weglakkingen", "Bijlage bij"]


def _found(needle: str, text: str) -> bool:
    """``needle`` in ``text`` (white space normalised); a short one only as a whole word ("ED", a paraph,
    is no leak inside "GEBOORTEDATUM")."""
    n = norm(needle)
    if len(n) >= SHORT:
        return n in text
    return re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) is not None


def _extractors(path: Path) -> dict[str, str]:
    with pymupdf.open(path) as doc:
        mupdf = " ".join(page.get_text() for page in doc)
    return {"pymupdf": norm(mupdf), "pdftotext": norm(pdftotext(path)),
            "pypdf": norm(" ".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages))}


def _side_channels(path: Path) -> str:
    r = pypdf.PdfReader(path)
    parts = [str(r.metadata or {})]
    if r.xmp_metadata is not None:
        parts.append(r.xmp_metadata.stream.get_data().decode("utf-8", "replace"))
    for page in r.pages:
        parts += [str(a.get_object()) for a in page.get("/Annots") or []]
    parts += [str(r.outline), str(list(r.attachments))]
    with pymupdf.open(path) as doc:
        parts += [str(doc.metadata), doc.get_xml_metadata(), str(doc.get_toc(simple=False)), *doc.embfile_names()]
        parts += [str(a.info) for page in doc for a in page.annots() or ()]
    return norm("\n".join(parts))


def _log(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (out / "redaction-log.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def run(samples_run: SamplesRun) -> Path:
    assert samples_run.process.returncode == ExitCode.OK, samples_run.process.stderr
    return samples_run.out


def test_at_least_eight_samples() -> None:
    assert len(EXPECTED) >= 8


def test_run_reports_every_document_done(samples_run: SamplesRun) -> None:
    r = samples_run.process
    assert r.returncode == ExitCode.OK, r.stderr
    n = len(EXPECTED)
    assert f"{n} document(s): {n} to do, 0 already done" in r.stderr
    assert f"{n}/{n} documents (0 failed)" in r.stderr
    assert "Traceback" not in r.stderr and "error" not in r.stderr.lower()
    assert "were lost" not in r.stderr  # collateral loss: words outside the boxes that disappeared
    assert re.search(rf"│ +{n} │ +0 │ +0 │", r.stdout), r.stdout  # documents ok, failed, skipped
    assert (samples_run.out / "errors.csv").read_text(encoding="utf-8").splitlines() == ["document,reden,melding"]
    assert sorted(p.name for p in samples_run.out.glob("*.pdf")) == sorted(s["document"] for s in SPECS.values())


@pytest.mark.parametrize("name", sorted(SPECS))
def test_sample_redacted(run: Path, name: str) -> None:
    spec = SPECS[name]
    out_pdf = run / spec["document"]
    texts = _extractors(out_pdf)
    side = _side_channels(out_pdf)
    structure, unreadable = structure_text(out_pdf)
    assert unreadable == []
    for item in spec["redact"]:
        for extractor, text in texts.items():
            assert not _found(item["text"], text), f"{item['category']} still in the {extractor} text"
        assert not _found(item["text"], side), f"{item['category']} in metadata/annotations/bookmarks"
        if len(norm(item["text"])) >= SHORT:
            assert norm(item["text"]) not in norm(structure), f"{item['category']} in an object or stream"
    for keep in spec.get("keep", []):
        for extractor, text in texts.items():
            assert norm(keep) in text, f"public text lost ({extractor}): {keep!r}"
    # rows outside the pages name their place ("metadata Author") instead of a page number
    rows = [r for r in _log(run) if r["document"] == spec["document"] and r["pagina"].isdigit()]
    assert rows, "no redactions"
    with pymupdf.open(out_pdf) as doc:
        for pno in sorted({int(r["pagina"]) for r in rows}):
            codes = {r["grond"] for r in rows if int(r["pagina"]) == pno}
            assert any(c in doc[pno - 1].get_text() for c in codes), f"page {pno} shows no ground code"
    categories = {item["category"] for item in spec["redact"]}
    assert {r["categorie"] for r in rows} >= categories - {"HANDTEKENING"}
    assert all(r["grond"] == ("5.1.1e" if r["categorie"] == "BSN" else "5.1.2e") for r in rows)


def _boxes_drawn(path: Path) -> dict[int, int]:
    """Per page (1-based), the boxes burnt in: each is a marked-content span with a "Weggelakt" /Alt."""
    with pymupdf.open(path) as doc:
        return {page.number + 1: b"".join(doc.xref_stream(x) for x in page.get_contents()).count(b"/Alt (Weggelakt")
                for page in doc}


def test_log_has_one_row_per_box_and_no_personal_data(run: Path) -> None:
    csv_text = (run / "redaction-log.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(csv_text)))
    assert csv_text.splitlines()[0].split(",") == LOG_COLUMNS
    assert rows == _log(run)  # the two files hold the same rows
    for spec in SPECS.values():
        # rows outside the pages (metadata, bookmarks …) name their place instead of a page, and have no box
        side = [r for r in rows if r["document"] == spec["document"] and not r["pagina"].isdigit()]
        assert all(r["pagina"] and not r["x0"] and r["besluit"] in ("verwijderd", "vervangen") for r in side)
        assert bool(side) == bool(spec.get("in_metadata")), spec["document"]
        doc_rows = [r for r in rows if r["document"] == spec["document"] and r["pagina"].isdigit()]
        per_page = {p: n for p, n in _boxes_drawn(run / spec["document"]).items() if n}
        assert {p: sum(int(r["pagina"]) == p for r in doc_rows) for p in per_page} == per_page
        assert len(doc_rows) == sum(per_page.values())
        for page in per_page:  # boxes are numbered per page
            numbers = [int(r["vak"]) for r in doc_rows if int(r["pagina"]) == page]
            assert numbers == list(range(1, len(numbers) + 1))
    assert all(re.fullmatch(r"[0-9a-f]{16}", r["teksthash"]) for r in rows)
    log_text = csv_text + (run / "redaction-log.jsonl").read_text(encoding="utf-8")
    for spec in SPECS.values():
        for item in spec["redact"]:  # as a whole word: "ED" (a paraph) may sit inside "GEBOORTEDATUM"
            assert not re.search(rf"(?<!\w){re.escape(item['text'])}(?!\w)", log_text), item["category"]


def test_inventory_lists_every_document(run: Path) -> None:
    raw = (run / "inventarislijst.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") == raw.count(b"\n")  # no BOM, CRLF
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert rows[0] == INVENTORY_COLUMNS
    sheet = openpyxl.load_workbook(run / "inventarislijst.xlsx").active
    assert sheet is not None
    cells = [["" if v is None else v for v in row] for row in sheet.iter_rows(values_only=True)]
    assert cells[0] == INVENTORY_COLUMNS and len(cells) == len(rows)
    log = _log(run)
    specs = sorted(SPECS.values(), key=lambda s: s["document"])
    assert [r[1] for r in rows[1:]] == [s["document"] for s in specs]
    for i, (row, cell, spec) in enumerate(zip(rows[1:], cells[1:], specs, strict=True), start=1):
        number, document, date, assessment, grounds, note, pages, passages, parent = row
        assert parent == "" and cell[8] == ""  # no sample is an attachment
        assert number == str(i) and cell[0] == i and cell[1] == document
        assert assessment == cell[3] == "Deels openbaar"
        bsn = any(item["category"] == "BSN" for item in spec["redact"])
        assert grounds == cell[4] == ("5.1.1e; 5.1.2e" if bsn else "5.1.2e")
        assert note == cell[5] and note.startswith("Deels openbaar.") and "5.1.2e:" in note
        with pymupdf.open(run / document) as doc:
            assert int(pages) == cell[6] == doc.page_count == spec["pages"]
        boxes = sum(r["document"] == document for r in log)
        assert 0 < int(passages) == cell[7] <= boxes  # a name over two lines: one passage, two boxes
        assert date == "" or (re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) and cell[2].strftime("%Y-%m-%d") == date)


def test_rerun_does_nothing_and_changes_nothing(run: Path, tmp_path: Path) -> None:
    out = shutil.copytree(run, tmp_path / "out")
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file() and ".redact" not in p.parts}
    again = redact_cli("run", "samples/", "-o", out)
    assert again.returncode == ExitCode.OK, again.stderr
    n = len(EXPECTED)
    assert f"{n} document(s): 0 to do, {n} already done" in again.stderr
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file() and ".redact" not in p.parts}
    assert after == before


def test_inspect_prints_the_table(tmp_path: Path) -> None:
    spec = SPECS["08-besluit"]
    r = redact_cli("inspect", SAMPLES / spec["document"])
    assert r.returncode == ExitCode.OK, r.stderr
    lines = r.stdout.splitlines()
    title = next(line.strip() for line in lines if line.strip())
    m = re.fullmatch(rf"{re.escape(spec['document'])}: (\d+) finding\(s\) on 1 page\(s\)", title)
    assert m, title
    header = next(line for line in lines if "category" in line)
    assert [c.strip() for c in header.strip("┃ ").split("┃")] == [
        "page", "category", "ground", "score", "detector", "text", "evidence"]
    cells = [[c.strip() for c in line.strip("│ ").split("│")] for line in lines if line.startswith("│ 1 ")]
    assert len(cells) == int(m.group(1))
    found = {(c[1], c[5]) for c in cells}
    for item in spec["redact"]:
        if item["text"] not in spec.get("in_metadata", []):
            assert any(cat == item["category"] and item["text"] in text for cat, text in found), item["category"]
    assert {c[2] for c in cells} == {"5.1.2e"} and all(0 < float(c[3]) <= 1 for c in cells)
    assert not list(tmp_path.iterdir())  # nothing written
