"""The executor interface (see ``redact.execution`` for the contract and the backends)."""


from __future__ import annotations

import abc
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

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


def guarded(work: Callable[[T], R], task: T) -> R | TaskFailure:
    try:
        return work(task)
    except Exception as e:  # a bug in work(): the run goes on, the task is reported
        return TaskFailure("internal-error", type(e).__name__)


