"""Work and setup functions for the executor tests (module level: workers import them by name)."""

from __future__ import annotations

import os
import signal
import time

SETUPS: list[str] = []


def setup(tag: str) -> None:
    SETUPS.append(tag)


def square(x: int) -> tuple[int, int, tuple[str, ...]]:
    """x², the worker's pid and the setups it ran."""
    time.sleep(0.01)
    return x * x, os.getpid(), tuple(SETUPS)


def fails_on_three(x: int) -> int:
    if x == 3:
        raise ValueError("a bug that must not stop the run")
    return x


def dies_on_two(x: int) -> int:
    if x == 2:
        os._exit(13)  # the worker process dies (as on a segfault)
    time.sleep(0.05)
    return x


def nap(task: tuple[str, float]) -> tuple[str, int, tuple[str, ...]]:
    """Sleep ``task[1]`` seconds; the tag ``task[0]``, the worker's pid and the setups it ran."""
    time.sleep(task[1])
    return task[0], os.getpid(), tuple(SETUPS)


def kills_itself_on_two(x: int) -> int:
    if x == 2:
        os.kill(os.getpid(), signal.SIGKILL)  # as the OOM killer would
    time.sleep(0.05)
    return x


def failing_setup() -> None:
    raise RuntimeError("the analyzer cannot be built")
