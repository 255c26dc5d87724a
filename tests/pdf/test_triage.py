"""Bad input gets a typed error naming the file and the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.errors import (
    CorruptPdfError,
    EmptyPdfError,
    EncryptedPdfError,
    ExitCode,
    NotAPdfError,
    NotFoundError,
    TruncatedPdfError,
)
from redact.pdf.triage import open_pdf
from tests.conftest import CORPUS_HOSTILE, make_pdf


def test_not_a_pdf(tmp_path: Path) -> None:
    p = tmp_path / "brief.pdf"
    p.write_text("Dit is geen PDF")
    with pytest.raises(NotAPdfError) as e:
        open_pdf(p)
    assert str(p) in str(e.value) and e.value.exit_code == ExitCode.INPUT


def test_empty_file(tmp_path: Path) -> None:
    p = tmp_path / "leeg.pdf"
    p.write_bytes(b"")
    with pytest.raises(EmptyPdfError):
        open_pdf(p)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        open_pdf(tmp_path / "weg.pdf")


def test_truncated_garbage(tmp_path: Path) -> None:
    p = tmp_path / "kapot.pdf"
    p.write_bytes(b"%PDF-1.7\n" + b"\x00\xff" * 50)
    with pytest.raises((CorruptPdfError, EmptyPdfError, TruncatedPdfError)):
        open_pdf(p)


def test_encrypted_needs_password() -> None:
    p = CORPUS_HOSTILE / "pysf__libreoffice-writer-password.pdf"
    with pytest.raises(EncryptedPdfError) as e:
        open_pdf(p)
    assert "password" in str(e.value)
    assert open_pdf(p, password="openpassword").doc.page_count >= 1


def test_repaired_file_is_reported(tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "ok.pdf", ["Tekst"])
    data = src.read_bytes()
    broken = tmp_path / "xref.pdf"
    broken.write_bytes(data.replace(b"startxref", b"startxrex"))
    opened = open_pdf(broken)
    assert any("repaired" in w for w in opened.warnings)
