"""Verification catches what burn-in missed and reports collateral loss."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from redact.pdf.burn import burn_boxes
from redact.pdf.scrub import to_bytes
from redact.pdf.verify import verify
from redact.pipeline.select import boxes_for
from tests.conftest import make_pdf, plan_for


def test_unburnt_box_is_a_leak(tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "in.pdf", ["Contactpersoon Piet Jansen"])
    plan = plan_for(src, [("Piet Jansen", "NAAM")])
    with pymupdf.open(src) as doc:  # nothing burnt: the name is still there
        report = verify(doc, plan.pages, boxes_for(plan.proposals))
    assert report.leaks and not report.ok
    assert all("Jansen" not in w for w in report.leaks)  # locations only, never the text


def test_leak_in_metadata_is_found(tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "in.pdf", ["Contactpersoon Piet Jansen"])
    plan = plan_for(src, [("Piet Jansen", "NAAM")])
    with pymupdf.open(src) as doc:
        burn_boxes(doc, boxes_for(plan.proposals))
        doc.set_metadata({"author": "Piet Jansen"})
        out = pymupdf.open(stream=to_bytes(doc), filetype="pdf")
    report = verify(out, plan.pages, boxes_for(plan.proposals))
    assert any("metadata" in w for w in report.leaks)


def test_clean_burn_passes_and_rejected_occurrence_may_stay(tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "in.pdf", ["Contactpersoon Piet Jansen", "De heer Jansen blijft staan"])
    plan = plan_for(src, [("Jansen", "NAAM")])
    first_only = [p for p in plan.proposals if p.start < plan.pages[0].text.index("\n")]
    with pymupdf.open(src) as doc:
        burn_boxes(doc, boxes_for(first_only))
        out = pymupdf.open(stream=to_bytes(doc), filetype="pdf")
    report = verify(out, plan.pages, boxes_for(first_only))
    assert report.ok and report.collateral == 0


def test_collateral_loss_is_reported(tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "in.pdf", ["Contactpersoon Piet Jansen"])
    plan = plan_for(src, [("Piet Jansen", "NAAM")])
    with pymupdf.open(src) as doc:
        page = doc[0]
        page.add_redact_annot(page.search_for("Contactpersoon")[0])  # an unplanned removal
        page.apply_redactions()
        burn_boxes(doc, boxes_for(plan.proposals))
        out = pymupdf.open(stream=to_bytes(doc), filetype="pdf")
    report = verify(out, plan.pages, boxes_for(plan.proposals))
    assert report.ok and report.collateral == 1 and report.collateral_pages == (1,)


def test_initials_are_looked_for_in_capitals_only() -> None:
    """A paraph "IN" is no trace in the word "in" (verify --against a sample's expected file)."""
    from redact.pdf.verify import _combined, _needle_pattern

    assert _needle_pattern("IN").findall("in het bijzonder, IN meldt") == ["IN"]
    assert _combined(["IN", "Jansen"]).findall("in jansen IN") == ["jansen", "IN"]
    assert _needle_pattern("Piet").findall("PIET piet") == ["PIET", "piet"]  # names: any case
