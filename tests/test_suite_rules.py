"""The rules of the suite itself: under CI=true a skipped test fails (tests/ci_rules.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ci_rules import ci
from tests.conftest import PATIENCE, ROOT

SKIPPING = '''
import pytest

def test_needs_something_missing():
    pytest.skip("the optional component is not installed")

@pytest.mark.skipif(True, reason="marked")
def test_marked():
    pass
'''

SKIPPING_MODULE = '''
import pytest

pytest.importorskip("a_module_that_is_not_installed")

def test_never_collected():
    pass
'''


def _pytest(path: Path, ci_value: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci_value is not None:
        env["CI"] = ci_value
    root = path if path.is_dir() else path.parent
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "tests.ci_rules",
                           "--rootdir", str(root), str(path)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=PATIENCE)


def test_a_skip_fails_under_ci_only(tmp_path: Path) -> None:
    calls, module = tmp_path / "test_skipping.py", tmp_path / "test_skipping_module.py"
    calls.write_text(SKIPPING)
    module.write_text(SKIPPING_MODULE)
    local = _pytest(tmp_path, None)
    assert local.returncode == 0 and local.stdout.splitlines()[-1].startswith("3 skipped"), local.stdout

    under_ci = _pytest(calls, "true")
    assert under_ci.returncode == 1, under_ci.stdout
    assert under_ci.stdout.count("skipped under CI=true") >= 2, under_ci.stdout
    summary = under_ci.stdout.splitlines()[-1]  # a skip in the call fails, one in the setup errors
    assert summary.startswith("1 failed, 1 error in") and "skipped" not in summary, under_ci.stdout

    under_ci = _pytest(module, "true")
    assert under_ci.returncode != 0 and "skipped under CI=true" in under_ci.stdout, under_ci.stdout
    assert under_ci.stdout.splitlines()[-1].startswith("1 error in"), under_ci.stdout


@pytest.mark.parametrize(("value", "on"), [("true", True), ("1", True), ("TRUE", True), ("", False),
                                           ("false", False), ("0", False)])
def test_what_counts_as_ci(monkeypatch: pytest.MonkeyPatch, value: str, on: bool) -> None:
    monkeypatch.setenv("CI", value)
    assert ci() is on
