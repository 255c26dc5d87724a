"""Run one document's work in a child process that is killed when it exceeds a time limit.

One pathological PDF (a content stream that loops, a decompression bomb, an engine crash) must not hang
or kill a batch. ``call_with_time_limit(fn, *args, seconds=...)`` runs ``fn(*args)`` in a child process
and returns its result; when the child runs longer than ``seconds`` it is killed (SIGKILL, so a hang
inside C code is stopped too) and ``TimeLimitError`` is raised; when the child dies without an answer
(segfault, out of memory) ``WorkerCrashError`` is raised. A ``RedactError`` raised in the child is
re-raised unchanged in the parent; any other exception becomes a ``ProcessingError`` (its type name
only: exception texts may quote document content).

Guarantees and limits:
- On Linux the child is forked, so whatever the parent built (the analyzer) is inherited; still, a call
  costs a process (measured ≈70 ms per small document in a batch); where ``fork`` is unavailable the
  ``spawn`` method is used (the child imports ``redact`` again; ``fn`` must then be a module-level
  function).
- ``fn``'s result and arguments must be picklable (frozen dataclasses of ``redact.models`` are).
- The child shares no state back: files it writes (with ``files.write_atomic``) persist, memory does not.
- ``seconds=None`` or ``<= 0`` calls ``fn`` in-process (no isolation), for tests and ``--time-limit 0``.

Who uses it: ``api.redact_file`` with ``limits.seconds`` (one document) and the serial executor
(``redact.execution``, a task with a limit). A batch on the process pool does not: its long-lived workers
run documents directly and the pool kills a worker whose document overruns (``redact.execution.process``), so only a
document that goes wrong costs a process. Either way the batch process itself never runs the PDF engine
on an untrusted file, except with ``--executor serial`` and no time limit.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import pickle
import signal
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TypeVar

from redact.errors import ProcessingError, RedactError, TimeLimitError, WorkerCrashError

T = TypeVar("T")

DEFAULT_SECONDS = 300.0  # per document; a 1000-page document takes well under a minute


def _child(conn: Connection, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    try:
        payload: tuple[str, Any] = ("ok", fn(*args, **kwargs))
    except RedactError as e:
        payload = ("error", e)
    except BaseException as e:
        payload = ("exception", type(e).__name__)
    try:
        conn.send_bytes(pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL))
    except Exception as e:  # an unpicklable result: a bug, reported as such
        err = payload[1]
        if payload[0] == "error" and isinstance(err, RedactError):
            # send the error's class, message and plain state; the parent rebuilds it
            state = {k: v for k, v in err.__dict__.items() if isinstance(v, (str, int, float, tuple, Path))}
            conn.send_bytes(pickle.dumps(("error-parts", (type(err), err.message, state))))
        else:
            conn.send_bytes(pickle.dumps(("exception", f"unpicklable result ({type(e).__name__})")))
    finally:
        conn.close()


def _context() -> Any:
    methods = mp.get_all_start_methods()
    return mp.get_context("fork" if "fork" in methods else "spawn")


def call_with_time_limit(fn: Callable[..., T], *args: Any, seconds: float | None = DEFAULT_SECONDS,
                         label: str | os.PathLike[str] = "document",
                         cleanup: Callable[[], None] | None = None, **kwargs: Any) -> T:
    """``fn(*args, **kwargs)`` in a killable child process; see the module docstring for the contract.

    ``label`` names the document in the errors raised here (a path; never document content);
    ``cleanup`` runs when the child was killed or died (e.g. ``remove_partials`` of its output path).
    """
    if seconds is None or seconds <= 0 or mp.current_process().daemon:
        # a daemonic worker (e.g. a Dask worker process) may not start children: the document runs
        # without its own limit there (Dask's worker lifetime/restart settings are the guard instead)
        return fn(*args, **kwargs)
    ctx = _context()
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, fn, args, kwargs), daemon=True)
    proc.start()
    child.close()
    deadline = time.monotonic() + seconds
    data: bytes | None = None
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                break
            if parent.poll(min(left, 0.5)):
                try:
                    data = parent.recv_bytes()
                except EOFError:
                    data = None
                break
            if not proc.is_alive() and not parent.poll(0):
                break
    finally:
        if proc.is_alive() and data is None:
            _kill(proc)
        proc.join(5)
        if proc.is_alive():
            _kill(proc)
            proc.join()
        parent.close()
    if data is None:
        if cleanup is not None:
            cleanup()
        if time.monotonic() >= deadline:
            raise TimeLimitError(Path(label), f"limit {seconds:g} s")
        raise WorkerCrashError(Path(label), f"worker exit code {proc.exitcode}")
    kind, value = pickle.loads(data)
    if kind == "ok":
        return value
    if kind == "error":
        raise value
    if kind == "error-parts":
        cls, message, state = value
        err = cls.__new__(cls)
        Exception.__init__(err, message)
        err.__dict__.update(state)
        raise err
    raise ProcessingError(Path(label), f"{value} in the worker")


def _kill(proc: Any) -> None:
    with contextlib.suppress(ProcessLookupError, TypeError):
        os.kill(proc.pid, signal.SIGKILL)
