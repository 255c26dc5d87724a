"""Generated hostile cases: the planted name is gone from every extractor, the raw file and every side
channel; what must stay stays."""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf
import pytest

from redact.api import apply
from redact.errors import PageSizeError
from redact.pdf.needles import load_needles
from redact.pdf.triage import open_pdf
from tests.conftest import CORPUS_HOSTILE, SAMPLES, all_text_pymupdf, norm, pdftotext, plan_for
from tests.hostile.cases import CASES, NAME, OTHER, huge_page
from tests.hostile.util import places_with, scan


@pytest.mark.parametrize("case", sorted(CASES))
def test_planted_name_is_gone_everywhere(tmp_path: Path, case: str) -> None:
    src = tmp_path / f"{case}.pdf"
    CASES[case](src)
    before, _ = scan(src, NAME)
    assert before, "the case must really hide the name"
    plan = plan_for(src, [(NAME, "NAAM"), (OTHER, "NAAM")])
    dst = tmp_path / "out.pdf"
    res = apply(plan, plan.proposals, dst, verification="full")
    assert res.verify is not None and res.verify.ok
    assert places_with(dst, NAME) == []
    assert places_with(dst, "Jansen") == []
    text = all_text_pymupdf(dst)
    for keep in ("blijft", "zonder naam", "opmerking", "aanvraag", "Tweede pagina"):
        if keep.lower() in " ".join(p.text for p in plan.pages).lower():
            assert keep.lower() in text.lower(), f"{keep!r} was lost"


def test_incremental_update_keeps_no_older_revision(tmp_path: Path) -> None:
    src = tmp_path / "inc.pdf"
    CASES["incremental-update"](src)
    assert src.read_bytes().count(b"%%EOF") == 2
    assert NAME not in all_text_pymupdf(src)  # the newest revision no longer shows it...
    assert scan(src, NAME)[0]  # ...but the file still holds it
    plan = plan_for(src, [(OTHER, "NAAM")])
    apply(plan, plan.proposals, tmp_path / "out.pdf", verification="full")
    out = (tmp_path / "out.pdf").read_bytes()
    assert out.count(b"%%EOF") == 1 and places_with(tmp_path / "out.pdf", NAME) == []


def test_invisible_text_is_redacted_where_it_lies_and_the_rest_kept(tmp_path: Path) -> None:
    src = tmp_path / "ocr.pdf"
    CASES["invisible-ocr-layer"](src)
    plan = plan_for(src, [(NAME, "NAAM")])
    apply(plan, plan.proposals, tmp_path / "out.pdf")
    with pymupdf.open(tmp_path / "out.pdf") as doc:
        text = doc[0].get_text()
    assert NAME not in text
    assert "Aanvraag ingediend door" in text and "te Utrecht" in text
    assert "Deze onzichtbare regel blijft staan" in text


def test_page_over_14400_pt_is_a_typed_error(tmp_path: Path) -> None:
    src = tmp_path / "huge.pdf"
    huge_page(src)
    with pytest.raises(PageSizeError) as e:
        open_pdf(src)
    assert "14400" in str(e.value) and e.value.exit_code == 3


def test_signed_document_warns_and_loses_its_signature(tmp_path: Path) -> None:
    src = CORPUS_HOSTILE / "qpdf__minimal-signed-restricted.pdf"
    plan = plan_for(src, [])
    res = apply(plan, [], tmp_path / "out.pdf", verification="full")
    assert any("signed" in w for w in res.warnings)
    raw = (tmp_path / "out.pdf").read_bytes()
    assert b"/ByteRange" not in raw and b"/Sig" not in raw


SAMPLE_PDFS = sorted(SAMPLES.glob("*.pdf"))


@pytest.mark.parametrize("pdf", SAMPLE_PDFS, ids=[p.stem for p in SAMPLE_PDFS])
def test_sample_strings_are_gone_everywhere(tmp_path: Path, pdf: Path) -> None:
    """Burn-in and scrub, independent of detection: every expected string of a sample is planned by hand
    (``load_needles`` on its expected.yaml), then must be absent from every route."""
    needles = load_needles(pdf.with_suffix(".expected.yaml")).texts
    plan = plan_for(pdf, [(t, "NAAM") for t in needles])
    dst = tmp_path / "out.pdf"
    apply(plan, plan.proposals, dst, verification="full")
    text = norm(all_text_pymupdf(dst) + "\n" + pdftotext(dst))
    for t in needles:
        assert not re.search(rf"(?<!\w){re.escape(t)}(?!\w)", text), f"a {len(t)}-character string survived"
        if len(t) >= 6:
            assert places_with(dst, t) == []
