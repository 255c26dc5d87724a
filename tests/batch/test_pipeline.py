"""One pipeline behind every door: `run` gives the bytes of `propose` + `apply` with every proposal
approved, and its fast paths change nothing."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pymupdf
import pytest

import redact.pdf.triage as triage
import redact.pipeline.detect as pdetect
import redact.pipeline.read as pread
from redact import api
from redact.models import PageText, Rect
from redact.pdf.burn import removal_rects
from redact.pdf.scrub import to_bytes
from redact.pdf.text import (
    PAGE_SEPARATOR,
    Glyphs,
    center,
    contains_center,
    extract_page,
    is_horizontal,
    page_text,
    plain_text,
    rects_for_span,
)
from redact.pdf.verify import _needle_pattern, _raw_hits
from redact.pipeline import Chosen, apply_document, propose_document, run_document
from redact.rules import load_rules
from tests.conftest import CORPUS_HOSTILE, CORPUS_REAL, SAMPLES
from tests.hostile.cases import CASES

SAMPLE_PDFS = sorted(SAMPLES.glob("*.pdf"))


def _docs(doc_set: Path) -> list[Path]:
    return SAMPLE_PDFS + sorted(doc_set.glob("*.pdf"))


def _run_and_apply(src: Path, tmp_path: Path) -> tuple[bytes, bytes]:
    """``run`` and ``propose`` + ``apply`` (every proposal approved) of ``src``: both outputs' bytes; the
    reports must agree on boxes, counts, warnings, proposals, date and the words left."""
    rep = run_document(src, tmp_path / "run.pdf", text_dst=tmp_path / "run.txt")
    plan = propose_document(src)
    app = apply_document(src, tmp_path / "apply.pdf", Chosen.of(plan.proposals), ocr_pages=plan.ocr,
                         sha256=plan.sha256, text_dst=tmp_path / "apply.txt")
    assert rep.result.boxes == app.result.boxes and rep.result.counts == app.result.counts, src.name
    assert rep.result.warnings == app.result.warnings and rep.proposals == plan.proposals == app.proposals
    assert rep.date == app.date == plan.date and rep.words_left == app.words_left
    assert (tmp_path / "run.txt").read_bytes() == (tmp_path / "apply.txt").read_bytes()
    return (tmp_path / "run.pdf").read_bytes(), (tmp_path / "apply.pdf").read_bytes()


def test_run_gives_the_bytes_of_propose_and_apply(doc_set: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    for src in _docs(doc_set):
        ran, applied = _run_and_apply(src, tmp_path)
        assert ran == applied, src.name
        # page by page with no geometry kept between passes: still the same file
        monkeypatch.setattr(pread, "GEOMETRY_BUDGET", 0)
        run_document(src, tmp_path / "streamed.pdf")
        monkeypatch.undo()
        assert (tmp_path / "streamed.pdf").read_bytes() == ran, src.name
        assert api.redact_file(src, tmp_path / "api.pdf").boxes  # the API's door: the same pipeline
        assert (tmp_path / "api.pdf").read_bytes() == ran, src.name


def test_output_is_deterministic(tmp_path: Path) -> None:
    src = SAMPLE_PDFS[0]
    run_document(src, tmp_path / "a.pdf")
    run_document(src, tmp_path / "b.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def test_sliced_detection_finds_the_same_spans(doc_set: Path) -> None:
    """Long documents are analysed in slices (cut at page breaks) and resolved as one text."""
    rules = load_rules()
    for src in _docs(doc_set):
        with pymupdf.open(src) as doc:
            texts = [extract_page(p).text for p in doc]
        whole = api.get_detector(rules).analyze(PAGE_SEPARATOR.join(texts))
        sliced = pdetect.detect_pages(texts, rules, slice_chars=max(map(len, texts)) + len(PAGE_SEPARATOR))
        assert {(f.entity, f.start, f.end) for f in sliced} == {(f.entity, f.start, f.end) for f in whole}


def test_slices_cover_the_text_and_respect_the_size() -> None:
    text = PAGE_SEPARATOR.join(["a" * 50, "b\n" * 40, "c" * 300])
    cuts = list(pdetect._slices(text, 100))
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(a < b <= a + 100 for a, b in cuts)
    assert all(cuts[i][1] == cuts[i + 1][0] for i in range(len(cuts) - 1))


def _pages(limit: int) -> list[pymupdf.Page]:
    pages = []
    for folder in (SAMPLES, CORPUS_REAL, CORPUS_HOSTILE):
        for f in sorted(folder.glob("*.pdf")):
            try:
                doc = pymupdf.open(f)
            except Exception:
                continue
            if doc.needs_pass:
                continue
            for i in range(min(doc.page_count, 3)):
                try:
                    pages.append(doc[i])
                except Exception:
                    continue
            if len(pages) >= limit:
                return pages
    return pages


def test_text_only_extraction_equals_extract_page() -> None:
    pages = _pages(400)
    assert len(pages) >= 100
    for page in pages:
        assert page_text(page) == extract_page(page).text


def test_plain_text_equals_page_text_up_to_whitespace() -> None:
    """Verification counts words and needles in ``plain_text``: the same characters in the same order
    as ``page_text``, only runs of whitespace may differ."""
    ws = re.compile(r"\s+")
    pages = _pages(400)
    assert len(pages) >= 100
    for page in pages:
        assert ws.sub(" ", plain_text(page)).strip() == ws.sub(" ", page_text(page)).strip()


def _reference_removal_rects(page: PageText, display: Rect) -> list[Rect]:
    """The scalar algorithm ``removal_rects`` vectorises (as first written)."""
    def shrink(r: Rect) -> Rect:
        w, h = r.width / 10, r.height / 10
        return Rect(r.x0 + w, r.y0 + h, r.x1 - w, r.y1 - h)

    def touches(a: Rect, b: Rect) -> bool:
        return a.x0 <= b.x1 and b.x0 <= a.x1 and a.y0 <= b.y1 and b.y0 <= a.y1

    def from_axes(lo: list[float], hi: list[float], horizontal: bool) -> Rect:
        return Rect(lo[0], lo[1], hi[0], hi[1]) if horizontal else Rect(lo[1], lo[0], hi[1], hi[0])

    targets: dict[int, list[Rect]] = {}
    others: list[tuple[int, Rect]] = []
    for box, line in zip(page.boxes, page.lines, strict=True):
        if box is None:
            continue
        if contains_center(display, box):
            targets.setdefault(line, []).append(shrink(box))
        else:
            others.append((line, shrink(box)))
    out: list[Rect] = []
    for line, shr in targets.items():
        horizontal = is_horizontal(page.line_dirs[line])
        a, c = (0, 1) if horizontal else (1, 0)
        lo = [min(r.as_tuple()[a] for r in shr), max(r.as_tuple()[c] for r in shr)]
        hi = [max(r.as_tuple()[a + 2] for r in shr), min(r.as_tuple()[c + 2] for r in shr)]
        if lo[1] >= hi[1]:
            mid = sum(center(r)[c] for r in shr) / len(shr)
            lo[1], hi[1] = mid - 0.05, mid + 0.05
        cand = from_axes(lo, hi, horizontal)
        for oline, o in others:
            if not touches(cand, o):
                continue
            axis = a if oline == line else c
            oc = center(o)[axis]
            k = 0 if axis == a else 1
            mid = (lo[k] + hi[k]) / 2
            if oc < mid:
                lo[k] = max(lo[k], o.as_tuple()[axis + 2] + 0.01)
            else:
                hi[k] = min(hi[k], o.as_tuple()[axis] - 0.01)
            cand = from_axes(lo, hi, horizontal)
            if lo[0] >= hi[0] or lo[1] >= hi[1]:
                break
        if lo[0] < hi[0] and lo[1] < hi[1]:
            out.append(cand)
        else:
            out.extend(Rect(x - 0.05, y - 0.05, x + 0.05, y + 0.05) for x, y in map(center, shr))
    return out


def test_vectorised_removal_rects_equal_the_scalar_algorithm() -> None:
    rnd = random.Random(7)
    checked = 0
    for page in _pages(50):
        pt = extract_page(page)
        if len(pt.text) < 10:
            continue
        glyphs = Glyphs(pt)
        for _ in range(6):
            s = rnd.randrange(len(pt.text))
            for r in rects_for_span(pt, s, min(len(pt.text), s + rnd.randrange(1, 40))):
                g = rnd.choice([0.0, 0.5, 2.0, 6.0])  # grown boxes reach the neighbouring lines
                box = Rect(r.x0 - g, r.y0 - g, r.x1 + g, r.y1 + g)
                assert removal_rects(pt, box, glyphs) == _reference_removal_rects(pt, box)
                checked += 1
    assert checked > 100


def _raw_object_pdf(text: str) -> pymupdf.Document:
    doc = pymupdf.open()
    doc.new_page()
    xref = doc.get_new_xref()
    doc.update_object(xref, f"<</Note ({text})>>")
    doc.xref_set_key(doc.pdf_catalog(), "PieceInfo", f"{xref} 0 R")  # referenced: survives garbage collection
    return pymupdf.open(stream=to_bytes(doc), filetype="pdf")


def test_raw_search_finds_a_shorter_needle_when_the_longer_one_fails_its_boundary() -> None:
    out = _raw_object_pdf("Klaas Jansenberg")

    def hits(needles: list[str]) -> list[str]:
        return _raw_hits(out, {n: _needle_pattern(n) for n in sorted(needles, key=len, reverse=True)})

    assert hits(["Klaas Jansen", "Klaas"])  # the longer body matches, fails (?!\w), the shorter one holds
    assert hits(["Klaas Jansen", "Jansenberg"])
    assert hits(["KLAAS JANSENBERG"])  # case-insensitive
    assert hits(["Klaas Jansen", "Klaasje", "Jansenbergen"]) == []


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_cases_same_through_every_door(case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The read stage does the page checks of ``prepare`` (text beyond the visible area, unmapped fonts)
    on the text page it extracts from: the same file and warnings through ``run`` and ``apply``."""
    src = tmp_path / f"{case}.pdf"
    CASES[case](src)
    ran, applied = _run_and_apply(src, tmp_path)
    assert ran == applied
    # read by MuPDF from the file instead of from memory (a long file): the same bytes
    monkeypatch.setattr(triage, "IN_MEMORY_BYTES", 0)
    run_document(src, tmp_path / "disk.pdf")
    assert (tmp_path / "disk.pdf").read_bytes() == ran


def test_propose_detects_long_documents_in_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    """``api.propose`` analyses through ``detect_pages``: a text too long for spaCy is cut into slices,
    with the same proposals."""
    import functools

    src = SAMPLE_PDFS[0]
    whole = api.propose(src).proposals
    with pymupdf.open(src) as doc:
        longest = max(len(extract_page(p).text) for p in doc)
    sliced = functools.partial(pdetect.detect_pages, slice_chars=longest + len(PAGE_SEPARATOR))
    calls: list[int] = []

    def spy(texts, rules, **kw):  # type: ignore[no-untyped-def]
        calls.append(len(texts))
        return sliced(texts, rules, **kw)

    monkeypatch.setattr(pdetect, "detect_pages", spy)
    assert api.propose(src).proposals == whole
    assert calls == [3]  # the three pages of the memo, analysed in slices of at most one page


def test_issue_15_documents_same_through_every_door(tmp_path: Path) -> None:
    """Metadata-only names, signature columns (vector ink, images, a scan) and initials: ``run`` gives the
    bytes of ``propose`` + ``apply``, and the same redactions outside the pages."""
    tune = Path(__file__).resolve().parents[1] / "data" / "eval" / "tune-15"
    for src in sorted(tune.glob("t20[0-3]-*.pdf")):  # one document of every issue-15 kind
        ran, applied = _run_and_apply(src, tmp_path)
        assert ran == applied, src.name
        rep = run_document(src, tmp_path / "again.pdf")
        plan = propose_document(src)
        assert rep.result.side == plan.side, src.name
