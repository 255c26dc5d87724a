"""Fixtures of the conversion tests: text of a PDF by three extractors, generated Office files and mail."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from email.message import EmailMessage
from pathlib import Path

import pymupdf
import pypdf
import pytest

DATA = Path(__file__).resolve().parent.parent / "data" / "convert"
MSG = DATA / "msg"

needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice not installed (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui "
    "libreoffice-impress-nogui)")


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def texts(pdf: bytes, tmp_path: Path) -> dict[str, str]:
    """The whole text of ``pdf`` by PyMuPDF, pdftotext and pypdf, white space collapsed."""
    out: dict[str, str] = {}
    with pymupdf.open("pdf", pdf) as doc:
        out["pymupdf"] = _norm(" ".join(page.get_text() for page in doc))
    out["pypdf"] = _norm(" ".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages))
    if shutil.which("pdftotext"):
        f = tmp_path / "t.pdf"
        f.write_bytes(pdf)
        out["pdftotext"] = _norm(subprocess.run(["pdftotext", "-enc", "UTF-8", str(f), "-"], check=True,
                                                capture_output=True).stdout.decode("utf-8"))
    return out


def assert_text(pdf: bytes, tmp_path: Path, *needles: str) -> None:
    """Every needle is found by every extractor (white space collapsed on both sides)."""
    found = texts(pdf, tmp_path)
    assert len(found) >= 2
    for name, text in found.items():
        missing = [n for n in needles if _norm(n) not in text]
        assert not missing, f"{name} misses {missing}"


def png_bytes(size: tuple[int, int] = (120, 60), color: str = "blue", dpi: int | None = None) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    kwargs = {"dpi": (dpi, dpi)} if dpi else {}
    Image.new("RGB", size, color).save(buf, "PNG", **kwargs)
    return buf.getvalue()


def docx_bytes(*paragraphs: str) -> bytes:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def small_pdf(text: str) -> bytes:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 100), text)
    return doc.tobytes()


def make_eml(*, nested: bool = True) -> bytes:
    """A message with an HTML body, an inline image, PDF/.docx/.png attachments and an attached message."""
    m = EmailMessage()
    m["From"] = "Jan Jansen <jan.jansen@gemeente.example>"
    m["To"] = "Piet de Vries <piet@example.nl>, Kees Bakker <kees@example.nl>"
    m["Cc"] = "Secretariaat <secretariaat@gemeente.example>"
    m["Subject"] = "Overleg woonwijk Noord – vervolg"
    m["Date"] = "Tue, 05 Mar 2024 14:03:00 +0100"
    m["Message-ID"] = "<abc@gemeente.example>"
    m.set_content("Beste Piet,\n\nZie de bijlagen.\n\n> Eerder bericht van Kees\n")
    m.add_alternative(
        "<html><head><style>.x{display:none}</style><script>alert(1)</script></head><body>"
        "<p>Beste Piet,</p><p class='x' style='display:none'>Tekst die verborgen was</p>"
        "<p><img src='cid:logo@gemeente'></p><p>Zie de bijlagen en <a href='https://example.nl/plan'>het plan</a>."
        "</p><img src='https://tracker.example/pixel.gif'>"
        "<blockquote>Op 4 maart schreef Kees Bakker: eerder bericht over de woonwijk</blockquote></body></html>",
        subtype="html")
    m.get_payload()[1].add_related(png_bytes(), "image", "png", cid="<logo@gemeente>")
    m.add_attachment(small_pdf("Notitie in PDF"), maintype="application", subtype="pdf", filename="notitie.pdf")
    m.add_attachment(docx_bytes("Brief van de wethouder"), maintype="application",
                     subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                     filename="Brief aan Piet de Vries.docx")
    m.add_attachment(png_bytes((300, 200), "red", 300), maintype="image", subtype="png", filename="scan.png")
    if nested:
        inner = EmailMessage()
        inner["From"] = "Kees Bakker <kees@example.nl>"
        inner["To"] = "Jan Jansen <jan.jansen@gemeente.example>"
        inner["Subject"] = "Eerder bericht"
        inner["Date"] = "Mon, 04 Mar 2024 09:15:00 +0100"
        inner.set_content("Dit is het doorgestuurde bericht.")
        inner.add_attachment(b"naam;telefoon\nKees;0612345678\n", maintype="text", subtype="csv",
                             filename="lijst.csv")
        m.add_attachment(inner)
    return m.as_bytes()
