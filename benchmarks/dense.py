"""A dense benchmark set: pages like real Woo documents (≥ 350 words and ≥ 8 findings a page).

Usage: python benchmarks/dense.py OUT [--pages 240] [--seed 700]

The sample generator (samples/generate.py) lays out e-mail threads, memos with colophons and minutes with
attendance lists at a comfortable 10 pt with wide margins: ≈ 300 words and 3–17 findings a page. Real
Woo releases are denser: printed e-mail threads and minutes fill the page. This module takes the lines of
generated documents of those three kinds (their text, style and relative position) and sets them again,
mixed, at 0.85 × their size with narrow margins, each dense document in one of the generator's font sets
(base-14 or embedded DejaVu, subset like the generator's). A page is kept only when it holds ≥ 350 words
and ≥ 8 occurrences of the generated documents' personal data (their ``expected.yaml`` redact strings);
the Info dictionary carries a title and an author as generated documents do.

Deterministic for the same seed, PyMuPDF, Faker and fonts. Used by ``bench_batch.py``; tests never time
anything.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("email", "nota", "verslag")
MIN_WORDS = 350
MIN_FINDINGS = 8
SCALE = 0.85
MARGIN_X, TOP, BOTTOM, WIDTH, HEIGHT = 36.0, 40.0, 806.0, 595.0, 842.0


def _generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("redact_samples_generate", ROOT / "samples" / "generate.py")
    assert spec is not None and spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    return gen


def _source_lines(pdf: Path) -> list[tuple[float, float, list[tuple[str, str, float]]]]:
    """(x0, height, spans (text, style r/b/i, size)) of every text line of ``pdf`` in reading order;
    page furniture (page numbers, running headers under 8 pt in the margins) is left out."""
    import pymupdf

    out: list[tuple[float, float, list[tuple[str, str, float]]]] = []
    with pymupdf.open(pdf) as doc:
        for page in doc:
            for block in page.get_text("dict", sort=True)["blocks"]:
                for line in block.get("lines", []):
                    spans = [(s["text"], "b" if s["flags"] & 16 else "i" if s["flags"] & 2 else "r",
                              float(s["size"])) for s in line["spans"] if s["text"].strip()]
                    if not spans:
                        continue
                    x0, y0, _, y1 = line["bbox"]
                    if y0 < 60 or y1 > 800:  # logo, running head, page number
                        continue
                    out.append((x0, max(s[2] for s in spans), spans))
    return out


def _count(text: str, forms: list[str]) -> int:
    flat = " ".join(text.split())
    return sum(len(re.findall(rf"(?<!\w){re.escape(f)}(?!\w)", flat)) for f in forms)


def build_dense(folder: Path, pages: int, seed: int) -> tuple[list[Path], int]:
    """Dense documents in ``folder`` until they hold ``pages`` pages; returns (files, pages)."""
    import pymupdf

    gen = _generator()
    fonts = [k for k in ("helv", "dejavu-sans", "tiro", "dejavu-serif") if k in gen.font_sets()]
    folder.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    total = 0
    s = seed
    with tempfile.TemporaryDirectory(prefix="redact-dense-src-") as tmp:
        while total < pages:
            n = len(made)
            fontset = gen.font_sets()[fonts[n % len(fonts)]]
            lines: list[tuple[float, float, list[tuple[str, str, float]]]] = []
            forms: list[str] = []
            author = title = ""
            want = 2 + n % 5  # dense documents of 2 to 6 pages
            while len(lines) < 75 * want:
                kind = KINDS[s % len(KINDS)]
                try:
                    pdf, expected = gen.generate(kind, s, Path(tmp), name=f"src-{s}")
                except RuntimeError:
                    s += 1
                    continue
                s += 1
                data: dict[str, Any] = yaml.safe_load(expected.read_text(encoding="utf-8"))
                forms += [item["text"] for item in data["redact"]]
                names = [item["text"] for item in data["redact"] if item["category"] == "NAAM" and " " in item["text"]]
                if not author and names:
                    author = names[0]
                    title = str(data["description"]).split(":")[0]
                lines += _source_lines(pdf)
            doc = pymupdf.open()
            page, y = None, BOTTOM
            for x0, height, spans in lines:
                lead = height * SCALE * 1.18
                if page is None or y + lead > BOTTOM:
                    page, y = doc.new_page(width=WIDTH, height=HEIGHT), TOP
                    for face in (fontset.regular, fontset.bold, fontset.italic):  # once a page
                        if face.fontfile is not None:
                            page.insert_font(fontname=face.fontname, fontfile=face.fontfile)
                y += lead
                x = MARGIN_X + max(0.0, x0 - 56.0) * SCALE
                for text, style, size in spans:
                    face = fontset.face(style)
                    if not face.covers(text):
                        text = "".join(c if face.covers(c) else "?" for c in text)
                    page.insert_text((x, y), text, fontname=face.fontname, fontsize=size * SCALE)
                    x += face.length(text, size * SCALE)
            forms = sorted(set(forms), key=len, reverse=True)
            for i in reversed(range(doc.page_count)):  # keep only dense pages
                text = doc[i].get_text()
                if len(text.split()) < MIN_WORDS or _count(text, forms) < MIN_FINDINGS:
                    doc.delete_page(i)
            if doc.page_count == 0:
                continue
            for p in doc:
                p.clean_contents()
            if fontset.regular.fontfile is not None:
                doc.subset_fonts()
            doc.set_metadata({"title": title, "author": author, "creator": "Microsoft Word", "producer": "PyMuPDF",
                              "creationDate": "D:20240301090000+01'00'", "modDate": "D:20240301090000+01'00'"})
            out = folder / f"{n + 1:04d}-dense.pdf"
            out.write_bytes(doc.tobytes(garbage=4, deflate=True, no_new_id=True))
            total += doc.page_count
            made.append(out)
    return made, total


def stats(files: list[Path]) -> str:
    """Words and text lines a page over ``files`` (a summary line for the benchmark's report)."""
    import pymupdf

    words = pages = 0
    for f in files:
        with pymupdf.open(f) as doc:
            for page in doc:
                words += len(page.get_text().split())
                pages += 1
    return f"{len(files)} documents, {pages} pages, {words / max(pages, 1):.0f} words a page"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--pages", type=int, default=240)
    ap.add_argument("--seed", type=int, default=700)
    args = ap.parse_args()
    files, _ = build_dense(args.out, args.pages, args.seed)
    print(stats(files), file=sys.stdout)


if __name__ == "__main__":
    main()
