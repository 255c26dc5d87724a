"""The evaluation harness (``redact.evaluation``, ``redact eval``) and the scores on the tuning set."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from redact.errors import ExitCode, UsageError
from redact.evaluation import EvalReport, evaluate_dir, failures, parse_thresholds, score_document
from redact.models import PageText, Proposal, Rect
from tests.conftest import SAMPLES, redact_cli

EVAL = Path(__file__).resolve().parents[1] / "data" / "eval"


def _page(text: str) -> PageText:
    return PageText(0, text, tuple(Rect(0, 0, 1, 1) for _ in text), tuple(0 for _ in text), ((1.0, 0.0),), 10, 10)


def _prop(text: str, needle: str, category: str = "NAAM", nth: int = 0) -> Proposal:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Proposal("x", 0, start, start + len(needle), needle, category, "5.1.2e", "", (), 0.8, "T")


def test_occurrence_level_scores() -> None:
    text = "Piet Jansen belde. Jansen, P. schreef. Minister Rutte antwoordde. Zie 123456782 en T 06-12345678."
    expected = {
        "redact": [{"text": "Piet Jansen", "category": "NAAM"}, {"text": "Jansen", "category": "NAAM"},
                   {"text": "06-12345678", "category": "TELEFOON"}],
        "keep": ["Minister Rutte", "T"],
    }
    proposals = [_prop(text, "Piet Jansen"), _prop(text, "Jansen, P", nth=0), _prop(text, "Rutte"),
                 _prop(text, "123456782", "BSN"), _prop(text, "Zie", "BSN")]
    report = EvalReport()
    score_document(report, "doc.pdf", [_page(text)], proposals, expected)
    naam = report.categories["NAAM"]
    assert (naam.expected, naam.hit) == (3, 3)  # "Jansen" is counted inside "Piet Jansen" too
    assert report.categories["TELEFOON"].recall == 0.0 and [m.text for m in report.missed] == ["06-12345678"]
    assert {s.text for s in report.spurious} == {"Rutte", "123456782", "Zie"}
    assert (report.keep_total, report.keep_kept) == (2, 1)  # "T" is a word, not the T of "Piet"
    assert report.bad_bsn == 1  # "Zie" is no valid BSN
    assert failures(report, min_recall=parse_thresholds(["NAAM=1", "TELEFOON=0.5"]), min_keep=0.9) == [
        "TELEFOON recall 0.0000 < 0.5", "keep 0.5000 < 0.9", "1 proposed BSN(s) fail the 11-check"]


def test_thresholds_are_validated() -> None:
    assert parse_thresholds(["0.99", "naam=0.995"]) == {"*": 0.99, "NAAM": 0.995}
    with pytest.raises(UsageError):
        parse_thresholds(["NAAM=1.5"])
    with pytest.raises(UsageError):
        parse_thresholds(["veel"])


def test_not_a_document_set(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        evaluate_dir(tmp_path)


@pytest.fixture(scope="module")
def tune() -> EvalReport:
    return evaluate_dir(EVAL / "tune")


def test_tune_scores_meet_the_targets(tune: EvalReport) -> None:
    """Issue #3's targets on the tuning set (what detection is tuned on: it may be asserted): recall
    >= 0.99 for names, e-mail addresses and phone numbers, >= 0.99 of the public strings kept, no BSN
    proposed whose 11-check fails. The held-out rounds (``heldout-*``) are never asserted in a test:
    a score that the suite guards becomes a tuning signal (samples/README.md)."""
    assert tune.documents == 32
    for cat in ("NAAM", "EMAIL", "TELEFOON"):
        assert tune.categories[cat].recall >= 0.99, cat
    assert tune.keep_ratio >= 0.99
    assert tune.bad_bsn == 0


def _eval_set(folder: Path, names: list[str], extra: dict[str, list[dict[str, str]]] | None = None) -> Path:
    """A document set of samples (``extra``: more expected ``redact`` items per sample)."""
    folder.mkdir()
    for name in names:
        shutil.copy(SAMPLES / f"{name}.pdf", folder)
        spec = yaml.safe_load((SAMPLES / f"{name}.expected.yaml").read_text(encoding="utf-8"))
        spec["redact"] += (extra or {}).get(name, [])
        (folder / f"{name}.expected.yaml").write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    return folder


def test_cli_eval_exit_codes(tmp_path: Path) -> None:
    """0 when the thresholds are met (the samples are fully detected: tests/detect/test_detect_samples.py),
    1 below a threshold with the reason on stderr, 2 for a folder without expected-results files."""
    ok = redact_cli("eval", _eval_set(tmp_path / "ok", ["01-nota", "05-brief-burger"]), "--min-recall", "1",
                 "--min-keep", "1")
    assert ok.returncode == ExitCode.OK, ok.stderr
    assert ok.stdout.startswith("2 documents, 5 pages") and "keep strings: " in ok.stdout
    assert re.search(r"^NAAM +\d+ +\d+ +1\.0000 ", ok.stdout, re.MULTILINE), ok.stdout
    assert ok.stderr == ""

    # the ministry's public address listed as personal data: detection rightly leaves it, recall drops
    public = {"01-nota": [{"text": "Turfmarkt 147", "category": "ADRES", "ground": "5.1.2e"}]}
    low = redact_cli("eval", _eval_set(tmp_path / "low", ["01-nota"], public), "--min-recall", "ADRES=1",
                  "--no-items")
    assert low.returncode == ExitCode.SOME_FAILED, low.stderr
    assert low.stderr.splitlines() == ["below threshold: ADRES recall 0.0000 < 1.0"]
    assert "Turfmarkt" not in low.stdout  # --no-items

    (tmp_path / "leeg").mkdir()
    empty = redact_cli("eval", tmp_path / "leeg")
    assert empty.returncode == ExitCode.USAGE
    assert empty.stderr.strip() == (f"error: {tmp_path / 'leeg'}: no <name>.expected.yaml files with their PDF found "
                                    "(use --documents DIR when the PDFs lie elsewhere)")


def test_regions_keep_regions_and_scanned_pages() -> None:
    """Signatures and a scanned page's personal data are scored by the area the proposals cover."""
    text = "Memo van Piet Jansen"
    sig = Proposal("s", 0, -1, -1, "", "HANDTEKENING", "5.1.2e", "", (Rect(100, 100, 200, 140),), 0.6, "S")
    far = Proposal("f", 0, -1, -1, "", "HANDTEKENING", "5.1.2e", "", (Rect(400, 400, 450, 420),), 0.6, "S")
    name = Proposal("n", 1, 0, 4, "Piet", "NAAM", "5.1.2e", "", (Rect(10, 10, 60, 22),), 0.8, "T")
    expected = {
        "redact": [{"text": "Piet Jansen", "category": "NAAM"}],
        "regions": [{"page": 1, "rect": [105, 105, 195, 135], "category": "HANDTEKENING"},
                    {"page": 1, "rect": [300, 300, 350, 320], "category": "HANDTEKENING"},
                    {"page": 2, "rect": [10, 8, 60, 24], "category": "NAAM", "text": "Piet"}],
        "keep_regions": [{"page": 1, "rect": [400, 400, 450, 420], "category": "HANDTEKENING"}],
        "scanned_pages": [2],
    }
    pages = [_page(text), PageText(1, "Piet", (Rect(0, 0, 1, 1),) * 4, (0,) * 4, ((1.0, 0.0),), 10, 10)]
    report = EvalReport()
    score_document(report, "doc.pdf", pages, [sig, far, name], expected)
    hand = report.categories["HANDTEKENING"]
    assert (hand.expected, hand.hit, hand.proposed, hand.correct) == (2, 1, 2, 1)
    assert (report.keep_total, report.keep_kept) == (1, 0)  # the minister's signature was boxed
    assert (report.scan_expected, report.scan_hit) == (1, 1)
    assert report.categories["NAAM"].expected == 2  # page 1 by text (missed), page 2 by its region


def test_metadata_places() -> None:
    from redact.models import SideRedaction
    from redact.pdf.sidetexts import SideText

    side_texts = [SideText("metadata Subject", "Opsteller: J. Jansen", True),
                  SideText("metadata Author", "J. Jansen", False),
                  SideText("bookmark 1", "Reactie J. Jansen", True)]
    side = [SideRedaction("metadata Subject", "J. Jansen", "NAAM", "5.1.2e", "", "T", 0.8, True)]
    report = EvalReport()
    score_document(report, "doc.pdf", [_page("niets")], [], {"in_metadata": ["J. Jansen"]}, side_texts, side)
    assert {k: (c.expected, c.hit) for k, c in report.categories.items()} == {
        "META:Subject": (1, 1), "META:Author": (1, 1), "META:bookmark": (1, 0)}
