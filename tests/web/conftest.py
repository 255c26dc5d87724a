"""Fixtures of the web tests: a proposed work folder (cloned per test) and the app around it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from redact.web.server import create_app
from tests.review.util import clone_workdir, proposed_workdir

TOKEN = "test-token-0123456789"


@pytest.fixture(scope="session")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return proposed_workdir(tmp_path_factory.mktemp("web-proposed"))


@pytest.fixture()
def workdir(pristine: tuple[Path, Path], tmp_path: Path) -> Path:
    return clone_workdir(pristine[1], tmp_path / "work")


@pytest.fixture()
def client(workdir: Path) -> Iterator[TestClient]:
    app = create_app(workdir, token=TOKEN)
    with TestClient(app, base_url="http://127.0.0.1:8123", headers={"X-Redact-Token": TOKEN}) as c:
        yield c
    app.state.workspace.close()
