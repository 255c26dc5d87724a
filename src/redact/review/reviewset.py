"""The review file: one per document, the proposals and every reviewer decision on them.

A review file (``<name>.review.json`` in the work folder) is written by ``redact propose`` and read by
the review app, ``redact decide`` and ``redact apply``. It holds what ``apply`` needs without running
detection again: the source's path and SHA-256, its page count, and per proposal a stable id, page,
rectangles, category, Woo ground, justification, the text with a little context, detector, score,
evidence, a person key (for "all variants of J. de Vries") and the decision (status, reviewer, time,
reason). Every change is also appended to ``history`` (who, when, what, why): the audit trail.

Guarantees:
- the file is CONFIDENTIAL (it holds the personal data a reviewer must see): it is written with mode
  0600, atomically (temp file + rename), never with a partial content;
- it is validated on load against a versioned schema (``SCHEMA``/``VERSION``); an unknown key, an
  unknown version, a duplicate id or a page out of range is a ``ReviewFileError``, never a default;
- every decision needs a reviewer name; a decision on an unknown id, an unknown ground or an unknown
  category is a ``ReviewError``;
- ``save`` refuses (``ReviewConflictError``) when another process saved the file since it was loaded.

Statuses: ``proposed`` (undecided), ``approved``, ``rejected``, ``added`` (drawn or selected by a
reviewer; burnt in like an approved one). A drawn box has ``start == end == -1``; its ``text`` is the
text whose glyph centres lie in the box, shown to the reviewer only (burn-in removes it by geometry).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

from redact.models import Rect
from redact.review.schema import (
    DETECTION,
    MANUAL_CATEGORY,
    HistoryChange,
    HistoryEntry,
    ReviewConflictError,
    ReviewError,
    ReviewFile,
    ReviewProposal,
    ReviewSide,
    ReviewSource,
    check_reviewer,
    file_lock,
    now,
    read_model,
)
from redact.rules import Rules, load_rules

__all__ = ["ReviewSet", "context_of", "person_keys"]

CONTEXT_CHARS = 40
_MUTABLE = ("status", "by", "at", "reason", "ground", "justification", "note", "ground_set_by")
_UNDOABLE = {"approve", "reject", "add", "ground"}


def _mutable(p: ReviewProposal) -> dict[str, Any]:
    return {k: getattr(p, k) for k in _MUTABLE}


class ReviewSet:
    """The proposals of one document and their decisions; load, change, ``save``.

    Example::

        rs = ReviewSet.load("work/nota.review.json")
        for p in rs.proposals: ...
        rs.approve(rs.proposals[0].id, by="A. Reviewer")
        rs.reject(rs.proposals[1].id, by="A. Reviewer", reason="public office holder")
        rs.add(0, (72, 100, 200, 112), "5.2", by="A. Reviewer", note="beleidsopvatting")
        rs.save()
    """

    def __init__(self, path: Path, model: ReviewFile, *, rules: Rules | None = None,
                 loaded_revision: int | None = None) -> None:
        self.path = Path(path)
        self._model = model
        self._by_id = {p.id: p for p in model.proposals}
        self._history = list(model.history)
        self._rules = rules
        self._loaded_revision = loaded_revision

    # -- loading and saving ------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, rules: Rules | None = None) -> ReviewSet:
        """Read and validate a review file (``ReviewFileError`` when it is not valid)."""
        p = Path(path)
        model = read_model(p)
        return cls(p, model, rules=rules, loaded_revision=model.revision)

    def to_json(self) -> str:
        model = self._snapshot()
        return json.dumps(model.model_dump(mode="json", by_alias=True), ensure_ascii=False, indent=1) + "\n"

    def save(self) -> None:
        """Write the file atomically (mode 0600); refuse when someone else saved it since ``load``."""
        from redact.files import write_atomic

        with file_lock(self.path):
            if self.path.exists():
                try:
                    on_disk = json.loads(self.path.read_text(encoding="utf-8")).get("revision")
                except (OSError, ValueError, AttributeError):
                    on_disk = None
                if on_disk != self._loaded_revision:
                    raise ReviewConflictError(
                        f"{self.path}: the review file was changed by someone else since it was loaded; "
                        "load it again and redo the change")
            revision = (self._loaded_revision or 0) + 1
            self._model = self._snapshot().model_copy(update={"revision": revision, "updated": now()})
            write_atomic(self.path, self.to_json().encode("utf-8"), mode=0o600)
            self._loaded_revision = revision

    def _snapshot(self) -> ReviewFile:
        return self._model.model_copy(update={
            "proposals": tuple(self._by_id.values()), "history": tuple(self._history),
        })

    # -- reading -----------------------------------------------------------------------------------

    @property
    def rules(self) -> Rules:
        if self._rules is None:
            self._rules = load_rules()
        return self._rules

    @property
    def source(self) -> ReviewSource:
        return self._model.source

    @property
    def rules_version(self) -> str:
        return self._model.rules_version

    @property
    def warnings(self) -> tuple[str, ...]:
        return self._model.warnings

    @property
    def side(self) -> tuple[ReviewSide, ...]:
        """Personal data outside the page content (metadata, bookmarks …): shown, redacted automatically."""
        return self._model.side

    @property
    def revision(self) -> int:
        return self._loaded_revision or 0

    @property
    def proposals(self) -> tuple[ReviewProposal, ...]:
        """All proposals, in page and reading order."""
        return tuple(sorted(self._by_id.values(), key=lambda p: (p.page, p.rects[0][1], p.rects[0][0], p.id)))

    @property
    def in_file_order(self) -> tuple[ReviewProposal, ...]:
        """All proposals in the order of the file: detection's order (the order ``run`` burns them in),
        then the ones a reviewer added, in the order they were added."""
        return tuple(self._by_id.values())

    @property
    def history(self) -> tuple[HistoryEntry, ...]:
        return tuple(self._history)

    def get(self, pid: str) -> ReviewProposal:
        try:
            return self._by_id[pid]
        except KeyError:
            raise ReviewError(f"{self.path.name}: no proposal with id {pid!r}") from None

    def __contains__(self, pid: object) -> bool:
        return pid in self._by_id

    @property
    def pending(self) -> tuple[ReviewProposal, ...]:
        return tuple(p for p in self.proposals if p.status == "proposed")

    def progress(self) -> tuple[int, int]:
        """(decided, total) of the proposals a reviewer is asked about: the mentions detection kept public
        (``by == DETECTION``) are shown but not counted until a reviewer changes them."""
        asked = [p for p in self._by_id.values() if p.by != DETECTION]
        return len(asked) - len(self.pending), len(asked)

    def select(self, *, category: str | None = None, person: str | None = None,
               pending_only: bool = False) -> list[str]:
        """Ids of detector proposals in ``category`` and/or of ``person`` (all variants)."""
        if category is not None and category not in self.rules.categories:
            raise ReviewError(f"unknown category {category!r}; known: {', '.join(self.rules.categories)}")
        out = []
        for p in self.proposals:
            if p.manual or (pending_only and p.status != "proposed"):
                continue
            if category is not None and p.category != category:
                continue
            if person is not None and p.person != person:
                continue
            out.append(p.id)
        return out

    # -- decisions ---------------------------------------------------------------------------------

    def approve(self, pid: str, *, by: str, reason: str = "") -> ReviewProposal:
        self.decide([pid], "approved", by=by, reason=reason)
        return self._by_id[pid]

    def reject(self, pid: str, *, by: str, reason: str = "") -> ReviewProposal:
        self.decide([pid], "rejected", by=by, reason=reason)
        return self._by_id[pid]

    def decide(self, ids: Iterable[str], status: Literal["approved", "rejected"], *, by: str,
               reason: str = "", scope: str = "") -> list[str]:
        """Approve or reject every id (one history entry); returns the ids that changed.

        Approving a reviewer's own box gives it status ``added`` again.
        """
        by = check_reviewer(by)
        if status not in ("approved", "rejected"):
            raise ReviewError(f"unknown decision {status!r}; use approved or rejected")
        wanted = list(dict.fromkeys(ids))
        for pid in wanted:
            self.get(pid)
        at = now()
        changes = []
        for pid in wanted:
            p = self._by_id[pid]
            new_status = "added" if (status == "approved" and p.manual) else status
            if p.status == new_status and p.reason == reason:
                continue
            q = p.model_copy(update={"status": new_status, "by": by, "at": at, "reason": reason})
            self._by_id[pid] = q
            changes.append(HistoryChange(id=pid, before=_mutable(p), after=_mutable(q)))
        if changes:
            action = "approve" if status == "approved" else "reject"
            self._log(action, by, at, changes, reason=reason, scope=scope)
        return [c.id for c in changes]

    def set_ground(self, pid: str, ground: str, *, by: str, reason: str = "") -> ReviewProposal:
        """Give a proposal another Woo ground (its justification follows the rules' text for it)."""
        by = check_reviewer(by)
        g = self._ground(ground)
        p = self.get(pid)
        if p.ground == g.code:
            return p
        at = now()
        q = p.model_copy(update={"ground": g.code, "justification": g.justification, "ground_set_by": by})
        self._by_id[pid] = q
        change = HistoryChange(id=pid, before=_mutable(p), after=_mutable(q))
        self._log("ground", by, at, [change], reason=reason)
        return q

    def add(self, page: int, rect: Rect | Sequence[float], ground: str, *, by: str, note: str = "",
            category: str = MANUAL_CATEGORY, text: str = "") -> ReviewProposal:
        """Add a box drawn by hand on ``page`` (PDF points, text-extraction space); status ``added``.

        ``text`` is only shown to reviewers (what the box covers); the box is burnt in by geometry.
        """
        by = check_reviewer(by)
        r = rect if isinstance(rect, Rect) else Rect(*map(float, rect))
        if not (r.x0 < r.x1 and r.y0 < r.y1):
            raise ReviewError("a box needs a width and a height")
        at = now()
        key = f"{self.source.sha256}:{page}:{r.as_tuple()}:{ground}:{by}:{at}:{len(self._history)}"
        pid = "m" + hashlib.sha256(key.encode()).hexdigest()[:15]
        return self._add_manual(pid, page, -1, -1, (r.as_tuple(),), text, ground, by, at, note, category)

    def add_span(self, page: int, start: int, end: int, rects: Sequence[Rect], text: str, ground: str, *,
                 by: str, note: str = "", category: str = MANUAL_CATEGORY,
                 context: tuple[str, str] = ("", "")) -> ReviewProposal:
        """Add a redaction of a text span selected by a reviewer (``rects`` from ``rects_for_span``)."""
        from redact.pipeline.detect import proposal_id

        by = check_reviewer(by)
        if not rects or not text.strip():
            raise ReviewError("the selection holds no text")
        pid = proposal_id(self.source.sha256, page, start, end, category)
        if pid in self._by_id:
            raise ReviewError("this text is already proposed with that category; approve it instead")
        return self._add_manual(pid, page, start, end, tuple(r.as_tuple() for r in rects), text, ground, by,
                                now(), note, category, context)

    def _add_manual(self, pid: str, page: int, start: int, end: int, rects: tuple[tuple[float, ...], ...],
                    text: str, ground: str, by: str, at: str, note: str, category: str,
                    context: tuple[str, str] = ("", "")) -> ReviewProposal:
        g = self._ground(ground)
        if category not in self.rules.categories:
            raise ReviewError(f"unknown category {category!r}; known: {', '.join(self.rules.categories)}")
        if not 0 <= page < self.source.pages:
            raise ReviewError(f"page {page + 1} does not exist (the document has {self.source.pages})")
        p = ReviewProposal.model_validate({
            "id": pid, "page": page, "start": start, "end": end, "rects": rects, "category": category,
            "ground": g.code, "justification": g.justification, "text": text, "context_before": context[0],
            "context_after": context[1], "detector": "reviewer", "score": 1.0, "origin": "manual",
            "status": "added", "by": by, "at": at, "note": " ".join(note.split()), "ground_set_by": by,
        })
        self._by_id[pid] = p
        self._log("add", by, at, [HistoryChange(id=pid, before=None, after=p.model_dump(mode="json"))],
                  reason=p.note)
        return p

    def undo(self, *, by: str) -> HistoryEntry | None:
        """Revert the latest decision not undone yet (back to the last ``propose``); None if none."""
        by = check_reviewer(by)
        undone = {e.undoes for e in self._history if e.undoes is not None}
        for entry in reversed(self._history):
            if entry.action == "propose":
                return None
            if entry.action not in _UNDOABLE or entry.seq in undone:
                continue
            changes = []
            for c in reversed(entry.changes):
                cur = self._by_id.get(c.id)
                if c.before is None:  # an addition: take it away again
                    if cur is not None:
                        del self._by_id[c.id]
                        changes.append(HistoryChange(id=c.id, before=_mutable(cur), after=None))
                elif cur is not None:
                    q = cur.model_copy(update=c.before)
                    self._by_id[c.id] = q
                    changes.append(HistoryChange(id=c.id, before=_mutable(cur), after=_mutable(q)))
            self._log("undo", by, now(), changes, undoes=entry.seq)
            return self._history[-1]
        return None

    def _ground(self, code: str) -> Any:
        g = self.rules.grounds.get(code)
        if g is None:
            raise ReviewError(f"unknown Woo ground {code!r}; known: {', '.join(self.rules.grounds)}")
        return g

    def _log(self, action: str, by: str, at: str, changes: Sequence[HistoryChange], *, reason: str = "",
             scope: str = "", undoes: int | None = None) -> None:
        self._history.append(HistoryEntry.model_validate({
            "seq": len(self._history) + 1, "at": at, "by": by, "action": action,
            "ids": [c.id for c in changes], "scope": scope, "reason": reason, "changes": changes,
            "undoes": undoes,
        }))


# -- person keys -----------------------------------------------------------------------------------

_LOCAL_SPLIT = re.compile(r"[._+]")


def _compact(key: str) -> str:
    return re.sub(r"[\s'’]", "", key.lower())


def person_keys(items: Sequence[tuple[str, str, str]]) -> dict[str, str | None]:
    """A person key per proposal id from ``(id, category, text)`` triples of one document.

    The key is the family name with its tussenvoegsel, lower case (``"van der steen"``), so that
    "Jordy van der Steen", "J. van der Steen", "Van der Steen" and "Steen, J. van der" share it; a lone
    first name joins the person whose given name it is ("Jordy"); an e-mail address joins the person
    whose family name is its local part ("j.vandersteen@…"). Limits: two people with the same family
    name share a key (the reviewer sees every item before a bulk decision); paraphs get no key.
    """
    from redact.detect.names import parse_name

    parsed: dict[str, tuple[str, tuple[str, ...], bool]] = {}
    for pid, cat, text in items:
        if cat != "NAAM":
            continue
        parts = parse_name(" ".join(text.split()))
        if parts is None:
            parsed[pid] = (" ".join(text.lower().split()), (), True)
            continue
        key = " ".join(f"{parts.tv} {parts.surname}".lower().split())
        lone = not (parts.tv or parts.initials or parts.given)
        parsed[pid] = (key, tuple(g.lower() for g in parts.given), lone)
    full = {key for key, _, lone in parsed.values() if not lone}
    given_of: dict[str, str] = {}
    for key, given, lone in parsed.values():
        if not lone:
            for g in given:
                given_of.setdefault(g, key)
    out: dict[str, str | None] = {}
    for pid, cat, text in items:
        if pid in parsed:
            key, _, lone = parsed[pid]
            if lone and key not in full:
                key = given_of.get(key, next((k for k in full if k.split()[-1] == key), key))
            out[pid] = key
        elif cat == "EMAIL":
            local = text.split("@", 1)[0].lower()
            segments = [s.strip("0123456789") for s in _LOCAL_SPLIT.split(local)]
            out[pid] = next((k for k in sorted(full) if any(s and s == _compact(k) for s in segments)), None)
        else:
            out[pid] = None
    return out


def context_of(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> tuple[str, str]:
    """A little text before and after ``text[start:end]`` (whitespace collapsed, cut at a word)."""
    if start < 0:
        return "", ""
    before = " ".join(text[max(0, start - width):start].split())
    after = " ".join(text[end:end + width].split())
    if start - width > 0 and " " in before:
        before = "… " + before.split(" ", 1)[1]
    if end + width < len(text) and " " in after:
        after = after.rsplit(" ", 1)[0] + " …"
    return before, after
