"""Confidentiality: no redacted text in the public log, errors, progress output or exceptions; internal
files are private; temporary files disappear, also when a worker is killed."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from redact.api import propose
from redact.batch import run_batch
from redact.errors import EncryptedPdfError, ProcessingError, TimeLimitError, WorkerCrashError
from redact.execution.timelimit import call_with_time_limit
from redact.files import remove_partials
from redact.pdf.triage import Limits
from tests.conftest import PATIENCE, SAMPLES, cli_env, make_pdf
from tests.hostile.cases import NAME


def _files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


@pytest.mark.slow
def test_log_errors_and_progress_hold_no_redacted_text(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for pdf in sorted(SAMPLES.glob("*.pdf"))[:3]:
        (inputs / pdf.name).write_bytes(pdf.read_bytes())
    (inputs / "kapot.pdf").write_bytes(b"%PDF-1.7\n" + NAME.encode() + b"\n")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "redact", "run", str(inputs), "-o", str(out)]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=5 * PATIENCE, env=cli_env())
    assert r.returncode == 1, r.stderr  # kapot.pdf fails, the others are done
    # the batch's results carry no redacted text (it stays in the worker): ask the API what was redacted
    secrets = {p.text for pdf in sorted(inputs.glob("0*.pdf")) for p in propose(pdf).proposals if len(p.text) >= 4}
    assert len(secrets) >= 5
    secrets.add(NAME)
    public = [p for p in _files(out)
              if p.suffix in (".csv", ".jsonl", ".tsv", ".xlsx") or ".redact" in p.parts]
    assert any(p.name == "redaction-log.csv" for p in public)
    for p in public:
        content = p.read_bytes().decode("utf-8", "replace")
        for s in secrets:
            assert s not in content, f"redacted text in {p.relative_to(out)}"
    for s in secrets:
        assert s not in r.stdout and s not in r.stderr


def test_internal_files_are_private(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    src = make_pdf(tmp_path / "in" / "brief.pdf", [f"Contactpersoon {NAME}"])
    out = tmp_path / "out"
    run_batch([src], out)
    private = [out / ".redact-salt", out / ".redact" / "state.jsonl", *(out / ".redact" / "logs").glob("*")]
    assert len(private) >= 3
    for p in private:
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p


def test_password_is_never_in_messages(tmp_path: Path) -> None:
    from redact.pdf.triage import open_pdf
    from tests.conftest import CORPUS_HOSTILE

    with pytest.raises(EncryptedPdfError) as e:
        open_pdf(CORPUS_HOSTILE / "pypdf__r6-user-password.pdf", password="geheim-wachtwoord")
    assert "geheim-wachtwoord" not in str(e.value)


def _leaky() -> None:
    raise ValueError(f"kan {NAME} niet verwerken")


def test_worker_exceptions_are_reported_by_type_only() -> None:
    with pytest.raises(ProcessingError) as e:
        call_with_time_limit(_leaky, seconds=PATIENCE, label="doc.pdf")
    assert NAME not in str(e.value) and "ValueError" in str(e.value)


def _write_then_hang(dst: str) -> None:
    Path(dst).parent.joinpath(f".{Path(dst).name}.abc.part").write_bytes(b"half")
    threading.Event().wait()  # never ends: only the time limit can stop it


def test_time_limit_kills_the_worker_and_removes_temp_files(tmp_path: Path) -> None:
    dst = tmp_path / "out.pdf"
    with pytest.raises(TimeLimitError) as e:
        call_with_time_limit(_write_then_hang, str(dst), seconds=1.0, label="slow.pdf",
                             cleanup=lambda: remove_partials(dst))
    assert e.value.reason == "time-limit" and "slow.pdf" in str(e.value)
    assert list(tmp_path.iterdir()) == []


def _die() -> None:
    os._exit(9)


def test_a_dying_worker_is_a_typed_error() -> None:
    with pytest.raises(WorkerCrashError):
        call_with_time_limit(_die, seconds=PATIENCE, label="crash.pdf")


def _typed() -> None:
    raise EncryptedPdfError(Path("x.pdf"), "user password required")


def test_typed_errors_cross_the_process_boundary_intact() -> None:
    with pytest.raises(EncryptedPdfError) as e:
        call_with_time_limit(_typed, seconds=PATIENCE)
    assert e.value.path == Path("x.pdf") and e.value.reason == "encrypted" and "x.pdf" in str(e.value)


def test_batch_reports_a_hanging_document_and_goes_on(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The serial executor: a document with a limit runs in a forked child (which sees the patch); the
    process pool's limit is tested end to end in test_time_limit.py. The hanging document never ends
    and has the 3 s limit; the other one gets a limit it never comes near."""
    from redact.batch import driver as batch
    from redact.pipeline import document as pipeline

    real, real_seconds = pipeline.run_document, batch.job_seconds

    def hangs_for_one(src, dst, **kw):  # type: ignore[no-untyped-def]
        if Path(src).name == "traag.pdf":
            threading.Event().wait()
        return real(src, dst, **kw)

    monkeypatch.setattr(pipeline, "run_document", hangs_for_one)
    monkeypatch.setattr(batch, "job_seconds",
                        lambda job: real_seconds(job) if job.source.name == "traag.pdf" else PATIENCE)
    (tmp_path / "in").mkdir()
    make_pdf(tmp_path / "in" / "traag.pdf", ["Tekst"])
    make_pdf(tmp_path / "in" / "snel.pdf", ["Tekst"])
    summary = run_batch([tmp_path / "in"], tmp_path / "out", limits=Limits(seconds=3), executor="serial")
    by_name = {o.item.source.name: o for o in summary.outcomes}
    assert by_name["traag.pdf"].status == "failed" and by_name["traag.pdf"].reason == "time-limit"
    assert by_name["snel.pdf"].status == "ok"
    errors = (tmp_path / "out" / "errors.csv").read_text()
    assert "traag.pdf,time-limit" in errors
    assert (tmp_path / "out" / "redaction-log.csv").is_file()
