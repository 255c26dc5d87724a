"""Run the pipeline over many documents: discover, redact each, record, resume.

Guarantees: a failing document never stops the batch (its typed error goes to ``errors.csv``);
outputs keep the input's relative path under OUT and are written atomically; OUT may not lie inside
an input folder (a re-run would take the outputs for inputs); a re-run skips documents whose source
hash and rules version are unchanged and whose output exists (``force`` redoes them); the batch-wide
redaction log is rebuilt from per-document fragments, so it is complete after a resumed run.
"""

from __future__ import annotations

import csv
import io
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from redact.errors import InputError, RedactError, UsageError
from redact.models import Result
from redact.rules import Rules, load_rules

if TYPE_CHECKING:
    from redact.pdf.triage import Limits

STATE_DIR = ".redact"
_SNIFF = 1024


@dataclass(frozen=True, slots=True)
class Item:
    source: Path
    relative: Path  # the output's path under OUT


@dataclass(slots=True)
class Outcome:
    item: Item
    status: str  # "ok" | "failed" | "skipped"
    result: Result | None = None
    error: str = ""
    reason: str = ""
    pages: int = 0
    boxes: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    grounds: tuple[str, ...] = ()


@dataclass(slots=True)
class Summary:
    outcomes: list[Outcome]
    seconds: float

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def pages(self) -> int:
        return sum(o.pages for o in self.outcomes if o.status != "failed")

    def per_category(self) -> Counter[str]:
        c: Counter[str] = Counter()
        for o in self.outcomes:
            c.update(o.counts)
        return c


def _sniff_pdf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return b"%PDF-" in fh.read(_SNIFF)
    except OSError:
        return False


def discover(inputs: Sequence[str | Path]) -> list[Item]:
    """Files as given (each must exist), folders recursively (PDFs by content, sorted by path)."""
    items: list[Item] = []
    seen: set[Path] = set()
    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(q for q in p.rglob("*") if q.is_file()):
                if any(part.startswith(".") for part in f.relative_to(p).parts):
                    continue
                if (f.suffix.lower() == ".pdf" or _sniff_pdf(f)) and f.resolve() not in seen:
                    seen.add(f.resolve())
                    items.append(Item(f, f.relative_to(p)))
        elif p.resolve() not in seen:
            seen.add(p.resolve())
            items.append(Item(p, Path(p.name)))
    return items


def check_output_dir(inputs: Sequence[str | Path], out_dir: Path) -> None:
    out = out_dir.resolve()
    for raw in inputs:
        p = Path(raw).resolve()
        if p.is_dir() and (out == p or p in out.parents):
            raise UsageError(f"output folder {out_dir} lies inside input folder {raw}; choose another -o")


def _output_path(out_dir: Path, item: Item) -> Path:
    rel = item.relative if item.relative.suffix.lower() == ".pdf" else item.relative.with_suffix(".pdf")
    return out_dir / rel


def _load_state(out_dir: Path) -> dict[str, dict[str, str]]:
    state: dict[str, dict[str, str]] = {}
    path = out_dir / STATE_DIR / "state.jsonl"
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                rec = json.loads(line)
                state[rec["relative"]] = rec
            except (ValueError, KeyError):
                continue  # a torn last line after a crash: that document is simply redone
    return state


def _append_state(out_dir: Path, rec: dict[str, str]) -> None:
    path = out_dir / STATE_DIR / "state.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)  # internal log: owner only
    with os.fdopen(fd, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        fh.flush()


def _sha256_file(path: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _fragment_path(out_dir: Path, item: Item) -> Path:
    import hashlib

    key = hashlib.sha256(item.relative.as_posix().encode()).hexdigest()[:24]
    return out_dir / STATE_DIR / "logs" / f"{key}.jsonl"


def run_batch(
    inputs: Sequence[str | Path], out_dir: Path, *, rules: Rules | None = None, write_text: bool = False,
    force: bool = False, password: str | None = None,
    progress: Callable[[Outcome], None] | None = None,
    verification: str = "basic", limits: Limits | None = None,
    ocr: str = "auto", ocr_dpi: int = 300, text_layer: bool = True,
) -> Summary:
    """Redact every input document into ``out_dir`` and write the log and ``errors.csv``."""
    from redact import api, report
    from redact.api import write_atomic
    from redact.deadline import call_with_time_limit, remove_partials

    rules = rules or load_rules()
    check_output_dir(inputs, out_dir)
    items = discover(inputs)
    out_dir.mkdir(parents=True, exist_ok=True)
    state = _load_state(out_dir)
    salt = report.load_salt(out_dir)
    t0 = time.perf_counter()
    outcomes: list[Outcome] = []
    if limits is not None and limits.seconds and items:
        api.get_detector(rules)  # built once here; every time-limited (forked) worker inherits it
    for item in items:
        dst = _output_path(out_dir, item)
        key = item.relative.as_posix()
        try:
            sha = _sha256_file(item.source) if item.source.is_file() else ""
            prev = state.get(key)
            if (not force and prev and prev.get("sha256") == sha and prev.get("rules") == rules.version
                    and dst.is_file() and _fragment_path(out_dir, item).is_file()):
                o = Outcome(item, "skipped", pages=int(prev.get("pages", 0)), boxes=int(prev.get("boxes", 0)),
                            counts=json.loads(prev.get("counts", "{}")),
                            grounds=tuple(json.loads(prev.get("grounds", "[]"))))
            else:
                # per document in a killable child when a time limit is set (redact.deadline)
                plan, res = call_with_time_limit(
                    api.propose_and_apply, item.source, dst, rules=rules, password=password,
                    verification=verification, limits=limits, ocr=ocr, ocr_dpi=ocr_dpi, text_layer=text_layer,
                    seconds=limits.seconds if limits else None, label=item.source,
                    cleanup=partial(remove_partials, dst))
                if write_text:
                    txt = report.redacted_text(plan.pages, plan.proposals, rules)
                    write_atomic(dst.with_suffix(".txt"), txt.encode("utf-8"))
                rows = report.log_rows(key, res.boxes, salt)
                write_atomic(_fragment_path(out_dir, item),
                             "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8"),
                             mode=0o600)
                _append_state(out_dir, {
                    "relative": key, "sha256": plan.sha256, "rules": rules.version, "output": str(dst),
                    "pages": str(res.pages), "boxes": str(len(res.boxes)), "counts": json.dumps(res.counts),
                    "grounds": json.dumps(list(res.grounds)),
                })
                o = Outcome(item, "ok", result=res, pages=res.pages, boxes=len(res.boxes), counts=res.counts,
                            grounds=res.grounds)
        except RedactError as e:
            reason = e.reason if isinstance(e, InputError) else type(e).__name__
            o = Outcome(item, "failed", error=str(e), reason=reason)
        outcomes.append(o)
        if progress:
            progress(o)
    _write_batch_files(out_dir, items, outcomes)
    return Summary(outcomes, time.perf_counter() - t0)


def _write_batch_files(out_dir: Path, items: Iterable[Item], outcomes: Sequence[Outcome]) -> None:
    from redact.api import write_atomic
    from redact.report import write_log

    rows: list[dict[str, str]] = []
    for item in items:
        frag = _fragment_path(out_dir, item)
        if frag.is_file():
            rows.extend(json.loads(line) for line in frag.read_text(encoding="utf-8").splitlines() if line)
    write_log(out_dir, rows)
    err = io.StringIO()
    ew = csv.writer(err, lineterminator="\n")
    ew.writerow(["document", "reden", "melding"])
    for o in outcomes:
        if o.status == "failed":
            ew.writerow([o.item.relative.as_posix(), o.reason, o.error])
    write_atomic(out_dir / "errors.csv", err.getvalue().encode("utf-8"))
