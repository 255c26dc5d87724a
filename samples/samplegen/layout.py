"""Text layout on PDF pages with PyMuPDF: fonts, segments, line wrapping, columns and tables.

Guarantees (what the sample tests rely on):
- A personal-data segment (``Seg.category`` set) and a keep segment (``Seg.keep``) are never broken across
  two lines; text is only broken at plain spaces, never hyphenated, and words are joined by one space.
- Every line is written with one ``insert_text`` call per style, so ``page.get_text()`` returns it as
  written (no inserted or doubled spaces).
- Every personal-data segment written to a page is recorded in ``Canvas.planted`` (once per write) and
  every keep segment in ``Canvas.keeps``: the expected-results file is derived from these records.
A text the chosen font cannot show, or an unbreakable segment wider than its column, raises ``Reroll``:
the caller then draws other random choices (deterministically) instead of producing a wrong sample.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pymupdf

A4_WIDTH, A4_HEIGHT = 595.0, 842.0
BLACK = (0.0, 0.0, 0.0)
GREY = (0.35, 0.35, 0.35)
RIJKSBLAUW = (0x15 / 255, 0x42 / 255, 0x73 / 255)  # the blue of the Rijkshuisstijl logo ribbon
LINE_GREY = (0.6, 0.6, 0.6)

DEJAVU_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
LIBERATION_DIRS = (
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/usr/share/fonts/truetype/liberation2"),
)


class Reroll(Exception):
    """The random choices made so far cannot be laid out correctly; draw again."""


@cache
def _ttf(path: str) -> pymupdf.Font:
    return pymupdf.Font(fontfile=path)


@cache
def _advance(fontname: str, fontfile: str | None, char: str) -> float:
    """Width of one character at font size 1 (cached: PyMuPDF's own measuring is slow)."""
    if fontfile is None:
        return float(pymupdf.get_text_length(char, fontname=fontname, fontsize=1))
    return float(_ttf(fontfile).text_length(char, fontsize=1))


@dataclass(frozen=True)
class Face:
    """One font face: a PyMuPDF base-14 code ("helv", "tibo", …) or an embedded TrueType file."""

    fontname: str
    fontfile: str | None = None

    def length(self, text: str, size: float) -> float:
        """Advance width of ``text`` at ``size`` (insert_text applies no kerning, so widths add up)."""
        return size * sum(_advance(self.fontname, self.fontfile, c) for c in text)

    def covers(self, text: str) -> bool:
        """True if every character is shown (base-14 fonts via insert_text: Latin-1 only)."""
        if self.fontfile is None:
            return all(32 <= ord(c) < 127 or 160 <= ord(c) < 256 for c in text)
        font = _ttf(self.fontfile)
        return all(c == " " or font.has_glyph(ord(c)) for c in text)


@dataclass(frozen=True)
class FontSet:
    key: str
    regular: Face
    bold: Face
    italic: Face

    def face(self, style: str) -> Face:
        return {"r": self.regular, "b": self.bold, "i": self.italic}[style]

    def covers(self, text: str) -> bool:
        return all(f.covers(text) for f in (self.regular, self.bold, self.italic))


def _first_dir(dirs: Iterable[Path], names: Sequence[str]) -> Path | None:
    for d in dirs:
        if all((d / n).is_file() for n in names):
            return d
    return None


@cache
def font_sets() -> dict[str, FontSet]:
    """The font sets available here: base-14 always, embedded TTFs when the system has them."""
    sets = {
        "helv": FontSet("helv", Face("helv"), Face("hebo"), Face("heit")),
        "tiro": FontSet("tiro", Face("tiro"), Face("tibo"), Face("tiit")),
    }
    sans = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
    serif = ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf")
    # Liberation Sans is left out: MuPDF extracts its hyphen glyph as U+00AD (soft hyphen), so planted
    # names with a hyphen would not be found verbatim; DejaVu is what .ci/run installs.
    for key, names, short in (
        ("dejavu-sans", sans, "DVS"),
        ("dejavu-serif", serif, "DVSe"),
    ):
        d = _first_dir(DEJAVU_DIRS if key.startswith("dejavu") else LIBERATION_DIRS, names)
        if d is not None:
            faces = [Face(f"{short}{s}", str(d / n)) for s, n in zip(("R", "B", "I"), names, strict=True)]
            sets[key] = FontSet(key, *faces)
    return sets


def pick_fonts(preferred: Sequence[str]) -> FontSet:
    """The first available font set of ``preferred`` (falls back to Helvetica)."""
    sets = font_sets()
    for key in preferred:
        if key in sets:
            return sets[key]
    return sets["helv"]


@dataclass(frozen=True)
class Seg:
    """A piece of text: plain, personal data (``category`` set) or a public string to keep."""

    text: str
    category: str | None = None
    keep: bool = False

    @property
    def atomic(self) -> bool:
        return self.category is not None or self.keep


Text = str | Seg | Sequence[str | Seg]


def segs_of(text: Text) -> list[Seg]:
    if isinstance(text, str):
        return [Seg(text)]
    if isinstance(text, Seg):
        return [text]
    return [Seg(t) if isinstance(t, str) else t for t in text]


def plain(segs: Sequence[Seg]) -> str:
    return "".join(s.text for s in segs)


def wrap(segs: Sequence[Seg], face: Face, size: float, width: float) -> list[list[Seg]]:
    """Break ``segs`` into lines no wider than ``width`` at plain spaces ("\\n" forces a break).

    Atomic segments are never split; personal data wider than ``width`` raises ``Reroll``, a keep
    segment wider than ``width`` is demoted to plain text (and then not recorded as a keep string).
    """
    segs = [Seg(g.text) if g.keep and face.length(g.text, size) > width else g for g in segs]
    s = "".join(seg.text for seg in segs)
    owner: list[int] = []
    for i, seg in enumerate(segs):
        owner.extend([i] * len(seg.text))
    lines: list[tuple[int, int]] = []
    for hard_start, hard_end in _hard_lines(s, owner, segs):
        words = _words(s, owner, segs, hard_start, hard_end)
        if not words:
            lines.append((hard_start, hard_start))
            continue
        cur_start, cur_end = words[0]
        for w_start, w_end in words[1:]:
            if face.length(s[cur_start:w_end], size) <= width:
                cur_end = w_end
            else:
                lines.append((cur_start, cur_end))
                cur_start, cur_end = w_start, w_end
        lines.append((cur_start, cur_end))
    out: list[list[Seg]] = []
    for a, b in lines:
        if face.length(s[a:b], size) > width + 0.01:
            raise Reroll(f"unbreakable text wider than {width:.0f} pt")
        line: list[Seg] = []
        i = a
        while i < b:
            j = i
            while j < b and owner[j] == owner[i]:
                j += 1
            src = segs[owner[i]]
            line.append(Seg(s[i:j], src.category, src.keep))
            i = j
        out.append(line)
    return out


def _hard_lines(s: str, owner: list[int], segs: Sequence[Seg]) -> list[tuple[int, int]]:
    out, start = [], 0
    for i, c in enumerate(s):
        if c == "\n" and not segs[owner[i]].atomic:
            out.append((start, i))
            start = i + 1
    out.append((start, len(s)))
    return out


def _words(s: str, owner: list[int], segs: Sequence[Seg], a: int, b: int) -> list[tuple[int, int]]:
    words, start = [], a
    for i in range(a, b):
        if s[i] == " " and not segs[owner[i]].atomic:
            if i > start:
                words.append((start, i))
            start = i + 1
    if b > start:
        words.append((start, b))
    return words


@dataclass
class Canvas:
    """A document being laid out: a body column with a cursor, plus free placement anywhere."""

    doc: pymupdf.Document
    fonts: FontSet
    body_x0: float = 80.0
    body_x1: float = 415.0
    top: float = 120.0
    bottom: float = 785.0
    decorate: Callable[[Canvas, int], float] | None = None  # draws the page furniture, returns body top
    planted: list[Seg] = field(default_factory=list)
    keeps: list[str] = field(default_factory=list)
    y: float = 0.0
    page: pymupdf.Page | None = None

    def new_page(self) -> pymupdf.Page:
        self.page = self.doc.new_page(width=A4_WIDTH, height=A4_HEIGHT)
        self.y = self.top
        if self.decorate is not None:
            self.y = self.decorate(self, self.page.number)
        return self.page

    # --- free placement -------------------------------------------------------------------------
    def write_line(
        self,
        x: float,
        baseline: float,
        text: Text,
        *,
        style: str = "r",
        size: float = 10.0,
        color: tuple[float, float, float] = BLACK,
        page: pymupdf.Page | None = None,
    ) -> float:
        """Write one line at (x, baseline) without wrapping; returns its width."""
        segs = segs_of(text)
        s = plain(segs)
        face = self.fonts.face(style)
        if not face.covers(s):
            raise Reroll("font cannot show the text")
        target = page if page is not None else self.page
        assert target is not None
        if s.strip():
            target.insert_text(
                (x, baseline), s, fontname=face.fontname, fontfile=face.fontfile, fontsize=size, color=color
            )
        for seg in segs:
            if seg.category is not None:
                self.planted.append(seg)
            elif seg.keep:
                self.keeps.append(seg.text)
        return face.length(s, size)

    def write_spans(
        self,
        x: float,
        baseline: float,
        spans: Sequence[tuple[Text, str]],
        *,
        size: float = 10.0,
        color: tuple[float, float, float] = BLACK,
        page: pymupdf.Page | None = None,
    ) -> float:
        """Write several differently styled spans on one line, each directly after the previous."""
        for text, style in spans:
            x += self.write_line(x, baseline, text, style=style, size=size, color=color, page=page)
        return x

    def column(
        self,
        x0: float,
        x1: float,
        y: float,
        items: Sequence[tuple[Text, str] | float],
        *,
        size: float = 7.5,
        lead: float = 1.35,
        color: tuple[float, float, float] = BLACK,
        page: pymupdf.Page | None = None,
    ) -> float:
        """Write a narrow column (e.g. the colophon): items are (text, style) or a gap in points.

        ``y`` is the top of the first line; returns the y below the last line.
        """
        for item in items:
            if isinstance(item, (int, float)):
                y += float(item)
                continue
            text, style = item
            for line in wrap(segs_of(text), self.fonts.face(style), size, x1 - x0):
                self.write_line(x0, y + size, line, style=style, size=size, color=color, page=page)
                y += size * lead
        return y

    # --- flowing body text ----------------------------------------------------------------------
    def ensure(self, height: float) -> None:
        if self.page is None or self.y + height > self.bottom:
            self.new_page()

    def space(self, height: float) -> None:
        self.y += height

    def para(
        self,
        text: Text,
        *,
        style: str = "r",
        size: float = 10.0,
        lead: float = 1.35,
        after: float | None = None,
        x0: float | None = None,
        x1: float | None = None,
        label: Text | None = None,
        label_style: str = "b",
        label_width: float = 0.0,
        bullet: str | None = None,
        color: tuple[float, float, float] = BLACK,
    ) -> None:
        """A wrapped paragraph in the body column with an optional hanging label or bullet."""
        x0 = self.body_x0 if x0 is None else x0
        x1 = self.body_x1 if x1 is None else x1
        indent = label_width
        if bullet is not None:
            indent = max(indent, 14.0)
        lines = wrap(segs_of(text), self.fonts.face(style), size, x1 - x0 - indent)
        lh = size * lead
        for i, line in enumerate(lines):
            self.ensure(lh)
            baseline = self.y + size
            if i == 0 and label is not None:
                self.write_line(x0, baseline, label, style=label_style, size=size, color=color)
            if i == 0 and bullet is not None:
                self.write_line(x0 + 2, baseline, bullet, style="r", size=size, color=color)
            if plain(line):
                self.write_line(x0 + indent, baseline, line, style=style, size=size, color=color)
            self.y += lh
        self.y += size * 0.6 if after is None else after

    def heading(
        self, text: Text, *, size: float = 10.0, before: float = 6.0, after: float = 3.0, style: str = "b"
    ) -> None:
        self.ensure(size * 4)  # no heading alone at the bottom of a page
        self.y += before
        self.para(text, style=style, size=size, after=after)

    def rule(
        self,
        x0: float,
        x1: float,
        y: float,
        *,
        width: float = 0.5,
        color: tuple[float, float, float] = LINE_GREY,
    ) -> None:
        assert self.page is not None
        self.page.draw_line((x0, y), (x1, y), color=color, width=width)

    def table(
        self,
        rows: Sequence[Sequence[Text]],
        widths: Sequence[float],
        *,
        size: float = 9.0,
        header: bool = True,
        x0: float | None = None,
        pad: float = 3.0,
        lead: float = 1.3,
        grid: bool = True,
    ) -> None:
        """A simple ruled table; rows that do not fit move to the next page (header repeated)."""
        x0 = self.body_x0 if x0 is None else x0
        lh = size * lead

        def cells(row: Sequence[Text], style: str) -> list[list[list[Seg]]]:
            return [
                wrap(segs_of(c), self.fonts.face(style), size, w - 2 * pad)
                for c, w in zip(row, widths, strict=True)
            ]

        def draw(wrapped: list[list[list[Seg]]], style: str) -> None:
            height = max(len(c) for c in wrapped) * lh + 2 * pad
            x = x0
            for lines, w in zip(wrapped, widths, strict=True):
                for k, line in enumerate(lines):
                    self.write_line(x + pad, self.y + pad + size + k * lh, line, style=style, size=size)
                x += w
            if grid:
                assert self.page is not None
                self.page.draw_rect(
                    pymupdf.Rect(x0, self.y, x0 + sum(widths), self.y + height), color=LINE_GREY, width=0.5
                )
                x = x0
                for w in widths[:-1]:
                    x += w
                    self.page.draw_line((x, self.y), (x, self.y + height), color=LINE_GREY, width=0.5)
            self.y += height

        head = cells(rows[0], "b") if header else None
        body = rows[1:] if header else rows
        if head is not None:
            self.ensure(max(len(c) for c in head) * lh * 2 + 4 * pad)
            draw(head, "b")
        for row in body:
            wrapped = cells(row, "r")
            h = max(len(c) for c in wrapped) * lh + 2 * pad
            if self.y + h > self.bottom:
                self.new_page()
                if head is not None:
                    draw(head, "b")
            draw(wrapped, "r")
        self.y += size


def draw_logo(canvas: Canvas, page: pymupdf.Page, ministry_name: str) -> None:
    """The Rijkshuisstijl letterhead: a blue ribbon at the top centre and the ministry's word mark."""
    ribbon = pymupdf.Rect(283, 0, 311, 78)
    page.draw_rect(ribbon, color=None, fill=RIJKSBLAUW)
    # a simple white emblem in the ribbon (the real one is a crowned shield)
    page.draw_circle((297, 56), 6.5, color=(1, 1, 1), fill=None, width=1.1)
    page.draw_line((291.5, 44), (302.5, 44), color=(1, 1, 1), width=1.1)
    canvas.column(317, 470, 40, [(ministry_name, "r")], size=9.5, lead=1.2, page=page)
