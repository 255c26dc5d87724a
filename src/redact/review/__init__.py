"""The review work folder: review files (proposals and decisions), their schema, OCR results, and the
propose → decide → apply flow (``redact.review.flow``)."""

from __future__ import annotations

from redact.review.reviewset import ReviewSet, context_of, person_keys
from redact.review.schema import (
    ANNOTATED_SUFFIX,
    MANUAL_CATEGORY,
    SCHEMA,
    SUFFIX,
    VERSION,
    HistoryChange,
    HistoryEntry,
    PendingError,
    ReviewConflictError,
    ReviewError,
    ReviewFile,
    ReviewFileError,
    ReviewProposal,
    ReviewSource,
    check_reviewer,
    file_lock,
    now,
    read_model,
    review_files,
    review_path,
)

__all__ = [
    "ANNOTATED_SUFFIX", "MANUAL_CATEGORY", "SCHEMA", "SUFFIX", "VERSION", "HistoryChange", "HistoryEntry",
    "PendingError", "ReviewConflictError", "ReviewError", "ReviewFile", "ReviewFileError", "ReviewProposal",
    "ReviewSet", "ReviewSource", "check_reviewer", "context_of", "file_lock", "now", "person_keys",
    "read_model", "review_files", "review_path",
]
