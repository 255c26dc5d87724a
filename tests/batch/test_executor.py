"""The executor interface: every task reported once, setup once per worker, failures never stop a run,
a task over its time limit or killing its worker fails alone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from redact.errors import UsageError, WorkerSetupError
from redact.execution import TaskFailure, WorkerSetup, make_executor
from redact.execution.process import ProcessExecutor
from redact.execution.serial import SerialExecutor
from tests.batch import workfns
from tests.conftest import PATIENCE

# A task that never ends gets a short limit (only the limit can stop it); every other task a limit no
# task that ends comes near, so nothing here depends on how fast the machine is.
SHORT = 1.0


def _limit(task: tuple[str, str]) -> float:
    return SHORT if task[0] == "hang" else PATIENCE


def test_serial_runs_setup_once_in_process_and_every_task() -> None:
    workfns.SETUPS.clear()
    with SerialExecutor(WorkerSetup(workfns.setup, ("serial",))) as ex:
        out = dict(ex.run(workfns.square, range(5)))
    assert {k: v[0] for k, v in out.items()} == {i: i * i for i in range(5)}
    assert all(v[1] == os.getpid() and v[2] == ("serial",) for v in out.values())


def test_serial_task_exception_becomes_failure_without_its_message() -> None:
    with SerialExecutor() as ex:
        out = dict(ex.run(workfns.fails_on_three, range(6)))
    assert out[3] == TaskFailure("internal-error", "ValueError")
    assert [out[i] for i in (0, 1, 2, 4, 5)] == [0, 1, 2, 4, 5]


def test_process_pool_setup_once_per_worker() -> None:
    with ProcessExecutor(2, WorkerSetup(workfns.setup, ("pool",))) as ex:
        out = dict(ex.run(workfns.square, range(12)))
    assert {k: v[0] for k, v in out.items()} == {i: i * i for i in range(12)}
    pids = {v[1] for v in out.values()}
    assert os.getpid() not in pids and 1 <= len(pids) <= 2
    assert all(v[2] == ("pool",) for v in out.values())  # each worker ran the setup exactly once


def test_process_pool_survives_a_dying_worker() -> None:
    aborted: list[int] = []
    with ProcessExecutor(2) as ex:
        out = dict(ex.run(workfns.dies_on_two, range(8), on_abort=aborted.append))
    assert sorted(out) == list(range(8))
    assert out[2] == TaskFailure("worker-crashed", "worker exit code 13")
    assert [out[i] for i in range(8) if i != 2] == [0, 1, 3, 4, 5, 6, 7]
    assert aborted == [2]


def test_process_pool_a_killed_worker_fails_exactly_its_task() -> None:
    aborted: list[int] = []
    with ProcessExecutor(2) as ex:
        out = dict(ex.run(workfns.kills_itself_on_two, range(8), seconds=lambda x: PATIENCE, on_abort=aborted.append))
    assert out[2] == TaskFailure("worker-crashed", "worker exit code -9")
    assert [out[i] for i in range(8) if i != 2] == [0, 1, 3, 4, 5, 6, 7]
    assert aborted == [2]


def test_process_pool_time_limit_stops_only_the_task_that_never_ends(tmp_path: Path) -> None:
    """Two workers: the task that never ends is stopped at its limit while the other worker holds a task
    handed out before it that can only end after that stop (it waits for the file ``on_abort`` writes):
    it was in flight the whole time and was not disturbed; then the quick tasks run; the replacement
    worker runs setup again."""
    aborted: list[tuple[str, str]] = []
    stopped = tmp_path / "stopped"

    def on_abort(task: tuple[str, str]) -> None:
        aborted.append(task)
        stopped.touch()

    tasks = [("wait", str(stopped)), ("hang", ""), *(("quick", str(i)) for i in range(6))]
    with ProcessExecutor(2, WorkerSetup(workfns.setup, ("pool",))) as ex:
        out = dict(ex.run(workfns.act, tasks, seconds=_limit, on_abort=on_abort))
        assert out.pop(("hang", "")) == TaskFailure("time-limit", f"limit {SHORT:g} s")
        assert aborted == [("hang", "")]
        assert sorted(v[0] for v in out.values()) == sorted(f"{k}:{a}" for k, a in tasks if k != "hang")
        assert all(v[2] == ("pool",) for v in out.values())
        again = dict(ex.run(workfns.act, [("quick", f"later{i}") for i in range(4)], seconds=_limit))
    assert all(v[2] == ("pool",) for v in again.values())  # the replacement ran setup once


def test_process_pool_later_tasks_run_on_the_replacement_worker() -> None:
    tasks = [("quick", "before"), ("hang", ""), ("quick", "after1"), ("quick", "after2")]
    with ProcessExecutor(1, WorkerSetup(workfns.setup, ("pool",))) as ex:
        out = dict(ex.run(workfns.act, tasks, seconds=lambda t: None if t[0] != "hang" else SHORT))
    assert out[("hang", "")] == TaskFailure("time-limit", f"limit {SHORT:g} s")
    before, after1, after2 = (out[t] for t in tasks if t[0] != "hang")
    assert isinstance(before, tuple) and isinstance(after1, tuple) and isinstance(after2, tuple)
    assert before[1] != after1[1] == after2[1]  # a new process ...
    assert before[2] == after1[2] == ("pool",)  # ... that ran the setup once


def test_process_pool_failing_setup_stops_the_run() -> None:
    with ProcessExecutor(1, WorkerSetup(workfns.failing_setup)) as ex, \
            pytest.raises(WorkerSetupError, match="RuntimeError"):
        list(ex.run(workfns.square, range(3)))


def test_process_pool_task_exception_becomes_failure() -> None:
    with ProcessExecutor(2) as ex:
        out = dict(ex.run(workfns.fails_on_three, range(5)))
    assert out[3] == TaskFailure("internal-error", "ValueError")
    assert [out[i] for i in (0, 1, 2, 4)] == [0, 1, 2, 4]


def test_serial_time_limit_forks_per_task() -> None:
    aborted: list[tuple[str, str]] = []
    with SerialExecutor() as ex:
        out = dict(ex.run(workfns.act, [("quick", ""), ("hang", "")], seconds=_limit, on_abort=aborted.append))
    assert out[("hang", "")] == TaskFailure("time-limit", f"limit {SHORT:g} s")
    quick = out[("quick", "")]
    assert isinstance(quick, tuple) and quick[1] != os.getpid()  # it ran in a child process
    assert aborted == [("hang", "")]


def test_serial_time_limited_child_that_dies_or_raises() -> None:
    with SerialExecutor() as ex:
        died = dict(ex.run(workfns.dies_on_two, range(4), seconds=lambda x: PATIENCE))
        raised = dict(ex.run(workfns.fails_on_three, range(5), seconds=lambda x: PATIENCE))
    assert died == {0: 0, 1: 1, 2: TaskFailure("worker-crashed", "worker exit code 13"), 3: 3}
    assert raised[3] == TaskFailure("internal-error", "ValueError")


def test_make_executor_choices() -> None:
    assert make_executor("auto", jobs=1).kind == "serial"
    with make_executor("auto", jobs=1, time_limited=True) as ex:  # the cheap limit for --jobs 1
        assert ex.kind == "process" and ex.workers == 1
    assert make_executor("serial", jobs=1, time_limited=True).kind == "serial"
    ex = make_executor("auto", jobs=3)
    assert ex.kind == "process" and ex.workers == 3
    ex.close()
    with pytest.raises(UsageError, match="--scheduler needs --executor dask"):
        make_executor("process", jobs=2, scheduler="tcp://127.0.0.1:1")
    with pytest.raises(UsageError, match="unknown executor"):
        make_executor("threads", jobs=2)
