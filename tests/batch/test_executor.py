"""The executor interface: every task reported once, setup once per worker, failures never stop a run."""

from __future__ import annotations

import os

import pytest

from redact.errors import UsageError
from redact.executor import ProcessExecutor, SerialExecutor, TaskFailure, WorkerSetup, make_executor
from tests.batch import workfns


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
    with ProcessExecutor(2) as ex:
        out = dict(ex.run(workfns.dies_on_two, range(8)))
    assert sorted(out) == list(range(8))
    assert isinstance(out[2], TaskFailure) and out[2].reason == "worker-crashed"
    assert [out[i] for i in range(8) if i != 2] == [0, 1, 3, 4, 5, 6, 7]


def test_process_pool_task_exception_becomes_failure() -> None:
    with ProcessExecutor(2) as ex:
        out = dict(ex.run(workfns.fails_on_three, range(5)))
    assert out[3] == TaskFailure("internal-error", "ValueError")
    assert [out[i] for i in (0, 1, 2, 4)] == [0, 1, 2, 4]


def test_make_executor_choices() -> None:
    assert make_executor("auto", jobs=1).kind == "serial"
    ex = make_executor("auto", jobs=3)
    assert ex.kind == "process" and ex.workers == 3
    ex.close()
    with pytest.raises(UsageError, match="--scheduler needs --executor dask"):
        make_executor("process", jobs=2, scheduler="tcp://127.0.0.1:1")
    with pytest.raises(UsageError, match="unknown executor"):
        make_executor("threads", jobs=2)
