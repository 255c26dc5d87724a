"""Accessible redacted PDFs: document language, a title, and a description of every redaction box.

Called from burn-in (``redact.pdf.burn``, ``redact.pdf.scrub``), so every redacted output of ``run``, ``apply`` and the
batch has them; ``publish.accessibility.ensure_accessible`` adds language and title to outputs made before.

Guarantees:
- each box is drawn (black fill + printed ground code) inside one marked-content sequence
  ``/Span <</Alt (Weggelakt: 5.1.2e, eerbiediging van de persoonlijke levenssfeer)>> BDC … EMC``: the
  alternate description is what assistive technology announces for the box. Extractors (MuPDF, poppler,
  pypdf) ignore ``/Alt``, so the text layer still reads ``5.1.2e`` and verification sees what it saw
  before. The description holds the ground code and the interest of the law, never the redacted text;
- the catalog gets ``/Lang (nl-NL)`` (an existing Dutch tag such as ``nl-BE`` is kept) and
  ``/ViewerPreferences`` ``/DisplayDocTitle true``;
- the title is the document's own title when it is meaningful (already scrubbed of redacted strings by
  ``scrub``), else the subject line (``Onderwerp:``) or the most prominent line of the first page's text
  as it is *after* burn-in (so a redacted string can no longer be part of it), passed through the same
  substitution as the rest of the metadata; never the text of a box.

Limits: in a source that is already tagged (has a structure tree) the boxes are not added to the tree:
a screen reader that follows the tags does not announce them (the ground codes of the log and the
motivation report remain the record). A title taken from the page text cannot be checked for
personal data that detection missed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import pymupdf

from redact.pdf.strings import encode

if TYPE_CHECKING:
    from redact.rules import Rules

LANGUAGE = "nl-NL"
_MAX_TITLE = 200
_WHITE = 0xFFFFFF
_GENERATED = re.compile(
    r"(^(microsoft (word|excel|powerpoint|outlook)\s*-|untitled|naamloos|document\d*$|titel$|title$|"
    r"printed|afdrukken)|\.(docx?|odt|rtf|pdf|msg|eml|xlsx?|pptx?|txt|html?)\s*$)",
    re.IGNORECASE,
)
_SUBJECT = re.compile(r"^\s*(onderwerp|subject|betreft)\s*:?\s+(?P<s>\S.*)$", re.IGNORECASE)
GROUND_CODE = re.compile(r"\[?5\.(1\.[12][a-i]|1\.5|2)\]?")  # a printed code


def box_description(code: str, rules: Rules) -> str:
    """``Weggelakt: <code>, <interest>`` for a box with ground ``code`` (Dutch, no personal data)."""
    ground = rules.grounds.get(code)
    if ground is None:
        return f"Weggelakt: {code}"
    interest = re.sub(r"^(de|het)\s+", "", ground.text.strip())
    return f"Weggelakt: {code}, {interest}"


def box_descriptions(rules: Rules) -> dict[str, str]:
    """``box_description`` of every ground of ``rules`` (what burn-in writes as each box's ``/Alt``)."""
    return {code: box_description(code, rules) for code in rules.grounds}


@contextmanager
def described_box(shape: pymupdf.Shape, rect: pymupdf.Rect, description: str) -> Iterator[None]:
    """Draw ``rect`` black once more and wrap it, with whatever text is inserted inside the block
    (the printed code), in a ``/Span`` marked-content sequence carrying ``description`` as ``/Alt``.

    Uses the shape's content buffers: ``totalcont`` (committed drawings) and ``text_cont`` (text,
    appended after the drawings on commit), so the sequence lands in front of all other boxes' fills.
    """
    saved = shape.totalcont
    shape.totalcont = ""
    shape.draw_rect(rect)
    shape.finish(fill=(0, 0, 0), color=None, width=0)
    fill = shape.totalcont
    shape.totalcont = saved
    shape.text_cont += f"/Span <</Alt {encode(description).decode('ascii')}>> BDC\n{fill}"
    try:
        yield
    finally:
        shape.text_cont += "EMC\n"


def _clean(title: str) -> str:
    return re.sub(r"\s+", " ", title or "").strip(" -–—:;,.")


def meaningful(title: str) -> bool:
    """A title worth keeping: letters in it, not a file name or a word processor's placeholder."""
    t = _clean(title)
    return sum(c.isalpha() for c in t) >= 3 and not _GENERATED.search(t)


def _lines(page: pymupdf.Page) -> list[tuple[float, str]]:
    """(font size, text) of the page's visible lines in reading order, printed ground codes left out."""
    out: list[tuple[float, str]] = []
    data = page.get_text("dict", flags=pymupdf.TEXTFLAGS_TEXT, sort=True)
    for block in data.get("blocks", ()):
        for line in block.get("lines", ()):
            spans = [s for s in line.get("spans", ()) if s.get("color") != _WHITE and s.get("text", "").strip()]
            text = GROUND_CODE.sub(" ", "".join(s["text"] for s in spans))
            text = _clean(text)
            if spans and sum(c.isalpha() for c in text) >= 3:
                out.append((max(float(s.get("size", 0.0)) for s in spans), text))
    return out


def first_heading(doc: pymupdf.Document) -> str:
    """The subject line (``Onderwerp:``) of the first page, else its most prominent line (the first line
    set in the largest size when that size stands out from the body text), else its first line."""
    if doc.page_count == 0:
        return ""
    lines = _lines(doc[0])
    if not lines:
        return ""
    for _, text in lines:
        m = _SUBJECT.match(text)
        if m and sum(c.isalpha() for c in m.group("s")) >= 3:
            return _clean(m.group("s"))[:_MAX_TITLE]
    sizes = sorted(size for size, _ in lines)
    body = sizes[len(sizes) // 2]
    top = max(sizes)
    if top > body * 1.15:
        return next(text for size, text in lines if size == top)[:_MAX_TITLE]
    return lines[0][1][:_MAX_TITLE]


def choose_title(doc: pymupdf.Document, current: str) -> str:
    """The title for the redacted document (see the module's guarantees)."""
    if meaningful(current):
        return _clean(current)[:_MAX_TITLE]
    return first_heading(doc)


def set_language_and_title(doc: pymupdf.Document, sub: Callable[[str], str] = lambda s: s) -> str:
    """Set ``/Lang``, ``/DisplayDocTitle`` and the title on ``doc``; returns the title (may be empty).

    ``sub`` replaces redacted strings (burn-in's substitution) in the chosen title.
    """
    cat = doc.pdf_catalog()
    kind, value = doc.xref_get_key(cat, "Lang")
    current = value.strip("()") if kind == "string" else ""
    if not current.lower().startswith("nl"):
        doc.xref_set_key(cat, "Lang", encode(LANGUAGE).decode("ascii"))
    kind, _ = doc.xref_get_key(cat, "ViewerPreferences")
    if kind == "dict":
        doc.xref_set_key(cat, "ViewerPreferences/DisplayDocTitle", "true")
    else:
        doc.xref_set_key(cat, "ViewerPreferences", "<</DisplayDocTitle true>>")
    meta = dict(doc.metadata or {})
    try:
        chosen = choose_title(doc, meta.get("title") or "")
    except Exception:  # a page MuPDF cannot lay out: no title beats failing the redaction over it
        chosen = ""
    title = sub(chosen)
    if title != (meta.get("title") or ""):
        doc.set_metadata({k: v for k, v in {**meta, "title": title}.items()
                          if k in ("title", "subject", "keywords", "creator", "producer", "author")})
    return title


def language_of(doc: pymupdf.Document) -> str:
    """The catalog's ``/Lang`` (empty when missing)."""
    kind, value = doc.xref_get_key(doc.pdf_catalog(), "Lang")
    if kind != "string":
        return ""
    return value[1:-1] if value.startswith("(") else value
