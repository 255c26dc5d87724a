"""Terminal output for the CLI (rich): batch progress, per-document lines, the summary, finding tables.

Progress and summary lines never show the text of a finding; only ``print_plan`` (``redact inspect``)
does, because showing it is that command's purpose.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from rich.columns import Columns
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

if TYPE_CHECKING:
    from collections.abc import Sequence

    from redact.api import Plan
    from redact.batch import Outcome, Summary
    from redact.review.persons import Person

_out = Console(highlight=False)
_err = Console(stderr=True, highlight=False)


def print_outcome(o: Outcome) -> None:
    name = o.item.relative.as_posix()
    if o.status == "ok":
        assert o.result is not None
        _out.print(f"[green]ok[/]      {name}: {o.pages} p., {o.boxes} box(es), "
                   f"{o.result.seconds:.2f} s")
        for w in o.result.warnings:
            _out.print(f"        [yellow]warning[/]: {w}")
    elif o.status == "skipped":
        _out.print(f"[dim]skipped[/] {name}: already done (unchanged source and rules)")
    else:
        _err.print(f"[red]failed[/]  {o.error}")


def print_summary(s: Summary, out_dir: Path) -> None:
    """The end-of-batch report: documents, pages, speed, redactions per category and ground, files."""
    t = Table(title="redact run", show_header=True)
    for col in ("documents ok", "failed", "skipped", "pages", "pages/s", "seconds"):
        t.add_column(col, justify="right")
    rate = s.pages_done / s.seconds if s.seconds else 0.0
    t.add_row(str(s.count("ok")), str(s.count("failed")), str(s.count("skipped")), str(s.pages),
              f"{rate:.1f}", f"{s.seconds:.1f}")
    _out.print(t)
    cats, grounds = s.per_category(), s.per_ground()
    if cats:
        c = Table(show_header=True)
        c.add_column("category")
        c.add_column("redactions", justify="right")
        for k, v in sorted(cats.items()):
            c.add_row(k, str(v))
        g = Table(show_header=True)
        g.add_column("ground")
        g.add_column("redactions", justify="right")
        for k, v in sorted(grounds.items()):
            g.add_row(k, str(v))
        _out.print(Columns([c, g]))
    if s.count("ok") or s.count("failed"):
        workers = f"{s.executor}, {s.workers} worker(s)"
        if s.peak_rss_mb:
            workers += f", peak memory per worker {s.peak_rss_mb:.0f} MB"
        _out.print(f"Executor: {workers}")
    _out.print(f"Output in {out_dir}/ (inventarislijst.xlsx/.csv, redaction-log.csv/.jsonl, errors.csv)")
    if s.ignored:
        _out.print(f"{s.ignored} file(s) left out: listed in a .redactignore of the inputs")
    if s.count("failed"):
        _err.print(f"[red]{s.count('failed')} document(s) failed[/]: see {out_dir / 'errors.csv'}")


class BatchProgress:
    """Progress of ``redact run`` on stderr (``redact.batch.Observer``).

    On a terminal: a rich progress bar (documents, pages, pages/s, elapsed, ETA) with failures and
    warnings printed above it. Otherwise (a log file, CI): a plain line every ``interval`` seconds
    and one at the end. ``quiet``: nothing. Lines name documents and reasons, never found text.
    """

    def __init__(self, *, quiet: bool = False, interval: float = 10.0,
                 console: Console | None = None) -> None:
        self.quiet = quiet
        self.console = console or _err
        self.interval = interval
        self.bar: Progress | None = None
        self.task: TaskID | None = None
        self.total = self.todo = self.done = self.failed = self.pages = self.shown = 0
        self.t0 = self.last = time.monotonic()

    def __enter__(self) -> BatchProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None
        elif not self.quiet and self.todo and self.done and self.done != self.shown:
            self._line()

    def converting(self, files: int) -> None:
        if not self.quiet:
            self.console.print(f"converting {files} file(s) to PDF (e-mails with their attachments, Office "
                               "files, images) …", highlight=False, soft_wrap=True)

    def started(self, total: int, todo: int, executor: str, workers: int) -> None:
        self.total, self.todo = total, todo
        self.t0 = self.last = time.monotonic()
        if self.quiet:
            return
        plan = f"{total} document(s): {todo} to do, {total - todo} already done"
        if todo:
            plan += f"; {executor}, {workers} worker(s)"
        self.console.print(plan, highlight=False, soft_wrap=True)
        if self.console.is_terminal and todo:
            self.bar = Progress(
                TextColumn("[bold]redact[/]"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[pages]} p."), TextColumn("{task.fields[rate]:.1f} p./s"),
                TextColumn("{task.fields[failed]}"), TimeElapsedColumn(), TextColumn("ETA"),
                TimeRemainingColumn(), console=self.console, transient=False,
            )
            self.task = self.bar.add_task("run", total=todo, pages=0, rate=0.0, failed="")
            self.bar.start()

    def advanced(self, o: Outcome) -> None:
        if o.status == "skipped":
            return
        self.done += 1
        self.pages += o.pages
        if o.status == "failed":
            self.failed += 1
        if self.quiet:
            return
        name = o.item.relative.as_posix()
        if o.status == "failed":
            self.console.print(f"[red]failed[/]  {o.error}", highlight=False, soft_wrap=True)
        elif o.result is not None:
            for w in o.result.warnings:
                self.console.print(f"[yellow]warning[/] {name}: {w}", highlight=False, soft_wrap=True)
        now = time.monotonic()
        if self.bar is not None and self.task is not None:
            rate = self.pages / max(now - self.t0, 1e-9)
            failed = f"[red]{self.failed} failed[/]" if self.failed else ""
            self.bar.update(self.task, advance=1, pages=self.pages, rate=rate, failed=failed)
        elif now - self.last >= self.interval:
            self._line()

    def _line(self) -> None:
        now = time.monotonic()
        self.last, self.shown = now, self.done
        elapsed = now - self.t0
        rate = self.pages / elapsed if elapsed else 0.0
        eta = elapsed / self.done * (self.todo - self.done) if self.done else 0.0
        self.console.print(
            f"[{elapsed:7.1f} s] {self.done}/{self.todo} documents ({self.failed} failed), "
            f"{self.pages} pages, {rate:.1f} pages/s, ETA {int(eta) // 60}:{int(eta) % 60:02d}",
            highlight=False, markup=False, soft_wrap=True,
        )


def print_plan(plan: Plan) -> None:
    t = Table(title=f"{plan.source.name}: {len(plan.proposals)} finding(s) on {plan.page_count} page(s)")
    for col in ("page", "category", "ground", "score", "detector", "text", "evidence"):
        t.add_column(col)
    for p in plan.proposals:
        t.add_row(str(p.page + 1), p.category, p.ground, f"{p.score:.2f}", p.recognizer,
                  " ".join(p.text.split()), ", ".join(p.evidence))
    for sr in plan.side:  # outside the pages: the place instead of a page (redacted automatically)
        t.add_row(sr.place, sr.category, sr.ground, f"{sr.score:.2f}", sr.recognizer,
                  " ".join(sr.text.split()), ", ".join(sr.evidence))
    _out.print(t)
    for w in plan.warnings:
        _err.print(f"[yellow]warning[/]: {w}")


def print_persons(people: Sequence[Person]) -> None:
    """The persons of a work folder as a table (names included: for the reviewer only)."""
    t = Table(title=f"{len(people)} person(s)")
    for col in ("person", "variants", "documents", "mentions", "status", "evidence"):
        t.add_column(col)
    for p in people:
        status = p.status if not p.decision else f"decided: {p.decision['verdict']} ({p.decision['by']})"
        t.add_row(p.name, ", ".join(p.variants[1:4]) + (" …" if len(p.variants) > 4 else ""), str(p.documents),
                  str(p.occurrences), status, ", ".join(p.evidence[:3]))
    _out.print(t)
