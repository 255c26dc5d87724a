"""Many documents: the batch driver, its state, the per-document tasks, inputs and the inventory list.

``run_batch`` (``redact run``) and ``drive`` (``redact apply``, via ``redact.review.flow``) are the entries;
see ``redact.batch.driver`` for the guarantees.
"""

from __future__ import annotations

from redact.batch.driver import Execution, Observer, Outcome, Summary, drive, run_batch
from redact.batch.inputs import Item, check_output_dir, discover

__all__ = ["Execution", "Item", "Observer", "Outcome", "Summary", "check_output_dir", "discover", "drive",
           "run_batch"]
