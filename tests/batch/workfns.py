"""Work and setup functions for the executor tests (module level: workers import them by name)."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

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


def act(task: tuple[str, str]) -> tuple[str, int, tuple[str, ...]]:
    """``("hang", _)`` never ends (only a time limit or a kill stops it); ``("wait", path)`` returns once
    ``path`` exists (raises after 120 s, so that a missing file fails instead of hanging); ``("quick", _)``
    returns at once. The tag, the worker's pid and the setups it ran."""
    kind, arg = task
    if kind == "hang":
        threading.Event().wait()
    elif kind == "wait":
        deadline = time.monotonic() + 120
        while not Path(arg).exists():
            if time.monotonic() > deadline:
                raise TimeoutError(arg)
            time.sleep(0.01)
    return f"{kind}:{arg}", os.getpid(), tuple(SETUPS)


def kills_itself_on_two(x: int) -> int:
    if x == 2:
        os.kill(os.getpid(), signal.SIGKILL)  # as the OOM killer would
    time.sleep(0.05)
    return x


def failing_setup() -> None:
    raise RuntimeError("the analyzer cannot be built")
