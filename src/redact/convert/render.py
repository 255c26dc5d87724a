"""Lay out HTML as PDF with PyMuPDF's ``Story`` and normalise PDFs so that the same input gives the same
bytes.

Guarantees:
- ``html_to_pdf`` lays out on A4 (portrait or landscape) with 15 mm margins; nothing is clipped: when
  content is wider than the page (a wide table, a long unbreakable line), the whole document is laid out
  again on a larger page of the same proportions (up to the PDF limit of 14400 pt), which a viewer
  or printer scales to fit — every cell and every character stays on the page;
- images come only from the ``images`` mapping (name → bytes, laid out from memory): the layout never
  reads files or the network. An image wider than the text column is shown scaled to the column;
- ``normalise`` makes a PDF reproducible: Info dictionary and XMP metadata removed, the trailer ``/ID``
  removed, saved with ``garbage=3, deflate=True, no_new_id=True``; it also proves the PDF opens and has
  pages. ``html_to_pdf`` output is normalised.

Limits: MuPDF's HTML engine supports CSS 2 partly (no floats around tables, no ``max-width``); fonts are
MuPDF's built-in ones (Latin, Greek, Cyrillic, and CJK fallbacks).
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping

import pymupdf

A4 = pymupdf.paper_rect("a4")
MARGIN = 42.5  # 15 mm
MAX_PT = 14_400.0
_CSS = """
body { font-family: sans-serif; font-size: 10pt; }
table { border-collapse: collapse; }
td, th { border: 0.5pt solid #888; padding: 1pt 3pt; vertical-align: top; }
pre { font-family: monospace; font-size: 9pt; white-space: pre-wrap; }
blockquote { margin-left: 12pt; padding-left: 6pt; border-left: 1pt solid #888; }
"""


class LayoutError(Exception):
    """The HTML could not be laid out (the caller turns it into a typed error)."""


def image_width(data: bytes) -> tuple[float, float] | None:
    """(width, height) in points at the image's resolution (96 dpi when absent), or ``None`` when
    MuPDF cannot decode it."""
    try:
        pix = pymupdf.Pixmap(data)
    except Exception:
        return None
    dpi = pix.xres if 30 <= pix.xres <= 1200 else 96
    return pix.width * 72.0 / dpi, pix.height * 72.0 / dpi


def html_to_pdf(body: str, images: Mapping[str, bytes] | None = None, *, landscape: bool = False,
                css: str = "") -> bytes:
    """A normalised PDF of an HTML fragment (see the module's guarantees)."""
    images = images or {}
    page = pymupdf.Rect(0, 0, A4.height, A4.width) if landscape else A4
    column = page.width - 2 * MARGIN

    def sized(m: re.Match[str]) -> str:
        size = image_width(images[m.group(1)]) if m.group(1) in images else None
        if size is None:
            return m.group(0)
        w, h = size
        if w > column:
            w, h = column, h * column / w
        return f'<img src="{m.group(1)}" style="width:{w:.1f}pt;height:{h:.1f}pt" />'

    body = re.sub(r'<img src="([^"]+)" />', sized, body)
    scale = 1.0
    for _ in range(8):
        pdf, needed = _layout(body, images, page * scale, css)
        if needed <= (page.width * scale - MARGIN) + 0.5:
            return normalise(pdf)
        scale = min(MAX_PT / page.width, max(scale * 1.25, (needed + MARGIN) / page.width))
        if page.width * scale >= MAX_PT and needed > MAX_PT:
            break
    raise LayoutError("content wider than the largest PDF page")


def _layout(body: str, images: Mapping[str, bytes], page: pymupdf.Rect, css: str) -> tuple[bytes, float]:
    archive = pymupdf.Archive()
    for name, data in images.items():
        archive.add(data, name)
    try:
        story = pymupdf.Story(html=f"<body>{body}</body>", user_css=_CSS + css, archive=archive)
        buf = io.BytesIO()
        writer = pymupdf.DocumentWriter(buf)
        where = pymupdf.Rect(MARGIN, MARGIN, page.width - MARGIN, page.height - MARGIN)
        needed, more, pages = 0.0, 1, 0
        while more:
            device = writer.begin_page(page)
            more, filled = story.place(where)
            story.draw(device)
            writer.end_page()
            needed = max(needed, float(filled[2]))
            pages += 1
            if pages > 20_000:
                raise LayoutError("layout does not end")
        writer.close()
    except LayoutError:
        raise
    except Exception as e:
        raise LayoutError(type(e).__name__) from e
    return buf.getvalue(), needed


def normalise(pdf: bytes) -> bytes:
    """The same PDF, reproducible (see the module's guarantees); ``LayoutError`` when it is not a PDF
    with pages."""
    try:
        doc = pymupdf.open(stream=pdf, filetype="pdf")
    except Exception as e:
        raise LayoutError("not a PDF") from e
    try:
        if doc.page_count == 0 or doc.needs_pass:
            raise LayoutError("no pages" if doc.page_count == 0 else "encrypted")
        doc.set_metadata({})
        doc.del_xml_metadata()
        if doc.xref_get_key(-1, "ID")[0] != "null":
            doc.xref_set_key(-1, "ID", "null")
        return doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    finally:
        doc.close()


def escape_pre(text: str) -> str:
    """Plain text as a ``<pre>`` block (escaped; tabs kept; long lines wrap)."""
    import html

    return "<pre>" + html.escape(text.replace("\r\n", "\n").replace("\r", "\n"), quote=False) + "</pre>"
