"""The Dask backend against a LocalCluster on 127.0.0.1: same verified outputs as a serial run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from redact.batch import run_batch
from redact.errors import UsageError
from redact.execution.dask import DaskExecutor
from tests.batch.conftest import published_files, with_salt

distributed = pytest.importorskip("distributed", reason="pip install 'redact[dask]'")


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A scheduler with two single-threaded worker processes, only on the loopback interface."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None, scheduler_port=0) as c:
        assert c.scheduler_address.startswith("tcp://127.0.0.1:")
        yield c.scheduler_address


def test_dask_scheduler_gives_the_serial_files(cluster: str, doc_set: Path, tmp_path: Path) -> None:
    serial = with_salt(tmp_path / "serial")
    run_batch([doc_set], serial)
    out = with_salt(tmp_path / "dask")
    s = run_batch([doc_set], out, executor="dask", scheduler=cluster, jobs=2)
    assert s.executor == "dask" and s.workers == 2
    assert s.count("ok") == len(s.outcomes) > 0
    for o in s.outcomes:
        assert o.result is not None and o.result.verify is not None and o.result.verify.ok
    assert published_files(out) == published_files(serial)
    again = run_batch([doc_set], out, executor="dask", scheduler=cluster)
    assert again.count("skipped") == len(s.outcomes)


def test_dask_reports_a_failing_document(cluster: str, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "kapot.pdf").write_text("geen pdf")
    s = run_batch([docs], tmp_path / "out", executor="dask", scheduler=cluster)
    assert [(o.status, o.reason) for o in s.outcomes] == [("failed", "not-a-pdf")]


def test_unreachable_scheduler_is_a_usage_error() -> None:
    import socket

    with socket.socket() as sock:  # a free port on loopback where nothing listens
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(UsageError, match="cannot connect to the Dask scheduler"):
        DaskExecutor(1, scheduler=f"tcp://127.0.0.1:{port}", connect_timeout=1)
