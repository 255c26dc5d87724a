"""Run the pipeline over many documents: redact each through an executor, record, resume.

Two entries, one driver: ``run_batch`` (``redact run``: documents discovered in the inputs, every
proposal selected) and ``drive`` (any list of documents with their jobs; ``redact apply`` gives each
document the reviewer's selection, see ``redact.review.flow``). Both get the same executors, time
limits, resume, log fragments, inventory and ``errors.csv``.

Guarantees:
- a failing document never stops the batch: its typed error goes to ``OUT/errors.csv`` (one row
  per failed document: document, reason, message) and a stale output of it is removed;
- outputs keep the input's relative path under OUT and are written atomically by the worker
  (temp file + rename); OUT never mixes with the inputs (see ``redact.batch.inputs``);
- resumable (``redact.batch.state``): a re-run skips documents whose source, rules, selection and
  output are unchanged (``force`` redoes them); after an interruption (Ctrl-C, ``kill -9``) a re-run
  finds no partial file and produces exactly the files an uninterrupted run would have produced
  (outputs are deterministic; batch-wide files are rebuilt in ID order);
- ``redaction-log.csv/.jsonl`` is append-safe across resumes: rebuilt at the start from the
  per-document fragments of finished documents, appended as documents finish, rewritten in ID
  order at the end — never a row twice, never a row of an unfinished document;
- ``inventarislijst.csv/.xlsx``: one row per finished document (``redact.batch.inventory``), with its
  date and its assessment (``Openbaar``, ``Deels openbaar``, ``Niet openbaar``);
- one batch per OUT at a time (a lock file); only the driver writes state and batch-wide files;
- the per-document work is ``redact.batch.tasks.redact_job``, run by a ``redact.execution`` backend,
  which also enforces the per-document time limit (``limits.seconds``; not on Dask): an overrunning or
  crashing document fails with reason ``time-limit`` or ``worker-crashed``.
"""

from __future__ import annotations

import csv
import io
import json
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from dataclasses import replace as _replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import redact.batch.state as st
from redact.batch.inputs import Item, check_output_dir, discover, output_relative, read_list
from redact.batch.inventory import Assessment, InventoryRow, assess, explanation, order_grounds, write_inventory
from redact.batch.tasks import (
    Job,
    JobResult,
    collect_names,
    job_seconds,
    prepare_worker,
    redact_job,
    remove_job_partials,
)
from redact.errors import UsageError
from redact.execution import Executor, TaskFailure, WorkerSetup, make_executor
from redact.files import append_line, write_atomic, write_if_changed
from redact.models import Result
from redact.pipeline.report import load_salt, write_log
from redact.rules import Rules, load_rules

if TYPE_CHECKING:
    from redact.pdf.triage import Limits

__all__ = ["Observer", "Outcome", "Summary", "drive", "run_batch"]


@dataclass(slots=True)
class Outcome:
    item: Item
    status: str  # "ok" | "failed" | "skipped"
    result: Result | None = None
    error: str = ""
    reason: str = ""
    pages: int = 0
    boxes: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # redactions per category
    grounds: tuple[str, ...] = ()
    ground_counts: dict[str, int] = field(default_factory=dict)  # redactions per ground
    date: str = ""
    assessment: str = ""
    rss_mb: float = 0.0  # peak RSS of the worker that did it

    @property
    def redactions(self) -> int:
        return sum(self.counts.values())


@dataclass(slots=True)
class Summary:
    outcomes: list[Outcome]  # in ID order
    seconds: float
    executor: str = "serial"
    workers: int = 1
    ignored: int = 0  # files a .redactignore left out

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def pages(self) -> int:
        return sum(o.pages for o in self.outcomes if o.status != "failed")

    @property
    def pages_done(self) -> int:
        """Pages processed by this run (skipped documents not counted)."""
        return sum(o.pages for o in self.outcomes if o.status == "ok")

    def per_category(self) -> Counter[str]:
        c: Counter[str] = Counter()
        for o in self.outcomes:
            c.update(o.counts)
        return c

    def per_ground(self) -> Counter[str]:
        c: Counter[str] = Counter()
        for o in self.outcomes:
            c.update(o.ground_counts)
        return c

    @property
    def peak_rss_mb(self) -> float:
        return max((o.rss_mb for o in self.outcomes), default=0.0)


class Observer(Protocol):
    """Progress reporting (``redact.cli.console``): told of conversions, the plan, then every document as
    it ends."""

    def converting(self, files: int) -> None: ...

    def started(self, total: int, todo: int, executor: str, workers: int) -> None: ...

    def advanced(self, outcome: Outcome) -> None: ...


@dataclass(frozen=True, slots=True)
class Execution:
    """How the documents run: executor kind, jobs, Dask scheduler, and whether a time limit applies."""

    executor: str = "auto"
    jobs: int = 1
    scheduler: str | None = None
    time_limited: bool = False


def run_batch(
    inputs: Sequence[str | Path], out_dir: Path, *, rules: Rules | None = None, write_text: bool = False,
    force: bool = False, password: str | None = None, progress: Callable[[Outcome], None] | None = None,
    jobs: int = 1, executor: str = "auto", scheduler: str | None = None, from_list: Path | None = None,
    allow_nested_output: bool = False, observer: Observer | None = None,
    verification: str = "basic", limits: Limits | None = None,
    ocr: str = "auto", ocr_dpi: int = 300, text_layer: bool = True, consistent: bool = False,
) -> Summary:
    """Redact every input document into ``out_dir``; write the log, the inventory and ``errors.csv``.

    ``jobs``/``executor``/``scheduler`` choose the executor (``redact.execution.make_executor``);
    ``progress`` is called with every outcome, ``observer`` is told the plan too. ``verification``,
    ``limits`` (sizes and the per-document time limit), ``ocr``/``ocr_dpi``/``text_layer`` are passed to
    every document (see ``redact.batch.tasks``). ``consistent``: two passes — names identified in any
    document being processed are proposed in all of them (``redact.detect.consistent``); with ``force``
    that is the whole batch, otherwise the documents not yet finished.
    """
    rules = rules or load_rules()
    out_dir = Path(out_dir)
    sources = [*inputs, *(read_list(from_list) if from_list is not None else [])]
    if not sources:
        raise UsageError("no inputs: give PDF files or folders, or --from-list FILE")
    check_output_dir(sources, out_dir, allow_nested=allow_nested_output)
    left_out: list[Path] = []
    items = discover(sources, exclude=out_dir, ignored=left_out)
    if not items:
        raise UsageError("no documents found in the inputs" + (
            f" ({len(left_out)} file(s) left out by .redactignore)" if left_out else ""))

    def job(item: Item, dst: Path, salt: bytes) -> Job:
        return Job(item.number, item.source, output_relative(item).as_posix(), dst,
                   dst.with_suffix(".txt") if write_text else None, rules.version, password, salt,
                   verification=verification, limits=limits, ocr=ocr, ocr_dpi=ocr_dpi, text_layer=text_layer)

    how = Execution(executor, jobs, scheduler, bool(limits is not None and limits.seconds))
    seconds = limits.seconds if limits is not None else None
    summary = drive(items, out_dir, job, rules=rules, how=how, write_text=write_text, force=force,
                    progress=progress, observer=observer, consistent=consistent, convert=True,
                    convert_seconds=seconds)
    summary.ignored = len(left_out)
    return summary


class _Executor:
    """The batch's one executor, made when first needed (conversions, then documents) and closed at the end."""

    def __init__(self, how: Execution, rules: Rules) -> None:
        self.how, self.rules = how, rules
        self.ex: Executor[Any, Any] | None = None

    def get(self, tasks: int) -> Executor[Any, Any]:
        if self.ex is None:
            self.ex = make_executor(self.how.executor, jobs=min(max(1, self.how.jobs), max(1, tasks)),
                                    scheduler=self.how.scheduler, setup=WorkerSetup(prepare_worker, (self.rules,)),
                                    time_limited=self.how.time_limited)
        return self.ex

    def close(self) -> None:
        if self.ex is not None:
            self.ex.close()


def _converted(items: Sequence[Item], out_dir: Path, rules: Rules, ex: _Executor, seconds: float | None,
               observer: Observer | None) -> list[Item]:
    """``items`` with every file that is not a PDF converted (in the workers) and followed by its
    attachments (``redact.batch.dossier``)."""
    from redact.batch.dossier import ConvertTask, Node, convert_job, expand, needs_conversion

    tasks = [ConvertTask(item.number, item.source, out_dir / st.STATE_DIR / "converted",
                         out_dir / st.STATE_DIR / "convert-cache", rules.version)
             for item in items if needs_conversion(item.source)]
    if not tasks:
        return list(items)
    if observer:
        observer.converting(len(tasks))
    nodes: dict[int, Node] = {}
    for task, res in ex.get(len(items)).run(convert_job, tasks, seconds=lambda _t: seconds):
        if isinstance(res, TaskFailure):
            what = "took too long to convert" if res.reason == "time-limit" else "stopped its converter"
            res = Node(None, "unknown", failure=(f"{task.source}: {what} ({res.detail})", res.reason))
        nodes[task.number] = res
    return expand(items, nodes)


def drive(items: Sequence[Item], out_dir: Path, make_job: Callable[[Item, Path, bytes], Job], *, rules: Rules,
          how: Execution = Execution(), write_text: bool = False, force: bool = False,
          progress: Callable[[Outcome], None] | None = None, observer: Observer | None = None,
          consistent: bool = False, convert: bool = False, convert_seconds: float | None = None) -> Summary:
    """Redact ``items`` into ``out_dir`` with the job ``make_job(item, dst, salt)`` gives each, recording,
    resuming and writing the batch-wide files (see the module's guarantees). ``convert``: items that are
    not PDFs are converted first (with their attachments, in the workers; ``convert_seconds`` per file)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    with st.exclusive(out_dir):
        pool = _Executor(how, rules)
        try:
            return _drive(items, out_dir, make_job, rules=rules, pool=pool, write_text=write_text, force=force,
                          progress=progress, observer=observer, consistent=consistent, t0=t0,
                          convert=convert, convert_seconds=convert_seconds)
        finally:
            pool.close()


def _drive(items: Sequence[Item], out_dir: Path, make_job: Callable[[Item, Path, bytes], Job], *, rules: Rules,
           pool: _Executor, write_text: bool, force: bool, progress: Callable[[Outcome], None] | None,
           observer: Observer | None, consistent: bool, t0: float, convert: bool,
           convert_seconds: float | None) -> Summary:
    st.remove_temp_files(out_dir)
    state = st.load_state(out_dir)
    salt = load_salt(out_dir)
    if convert:
        items = _converted(items, out_dir, rules, pool, convert_seconds, observer)
    outcomes: dict[int, Outcome] = {}
    todo: list[Job] = []
    for item in items:
        dst = out_dir / output_relative(item)
        if item.failure is not None:  # a file that could not be converted: reported, never skipped silently
            _remove_stale(item, dst)
            outcomes[item.number] = Outcome(item, "failed", error=item.failure[0], reason=item.failure[1])
            continue
        job = make_job(item, dst, salt)
        prev = state.get(job.relative)
        selection = job.selection.key if job.selection is not None else ""
        if not force and st.reusable(prev, item.source, job.relative, dst, out_dir, rules.version, selection,
                                     write_text):
            try:
                assert prev is not None
                outcomes[item.number] = _skipped(item, prev)
                continue
            except (KeyError, ValueError, TypeError):
                pass  # a record from another version of redact: redo the document
        todo.append(job)
    if len(todo) > 1 and pool.how.jobs > 1:
        # the largest files first, so that no long document starts last while the other workers idle
        # (the logs and the inventory are written in ID order whatever the order of completion)
        todo.sort(key=lambda j: -st.size(j.source))
    by_number = {item.number: item for item in items}
    if todo:  # the log of the finished documents, to append the new ones to (else written at the end)
        st.rebuild_log(out_dir, [by_number[n].relative.as_posix() for n in sorted(outcomes)])
    kind, workers = pool.how.executor, 1
    if todo:
        ex = pool.get(len(todo))
        kind, workers = ex.kind, ex.workers
    if observer:  # documents that failed conversion are reported now, with the ones to do
        observer.started(len(items), len(todo) + sum(item.failure is not None for item in items), kind, workers)
    for o in (outcomes[n] for n in sorted(outcomes)):
        _notify(o, progress, observer)
    if todo:
        if consistent:
            from redact.detect.consistent import batch_persons

            found = [got for _, got in ex.run(collect_names, todo, seconds=job_seconds)
                     if isinstance(got, tuple) and len(got) == 2]
            public = batch_persons([n for _, pub in found for n in pub])
            persons = tuple(n for n in batch_persons([n for names, _ in found for n in names]) if n not in public)
            todo = [_replace(job, known_persons=persons, known_public=public) for job in todo]
        for job, res in ex.run(redact_job, todo, seconds=job_seconds, on_abort=remove_job_partials):
            o = _record(out_dir, by_number[job.number], job, res, rules, write_text)
            outcomes[job.number] = o
            _notify(o, progress, observer)
    ordered = [outcomes[item.number] for item in items]
    _write_batch_files(out_dir, ordered, rules)
    st.compact_state(out_dir)
    return Summary(ordered, time.perf_counter() - t0, kind, workers)


def _skipped(item: Item, prev: dict[str, Any]) -> Outcome:
    return Outcome(
        item, "skipped", pages=int(prev["pages"]), boxes=int(prev["boxes"]), counts=dict(prev["counts"]),
        grounds=tuple(prev["grounds"]), ground_counts=dict(prev["ground_counts"]), date=str(prev["date"]),
        assessment=str(prev["assessment"]),
    )


def _notify(o: Outcome, progress: Callable[[Outcome], None] | None, observer: Observer | None) -> None:
    if progress:
        progress(o)
    if observer:
        observer.advanced(o)


def _remove_stale(item: Item, dst: Path) -> None:
    """A failed document's output (and text) of an earlier run is removed; never an input."""
    for stale in (dst, dst.with_suffix(".txt")):
        if stale.resolve() not in (item.source.resolve(), (item.origin or item.source).resolve()):
            stale.unlink(missing_ok=True)


def _record(out_dir: Path, item: Item, job: Job, res: JobResult | TaskFailure, rules: Rules,
            write_text: bool) -> Outcome:
    """Commit one finished document: fragment, state line, log rows (in that order)."""
    if isinstance(res, TaskFailure) or res.result is None:
        _remove_stale(item, job.dst)
        if isinstance(res, TaskFailure):
            error, reason = _failure_message(item, res)
            return Outcome(item, "failed", error=error, reason=reason)
        # a converted document's errors name the file it came from, not its PDF in OUT/.redact
        error = res.error.replace(str(item.source), str(item.label)) if item.origin is not None else res.error
        return Outcome(item, "failed", error=error, reason=res.reason, rss_mb=res.rss_mb)
    r = res.result
    if item.warnings:
        r = _replace(r, warnings=(*item.warnings, *r.warnings))
    grounds = order_grounds(res.ground_counts, rules)
    assessment = assess(sum(r.counts.values()), res.words_left).value
    rows = (*res.rows, *_renamed_rows(item, job, rules))
    body = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")
    # no fsync (it stalled the driver ≈ 10 ms a document): the record holds the fragment's size, and a
    # fragment that an OS crash left short is not trusted (``state.reusable``: the document is redone)
    write_atomic(st.fragment_path(out_dir, job.relative), body, mode=0o600, durable=False)
    rec = {
        "relative": job.relative, "id": job.number, "sha256": r.source_sha256,
        "source_size": st.size(item.source), "rules": rules.version, "output": str(job.dst),
        "selection": job.selection.key if job.selection is not None else "",
        "output_size": st.size(job.dst), "text": write_text, "pages": r.pages, "boxes": len(r.boxes),
        "counts": r.counts, "grounds": list(grounds), "ground_counts": res.ground_counts, "date": res.date,
        "assessment": assessment, "fragment_size": len(body),
    }
    append_line(st.state_path(out_dir), json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
    st.append_log(out_dir, rows)
    return Outcome(item, "ok", result=r, pages=r.pages, boxes=len(r.boxes), counts=dict(r.counts),
                   grounds=grounds, ground_counts=dict(res.ground_counts), date=res.date,
                   assessment=assessment, rss_mb=res.rss_mb)


def _failure_message(item: Item, failure: TaskFailure) -> tuple[str, str]:
    """errors.csv's message and reason for a document the executor stopped or lost: the same as the typed
    error a time-limited child raises (``TimeLimitError``, ``WorkerCrashError``)."""
    from redact.errors import InputError, TimeLimitError, WorkerCrashError

    err: InputError
    if failure.reason == "time-limit":
        err = TimeLimitError(item.label, failure.detail)
    elif failure.reason == "worker-crashed":
        err = WorkerCrashError(item.label, failure.detail)
    else:
        return f"{item.label}: {failure.reason} ({failure.detail}); please report this document", failure.reason
    return str(err), err.reason


def _renamed_rows(item: Item, job: Job, rules: Rules) -> list[dict[str, str]]:
    """The log row of an attachment whose file name held personal data and was replaced by a neutral one
    (no page, no box; the original name only as its salted hash)."""
    if not item.renamed:
        return []
    from redact.pipeline.report import LOG_COLUMNS, text_hash

    ground = rules.ground_for("NAAM")
    row = dict.fromkeys(LOG_COLUMNS, "")
    row.update({"document": job.relative, "categorie": "NAAM", "grond": ground.code,
                "toelichting": ground.justification, "detector": "bestandsnaam", "besluit": "goedgekeurd",
                "teksthash": text_hash(job.salt, item.renamed)})
    return [row]


def _write_batch_files(out_dir: Path, outcomes: Sequence[Outcome], rules: Rules) -> None:
    finished = [o for o in outcomes if o.status != "failed"]
    write_log(out_dir, st.fragment_rows(out_dir, [o.item.relative.as_posix() for o in finished]))
    rows = []
    for o in finished:
        a = Assessment(o.assessment)
        rows.append(InventoryRow(o.item.number, output_relative(o.item).name, o.date, a, o.grounds,
                                 explanation(a, o.grounds, rules), o.pages, o.redactions, o.item.parent))
    write_inventory(out_dir, rows)
    err = io.StringIO()
    ew = csv.writer(err, lineterminator="\n")
    ew.writerow(["document", "reden", "melding"])
    for o in outcomes:
        if o.status == "failed":
            ew.writerow([o.item.relative.as_posix(), o.reason, o.error])
    write_if_changed(out_dir / "errors.csv", err.getvalue().encode("utf-8"))
