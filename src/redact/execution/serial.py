"""The ``serial`` backend of ``redact.execution``: every task in the calling process, one after the
other; a task with a time limit runs in a forked child (``redact.execution.timelimit``), the only way
to stop in-process work (a process per task, measured ≈70 ms per document)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from redact.execution.base import Executor, TaskFailure, WorkerSetup, guarded, limit_of

T = TypeVar("T")
R = TypeVar("R")


class SerialExecutor(Executor[T, R]):
    """Everything in the calling process, one task after the other; a task with a time limit runs
    in a forked child (``redact.execution.timelimit``)."""

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
            outcome = guarded(work, task) if limit is None else _forked(work, task, limit, on_abort)
            yield task, outcome


def _forked(work: Callable[[T], R], task: T, limit: float,
            on_abort: Callable[[T], None] | None) -> R | TaskFailure:
    from functools import partial

    from redact.errors import ProcessingError, TimeLimitError, WorkerCrashError
    from redact.execution.timelimit import call_with_time_limit

    cleanup = partial(on_abort, task) if on_abort is not None else None
    try:
        return call_with_time_limit(guarded, work, task, seconds=limit, cleanup=cleanup)
    except TimeLimitError as e:
        return TaskFailure("time-limit", e.detail)
    except WorkerCrashError as e:
        return TaskFailure("worker-crashed", e.detail)
    except ProcessingError as e:  # the child could not send its result back
        return TaskFailure("internal-error", e.detail)


