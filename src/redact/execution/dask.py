"""The ``dask`` backend of ``redact.execution``: tasks on a Dask ``distributed`` cluster (no time limit
per task: Dask's worker processes are daemonic and may not start a killable child)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from redact.errors import UsageError
from redact.execution.base import Executor, TaskFailure, WorkerSetup

T = TypeVar("T")
R = TypeVar("R")

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


