from __future__ import annotations

import io

import pymupdf
import pytest

from redact.convert import Kind, convert_bytes
from redact.errors import ConversionError
from tests.convert.conftest import png_bytes


def _save(fmt: str, frames: int = 1, dpi: int | None = None) -> bytes:
    from PIL import Image

    images = [Image.new("RGB", (600 + 100 * i, 300), "white") for i in range(frames)]
    buf = io.BytesIO()
    kwargs: dict[str, object] = {"dpi": (dpi, dpi)} if dpi else {}
    if frames > 1:
        kwargs.update(save_all=True, append_images=images[1:])
    images[0].save(buf, fmt, **kwargs)
    return buf.getvalue()


def test_png_with_dpi_gets_its_physical_size() -> None:
    conv = convert_bytes(png_bytes((600, 300), dpi=150), "scan.png")
    assert conv.kind is Kind.PNG and conv.warnings == ()
    with pymupdf.open("pdf", conv.pdf) as doc:
        assert doc.page_count == 1
        assert (round(doc[0].rect.width), round(doc[0].rect.height)) == (288, 144)
        assert not doc[0].get_text().strip() and len(doc[0].get_images()) == 1  # image-only: OCR'd later


def test_missing_dpi_assumes_300() -> None:
    conv = convert_bytes(png_bytes((600, 300)), "scan.png")
    assert conv.warnings == ("1 image page(s) without a plausible resolution: 300 dpi assumed",)
    with pymupdf.open("pdf", conv.pdf) as doc:
        assert (round(doc[0].rect.width), round(doc[0].rect.height)) == (144, 72)


def test_jpeg_stays_jpeg() -> None:
    conv = convert_bytes(_save("JPEG", dpi=200), "foto.jpg")
    assert conv.kind is Kind.JPEG
    with pymupdf.open("pdf", conv.pdf) as doc:
        assert doc[0].get_images()[0][-1] == "DCTDecode"
        assert round(doc[0].rect.width) == 216


def test_every_tiff_page() -> None:
    conv = convert_bytes(_save("TIFF", frames=3, dpi=300), "scan.tif")
    assert conv.kind is Kind.TIFF
    with pymupdf.open("pdf", conv.pdf) as doc:
        assert doc.page_count == 3
        assert [round(p.rect.width) for p in doc] == [144, 168, 192]
        assert all(len(p.get_images()) == 1 for p in doc)


def test_deterministic() -> None:
    data = _save("TIFF", frames=2, dpi=300)
    assert convert_bytes(data).pdf == convert_bytes(data).pdf


def test_damaged_image() -> None:
    data = png_bytes()
    with pytest.raises(ConversionError):
        convert_bytes(data[:40], "kapot.png")
