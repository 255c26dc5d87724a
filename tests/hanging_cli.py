"""The ``redact`` command line with one document that never ends: a harness for the tests of time limits,
Ctrl-C and ``kill -9``, so that they wait for a state instead of guessing how long a document takes.

Run as a script (``start(...)`` below does that)::

    python tests/hanging_cli.py run IN -o OUT ...    # with REDACT_TEST_HANG=<file name>, REDACT_TEST_FLAGS=<dir>

The process pool starts its workers with ``spawn``, which imports the parent's main script again (as
``__mp_main__``) in every worker, so the patch below is in place in the driver and in every worker.
When a process reaches the document named by ``REDACT_TEST_HANG`` it writes ``<dir>/started-<pid>`` and
then waits forever: only a time limit, Ctrl-C or a kill can stop it. Every other document is redacted
as usual.

With ``REDACT_TEST_GENEROUS=<seconds>`` the driver gives every other document that many seconds instead
of ``--time-limit``: the limit under test then applies only to the document that never ends, and no
normal document can fail on a slow machine.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

HANG_ENV, FLAGS_ENV, GENEROUS_ENV = "REDACT_TEST_HANG", "REDACT_TEST_FLAGS", "REDACT_TEST_GENEROUS"


def _install() -> None:
    hang = os.environ.get(HANG_ENV)
    if not hang:
        return
    flags = Path(os.environ[FLAGS_ENV])
    from redact.pipeline import document

    real = document.run_document

    def run_document(src: Any, dst: Any, **kw: Any) -> Any:
        if Path(src).name == hang:
            (flags / f"started-{os.getpid()}").write_text(str(src), encoding="utf-8")
            threading.Event().wait()  # never ends
        return real(src, dst, **kw)

    document.run_document = run_document  # type: ignore[assignment]


def _generous_limits() -> None:
    generous = os.environ.get(GENEROUS_ENV)
    hang = os.environ.get(HANG_ENV)
    if not generous or not hang:
        return
    from redact.batch import driver

    real = driver.job_seconds

    def job_seconds(job: Any) -> float | None:
        limit = real(job)
        return limit if limit is None or job.source.name == hang else max(limit, float(generous))

    driver.job_seconds = job_seconds  # type: ignore[assignment]


if __name__ in ("__main__", "__mp_main__"):
    _install()


def started(flags: Path) -> list[Path]:
    """The flag files of the processes that reached the never-ending document."""
    return sorted(flags.glob("started-*"))


def stop(proc: subprocess.Popen[str]) -> None:
    """Kill the run if it still runs (its pool workers follow: they watch their driver)."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()


@contextlib.contextmanager
def running(args: list[str], **kw: Any) -> Iterator[subprocess.Popen[str]]:
    """``start`` for a ``with`` block; whatever happens in it, nothing of the run is left behind."""
    proc = start(args, **kw)
    try:
        yield proc
    finally:
        stop(proc)


def start(args: list[str], *, hang: str, flags: Path, generous: float | None = None,
          env: Mapping[str, str] | None = None) -> subprocess.Popen[str]:
    """Start ``redact ARGS`` under this harness (own session, pipes for stdout and stderr)."""
    flags.mkdir(parents=True, exist_ok=True)
    from tests.conftest import cli_env

    full = {**cli_env(env), HANG_ENV: hang, FLAGS_ENV: str(flags)}
    if generous is not None:
        full[GENEROUS_ENV] = str(generous)
    return subprocess.Popen([sys.executable, str(Path(__file__).resolve()), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True, env=full)


if __name__ == "__main__":
    # The tests play a user pressing Ctrl-C at a terminal. A shell without job control starts its
    # background commands with SIGINT ignored, and Python keeps an inherited SIG_IGN (as every Unix
    # program should), so a suite started that way would send a Ctrl-C the run never sees. Install the
    # handler an interactive start gives.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    _generous_limits()
    from redact.cli import main

    main()
