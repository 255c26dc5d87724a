"""Accessible redacted PDFs: selectable text, nl-NL, a title without redacted strings, box descriptions."""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf
import pytest

from redact.api import apply
from redact.pdf.accessibility import (
    box_description,
    choose_title,
    language_of,
    meaningful,
)
from redact.publish.accessibility import ensure_accessible
from redact.publish.bundle import BundleResult
from redact.rules import load_rules
from tests.conftest import SAMPLES, make_pdf, norm, pdftotext, plan_for
from tests.publish.conftest import redact_strings


def test_bundle_pdfs_carry_language_title_and_text(bundle: BundleResult) -> None:
    pdfs = sorted((bundle.folder / "documenten").glob("*.pdf"))
    assert len(pdfs) == len(list(SAMPLES.glob("*.pdf")))
    for path in pdfs:
        strings = [norm(s).lower() for s in redact_strings(path.name)]
        with pymupdf.open(path) as doc:
            assert language_of(doc) == "nl-NL"
            title = doc.metadata["title"]
            assert meaningful(title), path.name
            assert not any(re.search(rf"(?<!\w){re.escape(s)}(?!\w)", title.lower()) for s in strings)
            assert "DisplayDocTitle true" in doc.xref_get_key(doc.pdf_catalog(), "ViewerPreferences")[1]
            content = "".join(p.read_contents().decode("latin-1") for p in doc)
        # every box is described for assistive technology, without its text
        alts = re.findall(r"/Span <</Alt \((Weggelakt: [^)]*)\)>> BDC", content)
        assert alts and all(a.startswith("Weggelakt: 5.1.") for a in alts)
        # the text layer stays: public text is still selectable and searchable
        assert len(norm(pdftotext(path))) > 200


def test_keep_strings_still_readable(bundle: BundleResult) -> None:
    import yaml

    expected = yaml.safe_load((SAMPLES / "04-brief-minister.expected.yaml").read_text(encoding="utf-8"))
    text = norm(pdftotext(bundle.folder / "documenten" / "04-brief-minister.pdf"))
    for keep in expected["keep"]:
        assert norm(keep) in text


def test_box_description() -> None:
    rules = load_rules()
    assert box_description("5.1.2e", rules) == "Weggelakt: 5.1.2e, eerbiediging van de persoonlijke levenssfeer"
    assert box_description("5.1.1e", rules) == "Weggelakt: 5.1.1e, nationale identificatienummers"
    assert box_description("9.9", rules) == "Weggelakt: 9.9"


def test_box_descriptions_follow_the_rules_in_use(tmp_path: Path) -> None:
    """``--rules`` reaches the boxes' /Alt text: a changed ground text is what assistive technology reads."""
    import shutil

    from redact.rules import default_rules_dir

    rules_dir = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules_dir)
    grounds = rules_dir / "woo-grounds.yaml"
    text = grounds.read_text(encoding="utf-8")
    assert "eerbiediging van de persoonlijke levenssfeer" in text
    grounds.write_text(text.replace("eerbiediging van de persoonlijke levenssfeer",
                                    "eerbiediging van de persoonlijke levenssfeer, eigen regels"), encoding="utf-8")
    src = SAMPLES / "01-nota.pdf"
    plan = plan_for(src, [("Jordy van der Steen", "NAAM")])
    apply(plan, plan.proposals, tmp_path / "out.pdf", rules=load_rules(rules_dir))
    with pymupdf.open(tmp_path / "out.pdf") as doc:
        content = "".join(p.read_contents().decode("latin-1") for p in doc)
    assert "/Alt (Weggelakt: 5.1.2e, eerbiediging van de persoonlijke levenssfeer, eigen regels)" in content


def test_title_from_heading_when_metadata_has_none(tmp_path: Path) -> None:
    src = tmp_path / "in.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 80), "Verslag stuurgroep", fontsize=18)
    page.insert_text((72, 120), "Aanwezig: Jan Pietersen, voorzitter", fontsize=10)
    page.insert_text((72, 135), "Het overleg begon om tien uur.", fontsize=10)
    doc.set_metadata({"title": "Microsoft Word - verslag Pietersen.docx"})
    doc.save(src)
    plan = plan_for(src, [("Jan Pietersen", "NAAM")])
    apply(plan, plan.proposals, tmp_path / "out.pdf")
    with pymupdf.open(tmp_path / "out.pdf") as out:
        assert out.metadata["title"] == "Verslag stuurgroep"
        assert language_of(out) == "nl-NL"


def test_subject_line_is_the_title(tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "mail.pdf", ["Van: Kees de Vries", "Aan: Secretariaat",
                                          "Onderwerp: Planning overleg", "Beste allen,"])
    plan = plan_for(src, [("Kees de Vries", "NAAM")])
    apply(plan, plan.proposals, tmp_path / "out.pdf")
    with pymupdf.open(tmp_path / "out.pdf") as out:
        assert out.metadata["title"] == "Planning overleg"


def test_title_with_a_redacted_name_is_scrubbed(tmp_path: Path) -> None:
    src = tmp_path / "in.pdf"
    make_pdf(src, ["Nota over het verzoek van Jan Pietersen", "Tekst."])
    with pymupdf.open(src) as doc:
        doc.set_metadata({"title": "Nota over het verzoek van Jan Pietersen"})
        doc.saveIncr()
    plan = plan_for(src, [("Jan Pietersen", "NAAM")])
    apply(plan, plan.proposals, tmp_path / "out.pdf")
    with pymupdf.open(tmp_path / "out.pdf") as out:
        assert out.metadata["title"] == "Nota over het verzoek van [5.1.2e]"


@pytest.mark.parametrize("title", ["", "Document1", "Microsoft Word - x.docx", "scan_0001.pdf", "   "])
def test_generated_titles_are_not_meaningful(title: str) -> None:
    assert not meaningful(title)


def test_ensure_accessible_on_an_older_output(tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "old.pdf", ["Besluit op bezwaar", "Tekst van het besluit."])
    data = src.read_bytes()
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        assert language_of(doc) == "" and not doc.metadata["title"]
    out = ensure_accessible(data)
    with pymupdf.open(stream=out, filetype="pdf") as doc:
        assert language_of(doc) == "nl-NL" and doc.metadata["title"] == "Besluit op bezwaar"
        assert choose_title(doc, "") == "Besluit op bezwaar"
    assert ensure_accessible(out) is out  # already accessible: unchanged
