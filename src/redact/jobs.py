"""Per-document work functions that executors run in their workers (``redact.executor``).

A work function takes one picklable task and returns one picklable result; the heavy state of a
worker (the rules and the analyzer) is set up once by ``prepare_worker`` (``WorkerSetup``). A task
carries paths, options and the log salt; a result carries counts, log rows (hashed, never the
text), and the ``Result`` with the redacted strings removed from its boxes: personal data does not
leave the worker. ``redact_job`` never raises a ``RedactError``: a document that cannot be
redacted comes back as a failed ``JobResult`` with its reason and message.

The per-document time limit is not enforced here but by the executor: the batch passes
``job_seconds`` and ``remove_job_partials`` as ``Executor.run(seconds=..., on_abort=...)``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from redact.errors import InputError, RedactError
from redact.models import Proposal, Result
from redact.rules import Rules

if TYPE_CHECKING:
    from redact.pdf.triage import Limits

__all__ = ["Job", "JobResult", "collect_names", "job_seconds", "prepare_worker", "redact_job", "remove_job_partials"]


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
    verification: str = "basic"
    limits: Limits | None = None
    ocr: str = "auto"
    ocr_dpi: int = 300
    text_layer: bool = True
    known_persons: tuple[str, ...] = ()  # --consistent: names identified elsewhere in the batch


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
    import gc

    import pymupdf

    from redact.api import get_detector

    _RULES[rules.version] = rules
    get_detector(rules)
    # The analyzer (name lists, patterns: ~110,000 objects) lives as long as the worker. Moved out
    # of the collector's reach, the full collections that documents' allocations trigger no longer
    # walk it each time (≈1.5 ms a page; measured with benchmarks/bench_batch.py).
    gc.collect()
    gc.freeze()
    # MuPDF prints its own complaints about damaged files to stderr: in a batch they would bury the
    # progress output; what matters reaches us as typed errors and warnings.
    pymupdf.TOOLS.mupdf_display_errors(False)


def _rss_mb() -> float:
    try:
        import resource
    except ImportError:  # not on POSIX
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def redact_job(job: Job) -> JobResult:
    """``redact run`` for one document plus its log rows.

    Documents go through the page-streamed ``pipeline.redact_document`` (bounded memory, one read of
    the file); those with a page to OCR, and ``--verify full``, through ``api.propose_and_apply``
    (``_one_document``). The work runs right here: the time limit (``job.limits.seconds``) is the
    executor's to enforce (the batch passes it as ``seconds=``)."""
    import pymupdf

    from redact import report

    rules = _RULES[job.rules_version]
    try:
        res, proposals, date, words_left = _one_document(job, rules)
    except RedactError as e:
        reason = e.reason if isinstance(e, InputError) else type(e).__name__
        return JobResult(None, error=str(e), reason=reason, rss_mb=_rss_mb())
    finally:
        # MuPDF's cache of fonts and images: emptied between documents so a worker's memory stays flat
        pymupdf.TOOLS.store_shrink(100)
    rows = tuple(report.log_rows(job.relative, res.boxes, job.salt))
    blank = tuple(replace(b, text="") for b in res.boxes)
    return JobResult(
        replace(res, boxes=blank), rows, date, words_left,
        dict(Counter(p.ground for p in proposals)), rss_mb=_rss_mb(),
    )


def job_seconds(job: Job) -> float | None:
    """The job's time limit, for ``Executor.run(seconds=...)``."""
    return job.limits.seconds if job.limits is not None else None


def remove_job_partials(job: Job) -> None:
    """``Executor.run(on_abort=...)``: remove the temp files a worker killed mid-write left for this job."""
    from redact.deadline import remove_partials

    remove_partials(job.dst)
    if job.text_dst is not None:
        remove_partials(job.text_dst)


def _one_document(job: Job, rules: Rules) -> tuple[Result, tuple[Proposal, ...], str, int]:
    """The page-streamed ``pipeline.redact_document`` (bounded memory, one read of the file); the full
    path (``api.propose_and_apply``) for ``--verify full`` and for documents with a page to OCR."""
    from redact.pipeline import NeedsOcr, redact_document

    if job.verification == "basic":
        try:
            rep = redact_document(job.source, job.dst, rules=rules, password=job.password, text_dst=job.text_dst,
                                  ocr=job.ocr, known_persons=job.known_persons, limits=_untimed(job))
            return rep.result, rep.proposals, rep.date, rep.words_left
        except NeedsOcr:
            pass
    return _full_path(job, rules)


def _untimed(job: Job) -> Limits | None:
    """The job's size and page limits: its time limit is the executor's to enforce."""
    return job.limits.untimed() if job.limits is not None else None


def _full_path(job: Job, rules: Rules) -> tuple[Result, tuple[Proposal, ...], str, int]:
    """propose + apply (every proposal approved) with OCR and the chosen verification."""
    import re

    from redact import api
    from redact.inventory import document_date
    from redact.pdf.text import PAGE_SEPARATOR, join_pages
    from redact.pdf.verify import intended_text
    from redact.report import redacted_text

    plan, res = api.propose_and_apply(job.source, job.dst, rules=rules, password=job.password,
                                      verification=job.verification, limits=_untimed(job), ocr=job.ocr,
                                      ocr_dpi=job.ocr_dpi, text_layer=job.text_layer,
                                      known_persons=job.known_persons)
    if job.text_dst is not None:
        api.write_atomic(Path(job.text_dst), redacted_text(plan.pages, plan.proposals, rules).encode("utf-8"))
    head = plan.pages[:3]
    _, starts = join_pages(head)
    spans = [(starts[p.page] + p.start, starts[p.page] + p.end) for p in plan.proposals
             if p.page < len(head) and p.start >= 0]
    date = document_date(PAGE_SEPARATOR.join(p.text for p in head), spans)
    word = re.compile(r"\w+")
    words_left = sum(len(word.findall(intended_text(pt, [b.rect for b in res.boxes if b.page == pt.page])))
                     for pt in plan.pages)
    return res, plan.proposals, date, words_left


def collect_names(job: Job) -> tuple[str, ...]:
    """``--consistent``, pass 1: the names this document identifies (NAAM proposal texts). Nothing is
    written; the names go back to the batch driver only, in memory (as confidential as a review file).
    A document that cannot be read contributes nothing here and fails in pass 2 with its error."""
    from redact import api

    rules = _RULES[job.rules_version]
    try:
        plan = api.propose(job.source, rules=rules, password=job.password, limits=job.limits, ocr=job.ocr,
                           ocr_dpi=job.ocr_dpi)
    except RedactError:
        return ()
    return tuple(p.text for p in plan.proposals if p.category == "NAAM")
