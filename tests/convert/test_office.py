from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from redact.convert import Kind, convert_bytes, office
from redact.convert.cfb import build
from redact.errors import (
    ConversionError,
    ConversionTimeLimitError,
    ConverterUnavailableError,
    PasswordProtectedError,
)
from tests.convert.conftest import assert_text, docx_bytes, needs_soffice


@needs_soffice
def test_docx_text_and_determinism(tmp_path: Path) -> None:
    data = docx_bytes("Besluit op het Woo-verzoek", "Geachte heer Jansen, met é, ë en €.")
    a = convert_bytes(data, "besluit.docx")
    assert a.kind is Kind.DOCX
    assert_text(a.pdf, tmp_path, "Besluit op het Woo-verzoek", "Geachte heer Jansen, met é, ë en €.")
    assert convert_bytes(data, "besluit.docx").pdf == a.pdf


@needs_soffice
def test_xls_via_libreoffice_keeps_hidden_rows(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Naam", "Telefoon"])
    ws.append(["Jan Jansen", "06-12345678"])
    ws.row_dimensions[2].hidden = True
    buf = io.BytesIO()
    wb.save(buf)
    ods = office.convert_with_soffice(buf.getvalue(), ".xlsx", "ods", "x.xlsx")
    conv = convert_bytes(ods, "lijst.ods")
    assert conv.kind is Kind.ODS
    assert_text(conv.pdf, tmp_path, "Jan Jansen", "06-12345678", "2 (verborgen)")
    assert "1 hidden row(s) shown" in conv.warnings


@needs_soffice
def test_time_limit_kills_and_raises(tmp_path: Path) -> None:
    with pytest.raises(ConversionTimeLimitError) as err:
        office.convert_with_soffice(docx_bytes("x"), ".docx", "pdf", tmp_path / "traag.docx", time_limit=0.05)
    assert "traag.docx" in str(err.value) and err.value.exit_code == 3


@needs_soffice
def test_damaged_office_file_is_a_typed_error(tmp_path: Path) -> None:
    data = docx_bytes("x")
    broken = data[:200] + b"\0" * 50 + data[250:]
    with pytest.raises(ConversionError):
        convert_bytes(broken, "kapot.docx", source=tmp_path / "kapot.docx")


def test_password_protected_ooxml() -> None:
    data = build({"EncryptionInfo": b"\4\0\4\0" + b"\0" * 60, "EncryptedPackage": b"\0" * 100})
    with pytest.raises(PasswordProtectedError) as err:
        convert_bytes(data, "geheim.docx", source="geheim.docx")
    assert "geheim.docx" in str(err.value) and "password" in str(err.value)


def test_missing_libreoffice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(office.shutil, "which", lambda name: None)
    with pytest.raises(ConverterUnavailableError):
        convert_bytes(docx_bytes("x"), "a.docx")
