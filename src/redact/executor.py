"""Run one function over many tasks: serially, in a local process pool, or on a Dask cluster.

All concurrency in ``redact`` goes through this interface (``redact run``; the review commands can
reuse it with their own per-document function)::

    with make_executor("process", jobs=4, setup=WorkerSetup(prepare, (rules,))) as ex:
        for task, outcome in ex.run(work, tasks, seconds=lambda t: 300.0, on_abort=cleanup):  # completion order
            if isinstance(outcome, TaskFailure): ...   # the task raised, ran out of time, or its worker died
            else: ...                                  # work(task)'s return value

- ``work`` and ``setup.fn`` are module-level functions and tasks/results are picklable (they travel
  to other processes and, with Dask, other machines); ``setup`` runs once per worker before its
  first task (e.g. building the analyzer), so heavy objects are built once per worker.
- Work is split per task (one document) and tasks are taken from ``tasks`` only as workers become
  free (at most ``2 × workers`` in flight), so memory in the driver stays flat for any number of tasks.
- Time limit per task: ``seconds(task)`` (called in the driver) is the task's limit in seconds, ``None``
  or ``<= 0`` for none. A task that runs longer is stopped and becomes ``TaskFailure("time-limit",
  "limit N s")``. ``on_abort(task)`` runs in the driver for every task that was stopped or whose worker
  died (e.g. to remove the temp files of a write that was cut short).
- Failures never stop the run: an exception escaping ``work`` becomes ``TaskFailure("internal-
  error", <exception type>)`` (its message is not kept: it could quote a document); a worker that
  dies while running a task (segfault, ``os._exit``, the OOM killer) gives ``TaskFailure("worker-
  crashed", "worker exit code N")`` for that task.
- Workers of the process pool ignore Ctrl-C (the driver stops them) and exit by themselves when the
  driver is killed. ``close()`` (or leaving the ``with`` block, also by an exception) stops workers.

Backends:

- ``serial``: in this process (tests, ``--executor serial``, ``--jobs 1`` without a time limit). A task
  with a limit runs in a forked child (``redact.deadline.call_with_time_limit``): in-process work can
  only be stopped that way, and it costs a process per task (measured ≈70 ms per document).
- ``process`` (``redact.pool``): ``workers`` long-lived ``spawn``-started processes, each handed one
  task at a time; a task runs directly in its worker and only a task that overruns its limit or kills
  its worker costs a process: that worker is killed or lost and replaced, the others run on. A worker
  whose ``setup`` fails raises ``WorkerSetupError`` (no task could run).
- ``dask``: ``distributed`` (a ``LocalCluster`` on 127.0.0.1 or an existing scheduler; workers must
  run the same ``redact`` version and see the same file system paths as the driver). No time limit per
  task: ``seconds`` and ``on_abort`` are ignored, because Dask's worker processes are daemonic and may
  not start a killable child; Dask's own worker lifetime and memory settings are the guard there.
"""

from __future__ import annotations

import abc
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from redact.errors import UsageError

T = TypeVar("T")
R = TypeVar("R")

KINDS = ("serial", "process", "dask")


@dataclass(frozen=True, slots=True)
class WorkerSetup:
    """What every worker runs once before its first task: ``fn(*args)``."""

    fn: Callable[..., object]
    args: tuple[Any, ...] = ()


@dataclass(frozen=True, slots=True)
class TaskFailure:
    """A task that produced no result: ``reason`` is ``internal-error``, ``time-limit`` or
    ``worker-crashed``; ``detail`` never quotes the task's content (an exception type, the limit, an
    exit code)."""

    reason: str
    detail: str = ""


def cpu_count() -> int:
    """Cores this process may use (the affinity mask where the OS has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def limit_of(seconds: Callable[[T], float | None] | None, task: T) -> float | None:
    """The time limit ``seconds`` gives ``task``, ``None`` for none."""
    limit = seconds(task) if seconds is not None else None
    return limit if limit is not None and limit > 0 else None


class Executor(abc.ABC, Generic[T, R]):
    """Runs ``work(task)`` for every task; see the module's docstring for the contract."""

    kind: str = ""

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)

    @abc.abstractmethod
    def run(self, work: Callable[[T], R], tasks: Iterable[T], *,
            seconds: Callable[[T], float | None] | None = None,
            on_abort: Callable[[T], None] | None = None) -> Iterator[tuple[T, R | TaskFailure]]:
        """Yield ``(task, outcome)`` for every task, in completion order; ``seconds``: each task's time
        limit, ``on_abort``: the driver's cleanup for a task that was stopped or whose worker died."""

    def close(self) -> None:
        """Stop the workers (idempotent)."""

    def __enter__(self) -> Executor[T, R]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _guarded(work: Callable[[T], R], task: T) -> R | TaskFailure:
    try:
        return work(task)
    except Exception as e:  # a bug in work(): the run goes on, the task is reported
        return TaskFailure("internal-error", type(e).__name__)


class SerialExecutor(Executor[T, R]):
    """Everything in the calling process, one task after the other; a task with a time limit runs
    in a forked child (``redact.deadline``)."""

    kind = "serial"

    def __init__(self, setup: WorkerSetup | None = None) -> None:
        super().__init__(1)
        if setup is not None:
            setup.fn(*setup.args)

    def run(self, work: Callable[[T], R], tasks: Iterable[T], *,
            seconds: Callable[[T], float | None] | None = None,
            on_abort: Callable[[T], None] | None = None) -> Iterator[tuple[T, R | TaskFailure]]:
        for task in tasks:
            limit = limit_of(seconds, task)
            outcome = _guarded(work, task) if limit is None else _forked(work, task, limit, on_abort)
            yield task, outcome


def _forked(work: Callable[[T], R], task: T, limit: float,
            on_abort: Callable[[T], None] | None) -> R | TaskFailure:
    from functools import partial

    from redact.deadline import call_with_time_limit
    from redact.errors import ProcessingError, TimeLimitError, WorkerCrashError

    cleanup = partial(on_abort, task) if on_abort is not None else None
    try:
        return call_with_time_limit(_guarded, work, task, seconds=limit, cleanup=cleanup)
    except TimeLimitError as e:
        return TaskFailure("time-limit", e.detail)
    except WorkerCrashError as e:
        return TaskFailure("worker-crashed", e.detail)
    except ProcessingError as e:  # the child could not send its result back
        return TaskFailure("internal-error", e.detail)


# --- Dask -------------------------------------------------------------------------------------

_LOCK = threading.Lock()  # one task at a time per process, whatever its threads: PyMuPDF is not thread-safe


def _locked(work: Callable[[T], R], task: T) -> R:
    with _LOCK:
        return work(task)


def _dask_plugin(setup: WorkerSetup) -> Any:
    from distributed import WorkerPlugin

    class RedactSetup(WorkerPlugin):
        """Runs the worker setup once in every worker process, present and future."""

        def __init__(self, prepare: WorkerSetup) -> None:
            self.prepare = prepare

        def setup(self, worker: Any) -> None:
            self.prepare.fn(*self.prepare.args)

    return RedactSetup(setup)


class DaskExecutor(Executor[T, R]):
    """Tasks on a Dask ``distributed`` cluster: an existing scheduler (``scheduler="tcp://host:port"``,
    workers started with ``dask worker tcp://host:port --nthreads 1``) or, without one, a
    ``LocalCluster`` of ``workers`` single-threaded processes on 127.0.0.1.

    Assumes a shared file system: every worker reads the inputs and writes the outputs under the
    same paths as the driver. Tasks run one at a time per worker process (a lock), whatever the
    worker's thread count, because PyMuPDF is not thread-safe.
    """

    kind = "dask"

    def __init__(self, workers: int, setup: WorkerSetup | None = None, *, scheduler: str | None = None,
                 connect_timeout: float = 10.0) -> None:
        super().__init__(workers)
        try:
            from distributed import Client, LocalCluster
        except ImportError as e:
            raise UsageError("the Dask executor needs Dask: pip install 'redact[dask]'") from e
        self._cluster: Any = None
        self._client: Any = None
        try:
            if scheduler:
                self._client = Client(scheduler, timeout=connect_timeout)  # type: ignore[no-untyped-call]
            else:
                self._cluster = LocalCluster(  # type: ignore[no-untyped-call]
                    n_workers=self.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                    dashboard_address=None, scheduler_port=0,
                )
                self._client = Client(self._cluster)  # type: ignore[no-untyped-call]
        except OSError as e:  # includes TimeoutError: the scheduler cannot be reached
            self.close()
            raise UsageError(f"cannot connect to the Dask scheduler {scheduler or '(local)'}: "
                             f"{type(e).__name__}; check --scheduler and that it is running") from e
        if setup is not None:
            self._client.register_plugin(_dask_plugin(setup), name="redact-setup")
        n = len(self._client.scheduler_info().get("workers", {}))
        self.workers = max(1, n or self.workers)

    def run(self, work: Callable[[T], R], tasks: Iterable[T], *,
            seconds: Callable[[T], float | None] | None = None,
            on_abort: Callable[[T], None] | None = None) -> Iterator[tuple[T, R | TaskFailure]]:
        """As the interface, without a time limit per task: ``seconds`` and ``on_abort`` are ignored
        (Dask's worker processes are daemonic and may not start a killable child)."""
        from distributed import as_completed
        from distributed.scheduler import KilledWorker

        source = iter(tasks)
        pending: dict[Any, T] = {}
        queue: Any = as_completed()  # type: ignore[no-untyped-call]

        def submit() -> bool:
            try:
                task = next(source)
            except StopIteration:
                return False
            fut = self._client.submit(_locked, work, task, pure=False)
            pending[fut.key] = task
            queue.add(fut)
            return True

        for _ in range(2 * self.workers):
            if not submit():
                break
        for fut in queue:
            task = pending.pop(fut.key)
            try:
                outcome: R | TaskFailure = fut.result()
            except KilledWorker:
                outcome = TaskFailure("worker-crashed", "Dask workers died on this document")
            except Exception as e:
                outcome = TaskFailure("internal-error", type(e).__name__)
            fut.release()
            submit()
            yield task, outcome

    def close(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            client.close()
        cluster, self._cluster = self._cluster, None
        if cluster is not None:
            cluster.close()


def __getattr__(name: str) -> Any:
    if name == "ProcessExecutor":  # it lives in redact.pool; importable from here as before
        from redact.pool import ProcessExecutor

        return ProcessExecutor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def make_executor(kind: str, *, jobs: int, setup: WorkerSetup | None = None,
                  scheduler: str | None = None, time_limited: bool = False) -> Executor[Any, Any]:
    """The executor for ``--executor KIND --jobs N [--scheduler ADDRESS]``.

    ``auto``: Dask with a scheduler, else a process pool of ``jobs`` workers; for one job without a
    time limit (``time_limited=False``) the serial executor, since a one-worker pool only pays off when
    it saves the serial executor's process per task. An explicit ``serial`` stays serial (and forks a
    process per task that has a limit)."""
    if kind == "auto":
        kind = "dask" if scheduler else ("serial" if jobs <= 1 and not time_limited else "process")
    if scheduler and kind != "dask":
        raise UsageError("--scheduler needs --executor dask")
    if kind == "serial":
        return SerialExecutor(setup)
    if kind == "process":
        from redact.pool import ProcessExecutor

        return ProcessExecutor(jobs, setup)
    if kind == "dask":
        return DaskExecutor(jobs, setup, scheduler=scheduler)
    raise UsageError(f"unknown executor {kind!r}; choose one of {', '.join(KINDS)}")
