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
  with a limit runs in a forked child (``redact.execution.timelimit.call_with_time_limit``): in-process work can
  only be stopped that way, and it costs a process per task (measured ≈70 ms per document).
- ``process`` (``redact.execution.process``): ``workers`` long-lived ``spawn``-started processes, each handed one
  task at a time; a task runs directly in its worker and only a task that overruns its limit or kills
  its worker costs a process: that worker is killed or lost and replaced, the others run on. A worker
  whose ``setup`` fails raises ``WorkerSetupError`` (no task could run).
- ``dask``: ``distributed`` (a ``LocalCluster`` on 127.0.0.1 or an existing scheduler; workers must
  run the same ``redact`` version and see the same file system paths as the driver). No time limit per
  task: ``seconds`` and ``on_abort`` are ignored, because Dask's worker processes are daemonic and may
  not start a killable child; Dask's own worker lifetime and memory settings are the guard there.
"""

from __future__ import annotations

from typing import Any

from redact.errors import UsageError
from redact.execution.base import Executor, TaskFailure, WorkerSetup, cpu_count, limit_of

__all__ = ["KINDS", "Executor", "TaskFailure", "WorkerSetup", "cpu_count", "limit_of", "make_executor"]

KINDS = ("serial", "process", "dask")


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
        from redact.execution.serial import SerialExecutor

        return SerialExecutor(setup)
    if kind == "process":
        from redact.execution.process import ProcessExecutor

        return ProcessExecutor(jobs, setup)
    if kind == "dask":
        from redact.execution.dask import DaskExecutor

        return DaskExecutor(jobs, setup, scheduler=scheduler)
    raise UsageError(f"unknown executor {kind!r}; choose one of {', '.join(KINDS)}")
