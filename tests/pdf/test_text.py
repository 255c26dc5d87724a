"""Extraction: offsets ↔ glyph boxes, the centre rule, ligatures, rotation."""

from __future__ import annotations

from pathlib import Path

import pymupdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redact.pdf.text import PAGE_SEPARATOR, contains_center, extract_page, join_pages, rects_for_span
from tests.conftest import make_pdf

WORDS = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéëï0123456789@.-", min_size=1,
            max_size=12),
    min_size=3, max_size=12,
)


def test_text_and_boxes_align(tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "a.pdf", ["Contactpersoon Piet Jansen", "T 06-12345678"])
    with pymupdf.open(src) as doc:
        pt = extract_page(doc[0])
    assert pt.text == "Contactpersoon Piet Jansen\nT 06-12345678"
    assert len(pt.text) == len(pt.boxes) == len(pt.lines)
    assert pt.boxes[pt.text.index("\n")] is None
    i = pt.text.index("Piet")
    assert pt.boxes[i] is not None and pt.boxes[i + 1] is not None
    assert pt.boxes[i].x0 < pt.boxes[i + 1].x0  # left to right


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(words=WORDS, data=st.data(), size=st.sampled_from([7.0, 9.0, 11.0, 14.0]),
       pitch=st.sampled_from([1.0, 1.15, 1.4]))
def test_centre_rule_round_trip(tmp_path: Path, words: list[str], data: st.DataObject, size: float,
                                pitch: float) -> None:
    """A span's display boxes contain the centre of exactly its own non-space glyphs."""
    lines = [" ".join(words[k:k + 4]) for k in range(0, len(words), 4)]
    src = make_pdf(tmp_path / "h.pdf", lines, fontsize=size, pitch=size * pitch)
    with pymupdf.open(src) as doc:
        pt = extract_page(doc[0])
    word_spans = [(m, m + len(w)) for m, w in _word_offsets(pt.text)]
    a = data.draw(st.integers(0, len(word_spans) - 1))
    b = data.draw(st.integers(a, len(word_spans) - 1))
    start, end = word_spans[a][0], word_spans[b][1]
    rects = rects_for_span(pt, start, end)
    for i, (c, box) in enumerate(zip(pt.text, pt.boxes, strict=True)):
        if box is None or c.isspace():
            continue
        inside = any(contains_center(r, box) for r in rects)
        assert inside == (start <= i < end), (i, c)


def _word_offsets(text: str) -> list[tuple[int, str]]:
    import re

    return [(m.start(), m.group(0)) for m in re.finditer(r"\S+", text)]


DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # Debian fonts-dejavu-core


def test_ligatures_are_expanded(tmp_path: Path) -> None:
    assert DEJAVU.is_file(), "install fonts-dejavu-core"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "ﬁnanciële afﬂuister", fontsize=12, fontfile=str(DEJAVU), fontname="dv")
    pt = extract_page(page)
    assert "financiële" in pt.text and "affluister" in pt.text
    assert all(b is not None for b in pt.boxes)
    f, i = pt.text.index("financ"), pt.text.index("financ") + 1
    assert pt.boxes[f] is not None and pt.boxes[i] is not None
    assert pt.boxes[f].width > 0 and pt.boxes[i].width > 0  # the ligature's box is shared out
    assert abs(pt.boxes[f].x1 - pt.boxes[i].x0) < 0.01


def test_rotated_page_gives_usable_boxes(tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "r.pdf", ["Naam: Piet Jansen"], rotation=90)
    with pymupdf.open(src) as doc:
        pt = extract_page(doc[0])
        i = pt.text.index("Jansen")
        (r,) = rects_for_span(pt, i, i + 6)
        hits = doc[0].search_for("Jansen")
    assert hits and abs(hits[0].x0 - r.x0) < 1 and abs(hits[0].x1 - r.x1) < 1


def test_join_pages_offsets(tmp_path: Path) -> None:
    doc = pymupdf.open()
    for t in ("een", "twee"):
        doc.new_page().insert_text((72, 72), t)
    pages = [extract_page(p) for p in doc]
    text, starts = join_pages(pages)
    assert text == "een" + PAGE_SEPARATOR + "twee"
    assert text[starts[1]:starts[1] + 4] == "twee"
