"""The data model of the pipeline: frozen, slotted dataclasses (and the named tuple ``Rect``), no dicts with
magic keys.

Coordinates are PDF points in PyMuPDF's page space (origin top-left, y down, the page's rotation
applied as PyMuPDF reports text), character offsets index into ``PageText.text``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple


class Rect(NamedTuple):
    """An axis-aligned rectangle in PDF points (x0 <= x1, y0 <= y1).

    Immutable like the dataclasses here, but a named tuple: a page holds one per character, and a
    tuple is built several times faster than a frozen dataclass (extraction makes millions)."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def union(self, other: Rect) -> Rect:
        return Rect(
            min(self.x0, other.x0), min(self.y0, other.y0), max(self.x1, other.x1), max(self.y1, other.y1)
        )

    def as_tuple(self) -> tuple[float, float, float, float]:
        return (self.x0, self.y0, self.x1, self.y1)


@dataclass(frozen=True, slots=True)
class PageText:
    """The text of one page in reading order, with the glyph box of every character.

    ``boxes[i]`` is the box of ``text[i]``; it is ``None`` for characters the extractor synthesised
    (line and block separators); boxes are MuPDF's glyph boxes, which are taller than the glyph and
    often taller than the line pitch. ``lines[i]`` numbers the visual line of ``text[i]`` on the page
    (-1 for separators) so that boxes are merged per line, never across lines; ``line_dirs[n]`` is the
    writing direction of line ``n`` (``(1, 0)`` for normal horizontal text).
    """

    page: int  # 0-based page index
    text: str
    boxes: tuple[Rect | None, ...]
    lines: tuple[int, ...]
    line_dirs: tuple[tuple[float, float], ...]
    width: float
    height: float
    rotation: int = 0
    image_only: bool = False  # the page shows images but has no text layer: needs OCR
    ocr: bool = False  # the text was read by OCR (boxes are OCR word boxes shared out over characters)
    word_conf: tuple[float, ...] = ()  # OCR pages: per character, its word's confidence 0-100 (-1: none)

    def __post_init__(self) -> None:
        if not (len(self.text) == len(self.boxes) == len(self.lines)):
            raise ValueError("PageText: text, boxes and lines must have the same length")


@dataclass(frozen=True, slots=True)
class Finding:
    """One detected span of personal data in a text (before it is tied to a page).

    ``entity`` is the category name used everywhere (NAAM, EMAIL, TELEFOON, ...).
    ``evidence`` says why: e.g. ``("context:Contactpersoon",)``, ``("propagated:from-email",)``.
    """

    entity: str
    start: int
    end: int
    score: float
    recognizer: str
    text: str
    evidence: tuple[str, ...] = ()
    doubt: str = ""  # a person whose standing is uncertain: "twijfel: <evidence>" (no personal data)


class Standing(enum.StrEnum):
    """What a document says about a named person (``detect.persons``)."""

    PUBLIC = "publiek"  # an office holder acting in the role: kept at every mention
    PRIVATE = "prive"  # a civil servant, a citizen, external staff: proposed at every mention
    UNCERTAIN = "twijfel"  # conflicting or weak evidence: proposed (fail closed) and marked for review


@dataclass(frozen=True, slots=True)
class PersonDecision:
    """The decision about one person of a document: the standing and the evidence that led to it.
    ``key`` is the family name in lower case ("van der steen"); ``evidence`` holds cues, never names
    ("publiek:rol:wethouder", "prive:label:contactpersoon")."""

    key: str
    standing: Standing
    evidence: tuple[str, ...]
    mentions: int = 0


@dataclass(frozen=True, slots=True)
class PublicPerson:
    """A named public office holder of a dossier (``--public-list``): name, and optionally function,
    organisation and the period of office (ISO dates, empty when open)."""

    name: str
    function: str = ""
    organisation: str = ""
    start: str = ""
    end: str = ""

    def in_office(self, date: str) -> bool:
        """True when ``date`` (ISO, or "" for unknown) lies in the period of office."""
        return not date or ((not self.start or self.start <= date) and (not self.end or date <= self.end))


class Status(enum.StrEnum):
    PROPOSED = "proposed"
    APPROVED = "approved"
    REJECTED = "rejected"
    ADDED = "added"


@dataclass(frozen=True, slots=True)
class Proposal:
    """A proposed redaction on one page: what, where, why."""

    id: str
    page: int
    start: int  # offsets into that page's PageText.text; -1 for a box drawn by hand
    end: int
    text: str
    category: str
    ground: str
    justification: str
    rects: tuple[Rect, ...]
    score: float
    recognizer: str
    evidence: tuple[str, ...] = ()
    doubt: str = ""  # uncertain person (see Finding.doubt): proposed, marked "twijfel" for the reviewer


@dataclass(frozen=True, slots=True)
class Decision:
    """A reviewer's decision on a proposal."""

    proposal_id: str
    status: Status
    by: str
    at: str  # ISO 8601, UTC
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Box:
    """One burnt-in redaction box, as recorded in the log (no personal data besides ``text``,
    which never leaves the process: the log stores a salted hash)."""

    page: int
    rect: Rect
    category: str
    ground: str
    proposal_id: str
    text: str
    recognizer: str
    score: float
    justification: str
    decision: str = "approved"
    by: str = ""
    at: str = ""
    doubt: str = ""  # "twijfel: <evidence>" when the person's standing was uncertain (no personal data)


@dataclass(frozen=True, slots=True)
class SideRedaction:
    """Personal data found outside the page content (metadata, XMP, bookmarks, annotations, form
    fields, attachments, page labels): ``place`` names where ("metadata Subject", "bookmark 2");
    ``kept``: the place stays in the output with ``text`` replaced by the ground code, else the whole
    place is removed. Like ``Box.text``, ``text`` never leaves the process in a log (a salted hash)."""

    place: str
    text: str
    category: str
    ground: str
    justification: str
    recognizer: str
    score: float
    kept: bool
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """What verification found in an output PDF."""

    leaks: tuple[str, ...]  # where a redacted string was found (location only, never the string)
    collateral: int  # words that disappeared although no redaction meant to remove them
    collateral_pages: tuple[int, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.leaks


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome of redacting one document."""

    source: Path
    output: Path | None
    pages: int
    boxes: tuple[Box, ...]
    verify: VerifyReport | None
    warnings: tuple[str, ...] = ()
    source_sha256: str = ""
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)  # per category
    side: tuple[SideRedaction, ...] = ()  # personal data redacted outside the page content

    @property
    def grounds(self) -> tuple[str, ...]:
        return tuple(sorted({b.ground for b in self.boxes}))


@dataclass(frozen=True, slots=True)
class OcrWord:
    """One word Tesseract read: its text (Latin-1 folded), box in extraction space, confidence 0-100."""

    text: str
    rect: Rect
    conf: float
    block: int
    line: tuple[int, int, int]  # (block, paragraph, line)


@dataclass(frozen=True, slots=True)
class OcrPage:
    """What OCR read on one page (the read stage's product that ``propose`` keeps for ``apply``).

    ``reread``: the page carried an old text layer that ``--ocr force`` replaces (it is stripped at
    burn-in); otherwise the words are merged with the page's own text layer."""

    page: int
    words: tuple[OcrWord, ...]
    reread: bool = False


@dataclass(frozen=True, slots=True)
class Plan:
    """A document read and analysed (``propose``), ready for review or burn-in (``apply``).

    ``pages`` hold the text and geometry detection saw (OCR words merged in); ``ocr`` what OCR read,
    so that ``apply`` burns exactly what was proposed without reading the scans again; ``ocr_mode``
    the mode they were read with."""

    source: Path
    sha256: str
    pages: tuple[PageText, ...]
    proposals: tuple[Proposal, ...]
    warnings: tuple[str, ...] = ()
    ocr: tuple[OcrPage, ...] = ()
    ocr_mode: str = "auto"
    date: str = ""  # the document's own date (ISO) or ""
    side: tuple[SideRedaction, ...] = ()  # personal data outside the page content (automatic policy)
    kept: tuple[Proposal, ...] = ()  # mentions of persons kept public: shown to a reviewer, never burnt

    @property
    def page_count(self) -> int:
        return len(self.pages)

    @property
    def strip_text_pages(self) -> tuple[int, ...]:
        """Pages whose old text layer is removed at burn-in (re-read by ``--ocr force``)."""
        return tuple(p.page for p in self.ocr if p.reread)
