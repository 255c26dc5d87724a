"""Interrupted runs (kill -9, Ctrl-C) leave no partial output and resume to exactly the same files.

The interrupted runs go through ``tests/hanging_cli.py``: their last document never ends, so a run is
still busy whenever the test interrupts it, and the test interrupts when the run has reached the state
it waits for (documents finished, a worker inside the last document), never after a guessed time.
"""

from __future__ import annotations

import os
import signal
import subprocess
from contextlib import AbstractContextManager
from pathlib import Path

import psutil
import pytest

from redact.batch import run_batch
from tests import hanging_cli
from tests.batch.conftest import copy_docs, generate_docs, published_files, with_salt
from tests.conftest import PATIENCE, wait_until


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """8 documents (every kind once); the interrupted runs never finish the last one, so however fast
    the others go, a run is still busy when it is interrupted."""
    folder = tmp_path_factory.mktemp("resume-docs")
    generate_docs(folder, 8, seed=500)
    return folder


@pytest.fixture(scope="module")
def reference(docs: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The files of an uninterrupted run."""
    out = with_salt(tmp_path_factory.mktemp("reference") / "out")
    s = run_batch([docs], out)
    assert s.count("ok") == len(s.outcomes)
    return published_files(out)


def _run(docs: Path, out: Path, flags: Path, *args: str) -> AbstractContextManager[subprocess.Popen[str]]:
    """``redact run DOCS -o OUT -q ARGS`` in which the last document never ends (killed, if it still
    runs, at the end of the ``with`` block)."""
    last = sorted(docs.glob("*.pdf"))[-1].name
    return hanging_cli.running(["run", str(docs), "-o", str(out), "-q", *args], hang=last, flags=flags)


def _finished(out: Path) -> int:
    state = out / ".redact" / "state.jsonl"
    return len(state.read_text().splitlines()) if state.is_file() else 0


def _wait_for(proc: subprocess.Popen[str], out: Path, done: int) -> None:
    def reached() -> bool:
        assert proc.poll() is None, proc.communicate()  # the run cannot end: its last document never does
        return _finished(out) >= done

    wait_until(reached, f"{done} finished document(s)")


def _gone(pids: list[int]) -> bool:
    def gone() -> bool:
        return not any(psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE for p in pids)

    wait_until(gone, "the worker processes to end")
    return True


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_kill_9_midway_then_resume_gives_identical_files(docs: Path, reference: dict[str, bytes],
                                                        tmp_path: Path, jobs: str) -> None:
    out = with_salt(tmp_path / "out")
    with _run(docs, out, tmp_path / "flags", "-j", jobs) as proc:
        _wait_for(proc, out, 2)
        workers = [c.pid for c in psutil.Process(proc.pid).children(recursive=True)]
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    done = _finished(out)
    assert 2 <= done < len(list(docs.glob("*.pdf")))
    assert _gone(workers), "worker processes outlived the killed driver"
    # whatever the kill left: at most temp files of writes in progress, never a finished-looking file
    (out / ".005-brief-burger.pdf.k1ll3d.part").write_bytes(b"%PDF-1.7 half written")
    s = run_batch([docs], out)
    assert s.count("skipped") == done and s.count("ok") == len(s.outcomes) - done
    assert published_files(out) == reference
    assert not list(out.rglob("*.part"))


def test_ctrl_c_stops_workers_and_resumes(docs: Path, reference: dict[str, bytes], tmp_path: Path) -> None:
    out, flags = with_salt(tmp_path / "out"), tmp_path / "flags"
    with _run(docs, out, flags, "-j", "2") as proc:
        _wait_for(proc, out, 1)
        wait_until(lambda: bool(hanging_cli.started(flags)), "a worker to start the last document")
        workers = [c.pid for c in psutil.Process(proc.pid).children(recursive=True)]
        assert workers
        os.kill(proc.pid, signal.SIGINT)  # while a worker is inside a document
        _, err = proc.communicate(timeout=PATIENCE)
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
        with _run(small, out, tmp_path / "flags", "-j", "1") as proc:
            _wait_for(proc, out, _finished(out) + 1)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
    s = run_batch([small], out)
    rows = (out / "redaction-log.csv").read_text().splitlines()
    on_pages = [r for r in rows[1:] if r.split(",")[1].isdigit()]  # the others: metadata, bookmarks …
    assert len(on_pages) == sum(o.boxes for o in s.outcomes)
    assert len(set(rows)) == len(rows)
