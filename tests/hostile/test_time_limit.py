"""The per-document time limit end to end: ``redact run`` stops a document that never ends, reports it in
errors.csv (reason ``time-limit``), leaves no temp file and goes on with the others on a replacement
worker.

The document under the limit never ends (``tests/hanging_cli.py``), so only the limit can stop it, and
the other documents get a limit no normal document comes near: nothing here depends on how fast the
machine is.
"""

from __future__ import annotations

import csv
from pathlib import Path

from tests import hanging_cli
from tests.conftest import PATIENCE, make_pdf
from tests.hostile.cases import NAME


def test_run_stops_a_document_that_never_ends_and_goes_on(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    make_pdf(inputs / "a-brief.pdf", [f"Contactpersoon {NAME}"])
    make_pdf(inputs / "b-hangt.pdf", [f"Opgesteld door {NAME}"])
    make_pdf(inputs / "c-nota.pdf", [f"Behandeld door {NAME}"])
    out, flags = tmp_path / "out", tmp_path / "flags"
    # the default for one job: a one-worker process pool
    with hanging_cli.running(["run", str(inputs), "-o", str(out), "-j", "1", "--time-limit", "2"],
                             hang="b-hangt.pdf", flags=flags, generous=PATIENCE) as proc:
        _, err = proc.communicate(timeout=3 * PATIENCE)
    assert proc.returncode == 1, err
    assert len(hanging_cli.started(flags)) == 1  # the worker was inside the document when it was stopped
    assert "process, 1 worker(s)" in err
    with (out / "errors.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [(row["document"], row["reden"]) for row in rows] == [("b-hangt.pdf", "time-limit")]
    message = rows[0]["melding"]
    assert str(inputs / "b-hangt.pdf") in message and "took longer than the per-document time limit" in message
    assert "(limit 2 s)" in message and NAME not in message
    assert (out / "a-brief.pdf").is_file() and (out / "c-nota.pdf").is_file()  # c ran on the replacement
    assert not (out / "b-hangt.pdf").exists()
    assert not list(out.rglob("*.part"))
