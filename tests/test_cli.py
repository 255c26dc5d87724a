"""The command line: every command has help, exit codes are as documented, errors are clear."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from redact.cli import cli
from redact.errors import ExitCode
from tests.conftest import cli_env


def redact(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "redact", *map(str, args)], capture_output=True, text=True,
                          env=cli_env(),
                          cwd=cwd, timeout=600)


def _commands() -> list[str]:
    return sorted(cli.commands)


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_help(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert cli.commands[command].help, f"{command} has no help text"
    assert "Usage:" in result.output


def test_usage_error_exit_code(tmp_path: Path) -> None:
    r = redact("run", tmp_path)  # -o missing
    assert r.returncode == ExitCode.USAGE
    assert "--out" in r.stderr


def test_not_a_pdf_fails_that_document_only(tmp_path: Path) -> None:
    bad = tmp_path / "in" / "kapot.pdf"
    bad.parent.mkdir()
    bad.write_text("geen pdf")
    r = redact("run", bad, "-o", tmp_path / "out")
    assert r.returncode == ExitCode.SOME_FAILED
    assert "kapot.pdf" in r.stderr and "not a PDF" in r.stderr
    assert "Traceback" not in r.stderr
    errors = (tmp_path / "out" / "errors.csv").read_text()
    assert "kapot.pdf,not-a-pdf" in errors


def test_inspect_reports_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "leeg.pdf"
    bad.write_bytes(b"")
    r = redact("inspect", bad)
    assert r.returncode == ExitCode.INPUT
    assert "leeg.pdf" in r.stderr and "Traceback" not in r.stderr


def test_output_inside_input_is_refused(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    r = redact("run", tmp_path / "docs", "-o", tmp_path / "docs" / "out")
    assert r.returncode == ExitCode.USAGE
    assert "inside input folder" in r.stderr


def test_rules_error_exit_code(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"")
    r = redact("inspect", pdf, "--rules", tmp_path / "rules")
    assert r.returncode == ExitCode.RULES
    assert "rules file missing" in r.stderr
