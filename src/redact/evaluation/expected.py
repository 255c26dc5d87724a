"""The evaluation harness: proposals of the tool against the expected-results files of a document set.

``evaluate_dir(DIR)`` runs the pipeline's read and detect stages (``propose_document``) on every ``*.pdf``
under DIR that has a ``<name>.expected.yaml``
next to it (the format of samples/README.md) and scores at occurrence level, per category:

* **recall** - every occurrence of an expected ``redact`` string in the page text is a positive; it is
  *hit* when every letter and digit of it lies inside proposals (a dot after a final initial may stay);
* **precision** - a proposal is correct when it overlaps an expected occurrence (a proposal inside a
  longer personal datum counts as correct: it is personal data anyway), otherwise it is *spurious*;
* **keep** - every occurrence of a ``keep`` string is *kept* when no proposal overlaps it;
* **BSN** - every proposed BSN must pass the 11-check (``bad_bsn`` counts those that do not).

Beyond the page text (issue 15's additions to the format, see samples/README.md):

* **metadata places** - every occurrence of an ``in_metadata`` string in a text outside the pages
  (``pdf.sidetexts``: Info keys, XMP, bookmarks, annotations, attachments) is a positive of category
  ``META:<place>`` (``META:Subject``, ``META:bookmark`` …); it is hit when the output removes that place
  (Author, Creator, custom keys, XMP …) or the plan's side redactions cover it there;
* **regions** - ``regions`` (page, rectangle, category: signatures, and the personal data on scanned
  pages measured before scanning) are hit when the proposals' rectangles cover ``REGION_HIT`` of their
  area; a proposal without a text span (a HANDTEKENING region) is correct when it touches an expected
  region; ``keep_regions`` (a public office holder's signature) count as keep items, kept when less
  than ``REGION_KEEP`` of them is covered;
* **scanned pages** (``scanned_pages``) are scored by their regions only (their page text is what OCR
  read); ``scan_expected``/``scan_hit`` give their recall.
Guarantees: documents are only read; the report holds the missed and spurious strings because its reader
evaluates test documents: do not run it on real personal data and publish the output.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from redact.errors import UsageError
from redact.evaluation.persons import Item, PersonReport, evaluate_texts, format_persons, score_persons, text_sets
from redact.models import PageText, Proposal
from redact.rules import Rules

OVERALL = "ALL"
REGION_HIT = 0.6  # share of an expected region the proposals must cover
REGION_KEEP = 0.2  # a keep region with more than this covered counts as touched
_GRID = 12  # sample points per side when measuring coverage


@dataclass(slots=True)
class CategoryScore:
    """Counts for one category (or ``ALL``)."""

    category: str
    expected: int = 0  # occurrences of expected strings
    hit: int = 0
    proposed: int = 0  # proposals of this category
    correct: int = 0

    @property
    def recall(self) -> float:
        return self.hit / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.proposed if self.proposed else 1.0


@dataclass(slots=True)
class EvalReport:
    """The scores of a document set."""

    documents: int = 0
    pages: int = 0
    categories: dict[str, CategoryScore] = field(default_factory=dict)
    missed: list[Item] = field(default_factory=list)
    spurious: list[Item] = field(default_factory=list)
    keep_total: int = 0
    keep_kept: int = 0
    touched: list[Item] = field(default_factory=list)
    bad_bsn: int = 0
    seconds: float = 0.0
    scan_expected: int = 0  # regions on scanned pages
    scan_hit: int = 0

    @property
    def scan_recall(self) -> float:
        return self.scan_hit / self.scan_expected if self.scan_expected else 1.0
    persons: PersonReport | None = None  # sets annotated with persons (public kept, private found, strays)

    @property
    def keep_ratio(self) -> float:
        return self.keep_kept / self.keep_total if self.keep_total else 1.0

    def category(self, name: str) -> CategoryScore:
        return self.categories.setdefault(name, CategoryScore(name))

    @property
    def overall(self) -> CategoryScore:
        total = CategoryScore(OVERALL)
        for c in self.categories.values():
            total.expected += c.expected
            total.hit += c.hit
            total.proposed += c.proposed
            total.correct += c.correct
        return total


def _pattern(s: str, bounded: bool) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(w) for w in s.split())
    return re.compile(rf"(?<![\w'’]){body}(?![\w'’])" if bounded else body)


def _occurrences(text: str, s: str, *, bounded: bool = False) -> list[tuple[int, int]]:
    """Occurrences of ``s`` with any whitespace between its words; ``bounded``: as whole words (keep
    strings such as the label "T"); redact strings are counted like ``str.count`` (samples/README.md)."""
    return [m.span() for m in _pattern(s, bounded).finditer(text)] if s.strip() else []


def _bsn_ok(text: str) -> bool:
    from stdnum.nl import bsn

    return bool(bsn.is_valid(re.sub(r"\D", "", text)))


def coverage(rect: Sequence[float], rects: Sequence[Sequence[float]]) -> float:
    """The share of ``rect`` that lies inside the union of ``rects`` (sampled on a grid)."""
    x0, y0, x1, y1 = rect
    if not rects or x1 <= x0 or y1 <= y0:
        return 0.0
    inside = 0
    for i in range(_GRID):
        x = x0 + (i + 0.5) * (x1 - x0) / _GRID
        for j in range(_GRID):
            y = y0 + (j + 0.5) * (y1 - y0) / _GRID
            inside += any(r[0] <= x <= r[2] and r[1] <= y <= r[3] for r in rects)
    return inside / (_GRID * _GRID)


def _touches(a: Sequence[float], b: Sequence[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _score_regions(report: EvalReport, name: str, proposals: Sequence[Proposal], expected: Mapping[str, Any],
                   scanned: set[int]) -> None:
    regions = list(expected.get("regions", []))
    for r in regions:
        page = int(r["page"]) - 1
        rects = [tuple(x) for p in proposals if p.page == page for x in p.rects]
        cat = report.category(str(r["category"]))
        cat.expected += 1
        x0, y0, x1, y1 = r["rect"]
        if "text" in r:  # a text's box reaches from ascender to descender: measure the glyphs' core
            y0, y1 = y0 + 0.25 * (y1 - y0), y1 - 0.2 * (y1 - y0)
        hit = coverage((x0, y0, x1, y1), rects) >= REGION_HIT
        cat.hit += hit
        if page in scanned:
            report.scan_expected += 1
            report.scan_hit += hit
        if not hit:
            report.missed.append(Item(name, page + 1, str(r["category"]), str(r.get("text", "(region)"))))
    for r in expected.get("keep_regions", []):
        page = int(r["page"]) - 1
        report.keep_total += 1
        if coverage(r["rect"], [tuple(x) for p in proposals if p.page == page for x in p.rects]) > REGION_KEEP:
            report.touched.append(Item(name, page + 1, "KEEP", "(region)"))
        else:
            report.keep_kept += 1
    for p in proposals:
        if p.start >= 0 and p.page not in scanned:
            continue  # scored against the page text
        cat = report.category(p.category)
        cat.proposed += 1
        if any(int(r["page"]) - 1 == p.page and _touches(x, r["rect"]) for r in regions for x in p.rects):
            cat.correct += 1
        else:
            report.spurious.append(Item(name, p.page + 1, p.category, p.text or "(region)"))


def _score_side(report: EvalReport, name: str, side_texts: Sequence[Any], side: Sequence[Any],
                expected: Mapping[str, Any]) -> None:
    """``in_metadata`` strings in the texts outside the pages (see the module docstring)."""
    for s in expected.get("in_metadata", []):
        for st in side_texts:
            for m in _pattern(s, False).finditer(st.text):
                kind = st.place.removeprefix("metadata ").split()[0]
                kind = {"page": st.place.split()[-1]}.get(kind, kind)
                cat = report.category(f"META:{kind}")
                cat.expected += 1
                mask = bytearray(len(st.text))
                for sr in side:
                    if sr.place == st.place:
                        for h in _pattern(sr.text, False).finditer(st.text):
                            mask[h.start() : h.end()] = b"\x01" * (h.end() - h.start())
                if not st.keep or all(mask[i] for i in range(*m.span()) if st.text[i].isalnum()):
                    cat.hit += 1
                else:
                    report.missed.append(Item(name, 0, cat.category, s))


def score_document(report: EvalReport, name: str, pages: Sequence[PageText], proposals: Sequence[Proposal],
                   expected: Mapping[str, Any], side_texts: Sequence[Any] = (), side: Sequence[Any] = ()) -> None:
    """Add the scores of one document (its page texts and proposals) to ``report``; ``side_texts``: the
    source's texts outside the pages (``pdf.sidetexts.collect``), ``side``: the plan's side redactions."""
    redact = list(expected.get("redact", []))  # strings only planted in metadata simply do not occur
    report.documents += 1
    report.pages += len(pages)
    scanned = {int(n) - 1 for n in expected.get("scanned_pages", [])}
    _score_regions(report, name, proposals, expected, scanned)
    _score_side(report, name, side_texts, side, expected)
    for pt in pages:
        props = [p for p in proposals if p.page == pt.page and p.start >= 0]
        mask = bytearray(len(pt.text))
        for p in props:
            mask[p.start : p.end] = b"\x01" * (p.end - p.start)
        positives: list[tuple[int, int]] = []
        # a scanned page's personal data is scored by its regions (what OCR read may differ); its
        # keep strings are scored in what OCR read
        for r in redact if pt.page not in scanned else ():
            cat = report.category(r["category"])
            for s, e in _occurrences(pt.text, r["text"]):
                positives.append((s, e))
                cat.expected += 1
                if all(mask[i] for i in range(s, e) if pt.text[i].isalnum()):
                    cat.hit += 1
                else:
                    report.missed.append(Item(name, pt.page + 1, r["category"], r["text"]))
        for p in props if pt.page not in scanned else ():
            cat = report.category(p.category)
            cat.proposed += 1
            if any(s < p.end and p.start < e for s, e in positives):
                cat.correct += 1
            else:
                report.spurious.append(Item(name, pt.page + 1, p.category, p.text))
            if p.category == "BSN" and not _bsn_ok(p.text):
                report.bad_bsn += 1
        for k in _keep_texts(expected):
            for s, e in _occurrences(pt.text, k, bounded=True):
                report.keep_total += 1
                if any(mask[s:e]):
                    report.touched.append(Item(name, pt.page + 1, "KEEP", k))
                else:
                    report.keep_kept += 1


def _keep_texts(expected: Mapping[str, Any]) -> list[str]:
    """The keep strings: plain strings (samples) or ``{text, why}`` items (real-nl)."""
    return [k if isinstance(k, str) else str(k.get("text", "")) for k in expected.get("keep") or []]


def _pdf_of(y: Path, data: object, documents: Path | None) -> Path | None:
    if not isinstance(data, dict) or not data.get("document"):
        return None
    pdf = (documents if documents is not None else y.parent) / str(data["document"])
    return pdf if pdf.is_file() else None


def expected_files(directory: Path, documents: Path | None = None) -> list[Path]:
    """The ``*.expected.yaml`` files under ``directory`` whose PDF exists (next to it, or in ``documents``),
    sorted."""
    return [y for y in sorted(directory.rglob("*.expected.yaml"))
            if _pdf_of(y, yaml.safe_load(y.read_text(encoding="utf-8")), documents) is not None]


def evaluate_dir(directory: str | Path, *, rules: Rules | None = None,
                 progress: Callable[[str], None] | None = None, ocr: str = "auto",
                 documents: str | Path | None = None) -> EvalReport:
    """Score the tool's proposals on every document with an expected-results file under ``directory``
    (the PDF next to it, or in ``documents``). A folder of annotated texts (``<id>.txt`` + ``<id>.yaml``,
    tests/data/realtext) is scored by ``persons.evaluate_texts`` instead; files that annotate ``persons``
    add public kept, private found and stray findings (``report.persons``)."""
    from redact.pipeline import ReadOptions, propose_document

    d = Path(directory)
    if not d.is_dir():
        raise UsageError(f"{d}: not a folder")
    docs = Path(documents) if documents is not None else None
    files = expected_files(d, docs)
    if not files and text_sets(d):
        return EvalReport(persons=evaluate_texts(d, rules=rules, progress=progress))
    if not files:
        raise UsageError(f"{d}: no <name>.expected.yaml files with their PDF found"
                         + ("" if docs is not None else " (use --documents DIR when the PDFs lie elsewhere)"))
    t0 = time.perf_counter()
    report = EvalReport()
    for y in files:
        expected = yaml.safe_load(y.read_text(encoding="utf-8"))
        pdf = _pdf_of(y, expected, docs)
        assert pdf is not None
        name = y.name.removesuffix(".expected.yaml") if docs is not None else str(pdf.relative_to(d))
        # scanned documents are read as in `run`
        plan = propose_document(pdf, rules=rules, options=ReadOptions(ocr=ocr))
        score_document(report, name, plan.pages, plan.proposals, expected, _side_texts(pdf),
                       plan.side)
        if "persons" in expected:
            report.persons = report.persons or PersonReport()
            pages = [(pt.page, pt.text, [(p.start, p.end, p.category, p.text) for p in plan.proposals
                                         if p.page == pt.page and p.start >= 0]) for pt in plan.pages]
            score_persons(report.persons, name, pages, expected,
                          redact_items=[str(r["text"]) for r in expected.get("redact") or []], stray_categories=None)
        if progress is not None:
            progress(name)
    report.seconds = time.perf_counter() - t0
    if report.persons is not None:
        report.persons.seconds = report.seconds
    return report


def _side_texts(pdf: Path) -> tuple[Any, ...]:
    import pymupdf

    from redact.pdf.sidetexts import collect

    with pymupdf.open(pdf) as doc:
        return collect(doc)


def parse_thresholds(values: Sequence[str]) -> dict[str, float]:
    """``["0.99", "NAAM=0.995"]`` -> ``{"*": 0.99, "NAAM": 0.995}`` (``*``: every category)."""
    out: dict[str, float] = {}
    for v in values:
        key, _, num = v.rpartition("=")
        try:
            value = float(num)
        except ValueError:
            raise UsageError(f"threshold {v!r}: expected a number or CATEGORY=number") from None
        if not 0.0 <= value <= 1.0:
            raise UsageError(f"threshold {v!r}: must lie between 0 and 1")
        out[key.upper() or "*"] = value
    return out


def failures(report: EvalReport, *, min_recall: Mapping[str, float] | None = None,
             min_precision: Mapping[str, float] | None = None, min_keep: float | None = None,
             allow_bad_bsn: bool = False, min_public_kept: float | None = None,
             min_private_found: float | None = None) -> list[str]:
    """Human-readable reasons why ``report`` is below the thresholds (empty: all met)."""
    out: list[str] = []
    people = report.persons
    for what, floor, tally in (("public kept", min_public_kept, people.public if people else None),
                               ("private found", min_private_found, people.private if people else None)):
        if floor is not None and tally is not None and tally.ratio < floor:
            out.append(f"{what} {tally.ratio:.4f} < {floor}")
    for label, wanted, attr in (("recall", min_recall or {}, "recall"),
                                ("precision", min_precision or {}, "precision")):
        for key, threshold in wanted.items():
            if key == OVERALL:
                scores = [report.overall]
            elif key == "*":
                scores = list(report.categories.values())
            else:
                scores = [report.category(key)]
            for c in scores:
                value = getattr(c, attr)
                if value < threshold:
                    out.append(f"{c.category} {label} {value:.4f} < {threshold}")
    if min_keep is not None and report.keep_ratio < min_keep:
        out.append(f"keep {report.keep_ratio:.4f} < {min_keep}")
    if report.bad_bsn and not allow_bad_bsn:
        out.append(f"{report.bad_bsn} proposed BSN(s) fail the 11-check")
    return out


def format_report(report: EvalReport, *, items: bool = True) -> str:
    """A plain-text table of the scores, then (with ``items``) the missed, spurious and touched strings;
    then the person figures of an annotated set (``format_persons``)."""
    if not report.documents and report.persons is not None:
        return format_persons(report.persons, items=items)
    lines = [f"{report.documents} documents, {report.pages} pages, {report.seconds:.1f} s", "",
             f"{'category':<14}{'expected':>9}{'hit':>7}{'recall':>9}{'proposed':>10}{'correct':>9}{'precision':>11}"]
    for c in [*sorted(report.categories.values(), key=lambda c: c.category), report.overall]:
        lines.append(f"{c.category:<14}{c.expected:>9}{c.hit:>7}{c.recall:>9.4f}{c.proposed:>10}{c.correct:>9}"
                     f"{c.precision:>11.4f}")
    lines.append("")
    lines.append(f"keep strings: {report.keep_kept}/{report.keep_total} kept ({report.keep_ratio:.4f}); "
                 f"BSNs failing the 11-check: {report.bad_bsn}")
    if report.scan_expected:
        lines.append(f"scanned pages: {report.scan_hit}/{report.scan_expected} regions covered "
                     f"({report.scan_recall:.4f})")
    if items:
        for title, group in (("missed", report.missed), ("spurious", report.spurious),
                             ("keep strings touched", report.touched)):
            if group:
                lines += ["", f"{title} ({len(group)}):"]
                lines += [f"  {i.document} p{i.page} {i.category}: {i.text!r}" for i in group]
    if report.persons is not None:
        lines += ["", "persons:", format_persons(report.persons, items=items)]
    return "\n".join(lines)


__all__ = ["CategoryScore", "EvalReport", "Item", "evaluate_dir", "failures", "format_report",
           "parse_thresholds", "score_document"]
