"""The real-world yardstick: are office holders kept, private persons found, ordinary words left alone?

Two kinds of annotated sets are scored, both with a ``persons`` list per document (name, status
``public``/``private``/``unsure``, reason, every mention string; see ``tests/data/realtext/README.md``):

* **text sets** (``tests/data/realtext/<split>``): ``<id>.txt`` + ``<id>.yaml`` (with ``not_names``), analysed
  with the detector as ``analyze_text`` does;
* **PDF sets** (``tests/data/real-nl``): ``<stem>.expected.yaml`` (with ``redact``/``keep`` items and
  ``persons``), read and detected by the pipeline's ``propose``; the scores of ``expected.py`` are added.

Per set it counts, over the distinct mention strings of each document (the unit of issue 14):

* **public kept** - a public person's mention is kept when no finding touches any of its occurrences;
* **private found** (recall) - a private person's mention is found when every letter and digit of every
  occurrence lies inside findings;
* **unsure** - how many unsure mentions are proposed (fail closed: they should be);
* **stray findings** - name findings (``NAAM``, ``INITIALEN``; in a PDF set any category) that overlap no
  annotated mention and no ``redact`` item; ``not_names``/``keep`` strings that a finding touches are listed
  as *touched*.

Occurrences are whole-word (a mention inside another word does not count) with any white space between
words; an occurrence inside a longer mention of a person of another status is left to that person.
Guarantees: nothing is written; the report holds names from the annotated set (public texts): never run it
on confidential documents and publish the output.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from redact.errors import UsageError
from redact.rules import Rules

NAME_CATEGORIES = frozenset({"NAAM", "INITIALEN"})
Span = tuple[int, int, str, str]  # start, end, category, text


@dataclass(frozen=True, slots=True)
class Item:
    """One missed occurrence, spurious proposal or touched string (of any evaluation)."""

    document: str
    page: int  # 1-based
    category: str
    text: str


@dataclass(slots=True)
class Tally:
    """Distinct mention strings (and their occurrences) of one status: how many came out right."""

    strings: int = 0
    right: int = 0  # public: kept; private/unsure: found (proposed in full)
    occurrences: int = 0
    right_occurrences: int = 0

    @property
    def ratio(self) -> float:
        return self.right / self.strings if self.strings else 1.0

    def add(self, other: Tally) -> None:
        self.strings += other.strings
        self.right += other.right
        self.occurrences += other.occurrences
        self.right_occurrences += other.right_occurrences


@dataclass(slots=True)
class PersonReport:
    """Public kept, private found, unsure proposed and stray findings of one annotated set."""

    documents: int = 0
    public: Tally = field(default_factory=Tally)
    private: Tally = field(default_factory=Tally)
    unsure: Tally = field(default_factory=Tally)
    keep_total: int = 0  # not_names / keep items (occurrences)
    keep_kept: int = 0
    lost: list[Item] = field(default_factory=list)  # public mentions proposed
    missed: list[Item] = field(default_factory=list)  # private mentions not (fully) proposed
    stray: list[Item] = field(default_factory=list)
    touched: list[Item] = field(default_factory=list)  # not_names / keep strings touched
    by_genre: dict[str, tuple[Tally, Tally]] = field(default_factory=dict)  # genre -> (public, private)
    absent: int = 0  # mention strings not found in the text analysed (e.g. OCR read them otherwise)
    seconds: float = 0.0


def _pattern(s: str) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(w) for w in s.split())
    return re.compile(rf"(?<![\w'’]){body}(?![\w'’])")


def occurrences(text: str, s: str) -> list[tuple[int, int]]:
    """Whole-word occurrences of ``s`` in ``text``, any white space between its words."""
    return [m.span() for m in _pattern(s).finditer(text)] if s.strip() else []


def _covered(mask: bytearray, text: str, s: int, e: int) -> bool:
    return all(mask[i] for i in range(s, e) if text[i].isalnum())


def score_persons(report: PersonReport, name: str, pages: Sequence[tuple[int, str, Sequence[Span]]],
                  annotation: Mapping[str, Any], *, redact_items: Iterable[str] = (),
                  stray_categories: frozenset[str] | None = NAME_CATEGORIES) -> None:
    """Add one document to ``report``. ``pages``: (page number, text, findings on it);
    ``annotation``: ``persons``, ``genre`` and ``not_names`` or ``keep``; ``redact_items``: strings that
    must go besides the persons' mentions (a finding on them is no stray); ``stray_categories``: the
    categories whose unexplained findings are strays (None: all)."""
    report.documents += 1
    persons = [p for p in annotation.get("persons") or [] if isinstance(p, dict)]
    keeps = [k if isinstance(k, str) else str(k.get("text", "")) for k in
             (annotation.get("not_names") or annotation.get("keep") or [])]
    genre = str(annotation.get("genre", "other"))
    g_public, g_private = report.by_genre.setdefault(genre, (Tally(), Tally()))
    tallies = {"public": report.public, "private": report.private, "unsure": report.unsure}
    found_anywhere: dict[tuple[int, str], list[tuple[int, int, int]]] = {}
    for i, p in enumerate(persons):
        for m in dict.fromkeys(p.get("mentions") or []):
            found_anywhere[(i, m)] = []
    explained: list[tuple[int, int, int]] = []  # page, start, end of every mention / redact item
    masks: dict[int, bytearray] = {}
    for page, text, spans in pages:
        mask = masks[page] = bytearray(len(text))
        for s, e, _, _ in spans:
            mask[max(0, s):max(0, e)] = b"\x01" * (max(0, e) - max(0, s))
        occ = {(i, m): occurrences(text, m) for (i, m) in found_anywhere}
        for (i, m), spans_m in occ.items():
            status = persons[i].get("status")
            for s, e in spans_m:
                explained.append((page, s, e))
                inside_other = any(
                    persons[j].get("status") != status and any(s2 <= s and e <= e2 and (s2, e2) != (s, e)
                                                              for s2, e2 in other)
                    for (j, _), other in occ.items() if j != i)
                if not inside_other:
                    found_anywhere[(i, m)].append((page, s, e))
        for r in redact_items:
            explained.extend((page, s, e) for s, e in occurrences(text, r))
        for k in keeps:
            for s, e in occurrences(text, k):
                report.keep_total += 1
                if any(mask[s:e]):
                    report.touched.append(Item(name, page + 1, "KEEP", k))
                else:
                    report.keep_kept += 1
        for s, e, cat, t in spans:
            if stray_categories is not None and cat not in stray_categories:
                continue
            if not any(pg == page and s < e2 and s2 < e for pg, s2, e2 in explained):
                report.stray.append(Item(name, page + 1, cat, t))
    texts = {page: text for page, text, _ in pages}
    for (i, m), occs in found_anywhere.items():
        status = str(persons[i].get("status"))
        if not occs:
            report.absent += 1
            continue
        tally = Tally(strings=1, occurrences=len(occs))
        if status == "public":
            tally.right_occurrences = sum(1 for pg, s, e in occs if not any(masks[pg][s:e]))
            tally.right = int(tally.right_occurrences == tally.occurrences)
            if not tally.right:
                report.lost.append(Item(name, occs[0][0] + 1, "PUBLIC", m))
            g_public.add(tally)
        else:
            tally.right_occurrences = sum(1 for pg, s, e in occs if _covered(masks[pg], texts[pg], s, e))
            tally.right = int(tally.right_occurrences == tally.occurrences)
            if not tally.right and status == "private":
                report.missed.append(Item(name, occs[0][0] + 1, "PRIVATE", m))
            if status == "private":
                g_private.add(tally)
        tallies[status].add(tally)


def text_sets(directory: Path) -> list[Path]:
    """The annotations ``<id>.yaml`` under ``directory`` that have their ``<id>.txt`` beside them."""
    return [y for y in sorted(directory.rglob("*.yaml")) if y.with_suffix(".txt").is_file()]


def evaluate_texts(directory: str | Path, *, rules: Rules | None = None,
                   progress: Callable[[str], None] | None = None) -> PersonReport:
    """Score the detector (as ``analyze_text``) on every annotated text under ``directory``."""
    from redact.pipeline.detect import get_detector

    d = Path(directory)
    files = text_sets(d) if d.is_dir() else []
    if not files:
        raise UsageError(f"{d}: no annotated texts (<id>.txt with <id>.yaml) found")
    detector = get_detector(rules)
    t0 = time.perf_counter()
    report = PersonReport()
    for y in files:
        annotation = yaml.safe_load(y.read_text(encoding="utf-8"))
        text = y.with_suffix(".txt").read_text(encoding="utf-8")
        spans = [(f.start, f.end, f.entity, f.text) for f in detector.analyze(text)]
        score_persons(report, str(y.relative_to(d).with_suffix("")), [(0, text, spans)], annotation)
        if progress is not None:
            progress(y.stem)
    report.seconds = time.perf_counter() - t0
    return report


def format_persons(report: PersonReport, *, items: bool = True) -> str:
    """A plain-text summary of ``report`` and (with ``items``) the lost, missed, stray and touched strings."""
    def line(label: str, t: Tally, verb: str) -> str:
        return (f"{label:<22}{t.right:>5}/{t.strings:<5} {t.ratio:.4f}   "
                f"(occurrences {t.right_occurrences}/{t.occurrences})  {verb}")

    out = [f"{report.documents} annotated documents, {report.seconds:.1f} s", "",
           line("public kept", report.public, "distinct mention strings of office holders left readable"),
           line("private found", report.private, "distinct mention strings of private persons proposed"),
           line("unsure proposed", report.unsure, "fail closed: proposed for review"),
           f"{'stray findings':<22}{len(report.stray):>5}        name findings that are no annotated person",
           f"{'not-names kept':<22}{report.keep_kept:>5}/{report.keep_total:<5}"]
    if report.absent:
        out.append(f"({report.absent} mention strings do not occur in the analysed text)")
    if report.by_genre:
        out += ["", f"{'genre':<24}{'public kept':>14}{'private found':>16}"]
        for genre, (pub, priv) in sorted(report.by_genre.items()):
            out.append(f"{genre:<24}{pub.right:>7}/{pub.strings:<6}{priv.right:>9}/{priv.strings:<6}")
    if items:
        for title, group in (("public strings proposed", report.lost), ("private strings missed", report.missed),
                             ("stray findings", report.stray), ("not-names touched", report.touched)):
            if group:
                out += ["", f"{title} ({len(group)}):"]
                out += [f"  {i.document} p{i.page} {i.category}: {i.text!r}" for i in group]
    return "\n".join(out)


__all__ = ["Item", "PersonReport", "Tally", "evaluate_texts", "format_persons", "occurrences", "score_persons",
           "text_sets"]
