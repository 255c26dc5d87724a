"""Benchmark ``redact.convert``: conversion time per document type (reported, never asserted).

Usage: python benchmarks/bench_convert.py [--repeat 3]

Builds one representative input per type in memory (an ``.eml`` with attachments, the real ``.msg``
fixtures, a ``.docx`` of 3 pages, an ``.xlsx`` of 500 × 8 cells, a CSV of the same, a PNG and a
JPEG scan of an A4 page at 300 dpi, a 3-page TIFF) and converts each ``--repeat`` times without a
cache, then once more through a cache folder (the second lookup is the resume cost). Prints the
median wall time per type and the PDF's size. LibreOffice types are skipped when ``soffice`` is missing.
"""

from __future__ import annotations

import argparse
import io
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.convert.conftest import MSG, docx_bytes, make_eml  # noqa: E402

from redact.convert import convert_bytes  # noqa: E402


def _xlsx() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for r in range(500):
        ws.append([f"naam {r}", r, r * 1.5, "06-12345678", "Den Haag", f"=B{r + 1}*2", "tekst", r % 7])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _csv() -> bytes:
    return "\n".join(f"naam {r};{r};{r * 1.5};06-12345678;Den Haag" for r in range(500)).encode()


def _scan(fmt: str, frames: int = 1) -> bytes:
    from PIL import Image, ImageDraw

    pages = []
    for i in range(frames):
        im = Image.new("L", (2480, 3508), 255)
        draw = ImageDraw.Draw(im)
        for y in range(200, 3300, 60):
            draw.text((200, y), f"Regel {y} van pagina {i + 1} met wat tekst", fill=0)
        pages.append(im)
    buf = io.BytesIO()
    extra: dict[str, object] = {"save_all": True, "append_images": pages[1:]} if frames > 1 else {}
    pages[0].save(buf, fmt, dpi=(300, 300), **extra)
    return buf.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    cases: list[tuple[str, str, Callable[[], bytes], bool]] = [
        ("eml (html, 4 attachments)", "a.eml", make_eml, False),
        ("msg (attachAndInline)", "a.msg", lambda: (MSG / "attachAndInline.msg").read_bytes(), False),
        ("msg (msgInMsg)", "a.msg", lambda: (MSG / "msgInMsg.msg").read_bytes(), False),
        ("docx (3 pages)", "a.docx", lambda: docx_bytes(*["Een alinea met tekst over het besluit. " * 8] * 40), True),
        ("xlsx (500x8)", "a.xlsx", _xlsx, False),
        ("csv (500x5)", "a.csv", _csv, False),
        ("png (A4, 300 dpi)", "a.png", lambda: _scan("PNG"), False),
        ("jpeg (A4, 300 dpi)", "a.jpg", lambda: _scan("JPEG"), False),
        ("tiff (3 pages)", "a.tif", lambda: _scan("TIFF", 3), False),
    ]
    have_soffice = shutil.which("soffice") is not None
    print(f"{'type':28} {'median s':>9} {'cached s':>9} {'PDF KiB':>8}")
    for label, name, make, needs_lo in cases:
        if needs_lo and not have_soffice:
            print(f"{label:28} skipped (LibreOffice not installed)")
            continue
        data = make()
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            conv = convert_bytes(data, name)
            times.append(time.perf_counter() - start)
        with tempfile.TemporaryDirectory() as tmp:
            convert_bytes(data, name, cache_dir=tmp)
            start = time.perf_counter()
            convert_bytes(data, name, cache_dir=tmp)
            cached = time.perf_counter() - start
        print(f"{label:28} {statistics.median(times):9.3f} {cached:9.4f} {len(conv.pdf) / 1024:8.0f}")


if __name__ == "__main__":
    main()
