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
    import pymupdf

    from redact.detect.engine import Detector
    from redact.evaluate import EvalReport
    from redact.pdf.text import Glyphs
    from redact.pdf.triage import Limits
    from redact.pdf.xverify import FullReport

__all__ = ["Plan", "analyze_text", "apply", "evaluate", "get_detector", "propose", "propose_and_apply",
           "redact_file", "verify_file"]

_DETECTORS: dict[str, Detector] = {}


def get_detector(rules: Rules | None = None) -> Detector:
    """The analyzer for ``rules``, built once per process (it is the expensive part of start-up)."""
    from redact.detect.engine import Detector

    rules = rules or load_rules()
    det = _DETECTORS.get(rules.version)
    if det is None:
        det = _DETECTORS[rules.version] = Detector(rules)
    return det


def analyze_text(text: str, *, rules: Rules | None = None, known_persons: Sequence[str] = ()) -> list[Finding]:
    """Personal data in ``text``: resolved findings (merged, propagated, public officials dropped).
    ``known_persons``: names found elsewhere in the batch (``detect.consistent.batch_persons``)."""
    return get_detector(rules).analyze(text, known_persons)


@dataclass(frozen=True, slots=True)
class Plan:
    """A document read and analysed, ready for review or burn-in."""

    source: Path
    sha256: str
    pages: tuple[PageText, ...]
    proposals: tuple[Proposal, ...]
    warnings: tuple[str, ...] = field(default=())
    strip_text_pages: tuple[int, ...] = ()  # re-OCR'd pages whose old text layer is removed at burn-in

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


def _signature_proposals(doc: pymupdf.Document, pages: Sequence[PageText], proposals: Sequence[Proposal],
                         sha: str, rules: Rules, glyphs: Sequence[Glyphs] | None = None) -> list[Proposal]:
    """HANDTEKENING regions in the signature blocks of redacted persons (see ``pdf.signature``).
    ``glyphs``: ``Glyphs`` of each of ``pages`` when the caller has them."""
    from redact.pdf.signature import signature_regions

    ground = rules.ground_for("HANDTEKENING")
    out: list[Proposal] = []
    for k, pt in enumerate(pages):
        spans = [(p.start, p.end) for p in proposals if p.page == pt.page and p.category == "NAAM"]
        if not spans:
            continue
        try:
            regions = signature_regions(doc[pt.page], pt, spans, glyphs[k] if glyphs is not None else None)
        except Exception:  # a layout heuristic must never fail a document; the reviewer still sees it
            continue
        for r in regions:
            out.append(Proposal(
                id=proposal_id(sha, pt.page, -1, -1, f"HANDTEKENING@{r.x0:.0f},{r.y0:.0f}"), page=pt.page,
                start=-1, end=-1, text="", category="HANDTEKENING", ground=ground.code,
                justification=ground.justification, rects=(r,), score=0.6, recognizer="SignatureRegion",
                evidence=("structure:signature-block",),
            ))
    return out


def propose(pdf: str | os.PathLike[str], *, rules: Rules | None = None, password: str | None = None,
            limits: Limits | None = None, ocr: str = "auto", ocr_dpi: int = 300, ocr_lang: str = "nld",
            known_persons: Sequence[str] = ()) -> Plan:
    """Read ``pdf``, extract its text with geometry and propose redactions (nothing is written).

    ``password`` opens encrypted files (never logged); ``limits`` sets the byte and page limits.
    ``ocr``: ``auto`` reads scanned pages with Tesseract, ``force`` also re-reads scanned pages that
    carry an old text layer (replacing it), ``off`` never (scanned pages are then flagged, unchecked).
    ``known_persons``: names identified in other documents of the batch, proposed here too
    (``--consistent``; see ``redact.detect.consistent``).
    """
    from redact.pdf.ocr import low_confidence_findings, ocr_document
    from redact.pdf.text import extract_document, join_pages
    from redact.pdf.triage import open_pdf
    from redact.pipeline import detect_pages

    rules = rules or load_rules()
    src = Path(pdf)
    opened = open_pdf(src, password=password, limits=limits)
    doc = opened.doc
    sha = hashlib.sha256(opened.data).hexdigest()
    try:
        try:
            pages = extract_document(doc)
            pages, ocr_notes, strip = ocr_document(doc, pages, mode=ocr, dpi=ocr_dpi, lang=ocr_lang)
        except RedactError:
            raise
        except Exception as e:
            raise ProcessingError(src, f"{type(e).__name__} while extracting text") from e
        text, starts = join_pages(pages)
        # long documents are analysed in slices (spaCy refuses texts over 1,000,000 characters)
        findings = detect_pages([p.text for p in pages], rules, known_persons=known_persons)
        findings = low_confidence_findings(findings, pages, starts, text)
        proposals = _to_proposals(findings, pages, starts, sha, rules)
        proposals += _signature_proposals(doc, pages, proposals, sha, rules)
    finally:
        doc.close()
    warnings = list(opened.warnings) + ocr_notes
    blind = [p.page + 1 for p in pages if p.image_only and not p.text.strip()]
    if blind:
        warnings.append(
            f"page(s) {', '.join(map(str, blind))} have no text layer (scanned?): not checked for "
            "personal data, review them by eye"
        )
    return Plan(src, sha, tuple(pages), tuple(proposals), tuple(warnings), strip)


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


def write_if_changed(dst: Path, data: bytes, mode: int = 0o644) -> bool:
    """``write_atomic`` unless ``dst`` already holds exactly ``data`` (a re-run with nothing new);
    True when it wrote."""
    try:
        if dst.stat().st_size == len(data) and dst.read_bytes() == data:
            return False
    except OSError:
        pass
    write_atomic(dst, data, mode)
    return True


def apply(plan: Plan, proposals: Sequence[Proposal], dst: str | os.PathLike[str], *,
          password: str | None = None, boxes: Sequence[Box] | None = None, verification: str = "basic",
          limits: Limits | None = None, text_layer: bool = True) -> Result:
    """Burn ``proposals`` (or explicit ``boxes``) into the plan's source, verify, write ``dst``.

    ``verification="basic"`` checks the output in-process with PyMuPDF (page text, raw objects, side
    channels); ``"full"`` adds pdftotext, pypdf, a parser-independent scan of the file and the
    image-under-box check (``redact.pdf.xverify``). Any hit raises ``LeakError`` and nothing is written.
    OCR pages get an invisible text layer of their OCR words minus the redacted ones (searchable,
    readable by screen readers) unless ``text_layer`` is false.
    """
    import pymupdf

    from redact.pdf.burn import burn_boxes, scrub, to_bytes
    from redact.pdf.ocr import insert_text_layer, strip_text_layer, without_ocr_text
    from redact.pdf.triage import open_pdf
    from redact.pdf.verify import verify

    t0 = time.perf_counter()
    out_path = Path(dst)
    if out_path.resolve() == plan.source.resolve():
        raise OutputError(out_path, "the output would overwrite the input; choose another path")
    all_boxes = list(boxes) if boxes is not None else boxes_for(proposals)
    if verification not in ("basic", "full"):
        raise ValueError(f"verification must be 'basic' or 'full', not {verification!r}")
    opened = open_pdf(plan.source, password=password, limits=limits)
    if hashlib.sha256(opened.data).hexdigest() != plan.sha256:
        opened.doc.close()
        raise OutputError(out_path, "the source changed since it was analysed; propose again")
    doc = opened.doc
    try:
        for pno in plan.strip_text_pages:
            strip_text_layer(doc[pno])
        # the plan's pages were extracted from these very bytes: reuse them unless OCR replaced a page
        reuse = not plan.strip_text_pages and not any(p.ocr for p in plan.pages)
        burn_boxes(doc, all_boxes, plan.pages if reuse else None)
        expected = list(plan.pages)
        for pt in plan.pages:
            if not pt.ocr:
                continue
            if text_layer:
                insert_text_layer(doc[pt.page], pt, [b.rect for b in all_boxes if b.page == pt.page])
            else:
                expected[pt.page] = without_ocr_text(pt)
        code_for = {b.text.lower(): b.ground for b in all_boxes}
        notes = scrub(doc, all_boxes, code_for)
        data = to_bytes(doc)
        out = pymupdf.open(stream=data, filetype="pdf")
        try:
            report = verify(out, expected, all_boxes)
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
    if verification == "full":
        from redact.pdf.xverify import needles_to_check, verify_full

        full = verify_full(data, needles_to_check(expected, all_boxes), boxes=all_boxes)
        if full.hits:
            raise LeakError(plan.source, full.hits)
        if full.failures:
            from redact.errors import UnverifiableOutputError

            raise UnverifiableOutputError(plan.source, full.failures)
    write_atomic(out_path, data)
    warnings = list(dict.fromkeys([*plan.warnings, *opened.warnings, *notes]))
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
                password: str | None = None, verification: str = "basic",
                limits: Limits | None = None, ocr: str = "auto", ocr_dpi: int = 300,
                text_layer: bool = True) -> Result:
    """Redact every proposed item of ``src`` into ``dst`` (``redact run`` for one file).

    With ``limits.seconds`` set, the work runs in a child process that is killed after that many
    seconds (``TimeLimitError``), see ``redact.deadline``.
    """
    if limits is not None and limits.seconds:
        from functools import partial

        from redact.deadline import call_with_time_limit, remove_partials

        return call_with_time_limit(redact_file, src, dst, rules=rules, password=password,
                                    verification=verification, limits=limits.untimed(), ocr=ocr,
                                    ocr_dpi=ocr_dpi, text_layer=text_layer,
                                    seconds=limits.seconds, label=src, cleanup=partial(remove_partials, dst))
    t0 = time.perf_counter()
    plan = propose(src, rules=rules, password=password, limits=limits, ocr=ocr, ocr_dpi=ocr_dpi)
    result = apply(plan, plan.proposals, dst, password=password, verification=verification, limits=limits,
                   text_layer=text_layer)
    return Result(
        source=result.source, output=result.output, pages=result.pages, boxes=result.boxes,
        verify=result.verify, warnings=result.warnings, source_sha256=result.source_sha256,
        seconds=time.perf_counter() - t0, counts=result.counts,
    )


def propose_and_apply(src: str | os.PathLike[str], dst: str | os.PathLike[str], *, rules: Rules | None = None,
                      password: str | None = None, verification: str = "basic",
                      limits: Limits | None = None, ocr: str = "auto", ocr_dpi: int = 300,
                      text_layer: bool = True, known_persons: Sequence[str] = ()) -> tuple[Plan, Result]:
    """``propose`` + ``apply`` with every proposal approved; the unit of work the batch runs per document
    (under the executor's time limit, see ``redact.jobs``). ``known_persons``:
    names identified elsewhere in the batch (``--consistent``)."""
    plan = propose(src, rules=rules, password=password, limits=limits, ocr=ocr, ocr_dpi=ocr_dpi,
                   known_persons=known_persons)
    return plan, apply(plan, plan.proposals, dst, password=password, verification=verification, limits=limits,
                       text_layer=text_layer)


def verify_file(pdf: str | os.PathLike[str], against: str | os.PathLike[str]) -> FullReport:
    """Full verification of an output PDF against a review file (``redact verify``).

    ``against`` is loaded by ``redact.pdf.needles.load_needles``; the report lists the places where a
    redacted string was found (never the string). The PDF is read, never modified.
    """
    from redact.errors import InputError, NotAPdfError, NotFoundError
    from redact.pdf.needles import load_needles
    from redact.pdf.triage import is_pdf_bytes
    from redact.pdf.xverify import verify_full

    path = Path(pdf)
    needles = load_needles(Path(against))
    try:
        data = path.read_bytes()
    except FileNotFoundError as e:
        raise NotFoundError(path) from e
    except OSError as e:
        raise InputError(path, e.strerror or str(e)) from e
    if not is_pdf_bytes(data):
        raise NotAPdfError(path)
    try:
        return verify_full(data, needles.texts, boxes=needles.boxes)
    except RedactError:
        raise
    except Exception as e:
        raise ProcessingError(path, f"{type(e).__name__} while verifying") from e

# -- the review workflow: propose → review → apply (engine in redact.reviewflow) --------------------

from redact.review import ReviewSet  # noqa: E402  (re-exported: the review file's Python API)

__all__ += ["ReviewSet", "apply_review", "decide_review", "propose_review"]


def propose_review(inputs: Sequence[str | os.PathLike[str]], workdir: str | os.PathLike[str], *,
                   rules: Rules | None = None, password: str | None = None,
                   progress: Callable[[ProposeOutcome], None] | None = None) -> list[ProposeOutcome]:
    """Propose redactions for ``inputs`` (files or folders) and write, per document, a review file
    (``<name>.review.json``, confidential, 0600) and an annotated copy (``<name>.review.pdf``) into
    ``workdir``. Nothing is burnt in. A re-run keeps every earlier decision whose proposal still exists."""
    from redact.reviewflow import propose_review as _propose

    return _propose([Path(p) for p in inputs], Path(workdir), rules=rules, password=password,
                    progress=progress)


def decide_review(workdir: str | os.PathLike[str], *, by: str, approve: Sequence[str] = (),
                  reject: Sequence[str] = (), approve_categories: Sequence[str] = (),
                  reject_categories: Sequence[str] = (), approve_all: bool = False,
                  reason: str = "") -> dict[str, int]:
    """Record decisions (``redact decide``) in the review files of ``workdir``; changes per document."""
    from redact.reviewflow import decide_review as _decide

    return _decide(Path(workdir), by=by, approve=approve, reject=reject,
                   approve_categories=approve_categories, reject_categories=reject_categories,
                   approve_all=approve_all, reason=reason)


def apply_review(workdir_or_file: str | os.PathLike[str], out: str | os.PathLike[str], *,
                 approve_pending_by: str | None = None, reason: str = "", password: str | None = None,
                 progress: Callable[[Outcome], None] | None = None) -> Summary:
    """Burn in the approved and added redactions of every review file into ``out`` and verify them.

    Refuses (before writing) when a proposal is undecided, unless ``approve_pending_by`` names who
    approves them, or when a source changed since propose. Writes ``redaction-log.csv/.jsonl`` with the
    decision, reviewer and time per box, and ``errors.csv``."""
    from redact.reviewflow import apply_review as _apply

    return _apply(Path(workdir_or_file), Path(out), approve_pending_by=approve_pending_by, reason=reason,
                  password=password, progress=progress)


if TYPE_CHECKING:
    from collections.abc import Callable

    from redact.batch import Outcome, Summary
    from redact.reviewflow import ProposeOutcome


def evaluate(directory: str | os.PathLike[str], *, rules: Rules | None = None,
             public_persons: Sequence[str] = ()) -> EvalReport:
    """Score the proposals of ``propose`` against the ``*.expected.yaml`` files under ``directory``
    (occurrence-level recall and precision per category, public strings kept; see ``redact.evaluate``).

    ``public_persons``: names of public persons for this document set (like ``--public-list``).
    """
    from redact.evaluate import evaluate_dir

    rules = (rules or load_rules()).with_public_persons(tuple(public_persons))
    return evaluate_dir(Path(directory), rules=rules)


# -- publication: a bundle for Woo publication platforms (engine in redact.publish) -----------------

__all__ += ["publish"]


def publish(source: str | os.PathLike[str], bundle: str | os.PathLike[str], *,
            dossier: str | os.PathLike[str] | None = None, publisher: str | None = None,
            category: str | None = None, kind: str | None = None, reference: str | None = None,
            title: str | None = None, pdfa: bool = False, rules_dir: str | os.PathLike[str] | None = None,
            ) -> BundleResult:
    """Write the publication bundle of a finished ``run``/``apply`` output folder ``source`` into
    ``bundle``: ``<dossier>/`` (redacted PDFs, DiWoo metadata per document as XML and publicatiebank JSON,
    inventory list with duplicates marked, the redaction log, ``motivering.pdf``, SHA256SUMS) and
    ``<dossier>.zip``. ``dossier`` is a YAML file with the dossier's settings (``rules/publication.yaml``
    shows the keys); ``publisher``/``category``/``kind``/``reference``/``title`` override it. ``pdfa``
    converts the PDFs to PDF/A-2b (Ghostscript) and checks them again. See ``redact.publish.bundle``."""
    from redact.publish.bundle import publish as _publish

    overrides = {"publisher": publisher, "informatiecategorie": category, "documentsoort": kind,
                 "woo_verzoek": reference, "titel": title}
    return _publish(Path(source), Path(bundle), dossier_file=Path(dossier) if dossier is not None else None,
                    overrides=overrides, pdfa=pdfa, rules_dir=Path(rules_dir) if rules_dir is not None else None)


if TYPE_CHECKING:
    from redact.publish.bundle import BundleResult
