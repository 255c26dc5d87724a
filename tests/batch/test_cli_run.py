"""`redact run`: options, progress output, summary, exit codes 0 / 1 / 2."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from redact.cli import cli
from redact.errors import ExitCode
from tests.test_cli import redact


def test_help_documents_the_options_and_exit_codes() -> None:
    result = CliRunner().invoke(cli, ["run", "--help"])
    assert result.exit_code == 0
    for option in ("--jobs", "--executor", "--scheduler", "--from-list", "--quiet", "--force",
                   "--allow-nested-output"):
        assert option in result.output
    text = " ".join(result.output.split())
    assert "Exit code 0: all documents done, 1: some failed (OUT/errors.csv), 2: usage error" in text


def test_list_file_plain_progress_and_summary(doc_set: Path, tmp_path: Path) -> None:
    docs = sorted(doc_set.glob("*.pdf"))
    lst = tmp_path / "paths.txt"
    lst.write_text(f"# besluit 2024-17\n{docs[2]}\n{docs[0]}\n", encoding="utf-8")
    r = redact("run", "--from-list", lst, "-o", tmp_path / "out", "-j", "1")
    assert r.returncode == ExitCode.OK, r.stderr
    # one job under the default time limit: a one-worker process pool (no process per document)
    assert "2 document(s): 2 to do, 0 already done; process, 1 worker(s)" in r.stderr
    assert "2/2 documents (0 failed)" in r.stderr and "pages/s" in r.stderr  # plain lines: not a terminal
    assert "documents ok" in r.stdout and "5.1.2e" in r.stdout and "Executor: process" in r.stdout
    ws = openpyxl.load_workbook(tmp_path / "out" / "inventarislijst.xlsx").active
    assert ws is not None
    assert [(row[0], row[1]) for row in list(ws.iter_rows(values_only=True))[1:]] == [
        (1, docs[2].name), (2, docs[0].name)]
    again = redact("run", "--from-list", lst, "-o", tmp_path / "out")
    assert again.returncode == ExitCode.OK
    assert "0 to do, 2 already done" in again.stderr


def test_quiet_and_some_failed(doc_set: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(sorted(doc_set.glob("*.pdf"))[0], docs / "a.pdf")
    (docs / "b.pdf").write_text("geen pdf")
    r = redact("run", docs, "-o", tmp_path / "out", "-q", "-j", "1")
    assert r.returncode == ExitCode.SOME_FAILED
    assert "to do" not in r.stderr and "failed  " not in r.stderr  # no progress output
    assert "1 document(s) failed" in r.stderr and "errors.csv" in r.stderr
    assert (tmp_path / "out" / "errors.csv").read_text().count("\n") == 2


def test_usage_errors_exit_2(doc_set: Path, tmp_path: Path) -> None:
    r = redact("run", "-o", tmp_path / "out")
    assert r.returncode == ExitCode.USAGE and "no inputs: give PDF files or folders" in r.stderr
    r = redact("run", doc_set, "-o", tmp_path / "out", "--executor", "process", "--scheduler", "tcp://127.0.0.1:9")
    assert r.returncode == ExitCode.USAGE and "--executor dask" in r.stderr
    r = redact("run", doc_set, "-o", tmp_path / "out", "--jobs", "0")
    assert r.returncode == ExitCode.USAGE and "Invalid value for '-j' / '--jobs'" in r.stderr
    (tmp_path / "leeg").mkdir()
    r = redact("run", tmp_path / "leeg", "-o", tmp_path / "out")
    assert r.returncode == ExitCode.USAGE and "no documents found in the inputs" in r.stderr
    assert "Traceback" not in r.stderr


def test_missing_input_fails_that_document(tmp_path: Path) -> None:
    r = redact("run", tmp_path / "weg.pdf", "-o", tmp_path / "out", "-q")
    assert r.returncode == ExitCode.SOME_FAILED, r.stderr
    assert "1 document(s) failed" in r.stderr and "Traceback" not in r.stderr
    errors = (tmp_path / "out" / "errors.csv").read_text(encoding="utf-8").splitlines()
    missing = tmp_path / "weg.pdf"
    assert errors == ["document,reden,melding", f"weg.pdf,not-found,{missing}: file not found; check the path"]


def test_executor_dask_alone_starts_a_local_cluster(doc_set: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for src in sorted(doc_set.glob("*.pdf"))[:2]:
        shutil.copy(src, docs / src.name)
    r = redact("run", docs, "-o", tmp_path / "out", "--executor", "dask", "-j", "1")
    assert r.returncode == ExitCode.OK, r.stderr
    assert "dask, 1 worker(s)" in r.stderr
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 2
