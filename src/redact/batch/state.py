"""What a batch keeps in ``OUT/.redact/``: the record of finished documents, their log fragments, the lock.

Guarantees:
- ``state.jsonl`` gets one line per finished document (input hash and size, rules version, what was
  selected, output size, what the inventory needs), appended only after the document's output and
  log fragment are in place; a torn last line after a crash only means that document is redone;
- a record is reused only when the source, the rules, the selection (``run``'s proposals or the
  review file's decisions) and the output are unchanged and the fragment is there (``reusable``);
- log fragments (``logs/<hash>.jsonl``, 0600) hold a document's log rows (no personal data: hashes);
  the batch-wide log is rebuilt from them, in ID order, never a row twice;
- one batch per OUT at a time (``exclusive``: a POSIX record lock, which a forked child does not hold).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from redact.errors import UsageError
from redact.files import append_line, sha256_file, write_if_changed
from redact.pipeline.report import LOG_COLUMNS, write_log

STATE_DIR = ".redact"
_PART = re.compile(r"^\..+\.part$")  # files.write_atomic's temp files

__all__ = ["STATE_DIR", "append_log", "compact_state", "exclusive", "fragment_path", "fragment_rows",
           "load_state", "rebuild_log", "remove_temp_files", "reusable", "size", "state_path"]


def state_path(out_dir: Path) -> Path:
    return out_dir / STATE_DIR / "state.jsonl"


def load_state(out_dir: Path) -> dict[str, dict[str, Any]]:
    state: dict[str, dict[str, Any]] = {}
    path = state_path(out_dir)
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                rec = json.loads(line)
                state[rec["relative"]] = rec
            except (ValueError, KeyError, TypeError):
                continue  # a torn last line after a crash: that document is simply redone
    return state


def size(path: Path) -> int:
    """The file's size, or -1 when it cannot be seen (the record then never matches: redone)."""
    try:
        return path.stat().st_size
    except OSError:
        return -1


def fragment_path(out_dir: Path, relative: str) -> Path:
    key = hashlib.sha256(relative.encode()).hexdigest()[:24]
    return out_dir / STATE_DIR / "logs" / f"{key}.jsonl"


def reusable(prev: dict[str, Any] | None, source: Path, relative: str, dst: Path, out_dir: Path, rules_version: str,
             selection: str, write_text: bool) -> bool:
    """A previous run's result still holds: same source, rules and selection; output and fragment intact."""
    try:
        if not prev or prev.get("rules") != rules_version or prev.get("selection", "") != selection:
            return False
        if source.stat().st_size != prev.get("source_size") or dst.stat().st_size != prev.get("output_size"):
            return False
        if write_text and not (prev.get("text") and dst.with_suffix(".txt").is_file()):
            return False
        frag = fragment_path(out_dir, relative)
        if not frag.is_file():
            return False
        # written without fsync: a fragment an OS crash cut short is not trusted (older records: no size)
        if "fragment_size" in prev and frag.stat().st_size != prev["fragment_size"]:
            return False
    except OSError:
        return False
    return bool(prev.get("sha256")) and sha256_file(source) == prev["sha256"]


@contextmanager
def exclusive(out_dir: Path) -> Iterator[None]:
    """One batch per OUT at a time (advisory lock; where the OS has ``fcntl``).

    A POSIX record lock (``lockf``), not ``flock``: it belongs to this process alone, so a forked
    time-limited child (``redact.execution.timelimit``) that outlives a killed run does not keep OUT locked."""
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


def remove_temp_files(out_dir: Path) -> None:
    """Temp files of writes that an interrupted run never finished (never a finished file)."""
    for dirpath, _, filenames in os.walk(out_dir):
        for name in filenames:
            if _PART.match(name):
                Path(dirpath, name).unlink(missing_ok=True)


def fragment_rows(out_dir: Path, relatives: Sequence[str]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for rel in relatives:
        frag = fragment_path(out_dir, rel)
        if frag.is_file():
            rows.extend(json.loads(line) for line in frag.read_text(encoding="utf-8").splitlines() if line)
    return rows


def rebuild_log(out_dir: Path, relatives: Sequence[str]) -> None:
    """The batch-wide log of the finished documents (``relatives``, in ID order), from their fragments."""
    write_log(out_dir, fragment_rows(out_dir, relatives))


def append_log(out_dir: Path, rows: Sequence[dict[str, str]]) -> None:
    """Append a finished document's rows to the batch-wide log (rewritten in ID order at the end)."""
    if not rows:
        return
    buf = io.StringIO()
    csv.DictWriter(buf, fieldnames=LOG_COLUMNS, lineterminator="\n").writerows(rows)
    append_line(out_dir / "redaction-log.csv", buf.getvalue())
    append_line(out_dir / "redaction-log.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))


def compact_state(out_dir: Path) -> None:
    state = load_state(out_dir)
    body = "".join(json.dumps(state[k], ensure_ascii=False, sort_keys=True) + "\n" for k in sorted(state))
    write_if_changed(state_path(out_dir), body.encode("utf-8"), mode=0o600)
