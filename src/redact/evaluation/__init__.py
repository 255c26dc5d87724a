"""Quality measurement: the proposals of the tool scored against annotated document sets."""

from __future__ import annotations

from redact.evaluation.expected import (
    EvalReport,
    evaluate_dir,
    expected_files,
    failures,
    format_report,
    parse_thresholds,
    score_document,
)
from redact.evaluation.persons import PersonReport, Tally, evaluate_texts, format_persons

__all__ = ["EvalReport", "PersonReport", "Tally", "evaluate_dir", "evaluate_texts", "expected_files", "failures",
           "format_persons", "format_report", "parse_thresholds", "score_document"]
