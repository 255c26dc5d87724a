"""Stage 2, detect: personal data in a read document, as findings (text offsets) and as proposals
(page, span, rectangles, category, Woo ground, justification).

``find(reading, rules)`` analyses the whole document's text at once (pages joined by
``PAGE_SEPARATOR``), so a person found on one page is proposed on every page; long documents are
analysed in slices of at most ``DETECT_SLICE`` characters cut at page breaks (spaCy refuses texts over
1,000,000 characters) and resolved once on the whole text, exactly as ``Detector.analyze`` does. On
OCR pages the low-confidence neighbours of a name are added. ``page_proposals`` turns one page's
findings into proposals with their display rectangles and adds the signature regions
(``HANDTEKENING``) of the persons redacted there; it needs the page's geometry, so stages 2 and 3
work page by page.

Guarantees: proposal ids are stable (same document bytes, page, span and category give the same id);
the analyzer of a set of rules is built once per process (``get_detector``); nothing is written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from redact.models import Finding, PageText, Proposal
from redact.rules import Rules, load_rules

if TYPE_CHECKING:
    import pymupdf

    from redact.detect.engine import Detector
    from redact.pdf.text import Glyphs
    from redact.pipeline.read import Reading

DETECT_SLICE = 200_000  # characters per recognizer call for long documents

__all__ = ["DETECT_SLICE", "detect_pages", "find", "get_detector", "page_proposals", "proposal_id",
           "span_proposals"]

_DETECTORS: dict[str, Detector] = {}


def get_detector(rules: Rules | None = None) -> Detector:
    """The analyzer for ``rules``, built once per process (it is the expensive part of start-up)."""
    from redact.detect.engine import Detector

    rules = rules or load_rules()
    det = _DETECTORS.get(rules.version)
    if det is None:
        det = _DETECTORS[rules.version] = Detector(rules)
    return det


def _slices(text: str, size: int) -> Iterator[tuple[int, int]]:
    """Cut ``text`` into pieces of at most ``size`` characters, preferably at page breaks."""
    from redact.pdf.text import PAGE_SEPARATOR

    pos, n = 0, len(text)
    while pos < n:
        end = min(n, pos + size)
        if end < n:
            cut = text.rfind(PAGE_SEPARATOR, pos + 1, end)
            if cut <= pos:
                cut = text.rfind("\n", pos + 1, end)
            end = cut if cut > pos else end
        yield pos, end
        pos = end


def detect_pages(texts: Sequence[str], rules: Rules, *, slice_chars: int = DETECT_SLICE,
                 known_persons: Sequence[str] = (), known_public: Sequence[str] = ()) -> list[Finding]:
    """Resolved findings in the pages' texts joined by ``PAGE_SEPARATOR`` (offsets into that join).
    ``known_persons``/``known_public``: names identified elsewhere in the batch (``--consistent``)."""
    from redact.pdf.text import PAGE_SEPARATOR

    detector = get_detector(rules)
    text = PAGE_SEPARATOR.join(texts)
    if len(text) <= slice_chars:
        return detector.analyze(text, known_persons, known_public)
    from redact.detect.resolve import resolve

    raw: list[Finding] = []
    for start, end in _slices(text, slice_chars):
        raw.extend(
            replace(f, start=f.start + start, end=f.end + start) for f in detector.raw(text[start:end])
        )
    return resolve(text, raw, detector.rules, known_persons, known_public)


def find(reading: Reading, rules: Rules, known_persons: Sequence[str] = (),
         known_public: Sequence[str] = ()) -> list[Finding]:
    """The document's findings (offsets into its pages' texts joined by ``PAGE_SEPARATOR``)."""
    findings = detect_pages(reading.texts, rules, known_persons=known_persons, known_public=known_public)
    if reading.ocr:
        from redact.detect.ordinary import ocr_noise
        from redact.pdf.ocr import low_confidence_findings
        from redact.pdf.text import PAGE_SEPARATOR

        text = PAGE_SEPARATOR.join(reading.texts)
        findings = ocr_noise(findings, reading.page, set(reading.ocr), reading.starts())  # map words, guesses
        findings = low_confidence_findings(findings, reading.page, set(reading.ocr), reading.starts(), text)
    return findings


def proposal_id(doc_sha: str, page: int, start: int, end: int, category: str) -> str:
    """Stable id: the same document, span and category give the same id across runs and rule changes."""
    key = f"{doc_sha}:{page}:{start}:{end}:{category}".encode()
    return hashlib.sha256(key).hexdigest()[:16]


def span_proposals(page: PageText, findings: Sequence[Finding], base: int, sha: str, rules: Rules) -> list[Proposal]:
    """Proposals for the ``findings`` of ``page`` (offsets into the joined text, where the page starts at
    ``base``), each with its display rectangles; a finding with nothing visible on the page is dropped."""
    from redact.pdf.text import rects_for_span

    pno = page.page
    out: list[Proposal] = []
    for f in findings:
        start = f.start - base
        end = min(f.end - base, len(page.text))
        rects = rects_for_span(page, start, end)
        if not rects:
            continue
        ground = rules.ground_for(f.entity)
        out.append(Proposal(
            id=proposal_id(sha, pno, start, end, f.entity),
            page=pno, start=start, end=end, text=page.text[start:end], category=f.entity,
            ground=ground.code, justification=ground.justification, rects=rects, score=f.score,
            recognizer=f.recognizer, evidence=f.evidence, doubt=f.doubt,
        ))
    return out


def page_proposals(doc: pymupdf.Document, page: PageText, findings: Sequence[Finding], base: int, sha: str,
                   rules: Rules, glyphs: Glyphs | None = None) -> list[Proposal]:
    """``span_proposals`` of ``page`` followed by its signature regions (``HANDTEKENING``) of the persons
    redacted there. ``glyphs``: ``Glyphs(page)`` if at hand."""
    out = span_proposals(page, findings, base, sha, rules)
    return out + _signature_proposals(doc, page, out, sha, rules, glyphs)


def _signature_proposals(doc: pymupdf.Document, page: PageText, proposals: Sequence[Proposal], sha: str,
                         rules: Rules, glyphs: Glyphs | None) -> list[Proposal]:
    """HANDTEKENING regions in the signature blocks of the persons redacted on ``page``
    (see ``pdf.signature``)."""
    from redact.pdf.signature import signature_regions

    spans = [(p.start, p.end) for p in proposals if p.category == "NAAM"]
    if not spans:
        return []
    try:
        regions = signature_regions(doc[page.page], page, spans, glyphs)
    except Exception:  # a layout heuristic must never fail a document; the reviewer still sees it
        return []
    ground = rules.ground_for("HANDTEKENING")
    return [
        Proposal(
            id=proposal_id(sha, page.page, -1, -1, f"HANDTEKENING@{r.x0:.0f},{r.y0:.0f}"), page=page.page,
            start=-1, end=-1, text="", category="HANDTEKENING", ground=ground.code,
            justification=ground.justification, rects=(r,), score=0.6, recognizer="SignatureRegion",
            evidence=("structure:signature-block",),
        )
        for r in regions
    ]
