"""The public contract of ``redact``: every door (CLI, batch, review app, publication systems) uses these.

- ``analyze_text(text)``: findings of personal data in a Dutch text.
- ``propose(pdf)``: a ``Plan`` — the document's pages with geometry and the proposed redactions.
- ``apply(pdf, proposals, dst)``: burn in the given proposals, scrub, save atomically, verify.
- ``redact_file(src, dst)``: ``propose`` + ``apply`` with every proposal approved.

Guarantees: inputs are never modified; an output is only written (atomically: temp file + rename)
after verification found no redacted string in it; every failure is a ``RedactError``.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from redact.errors import LeakError, OutputError, ProcessingError, RedactError
from redact.models import Box, Finding, PageText, Proposal, Result
from redact.rules import Rules, load_rules

if TYPE_CHECKING:
    from redact.detect.engine import Detector

__all__ = ["Plan", "analyze_text", "apply", "get_detector", "propose", "redact_file"]

_DETECTORS: dict[str, Detector] = {}


def get_detector(rules: Rules | None = None) -> Detector:
    """The analyzer for ``rules``, built once per process (it is the expensive part of start-up)."""
    from redact.detect.engine import Detector

    rules = rules or load_rules()
    det = _DETECTORS.get(rules.version)
    if det is None:
        det = _DETECTORS[rules.version] = Detector(rules)
    return det


def analyze_text(text: str, *, rules: Rules | None = None) -> list[Finding]:
    """Personal data in ``text``: resolved findings (merged, propagated, public officials dropped)."""
    return get_detector(rules).analyze(text)


@dataclass(frozen=True, slots=True)
class Plan:
    """A document read and analysed, ready for review or burn-in."""

    source: Path
    sha256: str
    pages: tuple[PageText, ...]
    proposals: tuple[Proposal, ...]
    warnings: tuple[str, ...] = field(default=())

    @property
    def page_count(self) -> int:
        return len(self.pages)


def proposal_id(doc_sha: str, page: int, start: int, end: int, category: str) -> str:
    """Stable id: the same document, span and category give the same id across runs and rule changes."""
    key = f"{doc_sha}:{page}:{start}:{end}:{category}".encode()
    return hashlib.sha256(key).hexdigest()[:16]


def _to_proposals(findings: Sequence[Finding], pages: Sequence[PageText], starts: Sequence[int],
                  doc_sha: str, rules: Rules) -> list[Proposal]:
    from redact.pdf.text import rects_for_span

    out: list[Proposal] = []
    for f in findings:
        pno = bisect_right(starts, f.start) - 1
        page = pages[pno]
        start = f.start - starts[pno]
        end = min(f.end - starts[pno], len(page.text))
        rects = rects_for_span(page, start, end)
        if not rects:
            continue
        ground = rules.ground_for(f.entity)
        out.append(Proposal(
            id=proposal_id(doc_sha, pno, start, end, f.entity),
            page=pno, start=start, end=end, text=page.text[start:end], category=f.entity,
            ground=ground.code, justification=ground.justification, rects=rects, score=f.score,
            recognizer=f.recognizer, evidence=f.evidence,
        ))
    return out


def propose(pdf: str | os.PathLike[str], *, rules: Rules | None = None, password: str | None = None) -> Plan:
    """Read ``pdf``, extract its text with geometry and propose redactions (nothing is written)."""
    from redact.pdf.text import extract_document, join_pages
    from redact.pdf.triage import open_pdf

    rules = rules or load_rules()
    src = Path(pdf)
    opened = open_pdf(src, password=password)
    try:
        pages = extract_document(opened.doc)
    except Exception as e:
        raise ProcessingError(src, f"{type(e).__name__} while extracting text") from e
    finally:
        opened.doc.close()
    sha = hashlib.sha256(opened.data).hexdigest()
    starts = join_pages(pages)[1]
    from redact.pipeline import detect_pages  # long documents: detected in slices, resolved as one

    findings = detect_pages([p.text for p in pages], rules)
    proposals = _to_proposals(findings, pages, starts, sha, rules)
    warnings = list(opened.warnings)
    blind = [p.page + 1 for p in pages if p.image_only]
    if blind:
        warnings.append(
            f"page(s) {', '.join(map(str, blind))} have no text layer (scanned?): not checked for "
            "personal data, review them by eye"
        )
    return Plan(src, sha, tuple(pages), tuple(proposals), tuple(warnings))


def boxes_for(proposals: Sequence[Proposal]) -> list[Box]:
    return [
        Box(page=p.page, rect=r, category=p.category, ground=p.ground, proposal_id=p.id, text=p.text,
            recognizer=p.recognizer, score=p.score, justification=p.justification)
        for p in proposals for r in p.rects
    ]


def write_atomic(dst: Path, data: bytes, mode: int = 0o644) -> None:
    """Write ``data`` to ``dst`` via a temp file in the same folder and a rename."""
    try:
        dst.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{dst.name}.", suffix=".part", dir=dst.parent)
    except OSError as e:
        raise OutputError(dst, e.strerror or str(e)) from e
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, dst)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(dst, e.strerror or str(e)) from e
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def apply(plan: Plan, proposals: Sequence[Proposal], dst: str | os.PathLike[str], *,
          password: str | None = None, boxes: Sequence[Box] | None = None) -> Result:
    """Burn ``proposals`` (or explicit ``boxes``) into the plan's source, verify, write ``dst``."""
    import pymupdf

    from redact.pdf.burn import burn_boxes, scrub, to_bytes
    from redact.pdf.triage import open_pdf
    from redact.pdf.verify import verify

    t0 = time.perf_counter()
    out_path = Path(dst)
    if out_path.resolve() == plan.source.resolve():
        raise OutputError(out_path, "the output would overwrite the input; choose another path")
    all_boxes = list(boxes) if boxes is not None else boxes_for(proposals)
    opened = open_pdf(plan.source, password=password)
    if hashlib.sha256(opened.data).hexdigest() != plan.sha256:
        opened.doc.close()
        raise OutputError(out_path, "the source changed since it was analysed; propose again")
    doc = opened.doc
    try:
        burn_boxes(doc, all_boxes, plan.pages)  # the plan's pages: extracted from these very bytes
        code_for = {b.text.lower(): b.ground for b in all_boxes}
        notes = scrub(doc, all_boxes, code_for)
        data = to_bytes(doc)
        out = pymupdf.open(stream=data, filetype="pdf")
        try:
            report = verify(out, plan.pages, all_boxes)
        finally:
            out.close()
    except RedactError:
        raise
    except Exception as e:  # MuPDF failed on this file: a typed error, the batch goes on
        raise ProcessingError(plan.source, f"{type(e).__name__} while redacting") from e
    finally:
        doc.close()
    if report.leaks:
        raise LeakError(plan.source, report.leaks)
    write_atomic(out_path, data)
    warnings = list(plan.warnings) + notes
    if report.collateral:
        warnings.append(f"{report.collateral} word(s) outside the boxes were lost on page(s) "
                        f"{', '.join(map(str, report.collateral_pages))}; check the output")
    counts = Counter(p.category for p in proposals)
    return Result(
        source=plan.source, output=out_path, pages=plan.page_count, boxes=tuple(all_boxes), verify=report,
        warnings=tuple(warnings), source_sha256=plan.sha256, seconds=time.perf_counter() - t0,
        counts=dict(counts),
    )


def redact_file(src: str | os.PathLike[str], dst: str | os.PathLike[str], *, rules: Rules | None = None,
                password: str | None = None) -> Result:
    """Redact every proposed item of ``src`` into ``dst`` (``redact run`` for one file).

    The same result as ``apply(propose(src), ...)`` with every proposal, byte for byte, computed
    page by page (``redact.pipeline``) so that memory stays bounded for very long documents.
    """
    from redact.pipeline import redact_document

    return redact_document(src, dst, rules=rules, password=password).result
