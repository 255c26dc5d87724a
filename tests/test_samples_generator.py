"""The sample generator (samples/generate.py) and the committed sample set in samples/.

Checks that the committed PDFs are reproducible byte for byte, that every expected string is really in
the ORIGINAL sample (page text or metadata) exactly as written and never broken across lines, that the
occurrence counts are right, that categories and grounds follow rules/categories.yaml, that BSNs pass
the 11-proef and IBANs validate, and that generating other kinds and seeds gives equally valid samples.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pymupdf
import pytest
import yaml
from stdnum import iban as stdnum_iban
from stdnum.nl import bsn as stdnum_bsn

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CATEGORIES: dict[str, dict[str, str]] = yaml.safe_load(
    (ROOT / "rules" / "categories.yaml").read_text(encoding="utf-8")
)["categories"]
CANONICAL_NAMES = (
    "01-nota", "02-email", "03-verslag", "04-brief-minister", "05-brief-burger", "06-metadata", "07-chat",
    "08-besluit",
)
SIDEBAR_X0 = 430.0
RIJKSHUISSTIJL = ("nota", "verslag", "brief-minister", "brief-burger")  # kinds with a colophon column


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("samples_generate", SAMPLES / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


gen = _load_generator()


def _norm(text: str) -> str:
    return " ".join(text.split())


def _page_text(doc: pymupdf.Document) -> str:
    return _norm(" ".join(page.get_text() for page in doc))


def _metadata_strings(doc: pymupdf.Document) -> list[str]:
    out = [v for v in doc.metadata.values() if v]
    out.append(doc.get_xml_metadata())
    for page in doc:
        for annot in page.annots():
            out.extend(v for v in annot.info.values() if v)
    return out


def _elfproef(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    return len(digits) == 9 and (sum((9 - i) * d for i, d in enumerate(digits[:8])) - digits[8]) % 11 == 0


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def check_sample(pdf_path: Path, expected: dict[str, Any]) -> None:
    """Every promise an expected-results file makes about its (unredacted) PDF."""
    assert expected["document"] == pdf_path.name
    assert expected["kind"] in (*gen.KINDS, *gen.HELDOUT_KINDS)
    doc = pymupdf.open(pdf_path)
    assert doc.page_count == expected["pages"]
    text = _page_text(doc)
    raw_lines = [line for page in doc for line in page.get_text().splitlines()]
    meta = _metadata_strings(doc)
    redact = [r["text"] for r in expected["redact"]]
    assert redact, "a sample without personal data tests nothing"
    assert len(set(redact)) == len(redact), "each distinct form once"
    for r in expected["redact"]:
        assert set(r) == {"text", "category", "ground"}
        assert r["category"] in CATEGORIES, r["category"]
        assert r["ground"] == CATEGORIES[r["category"]]["ground"]
        assert r["ground"] == ("5.1.1e" if r["category"] == "BSN" else "5.1.2e")
        assert r["text"] == r["text"].strip() and "  " not in r["text"]
        assert r["text"] in text or any(r["text"] in m for m in meta), r["category"]
        if r["category"] == "BSN":
            assert _elfproef(r["text"]) and stdnum_bsn.is_valid(r["text"])
        if r["category"] == "IBAN":
            assert stdnum_iban.is_valid(r["text"])
    for k in expected["keep"]:
        assert k in text, k
        assert not [t for t in redact if t in k], f"keep string {k!r} contains personal data"
    in_text = {t for t in redact if t in text}
    assert set(expected["occurrences"]) == in_text
    for t, n in expected["occurrences"].items():
        assert text.count(t) == n
        # never broken across two lines: every occurrence sits inside one extracted line
        assert sum(line.count(t) for line in raw_lines) == n
        # a form never occurs as part of a longer word
        assert len(re.findall(rf"(?<!\w){re.escape(t)}(?!\w)", text)) == n
    for s in expected["in_metadata"]:
        assert s in redact
        assert any(s in m for m in meta)


# --- the committed set --------------------------------------------------------------------------
def test_canonical_set_is_complete() -> None:
    names = [name for name, *_ in gen.CANONICAL]
    assert tuple(names) == CANONICAL_NAMES
    assert {kind for _, kind, *_ in gen.CANONICAL} == set(gen.KINDS)
    for name in names:
        assert (SAMPLES / f"{name}.pdf").is_file()
        assert (SAMPLES / f"{name}.expected.yaml").is_file()


@pytest.mark.parametrize("name", CANONICAL_NAMES)
def test_committed_sample_matches_its_expected_file(name: str) -> None:
    check_sample(SAMPLES / f"{name}.pdf", _load(SAMPLES / f"{name}.expected.yaml"))


def test_regeneration_is_byte_identical(tmp_path: Path) -> None:
    if "dejavu-sans" not in gen.font_sets() or "dejavu-serif" not in gen.font_sets():
        pytest.skip("the committed samples embed DejaVu fonts, which this system lacks")
    gen.generate_canonical(tmp_path)
    for name in CANONICAL_NAMES:
        for suffix in (".pdf", ".expected.yaml"):
            fresh = hashlib.sha256((tmp_path / f"{name}{suffix}").read_bytes()).hexdigest()
            committed = hashlib.sha256((SAMPLES / f"{name}{suffix}").read_bytes()).hexdigest()
            assert fresh == committed, f"{name}{suffix} differs: rerun python samples/generate.py"


# --- what each kind must contain ----------------------------------------------------------------
def _categories(e: dict[str, Any]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in e["redact"]:
        out.setdefault(r["category"], []).append(r["text"])
    return out


def test_nota_has_colophon_paraphs_and_named_office_holders() -> None:
    e = _load(SAMPLES / "01-nota.expected.yaml")
    doc = pymupdf.open(SAMPLES / "01-nota.pdf")
    cats = _categories(e)
    assert doc.page_count >= 2
    assert {"NAAM", "EMAIL", "TELEFOON", "INITIALEN"} <= set(cats)
    assert any(k.startswith("minister van ") and ", " in k for k in e["keep"])
    assert any(k.startswith("staatssecretaris ") for k in e["keep"])
    assert {"Turfmarkt 147", "2511 DP Den Haag", "Postbus 20301", "2500 EH Den Haag"} <= set(e["keep"])
    text = _page_text(doc)
    for label in (
        "nota",
        "Aan",
        "Paraaf",
        "Contactpersoon",
        "Datum",
        "Onze referentie",
        "Bijlage(n)",
        "Aanleiding",
        "Geadviseerd besluit",
        "Kernpunten",
        "Toelichting",
    ):
        assert label in text
    # the contact person's e-mail address and phone number sit in the colophon column
    for s in cats["EMAIL"] + cats["TELEFOON"]:
        assert all(r.x0 >= SIDEBAR_X0 for r in doc[0].search_for(s))


def check_columns(pdf_path: Path) -> None:
    """Colophon text stays right of x = 430 pt, body text left of 420 pt (below the letterhead)."""
    for page in pymupdf.open(pdf_path):
        for x0, y0, x1, _y1, *_ in page.get_text("blocks"):
            if y0 < 100:  # the letterhead word mark next to the logo
                continue
            assert x0 >= SIDEBAR_X0 or x1 <= 420, (pdf_path.name, page.number, x0, x1)


@pytest.mark.parametrize("name", ["01-nota", "03-verslag", "04-brief-minister", "05-brief-burger"])
def test_colophon_column_does_not_overlap_the_body(name: str) -> None:
    check_columns(SAMPLES / f"{name}.pdf")


def test_email_has_outlook_headers_greeting_and_quoted_message() -> None:
    e = _load(SAMPLES / "02-email.expected.yaml")
    text = _page_text(pymupdf.open(SAMPLES / "02-email.pdf"))
    assert text.count("Van:") == 2 and text.count("Verzonden:") == 2 and text.count("Onderwerp:") == 2
    assert "CC:" in text and "Met vriendelijke groet," in text
    names = _categories(e)["NAAM"]
    greeted = re.findall(r"Hoi (\w+),", text)
    assert len(greeted) == 2 and all(g in names for g in greeted)
    assert any(re.fullmatch(r"[^,]+, (\w\.)+( [a-z' ]+)?", n) for n in names), "an address-book name"
    assert "TELEFOON" in _categories(e) and "EMAIL" in _categories(e)


def test_verslag_has_attendance_and_action_initials() -> None:
    e = _load(SAMPLES / "03-verslag.expected.yaml")
    text = _page_text(pymupdf.open(SAMPLES / "03-verslag.pdf"))
    assert "Aanwezig" in text and "Afwezig" in text and "Actielijst" in text and "(voorzitter)" in text
    initials = _categories(e)["INITIALEN"]
    assert len(initials) >= 3
    assert re.search(rf"{re.escape(initials[0])}/\w+", text) or any(f"{i}/" in text for i in initials)
    assert any(k.startswith("minister van ") for k in e["keep"])


def test_brief_minister_keeps_the_minister_and_switchboard() -> None:
    e = _load(SAMPLES / "04-brief-minister.expected.yaml")
    assert "070 370 79 11" in e["keep"]
    assert "De Minister van Justitie en Veiligheid," in e["keep"]
    cats = _categories(e)
    assert {"NAAM", "EMAIL", "TELEFOON"} <= set(cats)
    assert "Contactpersoon" in _page_text(pymupdf.open(SAMPLES / "04-brief-minister.pdf"))


def test_brief_burger_has_citizen_data() -> None:
    e = _load(SAMPLES / "05-brief-burger.expected.yaml")
    cats = _categories(e)
    assert len(cats["ADRES"]) == 2 and len(cats["BSN"]) == 1 and len(cats["IBAN"]) == 1
    assert "GEBOORTEDATUM" in cats
    assert [r["ground"] for r in e["redact"] if r["category"] == "BSN"] == ["5.1.1e"]
    text = _page_text(pymupdf.open(SAMPLES / "05-brief-burger.pdf"))
    salutation = re.search(r"Geachte (heer|mevrouw) ([^,]+),", text)
    assert salutation is not None and salutation.group(2) in cats["NAAM"]


def test_metadata_sample_plants_names_outside_the_page_text() -> None:
    e = _load(SAMPLES / "06-metadata.expected.yaml")
    doc = pymupdf.open(SAMPLES / "06-metadata.pdf")
    assert doc.page_count == 2
    author = e["in_metadata"][0]
    assert doc.metadata["author"] == author
    assert f"<rdf:li>{author}</rdf:li>" in doc.get_xml_metadata()
    page = doc[0]  # keep the page alive while its annotations are used
    annots = list(page.annots())
    assert annots and annots[0].type[1] == "Text" and annots[0].info["title"] == author
    toc = doc.get_toc()
    assert toc and not [t for _, title, _ in toc for t in [r["text"] for r in e["redact"]] if t in title]


# --- the generator ------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", sorted(gen.KINDS))
def test_other_seeds_give_valid_samples(kind: str, tmp_path: Path) -> None:
    for seed in (101, 202, 303):
        pdf, expected = gen.generate(kind, seed, tmp_path)
        assert pdf.name == f"{kind}-{seed}.pdf"
        check_sample(pdf, _load(expected))
        if kind in RIJKSHUISSTIJL:
            check_columns(pdf)


def test_same_seed_same_bytes_other_seed_other_document(tmp_path: Path) -> None:
    a, _ = gen.generate("nota", 42, tmp_path / "a")
    b, _ = gen.generate("nota", 42, tmp_path / "b")
    c, _ = gen.generate("nota", 43, tmp_path / "c")
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != c.read_bytes()


def test_pinned_ministry_and_font(tmp_path: Path) -> None:
    pdf, expected = gen.generate("brief-minister", 5, tmp_path, ministry="vws", fonts="tiro")
    e = _load(expected)
    assert e["ministry"] == "VWS" and e["font"] == "tiro"
    assert "Parnassusplein 5" in e["keep"] and "070 340 79 11" in e["keep"]
    assert all(r["text"].endswith("@minvws.nl") for r in e["redact"] if r["category"] == "EMAIL")
    check_sample(pdf, e)


def test_unknown_kind_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        gen.generate("memo", 1, tmp_path)


def test_cli_count_writes_varied_documents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    n = len(gen.KINDS)
    assert gen.main(["--out", str(tmp_path), "--count", str(n), "--seed", "500"]) == 0
    pdfs = sorted(tmp_path.glob("*.pdf"))
    assert len(pdfs) == n and len(list(tmp_path.glob("*.expected.yaml"))) == n
    assert {_load(p.with_name(p.stem + ".expected.yaml"))["kind"] for p in pdfs} == set(gen.KINDS)
    assert f"wrote {n} documents" in capsys.readouterr().out


def test_generated_numbers_are_valid() -> None:
    from random import Random

    from samplegen import people  # importable once generate.py has been loaded

    rng = Random(0)
    for _ in range(200):
        assert _elfproef(people.bsn(rng)) and stdnum_bsn.is_valid(people.bsn(rng))
        assert stdnum_iban.is_valid(people.iban(rng)) and stdnum_iban.is_valid(people.iban(rng, spaced=False))
    assert _elfproef("111222333") and not _elfproef("111222334")


# --- chat, besluit, held-out names and template, reportlab producer ------------------------------------
def test_chat_and_besluit_plant_speakers_plates_and_possessives(tmp_path: Path) -> None:
    chat = _load(gen.generate("chat", 4, tmp_path)[1])
    assert {"NAAM", "TELEFOON"} <= {r["category"] for r in chat["redact"]}
    besluit = _load(gen.generate("besluit", 2, tmp_path)[1])
    cats = {r["category"] for r in besluit["redact"]}
    assert {"KENTEKEN", "ADRES", "NAAM"} <= cats
    assert any(r["text"].isupper() for r in besluit["redact"] if r["category"] == "NAAM")  # a name in capitals
    assert any("artikel" in k for k in besluit["keep"])  # law citations stay


def test_heldout_names_and_reportlab_producer(tmp_path: Path) -> None:
    pdf, yml = gen.generate("hoorzitting", 9001, tmp_path, names="heldout", producer="reportlab")
    expected = _load(yml)
    assert expected["names"] == "heldout" and expected["producer"] == "reportlab"
    import pymupdf

    with pymupdf.open(pdf) as doc:
        assert "ReportLab" in doc.metadata["producer"]
        text = " ".join(" ".join(p.get_text().split()) for p in doc)
    assert all(r["text"] in text for r in expected["redact"] if r["text"] not in expected["in_metadata"])
    assert "hoorzitting" not in gen.KINDS  # the held-out template is never part of the tuning kinds


def test_reportlab_producer_refuses_metadata_kind(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        gen.generate("metadata", 1, tmp_path, producer="reportlab")


def test_eval_set_is_committed_and_complete() -> None:
    root = Path(__file__).resolve().parent / "data" / "eval"
    folders = ("tune", "heldout-1", "heldout-2", "tune-15", "heldout-15", "heldout-15b")
    counts = {d: len(list((root / d).glob("*.expected.yaml"))) for d in folders}
    assert counts == {"tune": 32, "heldout-1": 10, "heldout-2": 10, "tune-15": 24, "heldout-15": 24,
                      "heldout-15b": 24}
    for y in root.rglob("*.expected.yaml"):
        assert (y.parent / _load(y)["document"]).is_file()


# --- a new held-out round ---------------------------------------------------------------------------------
def test_a_new_heldout_round_is_new(tmp_path: Path) -> None:
    """``--heldout-round N``: the seeds of round N, persons from the round's own locales that share no
    first name or surname with the sets already there (here heldout-2 and samples/), the held-out template
    in another wording; every document as valid as any sample. (Nothing is scored: a round is held out.)"""
    import shutil

    shutil.copytree(ROOT / "tests" / "data" / "eval" / "heldout-2", tmp_path / "heldout-2")
    files = gen.generate_heldout_round(tmp_path, 99, count=4)
    assert [f.parent.name for pair in files for f in pair] == ["heldout-99"] * 8
    earlier = gen.known_names(tmp_path / "heldout-2", SAMPLES)
    assert len(earlier) > 50
    kinds = []
    for pdf, yml in files:
        expected = _load(yml)
        check_sample(pdf, expected)
        assert expected["names"] == "heldout-99" and expected["seed"] in gen.heldout_seeds(99)
        assert not gen.known_names(yml.parent) & earlier  # known_names reads the whole folder
        kinds.append(expected["kind"])
        if expected["kind"] == "hoorzitting":
            with pymupdf.open(pdf) as doc:
                text = _page_text(doc)
            assert "Verslag van de hoorzitting" not in text  # rounds 1 and 2's wording
    assert "hoorzitting" in kinds and len(set(kinds)) == len(kinds)
    with pytest.raises(FileExistsError):
        gen.generate_heldout_round(tmp_path, 99, count=1)
    with pytest.raises(ValueError):
        gen.generate_heldout_round(tmp_path, 2)


@pytest.mark.parametrize("kind", sorted(gen.TRAP_KINDS))
def test_issue_15_kinds(kind: str, tmp_path: Path) -> None:
    """The kinds of samplegen/traps.py: signatures as regions, the minister's kept, scans image-only,
    metadata-only names in the metadata and nowhere on the pages."""
    pdf, y = gen.generate(kind, 7, tmp_path)
    expected = _load(y)
    again, _ = gen.generate(kind, 7, tmp_path / "again")
    assert again.read_bytes() == pdf.read_bytes()
    with pymupdf.open(pdf) as doc:
        text = " ".join(" ".join(p.get_text().split()) for p in doc)
        for r in expected.get("regions", []):
            assert 1 <= r["page"] <= doc.page_count and r["rect"][0] < r["rect"][2]
        if kind == "scan":
            assert not text.strip() and expected["scanned_pages"] == list(range(1, doc.page_count + 1))
            assert {r["category"] for r in expected["regions"]} >= {"NAAM", "HANDTEKENING"}
            return
        for item in expected["redact"]:
            assert text.count(item["text"]) == expected["occurrences"][item["text"]]
        for s in expected["in_metadata"]:
            assert s not in text
    if kind == "paraafnota":
        assert len(expected["keep_regions"]) == 1 and expected["in_metadata"]
    else:
        assert any(r["category"] == "HANDTEKENING" for r in expected["regions"])
