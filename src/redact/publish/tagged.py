"""A small writer of tagged PDF reports: headings, paragraphs and tables, A4, for screen readers.

``TaggedWriter`` lays out text top to bottom (greedy word wrap, new page when a block does not fit) and
builds the PDF's logical structure as it goes: every heading, paragraph and table cell is a
marked-content sequence with its own MCID, tied to a structure element (``H1``/``H2``/``P``/``Table``/
``TR``/``TH``/``TD`` under one ``Document`` element) through the structure tree's parent tree; page
numbers are ``/Artifact``. The catalog says ``/MarkInfo <</Marked true>>``, ``/Lang``, and
``/DisplayDocTitle``; the title is in the document info. Fonts are embedded (DejaVu Sans, Debian
``fonts-dejavu-core``) with a Unicode map, so every extractor reads the text back.

Limits: no images, lists or links; a paragraph or table row taller than a page is refused
(``ValueError``); table columns have fixed relative widths.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

from redact.pdf.strings import encode

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"),)
PAGE = (595.0, 842.0)  # A4 in points
MARGIN = 64.0
LEADING = 1.35


def _font_file(name: str) -> Path | None:
    for d in FONT_DIRS:
        if (d / name).is_file():
            return d / name
    return None


@dataclass(slots=True)
class _Elem:
    role: str
    kids: list[_Elem | tuple[int, int]] = field(default_factory=list)  # elements or (page, mcid)
    xref: int = 0


class TaggedWriter:
    """Write a tagged report; ``finish()`` returns the PDF bytes."""

    def __init__(self, title: str, lang: str = "nl-NL") -> None:
        self.title, self.lang = title, lang
        self.doc = pymupdf.open()
        regular, bold = _font_file("DejaVuSans.ttf"), _font_file("DejaVuSans-Bold.ttf")
        self._fonts = {
            False: ("dejavu", str(regular)) if regular else ("helv", None),
            True: ("dejavub", str(bold)) if bold else ("hebo", None),
        }
        self._measure = {b: pymupdf.Font(fontfile=f) if f else pymupdf.Font(n) for b, (n, f) in self._fonts.items()}
        self.root = _Elem("Document")
        self._mcids: list[list[_Elem]] = []  # per page: the element of each MCID
        self.page: pymupdf.Page
        self.shape: pymupdf.Shape | None = None
        self.y = 0.0
        self._new_page()

    # -- layout ----------------------------------------------------------------------------------------

    @property
    def width(self) -> float:
        return PAGE[0] - 2 * MARGIN

    def _new_page(self) -> None:
        self._commit()
        self.page = self.doc.new_page(width=PAGE[0], height=PAGE[1])
        self.shape = self.page.new_shape()  # one shape per page: one content stream, no deep q nesting
        self._mcids.append([])
        self.y = MARGIN

    def wrap(self, text: str, width: float, size: float, bold: bool = False) -> list[str]:
        """Greedy word wrap of ``text`` (newlines kept) to ``width`` points."""
        font = self._measure[bold]
        lines: list[str] = []
        for para in text.split("\n"):
            line = ""
            for word in para.split():
                cand = f"{line} {word}" if line else word
                if line and font.text_length(cand, fontsize=size) > width:
                    lines.append(line)
                    line = word
                else:
                    line = cand
            lines.append(line)
        return lines

    def _shape(self) -> pymupdf.Shape:
        assert self.shape is not None
        return self.shape

    def _commit(self) -> None:
        if self.shape is not None:
            self.shape.commit()
            self.shape = None

    def _mark(self, elem: _Elem) -> int:
        mcids = self._mcids[-1]
        mcids.append(elem)
        mcid = len(mcids) - 1
        elem.kids.append((len(self._mcids) - 1, mcid))
        return mcid

    def _draw(self, shape: pymupdf.Shape, x: float, y: float, lines: Sequence[str], size: float, bold: bool,
              color: tuple[float, float, float] = (0, 0, 0)) -> None:
        name, file = self._fonts[bold]
        shape.insert_text((x, y + size), list(lines), fontsize=size, fontname=name, fontfile=file,
                          lineheight=LEADING, color=color)

    def _ensure(self, height: float) -> None:
        if self.y + height > PAGE[1] - MARGIN:
            if self.y == MARGIN:
                raise ValueError("a block taller than a page")
            self._new_page()

    def block(self, role: str, text: str, size: float = 10.5, bold: bool = False, space_before: float = 0.0,
              parent: _Elem | None = None) -> None:
        """A heading (``H1``, ``H2``, …) or paragraph (``P``)."""
        lines = self.wrap(text, self.width, size, bold)
        height = len(lines) * size * LEADING
        self._ensure(space_before + height)
        if self.y > MARGIN:
            self.y += space_before
        elem = _Elem(role)
        (parent or self.root).kids.append(elem)
        shape = self._shape()
        shape.text_cont += f"/{role} <</MCID {self._mark(elem)}>> BDC\n"
        self._draw(shape, MARGIN, self.y, lines, size, bold)
        shape.text_cont += "EMC\n"
        self.y += height + size * 0.4

    def heading(self, level: int, text: str) -> None:
        self.block(f"H{level}", text, size={1: 17.0, 2: 13.0}.get(level, 11.5), bold=True,
                   space_before={1: 0.0, 2: 10.0}.get(level, 6.0))

    def paragraph(self, text: str) -> None:
        self.block("P", text)

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
              size: float = 9.0) -> None:
        """A table with a header row (repeated after a page break) and ``widths`` as relative widths."""
        total = sum(widths)
        cols = [self.width * w / total for w in widths]
        table = _Elem("Table")
        self.root.kids.append(table)
        self.y += 4
        self._row(table, header, cols, size, header=True)
        for row in rows:
            if self._row(table, row, cols, size, header=False):
                self._row(table, header, cols, size, header=True)
                self._row(table, row, cols, size, header=False)
        self.y += size

    def _row(self, table: _Elem, cells: Sequence[str], cols: Sequence[float], size: float, *,
             header: bool) -> bool:
        """Draw one row; True (and nothing drawn) when it needs a new page, which is then started."""
        pad = 3.0
        wrapped = [self.wrap(c, w - 2 * pad, size, header) for c, w in zip(cells, cols, strict=True)]
        height = max(len(w) for w in wrapped) * size * LEADING + 2 * pad
        if self.y + height > PAGE[1] - MARGIN:
            if self.y == MARGIN:
                raise ValueError("a table row taller than a page")
            self._new_page()
            return not header
        tr = _Elem("TR")
        table.kids.append(tr)
        shape = self._shape()
        shape.totalcont += "/Artifact BMC\n"  # the rules and shading are layout, not content
        if header:
            shape.draw_rect(pymupdf.Rect(MARGIN, self.y, MARGIN + sum(cols), self.y + height))
            shape.finish(fill=(0.9, 0.9, 0.9), color=None, width=0)
        shape.draw_line((MARGIN, self.y + height), (MARGIN + sum(cols), self.y + height))
        shape.finish(color=(0.6, 0.6, 0.6), width=0.5)
        shape.totalcont += "EMC\n"
        x = MARGIN
        for lines, w in zip(wrapped, cols, strict=True):
            cell = _Elem("TH" if header else "TD")
            tr.kids.append(cell)
            shape.text_cont += f"/{cell.role} <</MCID {self._mark(cell)}>> BDC\n"
            self._draw(shape, x + pad, self.y + pad, lines, size, header)
            shape.text_cont += "EMC\n"
            x += w
        self.y += height
        return False

    # -- structure ---------------------------------------------------------------------------------------

    def _footer(self) -> None:
        n = self.doc.page_count
        for i, page in enumerate(self.doc):
            shape = page.new_shape()
            shape.text_cont += "/Artifact <</Type /Pagination>> BDC\n"
            text = f"{self.title} — pagina {i + 1} van {n}"
            self._draw(shape, MARGIN, PAGE[1] - MARGIN + 16, self.wrap(text, self.width, 8)[:1], 8, False,
                       color=(0.35, 0.35, 0.35))
            shape.text_cont += "EMC\n"
            shape.commit()

    def finish(self) -> bytes:
        """Page numbers, structure tree, catalog entries and document info; the PDF's bytes."""
        from redact.pdf.scrub import to_bytes

        self._commit()
        self._footer()
        doc = self.doc
        root_xref = doc.get_new_xref()
        doc.update_object(root_xref, "<<>>")
        self._number(self.root)
        self._write(self.root, root_xref)
        nums = []
        for pno, elems in enumerate(self._mcids):
            arr = doc.get_new_xref()
            doc.update_object(arr, "[" + " ".join(f"{e.xref} 0 R" for e in elems) + "]")
            nums.append(f"{pno} {arr} 0 R")
            page_xref = doc[pno].xref
            doc.xref_set_key(page_xref, "StructParents", str(pno))
            doc.xref_set_key(page_xref, "Tabs", "/S")
        doc.update_object(root_xref, f"<</Type /StructTreeRoot /K {self.root.xref} 0 R "
                                     f"/ParentTree <</Nums [{' '.join(nums)}]>> "
                                     f"/ParentTreeNextKey {len(self._mcids)}>>")
        cat = doc.pdf_catalog()
        doc.xref_set_key(cat, "StructTreeRoot", f"{root_xref} 0 R")
        doc.xref_set_key(cat, "MarkInfo", "<</Marked true>>")
        doc.xref_set_key(cat, "Lang", encode(self.lang).decode("ascii"))
        doc.xref_set_key(cat, "ViewerPreferences", "<</DisplayDocTitle true>>")
        doc.set_metadata({"title": self.title, "producer": "redact", "creator": "redact publish"})
        doc.subset_fonts()
        return to_bytes(doc)

    def _number(self, elem: _Elem) -> None:
        elem.xref = self.doc.get_new_xref()
        self.doc.update_object(elem.xref, "<<>>")
        for k in elem.kids:
            if isinstance(k, _Elem):
                self._number(k)

    def _write(self, elem: _Elem, parent_xref: int) -> None:
        kids: list[str] = []
        pages: set[int] = set()
        for k in elem.kids:
            if isinstance(k, _Elem):
                kids.append(f"{k.xref} 0 R")
                self._write(k, elem.xref)
            else:
                pno, mcid = k
                pages.add(pno)
                kids.append(f"<</Type /MCR /Pg {self.doc[pno].xref} 0 R /MCID {mcid}>>")
        pg = f" /Pg {self.doc[min(pages)].xref} 0 R" if pages else ""
        self.doc.update_object(elem.xref, f"<</Type /StructElem /S /{elem.role} /P {parent_xref} 0 R{pg} "
                                          f"/K [{' '.join(kids)}]>>")
