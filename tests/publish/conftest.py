"""Fixtures: the samples redacted once (``redact run``), and bundles made from that output."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from redact.publish.bundle import BundleResult, publish
from tests.conftest import SAMPLES, SamplesRun

PUBLISHER = "ministerie van Justitie en Veiligheid"
REFERENCE = "WOO-2024-017"


def redact_strings(document: str | None = None) -> list[str]:
    """The strings the samples' expected files say must be redacted (of one document, or of all)."""
    out: list[str] = []
    for f in sorted(SAMPLES.glob("*.expected.yaml")):
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        if document is None or data["document"] == document:
            out += [item["text"] for item in data["redact"]]
    return out


@pytest.fixture(scope="session")
def samples_out(samples_run: SamplesRun) -> Path:
    """The output of ``redact run samples/`` (tests/conftest.py; read-only: use ``out_copy`` to change it)."""
    assert samples_run.process.returncode == 0, samples_run.process.stderr
    return samples_run.out


@pytest.fixture()
def out_copy(samples_out: Path, tmp_path: Path) -> Path:
    """A private copy of the run's output (tests may change it)."""
    dst = tmp_path / "out"
    shutil.copytree(samples_out, dst)
    return dst


@pytest.fixture(scope="session")
def bundle(samples_out: Path, tmp_path_factory: pytest.TempPathFactory) -> BundleResult:
    return publish(samples_out, tmp_path_factory.mktemp("bundle"),
                   overrides={"publisher": PUBLISHER, "woo_verzoek": REFERENCE})


@pytest.fixture(scope="session")
def bundle_pdfa(samples_out: Path, tmp_path_factory: pytest.TempPathFactory) -> BundleResult:
    if shutil.which("gs") is None:
        pytest.fail("Ghostscript is required by the PDF/A tests: apt-get install ghostscript")
    return publish(samples_out, tmp_path_factory.mktemp("bundle-pdfa"),
                   overrides={"publisher": PUBLISHER, "woo_verzoek": REFERENCE}, pdfa=True)
