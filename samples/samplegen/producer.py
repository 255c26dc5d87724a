"""Other PDF producers: the same laid-out document written again by reportlab.

Real Woo documents come from many producers (Word, LibreOffice, reportlab-based systems, scanners). A
document built with PyMuPDF is re-drawn span by span with reportlab's canvas (base-14 fonts, the same
positions and sizes, rules and rectangles), so the text extraction sees another producer's content
streams, font resources and text operators. Deterministic: ``invariant=1`` fixes dates and ids.
"""

from __future__ import annotations

import io

import pymupdf

PRODUCERS = ("pymupdf", "reportlab")


def _font(name: str, flags: int) -> str:
    bold = "Bold" in name or bool(flags & 16)
    italic = "Italic" in name or "Oblique" in name or bool(flags & 2)
    if "Times" in name or "Serif" in name or "Tiro" in name or "Tibo" in name:
        return {(False, False): "Times-Roman", (True, False): "Times-Bold", (False, True): "Times-Italic",
                (True, True): "Times-BoldItalic"}[(bold, italic)]
    return {(False, False): "Helvetica", (True, False): "Helvetica-Bold", (False, True): "Helvetica-Oblique",
            (True, True): "Helvetica-BoldOblique"}[(bold, italic)]


def _rgb(color: int) -> tuple[float, float, float]:
    return ((color >> 16) & 255) / 255, ((color >> 8) & 255) / 255, (color & 255) / 255


def to_reportlab(pdf: bytes, *, title: str = "", author: str = "") -> bytes:
    """``pdf`` (made by PyMuPDF with base-14 fonts) drawn again by reportlab."""
    from reportlab.pdfgen.canvas import Canvas

    src = pymupdf.open("pdf", pdf)
    out = io.BytesIO()
    c = Canvas(out, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("samples/generate.py (redact) via reportlab")
    for page in src:
        w, h = page.rect.width, page.rect.height
        c.setPageSize((w, h))
        for d in page.get_drawings():
            stroke = d.get("color")
            fill = d.get("fill")
            if stroke:
                c.setStrokeColorRGB(*stroke)
            if fill:
                c.setFillColorRGB(*fill)
            c.setLineWidth(d.get("width") or 0.5)
            for item in d["items"]:
                if item[0] == "l":
                    p, q = item[1], item[2]
                    c.line(p.x, h - p.y, q.x, h - q.y)
                elif item[0] == "re":
                    r = item[1]
                    c.rect(r.x0, h - r.y1, r.width, r.height, stroke=1 if stroke else 0, fill=1 if fill else 0)
        for block in page.get_text("dict")["blocks"]:
            for line in block.get("lines", []):
                for span in line["spans"]:
                    if not span["text"].strip():
                        continue
                    c.setFillColorRGB(*_rgb(span["color"]))
                    c.setFont(_font(span["font"], span["flags"]), span["size"])
                    x, y = span["origin"]
                    c.drawString(x, h - y, span["text"])
        c.showPage()
    c.save()
    src.close()
    return out.getvalue()


__all__ = ["PRODUCERS", "to_reportlab"]
