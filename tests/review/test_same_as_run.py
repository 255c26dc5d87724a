"""`redact propose` + `redact apply --approve-pending` gives what `redact run` gives, byte for byte, for a
dossier with text documents, scanned documents and a document with a text page and a scanned page: the
scanned pages are burnt with the OCR words the reviewer saw, never read again."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pymupdf
import pytest

from redact.api import apply_review, propose_review, run_batch
from redact.pdf.ocr import tesseract_available
from tests.conftest import SAMPLES
from tests.ocr.scans import make_scan

pytestmark = pytest.mark.skipif(not tesseract_available(), reason="needs tesseract-ocr + tesseract-ocr-nld")


@pytest.fixture(scope="module")
def dossier(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("dossier")
    shutil.copy(SAMPLES / "01-nota.pdf", d / "01-nota.pdf")
    shutil.copy(SAMPLES / "07-chat.pdf", d / "07-chat.pdf")
    make_scan(SAMPLES / "02-email.pdf", d / "02-email-scan.pdf", dpi=300, skew=0.4, noise=0.002)
    make_scan(SAMPLES / "05-brief-burger.pdf", d / "05-brief-scan.pdf", dpi=300, skew=0.3, noise=0.002, seed=3)
    # one text page followed by one scanned page
    scan = make_scan(SAMPLES / "04-brief-minister.pdf", d / "tmp-scan.pdf", dpi=300, skew=0.2, noise=0.0)
    with pymupdf.open(SAMPLES / "03-verslag.pdf") as mixed, pymupdf.open(scan) as scanned:
        mixed.insert_pdf(scanned, from_page=0, to_page=0)
        mixed.save(d / "06-gemengd.pdf", garbage=3, deflate=True)
    scan.unlink()
    return d


def _rows(path: Path, drop: tuple[str, ...] = ()) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: v for k, v in r.items() if k not in drop} for r in csv.DictReader(fh)]


def test_propose_and_apply_give_the_bytes_of_run(dossier: Path, tmp_path: Path) -> None:
    ran = run_batch([dossier], tmp_path / "run", jobs=1)
    assert ran.count("ok") == 5, [o.error for o in ran.outcomes]
    proposed = propose_review([dossier], tmp_path / "work")
    assert all(o.status == "ok" for o in proposed), [o.error for o in proposed]
    assert sorted(p.name for p in (tmp_path / "work").glob("*.ocr.json")) == [
        "01-nota.ocr.json", "02-email-scan.ocr.json", "05-brief-scan.ocr.json", "06-gemengd.ocr.json",
        "07-chat.ocr.json"]
    applied = apply_review(tmp_path / "work", tmp_path / "apply", approve_pending_by="T. Ester", jobs=2)
    assert applied.count("ok") == 5, [o.error for o in applied.outcomes]
    for o in ran.outcomes:
        name = o.item.relative.as_posix()
        assert (tmp_path / "run" / name).read_bytes() == (tmp_path / "apply" / name).read_bytes(), name
    scanned = [o for o in ran.outcomes if "scan" in o.item.relative.name or "gemengd" in o.item.relative.name]
    assert all(o.counts.get("NAAM") for o in scanned)  # OCR found names there: the scans were really redacted
    # the same inventory (dates and assessments too) and the same boxes in the log; only the decision
    # columns differ (approved at apply, by whom, when)
    assert (tmp_path / "run" / "inventarislijst.csv").read_bytes() == (
        tmp_path / "apply" / "inventarislijst.csv").read_bytes()
    decision = ("besluit", "beoordelaar", "tijdstip", "teksthash")
    assert _rows(tmp_path / "run" / "redaction-log.csv", decision) == _rows(
        tmp_path / "apply" / "redaction-log.csv", decision)
    assert {r["beoordelaar"] for r in _rows(tmp_path / "apply" / "redaction-log.csv")} == {"T. Ester"}


def test_apply_never_reads_a_scan_again(dossier: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With Tesseract made unusable after propose, apply still burns the scanned pages (from the stored
    words); without the stored words it refuses instead of guessing."""
    import redact.pdf.ocr as ocr

    work = tmp_path / "work"
    propose_review([dossier / "02-email-scan.pdf"], work)

    def broken(*_a: object, **_k: object) -> str:
        raise AssertionError("OCR ran at apply")

    monkeypatch.setattr(ocr, "_run_tesseract", broken)
    done = apply_review(work, tmp_path / "out", approve_pending_by="T. Ester", executor="serial", jobs=1)
    assert done.count("ok") == 1, [o.error for o in done.outcomes]
    (work / "02-email-scan.ocr.json").unlink()
    again = apply_review(work, tmp_path / "out2", approve_pending_by="T. Ester", executor="serial", jobs=1)
    assert again.count("failed") == 1 and again.outcomes[0].reason == "stale-work"
    assert not (tmp_path / "out2" / "02-email-scan.pdf").exists()
