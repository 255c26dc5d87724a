"""Fixtures of the review tests: ONE proposed work folder per session, cloned per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.review.util import clone_workdir, proposed_workdir


@pytest.fixture(scope="session")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(inputs, work folder) after `propose` over copies of all samples; never modified by tests."""
    return proposed_workdir(tmp_path_factory.mktemp("proposed"))


@pytest.fixture()
def workdir(pristine: tuple[Path, Path], tmp_path: Path) -> Path:
    return clone_workdir(pristine[1], tmp_path / "work")
