"""Stage 3, select: which proposals become boxes.

Three sources, one shape (boxes per page, in the order they are drawn):
- ``redact run``: every proposal of the detect stage (``boxes_for``);
- ``redact apply`` and the API's ``apply``: a ``Chosen`` set — the proposals a reviewer approved or
  added, and boxes drawn by hand or given explicitly by a caller. Proposals with a text span must
  still match the text the read stage produced (``check``), else ``StaleWorkError``: a box is never
  burnt over text the reviewer did not see.

Guarantees: selection never adds anything the caller did not choose; the boxes of a page keep the
order of their proposals (the drawing order, hence the output bytes, depend only on the choice).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from redact.errors import StaleWorkError
from redact.models import Box, PageText, Proposal

__all__ = ["Chosen", "boxes_for"]


def boxes_for(proposals: Sequence[Proposal]) -> list[Box]:
    """One box per rectangle of every proposal (``run``: all approved)."""
    return [
        Box(page=p.page, rect=r, category=p.category, ground=p.ground, proposal_id=p.id, text=p.text,
            recognizer=p.recognizer, score=p.score, justification=p.justification, doubt=p.doubt)
        for p in proposals for r in p.rects
    ]


@dataclass(frozen=True, slots=True)
class Chosen:
    """Boxes decided outside the pipeline, and the proposals they come from.

    ``proposals``: every chosen proposal (for counts, the redacted text output and the span check);
    ``boxes``: what is burnt, any page, in drawing order (with the decision, reviewer and time the log
    records). A box drawn by hand has no text: burn-in removes what lies under it by geometry, and the
    finish stage checks that nothing but a ground code is left inside it."""

    proposals: tuple[Proposal, ...]
    boxes: tuple[Box, ...]

    @classmethod
    def of(cls, proposals: Sequence[Proposal], boxes: Sequence[Box] | None = None) -> Chosen:
        """``proposals`` with their own boxes (``boxes_for``) unless ``boxes`` are given."""
        return cls(tuple(proposals), tuple(boxes) if boxes is not None else tuple(boxes_for(proposals)))

    def by_page(self) -> dict[int, tuple[list[Proposal], list[Box]]]:
        pages: dict[int, tuple[list[Proposal], list[Box]]] = defaultdict(lambda: ([], []))
        for p in self.proposals:
            pages[p.page][0].append(p)
        for b in self.boxes:
            pages[b.page][1].append(b)
        return dict(pages)


def check(source: Path, page: PageText, proposals: Sequence[Proposal]) -> None:
    """Every proposal with a text span must still read the same in ``page`` (what the read stage gave)."""
    for p in proposals:
        if p.start >= 0 and page.text[p.start:p.end] != p.text:
            raise StaleWorkError(source, f"page {page.page + 1}: the text of proposal {p.id} no longer matches "
                                         "the source as read now")
