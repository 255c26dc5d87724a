"""redact: make Dutch government PDFs ready for publication under the Woo.

Public API (imported lazily, so ``import redact`` stays light and never loads PyMuPDF, spaCy or
Presidio until a function is used)::

    redact.redact_file(src, dst) -> Result
    redact.analyze_text(text) -> list[Finding]
    redact.propose(pdf) -> Plan
    redact.apply(plan, proposals, dst) -> Result
    redact.run_batch(inputs, out_dir) -> Summary
    redact.propose_review(inputs, workdir) -> list[ProposeOutcome]   # review files, nothing burnt in
    redact.ReviewSet.load(path) -> ReviewSet                          # .approve / .reject / .add / .save
    redact.apply_review(workdir, out_dir) -> Summary                  # approved + added boxes only
    redact.publish(out_dir, bundle, publisher=...) -> BundleResult    # DiWoo, inventory, motivation, zip
"""

from __future__ import annotations

from typing import Any

from redact.errors import ExitCode, RedactError
from redact.models import Box, Finding, PageText, Proposal, Rect, Result, VerifyReport

__version__ = "0.1.0"

_LAZY = {
    "analyze_text": "redact.api",
    "propose": "redact.api",
    "apply": "redact.api",
    "redact_file": "redact.api",
    "Plan": "redact.api",
    "run_batch": "redact.batch",
    "load_rules": "redact.rules",
    "ReviewSet": "redact.review",
    "propose_review": "redact.api",
    "decide_review": "redact.api",
    "apply_review": "redact.api",
    "publish": "redact.api",
}

__all__ = [
    "Box", "ExitCode", "Finding", "PageText", "Plan", "Proposal", "Rect", "RedactError", "Result",
    "ReviewSet", "VerifyReport", "analyze_text", "apply", "apply_review", "decide_review", "load_rules",
    "propose", "propose_review", "redact_file", "run_batch",
]
__all__ += ["publish"]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'redact' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
