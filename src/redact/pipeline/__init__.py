"""The one staged document pipeline: read → detect → select → burn → finish.

Stage modules (each states its guarantees): ``read`` (open, extract, OCR), ``detect`` (findings and
proposals), ``select`` (which proposals become boxes), ``burn`` (boxes into the pages, OCR text layer),
``finish`` (scrub, save, verify, write). ``document`` strings them together for the three doors:
``run_document``, ``propose_document``, ``apply_document``. ``report`` holds the redaction log and the
redacted text.
"""

from __future__ import annotations

from redact.pipeline.document import DocumentReport, apply_document, propose_document, run_document
from redact.pipeline.read import ReadOptions
from redact.pipeline.select import Chosen

__all__ = ["Chosen", "DocumentReport", "ReadOptions", "apply_document", "propose_document", "run_document"]
