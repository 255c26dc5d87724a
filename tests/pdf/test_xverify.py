"""Full verification finds a name by every route it can hide in, and the CLI reports places only."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest

from redact.errors import ExitCode, UsageError
from redact.pdf.needles import load_needles
from redact.pdf.verify_full import verify_full
from tests.conftest import PATIENCE, SAMPLES, cli_env, make_pdf
from tests.hostile.cases import CASES, NAME


@pytest.mark.parametrize("case", sorted(CASES))
def test_unredacted_case_fails_verification(tmp_path: Path, case: str) -> None:
    src = tmp_path / "in.pdf"
    CASES[case](src)
    report = verify_full(src.read_bytes(), [NAME])
    assert not report.ok and report.hits
    assert all(NAME not in h for h in report.hits)


def test_each_route_is_searched(tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "in.pdf", [f"Contactpersoon {NAME}"])
    report = verify_full(src.read_bytes(), [NAME])
    places = " ".join(report.hits)
    for route in ("pymupdf page 1", "pdftotext page 1", "pypdf page 1", "file stream"):
        assert route in places
    assert set(report.checked) >= {"pymupdf", "pdftotext", "pypdf", "raw file", "side channels"}


def test_only_earlier_revision_is_found_by_the_file_scan(tmp_path: Path) -> None:
    src = tmp_path / "inc.pdf"
    CASES["incremental-update"](src)
    report = verify_full(src.read_bytes(), [NAME])
    assert any(h.startswith("file") for h in report.hits)
    assert not any(h.startswith(("pymupdf page", "pdftotext", "pypdf")) for h in report.hits)


def test_image_under_box_must_be_blanked(tmp_path: Path) -> None:
    from redact.models import Box, Rect

    doc = pymupdf.open()
    page = doc.new_page()
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 200, 50), False)
    pix.set_rect(pix.irect, (255, 0, 0))
    pix.set_rect(pymupdf.IRect(0, 0, 100, 50), (0, 0, 255))  # two colours: not uniform
    page.insert_image(pymupdf.Rect(72, 200, 272, 250), pixmap=pix)
    data = doc.tobytes()
    box = Box(0, Rect(100, 205, 250, 245), "HANDTEKENING", "5.1.2e", "x", "", "hand", 1.0, "")
    assert any("image under a box" in h for h in verify_full(data, [], boxes=[box]).hits)
    inside_red = Box(0, Rect(190, 205, 250, 245), "HANDTEKENING", "5.1.2e", "x", "", "hand", 1.0, "")
    assert verify_full(data, [], boxes=[inside_red]).ok


def test_needles_from_review_json_and_expected_yaml(tmp_path: Path) -> None:
    review = tmp_path / "review.json"
    review.write_text(json.dumps({"proposals": [
        {"text": NAME, "status": "approved", "page": 0, "rects": [[1, 2, 3, 4]]},
        {"text": "Jansen", "status": "rejected"},
        {"text": "Henk", "status": "added"},
        {"text": "Klaas", "status": "proposed"},
    ]}))
    n = load_needles(review)
    assert n.texts == (NAME, "Henk") and len(n.boxes) == 1
    yml = next(SAMPLES.glob("*.expected.yaml"))
    assert load_needles(yml).texts
    bad = tmp_path / "x.json"
    bad.write_text("{}")
    with pytest.raises(UsageError):
        load_needles(bad)


def test_verify_command_exit_codes(tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "in.pdf", [f"Contactpersoon {NAME}"])
    review = tmp_path / "review.json"
    review.write_text(json.dumps({"proposals": [{"text": NAME, "status": "approved"}]}))
    r = subprocess.run([sys.executable, "-m", "redact", "verify", str(src), "--against", str(review)],
                       capture_output=True, text=True, timeout=PATIENCE, env=cli_env())
    assert r.returncode == ExitCode.LEAK and "pdftotext" in r.stderr
    assert NAME not in r.stderr + r.stdout
    clean = make_pdf(tmp_path / "clean.pdf", ["Contactpersoon [5.1.2e]"])
    r = subprocess.run([sys.executable, "-m", "redact", "verify", str(clean), "--against", str(review)],
                       capture_output=True, text=True, timeout=PATIENCE, env=cli_env())
    assert r.returncode == 0 and "verified clean" in r.stdout
