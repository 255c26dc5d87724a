"""Work and setup functions for the executor tests (module level: workers import them by name)."""

from __future__ import annotations

import os
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
