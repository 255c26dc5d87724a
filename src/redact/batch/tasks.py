"""Per-document work functions that executors run in their workers (``redact.execution``).

A work function takes one picklable task and returns one picklable result; the heavy state of a
worker (the rules and the analyzer) is set up once by ``prepare_worker`` (``WorkerSetup``). A task
carries paths, options, the log salt and, for ``apply``, the reviewer's selection; a result carries
counts, log rows (hashed, never the text), and the ``Result`` with the redacted strings removed from
its boxes: personal data does not leave the worker. ``redact_job`` never raises a ``RedactError``: a
document that cannot be redacted comes back as a failed ``JobResult`` with its reason and message.

Both ``run`` and ``apply`` documents go through the one staged pipeline (``redact.pipeline``):
``run_document`` for a job without a selection, ``apply_document`` for one with. The per-document
time limit is not enforced here but by the executor: the batch passes ``job_seconds`` and
``remove_job_partials`` as ``Executor.run(seconds=..., on_abort=...)``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from redact.errors import InputError, RedactError
from redact.models import OcrPage, Result
from redact.pipeline.read import ReadOptions
from redact.pipeline.select import Chosen
from redact.rules import Rules

if TYPE_CHECKING:
    from redact.pdf.triage import Limits
    from redact.pipeline.document import DocumentReport

__all__ = ["Job", "JobResult", "Selection", "collect_names", "job_seconds", "prepare_worker", "redact_job",
           "remember_rules", "remove_job_partials", "rules_for"]


@dataclass(frozen=True, slots=True)
class Selection:
    """What a reviewer decided for one document (``apply``): the chosen boxes, what OCR read when it
    was proposed (with the mode and resolution of that reading), the proposed source's hash, and
    ``key``, which identifies the decisions (a changed review file redoes the document on resume)."""

    chosen: Chosen
    ocr: tuple[OcrPage, ...]
    ocr_mode: str
    ocr_dpi: int
    sha256: str
    key: str


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
    known_public: tuple[str, ...] = ()  # --consistent: public office holders identified elsewhere
    selection: Selection | None = None  # apply: the reviewer's decisions; run: None (every proposal)


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


def remember_rules(rules: Rules) -> None:
    """Make ``rules`` known to the work functions of this process (by ``rules.version``)."""
    _RULES[rules.version] = rules


def rules_for(version: str) -> Rules:
    """The rules this process was given under ``version`` (``prepare_worker`` or ``remember_rules``)."""
    return _RULES[version]


def prepare_worker(rules: Rules) -> None:
    """Worker setup: remember the rules and build the analyzer once for this process."""
    import gc

    # The imports and the analyzer's construction make ~110,000 long-lived objects: without the
    # collector walking them again and again meanwhile, start-up is shorter (one collection at the end).
    gc.disable()
    try:
        import pymupdf

        from redact.pipeline.detect import get_detector

        remember_rules(rules)
        get_detector(rules)
    finally:
        gc.enable()
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
    """One document through the pipeline plus its log rows. The work runs right here: the time limit
    (``job.limits.seconds``) is the executor's to enforce (the batch passes it as ``seconds=``)."""
    import pymupdf

    from redact.pipeline.report import log_rows

    rules = _RULES[job.rules_version]
    try:
        rep = _one_document(job, rules)
    except RedactError as e:
        reason = e.reason if isinstance(e, InputError) else type(e).__name__
        return JobResult(None, error=str(e), reason=reason, rss_mb=_rss_mb())
    finally:
        # MuPDF's cache of fonts and images: emptied between documents so a worker's memory stays flat
        pymupdf.TOOLS.store_shrink(100)
    res = rep.result
    rows = tuple(log_rows(job.relative, res.boxes, job.salt, res.side))
    blank = tuple(replace(b, text="") for b in res.boxes)
    side = tuple(replace(s, text="") for s in res.side)
    return JobResult(
        replace(res, boxes=blank, side=side), rows, rep.date, rep.words_left,
        dict(Counter(p.ground for p in rep.proposals)), rss_mb=_rss_mb(),
    )


def _options(job: Job) -> ReadOptions:
    """The job's read options: a selection's OCR mode and resolution are those of its proposal; the job's
    size and page limits, not its time limit (the executor's to enforce)."""
    limits = job.limits.untimed() if job.limits is not None else None
    sel = job.selection
    return ReadOptions(password=job.password, limits=limits, ocr=sel.ocr_mode if sel else job.ocr,
                       ocr_dpi=sel.ocr_dpi if sel else job.ocr_dpi)


def _one_document(job: Job, rules: Rules) -> DocumentReport:
    from redact.pipeline.document import apply_document, run_document

    sel = job.selection
    options = _options(job)
    if sel is None:
        return run_document(job.source, job.dst, rules=rules, options=options, verification=job.verification,
                            text_layer=job.text_layer, text_dst=job.text_dst, known_persons=job.known_persons,
                            known_public=job.known_public)
    return apply_document(job.source, job.dst, sel.chosen, rules=rules, options=options, ocr_pages=sel.ocr,
                          sha256=sel.sha256, verification=job.verification, text_layer=job.text_layer,
                          text_dst=job.text_dst)


def job_seconds(job: Job) -> float | None:
    """The job's time limit, for ``Executor.run(seconds=...)``."""
    return job.limits.seconds if job.limits is not None else None


def remove_job_partials(job: Job) -> None:
    """``Executor.run(on_abort=...)``: remove the temp files a worker killed mid-write left for this job."""
    from redact.files import remove_partials

    remove_partials(job.dst)
    if job.text_dst is not None:
        remove_partials(job.text_dst)


def collect_names(job: Job) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``--consistent``, pass 1: the names this document identifies (NAAM proposal texts) and the public
    office holders it names. Nothing is written; the names go back to the batch driver only, in memory
    (as confidential as a review file). A document that cannot be read contributes nothing here and
    fails in pass 2 with its error."""
    from redact.detect.resolve import resolve_persons
    from redact.pdf.text import PAGE_SEPARATOR
    from redact.pipeline.detect import get_detector
    from redact.pipeline.document import propose_document

    rules = _RULES[job.rules_version]
    try:
        plan = propose_document(job.source, rules=rules, options=_options(job))
    except RedactError:
        return (), ()
    names = tuple(p.text for p in plan.proposals if p.category == "NAAM" and not p.doubt)
    text = PAGE_SEPARATOR.join(p.text for p in plan.pages)
    public = resolve_persons(text, get_detector(rules).raw(text), rules)[1] if text.strip() else ()
    return names, public
