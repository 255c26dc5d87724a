"""Stage 2, detect: personal data in a read document, as findings (text offsets) and as proposals
(page, span, rectangles, category, Woo ground, justification).

``find(reading, rules)`` analyses the whole document's text at once (pages joined by
``PAGE_SEPARATOR``), so a person found on one page is proposed on every page; long documents are
analysed in slices of at most ``DETECT_SLICE`` characters cut at page breaks (spaCy refuses texts over
1,000,000 characters) and resolved once on the whole text, exactly as ``Detector.analyze`` does. On
OCR pages the low-confidence neighbours of a name are added, and the document's persons as OCR read
them a little differently (``pdf.ocr_match``). ``page_proposals`` turns one page's
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

from redact.models import Finding, PageText, Proposal, SideRedaction
from redact.rules import Rules, load_rules

if TYPE_CHECKING:
    import pymupdf

    from redact.detect.engine import Detector
    from redact.pdf.sidetexts import SideText
    from redact.pdf.text import Glyphs
    from redact.pipeline.read import Reading

DETECT_SLICE = 200_000  # characters per recognizer call for long documents

__all__ = ["DETECT_SLICE", "detect_pages", "find", "get_detector", "page_proposals", "proposal_id",
           "side_redactions", "signature_cue", "span_proposals"]

_DETECTORS: dict[str, list[Detector]] = {}  # by rules version; rules of one version may differ (replace())


def get_detector(rules: Rules | None = None) -> Detector:
    """The analyzer for ``rules``, built once per process (it is the expensive part of start-up)."""
    from redact.detect.engine import Detector

    rules = rules or load_rules()
    same = _DETECTORS.setdefault(rules.version, [])
    # the same version with other contents (``dataclasses.replace(rules, mandate_signers=…)``) is other rules
    for det in same:
        if det.rules is rules or det.rules == rules:
            return det
    det = Detector(rules)
    same[:] = [*same[-3:], det]
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
                 known_persons: Sequence[str] = (), known_public: Sequence[str] = (),
                 kept: list[Finding] | None = None) -> list[Finding]:
    """Resolved findings in the pages' texts joined by ``PAGE_SEPARATOR`` (offsets into that join).
    ``known_persons``/``known_public``: names identified elsewhere in the batch (``--consistent``);
    ``kept`` receives the mentions of the persons kept public (for the reviewer)."""
    from redact.pdf.text import PAGE_SEPARATOR

    detector = get_detector(rules)
    text = PAGE_SEPARATOR.join(texts)
    if len(text) <= slice_chars:
        return detector.analyze(text, known_persons, known_public, kept)
    from redact.detect.resolve import resolve

    raw: list[Finding] = []
    for start, end in _slices(text, slice_chars):
        raw.extend(
            replace(f, start=f.start + start, end=f.end + start) for f in detector.raw(text[start:end])
        )
    return resolve(text, raw, detector.rules, known_persons, known_public, kept)


def find(reading: Reading, rules: Rules, known_persons: Sequence[str] = (),
         known_public: Sequence[str] = (), kept: list[Finding] | None = None) -> list[Finding]:
    """The document's findings (offsets into its pages' texts joined by ``PAGE_SEPARATOR``); ``kept``
    receives the mentions of the persons kept public."""
    findings = detect_pages(reading.texts, rules, known_persons=known_persons, known_public=known_public,
                            kept=kept)
    if reading.ocr:
        from redact.detect.ordinary import ocr_noise
        from redact.detect.resolve import merge
        from redact.pdf.ocr import low_confidence_findings
        from redact.pdf.ocr_match import near_matches
        from redact.pdf.text import PAGE_SEPARATOR

        text = PAGE_SEPARATOR.join(reading.texts)
        findings = ocr_noise(findings, reading.page, set(reading.ocr), reading.starts())  # map words, guesses
        starts = reading.starts()
        findings = low_confidence_findings(findings, reading.page, set(reading.ocr), starts, text)
        # a person named elsewhere in the document, read a little differently by OCR
        spans = [(starts[p], starts[p] + len(reading.texts[p])) for p in sorted(reading.ocr)]
        findings = sorted(merge(text, near_matches(findings, text, spans)), key=lambda f: (f.start, f.end))
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
    from redact.pdf.signature import has_cue, signature_regions

    spans = [(p.start, p.end) for p in proposals if p.category in ("NAAM", "INITIALEN")]
    if not spans and not has_cue(page.text):
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


def side_redactions(side: Sequence[SideText], proposals: Sequence[Proposal], rules: Rules) -> tuple[SideRedaction, ...]:
    """Personal data in the texts outside the page content (``pdf.sidetexts``): each text analysed with
    the same recognizers, plus the document's persons (the names of ``proposals``, i.e. those that are
    redacted on the pages) and the names found in the other side texts, so a name that the page text
    gives in full ("Jan van der Linden") is also found in a bookmark ("Reactie J. van der Linden").

    Deterministic in ``side``, ``proposals`` and ``rules``: ``run`` (every proposal) and ``apply`` (the
    chosen ones) compute the same result when every proposal is chosen."""
    if not side:
        return ()
    from redact.detect.resolve import resolve

    detector = get_detector(rules)
    persons = sorted({p.text for p in proposals if p.category == "NAAM"})
    # ``detector.analyze(text, names)`` is ``resolve(text, detector.raw(text), …, names)``: the
    # recognizers' findings do not depend on the names, so each distinct text is recognised once (short
    # texts that recur in many documents, "Microsoft Word", once per process) and resolved per name set
    raw = {st.text: detector.raw_cached(st.text) for st in side}

    def analyze(names: list[str]) -> list[list[Finding]]:
        done = {text: resolve(text, list(fs), detector.rules, names) for text, fs in raw.items()}
        return [done[st.text] for st in side]

    found = analyze(persons)
    more = sorted({f.text for fs in found for f in fs if f.entity == "NAAM"} - set(persons))
    if more:  # a name found in one side text is looked for in the others too
        found = analyze([*persons, *more])
    out: dict[tuple[str, str, str], SideRedaction] = {}
    for st, fs in zip(side, found, strict=True):
        for f in fs:
            ground = rules.ground_for(f.entity)
            key = (st.place, f.text, f.entity)
            if key not in out:
                out[key] = SideRedaction(st.place, f.text, f.entity, ground.code, ground.justification,
                                         f.recognizer, f.score, st.keep, f.evidence)
    return tuple(out.values())


def signature_cue(text: str) -> bool:
    """True when a page with ``text`` may hold a signature region even without findings (a signature
    column, a sign-off): its proposals must then be made too."""
    from redact.pdf.signature import has_cue

    return has_cue(text)
