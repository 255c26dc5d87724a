"""Propose → review → apply over a work folder (the engine behind ``api.propose_review``/``apply_review``).

``propose_review`` runs triage, extraction and detection per document and writes, per document, a review
file (see ``redact.review``) and a copy of the PDF with the proposals as redaction annotations that are
NOT applied (``<name>.review.pdf``, for Acrobat or any viewer; it is as confidential as the source, 0600).
A re-run keeps every earlier decision whose proposal still exists (same id: same document, page, span
and category), every box a reviewer added, and a ground a reviewer chose; dropped decisions are logged.

``apply_review`` burns in the approved and added redactions only. It refuses before writing anything when
a proposal is undecided (unless ``approve_pending_by`` names who approves them, which is recorded) or a
source changed since propose; it re-extracts page geometry from the source (no detection) to verify the
output as ``redact run`` does, and checks that no text is left inside a box drawn by hand.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from redact.errors import InputError, LeakError, RedactError
from redact.inputs import sha256_file
from redact.models import Box, PageText, Proposal, Result
from redact.review import (
    ANNOTATED_SUFFIX,
    VERSION,
    HistoryEntry,
    PendingError,
    ReviewFile,
    ReviewFileError,
    ReviewProposal,
    ReviewSet,
    SourceChangedError,
    context_of,
    now,
    person_keys,
    review_files,
    review_path,
)
from redact.rules import Rules, load_rules

if TYPE_CHECKING:
    from redact.api import Plan
    from redact.batch import Outcome, Summary

SYSTEM = "redact propose"


@dataclass(frozen=True, slots=True)
class ProposeOutcome:
    """What ``propose_review`` did with one document (no personal data)."""

    relative: str
    status: str  # "ok" | "failed"
    review_file: Path | None = None
    pages: int = 0
    proposals: int = 0
    kept: int = 0  # earlier decisions carried over
    dropped: int = 0  # earlier decisions whose proposal no longer exists
    error: str = ""
    reason: str = ""


def _proposal_record(p: Proposal, page: PageText, person: str | None) -> dict[str, object]:
    before, after = context_of(page.text, p.start, p.end)
    return {
        "id": p.id, "page": p.page, "start": p.start, "end": p.end, "rects": [r.as_tuple() for r in p.rects],
        "category": p.category, "ground": p.ground, "justification": p.justification, "text": p.text,
        "context_before": before, "context_after": after, "detector": p.recognizer,
        "score": round(p.score, 4), "evidence": list(p.evidence), "person": person, "status": "proposed",
    }


def build_review(plan: Plan, relative: str, rules: Rules, path: Path, previous: ReviewSet | None) -> tuple[
        ReviewSet, int, int]:
    """A review set for ``plan``, merged with ``previous`` decisions; returns (set, kept, dropped)."""
    from redact import __version__

    keys = person_keys([(p.id, p.category, p.text) for p in plan.proposals])
    fresh = [ReviewProposal.model_validate(_proposal_record(p, plan.pages[p.page], keys[p.id]))
             for p in plan.proposals]
    history: list[HistoryEntry] = []
    kept = dropped = 0
    proposals: dict[str, ReviewProposal] = {p.id: p for p in fresh}
    note = "proposals made"
    if previous is not None:
        history = list(previous.history)
        same_source = previous.source.sha256 == plan.sha256
        old = {p.id: p for p in previous.proposals}
        for pid, p in old.items():
            if pid in proposals and same_source:
                new = proposals[pid]
                update = {"status": p.status, "by": p.by, "at": p.at, "reason": p.reason, "note": p.note}
                if p.status == "added":
                    update["status"] = "approved"
                if p.ground_set_by:
                    update.update(ground=p.ground, justification=p.justification,
                                  ground_set_by=p.ground_set_by)
                proposals[pid] = new.model_copy(update=update)
                kept += p.status != "proposed" or bool(p.ground_set_by)
            elif p.manual and same_source:
                proposals[pid] = p
                kept += 1
            elif p.status != "proposed" or p.manual:
                dropped += 1
        note = (f"proposals made again: {kept} earlier decision(s) kept, {dropped} dropped"
                + ("" if same_source else " (the source changed)"))
    history.append(HistoryEntry.model_validate({
        "seq": len(history) + 1, "at": now(), "by": SYSTEM, "action": "propose", "reason": note,
        "ids": [], "changes": [],
    }))
    stamp = now()
    model = ReviewFile.model_validate({
        "schema": "redact-review", "version": VERSION, "tool": __version__, "rules_version": rules.version,
        "created": stamp, "updated": stamp, "revision": previous.revision if previous else 0,
        "source": {"path": str(plan.source.resolve()), "relative": relative, "sha256": plan.sha256,
                   "pages": plan.page_count},
        "warnings": list(plan.warnings), "proposals": list(proposals.values()), "history": history,
    })
    rs = ReviewSet(path, model, rules=rules, loaded_revision=previous.revision if previous else None)
    return rs, kept, dropped


def annotated_pdf(source_bytes: bytes, rs: ReviewSet, password: str | None = None) -> bytes:
    """The source with every proposal as a redaction annotation (not applied), labelled with its ground."""
    import pymupdf

    with pymupdf.open(stream=source_bytes, filetype="pdf") as doc:
        if doc.needs_pass and password is not None:
            doc.authenticate(password)
        for p in rs.proposals:
            page = doc[p.page]
            for r in p.rects:
                annot = page.add_redact_annot(pymupdf.Rect(r), text=p.ground, fontsize=6,
                                              text_color=(1, 1, 1), fill=(0, 0, 0), cross_out=False)
                annot.set_info(title="redact", subject=p.category,
                               content=f"{p.category} {p.ground} ({p.status}) id {p.id}")
                annot.update()
        data: bytes = doc.tobytes(garbage=3, deflate=True)
        return data


def propose_review(inputs: Sequence[str | Path], workdir: Path, *, rules: Rules | None = None,
                   password: str | None = None,
                   progress: Callable[[ProposeOutcome], None] | None = None) -> list[ProposeOutcome]:
    """Write a review file and an annotated copy per input document into ``workdir``."""
    from redact import api
    from redact.batch import check_output_dir, discover

    rules = rules or load_rules()
    check_output_dir(inputs, workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    outcomes: list[ProposeOutcome] = []
    for item in discover(inputs):
        rel = item.relative if item.relative.suffix.lower() == ".pdf" else item.relative.with_suffix(".pdf")
        path = review_path(workdir, rel)
        try:
            plan = api.propose(item.source, rules=rules, password=password)
            path.parent.mkdir(parents=True, exist_ok=True)
            # an unreadable earlier file fails this document: a reviewer's work is never overwritten silently
            previous = ReviewSet.load(path, rules=rules) if path.exists() else None
            rs, kept, dropped = build_review(plan, rel.as_posix(), rules, path, previous)
            data = annotated_pdf(item.source.read_bytes(), rs, password)
            api.write_atomic(path.parent / (rel.stem + ANNOTATED_SUFFIX), data, mode=0o600)
            rs.save()
            o = ProposeOutcome(rel.as_posix(), "ok", path, plan.page_count, len(rs.proposals), kept, dropped)
        except RedactError as e:
            reason = e.reason if isinstance(e, InputError) else type(e).__name__
            o = ProposeOutcome(rel.as_posix(), "failed", error=str(e), reason=reason)
        outcomes.append(o)
        if progress:
            progress(o)
    return outcomes


def check_ready(sets: Sequence[ReviewSet], *, allow_pending: bool) -> None:
    """Refuse (before anything is written) when a source changed or, unless allowed, a proposal is pending."""
    for rs in sets:
        src = Path(rs.source.path)
        if sha256_file(src) != rs.source.sha256:
            if not src.is_file():
                raise SourceChangedError(src, "the source file is gone")
            raise SourceChangedError(src)
    pending = [(rs.source.relative, len(rs.pending)) for rs in sets if rs.pending]
    if pending and not allow_pending:
        total = sum(n for _, n in pending)
        shown = ", ".join(f"{name} ({n})" for name, n in pending[:5]) + (" …" if len(pending) > 5 else "")
        raise PendingError(
            f"{total} proposal(s) are still undecided in {len(pending)} document(s): {shown}. Decide them "
            "in `redact review` or with `redact decide`, or pass --approve-pending --by NAME to approve "
            "them.")


def _boxes(rs: ReviewSet, pages: Sequence[PageText]) -> tuple[list[Proposal], list[Box]]:
    proposals: list[Proposal] = []
    boxes: list[Box] = []
    for p in rs.proposals:
        if not p.burnt:
            continue
        if not p.drawn:
            page = pages[p.page]
            if page.text[p.start:p.end] != p.text:
                raise ReviewFileError(rs.path, f"page {p.page + 1}: the text of proposal {p.id} no longer "
                                      "matches the source's extraction (another redact version?)")
        text = "" if p.drawn else p.text
        rects = p.rect_objects()
        proposals.append(Proposal(p.id, p.page, p.start, p.end, text, p.category, p.ground, p.justification,
                                  rects, p.score, p.detector, p.evidence))
        boxes.extend(Box(page=p.page, rect=r, category=p.category, ground=p.ground, proposal_id=p.id,
                         text=text, recognizer=p.detector, score=p.score, justification=p.justification,
                         decision=p.status, by=p.by, at=p.at) for r in rects)
    return proposals, boxes


def _is_label(span: dict[str, Any], codes: set[str]) -> bool:
    """A ground code printed by burn-in: white text consisting of ground codes only."""
    text = "".join(ch["c"] for ch in span.get("chars", ()))
    for code in sorted(codes, key=len, reverse=True):
        text = text.replace(code, "")
    return span.get("color") == 0xFFFFFF and not text.strip()


def check_drawn(dst: Path, boxes: Sequence[Box]) -> list[str]:
    """Locations where text other than a printed ground code is left inside a box drawn by hand."""
    import pymupdf

    from redact.models import Rect
    from redact.pdf.text import contains_center

    drawn = [b for b in boxes if not b.text]
    if not drawn:
        return []
    leaks = []
    with pymupdf.open(dst) as doc:
        for pno in sorted({b.page for b in drawn}):
            codes = {b.ground for b in boxes if b.page == pno}
            raw = doc[pno].get_text("rawdict", flags=pymupdf.TEXT_PRESERVE_WHITESPACE)
            chars = [Rect(*ch["bbox"]) for block in raw.get("blocks", ()) for line in block.get("lines", ())
                     for span in line.get("spans", ()) if not _is_label(span, codes)
                     for ch in span.get("chars", ()) if ch["c"].strip()]
            for b in (b for b in drawn if b.page == pno):
                if any(contains_center(b.rect, r) for r in chars):
                    leaks.append(f"page {pno + 1} box drawn by hand")
    return leaks


def apply_one(rs: ReviewSet, dst: Path, *, password: str | None = None) -> Result:
    """Burn the approved and added boxes of one review set into ``dst`` and verify; returns a Result."""
    from redact import api
    from redact.pdf.text import extract_document
    from redact.pdf.triage import open_pdf

    src = Path(rs.source.path)
    opened = open_pdf(src, password=password)
    try:
        if hashlib.sha256(opened.data).hexdigest() != rs.source.sha256:
            raise SourceChangedError(src)
        pages = extract_document(opened.doc)
    except RedactError:
        raise
    except Exception as e:
        raise InputError(src, f"{type(e).__name__} while extracting text") from e
    finally:
        opened.doc.close()
    if len(pages) != rs.source.pages:
        raise SourceChangedError(src, "page count differs")
    proposals, boxes = _boxes(rs, pages)
    plan = api.Plan(src, rs.source.sha256, tuple(pages), tuple(proposals), tuple(rs.warnings))
    result = api.apply(plan, proposals, dst, password=password, boxes=boxes)
    leaks = check_drawn(dst, boxes)
    if leaks:
        dst.unlink(missing_ok=True)
        raise LeakError(src, tuple(leaks))
    return result


def apply_review(target: Path, out_dir: Path, *, approve_pending_by: str | None = None, reason: str = "",
                 password: str | None = None, progress: Callable[[Outcome], None] | None = None) -> Summary:
    """Apply every review file in ``target`` (a work folder or one review file) into ``out_dir``."""
    from redact import report
    from redact.api import write_atomic
    from redact.batch import Item, Outcome, Summary, _fragment_path, _write_batch_files

    t0 = time.perf_counter()
    files = review_files(target)
    if not files:
        raise ReviewFileError(target, "no *.review.json files found; run `redact propose` first")
    sets = [ReviewSet.load(f) for f in files]
    check_ready(sets, allow_pending=approve_pending_by is not None)
    if approve_pending_by is not None:
        for rs in sets:
            if rs.pending:
                fresh = ReviewSet.load(rs.path)
                fresh.decide([p.id for p in fresh.pending], "approved", by=approve_pending_by,
                             reason=reason or "approved at apply (--approve-pending)", scope="pending")
                fresh.save()
        sets = [ReviewSet.load(f) for f in files]
    out_dir.mkdir(parents=True, exist_ok=True)
    salt = report.load_salt(out_dir)
    from redact.inventory import assess, order_grounds

    rules = load_rules()
    outcomes = []
    for number, rs in enumerate(sets, start=1):
        rel = Path(rs.source.relative)
        item = Item(Path(rs.source.path), rel, number)
        try:
            res = apply_one(rs, out_dir / rel, password=password)
            rows = report.log_rows(rel.as_posix(), res.boxes, salt)
            write_atomic(_fragment_path(out_dir, rel.as_posix()),
                         "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8"),
                         mode=0o600)
            grounds = order_grounds(res.grounds, rules)
            o = Outcome(item, "ok", result=res, pages=res.pages, boxes=len(res.boxes), counts=res.counts,
                        grounds=grounds, assessment=assess(len(res.boxes), 1).value)
        except RedactError as e:
            why = e.reason if isinstance(e, InputError) else type(e).__name__
            o = Outcome(item, "failed", error=str(e), reason=why)
        outcomes.append(o)
        if progress:
            progress(o)
    _write_batch_files(out_dir, outcomes, rules)
    return Summary(outcomes, time.perf_counter() - t0)


def decide_review(target: Path, *, by: str, approve: Sequence[str] = (), reject: Sequence[str] = (),
                  approve_categories: Sequence[str] = (), reject_categories: Sequence[str] = (),
                  approve_all: bool = False, reason: str = "") -> dict[str, int]:
    """Record decisions in every review file of ``target``; returns changed proposals per document.

    Categories apply to all detector proposals of that category; explicit ids override them;
    ``approve_all`` then approves what is still undecided. Everything is checked (unknown ids or
    categories, contradictions, no reviewer) before any file is written.
    """
    from redact.errors import UsageError
    from redact.review import ReviewError, check_reviewer

    by = check_reviewer(by)
    if not (approve or reject or approve_categories or reject_categories or approve_all):
        raise UsageError("nothing to decide: give --approve, --reject, --approve-category, "
                         "--reject-category or --approve-all")
    both = set(approve) & set(reject)
    if both or set(approve_categories) & set(reject_categories):
        raise UsageError("an id or category is both approved and rejected: "
                         + ", ".join(sorted(both | (set(approve_categories) & set(reject_categories)))))
    files = review_files(target)
    if not files:
        raise ReviewFileError(target, "no *.review.json files found; run `redact propose` first")
    sets = [ReviewSet.load(f) for f in files]
    rules = sets[0].rules
    unknown_cats = [c for c in (*approve_categories, *reject_categories) if c not in rules.categories]
    if unknown_cats:
        raise ReviewError(f"unknown category {', '.join(unknown_cats)}; known: {', '.join(rules.categories)}")
    known = {p.id for rs in sets for p in rs.proposals}
    unknown = [i for i in (*approve, *reject) if i not in known]
    if unknown:
        raise ReviewError(f"no proposal with id {', '.join(unknown[:10])} in {target}")
    changed: dict[str, int] = {}
    for rs in sets:
        ids: set[str] = set()
        by_category: list[tuple[Sequence[str], Literal["approved", "rejected"]]] = [
            (approve_categories, "approved"), (reject_categories, "rejected")]
        for cats, status in by_category:
            for cat in cats:
                selected = rs.select(category=cat)
                ids.update(rs.decide(selected, status, by=by, reason=reason, scope=f"category:{cat}"))
        by_id: list[tuple[Sequence[str], Literal["approved", "rejected"]]] = [
            (approve, "approved"), (reject, "rejected")]
        for wanted, status in by_id:
            mine = [i for i in wanted if i in rs]
            if mine:
                ids.update(rs.decide(mine, status, by=by, reason=reason, scope="ids"))
        if approve_all and rs.pending:
            pending = [p.id for p in rs.pending]
            ids.update(rs.decide(pending, "approved", by=by, reason=reason, scope="pending"))
        changed[rs.source.relative] = len(ids)
    for rs in sets:
        if changed[rs.source.relative]:
            rs.save()
    return changed
