"""Tesseract kept loaded (``pdf.ocr_engine``): the same words as the command, and fail closed."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

import redact.pdf.ocr_engine as engine
from redact.errors import OcrUnavailableError
from redact.pdf.ocr import _render, tesseract_available
from tests.conftest import SAMPLES
from tests.ocr.scans import make_scan

pytestmark = pytest.mark.skipif(not tesseract_available(), reason="needs tesseract-ocr + tesseract-ocr-nld")


@pytest.fixture(scope="module")
def rendering(tmp_path_factory: pytest.TempPathFactory) -> pymupdf.Pixmap:
    scan = make_scan(SAMPLES / "02-email.pdf", tmp_path_factory.mktemp("eng") / "s.pdf", dpi=300, skew=0.4,
                     noise=0.002)
    with pymupdf.open(scan) as doc:
        return _render(doc[0], 300)


def test_library_reads_what_the_command_reads(rendering: pymupdf.Pixmap) -> None:
    if engine.engine_kind("nld") != "library":
        pytest.skip("libtesseract cannot be loaded here")
    via_library = engine.read_tsv(rendering, "nld", 300)
    via_command = engine._run_cli(rendering.tobytes("png"), "nld", 300)
    assert via_library == via_command
    assert via_library.startswith(engine.TSV_HEADER) and "\n5\t1\t" in via_library
    assert engine.read_tsv(rendering, "nld", 300) == via_library  # the engine is reused, not changed


def test_forced_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "_lib", None)
    monkeypatch.setenv("REDACT_TESSERACT", "cli")
    assert engine.engine_kind("nld") == "cli"


def test_missing_language_fails_closed(rendering: pymupdf.Pixmap) -> None:
    assert not tesseract_available("zzz")
    with pytest.raises(OcrUnavailableError):
        engine.read_tsv(rendering, "zzz", 300)


@pytest.mark.parametrize("kind", ["library", "cli"])
def test_overlong_page_fails_closed(kind: str, rendering: pymupdf.Pixmap, monkeypatch: pytest.MonkeyPatch) -> None:
    if kind == "cli":
        monkeypatch.setattr(engine, "_lib", False)
    elif engine.engine_kind("nld") != "library":
        pytest.skip("libtesseract cannot be loaded here")
    with pytest.raises(OcrUnavailableError, match="longer than"):
        engine.read_tsv(rendering, "nld", 0.001)


def test_only_grey_pixmaps(tmp_path: Path) -> None:
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 10, 10), False)
    with pytest.raises(ValueError, match="grey"):
        engine.read_tsv(pix, "nld", 10)
