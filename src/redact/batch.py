"""Run the pipeline over many documents: discover, redact each through an executor, record, resume.

Guarantees:
- a failing document never stops the batch: its typed error goes to ``OUT/errors.csv`` (one row
  per failed document: document, reason, message) and a stale output of it is removed;
- outputs keep the input's relative path under OUT and are written atomically by the worker
  (temp file + rename); OUT never mixes with the inputs (see ``redact.inputs``);
- resumable: ``OUT/.redact/state.jsonl`` gets one line per finished document (input hash and size,
  rules version, output size, what the inventory needs), appended only after the document's output
  and log fragment are in place. A re-run skips documents whose source, rules and output are
  unchanged (``force`` redoes them); after an interruption (Ctrl-C, ``kill -9``) a re-run finds no
  partial file (leftover temp files are removed) and produces exactly the files an uninterrupted
  run would have produced (outputs are deterministic; batch-wide files are rebuilt in ID order);
- ``redaction-log.csv/.jsonl`` is append-safe across resumes: rebuilt at the start from the
  per-document fragments of finished documents, appended as documents finish, rewritten in ID
  order at the end — never a row twice, never a row of an unfinished document;
- ``inventarislijst.csv/.xlsx``: one row per finished document (``redact.inventory``);
- one batch per OUT at a time (a lock file); only the driver writes state and batch-wide files.
- the per-document work is ``redact.jobs.redact_job``, run by a ``redact.executor`` backend, which
  also enforces the per-document time limit (``limits.seconds``; not on Dask): an overrunning or
  crashing document fails with reason ``time-limit`` or ``worker-crashed``.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from redact.errors import UsageError
from redact.executor import TaskFailure, WorkerSetup, cpu_count, make_executor
from redact.inputs import Item, check_output_dir, discover, output_relative, read_list, sha256_file, sniff_pdf
from redact.jobs import Job, JobResult, collect_names, job_seconds, prepare_worker, redact_job, remove_job_partials
from redact.models import Result
from redact.rules import Rules, load_rules

__all__ = [
    "Item", "Job", "JobResult", "Outcome", "Summary", "check_output_dir", "cpu_count", "discover",
    "prepare_worker", "redact_job", "run_batch", "sniff_pdf",
]

if TYPE_CHECKING:
    from redact.pdf.triage import Limits

STATE_DIR = ".redact"
_PART = re.compile(r"^\..+\.part$")  # api.write_atomic's temp files


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
    """Progress reporting (``redact.console``): told the plan, then every document as it ends."""

    def started(self, total: int, todo: int, executor: str, workers: int) -> None: ...

    def advanced(self, outcome: Outcome) -> None: ...


# --- state ------------------------------------------------------------------------------------


def _state_path(out_dir: Path) -> Path:
    return out_dir / STATE_DIR / "state.jsonl"


def _load_state(out_dir: Path) -> dict[str, dict[str, Any]]:
    state: dict[str, dict[str, Any]] = {}
    path = _state_path(out_dir)
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                rec = json.loads(line)
                state[rec["relative"]] = rec
            except (ValueError, KeyError, TypeError):
                continue  # a torn last line after a crash: that document is simply redone
    return state


def _append_line(path: Path, text: str) -> None:
    """Append with one write. No fsync: what it records is also derivable (a lost or torn line after
    an OS crash means the document is redone or the log rebuilt), and outputs are fsynced."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)  # internal log: owner only
    with os.fdopen(fd, "a", encoding="utf-8") as fh:
        fh.write(text)


def _size(path: Path) -> int:
    """The file's size, or -1 when it cannot be seen (the record then never matches: redone)."""
    try:
        return path.stat().st_size
    except OSError:
        return -1


def _fragment_path(out_dir: Path, relative: str) -> Path:
    import hashlib

    key = hashlib.sha256(relative.encode()).hexdigest()[:24]
    return out_dir / STATE_DIR / "logs" / f"{key}.jsonl"


def _reusable(prev: dict[str, Any] | None, item: Item, dst: Path, out_dir: Path, rules: Rules,
              write_text: bool) -> bool:
    """A previous run's result still holds: same source, same rules, output and fragment intact."""
    try:
        if not prev or prev.get("rules") != rules.version:
            return False
        if (item.source.stat().st_size != prev.get("source_size")
                or dst.stat().st_size != prev.get("output_size")):
            return False
        if write_text and not (prev.get("text") and dst.with_suffix(".txt").is_file()):
            return False
        if not _fragment_path(out_dir, item.relative.as_posix()).is_file():
            return False
    except OSError:
        return False
    return bool(prev.get("sha256")) and sha256_file(item.source) == prev["sha256"]


def _skipped(item: Item, prev: dict[str, Any]) -> Outcome:
    return Outcome(
        item, "skipped", pages=int(prev["pages"]), boxes=int(prev["boxes"]), counts=dict(prev["counts"]),
        grounds=tuple(prev["grounds"]), ground_counts=dict(prev["ground_counts"]), date=str(prev["date"]),
        assessment=str(prev["assessment"]),
    )


@contextmanager
def _exclusive(out_dir: Path) -> Iterator[None]:
    """One batch per OUT at a time (advisory lock; where the OS has ``fcntl``).

    A POSIX record lock (``lockf``), not ``flock``: it belongs to this process alone, so a forked
    time-limited child (``redact.deadline``) that outlives a killed run does not keep OUT locked."""
    lock = out_dir / STATE_DIR / "lock"
    lock.parent.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on POSIX
        yield
        return
    with lock.open("a") as fh:
        try:
            fcntl.lockf(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            raise UsageError(
                f"another redact run is writing to {out_dir}; wait for it or choose another -o") from e
        try:
            yield
        finally:
            fcntl.lockf(fh.fileno(), fcntl.LOCK_UN)


def _remove_temp_files(out_dir: Path) -> None:
    """Temp files of writes that an interrupted run never finished (never a finished file)."""
    for dirpath, _, filenames in os.walk(out_dir):
        for name in filenames:
            if _PART.match(name):
                Path(dirpath, name).unlink(missing_ok=True)


# --- the batch --------------------------------------------------------------------------------


def run_batch(
    inputs: Sequence[str | Path], out_dir: Path, *, rules: Rules | None = None, write_text: bool = False,
    force: bool = False, password: str | None = None, progress: Callable[[Outcome], None] | None = None,
    jobs: int = 1, executor: str = "auto", scheduler: str | None = None, from_list: Path | None = None,
    allow_nested_output: bool = False, observer: Observer | None = None,
    verification: str = "basic", limits: Limits | None = None,
    ocr: str = "auto", ocr_dpi: int = 300, text_layer: bool = True, consistent: bool = False,
) -> Summary:
    """Redact every input document into ``out_dir``; write the log, the inventory and ``errors.csv``.

    ``jobs``/``executor``/``scheduler`` choose the executor (``redact.executor.make_executor``);
    ``progress`` is called with every outcome, ``observer`` is told the plan too. ``verification``,
    ``limits`` (sizes and the per-document time limit), ``ocr``/``ocr_dpi``/``text_layer`` are passed to
    every document (see ``redact.jobs``). ``consistent``: two passes — names identified in any document
    being processed are proposed in all of them (``redact.detect.consistent``); with ``force`` that is
    the whole batch, otherwise the documents not yet finished.
    """
    from redact import report
    from redact.inventory import assess

    rules = rules or load_rules()
    out_dir = Path(out_dir)
    sources = [*inputs, *(read_list(from_list) if from_list is not None else [])]
    if not sources:
        raise UsageError("no inputs: give PDF files or folders, or --from-list FILE")
    check_output_dir(sources, out_dir, allow_nested=allow_nested_output)
    items = discover(sources, exclude=out_dir)
    if not items:
        raise UsageError("no PDF documents found in the inputs")
    out_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    with _exclusive(out_dir):
        _remove_temp_files(out_dir)
        state = _load_state(out_dir)
        salt = report.load_salt(out_dir)
        outcomes: dict[int, Outcome] = {}
        todo: list[Job] = []
        for item in items:
            key = item.relative.as_posix()
            dst = out_dir / output_relative(item)
            prev = state.get(key)
            if not force and prev is not None and _reusable(prev, item, dst, out_dir, rules, write_text):
                try:
                    outcomes[item.number] = _skipped(item, prev)
                    continue
                except (KeyError, ValueError, TypeError):
                    pass  # a record from another version of redact: redo the document
            text_dst = dst.with_suffix(".txt") if write_text else None
            todo.append(Job(item.number, item.source, key, dst, text_dst, rules.version, password, salt,
                            verification=verification, limits=limits, ocr=ocr, ocr_dpi=ocr_dpi,
                            text_layer=text_layer))
        by_number = {item.number: item for item in items}
        if todo:  # the log of the finished documents, to append the new ones to (else written at the end)
            _rebuild_log(out_dir, [by_number[n] for n in sorted(outcomes)])
        kind, workers = executor, 1
        if todo:
            ex = make_executor(executor, jobs=min(max(1, jobs), len(todo)), scheduler=scheduler,
                               setup=WorkerSetup(prepare_worker, (rules,)),
                               time_limited=bool(limits is not None and limits.seconds))
            kind, workers = ex.kind, ex.workers
        if observer:
            observer.started(len(items), len(todo), kind, workers)
        for o in (outcomes[n] for n in sorted(outcomes)):
            _notify(o, progress, observer)
        if todo:
            with ex:
                if consistent:
                    from dataclasses import replace as _replace

                    from redact.detect.consistent import batch_persons

                    found = ex.run(collect_names, todo, seconds=job_seconds)
                    names = [n for _, got in found if isinstance(got, tuple) for n in got]
                    persons = batch_persons(names)
                    todo = [_replace(job, known_persons=persons) for job in todo]
                for job, res in ex.run(redact_job, todo, seconds=job_seconds, on_abort=remove_job_partials):
                    o = _record(out_dir, by_number[job.number], job, res, rules, write_text, assess)
                    outcomes[job.number] = o
                    _notify(o, progress, observer)
        ordered = [outcomes[item.number] for item in items]
        _write_batch_files(out_dir, ordered, rules)
        _compact_state(out_dir)
    return Summary(ordered, time.perf_counter() - t0, kind, workers)


def _notify(o: Outcome, progress: Callable[[Outcome], None] | None, observer: Observer | None) -> None:
    if progress:
        progress(o)
    if observer:
        observer.advanced(o)


def _record(out_dir: Path, item: Item, job: Job, res: JobResult | TaskFailure, rules: Rules, write_text: bool,
            assess: Callable[[int, int], Any]) -> Outcome:
    """Commit one finished document: fragment, state line, log rows (in that order)."""
    from redact.api import write_atomic
    from redact.inventory import order_grounds

    if isinstance(res, TaskFailure) or res.result is None:
        for stale in (job.dst, job.dst.with_suffix(".txt")):
            if stale.resolve() != item.source.resolve():  # never an input (OUT may hold one if allowed)
                stale.unlink(missing_ok=True)
        if isinstance(res, TaskFailure):
            error, reason = _failure_message(item, res)
            return Outcome(item, "failed", error=error, reason=reason)
        return Outcome(item, "failed", error=res.error, reason=res.reason, rss_mb=res.rss_mb)
    r = res.result
    grounds = order_grounds(res.ground_counts, rules)
    redactions = sum(r.counts.values())
    assessment = assess(redactions, res.words_left).value
    body = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in res.rows)
    write_atomic(_fragment_path(out_dir, job.relative), body.encode("utf-8"), mode=0o600)
    rec = {
        "relative": job.relative, "id": job.number, "sha256": r.source_sha256,
        "source_size": _size(item.source), "rules": rules.version, "output": str(job.dst),
        "output_size": _size(job.dst), "text": write_text, "pages": r.pages, "boxes": len(r.boxes),
        "counts": r.counts, "grounds": list(grounds), "ground_counts": res.ground_counts, "date": res.date,
        "assessment": assessment,
    }
    _append_line(_state_path(out_dir), json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
    _append_log(out_dir, res.rows)
    return Outcome(item, "ok", result=r, pages=r.pages, boxes=len(r.boxes), counts=dict(r.counts),
                   grounds=grounds, ground_counts=dict(res.ground_counts), date=res.date,
                   assessment=assessment, rss_mb=res.rss_mb)


def _failure_message(item: Item, failure: TaskFailure) -> tuple[str, str]:
    """errors.csv's message and reason for a document the executor stopped or lost: the same as the typed
    error a time-limited child used to raise (``TimeLimitError``, ``WorkerCrashError``)."""
    from redact.errors import InputError, TimeLimitError, WorkerCrashError

    err: InputError
    if failure.reason == "time-limit":
        err = TimeLimitError(item.source, failure.detail)
    elif failure.reason == "worker-crashed":
        err = WorkerCrashError(item.source, failure.detail)
    else:
        return f"{item.source}: {failure.reason} ({failure.detail}); please report this document", failure.reason
    return str(err), err.reason


def _fragment_rows(out_dir: Path, items: Sequence[Item]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for item in items:
        frag = _fragment_path(out_dir, item.relative.as_posix())
        if frag.is_file():
            rows.extend(json.loads(line) for line in frag.read_text(encoding="utf-8").splitlines() if line)
    return rows


def _rebuild_log(out_dir: Path, done: Sequence[Item]) -> None:
    from redact.report import write_log

    write_log(out_dir, _fragment_rows(out_dir, done))


def _append_log(out_dir: Path, rows: Sequence[dict[str, str]]) -> None:
    import csv
    import io

    from redact.report import LOG_COLUMNS

    if not rows:
        return
    buf = io.StringIO()
    csv.DictWriter(buf, fieldnames=LOG_COLUMNS, lineterminator="\n").writerows(rows)
    _append_line(out_dir / "redaction-log.csv", buf.getvalue())
    jsonl = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    _append_line(out_dir / "redaction-log.jsonl", jsonl)


def _compact_state(out_dir: Path) -> None:
    from redact.api import write_if_changed

    state = _load_state(out_dir)
    body = "".join(json.dumps(state[k], ensure_ascii=False, sort_keys=True) + "\n" for k in sorted(state))
    write_if_changed(_state_path(out_dir), body.encode("utf-8"), mode=0o600)


def _write_batch_files(out_dir: Path, outcomes: Sequence[Outcome], rules: Rules) -> None:
    import csv
    import io

    from redact.api import write_if_changed
    from redact.inventory import Assessment, InventoryRow, explanation, write_inventory
    from redact.report import write_log

    finished = [o for o in outcomes if o.status != "failed"]
    write_log(out_dir, _fragment_rows(out_dir, [o.item for o in finished]))
    rows = []
    for o in finished:
        a = Assessment(o.assessment)
        rows.append(InventoryRow(o.item.number, o.item.relative.name, o.date, a, o.grounds,
                                 explanation(a, o.grounds, rules), o.pages, o.redactions))
    write_inventory(out_dir, rows)
    err = io.StringIO()
    ew = csv.writer(err, lineterminator="\n")
    ew.writerow(["document", "reden", "melding"])
    for o in outcomes:
        if o.status == "failed":
            ew.writerow([o.item.relative.as_posix(), o.reason, o.error])
    write_if_changed(out_dir / "errors.csv", err.getvalue().encode("utf-8"))
