"""Terminal output for the CLI (rich): per-document lines, the batch summary, finding tables.

Progress and summary lines never show the text of a finding; only ``print_plan`` (``redact inspect``)
does, because showing it is that command's purpose.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from redact.api import Plan
    from redact.batch import Outcome, Summary

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
    t = Table(title="redact run", show_header=True)
    t.add_column("documents ok", justify="right")
    t.add_column("failed", justify="right")
    t.add_column("skipped", justify="right")
    t.add_column("pages", justify="right")
    t.add_column("pages/s", justify="right")
    t.add_column("seconds", justify="right")
    rate = s.pages / s.seconds if s.seconds else 0.0
    t.add_row(str(s.count("ok")), str(s.count("failed")), str(s.count("skipped")), str(s.pages),
              f"{rate:.1f}", f"{s.seconds:.1f}")
    _out.print(t)
    cats = s.per_category()
    if cats:
        c = Table(show_header=True)
        c.add_column("category")
        c.add_column("redactions", justify="right")
        for k, v in sorted(cats.items()):
            c.add_row(k, str(v))
        _out.print(c)
    _out.print(f"Output in {out_dir}/ (redaction-log.csv, errors.csv)")


def print_plan(plan: Plan) -> None:
    t = Table(title=f"{plan.source.name}: {len(plan.proposals)} finding(s) on {plan.page_count} page(s)")
    for col in ("page", "category", "ground", "score", "detector", "text", "evidence"):
        t.add_column(col)
    for p in plan.proposals:
        t.add_row(str(p.page + 1), p.category, p.ground, f"{p.score:.2f}", p.recognizer,
                  " ".join(p.text.split()), ", ".join(p.evidence))
    _out.print(t)
    for w in plan.warnings:
        _err.print(f"[yellow]warning[/]: {w}")
