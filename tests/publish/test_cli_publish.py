"""`redact publish`: the bundle layout, the zip, the inventory (copied or built), exit codes."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from click.testing import CliRunner

from redact.batch.inventory import COLUMNS, CSV_NAME, Assessment, InventoryRow, inventory_csv, read_inventory
from redact.cli import cli
from redact.errors import ExitCode
from redact.publish.bundle import BundleResult, publish
from tests.conftest import SAMPLES, redact_cli
from tests.publish.conftest import PUBLISHER, REFERENCE


def test_bundle_layout_and_zip(bundle: BundleResult) -> None:
    assert bundle.folder.name == REFERENCE and bundle.zip.name == f"{REFERENCE}.zip"
    files = set(bundle.files)
    for name in ("inventarislijst.csv", "inventarislijst.xlsx", "redaction-log.csv", "redaction-log.jsonl",
                 "motivering.pdf", "SHA256SUMS", "documenten/05-brief-burger.pdf",
                 "metadata/05-brief-burger.diwoo.xml", "metadata/05-brief-burger.publicatiebank.json"):
        assert name in files, name
    with zipfile.ZipFile(bundle.zip) as z:
        names = set(z.namelist())
        assert names == {f"{REFERENCE}/{f}" for f in files}
        for f in files:
            assert z.read(f"{REFERENCE}/{f}") == (bundle.folder / f).read_bytes()
    for line in (bundle.folder / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ", 1)
        assert hashlib.sha256((bundle.folder / name).read_bytes()).hexdigest() == digest
    assert not list(bundle.folder.parent.glob(".*.part"))


def test_inventory_built_for_an_older_out(bundle: BundleResult) -> None:
    rows = read_inventory(bundle.folder / CSV_NAME)
    assert [r.document for r in rows] == sorted(p.name for p in (bundle.folder / "documenten").glob("*.pdf"))
    brief = next(r for r in rows if r.document == "05-brief-burger.pdf")
    assert brief.assessment == "Deels openbaar" and brief.grounds == ("5.1.1e", "5.1.2e")
    assert brief.pages == 2 and brief.redactions > 0 and brief.date == "2024-01-25"


def test_inventory_of_out_is_copied_as_is(out_copy: Path, tmp_path: Path) -> None:
    """An OUT with an inventory list (newer `redact run`) keeps its IDs; the files are copied unchanged."""
    names = sorted(p.name for p in out_copy.glob("*.pdf"))
    rows = [InventoryRow(10 + i, n, "", Assessment.OPENBAAR, (), "", 1, 0) for i, n in enumerate(names)]
    (out_copy / CSV_NAME).write_bytes(inventory_csv(rows))
    result = publish(out_copy, tmp_path / "b", overrides={"publisher": PUBLISHER})
    assert (result.folder / CSV_NAME).read_bytes() == (out_copy / CSV_NAME).read_bytes()
    xml = (result.folder / "metadata" / f"{names[0][:-4]}.diwoo.xml").read_text(encoding="utf-8")
    assert "<diwoo:identifier>10</diwoo:identifier>" in xml


def test_cli_publish(samples_out: Path, tmp_path: Path) -> None:
    res = redact_cli("publish", samples_out, "-o", tmp_path / "b", "--publisher", "mnre1058", "--reference", "W 1",
                     "--kind", "brief")
    assert res.returncode == ExitCode.OK, res.stderr
    n = len(list(SAMPLES.glob("*.pdf")))
    assert res.stdout.splitlines()[-1].startswith(f"{n} document(s), ")
    assert f"{tmp_path / 'b' / 'W-1'}/ and {tmp_path / 'b' / 'W-1.zip'}" in res.stdout
    assert (tmp_path / "b" / "W-1.zip").is_file()
    assert "<diwoo:documentsoort resource=" in (tmp_path / "b" / "W-1" / "metadata" / "02-email.diwoo.xml").read_text()


def test_exit_codes(samples_out: Path, tmp_path: Path) -> None:
    """Through ``main()``: its mapping of errors to exit codes, with the messages."""
    no_publisher = redact_cli("publish", samples_out, "-o", tmp_path / "b")
    assert no_publisher.returncode == ExitCode.USAGE and "--publisher" in no_publisher.stderr
    unknown = redact_cli("publish", samples_out, "-o", tmp_path / "b", "--publisher", PUBLISHER,
                         "--category", "geen categorie")
    assert unknown.returncode == ExitCode.USAGE and "geen categorie" in unknown.stderr
    workdir = tmp_path / "work"
    workdir.mkdir()
    (workdir / "a.review.json").write_text("{}")
    refused = redact_cli("publish", workdir, "-o", tmp_path / "b", "--publisher", PUBLISHER)
    assert refused.returncode == ExitCode.USAGE and "redact apply" in refused.stderr
    for r in (no_publisher, unknown, refused):
        assert r.stderr.startswith("error: ") and "Traceback" not in r.stderr
    assert not (tmp_path / "b").exists() or not any((tmp_path / "b").iterdir())
    missing = redact_cli("publish", tmp_path / "weg", "-o", tmp_path / "b", "--publisher", PUBLISHER)
    assert missing.returncode == ExitCode.USAGE and "does not exist" in missing.stderr


def test_help() -> None:
    res = CliRunner().invoke(cli, ["publish", "--help"])
    assert res.exit_code == 0 and "DiWoo" in res.output and "--pdfa" in res.output


def test_columns_match_the_inventory_module() -> None:
    assert COLUMNS == ("ID", "Document", "Datum", "Beoordeling", "Beoordelingsgrond", "Toelichting",
                       "Aantal pagina's", "Aantal weglakkingen", "Bijlage bij")
