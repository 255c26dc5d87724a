"""The per-document time limit end to end: ``redact run`` stops a pathological document, reports it in
errors.csv as before (reason ``time-limit``), leaves no temp file and goes on with the others on a
replacement worker."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

from tests.conftest import make_pdf
from tests.hostile.cases import NAME, stacked_text


def test_run_stops_a_pathological_document_and_goes_on(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    make_pdf(inputs / "a-brief.pdf", [f"Contactpersoon {NAME}"])
    stacked_text(inputs / "b-gestapeld.pdf")  # takes minutes without a limit
    make_pdf(inputs / "c-nota.pdf", [f"Behandeld door {NAME}"])
    out = tmp_path / "out"
    # the default for one job: a one-worker process pool; 10 s is far above what a normal document needs
    r = subprocess.run([sys.executable, "-m", "redact", "run", str(inputs), "-o", str(out), "-j", "1",
                        "--time-limit", "10"], capture_output=True, text=True, timeout=600)
    assert r.returncode == 1, r.stderr
    assert "process, 1 worker(s)" in r.stderr
    with (out / "errors.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [(row["document"], row["reden"]) for row in rows] == [("b-gestapeld.pdf", "time-limit")]
    message = rows[0]["melding"]
    assert str(inputs / "b-gestapeld.pdf") in message and "took longer than the per-document time limit" in message
    assert "(limit 10 s)" in message and NAME not in message
    assert (out / "a-brief.pdf").is_file() and (out / "c-nota.pdf").is_file()  # c ran on the replacement
    assert not (out / "b-gestapeld.pdf").exists()
    assert not list(out.rglob("*.part"))
