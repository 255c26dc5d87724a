"""Where a bare surname stands towards a fuller namesake: the layout and wording that say it names the same person.

``detect.persons`` joins a bare surname that is public by its own cues to one namesake in the text that has no cue
(or a weak seat only) when one of these predicates holds for the two mentions (objects with ``start`` and ``end``):
``heads`` (the namesake stands alone on its line, a heading, and the surname opens the text right below it),
``headline`` (the surname stands in the text's short first line), ``refers_back`` (it follows the namesake closely in
the same paragraph) and ``describes`` (it opens, a few lines on, a sentence that says who the person is).

Guarantees: pure functions of the text and the two spans; no cue is read here.
"""

from __future__ import annotations

import re
from typing import Protocol

__all__ = ["describes", "headline", "heads", "refers_back"]


class Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def heads(text: str, head: Spanned, m: Spanned) -> bool:
    """True when ``head`` stands alone on its line, a heading, and ``m`` opens the text right below it."""
    line_start = text.rfind("\n", 0, head.start) + 1
    line_end = text.find("\n", head.end)
    return (line_end >= 0 and not text[line_start:head.start].strip() and not text[head.end:line_end].strip()
            and m.start > line_end and text[line_end:m.start].count("\n") <= 2 and m.start - line_end <= 40)


def headline(text: str, m: Spanned) -> bool:
    """True when ``m`` stands in the text's first line, a short headline ("Tijdelijke vervanger voor raadslid
    Vogelenzang"): the article below is about that person."""
    end = text.find("\n", m.end)
    return "\n" not in text[:m.start].lstrip() and len(text[:end if end >= 0 else len(text)].strip()) <= 100


def refers_back(text: str, head: Spanned, m: Spanned) -> bool:
    """True when the bare surname ``m`` follows ``head`` closely in the same paragraph ("Funs Bergmans volgt
    Nico Broekema op. Bergmans is nu nog griffier"): it names the person just introduced."""
    return head.end <= m.start and m.start - head.end <= 300 and "\n\n" not in text[head.end:m.start]


# a sentence that opens with the person's form of address and surname and says who they are: "De heer Crone is …"
_DESCRIBED_BEFORE = re.compile(r"(?:\A|(?<=\n)|(?<=[.!?][ \t]))[ \t]*(?:De heer|Mevrouw)[ \t]+\Z")
_DESCRIBED_AFTER = re.compile(r"[ \t]+(?:is|was)[ \t]")


def describes(text: str, head: Spanned, m: Spanned) -> bool:
    """True when the bare surname ``m`` opens, within 400 characters after ``head``, a sentence that describes
    the person ("De heer Crone is burgemeester van Leeuwarden.")."""
    return head.end <= m.start <= head.end + 400 and _DESCRIBED_BEFORE.search(text, max(0, m.start - 12), m.start) \
        is not None and _DESCRIBED_AFTER.match(text, m.end) is not None
