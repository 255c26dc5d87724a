"""One document through the stages: read → detect → select → burn → finish.

Three orchestrations of the same stage functions, one per door:
- ``run_document``: every stage, every proposal selected (``redact run``, ``api.redact_file``);
- ``propose_document``: read + detect; returns a ``Plan`` (pages, proposals, what OCR read) for a
  reviewer; nothing is written;
- ``apply_document``: read back (with the OCR results of the plan, never OCR again) + the chosen boxes
  + burn + finish (``redact apply``, ``api.apply``).

For the same bytes, rules, options and selection they burn the same boxes in the same order, so ``run``
and ``propose`` + ``apply`` with every proposal approved give byte-identical outputs (tested over the
samples, the evaluation sets and scanned documents). Pages are handled one at a time: detection's
proposals for a page are made right before it is burnt, and its geometry is released right after.

Guarantees: the input is never modified and never the output; the output is written (atomically)
only after verification found no redacted string in it; every failure is a ``RedactError`` naming
the file.
"""

from __future__ import annotations

import os
import time
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from redact.errors import ProcessingError, RedactError, SourceChangedError
from redact.models import Finding, OcrPage, Plan, Proposal, Result
from redact.pdf.store import trim_cache
from redact.pipeline.burn import Burner
from redact.pipeline.detect import find, page_proposals, side_redactions, signature_cue, span_proposals
from redact.pipeline.finish import check_destination, finish
from redact.pipeline.read import Reading, ReadOptions, read
from redact.pipeline.select import Chosen, boxes_for, check
from redact.rules import Rules, load_rules

__all__ = ["DocumentReport", "apply_document", "propose_document", "run_document"]


@dataclass(frozen=True, slots=True)
class DocumentReport:
    """What a redacted document took: the ``Result`` plus what the inventory list needs."""

    result: Result
    proposals: tuple[Proposal, ...]
    date: str  # the document's own date (ISO) or ""
    words_left: int  # words still readable in the output's page text (outside every box)


def _by_page(findings: Sequence[Finding], starts: Sequence[int]) -> dict[int, list[Finding]]:
    pages: dict[int, list[Finding]] = defaultdict(list)
    for f in findings:
        pages[bisect_right(starts, f.start) - 1].append(f)
    return pages


def _date(reading: Reading, proposals: Sequence[Proposal]) -> str:
    """The document's own date from its first pages, never one that is redacted."""
    from redact.detect.dates import document_date
    from redact.pdf.text import PAGE_SEPARATOR

    starts = reading.starts()
    spans = [(starts[p.page] + p.start, starts[p.page] + p.end) for p in proposals if p.page < 3 and p.start >= 0]
    return document_date(PAGE_SEPARATOR.join(reading.texts[:3]), spans)


def _report(reading: Reading, burner: Burner, rules: Rules, dst: str | os.PathLike[str], t0: float, *,
            verification: str, text_dst: str | os.PathLike[str] | None) -> DocumentReport:
    # personal data outside the page content: found with the persons that are redacted on the pages
    side = side_redactions(reading.side, burner.proposals, rules)
    report, notes = finish(reading, burner, dst, side=side, verification=verification, text_dst=text_dst)
    proposals = tuple(burner.proposals)
    result = Result(
        source=reading.source, output=Path(dst), pages=reading.page_count, boxes=tuple(burner.boxes),
        verify=report, warnings=tuple(dict.fromkeys([*reading.warnings, *notes])),
        source_sha256=reading.sha256, seconds=time.perf_counter() - t0,
        counts=dict(Counter(p.category for p in proposals)), side=side,
    )
    return DocumentReport(result, proposals, _date(reading, proposals), burner.words_left)


def _guarded(reading: Reading, what: str) -> ProcessingError:
    return ProcessingError(reading.source, what)


def run_document(src: str | os.PathLike[str], dst: str | os.PathLike[str], *, rules: Rules | None = None,
                 options: ReadOptions | None = None, verification: str = "basic", text_layer: bool = True,
                 text_dst: str | os.PathLike[str] | None = None,
                 known_persons: Sequence[str] = (), known_public: Sequence[str] = ()) -> DocumentReport:
    """Every stage with every proposal selected: ``src`` redacted into ``dst`` (and its redacted plain
    text into ``text_dst``). ``known_persons``/``known_public``: names identified elsewhere in the batch
    (``--consistent``), private and public ones."""
    t0 = time.perf_counter()
    rules = rules or load_rules()
    check_destination(src, dst, verification)
    with read(src, options) as reading:
        try:
            findings = find(reading, rules, known_persons, known_public)
            starts = reading.starts()
            by_page = _by_page(findings, starts)
            burner = Burner(reading, rules, text_layer=text_layer, plain=text_dst is not None)
            for pno in range(reading.page_count):
                trim_cache(pno)
                here = by_page.get(pno, [])
                cue = here or signature_cue(reading.texts[pno])  # a signature column needs no finding
                if not cue and not burner.needs(pno):
                    burner.skip(pno)
                    continue
                page = reading.page(pno)
                reading.release(pno)
                glyphs = None
                props: list[Proposal] = []
                if cue:
                    from redact.pdf.text import Glyphs

                    glyphs = Glyphs(page)
                    props = page_proposals(reading.doc, page, here, starts[pno], reading.sha256, rules, glyphs)
                burner.page(pno, page, props, boxes_for(props), glyphs)
            return _report(reading, burner, rules, dst, t0, verification=verification, text_dst=text_dst)
        except RedactError:
            raise
        except Exception as e:  # MuPDF failed on this file: a typed error, the batch goes on
            raise _guarded(reading, f"{type(e).__name__} while redacting") from e


def propose_document(src: str | os.PathLike[str], *, rules: Rules | None = None,
                     options: ReadOptions | None = None, known_persons: Sequence[str] = (),
                     known_public: Sequence[str] = ()) -> Plan:
    """Read and detect: the ``Plan`` of ``src`` (every page's text and geometry, the proposals, the
    warnings, what OCR read, and the mentions of the persons kept public, for a reviewer to see). Nothing
    is written."""
    rules = rules or load_rules()
    options = options or ReadOptions()
    with read(src, options) as reading:
        try:
            public: list[Finding] = []
            findings = find(reading, rules, known_persons, known_public, public)
            starts = reading.starts()
            by_page = _by_page(findings, starts)
            kept_by_page = _by_page(sorted(public, key=lambda f: (f.start, f.end)), starts)
            pages = []
            proposals: list[Proposal] = []
            kept: list[Proposal] = []
            for pno in range(reading.page_count):
                trim_cache(pno)
                page = reading.page(pno)
                pages.append(page)
                here = by_page.get(pno, [])
                if here or signature_cue(reading.texts[pno]):
                    proposals += page_proposals(reading.doc, page, here, starts[pno], reading.sha256, rules)
                if pno in kept_by_page:
                    kept += span_proposals(page, kept_by_page[pno], starts[pno], reading.sha256, rules)
            ocr = tuple(reading.ocr[p] for p in sorted(reading.ocr))
            reading.check_unchanged()  # the plan carries the hash: it must be of the bytes read
            return Plan(reading.source, reading.sha256, tuple(pages), tuple(proposals), tuple(reading.warnings),
                        ocr, options.ocr, _date(reading, proposals), side_redactions(reading.side, proposals, rules),
                        tuple(kept))
        except RedactError:
            raise
        except Exception as e:
            raise _guarded(reading, f"{type(e).__name__} while detecting") from e


def apply_document(src: str | os.PathLike[str], dst: str | os.PathLike[str], chosen: Chosen, *,
                   rules: Rules | None = None, options: ReadOptions | None = None,
                   ocr_pages: Sequence[OcrPage] = (), sha256: str | None = None, verification: str = "basic",
                   text_layer: bool = True, text_dst: str | os.PathLike[str] | None = None) -> DocumentReport:
    """Burn the ``chosen`` boxes into ``src`` and finish into ``dst``. ``ocr_pages``: what OCR read when
    the document was proposed (used instead of OCR); ``sha256``: the proposed source's hash (a changed
    source is refused with ``SourceChangedError``); ``options.ocr`` must be the mode of the proposal."""
    t0 = time.perf_counter()
    rules = rules or load_rules()
    check_destination(src, dst, verification)
    with read(src, options, ocr_pages={p.page: p for p in ocr_pages}) as reading:
        if sha256 is not None and reading.sha256 != sha256:
            raise SourceChangedError(reading.source)
        try:
            per_page = chosen.by_page()
            burner = Burner(reading, rules, text_layer=text_layer, plain=text_dst is not None)
            for pno in range(reading.page_count):
                trim_cache(pno)
                mine = per_page.get(pno)
                if mine is None and not burner.needs(pno):
                    burner.skip(pno)
                    continue
                page = reading.page(pno)
                reading.release(pno)
                props, boxes = mine or ([], [])
                check(reading.source, page, props)
                burner.page(pno, page, props, boxes)
            if per_page and max(per_page) >= reading.page_count:
                raise SourceChangedError(reading.source, "a box lies on a page the document does not have")
            return _report(reading, burner, rules, dst, t0, verification=verification, text_dst=text_dst)
        except RedactError:
            raise
        except Exception as e:
            raise _guarded(reading, f"{type(e).__name__} while redacting") from e
