"""Verify a redacted PDF: nothing redacted may survive anywhere, nothing else may be lost.

Checks (all in-process with PyMuPDF):
- page text: for every redacted string, the output holds no more occurrences than the original text
  minus the boxes does (so a rejected or public occurrence of the same string may stay);
- decompressed streams that are not images or fonts, and every string in every object (literal, hex,
  UTF-16): none of the redacted strings of 4 or more characters;
- document info, XMP, annotations (contents, titles), form field values, bookmarks, embedded file
  names: none of the redacted strings;
- collateral loss: words of the original text outside every box that are missing from the output.

Limits: text drawn by fonts without a Unicode mapping cannot be read back by any extractor; those
pages are flagged by extraction, not here. Reports name locations, never the redacted text.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence

import numpy as np
import pymupdf

from redact.detect.textnorm import fold
from redact.detect.textnorm import fold_table as _fold_table
from redact.models import Box, PageText, Rect, VerifyReport
from redact.pdf.store import trim_cache
from redact.pdf.strings import decode, from_latin1, hex_bytes
from redact.pdf.text import Glyphs, plain_text

_WS = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_MIN_RAW = 4  # shorter strings collide with random bytes in streams
_HEX = re.compile(rb"<([0-9A-Fa-f\s]+)>")
_LIT_BODY = re.compile(r"\(((?:\\.|[^\\()])*)\)", re.DOTALL)  # literal string, body as group
_ESCAPED_STR = re.compile(r"\\([()\\])")
_BOMS = ("\xfe\xff", "\xff\xfe", "\xef\xbb\xbf")
# Only a stream whose dictionary mentions one of these can be an image or a font program.
_BINARY_MARKERS = (
    b"/Image", b"/Type1C", b"/CIDFontType0C", b"/OpenType", b"/Length1", b"/Length2", b"/Length3",
)


def _norm(s: str) -> str:
    return _WS.sub(" ", s).strip()


def _needle_body(needle: str) -> str:
    body = r"\s+".join(re.escape(part) for part in needle.split(" "))
    # initials ("IN", "PV", "AM") are matched in capitals only: as words "in", "am" they are no trace
    return f"(?-i:{body})" if _SHORT_CAPS.fullmatch(needle) else body


_SHORT_CAPS = re.compile(r"[A-Z]{2,3}")


def _needle_pattern(needle: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){_needle_body(needle)}(?!\w)", re.IGNORECASE)


class _LazyPatterns(Mapping[str, re.Pattern[str]]):
    """Needle -> its pattern (``_needle_pattern``), compiled on first use: most pages hold no needle,
    and then no needle's own pattern is needed."""

    def __init__(self, needles: Iterable[str]) -> None:
        self._needles = list(needles)
        self._known = set(self._needles)
        self._compiled: dict[str, re.Pattern[str]] = {}

    def __getitem__(self, needle: str) -> re.Pattern[str]:
        pat = self._compiled.get(needle)
        if pat is None:
            if needle not in self._known:
                raise KeyError(needle)
            pat = self._compiled[needle] = _needle_pattern(needle)
        return pat

    def __iter__(self) -> Iterator[str]:
        return iter(self._needles)

    def __len__(self) -> int:
        return len(self._needles)


def _combined(needles: Sequence[str]) -> re.Pattern[str] | None:
    """One pattern for all needles: ``(?<!\\w)(?:B1|B2|…)(?!\\w)`` matches at a position exactly when
    one of the needles' own patterns ``(?<!\\w)Bi(?!\\w)`` does (the alternation backtracks into the
    next body when a boundary fails)."""
    if not needles:
        return None
    bodies = "|".join(_needle_body(n) for n in needles)
    return re.compile(rf"(?<!\w)(?:{bodies})(?!\w)", re.IGNORECASE)


_FEW_RUNS = 48  # up to this many distinct index runs, _Sieve searches substrings instead of listing words
_MANY_NEEDLES = 24  # beyond this, a page's needles are sieved before they are counted


class _Sieve:
    """Which needles can occur in a text at all, without running every needle's pattern.

    A needle's pattern matches its words literally (case-insensitively) with whitespace between them
    and word boundaries at both ends, so where it matches, every maximal run of word characters of
    the needle is a maximal run of word characters of the text, once both are folded with
    ``_fold_table``. A needle one of whose folded runs is not among the text's runs cannot match
    there: skipping it changes no count. The runs of a text are found once; needles are looked up
    through an index on their longest run, so the cost grows with the text, not with text × needles.
    With few needles, each needle's runs are instead looked for as substrings of the folded text (a
    looser test: it may keep a needle that the run test would drop, never the other way round).
    Needles without any word character are always candidates. The patterns decide for the rest.
    """

    def __init__(self, needles: Iterable[str]) -> None:
        self.table = _fold_table()
        self.order: dict[str, int] = {}
        self.always: list[str] = []
        self.runs: dict[str, frozenset[str]] = {}
        self.by_run: dict[str, list[str]] = {}
        for n in needles:
            self.order[n] = len(self.order)
            runs = frozenset(_WORD.findall(fold(n)))
            if not runs:
                self.always.append(n)
                continue
            self.runs[n] = runs
            self.by_run.setdefault(max(runs, key=lambda r: (len(r), r)), []).append(n)

    def needles(self, *texts: str) -> list[str]:
        """The needles that may occur in any of ``texts``, in the order given."""
        if self.table is None:
            return list(self.order)
        found = list(self.always)
        if len(self.by_run) <= _FEW_RUNS:
            # few needles: a substring search per run is faster than listing the text's runs (a run
            # of the text is a substring of it, so this keeps every needle the word runs keep)
            folded = [fold(t) for t in texts]
            for key, ns in self.by_run.items():
                if any(key in f for f in folded):
                    found.extend(n for n in ns if any(all(r in f for r in self.runs[n]) for f in folded))
            return sorted(found, key=self.order.__getitem__)
        words: set[str] = set()
        for t in texts:
            words.update(_WORD.findall(fold(t)))
        for w in words.intersection(self.by_run):
            found.extend(n for n in self.by_run[w] if self.runs[n] <= words)
        return sorted(found, key=self.order.__getitem__)


def intended_text(page: PageText, rects: Sequence[Rect], glyphs: Glyphs | None = None) -> str:
    """The page's text with every character whose centre lies in a box blanked out."""
    if not rects:
        return page.text
    g = glyphs if glyphs is not None else Glyphs(page)
    if not len(g.index):
        return page.text
    hit = np.zeros(len(g.index), dtype=bool)
    for r in rects:
        hit |= g.centre_in(r)
    chars = list(page.text)
    for i in g.index[hit].tolist():
        chars[i] = " "
    return "".join(chars)


def _pdf_strings(raw: bytes, latin: str | None = None) -> list[str]:
    """Every hex and literal string in ``raw``, decoded (``strings.decode``), hex strings first, each kind
    in file order. ``latin``: ``raw.decode("latin-1")`` when the caller has it. Literal strings are
    found in that latin-1 text, where a byte is a character of the same value, so the matches are
    those of the byte pattern; only bodies with an escape, a byte-order mark or a character where
    PDFDocEncoding differs from Latin-1 need more work."""
    out: list[str] = []
    for hexdigits in _HEX.findall(raw):
        out.append(decode(hex_bytes(hexdigits)))  # only hex digits and white space: cannot fail
    if b"(" not in raw:
        return out
    for body in _LIT_BODY.findall(raw.decode("latin-1") if latin is None else latin):
        if "\\" in body:
            body = _ESCAPED_STR.sub(r"\1", body)
        out.append(decode(body.encode("latin-1")) if body.startswith(_BOMS) else from_latin1(body))
    return out


def _is_binary_stream(doc: pymupdf.Document, xref: int) -> bool:
    subtype = doc.xref_get_key(xref, "Subtype")[1]
    if subtype in ("/Image", "/Type1C", "/CIDFontType0C", "/OpenType"):
        return True
    return any(doc.xref_get_key(xref, k)[0] != "null" for k in ("Length1", "Length2", "Length3"))


def _raw_hits(doc: pymupdf.Document, patterns: Iterable[str]) -> list[str]:
    r"""Objects in which any needle of 4+ characters occurs: every string of every object, and the
    decompressed data of every stream that is not an image or a font. One pass over the objects,
    one search per object with all needles in one pattern: ``(?<!\w)(?:B1|B2|…)(?!\w)`` matches at
    a position exactly when one of the needles' own patterns ``(?<!\w)Bi(?!\w)`` does (the
    alternation backtracks into the next body when a boundary fails)."""
    needles = [n for n in patterns if len(n) >= _MIN_RAW]
    if not needles:
        return []
    # an object's text is searched only for the needles whose words it holds (most: none)
    sieve = _Sieve(needles)
    combined = functools.lru_cache(maxsize=256)(lambda found: _combined(list(found)))
    hits: list[str] = []
    for xref in range(1, doc.xref_length()):
        try:
            obj = doc.xref_object(xref, compressed=True).encode("latin-1", "replace")
        except Exception:
            continue
        texts = _pdf_strings(obj)
        if doc.xref_is_stream(xref) and not (
            any(m in obj for m in _BINARY_MARKERS) and _is_binary_stream(doc, xref)
        ):
            try:
                data = doc.xref_stream(xref) or b""
            except Exception:
                data = b""
            latin = data.decode("latin-1")
            texts.append(latin)
            texts.extend(_pdf_strings(data, latin))
            texts.append(data.decode("utf-16-be", "ignore"))
        joined = "\n".join(texts)  # no run of word characters crosses the joins
        found = tuple(sieve.needles(joined))
        pattern = combined(found) if found else None
        if pattern is not None and pattern.search(joined):
            hits.append(f"object {xref}")
    return hits


def _side_texts(doc: pymupdf.Document) -> Iterable[tuple[str, str]]:
    for k, v in (doc.metadata or {}).items():
        if v:
            yield f"metadata {k}", v
    xmp = doc.get_xml_metadata()
    if xmp:
        yield "XMP metadata", xmp
    for entry in doc.get_toc(simple=True):
        yield "bookmarks", str(entry[1])
    for name in doc.embfile_names():
        yield "embedded file names", name
    for page in doc:
        for annot in page.annots() or ():
            info = annot.info
            yield f"page {page.number + 1} annotation", " ".join(str(v) for v in info.values() if v)
        for widget in page.widgets() or ():
            yield f"page {page.number + 1} form field", f"{widget.field_name} {widget.field_value}"


def verify(out: pymupdf.Document, original: Sequence[PageText], boxes: Sequence[Box]) -> VerifyReport:
    """Check ``out`` against the original pages and the boxes that were burnt in."""
    rects_by_page: dict[int, list[Rect]] = {}
    for b in boxes:
        rects_by_page.setdefault(b.page, []).append(b.rect)
    expected = [intended_text(orig, rects_by_page.get(pno, ())) for pno, orig in enumerate(original)]
    return verify_expected(out, expected, boxes)


def needles_of(boxes: Sequence[Box], extra: Iterable[str] = ()) -> list[str]:
    """The redacted strings to look for (whitespace-normalised, longest first): the boxes' texts and
    ``extra`` (personal data redacted outside the page content)."""
    texts = [*(b.text for b in boxes), *extra]
    return sorted({_norm(t) for t in texts if _norm(t)}, key=len, reverse=True)


def verify_expected(out: pymupdf.Document, expected: Sequence[str], boxes: Sequence[Box],
                    extra: Iterable[str] = ()) -> VerifyReport:
    """Check ``out`` given, per page, the text it should show (``intended_text`` of the original
    page: page streaming keeps only these strings, not the geometry). ``extra``: strings redacted
    outside the page content (metadata, bookmarks …), searched for like the boxes' texts."""
    patterns = _LazyPatterns(needles_of(boxes, extra))
    sieve = _Sieve(patterns) if len(patterns) > _MANY_NEEDLES else None
    # one search with all needles tells whether a page holds any of them at all (mostly not)
    any_needle = _combined(list(patterns))
    leaks: list[str] = []
    kept: set[str] = set()  # strings that legitimately stay somewhere (a rejected or public occurrence)
    collateral = 0
    collateral_pages: list[int] = []
    for pno, want in enumerate(expected):
        # the fonts of every page read so far would stay cached (each OCR page has its own: a 2,000-page
        # scan's output held ≈100 MB of them by the end); reading them again is cheap
        trim_cache(pno)
        # whitespace-tolerant counts (words, needles with \s+ between their words) need only the
        # characters in order: MuPDF's plain text gives them, several times faster than page_text
        got = plain_text(out[pno])
        if any_needle is None or not (any_needle.search(got) or any_needle.search(want)):
            needles: Iterable[tuple[str, re.Pattern[str]]] = ()
        else:
            needles = [(n, patterns[n]) for n in sieve.needles(want, got)] if sieve else patterns.items()
        for needle, pat in needles:
            allowed = len(pat.findall(want))
            if allowed:
                kept.add(needle)
            if len(pat.findall(got)) > allowed:
                leaks.append(f"page {pno + 1} text")
        want_words = Counter(_WORD.findall(want))
        got_words = Counter(_WORD.findall(got))
        lost = sum(max(0, n - got_words.get(w, 0)) for w, n in want_words.items())
        if lost:
            collateral += lost
            collateral_pages.append(pno + 1)

    gone = [n for n in patterns if n not in kept]
    anywhere = _combined(gone) if kept else any_needle
    for where, text in _side_texts(out):
        if anywhere is not None and anywhere.search(text):
            leaks.append(where)
    leaks.extend(_raw_hits(out, gone))
    return VerifyReport(leaks=tuple(dict.fromkeys(leaks)), collateral=collateral,
                        collateral_pages=tuple(collateral_pages))


def _is_label(span: dict[str, object], codes: set[str]) -> bool:
    """A ground code printed by burn-in: white text consisting of ground codes only."""
    chars = span.get("chars", ())
    text = "".join(ch["c"] for ch in chars) if isinstance(chars, (list, tuple)) else ""
    for code in sorted(codes, key=len, reverse=True):
        text = text.replace(code, "")
    return span.get("color") == 0xFFFFFF and not text.strip()


def drawn_box_hits(out: pymupdf.Document, boxes: Sequence[Box]) -> list[str]:
    """Places where text other than a printed ground code is left inside a box without text (drawn by
    hand, a signature region): such a box removes what lies under it by geometry alone, so nothing
    but its label may remain there (the centre rule of ``intended_text``)."""
    from redact.pdf.text import contains_center

    drawn = [b for b in boxes if not b.text]
    hits: list[str] = []
    for pno in sorted({b.page for b in drawn}):
        codes = {b.ground for b in boxes if b.page == pno}
        raw = out[pno].get_text("rawdict", flags=pymupdf.TEXT_PRESERVE_WHITESPACE)
        chars = [Rect(*ch["bbox"]) for block in raw.get("blocks", ()) for line in block.get("lines", ())
                 for span in line.get("spans", ()) if not _is_label(span, codes)
                 for ch in span.get("chars", ()) if ch["c"].strip()]
        for b in (b for b in drawn if b.page == pno):
            if any(contains_center(b.rect, r) for r in chars):
                hits.append(f"page {pno + 1} box without text")
    return hits
