"""OCR for pages without (enough) text: Tesseract words with boxes and confidences → ``PageText``.

Guarantees:
- The page is rendered as displayed (rotation applied) at ``dpi``, in 8-bit grey, and read by Tesseract
  (Debian ``tesseract-ocr`` + ``tesseract-ocr-nld``; ``pdf.ocr_engine``: the library loaded once per
  process, else the ``tesseract`` command) in TSV mode; word boxes are mapped back into the
  coordinate space of PyMuPDF's text extraction, so OCR pages are redacted like any other page.
- Before reading, isolated specks of dirt are removed from the rendering (``despeckle``); after it,
  dirt read as ``_`` or ``|`` at a word's ends is cut off and words of dirt only are dropped.
- Each OCR word's box is shared out over its characters (left to right); words are separated by a space,
  lines by "\\n", blocks by "\\n\\n". ``PageText.ocr`` is true and ``word_conf`` holds, per character, the
  confidence (0–100) of the word it belongs to (-1 for separators).
- A missing ``tesseract`` or language pack is an ``OcrUnavailableError`` (fail closed: a scanned page is
  never silently passed as clean).

Limits: handwriting is not read; the per-character boxes inside a word are an even split, so a box for
part of a word is approximate (redactions are whole words, padded).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import lru_cache

import pymupdf

from redact.models import Finding, OcrPage, OcrWord, PageText, Rect

DEFAULT_DPI = 300
DEFAULT_LANG = "nld"
LOW_CONFIDENCE = 60.0  # a word below this is "uncertain"
PAGE_CHECK_BY_EYE = 75.0  # a page whose mean word confidence is below this is flagged
_PAD = 1.0  # points of padding around an OCR word box


_TYPOGRAPHIC = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'", "–": "-", "—": "-",
                              "…": "...", "•": "*", "€": "EUR"})


def _latin1(word: str) -> str:
    """OCR text as the invisible text layer can carry it (Latin-1, the base-14 font's range): ligatures
    and typographic punctuation folded, other letters by their base letter, anything else replaced by
    "?"; keeps layer and PageText equal."""
    word = unicodedata.normalize("NFKC", word).translate(_TYPOGRAPHIC)
    return "".join(c if ord(c) < 256 else _base_letter(c) for c in word)


def _base_letter(c: str) -> str:
    """A character beyond Latin-1 as its base letter ("ş" -> "s", "ł" -> "l", "ğ" -> "g"), so a name
    such as "Durmuş" still reads as a name; "?" when it has none."""
    base = unicodedata.normalize("NFKD", c)[0]
    return base if ord(base) < 256 and base.isalpha() else _STROKED.get(c, "?")


_STROKED = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ħ": "h", "ı": "i", "œ": "oe", "Œ": "OE"}


def tesseract_available(lang: str = DEFAULT_LANG) -> bool:
    """True when pages in ``lang`` can be read (``libtesseract`` or the ``tesseract`` command)."""
    from redact.pdf.ocr_engine import tesseract_available as available

    return available(lang)


def _run_tesseract(pix: pymupdf.Pixmap, lang: str, timeout: float) -> str:
    """Tesseract's TSV for the rendering ``pix`` (``pdf.ocr_engine``: a loaded engine, else the command)."""
    from redact.pdf.ocr_engine import read_tsv

    return read_tsv(pix, lang, timeout)


def _render(page: pymupdf.Page, dpi: int) -> pymupdf.Pixmap:
    """The page as Tesseract reads it: grey, no alpha, at ``dpi``, with specks of dirt removed
    (``despeckle``)."""
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False, annots=False)
    return despeckle(pix, dpi)


_SPECK = 5  # at 300 dpi: a dark pixel with at most this many dark pixels in its 5 x 5 neighbourhood is dirt


def despeckle(pix: pymupdf.Pixmap, dpi: int = 300) -> pymupdf.Pixmap:
    """``pix`` (grey, rendered at ``dpi``) with isolated dark specks turned white: scanner dirt makes
    Tesseract read ``_``, ``|`` and ``.`` into header rows and table cells (``__T. Meeres``). A dark pixel
    stays when its 5 x 5 neighbourhood holds more than ``_SPECK`` dark pixels at 300 dpi (the dot of an
    ``i`` has about 16), a threshold that shrinks with the area a pixel covers at lower resolutions (at
    150 dpi a full stop is about 4 pixels: only lone pixels go). Counted with two separable running sums
    of five in 8-bit arrays (at most 25): linear in the pixels, a few bytes a pixel of memory."""
    import numpy as np

    w, h = pix.width, pix.height
    if w < 5 or h < 5:
        return pix
    img = np.frombuffer(pix.samples_mv, dtype=np.uint8).reshape(h, pix.stride)[:, :w]
    dark = (img < 128).view(np.uint8)
    pad = np.pad(dark, 2)
    rows = pad[:, 0:w] + pad[:, 1:w + 1]
    for k in range(2, 5):
        rows += pad[:, k:w + k]
    del pad
    count = rows[0:h] + rows[1:h + 1]
    for k in range(2, 5):
        count += rows[k:h + k]
    del rows
    specks = dark.view(np.bool_) & (count <= max(1, round(_SPECK * min(1.0, dpi / 300) ** 2)))
    del count
    if not specks.any():
        return pix
    out = img.copy()
    out[specks] = 255
    return pymupdf.Pixmap(pymupdf.csGRAY, w, h, out.tobytes(), False)


def _parse_tsv(page: pymupdf.Page, tsv: str, dpi: int) -> list[OcrWord]:
    scale = 72.0 / dpi
    # rendered pixels are in the rotated (displayed) page space; extraction uses the unrotated one
    to_extraction = page.derotation_matrix if page.rotation else pymupdf.Identity
    words: list[OcrWord] = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        raw = _latin1((row.get("text") or "").strip())
        if row.get("level") != "5" or not raw:
            continue
        text, cut_left, _ = _clean(raw, float(row.get("conf") or -1))
        if not text:
            continue
        left, top = float(row["left"]) * scale, float(row["top"]) * scale
        width = float(row["width"]) * scale
        left, width = left + width * cut_left / len(raw), width * len(text) / len(raw)
        r = pymupdf.Rect(left, top, left + width, top + float(row["height"]) * scale)
        r = (r * to_extraction).normalize()
        words.append(OcrWord(
            text=text, rect=Rect(r.x0, r.y0, r.x1, r.y1), conf=float(row.get("conf") or -1),
            block=int(row["block_num"]), line=(int(row["block_num"]), int(row["par_num"]), int(row["line_num"])),
        ))
    return _initials(words)


_NAME_NEXT = re.compile(r"(?:[A-Z]|van$|de$|den$|der$|ter$|ten$|'t$|el$)")


def _initials(words: list[OcrWord]) -> list[OcrWord]:
    """An initial read as a digit ("Contactpersoon: 1. de Kale") becomes the letter it shows: "1." or
    "l." in a line (not at its start, where a list is numbered) before a capital or a tussenvoegsel."""
    out = list(words)
    for k in range(1, len(out) - 1):
        w, prev, nxt = out[k], out[k - 1], out[k + 1]
        if w.text in ("1.", "l.", "|.") and prev.line == w.line == nxt.line and _NAME_NEXT.match(nxt.text):
            out[k] = OcrWord("I.", w.rect, w.conf, w.block, w.line)
    return out


_NOISE = "_|~¦"  # what dirt and table rules read as: never part of a word


def _clean(word: str, conf: float) -> tuple[str, int, int]:
    """A word as OCR read it without the dirt at its ends (``__T.`` -> ``T.``); a word of dirt and
    punctuation only, read with low confidence, becomes "". Returns (word, characters cut at the left,
    characters cut at the right), so its box can be cut the same share."""
    core = word.lstrip(_NOISE)
    left = len(word) - len(core)
    core = core.rstrip(_NOISE)
    right = len(word) - left - len(core)
    if not any(c.isalnum() for c in core) and conf < LOW_CONFIDENCE:
        return "", left, right
    return core, left, right


def ocr_words(page: pymupdf.Page, *, dpi: int = DEFAULT_DPI, lang: str = DEFAULT_LANG,
              timeout: float = 300.0) -> list[OcrWord]:
    """Read the words on ``page`` with Tesseract, boxes in extraction coordinates."""
    pix = _render(page, dpi)
    tsv = _run_tesseract(pix, lang, timeout)
    del pix  # a page's pixels (8.7 MB at 300 dpi) are not kept while the words are parsed
    return _parse_tsv(page, tsv, dpi)


def page_text_from_words(page: pymupdf.Page, words: list[OcrWord]) -> PageText:
    """Build the ``PageText`` of an OCR page (see the module's guarantees)."""
    chars: list[str] = []
    boxes: list[Rect | None] = []
    lines: list[int] = []
    conf: list[float] = []
    dirs: list[tuple[float, float]] = []
    prev_line: tuple[int, int, int] | None = None
    line_no = -1

    def sep(s: str) -> None:
        for c in s:
            chars.append(c)
            boxes.append(None)
            lines.append(-1)
            conf.append(-1.0)

    for w in words:
        if w.line != prev_line:
            if prev_line is not None:
                sep("\n\n" if w.block != prev_line[0] else "\n")
            line_no += 1
            dirs.append((1.0, 0.0))
            prev_line = w.line
        else:
            sep(" ")
        r = Rect(w.rect.x0 - _PAD, w.rect.y0 - _PAD, w.rect.x1 + _PAD, w.rect.y1 + _PAD)
        step = r.width / len(w.text)
        for k, c in enumerate(w.text):
            chars.append(c)
            boxes.append(Rect(r.x0 + k * step, r.y0, r.x0 + (k + 1) * step, r.y1))
            lines.append(line_no)
            conf.append(w.conf)
    rect = page.rect
    return PageText(
        page=page.number or 0, text="".join(chars), boxes=tuple(boxes), lines=tuple(lines),
        line_dirs=tuple(dirs), width=rect.width, height=rect.height, rotation=page.rotation,
        image_only=True, ocr=True, word_conf=tuple(conf),
    )


def mean_confidence(words: list[OcrWord]) -> float:
    scored = [w.conf for w in words if w.conf >= 0]
    return sum(scored) / len(scored) if scored else 0.0


def needs_ocr(page: pymupdf.Page, text: PageText) -> bool:
    """True when the page shows images but has no text layer, or text covers only a small part of
    the area its images occupy (a scan pasted into a born-digital page)."""
    images = [r for info in page.get_image_info() if (r := pymupdf.Rect(info["bbox"])).is_valid]
    if not images:
        return False
    page_area = abs(page.rect)
    img_area = sum(abs(r & page.rect) for r in images)
    if img_area < 0.2 * page_area:
        return False
    if not text.text.strip():
        return True
    inside = sum(1 for b in text.boxes if b is not None and any(
        r.contains(pymupdf.Point((b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2)) for r in images))
    return inside < 20 and img_area > 0.5 * page_area


@lru_cache(maxsize=1)
def _helv() -> pymupdf.Font:
    return pymupdf.Font("helv")


def insert_text_layer(page: pymupdf.Page, text: PageText, removed: list[Rect]) -> int:
    """Write the OCR words of ``text`` that lie outside every ``removed`` box as invisible text
    (render mode 3), so the published scan stays searchable. Returns the number of words written. The
    words go into one content stream, committed once (a commit per word costs a pass over the page's
    whole content each: quadratic in the words)."""
    from redact.pdf.text import contains_center

    written = 0
    shape = page.new_shape()  # one content stream for the page's layer, committed once
    i, n = 0, len(text.text)
    to_page = page.rotation_matrix if page.rotation else pymupdf.Identity
    while i < n:
        if text.boxes[i] is None or text.text[i].isspace():
            i += 1
            continue
        j = i
        while j < n and text.boxes[j] is not None and not text.text[j].isspace():
            j += 1
        kept = [k for k in range(i, j) if not any(contains_center(r, text.boxes[k]) for r in removed)]  # type: ignore[arg-type]
        if len(kept) == j - i:
            word = text.text[i:j]
            first, last = text.boxes[i], text.boxes[j - 1]
            assert first is not None and last is not None
            box = pymupdf.Rect(first.x0 + _PAD, first.y0 + _PAD, last.x1 - _PAD, last.y1 - _PAD)
            box = (box * to_page).normalize() if page.rotation else box
            size = max(box.height * 0.9, 1.0)
            natural = _helv().text_length(word, fontsize=size) or 1.0
            origin = pymupdf.Point(box.x0, box.y1 - box.height * 0.2)
            # the trailing space makes extractors see the word gap, which the scaling would hide
            shape.insert_text(origin, word + " ", fontsize=size, fontname="helv", render_mode=3,
                              morph=(origin, pymupdf.Matrix(box.width / natural, 1)), rotate=0)
            written += 1
        i = j
    if written:
        shape.commit(overlay=True)
    return written


def _merge(original: PageText, extra: PageText) -> PageText:
    """The original text layer followed by OCR words that lie outside it (a partly scanned page)."""
    if not original.text.strip():
        return extra
    shift = len(original.line_dirs)
    sep = "\n\n"
    return PageText(
        page=original.page,
        text=original.text + sep + extra.text,
        boxes=original.boxes + (None,) * len(sep) + extra.boxes,
        lines=original.lines + (-1,) * len(sep) + tuple(n + shift if n >= 0 else -1 for n in extra.lines),
        line_dirs=original.line_dirs + extra.line_dirs,
        width=original.width, height=original.height, rotation=original.rotation,
        image_only=False, ocr=True,
        word_conf=(-1.0,) * (len(original.text) + len(sep)) + extra.word_conf,
    )


def wants_ocr(page: pymupdf.Page, text: PageText, mode: str) -> str:
    """What OCR ``mode`` does with ``page`` (whose extracted text is ``text``): ``"read"`` (a scanned
    page: OCR words are added), ``"reread"`` (``force``: an old text layer over a scan is replaced),
    or ``""`` (nothing)."""
    if mode == "off":
        return ""
    if needs_ocr(page, text):
        return "read"
    if mode == "force" and text.text.strip() and _mostly_image(page):
        return "reread"
    return ""


def ocr_page_text(page: pymupdf.Page, native: PageText, read: OcrPage) -> PageText:
    """The text detection sees on an OCR page: the OCR words merged after the page's own text layer
    (only words that lie outside it), or, for a re-read page (``read.reread``), the OCR words alone."""
    if read.reread:
        return page_text_from_words(page, list(read.words))
    keep = [w for w in read.words if not _covered(w, native)]
    return _merge(native, page_text_from_words(page, keep))


def ocr_notes(pages: Iterable[OcrPage], *, dpi: int, lang: str) -> list[str]:
    """The warnings about what OCR read: how many pages, and which ones to check by eye. ``pages`` is
    gone through once (a generator keeps one page's words in memory at a time)."""
    low: list[str] = []
    count = 0
    for p in pages:
        count += 1
        conf = mean_confidence(list(p.words))
        if not p.words:
            low.append(f"{p.page + 1} (no text found)")
        elif conf < PAGE_CHECK_BY_EYE:
            low.append(f"{p.page + 1} ({conf:.0f} %)")
    if not count:
        return []
    notes = [f"{count} page(s) read by OCR (tesseract, {lang}, {dpi} dpi)"]
    if low:
        notes.append(f"OCR confidence low on page(s) {', '.join(low)}: check by eye")
    return notes


def _mostly_image(page: pymupdf.Page) -> bool:
    area = sum(abs(pymupdf.Rect(i["bbox"]) & page.rect) for i in page.get_image_info())
    return area > 0.5 * abs(page.rect)


def _covered(word: OcrWord, existing: PageText) -> bool:
    cx, cy = (word.rect.x0 + word.rect.x1) / 2, (word.rect.y0 + word.rect.y1) / 2
    return any(b is not None and b.x0 <= cx <= b.x1 and b.y0 <= cy <= b.y1 for b in existing.boxes)


def strip_text_layer(page: pymupdf.Page) -> None:
    """Remove every glyph from ``page`` (its old, replaced OCR layer); images and drawings stay."""
    r = page.rect
    page.add_redact_annot(pymupdf.Rect(r.x0 - 1e4, r.y0 - 1e4, r.x1 + 1e4, r.y1 + 1e4), cross_out=False)
    page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE, graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
                          text=pymupdf.PDF_REDACT_TEXT_REMOVE)


def without_ocr_text(pt: PageText) -> PageText:
    """``pt`` with its OCR characters blanked (what a page holds when no text layer is written)."""
    if not pt.ocr:
        return pt
    text = "".join(" " if k < len(pt.word_conf) and pt.word_conf[k] >= 0 else c for k, c in enumerate(pt.text))
    return PageText(pt.page, text, pt.boxes, pt.lines, pt.line_dirs, pt.width, pt.height, pt.rotation,
                    pt.image_only, pt.ocr, pt.word_conf)


_NAME_LIKE = re.compile(r"[A-ZÀ-Ý][\w'’-]+|[a-z]{1,3}")  # a capitalised word or a tussenvoegsel


def low_confidence_findings(findings: list[Finding], page_of: Callable[[int], PageText], ocr_pages: Collection[int],
                            starts: Sequence[int], text: str) -> list[Finding]:
    """Add, next to each name found on an OCR page, the neighbouring words that OCR read with low
    confidence and that look like part of a name: a misread surname must not escape redaction."""
    from bisect import bisect_right

    extra: list[Finding] = []
    covered = [(f.start, f.end) for f in findings]
    for f in findings:
        if f.entity != "NAAM":
            continue
        pno = bisect_right(starts, f.start) - 1
        if pno not in ocr_pages:
            continue
        pt = page_of(pno)
        base = starts[pno]
        ls, le = f.start - base, f.end - base
        neighbours = []
        if ls >= 2 and pt.text[ls - 1] == " " and not pt.text[ls - 2].isspace():
            neighbours.append(ls - 2)  # last character of the word before (same line)
        if le + 1 < len(pt.text) and pt.text[le] == " " and not pt.text[le + 1].isspace():
            neighbours.append(le + 1)  # first character of the word after (same line)
        for pos in neighbours:
            if not (pos < len(pt.word_conf) and 0 <= pt.word_conf[pos] < LOW_CONFIDENCE):
                continue
            s = e = pos
            while s > 0 and not pt.text[s - 1].isspace():
                s -= 1
            while e < len(pt.text) and not pt.text[e].isspace():
                e += 1
            word = pt.text[s:e]
            core = word.strip(".,;:()")
            if not core or not _NAME_LIKE.fullmatch(core) or word.endswith(":"):
                continue  # a label ("Van:") is never part of a name
            s += len(word) - len(word.lstrip(".,;:("))
            e -= len(word) - len(word.rstrip(".,;:)"))
            gs, ge = base + s, base + e
            if any(a < ge and gs < b for a, b in covered):
                continue
            covered.append((gs, ge))
            extra.append(Finding("NAAM", gs, ge, 0.5, "OcrLowConfidence", text[gs:ge],
                                 ("ocr:low-confidence-near-name",)))
    return sorted(findings + extra, key=lambda f: f.start)
