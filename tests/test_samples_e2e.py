"""End to end on every sample: `redact run` output checked by PyMuPDF, pdftotext and pypdf.

For each ``samples/*.expected.yaml``: every redact string is gone from the page text (two extractors),
the metadata, XMP, annotations, bookmarks and every decompressed stream; every keep string is still
readable; every page with a redaction shows its ground code; the log holds no redacted text.
"""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path

import pymupdf
import pypdf
import pytest
import yaml

from redact.batch import Summary, run_batch
from tests.conftest import SAMPLES, norm, pdftotext

EXPECTED = sorted(SAMPLES.glob("*.expected.yaml"))


@pytest.fixture(scope="module")
def run_samples(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Summary]:
    out = tmp_path_factory.mktemp("out")
    summary = run_batch([SAMPLES], out)
    return out, summary


def test_at_least_six_samples() -> None:
    assert len(EXPECTED) >= 6


def test_all_samples_succeed(run_samples: tuple[Path, Summary]) -> None:
    _, summary = run_samples
    failed = [(o.item.relative, o.error) for o in summary.outcomes if o.status != "ok"]
    assert not failed
    for o in summary.outcomes:
        assert o.result is not None and o.result.verify is not None
        assert o.result.verify.ok and o.result.verify.collateral == 0, o.item.relative


def _raw_streams(path: Path) -> str:
    parts = []
    with pymupdf.open(path) as doc:
        for xref in range(1, doc.xref_length()):
            parts.append(doc.xref_object(xref, compressed=False))
            if doc.xref_is_stream(xref):
                with contextlib.suppress(Exception):
                    parts.append((doc.xref_stream(xref) or b"").decode("latin-1"))
    raw = path.read_bytes()
    parts.append(raw.decode("latin-1"))
    return "\n".join(parts)


def _pypdf_side_channels(path: Path) -> str:
    r = pypdf.PdfReader(path)
    parts = [str(r.metadata or {})]
    xmp = r.xmp_metadata
    if xmp is not None:
        parts.append(xmp.stream.get_data().decode("utf-8", "replace"))
    for page in r.pages:
        for a in page.get("/Annots") or []:
            parts.append(str(a.get_object()))
    parts.append(str(r.outline))
    parts.append(str(list(r.attachments)))
    return "\n".join(parts)


@pytest.mark.parametrize("expected_file", EXPECTED, ids=lambda p: p.name.split(".")[0])
def test_sample_redacted(run_samples: tuple[Path, Summary], expected_file: Path) -> None:
    out, _ = run_samples
    spec = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
    out_pdf = out / spec["document"]
    assert out_pdf.is_file()
    texts = {"pymupdf": norm("\n".join(p.get_text() for p in pymupdf.open(out_pdf))),
             "pdftotext": norm(pdftotext(out_pdf))}
    side = _pypdf_side_channels(out_pdf)
    raw = _raw_streams(out_pdf)
    for item in spec["redact"]:
        s = norm(item["text"])
        for name, text in texts.items():
            assert s not in text, f"{item['category']} still in {name} text of {spec['document']}"
        assert s not in side, f"{item['category']} in metadata/annotations of {spec['document']}"
        if len(s) >= 4:
            assert s not in raw, f"{item['category']} in raw streams of {spec['document']}"
    for keep in spec.get("keep", []):
        k = norm(keep)
        assert k in texts["pymupdf"], f"public text lost (pymupdf): {keep!r}"
        assert k in texts["pdftotext"], f"public text lost (pdftotext): {keep!r}"
    # every page with a redaction shows a ground code
    log = [json.loads(line) for line in (out / "redaction-log.jsonl").read_text().splitlines()]
    pages = {int(r["pagina"]) for r in log if r["document"] == spec["document"]}
    assert pages, f"no redactions in {spec['document']}"
    with pymupdf.open(out_pdf) as doc:
        for pno in pages:
            codes = {r["grond"] for r in log if r["document"] == spec["document"] and int(r["pagina"]) == pno}
            page_text = doc[pno - 1].get_text()
            assert any(c in page_text for c in codes), f"page {pno} shows no ground code"
    # grounds per category as expected
    for item in spec["redact"]:
        if item["category"] == "BSN":
            assert any(r["grond"] == "5.1.1e" and r["categorie"] == "BSN" for r in log
                       if r["document"] == spec["document"])


def test_log_has_no_personal_data(run_samples: tuple[Path, Summary]) -> None:
    out, _ = run_samples
    log_text = (out / "redaction-log.csv").read_text() + (out / "redaction-log.jsonl").read_text()
    for expected_file in EXPECTED:
        spec = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
        for item in spec["redact"]:  # as a whole word: "ED" (a paraph) may sit inside "GEBOORTEDATUM"
            assert not re.search(rf"(?<!\w){re.escape(item['text'])}(?!\w)", log_text), item["category"]
    header = (out / "redaction-log.csv").read_text().splitlines()[0]
    assert header == ("document,pagina,vak,x0,y0,x1,y1,categorie,grond,toelichting,detector,score,besluit,"
                      "beoordelaar,tijdstip,teksthash,twijfel")


def test_rerun_resumes(run_samples: tuple[Path, Summary]) -> None:
    out, first = run_samples
    again = run_batch([SAMPLES], out)
    assert again.count("skipped") == len(first.outcomes)
    assert (out / "redaction-log.csv").read_text().count("\n") == sum(
        o.boxes for o in first.outcomes) + 1
