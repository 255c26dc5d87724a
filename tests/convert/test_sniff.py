from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from redact.convert import Kind, sniff, sniff_bytes
from redact.convert.cfb import build
from redact.convert.sniff import password_protected
from tests.convert.conftest import MSG, docx_bytes, make_eml, png_bytes, small_pdf


def _xlsx() -> bytes:
    buf = io.BytesIO()
    openpyxl.Workbook().save(buf)
    return buf.getvalue()


def _odf(mimetype: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", mimetype)
        z.writestr("content.xml", "<x/>")
    return buf.getvalue()


def _tiff() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (10, 10)).save(buf, "TIFF", save_all=True, append_images=[Image.new("L", (10, 10))])
    return buf.getvalue()


def _jpeg() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buf, "JPEG")
    return buf.getvalue()


@pytest.mark.parametrize(("make", "name", "kind"), [
    (lambda: small_pdf("x"), "a.docx", Kind.PDF),
    (lambda: make_eml(nested=False), "bericht.txt", Kind.EML),
    (lambda: docx_bytes("x"), "a.bin", Kind.DOCX),
    (_xlsx, "a.zip", Kind.XLSX),
    (lambda: _odf("application/vnd.oasis.opendocument.text"), "a", Kind.ODT),
    (lambda: _odf("application/vnd.oasis.opendocument.spreadsheet"), "a", Kind.ODS),
    (lambda: _odf("application/vnd.oasis.opendocument.presentation"), "a", Kind.ODP),
    (lambda: build({"WordDocument": b"\0" * 64}), "a.xls", Kind.DOC),
    (lambda: build({"Workbook": b"\0" * 64}), "a.doc", Kind.XLS),
    (lambda: build({"PowerPoint Document": b"\0" * 64}), "a", Kind.PPT),
    (lambda: build({"EncryptionInfo": b"\0" * 64, "EncryptedPackage": b"\0" * 64}), "a.docx", Kind.ENCRYPTED),
    (lambda: b"{\\rtf1\\ansi hallo}", "a.txt", Kind.RTF),
    (png_bytes, "a.jpg", Kind.PNG),
    (_jpeg, "a.png", Kind.JPEG),
    (_tiff, "a", Kind.TIFF),
    (lambda: b"naam;telefoon\nJan;06\n", "lijst.csv", Kind.CSV),
    (lambda: b"naam;telefoon;plaats\nJan;06;Delft\nPiet;07;Gouda\n", "", Kind.CSV),
    (lambda: b"gewone tekst\n", "notitie.txt", Kind.TXT),
    (lambda: b"gewone tekst\n", "notitie.xyz", Kind.UNKNOWN),
    (lambda: b"\x00\x01\x02\x03binary", "a.eml", Kind.UNKNOWN),
    (lambda: b"PK\x03\x04not a zip", "a.docx", Kind.UNKNOWN),
    (lambda: build({"Other": b"x"}), "a.msg", Kind.UNKNOWN),
    (lambda: b"", "a.pdf", Kind.UNKNOWN),
])
def test_sniff_by_content(make, name, kind):  # type: ignore[no-untyped-def]
    assert sniff_bytes(make(), name) is kind


def test_real_msg_files_are_msg() -> None:
    for path in sorted(MSG.glob("*.msg")):
        assert sniff(path) is Kind.MSG, path.name


def test_password_flags() -> None:
    fib = bytearray(64)
    fib[11] = 0x01  # fEncrypted (bit 8 of the flags at offset 10)
    assert password_protected(build({"WordDocument": bytes(fib)}), Kind.DOC)
    assert not password_protected(build({"WordDocument": b"\0" * 64}), Kind.DOC)
    filepass = b"\x09\x08\x04\x00\x00\x06\x05\x00" + b"\x2f\x00\x02\x00\x01\x00"
    assert password_protected(build({"Workbook": filepass}), Kind.XLS)
    assert not password_protected(build({"Workbook": b"\x09\x08\x00\x00\x0a\x00\x00\x00"}), Kind.XLS)
    assert password_protected(build({"PowerPoint Document": b"x", "EncryptedSummary": b"x"}), Kind.PPT)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("META-INF/manifest.xml", "<manifest:encryption-data/>")
    assert password_protected(buf.getvalue(), Kind.ODT)
