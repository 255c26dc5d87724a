"""The real-world yardstick (issue 14, item 6): public kept, private found, stray findings per set."""

from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner

from redact.cli import cli
from redact.evaluation import evaluate_dir, failures
from redact.evaluation.persons import PersonReport, occurrences, score_persons

TEXT = ("Wethouder Jansen opende. Contactpersoon: P. de Vries. De Vries belt. "
        "Het programma Sprong over het IJ loopt. Jansen sluit.")
ANNOTATION = {
    "genre": "notulen-gemeente",
    "persons": [
        {"name": "Jansen", "status": "public", "reason": "wethouder", "mentions": ["Jansen"]},
        {"name": "P. de Vries", "status": "private", "reason": "contactpersoon",
         "mentions": ["P. de Vries", "De Vries"]},
    ],
    "not_names": ["Sprong over het IJ"],
}


def _span(text: str, needle: str, nth: int = 0) -> tuple[int, int, str, str]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle), "NAAM", needle


def test_score_public_private_stray_and_not_names() -> None:
    report = PersonReport()
    spans = [_span(TEXT, "P. de Vries"), _span(TEXT, "Jansen", 1), _span(TEXT, "Sprong")]
    score_persons(report, "doc", [(0, TEXT, spans)], ANNOTATION)
    assert (report.public.strings, report.public.right) == (1, 0)  # one mention of Jansen touched: lost
    assert [i.text for i in report.lost] == ["Jansen"]
    # "P. de Vries" is covered; "De Vries" (capital D, a mention of its own) is not: missed
    assert (report.private.strings, report.private.right) == (2, 1)
    assert [i.text for i in report.missed] == ["De Vries"]
    assert [i.text for i in report.stray] == ["Sprong"]
    assert [i.text for i in report.touched] == ["Sprong over het IJ"]
    assert report.by_genre["notulen-gemeente"][0].strings == 1


def test_occurrences_are_whole_words() -> None:
    assert occurrences("Kremer en M. Kremers", "Kremer") == [(0, 6)]
    assert occurrences("INGE VAN\nDIJK", "INGE VAN DIJK") == [(0, 13)]


def test_text_set_through_evaluate_dir_and_the_cli(tmp_path: Path) -> None:
    (tmp_path / "r01-notulen.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "r01-notulen.yaml").write_text(yaml.safe_dump(ANNOTATION, allow_unicode=True), encoding="utf-8")
    report = evaluate_dir(tmp_path)
    assert report.persons is not None and report.persons.documents == 1
    assert report.persons.public.ratio == 1.0 and report.persons.private.ratio == 1.0
    assert not report.persons.stray
    assert failures(report, min_public_kept=1.0, min_private_found=1.0) == []
    result = CliRunner().invoke(cli, ["eval", str(tmp_path), "--min-public-kept", "1", "--min-private-found", "1"])
    assert result.exit_code == 0, result.output
    assert "public kept" in result.output and "private found" in result.output


def test_thresholds_on_persons() -> None:
    from redact.evaluation import EvalReport

    report = EvalReport(persons=PersonReport())
    report.persons.public.strings, report.persons.public.right = 10, 9  # type: ignore[union-attr]
    assert failures(report, min_public_kept=0.97) == ["public kept 0.9000 < 0.97"]
