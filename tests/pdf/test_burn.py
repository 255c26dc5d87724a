"""Burn-in: text and pixels really gone, neighbours intact, codes printed, side channels scrubbed."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redact.api import apply
from redact.errors import OutputError, SourceChangedError
from tests.conftest import all_text_pymupdf, make_pdf, norm, pdftotext, plan_for

LINES = ["Contactpersoon Piet Jansen zegt iets", "Regel twee onder Jansen Bakker", "Regel drie Pietersen"]


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
@pytest.mark.parametrize("pitch", [1.0, 1.1, 1.5])
def test_text_removed_neighbours_kept(tmp_path: Path, rotation: int, pitch: float) -> None:
    src = make_pdf(tmp_path / "in.pdf", LINES, fontsize=11, pitch=11 * pitch, rotation=rotation)
    before = src.read_bytes()
    plan = plan_for(src, [("Piet Jansen", "NAAM"), ("Jansen", "NAAM")])
    res = apply(plan, plan.proposals, tmp_path / "out.pdf")
    assert src.read_bytes() == before  # input untouched
    for text in (all_text_pymupdf(tmp_path / "out.pdf"), pdftotext(tmp_path / "out.pdf")):
        assert "Jansen" not in text
        for keep in ("Contactpersoon", "zegt iets", "Regel twee onder", "Bakker", "Regel drie Pietersen"):
            assert keep in norm(text)
    assert res.verify is not None and res.verify.ok and res.verify.collateral == 0
    assert all_text_pymupdf(tmp_path / "out.pdf").count("5.1.2e") == 2


def test_box_is_black_with_code(tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "in.pdf", ["Naam: Piet Jansen"], fontsize=14)
    plan = plan_for(src, [("Piet Jansen", "NAAM")])
    apply(plan, plan.proposals, tmp_path / "out.pdf")
    with pymupdf.open(tmp_path / "out.pdf") as doc:
        (r,) = plan.proposals[0].rects
        words = [w for w in doc[0].get_text("words") if w[4] == "5.1.2e"]
        assert words, "the ground code is printed on the box"
        pix = doc[0].get_pixmap(dpi=72, clip=pymupdf.Rect(r.x0 + 1, r.y0 + 1, r.x0 + 3, r.y1 - 1))
        assert max(pix.samples) < 60  # the box's edge is black


def test_bsn_box_carries_its_own_ground(tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "in.pdf", ["BSN 123456782 van de aanvrager"], fontsize=12)
    plan = plan_for(src, [("123456782", "BSN")])
    apply(plan, plan.proposals, tmp_path / "out.pdf")
    assert "5.1.1e" in all_text_pymupdf(tmp_path / "out.pdf")


def test_image_pixels_under_box_are_destroyed(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 200, 50), False)
    pix.set_rect(pix.irect, (255, 0, 0))  # a red image
    page.insert_image(pymupdf.Rect(72, 200, 272, 250), pixmap=pix)
    page.insert_text((72, 100), "Handtekening Piet Jansen", fontsize=11)
    src = tmp_path / "img.pdf"
    doc.save(src)
    plan = plan_for(src, [("Piet Jansen", "NAAM")])
    from redact.models import Box, Rect
    from redact.pipeline.select import boxes_for

    boxes = [*boxes_for(plan.proposals), Box(0, Rect(100, 210, 200, 240), "HANDTEKENING", "5.1.2e", "m1", "",
                                              "hand", 1.0, "")]
    apply(plan, plan.proposals, tmp_path / "out.pdf", boxes=boxes)
    with pymupdf.open(tmp_path / "out.pdf") as out:
        xref = out[0].get_images()[0][0]
        img = pymupdf.Pixmap(out, xref)
        # image pixel (x=64..164, y=10..40) lies under the box: no longer red
        r, g, b = img.pixel(100, 25)[:3]
        assert (r, g, b) != (255, 0, 0)
        assert img.pixel(5, 5)[:3] == (255, 0, 0)  # outside the box the image is intact


def test_metadata_annotations_bookmarks_scrubbed(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Opgesteld door Piet Jansen", fontsize=11)
    page.add_text_annot((300, 300), "Vraag van Piet Jansen aan de minister")
    doc.set_metadata({"author": "Piet Jansen", "title": "Nota Piet Jansen", "subject": "Woo"})
    doc.set_xml_metadata('<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>Piet Jansen</dc:creator></x:xmpmeta>')
    doc.set_toc([[1, "Reactie Piet Jansen", 1]])
    doc.embfile_add("notes-piet-jansen.txt", b"Piet Jansen was here")
    src = tmp_path / "meta.pdf"
    doc.save(src)
    plan = plan_for(src, [("Piet Jansen", "NAAM")])
    res = apply(plan, plan.proposals, tmp_path / "out.pdf")
    raw = (tmp_path / "out.pdf").read_bytes()
    assert b"Jansen" not in raw
    with pymupdf.open(tmp_path / "out.pdf") as out:
        assert "Jansen" not in str(out.metadata)
        assert out.get_xml_metadata() == ""
        assert "Jansen" not in str(out.get_toc())
        assert out.embfile_count() == 0
        assert not list(out[0].annots())
        assert out.metadata["subject"] == "Woo"
    assert any("annotation" in w for w in res.warnings)


def test_refuses_to_overwrite_input(tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "in.pdf", ["Piet Jansen"])
    plan = plan_for(src, [("Piet Jansen", "NAAM")])
    with pytest.raises(OutputError):
        apply(plan, plan.proposals, src)


def test_changed_source_is_refused(tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "in.pdf", ["Piet Jansen"])
    plan = plan_for(src, [("Piet Jansen", "NAAM")])
    make_pdf(src, ["Piet Jansen en meer"])
    with pytest.raises(SourceChangedError, match="changed since"):
        apply(plan, plan.proposals, tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()
