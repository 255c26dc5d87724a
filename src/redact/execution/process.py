"""The ``process`` backend of ``redact.execution``: a pool of long-lived ``spawn``-started workers.

Each worker is a clean interpreter (no inherited locks or threads) that runs ``setup`` once, then
tasks one at a time, each handed to it over its own pipe, so the driver always knows which task every
worker runs and since when. A task runs directly in its worker; only a task that goes wrong costs a
process:

- a task that runs past its limit (``seconds(task)``, counted from the moment it is handed to a worker
  whose setup is done): its worker is killed (SIGKILL, with the worker's process group, so Tesseract or
  Ghostscript children go too), ``on_abort(task)`` runs in the driver, the task becomes
  ``TaskFailure("time-limit", "limit N s")`` and a replacement worker is started (it runs ``setup``);
- a worker that dies while running a task (segfault, ``os._exit``, the OOM killer): ``on_abort(task)``,
  ``TaskFailure("worker-crashed", "worker exit code N")`` for exactly that task, a replacement;
- the other workers and their tasks are not disturbed by either.

Flow: tasks are taken from the iterable only when a worker is free (at most ``workers`` in flight, so
the driver's memory is flat); a free worker gets its next task before the previous result is yielded,
results come in completion order. Workers ignore Ctrl-C (SIGINT is blocked while one starts and ignored
from its first line on), leave the terminal's process group, and exit by themselves when the driver dies
(a thread watches the parent) or closes their pipe; ``close()`` kills them at once (outputs are written
atomically: a killed worker leaves at most a temp file, which the next batch run removes).

A worker whose ``setup`` raises, or ``SETUP_DEATHS`` workers in a row that die before their setup is
done, raise ``WorkerSetupError`` from ``run``: no task could ever run.
"""

from __future__ import annotations

import contextlib
import math
import os
import pickle
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from redact.errors import WorkerSetupError
from redact.execution.base import Executor, TaskFailure, WorkerSetup, limit_of

T = TypeVar("T")
R = TypeVar("R")

SETUP_DEATHS = 3  # workers in a row that die before their setup is done: give up


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:  # the driver died (kill -9): do not linger as an orphan
            os._exit(1)


def _worker_main(conn: Connection, setup: WorkerSetup | None, parent: int) -> None:
    """A pool worker: setup, then ``(work, task)`` after ``(work, task)`` from the pipe until it closes
    (or an empty message). Replies: ``ready`` / ``setup-failed`` once, then ``ok`` or ``error`` per task."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the driver's to handle
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # blocked by the driver during start
    with contextlib.suppress(OSError, AttributeError):
        os.setpgid(0, 0)  # own process group: killing the worker kills its children (Tesseract) too
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    try:
        if setup is not None:
            setup.fn(*setup.args)
    except Exception as e:
        conn.send_bytes(pickle.dumps(("setup-failed", type(e).__name__)))
        return
    conn.send_bytes(pickle.dumps(("ready", None)))
    while True:
        try:
            message = conn.recv_bytes()
        except (EOFError, OSError):
            return  # the driver is gone or closed the pool
        if not message:
            return
        try:
            work, task = pickle.loads(message)
            reply: tuple[str, Any] = ("ok", work(task))
        except Exception as e:  # its message is not kept: it could quote a document
            reply = ("error", type(e).__name__)
        try:
            data = pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as e:
            data = pickle.dumps(("error", f"unpicklable result ({type(e).__name__})"))
        conn.send_bytes(data)


@contextlib.contextmanager
def _sigint_blocked() -> Iterator[None]:
    """Start workers with SIGINT blocked (inherited through spawn's fork+exec): a Ctrl-C before a new
    worker has set SIGINT to ignored stays pending for it, and is dropped when it does."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _kill(proc: Any) -> None:
    """SIGKILL a worker and its process group; then reap it."""
    pid = proc.pid
    if pid is not None and proc.exitcode is None:
        with contextlib.suppress(OSError):
            os.killpg(pid, signal.SIGKILL)  # the worker's group (it made one): its children die too
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)  # before it made its group
    proc.join(10)


@dataclass(slots=True, eq=False)
class _Worker:
    proc: Any  # a spawn-context Process
    conn: Connection
    ready: bool = False  # setup done
    busy: bool = False
    task: Any = None
    limit: float | None = None
    deadline: float = math.inf
    done: int = 0


class ProcessExecutor(Executor[T, R]):
    """A pool of ``workers`` processes started with ``spawn``, each running ``setup`` once and then one
    task at a time; see the module's docstring. ``max_tasks_per_child``: a worker is replaced after
    that many tasks (bounds slow leaks)."""

    kind = "process"

    def __init__(self, workers: int, setup: WorkerSetup | None = None, *,
                 max_tasks_per_child: int | None = None) -> None:
        super().__init__(workers)
        self._setup = setup
        self._max_tasks = max_tasks_per_child
        self._pool: list[_Worker] = []
        self._retired: list[Any] = []  # told to stop, not yet reaped
        self._setup_deaths = 0

    def _fill(self) -> None:
        import multiprocessing

        ctx = multiprocessing.get_context("spawn")
        self._retired = [proc for proc in self._retired if proc.exitcode is None]  # reaps those that ended
        while len(self._pool) < self.workers:
            ours, theirs = ctx.Pipe(duplex=True)
            proc = ctx.Process(target=_worker_main, args=(theirs, self._setup, os.getpid()),
                               name="redact-worker", daemon=True)
            with _sigint_blocked():  # a Ctrl-C now is delivered once the worker is in the pool
                proc.start()
                self._pool.append(_Worker(proc, ours))
            theirs.close()

    def _remove(self, w: _Worker) -> None:
        self._pool.remove(w)
        _kill(w.proc)
        w.conn.close()

    def _retire(self, w: _Worker) -> None:
        self._pool.remove(w)
        with contextlib.suppress(OSError):
            w.conn.send_bytes(b"")  # stop after this; it is idle
        w.conn.close()
        self._retired.append(w.proc)

    def _hand(self, w: _Worker, work: Callable[[T], R], task: T,
              seconds: Callable[[T], float | None] | None) -> TaskFailure | None:
        """Give ``task`` to the idle worker ``w``: a failure when the task cannot be pickled, ``OSError``
        when ``w`` is dead (then the task did not start)."""
        try:
            data = pickle.dumps((work, task), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as e:
            return TaskFailure("internal-error", f"unpicklable task ({type(e).__name__})")
        w.conn.send_bytes(data)
        w.busy, w.task, w.limit = True, task, limit_of(seconds, task)
        w.deadline = time.monotonic() + w.limit if w.limit is not None else math.inf
        return None

    def run(self, work: Callable[[T], R], tasks: Iterable[T], *,
            seconds: Callable[[T], float | None] | None = None,
            on_abort: Callable[[T], None] | None = None) -> Iterator[tuple[T, R | TaskFailure]]:
        source = iter(tasks)
        waiting: deque[T] = deque()  # taken from ``tasks`` (or bounced by a dead worker), not yet handed out
        more = True
        finished: list[tuple[T, R | TaskFailure]] = []
        try:
            while True:
                for w in [w for w in self._pool if w.ready]:
                    while not w.busy and w.ready:
                        if not waiting and more:
                            try:
                                waiting.append(next(source))
                            except StopIteration:
                                more = False
                        if not waiting:
                            break
                        task = waiting.popleft()
                        try:
                            failure = self._hand(w, work, task, seconds)
                        except OSError:  # it died while idle: the next wait notices; the task waits
                            waiting.appendleft(task)
                            break
                        if failure is not None:
                            finished.append((task, failure))
                if finished:
                    done, finished = finished, []
                    yield from done
                if not waiting and not more and not any(w.busy for w in self._pool):
                    return
                if waiting or more:
                    self._fill()
                self._wait(finished, on_abort)
        finally:
            for w in [w for w in self._pool if w.busy]:  # abandoned by the caller (an interrupt, an error)
                self._remove(w)
                if on_abort is not None:
                    with contextlib.suppress(Exception):
                        on_abort(w.task)

    def _wait(self, finished: list[tuple[T, R | TaskFailure]], on_abort: Callable[[T], None] | None) -> None:
        """Wait for a reply, a worker's death or a task's deadline; record what happened."""
        from multiprocessing.connection import wait

        deadline = min((w.deadline for w in self._pool if w.busy), default=math.inf)
        timeout = None if deadline == math.inf else max(0.0, deadline - time.monotonic())
        owner: dict[Any, _Worker] = {}
        for w in self._pool:
            owner[w.conn] = owner[w.proc.sentinel] = w
        woken = list(dict.fromkeys(owner[x] for x in wait(list(owner), timeout)))
        for w in woken:
            self._receive(w, finished, on_abort)
        now = time.monotonic()
        for w in [w for w in self._pool if w.busy and w.deadline <= now]:
            if w.conn.poll(0):
                continue  # it answered (or died) just now: the next wait takes that
            task, limit = w.task, w.limit
            self._remove(w)
            if on_abort is not None:
                on_abort(task)
            finished.append((task, TaskFailure("time-limit", f"limit {limit:g} s")))

    def _receive(self, w: _Worker, finished: list[tuple[T, R | TaskFailure]],
                 on_abort: Callable[[T], None] | None) -> None:
        alive = True
        try:
            while w.conn.poll(0):
                self._reply(w, w.conn.recv_bytes(), finished)
        except (EOFError, OSError):
            alive = False
        if alive and w.proc.is_alive():
            return
        if w in self._pool:  # the worker died (or closed its end): whatever it held is lost
            task, busy, ready = w.task, w.busy, w.ready
            self._remove(w)
            code = w.proc.exitcode
            if busy:
                if on_abort is not None:
                    on_abort(task)
                finished.append((task, TaskFailure("worker-crashed", f"worker exit code {code}")))
            elif not ready:
                self._setup_deaths += 1
                if self._setup_deaths >= SETUP_DEATHS:
                    raise WorkerSetupError(f"worker processes die before they are ready (exit code {code})")

    def _reply(self, w: _Worker, data: bytes, finished: list[tuple[T, R | TaskFailure]]) -> None:
        try:
            kind, value = pickle.loads(data)
        except Exception as e:
            kind, value = "error", f"unreadable result ({type(e).__name__})"
        if kind == "ready":
            w.ready = True
            self._setup_deaths = 0
        elif kind == "setup-failed":
            raise WorkerSetupError(f"a worker process failed while getting ready ({value})")
        elif w.busy:
            outcome = value if kind == "ok" else TaskFailure("internal-error", str(value))
            finished.append((w.task, outcome))
            w.busy, w.task, w.limit, w.deadline = False, None, None, math.inf
            w.done += 1
            if self._max_tasks is not None and w.done >= self._max_tasks:
                self._retire(w)

    def close(self) -> None:
        # Stop running tasks now (an interrupt must not wait for a long document); outputs are
        # written atomically, so a killed worker leaves at most a temp file the next run removes.
        pool, self._pool = self._pool, []
        retired, self._retired = self._retired, []
        for w in pool:
            _kill(w.proc)
            w.conn.close()
        for proc in retired:
            proc.join(5)
            if proc.exitcode is None:
                _kill(proc)
