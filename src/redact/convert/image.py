"""Scans as images (PNG, JPEG, TIFF with any number of pages) → a PDF of image pages, for OCR.

Guarantees:
- every frame of the image becomes one page, in order (all pages of a multi-page TIFF);
- each page has the image's physical size: its resolution from the file when it is plausible
  (100–1200 dpi, horizontal and vertical each, 96 counting as absent), else 300 dpi (a warning says
  so); the pixels are embedded as they are, never resampled (a single PNG or JPEG is embedded as its
  own file, a TIFF frame as its exact pixels), directly on the page (no form XObject), so the
  pipeline sees an image-only page;
- the PDF has no text layer: the pipeline OCRs text-less image pages; the output is normalised
  (``render.normalise``) so that the same image gives the same bytes;
- an image MuPDF cannot decode, or decodes only with damage warnings (a truncated PNG or JPEG that
  MuPDF would show as a blank or partial page), raises ``ConversionError``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf

from redact.convert import render
from redact.errors import ConversionError

DEFAULT_DPI = 300
_PLAUSIBLE = (100, 1200)
_DAMAGE = re.compile(r"truncated|premature|corrupt|missing|invalid|error", re.I)


def image_to_pdf(data: bytes, path: Path | str) -> tuple[bytes, tuple[str, ...]]:
    """The PDF of an image file and its warnings (see the module's guarantees)."""
    guessed = 0
    try:
        src = pymupdf.open(stream=data)
        if src.page_count == 0:
            raise ConversionError(path, "no image frames")
        out = pymupdf.open()
        pymupdf.TOOLS.mupdf_warnings(reset=True)
        single = src.page_count == 1 and not data.startswith((b"II*\x00", b"MM\x00*"))
        for i in range(src.page_count):
            page = src[i]
            page.get_pixmap(matrix=pymupdf.Matrix(0.02, 0.02))  # decode it: damage shows as MuPDF warnings
            if _DAMAGE.search(pymupdf.TOOLS.mupdf_warnings(reset=True)):
                raise ConversionError(path, "the image is truncated or damaged; scan or export it again")
            info = page.get_image_info()
            if not info:
                raise ConversionError(path, "a frame without an image")
            width_px, height_px = int(info[0]["width"]), int(info[0]["height"])
            xres, yres = _plausible(info[0].get("xres", 0)), _plausible(info[0].get("yres", 0))
            if xres is None or yres is None:
                guessed += 1
                xres = yres = DEFAULT_DPI
            rect = pymupdf.Rect(0, 0, width_px * 72.0 / xres, height_px * 72.0 / yres)
            target = out.new_page(width=rect.width, height=rect.height)
            if single:  # the file's own encoding is kept (a JPEG stays a JPEG)
                target.insert_image(rect, stream=data, keep_proportion=False)
            else:  # a frame of a TIFF: its pixels, exactly (the page is px·72/dpi points)
                scale = pymupdf.Matrix(width_px / page.rect.width, height_px / page.rect.height)
                target.insert_image(rect, pixmap=page.get_pixmap(matrix=scale, alpha=False), keep_proportion=False)
        src.close()
        pdf = out.tobytes(garbage=3, deflate=True, no_new_id=True)
        out.close()
    except ConversionError:
        raise
    except Exception as e:
        raise ConversionError(path, f"the image cannot be decoded ({type(e).__name__})") from e
    warnings = []
    if guessed:
        warnings.append(f"{guessed} image page(s) without a plausible resolution: {DEFAULT_DPI} dpi assumed")
    try:
        return render.normalise(pdf), tuple(warnings)
    except render.LayoutError as e:
        raise ConversionError(path, "the image gives no pages") from e


def _plausible(dpi: object) -> int | None:
    """A resolution taken from the file, or ``None``: MuPDF reports 96 when the file has none, and
    96 dpi (a screen, not a scanner) is treated as absent."""
    value = int(dpi) if isinstance(dpi, (int, float)) else 0
    return value if _PLAUSIBLE[0] <= value <= _PLAUSIBLE[1] and value != 96 else None
