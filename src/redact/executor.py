"""Run one function over many tasks: serially, in a local process pool, or on a Dask cluster.

All concurrency in ``redact`` goes through this interface (``redact run``; the review commands can
reuse it with their own per-document function)::

    with make_executor("process", jobs=4, setup=WorkerSetup(prepare, (rules,))) as ex:
        for task, outcome in ex.run(work, tasks):      # in completion order
            if isinstance(outcome, TaskFailure): ...   # the task raised, or its worker died
            else: ...                                  # work(task)'s return value

- ``work`` and ``setup.fn`` are module-level functions and tasks/results are picklable (they travel
  to other processes and, with Dask, other machines); ``setup`` runs once per worker before its
  first task (e.g. building the analyzer), so heavy objects are built once per worker.
- Work is split per task (one document); at most ``2 × workers`` tasks are in flight, so memory in
  the driver stays flat for any number of tasks, and an interrupt stops quickly.
- Failures never stop the run: an exception escaping ``work`` becomes ``TaskFailure("internal-
  error", <exception type>)`` (its message is not kept: it could quote a document); a worker that
  dies (segfault, out of memory) is replaced, the tasks it may have held are retried one at a time,
  and the one that kills a worker again becomes ``TaskFailure("worker-crashed")``.
- Workers of the process pool ignore Ctrl-C (the driver stops them) and exit by themselves when the
  driver is killed. ``close()`` (or leaving the ``with`` block, also by an exception) stops workers.

Backends: ``serial`` (in this process; tests, ``--jobs 1``), ``process`` (``spawn``-started worker
processes), ``dask`` (``distributed``: a ``LocalCluster`` on 127.0.0.1 or an existing scheduler;
workers must run the same ``redact`` version and see the same file system paths as the driver).
"""

from __future__ import annotations

import abc
import os
import threading
from collections import deque
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
    """A task that produced no result: ``reason`` is ``internal-error`` or ``worker-crashed``."""

    reason: str
    detail: str = ""


def cpu_count() -> int:
    """Cores this process may use (the affinity mask where the OS has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class Executor(abc.ABC, Generic[T, R]):
    """Runs ``work(task)`` for every task; see the module's docstring for the contract."""

    kind: str = ""

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)

    @abc.abstractmethod
    def run(self, work: Callable[[T], R], tasks: Iterable[T]) -> Iterator[tuple[T, R | TaskFailure]]:
        """Yield ``(task, outcome)`` for every task, in completion order."""

    def close(self) -> None:
        """Stop the workers (idempotent)."""

    def __enter__(self) -> Executor[T, R]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class SerialExecutor(Executor[T, R]):
    """Everything in the calling process, one task after the other."""

    kind = "serial"

    def __init__(self, setup: WorkerSetup | None = None) -> None:
        super().__init__(1)
        if setup is not None:
            setup.fn(*setup.args)

    def run(self, work: Callable[[T], R], tasks: Iterable[T]) -> Iterator[tuple[T, R | TaskFailure]]:
        for task in tasks:
            try:
                outcome: R | TaskFailure = work(task)
            except Exception as e:  # a bug in work(): the run goes on, the task is reported
                outcome = TaskFailure("internal-error", type(e).__name__)
            yield task, outcome


# --- process pool -----------------------------------------------------------------------------

_LOCK = threading.Lock()  # one task at a time per process: PyMuPDF is not thread-safe


def _watch_parent(parent: int) -> None:
    import time

    while True:
        time.sleep(1.0)
        if os.getppid() != parent:  # the driver died (kill -9): do not linger as an orphan
            os._exit(1)


def _pool_worker_init(setup: WorkerSetup | None, parent: int) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the driver's to handle
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if setup is not None:
        setup.fn(*setup.args)


def _locked(work: Callable[[T], R], task: T) -> R:
    with _LOCK:
        return work(task)


class ProcessExecutor(Executor[T, R]):
    """A pool of ``workers`` processes started with ``spawn`` (clean interpreters, no inherited
    locks or threads), each running ``setup`` once."""

    kind = "process"

    def __init__(self, workers: int, setup: WorkerSetup | None = None, *,
                 max_tasks_per_child: int | None = None) -> None:
        super().__init__(workers)
        self._setup = setup
        self._max_tasks = max_tasks_per_child
        self._pool: Any = None

    def _new_pool(self) -> Any:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(
            max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=_pool_worker_init, initargs=(self._setup, os.getpid()),
            max_tasks_per_child=self._max_tasks,
        )

    def run(self, work: Callable[[T], R], tasks: Iterable[T]) -> Iterator[tuple[T, R | TaskFailure]]:
        from concurrent.futures import FIRST_COMPLETED, Future, wait
        from concurrent.futures.process import BrokenProcessPool

        source = iter(tasks)
        suspects: deque[T] = deque()  # tasks in flight when a worker died: retried one at a time
        pending: dict[Future[R], T] = {}
        alone: set[Future[R]] = set()  # a suspect's retry: nothing else is in flight with it
        window = 2 * self.workers
        if self._pool is None:
            self._pool = self._new_pool()
        while True:
            while not alone and len(pending) < window:
                if suspects:
                    if pending:
                        break  # let the others finish first: the retry must run alone
                    task = suspects.popleft()
                    fut = self._pool.submit(_locked, work, task)
                    alone.add(fut)
                else:
                    try:
                        task = next(source)
                    except StopIteration:
                        break
                    fut = self._pool.submit(_locked, work, task)
                pending[fut] = task
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = False
            for fut in done:
                task = pending.pop(fut)
                try:
                    outcome: R | TaskFailure = fut.result()
                except BrokenProcessPool:
                    broken = True
                    if fut not in alone:
                        suspects.append(task)
                        continue
                    outcome = TaskFailure("worker-crashed", "the worker process died on this document")
                except Exception as e:
                    outcome = TaskFailure("internal-error", type(e).__name__)
                finally:
                    alone.discard(fut)
                yield task, outcome
            if broken:  # the other tasks in flight failed with the pool: each is retried alone
                suspects.extend(pending.values())
                pending.clear()
                alone.clear()
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = self._new_pool()

    def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        # Stop running tasks now (an interrupt must not wait for a long document); outputs are
        # written atomically, so a killed worker leaves at most a temp file the next run removes.
        for proc in list((getattr(pool, "_processes", None) or {}).values()):
            proc.terminate()
        pool.shutdown(wait=True, cancel_futures=True)


# --- Dask -------------------------------------------------------------------------------------


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

    def run(self, work: Callable[[T], R], tasks: Iterable[T]) -> Iterator[tuple[T, R | TaskFailure]]:
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


def make_executor(kind: str, *, jobs: int, setup: WorkerSetup | None = None,
                  scheduler: str | None = None) -> Executor[Any, Any]:
    """The executor for ``--executor KIND --jobs N [--scheduler ADDRESS]`` (``auto``: serial for one
    job, else a process pool)."""
    if kind == "auto":
        kind = "dask" if scheduler else ("serial" if jobs <= 1 else "process")
    if scheduler and kind != "dask":
        raise UsageError("--scheduler needs --executor dask")
    if kind == "serial":
        return SerialExecutor(setup)
    if kind == "process":
        return ProcessExecutor(jobs, setup)
    if kind == "dask":
        return DaskExecutor(jobs, setup, scheduler=scheduler)
    raise UsageError(f"unknown executor {kind!r}; choose one of {', '.join(KINDS)}")
