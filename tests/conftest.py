"""Shared fixtures: PDFs built in code, and a way to plan redactions without the detector."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pymupdf
import pytest
from hypothesis import HealthCheck, settings

from redact.models import Finding, Plan
from redact.pdf.text import extract_document, join_pages
from redact.pdf.triage import open_pdf
from redact.pipeline.detect import span_proposals
from redact.rules import load_rules
from tests.ci_rules import pytest_make_collect_report, pytest_runtest_makereport  # noqa: F401  (hooks)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
CORPUS_REAL = SHARED / "corpus" / "real-nl"
CORPUS_HOSTILE = SHARED / "corpus" / "pdf-robustness"

# Hypothesis judges time by default: a 200 ms deadline per example and a health check that fails a test
# whose data take long to generate. On a busy machine both fail while nothing is broken: neither applies.
settings.register_profile("redact", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("redact")

# The upper bound of every wait in the tests: only something that hangs ever reaches it. Tests wait for
# a state (a file, a line, a process gone), never for a guessed duration, and assert no speed.
PATIENCE = 120.0


def wait_until(ready: Callable[[], bool], what: str, timeout: float = PATIENCE) -> None:
    """Poll ``ready()`` until it is true; fail (naming ``what``) only after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            pytest.fail(f"waited {timeout:g} s for {what}")
        time.sleep(0.02)


# --- the real command line ------------------------------------------------------------------------

REDACT = Path(sys.executable).with_name("redact")  # the console script `pip install -e .` puts in the venv


def cli_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of every `redact` process the tests start. Rich wraps what it prints at the
    terminal's width, 80 columns when the output goes to a pipe: a message with a long path (a deep temp
    folder) would be split mid-word, and a check that some text is absent could pass on a split copy."""
    return {**os.environ, "COLUMNS": "250", **(extra or {})}


def redact_cli(*args: str | Path, cwd: Path = ROOT, env: Mapping[str, str] | None = None,
               timeout: float = 5 * PATIENCE) -> subprocess.CompletedProcess[str]:
    """Run the installed ``redact`` command (its ``main()``: errors become exit codes) as a user would."""
    if not REDACT.is_file():
        pytest.fail(f"{REDACT} not found: install the project into this environment (pip install -e .)")
    return subprocess.run([str(REDACT), *map(str, args)], cwd=cwd, env=cli_env(env), capture_output=True, text=True,
                          timeout=timeout)


@dataclass(frozen=True)
class SamplesRun:
    out: Path
    process: subprocess.CompletedProcess[str]


@pytest.fixture(scope="session")
def samples_run(tmp_path_factory: pytest.TempPathFactory) -> SamplesRun:
    """The README's first command without the install, ``redact run samples/ -o OUT``, run once per
    session (read-only for the tests: copy it to change it)."""
    out = tmp_path_factory.mktemp("samples-run") / "out"
    return SamplesRun(out, redact_cli("run", "samples/", "-o", out))


def make_pdf(path: Path, lines: Sequence[str], *, fontsize: float = 11, pitch: float | None = None,
             rotation: int = 0, fontname: str = "helv") -> Path:
    """A one-page PDF with ``lines`` at 72 pt from the left, ``pitch`` apart (default 1.2 × size)."""
    doc = pymupdf.open()
    page = doc.new_page()
    y = 100.0
    for line in lines:
        page.insert_text((72, y), line, fontsize=fontsize, fontname=fontname)
        y += pitch or fontsize * 1.2
    page.set_rotation(rotation)
    doc.save(path)
    doc.close()
    return path


def plan_for(src: Path, needles: Sequence[tuple[str, str]]) -> Plan:
    """A Plan whose proposals are every whole-word occurrence of each (text, category) needle."""
    rules = load_rules()
    opened = open_pdf(src)  # triage + prepare, exactly as ``api.propose`` sees the document
    with opened.doc as doc:
        pages = extract_document(doc)
    text, starts = join_pages(pages)
    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for needle, cat in sorted(needles, key=lambda n: -len(n[0])):
        for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            findings.append(Finding(cat, m.start(), m.end(), 1.0, "test", needle))
    findings.sort(key=lambda f: f.start)
    sha = hashlib.sha256(src.read_bytes()).hexdigest()
    proposals = [p for page, base in zip(pages, starts, strict=True)
                 for p in span_proposals(page, [f for f in findings if base <= f.start <= base + len(page.text)],
                                         base, sha, rules)]
    return Plan(src, sha, tuple(pages), tuple(proposals))


def pdftotext(path: Path) -> str:
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.fail("pdftotext (poppler-utils) is required by the tests: apt-get install poppler-utils")
    return subprocess.run([exe, "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def all_text_pymupdf(path: Path) -> str:
    with pymupdf.open(path) as doc:
        return "\n".join(page.get_text() for page in doc)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s)
