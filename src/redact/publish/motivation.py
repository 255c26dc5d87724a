"""The motivation report of a publication (``motivering.pdf``, Dutch, tagged for screen readers).

Content: the dossier (title, Woo request, publishing organisation); per ground used, its legal basis
(article and interest, from ``rules/woo-grounds.yaml``), the standard justification and how often it was
applied; per document the pages with redactions and the number of redactions per ground and category;
the review decisions summarised by number (never by name); the duplicates found.

Guarantees: the report is built only from ground codes, categories, counts, page numbers, file names,
IDs and the dossier settings — never from the redacted text, the log's text hashes or reviewers' names.
It is a tagged PDF (``publish.tagged``): language ``nl-NL``, a title, headings ``H1``/``H2``/``H3``,
tables with header cells. Limits: a file name that itself names a person appears as given (as in the
inventory list).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from redact.publish.settings import Dossier
from redact.rules import Rules


@dataclass(frozen=True, slots=True)
class Redaction:
    """One box of the log, without anything that identifies its text."""

    page: int  # 1-based; 0 for personal data outside the pages (metadata, bookmarks, …)
    category: str
    ground: str
    decision: str  # as in the log: goedgekeurd, handmatig toegevoegd, …
    reviewed: bool  # a reviewer is recorded


@dataclass(frozen=True, slots=True)
class DocSummary:
    id: str
    name: str
    pages: int
    redactions: tuple[Redaction, ...]
    duplicate_of: str = ""


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _pages(pages: Sequence[int]) -> str:
    """``1-3, 5`` for pages 1, 2, 3, 5."""
    out: list[str] = []
    run: list[int] = []
    for p in sorted(set(pages) - {0}):  # 0: a redaction outside the pages (metadata, bookmarks)
        if run and p == run[-1] + 1:
            run.append(p)
            continue
        if run:
            out.append(f"{run[0]}-{run[-1]}" if len(run) > 1 else str(run[0]))
        run = [p]
    if run:
        out.append(f"{run[0]}-{run[-1]}" if len(run) > 1 else str(run[0]))
    return ", ".join(out)


def _label(rules: Rules, category: str) -> str:
    cat = rules.categories.get(category)
    return cat.label if cat is not None else category.lower()


def report_pdf(dossier: Dossier, docs: Sequence[DocSummary], rules: Rules, *, today: dt.date | None = None,
               version: str = "") -> bytes:
    """The report as PDF bytes (see the module's guarantees)."""
    from redact.publish.tagged import TaggedWriter

    today = today or dt.date.today()
    title = f"Motivering van de weglakkingen — {dossier.title}" if dossier.title else "Motivering van de weglakkingen"
    w = TaggedWriter(title)
    w.heading(1, title)
    facts = [f"Openbaar gemaakt door: {dossier.publisher.label}."]
    if dossier.reference:
        facts.append(f"Woo-verzoek: {dossier.reference}.")
    facts.append(f"Opgesteld op {today.day} {_MONTHS[today.month - 1]} {today.year}; "
                 f"{_plural(len(docs), 'document', 'documenten')}.")
    w.paragraph(" ".join(facts))
    w.heading(2, "Toelichting")
    w.paragraph(
        "In de documenten van dit dossier is informatie weggelakt op grond van de Wet open overheid (Woo). "
        "Op elk weggelakt vak staat de code van de toegepaste uitzonderingsgrond. Hieronder staan per grond de "
        "wettelijke grondslag en de motivering, per document de pagina's en het aantal weglakkingen per grond "
        "en categorie, en een samenvatting van de beoordeling. Dit verslag bevat geen persoonsgegevens: alleen "
        "codes, categorieën, aantallen en paginanummers.")

    all_boxes = [r for d in docs for r in d.redactions]
    per_ground: dict[str, list[Redaction]] = defaultdict(list)
    docs_per_ground: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        for r in d.redactions:
            per_ground[r.ground].append(r)
            docs_per_ground[r.ground].add(d.id)
    rank = {code: i for i, code in enumerate(rules.grounds)}
    grounds = sorted(per_ground, key=lambda c: (rank.get(c, len(rank)), c))

    w.heading(2, "Toegepaste uitzonderingsgronden")
    if not grounds:
        w.paragraph("Er is niets weggelakt: alle documenten zijn volledig openbaar.")
    for code in grounds:
        g = rules.grounds.get(code)
        w.heading(3, f"{code} — {g.article}" if g else code)
        if g is not None:
            w.paragraph(f"Wettelijke grondslag: {g.article}: {g.text}.")
            w.paragraph(f"Motivering: {g.justification}")
        cats = Counter(_label(rules, r.category) for r in per_ground[code])
        detail = "; ".join(f"{label}: {n}" for label, n in sorted(cats.items()))
        w.paragraph(f"Toegepast: {_plural(len(per_ground[code]), 'weglakking', 'weglakkingen')} in "
                    f"{_plural(len(docs_per_ground[code]), 'document', 'documenten')} ({detail}).")

    w.heading(2, "Weglakkingen per document")
    rows = []
    for d in docs:
        counts = Counter((r.ground, _label(rules, r.category)) for r in d.redactions)
        detail = "; ".join(f"{g} {label}: {n}" for (g, label), n in
                           sorted(counts.items(), key=lambda kv: (rank.get(kv[0][0], len(rank)), kv[0])))
        pages = _pages([r.page for r in d.redactions])
        note = f" (duplicaat van ID {d.duplicate_of})" if d.duplicate_of else ""
        rows.append([d.id, d.name + note, str(d.pages), pages or "geen", detail or "geen weglakkingen",
                     str(len(d.redactions))])
    w.table(["ID", "Document", "Pagina's", "Weggelakt op pagina", "Per grond en categorie", "Totaal"],
            rows, widths=[0.5, 2.5, 0.9, 1.5, 3.2, 0.8])

    w.heading(2, "Beoordeling")
    w.paragraph(_decisions(all_boxes))
    dups = [d for d in docs if d.duplicate_of]
    if dups:
        listed = "; ".join(f"ID {d.id} is een duplicaat van ID {d.duplicate_of}" for d in dups)
        w.paragraph(f"Duplicaten (dezelfde tekst, of een e-mail die volledig in een latere e-mail is "
                    f"geciteerd): {listed}. Een duplicaat hoeft niet opnieuw te worden beoordeeld.")
    w.heading(2, "Verantwoording")
    w.paragraph("De weglakkingen zijn aangebracht met redact" + (f" {version}" if version else "") + ". "
                "De weggelakte tekst is uit de documenten verwijderd (niet alleen afgedekt) en elk document is "
                "na het weglakken opnieuw uitgelezen om te controleren dat geen weggelakte tekst is "
                "achtergebleven. Het logboek van de weglakkingen (redaction-log.csv) noemt per vak de pagina, "
                "de plaats, de categorie en de grond.")
    return w.finish()


_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december")


def _decisions(boxes: Sequence[Redaction]) -> str:
    if not boxes:
        return "Er zijn geen weglakkingen beoordeeld."
    by: Mapping[str, int] = Counter(r.decision or "goedgekeurd" for r in boxes)
    reviewed = sum(r.reviewed for r in boxes)
    parts = [f"Van de {_plural(len(boxes), 'weglakking', 'weglakkingen')} "
             f"{'is' if len(boxes) == 1 else 'zijn er'} "
             + ", ".join(f"{n} {decision}" for decision, n in sorted(by.items())) + "."]
    if reviewed == len(boxes):
        parts.append("Elke weglakking is door een beoordelaar vastgesteld.")
    elif reviewed:
        parts.append(f"{reviewed} daarvan zijn door een beoordelaar vastgesteld; de overige "
                     f"{len(boxes) - reviewed} zijn automatisch voorgesteld en zonder afzonderlijke "
                     "beoordeling toegepast.")
    else:
        parts.append("Alle weglakkingen zijn automatisch voorgesteld en zonder afzonderlijke beoordeling "
                     "per vak toegepast (redact run).")
    return " ".join(parts)
