"""Propose → review → apply over a work folder (the engine behind ``api.propose_review``/``apply_review``).

``propose_review`` runs the pipeline's read and detect stages per document and writes, per document, a
review file (see ``redact.review.reviewset``), what OCR read (``<name>.ocr.json``, see
``redact.review.ocr``) and a copy of the PDF with the proposals as redaction annotations that are NOT
applied (``<name>.review.pdf``, for Acrobat or any viewer). All three are as confidential as the source
(0600). A re-run keeps every earlier decision whose proposal still exists (same id: same document, page,
span and category), every box a reviewer added, and a ground a reviewer chose; dropped decisions are
logged.

``apply_review`` burns in the approved and added redactions only, through the batch driver
(``redact.batch.drive``): executors, time limits, resume, the log and the inventory list are those of
``redact run``. It refuses before writing anything when a proposal is undecided (unless
``approve_pending_by`` names who approves them, which is recorded) or a source changed since propose.
Each document is read back with the OCR words the reviewer saw (never OCR'd again), its chosen boxes
are burnt, and the finish stage verifies it as ``redact run`` does (including the check that nothing
but a ground code is left inside a box drawn by hand) before anything is written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from redact.errors import InputError, RedactError, SourceChangedError
from redact.files import sha256_file, write_atomic
from redact.models import Box, PageText, Plan, Proposal
from redact.review.ocr import StoredOcr, load_ocr, ocr_path, save_ocr
from redact.review.reviewset import ReviewSet, context_of, person_keys
from redact.review.schema import (
    ANNOTATED_SUFFIX,
    DETECTION,
    VERSION,
    HistoryEntry,
    PendingError,
    ReviewFile,
    ReviewFileError,
    ReviewProposal,
    now,
    review_files,
    review_path,
)
from redact.rules import Rules, load_rules

if TYPE_CHECKING:
    from redact.batch import Item, Outcome, Summary
    from redact.batch.tasks import Selection
    from redact.pdf.triage import Limits

SYSTEM = DETECTION  # detection's own decisions (a person kept public) are recorded under this name


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
        "score": round(p.score, 4), "evidence": list(p.evidence), "person": person, "doubt": p.doubt,
        "status": "proposed",
    }


def _kept_reason(evidence: tuple[str, ...]) -> str:
    """Why detection kept a person public (cues only, never names), as the reviewer reads it."""
    cues = [e for e in evidence if e.startswith(("publiek:", "prive:"))]
    return "openbaar: " + "; ".join(cues) if cues else "openbaar"


def build_review(plan: Plan, relative: str, rules: Rules, path: Path, previous: ReviewSet | None,
                 item: Item | None = None, parent: str = "") -> tuple[ReviewSet, int, int]:
    """A review set for ``plan``, merged with ``previous`` decisions; returns (set, kept, dropped)."""
    from redact import __version__

    keys = person_keys([(p.id, p.category, p.text) for p in (*plan.proposals, *plan.kept)])
    fresh = [ReviewProposal.model_validate(_proposal_record(p, plan.pages[p.page], keys[p.id]))
             for p in plan.proposals]
    stamp = now()
    # the mentions of persons detection kept public: shown, decided by detection (the reviewer may change it)
    fresh += [ReviewProposal.model_validate({
        **_proposal_record(p, plan.pages[p.page], keys[p.id]), "status": "rejected", "by": SYSTEM, "at": stamp,
        "reason": _kept_reason(p.evidence),
    }) for p in plan.kept]
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
                if p.by == SYSTEM or (p.status == "proposed" and not p.ground_set_by):
                    continue  # no reviewer's decision to carry over: this run's proposal (or verdict) holds
                proposals[pid] = new.model_copy(update=update)
                kept += p.status != "proposed" or bool(p.ground_set_by)
            elif p.manual and same_source:
                proposals[pid] = p
                kept += 1
            elif (p.status != "proposed" and p.by != SYSTEM) or p.manual:
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
                   **({"origin": str(item.origin.resolve()), "kind": item.kind, "parent": parent}
                      if item is not None and item.origin is not None else {}),
                   **({"number": item.number} if item is not None else {}),
                   "pages": plan.page_count},
        "warnings": list(plan.warnings), "proposals": list(proposals.values()), "history": history,
        "side": [{"place": sr.place, "text": sr.text, "category": sr.category, "ground": sr.ground,
                  "detector": sr.recognizer, "score": round(sr.score, 4), "kept": sr.kept,
                  "evidence": list(sr.evidence)} for sr in plan.side],
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
                   password: str | None = None, ocr: str = "auto", ocr_dpi: int = 300,
                   progress: Callable[[ProposeOutcome], None] | None = None) -> list[ProposeOutcome]:
    """Write a review file, the OCR results and an annotated copy per input document into ``workdir``."""
    from redact.batch import check_output_dir, discover
    from redact.batch.inputs import output_relative
    from redact.pipeline.document import propose_document
    from redact.pipeline.read import ReadOptions

    rules = rules or load_rules()
    check_output_dir(inputs, workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    options = ReadOptions(password=password, ocr=ocr, ocr_dpi=ocr_dpi)
    outcomes: list[ProposeOutcome] = []
    items = _converted(discover(inputs, exclude=workdir), workdir, rules)
    rel_of = {item.number: output_relative(item) for item in items}
    for item in items:
        rel = rel_of[item.number]
        path = review_path(workdir, rel)
        if item.failure is not None:  # a file that could not be converted: reported, never skipped silently
            o = ProposeOutcome(rel.as_posix(), "failed", error=item.failure[0], reason=item.failure[1])
            outcomes.append(o)
            if progress:
                progress(o)
            continue
        try:
            plan = propose_document(item.source, rules=rules, options=options)
            if item.warnings:
                plan = replace(plan, warnings=(*item.warnings, *plan.warnings))
            path.parent.mkdir(parents=True, exist_ok=True)
            # an unreadable earlier file fails this document: a reviewer's work is never overwritten silently
            previous = ReviewSet.load(path, rules=rules) if path.exists() else None
            parent = rel_of[item.parent].as_posix() if item.parent is not None else ""
            rs, kept, dropped = build_review(plan, rel.as_posix(), rules, path, previous, item, parent)
            data = annotated_pdf(item.source.read_bytes(), rs, password)
            write_atomic(path.parent / (rel.stem + ANNOTATED_SUFFIX), data, mode=0o600)
            save_ocr(ocr_path(path), StoredOcr(plan.sha256, plan.ocr_mode, ocr_dpi, options.ocr_lang, plan.ocr))
            rs.save()
            o = ProposeOutcome(rel.as_posix(), "ok", path, plan.page_count, len(rs.proposals), kept, dropped)
        except RedactError as e:
            reason = e.reason if isinstance(e, InputError) else type(e).__name__
            o = ProposeOutcome(rel.as_posix(), "failed", error=str(e), reason=reason)
        outcomes.append(o)
        if progress:
            progress(o)
    from redact.review.persons import apply_person_decisions

    apply_person_decisions(workdir)  # the dossier's decisions on persons reach documents proposed now too
    return outcomes


def _converted(items: list[Item], workdir: Path, rules: Rules) -> list[Item]:
    """``items`` with every file that is not a PDF converted (here, one after the other) and followed by
    its attachments; the PDFs the reviewer sees are kept in the work folder (``.redact/converted``)."""
    from redact.batch.dossier import ConvertTask, Node, convert_job, expand, needs_conversion
    from redact.batch.tasks import remember_rules

    remember_rules(rules)
    store, cache = workdir / ".redact" / "converted", workdir / ".redact" / "convert-cache"
    nodes: dict[int, Node] = {item.number: convert_job(ConvertTask(item.number, item.source, store, cache,
                                                                   rules.version))
                              for item in items if needs_conversion(item.source)}
    return expand(items, nodes) if nodes else items


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


def chosen(rs: ReviewSet) -> tuple[list[Proposal], list[Box]]:
    """The approved and added proposals of ``rs`` and their boxes (with decision, reviewer and time), in the
    file's order, which is the order ``run`` burns them in. A box drawn by hand carries no text: it removes
    what lies under it by geometry."""
    proposals: list[Proposal] = []
    boxes: list[Box] = []
    for p in rs.in_file_order:
        if not p.burnt:
            continue
        text = "" if p.drawn else p.text
        rects = p.rect_objects()
        proposals.append(Proposal(p.id, p.page, p.start, p.end, text, p.category, p.ground, p.justification,
                                  rects, p.score, p.detector, p.evidence, p.doubt))
        boxes.extend(Box(page=p.page, rect=r, category=p.category, ground=p.ground, proposal_id=p.id,
                         text=text, recognizer=p.detector, score=p.score, justification=p.justification,
                         decision=p.status, by=p.by, at=p.at, doubt=p.doubt) for r in rects)
    return proposals, boxes


def _items(sets: list[ReviewSet]) -> list[Item]:
    """The documents of the review sets, in the order and with the IDs ``propose`` gave them (a message
    followed by its attachments), so ``apply`` lists them as ``run`` does; sets without IDs (older work
    folders) or with clashing ones are numbered in file order. ``sets`` is put in that order too."""
    from redact.batch import Item

    numbers = [rs.source.number for rs in sets]
    if 0 in numbers or len(set(numbers)) != len(numbers):
        numbers = list(range(1, len(sets) + 1))
    ordered = sorted(zip(numbers, sets, strict=True), key=lambda pair: pair[0])
    sets[:] = [rs for _, rs in ordered]
    by_relative = {rs.source.relative: n for n, rs in ordered}
    return [Item(Path(rs.source.path), Path(rs.source.relative), n,
                 origin=Path(rs.source.origin) if rs.source.origin else None,
                 parent=by_relative.get(rs.source.parent) if rs.source.parent else None, kind=rs.source.kind)
            for n, rs in ordered]


def selection(rs: ReviewSet) -> Selection:
    """What ``apply`` burns for the document of ``rs``: its chosen boxes and the stored OCR words; keyed by
    the review file's content, so a re-run after a changed decision redoes the document."""
    from redact.batch.tasks import Selection
    from redact.pipeline.select import Chosen

    proposals, boxes = chosen(rs)
    path = ocr_path(rs.path)
    stored = load_ocr(path, rs.source.sha256) if path.exists() else StoredOcr(rs.source.sha256, "auto", 300, "nld", ())
    key = hashlib.sha256(rs.to_json().encode("utf-8")).hexdigest()
    return Selection(Chosen(tuple(proposals), tuple(boxes)), stored.pages, stored.mode, stored.dpi,
                     rs.source.sha256, key)


def apply_review(target: Path, out_dir: Path, *, approve_pending_by: str | None = None, reason: str = "",
                 password: str | None = None, progress: Callable[[Outcome], None] | None = None,
                 jobs: int = 1, executor: str = "auto", limits: Limits | None = None, verification: str = "basic",
                 text_layer: bool = True, write_text: bool = False, force: bool = False,
                 rules: Rules | None = None) -> Summary:
    """Apply every review file in ``target`` (a work folder or one review file) into ``out_dir``."""
    from redact.batch import Execution, drive
    from redact.batch.tasks import Job

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
    rules = rules or load_rules()
    items = _items(sets)
    chosen_for = {item.number: selection(rs) for item, rs in zip(items, sets, strict=True)}

    def job(item: Item, dst: Path, salt: bytes) -> Job:
        sel = chosen_for[item.number]
        return Job(item.number, item.source, item.relative.as_posix(), dst,
                   dst.with_suffix(".txt") if write_text else None, rules.version, password, salt,
                   verification=verification, limits=limits, text_layer=text_layer,
                   selection=sel)

    how = Execution(executor, jobs, None, bool(limits is not None and limits.seconds))
    return drive(items, out_dir, job, rules=rules, how=how, write_text=write_text, force=force, progress=progress)


def decide_review(target: Path, *, by: str, approve: Sequence[str] = (), reject: Sequence[str] = (),
                  approve_categories: Sequence[str] = (), reject_categories: Sequence[str] = (),
                  approve_all: bool = False, reason: str = "") -> dict[str, int]:
    """Record decisions in every review file of ``target``; returns changed proposals per document.

    Categories apply to all detector proposals of that category; explicit ids override them;
    ``approve_all`` then approves what is still undecided. Everything is checked (unknown ids or
    categories, contradictions, no reviewer) before any file is written.
    """
    from redact.errors import UsageError
    from redact.review.schema import ReviewError, check_reviewer

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
