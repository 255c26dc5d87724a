"""Stage 4, burn: the selected boxes into the read document, page by page, with the OCR text layer.

``Burner.page(pno, page, proposals, boxes)`` burns one page: a re-read scanned page first loses its old
text layer (``--ocr force``), then the boxes are burnt with the page's own glyphs (``pdf.burn``: text
removed glyph by glyph, image pixels blanked, black box with the ground code, described for assistive
technology with the ground texts of the rules in use), then an OCR page gets its invisible text layer of
the OCR words outside the boxes (unless ``text_layer`` is off). It records, per page, the text the output
must show (``intended_text``: the read text with everything under a box blanked; on an OCR page without a
text layer, nothing of the OCR text), which verification compares with the output, and, when asked, the
page's redacted plain text. Pages without boxes that OCR did not read are only recorded (``skip``).

Guarantees: a page is burnt at most once, in page order; everything it needs comes from the read stage's
``Reading`` (the geometry detection saw, the OCR words the reviewer saw).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from redact.models import Box, PageText, Proposal
from redact.rules import Rules

if TYPE_CHECKING:
    from redact.pdf.text import Glyphs
    from redact.pipeline.read import Reading

__all__ = ["Burner"]

_WORD = re.compile(r"\w+")


class Burner:
    """Stage 4 over one ``Reading`` (see the module docstring)."""

    def __init__(self, reading: Reading, rules: Rules, *, text_layer: bool = True, plain: bool = False) -> None:
        from redact.pdf.accessibility import box_descriptions

        self.reading = reading
        self.rules = rules
        self.text_layer = text_layer
        self.descriptions = box_descriptions(rules)
        self.boxes: list[Box] = []
        self.proposals: list[Proposal] = []
        self.expected: list[str] = []  # per page: the text the output must show
        self.plain: list[str] | None = [] if plain else None  # per page: the redacted plain text

    def needs(self, pno: int) -> bool:
        """Whether page ``pno`` must be visited even without boxes (OCR pages get their text layer)."""
        return pno in self.reading.ocr

    def skip(self, pno: int) -> None:
        """Record page ``pno``, which has no box and no OCR words: its text stays as read."""
        self.expected.append(self.reading.texts[pno])
        if self.plain is not None:
            self.plain.append(self.reading.texts[pno])

    def page(self, pno: int, page: PageText, proposals: Sequence[Proposal], boxes: Sequence[Box],
             glyphs: Glyphs | None = None) -> None:
        """Burn ``boxes`` into page ``pno`` (whose read text and geometry is ``page``; ``glyphs``:
        ``Glyphs(page)`` if at hand) and record what verification and the text output need."""
        from redact.pdf.burn import burn_page
        from redact.pdf.ocr import insert_text_layer, strip_text_layer, without_ocr_text
        from redact.pdf.text import Glyphs
        from redact.pdf.verify import intended_text

        reading = self.reading
        pdf_page = reading.doc[pno]
        ocr = reading.ocr.get(pno)
        if ocr is not None and ocr.reread:
            strip_text_layer(pdf_page)  # the old text layer of a re-read scan is replaced
        rects = [b.rect for b in boxes]
        if boxes:
            native = reading.native(pno, page)
            if glyphs is None:
                glyphs = Glyphs(page)
            burn_page(pdf_page, native, boxes, glyphs if native is page else None, descriptions=self.descriptions)
        if ocr is None:
            self.expected.append(intended_text(page, rects, glyphs))
        elif self.text_layer:
            insert_text_layer(pdf_page, page, rects)
            self.expected.append(intended_text(page, rects))
        else:
            self.expected.append(intended_text(without_ocr_text(page), rects))
        if self.plain is not None:
            from redact.pipeline.report import redacted_text

            self.plain.append(redacted_text([page], proposals, self.rules) if proposals else page.text)
        self.boxes.extend(boxes)
        self.proposals.extend(proposals)

    @property
    def words_left(self) -> int:
        """Words still readable in the output's page text (outside every box)."""
        return sum(len(_WORD.findall(t)) for t in self.expected)
