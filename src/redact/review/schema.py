"""The review file's schema (versioned, validated on load), its errors, paths and file lock.

See ``redact.review`` for what the file holds and guarantees; this module is the edge where JSON
becomes validated, frozen pydantic models: an unknown key, an unknown schema version, a duplicate id
or a page out of range is a ``ReviewFileError``, never a silent default.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from redact.errors import ExitCode, InputError, RedactError, UsageError
from redact.models import Rect

SCHEMA = "redact-review"
VERSION = 2  # 2: proposals carry ``doubt`` (an uncertain person, issue 14); version-1 files are migrated on load
_MIGRATABLE = (1,)
SUFFIX = ".review.json"
ANNOTATED_SUFFIX = ".review.pdf"
MANUAL_CATEGORY = "HANDMATIG"
DETECTION = "redact propose"  # who decided a proposal that detection itself settled (a person kept public)

StatusName = Literal["proposed", "approved", "rejected", "added"]


class ReviewFileError(InputError):
    """A review file is missing, unreadable or does not match the schema."""

    reason = "invalid-review-file"

    def describe(self) -> str:
        return ("is not a valid review file; repair it, or move it away to start over and run "
                "`redact propose` again")


class ReviewError(UsageError):
    """A decision that cannot be made as asked (unknown id, ground or category, no reviewer)."""


class ReviewConflictError(RedactError):
    exit_code = ExitCode.USAGE


class PendingError(RedactError):
    """``apply`` refused: proposals are still undecided."""

    exit_code = ExitCode.USAGE


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ReviewSource(_Strict):
    path: str  # absolute path of the source PDF at propose time (a converted file: its PDF in the work folder)
    relative: str  # the output's relative path under OUT (POSIX)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    pages: int = Field(ge=1)
    # added in redact 0.1 with dossiers (issue 17); optional, so earlier review files still load
    origin: str = ""  # the input file a converted document comes from (an e-mail, a .docx …)
    kind: str = "pdf"  # what that file was
    parent: str = ""  # the relative path of the message this document is attached to
    number: int = Field(default=0, ge=0)  # its ID at propose (families consecutive), for the inventory list


class ReviewProposal(_Strict):
    """One proposal and its decision (read-only; change it through ``ReviewSet``)."""

    id: str = Field(pattern=r"^[0-9a-zA-Z_-]{6,64}$")
    page: int = Field(ge=0)
    start: int = Field(ge=-1)
    end: int = Field(ge=-1)
    rects: tuple[tuple[float, float, float, float], ...] = Field(min_length=1)
    category: str
    ground: str
    justification: str
    text: str
    context_before: str = ""
    context_after: str = ""
    detector: str
    score: float
    evidence: tuple[str, ...] = ()
    person: str | None = None
    doubt: str = ""  # "twijfel: <cues>": the person's standing was uncertain; proposed (fail closed), look first
    origin: Literal["detector", "manual"] = "detector"
    status: StatusName = "proposed"
    by: str = ""
    at: str = ""
    reason: str = ""
    note: str = ""
    ground_set_by: str = ""  # a reviewer chose this ground: a re-run of propose keeps it

    @field_validator("rects")
    @classmethod
    def _rects(cls, v: tuple[tuple[float, float, float, float], ...]) -> tuple[tuple[float, ...], ...]:
        for r in v:
            if not (r[0] <= r[2] and r[1] <= r[3]):
                raise ValueError("a rectangle needs x0 <= x1 and y0 <= y1")
        return v

    @property
    def manual(self) -> bool:
        return self.origin == "manual"

    @property
    def drawn(self) -> bool:
        """A box drawn by hand (no text span)."""
        return self.start < 0

    @property
    def burnt(self) -> bool:
        """True when ``apply`` burns this one in."""
        return self.status in ("approved", "added")

    def rect_objects(self) -> tuple[Rect, ...]:
        return tuple(Rect(*r) for r in self.rects)


class ReviewSide(_Strict):
    """Personal data found outside the page content (metadata, XMP, bookmarks, annotations, form fields,
    attachments, page labels), shown to the reviewer. Not a decision: the policy is automatic (the place
    is kept with the string replaced by its ground code, ``kept``, or removed), and ``apply`` finds it
    again with the names the reviewer approved on the pages."""

    place: str
    text: str
    category: str
    ground: str
    detector: str
    score: float
    kept: bool
    evidence: tuple[str, ...] = ()


class HistoryChange(_Strict):
    id: str
    before: dict[str, Any] | None  # None: the proposal did not exist (it was added)
    after: dict[str, Any] | None


class HistoryEntry(_Strict):
    seq: int = Field(ge=1)
    at: str
    by: str
    action: Literal["propose", "approve", "reject", "add", "ground", "undo"]
    ids: tuple[str, ...] = ()
    scope: str = ""  # what a bulk decision selected: "category:NAAM", "person:de vries", "pending"
    reason: str = ""
    changes: tuple[HistoryChange, ...] = ()
    undoes: int | None = None


class ReviewFile(_Strict):
    schema_: Literal["redact-review"] = Field(alias="schema")
    version: int
    tool: str
    rules_version: str
    created: str
    updated: str
    revision: int = Field(ge=0)
    source: ReviewSource
    warnings: tuple[str, ...] = ()
    proposals: tuple[ReviewProposal, ...]
    side: tuple[ReviewSide, ...] = ()  # personal data outside the page content (automatic policy)
    history: tuple[HistoryEntry, ...] = ()


def now() -> str:
    """The current time, ISO 8601 in UTC to the second."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def review_path(workdir: Path, relative: Path) -> Path:
    """Where the review file of the document with output path ``relative`` lives."""
    return workdir / relative.parent / (relative.stem + SUFFIX)


def review_files(target: Path) -> list[Path]:
    """The review files in ``target`` (a folder, recursively) or ``target`` itself, sorted."""
    if target.is_file():
        return [target]
    if not target.is_dir():
        raise UsageError(f"{target}: no such work folder; run `redact propose ... -o {target}` first")
    return sorted(p for p in target.rglob("*" + SUFFIX) if p.is_file())


def check_reviewer(by: str) -> str:
    name = " ".join((by or "").split())
    if not name:
        raise ReviewError("a reviewer name is required for every decision (--by NAME)")
    if len(name) > 100:
        raise ReviewError("the reviewer name is too long (at most 100 characters)")
    return name


@contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """An exclusive lock between processes on the review file ``path`` (a hidden lock file beside it)."""
    lock = path.parent / f".{path.name}.lock"
    lock.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def migrate(raw: dict[str, Any]) -> dict[str, Any]:
    """A version-1 file as version 2: the same content, no proposal marked uncertain (version 1 had no such
    mark; run ``propose`` again to get it). The file is rewritten as version 2 on the next save."""
    return {**raw, "version": VERSION}


def read_model(path: Path) -> ReviewFile:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise ReviewFileError(path, "file not found") from e
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise ReviewFileError(path, f"cannot read JSON: {type(e).__name__}") from e
    if not isinstance(raw, dict) or raw.get("schema") != SCHEMA:
        raise ReviewFileError(path, f"not a {SCHEMA} file")
    if raw.get("version") in _MIGRATABLE:
        raw = migrate(raw)
    if raw.get("version") != VERSION:
        raise ReviewFileError(path, f"schema version {raw.get('version')!r} is not supported "
                                    f"(expected {VERSION}; run `redact propose` again to make a new file)")
    try:
        model = ReviewFile.model_validate(raw)
    except ValidationError as e:
        problems = "; ".join(f"{'.'.join(map(str, err['loc']))}: {err['msg']}" for err in e.errors()[:5])
        raise ReviewFileError(path, problems) from e
    ids = [p.id for p in model.proposals]
    if len(ids) != len(set(ids)):
        raise ReviewFileError(path, "duplicate proposal ids")
    if any(p.page >= model.source.pages for p in model.proposals):
        raise ReviewFileError(path, "a proposal lies on a page the source does not have")
    return model
