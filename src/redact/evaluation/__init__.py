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

__all__ = ["EvalReport", "evaluate_dir", "expected_files", "failures", "format_report", "parse_thresholds",
           "score_document"]
