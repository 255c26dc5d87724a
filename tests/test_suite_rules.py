"""The rules of the suite itself: under CI=true a skipped test fails (tests/ci_rules.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ci_rules import ci

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


def _pytest(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, ci_value: str | None,
            *paths: Path) -> pytest.RunResult:
    """pytest on ``paths`` in this process, with the hooks of tests/ci_rules.py and CI as given."""
    if ci_value is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci_value)
    return pytester.runpytest_inprocess("-p", "tests.ci_rules", "-p", "no:cacheprovider", *map(str, paths))


def test_a_skip_fails_under_ci_only(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = pytester.makepyfile(test_skipping=SKIPPING)
    module = pytester.makepyfile(test_skipping_module=SKIPPING_MODULE)
    local = _pytest(pytester, monkeypatch, None, calls, module)
    assert local.ret == pytest.ExitCode.OK
    local.assert_outcomes(skipped=3)

    under_ci = _pytest(pytester, monkeypatch, "true", calls)
    assert under_ci.ret == pytest.ExitCode.TESTS_FAILED
    under_ci.assert_outcomes(failed=1, errors=1)  # a skip in the call fails, one in the setup errors
    assert str(under_ci.stdout).count("skipped under CI=true") >= 2

    under_ci = _pytest(pytester, monkeypatch, "true", module)
    assert under_ci.ret != pytest.ExitCode.OK
    under_ci.assert_outcomes(errors=1)
    assert "skipped under CI=true" in str(under_ci.stdout)


@pytest.mark.parametrize(("value", "on"), [("true", True), ("1", True), ("TRUE", True), ("", False),
                                           ("false", False), ("0", False)])
def test_what_counts_as_ci(monkeypatch: pytest.MonkeyPatch, value: str, on: bool) -> None:
    monkeypatch.setenv("CI", value)
    assert ci() is on
