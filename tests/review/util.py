"""Helpers of the review tests: a proposed work folder over copies of the samples, text checks."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pymupdf

from redact.models import Rect
from redact.pdf.text import extract_document, rects_for_span
from redact.review.flow import propose_review
from tests.conftest import SAMPLES, norm, pdftotext

SAMPLE_PDFS = sorted(SAMPLES.glob("*.pdf"))


def copy_samples(dst: Path, names: list[str] | None = None) -> Path:
    dst.mkdir(parents=True, exist_ok=True)
    for pdf in SAMPLE_PDFS:
        if names is None or pdf.name in names:
            shutil.copy2(pdf, dst / pdf.name)
    return dst


def proposed_workdir(base: Path) -> tuple[Path, Path]:
    """(input folder with sample copies, work folder after `propose`)."""
    inputs = copy_samples(base / "in")
    work = base / "work"
    outcomes = propose_review([inputs], work)
    assert all(o.status == "ok" for o in outcomes), [o.error for o in outcomes]
    return inputs, work


def clone_workdir(pristine: Path, dst: Path) -> Path:
    shutil.copytree(pristine, dst)
    return dst


def texts(pdf: Path) -> dict[str, str]:
    """The text of ``pdf`` by two extractors, whitespace collapsed."""
    with pymupdf.open(pdf) as doc:
        mu = "\n".join(page.get_text() for page in doc)
    return {"pymupdf": norm(mu), "pdftotext": norm(pdftotext(pdf))}


def count(needle: str, text: str) -> int:
    body = r"\s+".join(re.escape(part) for part in needle.split())
    return len(re.findall(rf"(?<!\w){body}(?!\w)", text))


def find_public_span(pdf: Path, candidates: list[str], avoid: list[str]) -> tuple[int, Rect, str] | None:
    """A candidate string that occurs once in the document, on one line, outside every ``avoid`` string:
    (page, its box, the string)."""
    with pymupdf.open(pdf) as doc:
        pages = extract_document(doc)
    everything = norm(" ".join(p.text for p in pages))
    for cand in candidates:
        hits = [(p, m) for p in pages for m in re.finditer(rf"(?<!\w){re.escape(cand)}(?!\w)", p.text)]
        if len(hits) != 1 or count(cand, everything) != 1:  # also not wrapped over two lines elsewhere
            continue
        page, m = hits[0]
        if any(cand.lower() in a.lower() or a.lower() in cand.lower() for a in avoid):
            continue
        rects = rects_for_span(page, m.start(), m.end())
        if len(rects) == 1:
            return page.page, rects[0], cand
    return None


def dark_fraction(pdf: Path, page: int, rect: Rect) -> float:
    """The share of dark pixels inside ``rect`` (display = text space on unrotated pages)."""
    with pymupdf.open(pdf) as doc:
        pix = doc[page].get_pixmap(clip=pymupdf.Rect(rect.as_tuple()), matrix=pymupdf.Matrix(3, 3),
                                   alpha=False)
    samples = pix.samples
    n = pix.width * pix.height
    dark = sum(1 for i in range(0, len(samples), pix.n) if samples[i] < 60 and samples[i + 1] < 60)
    return dark / n if n else 0.0


def intended_count(src: Path, burnt: dict[int, list[Rect]], needle: str) -> int:
    """How often ``needle`` must still be readable after burning ``burnt`` (page → boxes) into ``src``:
    its occurrences in the source text with every glyph whose centre lies in a box blanked."""
    from redact.pdf.verify import intended_text

    with pymupdf.open(src) as doc:
        pages = extract_document(doc)
    return sum(count(needle, norm(intended_text(p, burnt.get(p.page, [])))) for p in pages)
