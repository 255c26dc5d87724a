"""The motivation report: Dutch, per ground and per document, no redacted string, tagged."""

from __future__ import annotations

import re

import pymupdf

from redact.publish.bundle import BundleResult
from tests.conftest import norm, pdftotext
from tests.publish.conftest import redact_strings


def test_report_has_no_redacted_string(bundle: BundleResult) -> None:
    text = norm(pdftotext(bundle.folder / "motivering.pdf")).lower()
    strings = redact_strings()
    assert len(strings) > 40
    for s in strings:
        assert not re.search(rf"(?<!\w){re.escape(norm(s).lower())}(?!\w)", text), "a redacted string"


def test_report_content(bundle: BundleResult) -> None:
    text = norm(pdftotext(bundle.folder / "motivering.pdf"))
    for expected in ("Motivering van de weglakkingen", "Toegepaste uitzonderingsgronden",
                     "artikel 5.1, tweede lid, aanhef en onder e, Woo",
                     "Niet openbaar ter bescherming van de persoonlijke levenssfeer.",
                     "artikel 5.1, eerste lid, aanhef en onder e, Woo", "burgerservicenummer",
                     "Weglakkingen per document", "05-brief-burger.pdf", "Beoordeling",
                     f"Van de {bundle.redactions} weglakkingen"):
        assert expected in text, expected
    # no reviewer names, no text hashes from the log
    assert "teksthash" not in text and "beoordelaar:" not in text.lower()


def test_report_is_tagged_for_screen_readers(bundle: BundleResult) -> None:
    with pymupdf.open(bundle.folder / "motivering.pdf") as doc:
        cat = doc.pdf_catalog()
        assert doc.xref_get_key(cat, "Lang") == ("string", "nl-NL")
        assert doc.xref_get_key(cat, "MarkInfo")[1].replace(" ", "") == "<</Markedtrue>>"
        assert "DisplayDocTitle true" in doc.xref_get_key(cat, "ViewerPreferences")[1]
        assert doc.metadata["title"].startswith("Motivering van de weglakkingen")
        kind, _ = doc.xref_get_key(cat, "StructTreeRoot")
        assert kind == "xref"
        roles = []
        for xref in range(1, doc.xref_length()):
            if doc.xref_get_key(xref, "Type")[1] == "/StructElem":
                roles.append(doc.xref_get_key(xref, "S")[1])
        assert roles.count("/Document") == 1
        for role in ("/H1", "/H2", "/H3", "/P", "/Table", "/TR", "/TH", "/TD"):
            assert role in roles, role
        for page in doc:
            assert doc.xref_get_key(page.xref, "StructParents")[0] == "int"
            content = page.read_contents().decode("latin-1")
            assert "<</MCID 0>> BDC" in content
            assert _max_depth(content) <= 3  # graphics states are not nested deeply (limit 28)
    # every character of the report is readable as text (embedded font with a Unicode map)
    assert "categorieën" in pdftotext(bundle.folder / "motivering.pdf")


def test_headings_in_the_structure_carry_the_text(bundle: BundleResult) -> None:
    """The first H1's marked content is the report's title (what a screen reader announces)."""
    with pymupdf.open(bundle.folder / "motivering.pdf") as doc:
        content = doc[0].read_contents().decode("latin-1")
    assert content.index("/H1 <</MCID 0>> BDC") < content.index("/H2 <</MCID")


def _max_depth(content: str) -> int:
    depth = top = 0
    for op in re.findall(r"(?m)^\s*([qQ])\s*$", content):
        depth += 1 if op == "q" else -1
        top = max(top, depth)
    assert depth == 0
    return top
