"""Per-document work functions that executors run in their workers (``redact.executor``).

A work function takes one picklable task and returns one picklable result; the heavy state of a
worker (the rules and the analyzer) is set up once by ``prepare_worker`` (``WorkerSetup``). A task
carries paths, options and the log salt; a result carries counts, log rows (hashed, never the
text), and the ``Result`` with the redacted strings removed from its boxes: personal data does not
leave the worker. ``redact_job`` never raises a ``RedactError``: a document that cannot be
redacted comes back as a failed ``JobResult`` with its reason and message.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from redact.errors import InputError, RedactError
from redact.models import Result
from redact.rules import Rules

__all__ = ["Job", "JobResult", "prepare_worker", "redact_job"]


@dataclass(frozen=True, slots=True)
class Job:
    number: int
    source: Path
    relative: str
    dst: Path
    text_dst: Path | None
    rules_version: str
    password: str | None
    salt: bytes


@dataclass(frozen=True, slots=True)
class JobResult:
    result: Result | None  # None when the document failed; boxes carry no text
    rows: tuple[dict[str, str], ...] = ()
    date: str = ""
    words_left: int = 0
    ground_counts: dict[str, int] = field(default_factory=dict)
    error: str = ""
    reason: str = ""
    rss_mb: float = 0.0


_RULES: dict[str, Rules] = {}


def prepare_worker(rules: Rules) -> None:
    """Worker setup: remember the rules and build the analyzer once for this process."""
    import pymupdf

    from redact.api import get_detector

    _RULES[rules.version] = rules
    get_detector(rules)
    # MuPDF prints its own complaints about damaged files to stderr: in a batch they would bury the
    # progress output; what matters reaches us as typed errors and warnings.
    pymupdf.TOOLS.mupdf_display_errors(False)  # type: ignore[no-untyped-call]


def _rss_mb() -> float:
    try:
        import resource
    except ImportError:  # not on POSIX
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def redact_job(job: Job) -> JobResult:
    """``redact run`` for one document (``pipeline.redact_document``) plus its log rows."""
    import pymupdf

    from redact import report
    from redact.pipeline import redact_document

    rules = _RULES[job.rules_version]
    try:
        rep = redact_document(job.source, job.dst, rules=rules, password=job.password, text_dst=job.text_dst)
    except RedactError as e:
        reason = e.reason if isinstance(e, InputError) else type(e).__name__
        return JobResult(None, error=str(e), reason=reason, rss_mb=_rss_mb())
    finally:
        # MuPDF's cache of fonts and images: emptied between documents so a worker's memory stays flat
        pymupdf.TOOLS.store_shrink(100)  # type: ignore[no-untyped-call]
    res = rep.result
    rows = tuple(report.log_rows(job.relative, res.boxes, job.salt))
    blank = tuple(replace(b, text="") for b in res.boxes)
    return JobResult(
        replace(res, boxes=blank), rows, rep.date, rep.words_left,
        dict(Counter(p.ground for p in rep.proposals)), rss_mb=_rss_mb(),
    )
