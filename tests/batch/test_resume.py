"""Interrupted runs (kill -9, Ctrl-C) leave no partial output and resume to exactly the same files."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from redact.batch import run_batch
from tests.batch.conftest import copy_docs, generate_docs, published_files, with_salt


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough documents that a run is still busy when it is interrupted after its second one."""
    folder = tmp_path_factory.mktemp("resume-docs")
    generate_docs(folder, 16, seed=500)
    return folder


@pytest.fixture(scope="module")
def reference(docs: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The files of an uninterrupted run."""
    out = with_salt(tmp_path_factory.mktemp("reference") / "out")
    s = run_batch([docs], out)
    assert s.count("ok") == len(s.outcomes)
    return published_files(out)


def _start(docs: Path, out: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "redact", "run", str(docs), "-o", str(out), "-q", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def _finished(out: Path) -> int:
    state = out / ".redact" / "state.jsonl"
    return len(state.read_text().splitlines()) if state.is_file() else 0


def _wait_for(proc: subprocess.Popen[str], out: Path, done: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while _finished(out) < done:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the run did not get going"
        time.sleep(0.005)


def _gone(pids: list[int], timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not any(psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE for p in pids):
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_kill_9_midway_then_resume_gives_identical_files(docs: Path, reference: dict[str, bytes],
                                                        tmp_path: Path, jobs: str) -> None:
    out = with_salt(tmp_path / "out")
    proc = _start(docs, out, "-j", jobs)
    _wait_for(proc, out, 2)
    workers = [c.pid for c in psutil.Process(proc.pid).children(recursive=True)]
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done = _finished(out)
    assert 2 <= done < len(list(docs.glob("*.pdf"))), "killed too late to test anything"
    assert _gone(workers), "worker processes outlived the killed driver"
    # whatever the kill left: at most temp files of writes in progress, never a finished-looking file
    (out / ".005-brief-burger.pdf.k1ll3d.part").write_bytes(b"%PDF-1.7 half written")
    s = run_batch([docs], out)
    assert s.count("skipped") == done and s.count("ok") == len(s.outcomes) - done
    assert published_files(out) == reference
    assert not list(out.rglob("*.part"))


def test_ctrl_c_stops_workers_and_resumes(docs: Path, reference: dict[str, bytes], tmp_path: Path) -> None:
    out = with_salt(tmp_path / "out")
    proc = _start(docs, out, "-j", "2")
    _wait_for(proc, out, 1)
    workers = [c.pid for c in psutil.Process(proc.pid).children(recursive=True)]
    os.kill(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "re-run resumes" in err and "Traceback" not in err
    assert _gone(workers)
    s = run_batch([docs], out, jobs=2, executor="process")
    assert s.count("skipped") >= 1 and s.count("failed") == 0
    assert published_files(out) == reference


def test_interrupted_run_of_other_inputs_never_leaks_into_the_log(docs: Path, tmp_path: Path) -> None:
    """A resumed run's log holds each finished document once, however often it was interrupted."""
    small = copy_docs(docs, tmp_path / "docs")
    out = tmp_path / "out"
    for _ in range(2):
        proc = _start(small, out, "-j", "1")
        _wait_for(proc, out, _finished(out) + 1)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    s = run_batch([small], out)
    rows = (out / "redaction-log.csv").read_text().splitlines()
    on_pages = [r for r in rows[1:] if r.split(",")[1].isdigit()]  # the others: metadata, bookmarks …
    assert len(on_pages) == sum(o.boxes for o in s.outcomes)
    assert len(set(rows)) == len(rows)
