"""Redact strings in every PDF object outside the page content: the catch-all of ``burn.scrub``.

Bookmarks (also in outline trees with loops, which ``get_toc`` cannot walk), page labels, structure-tree
``/Alt``, ``/ActualText`` and ``/T`` entries, named destinations, link URIs, document info, anything a
producer put in a dictionary: every literal or hex string of every object is decoded (PDFDocEncoding or
UTF-16 with BOM) and, when it contains a redacted string, rewritten with the ground code in its place.

Guarantees: only string tokens change (names, numbers and structure are untouched); an object that cannot
be read or written is skipped (verification then reports it, so nothing leaks silently); stream *data*
(content streams, fonts, images) is not touched here — page content is handled by burn-in.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from redact.pdf.verify import _decode
from redact.pdf.xverify import _unescape

_TOKEN = re.compile(
    rb"(?P<lit>\((?:\\.|[^\\()]|\((?:\\.|[^\\()])*\))*\))|(?P<hex><[0-9A-Fa-f\s]*>)", re.DOTALL
)


def _encode(text: str) -> bytes:
    try:
        raw = text.encode("latin-1")
        if all(32 <= c < 127 for c in raw):
            return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"
    except UnicodeEncodeError:
        pass
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def _string_bytes(m: re.Match[bytes]) -> bytes:
    if m.group("lit") is not None:
        return _unescape(m.group("lit")[1:-1])
    digits = re.sub(rb"\s", b"", m.group("hex")[1:-1])
    if len(digits) % 2:
        digits += b"0"
    return bytes.fromhex(digits.decode())


def rewrite(source: bytes, pat: re.Pattern[str], repl: Callable[[re.Match[str]], str]) -> tuple[bytes, int]:
    """``source`` (PDF object syntax) with every string that matches ``pat`` rewritten; and how many."""
    count = 0

    def one(m: re.Match[bytes]) -> bytes:
        nonlocal count
        try:
            text = _decode(_string_bytes(m))
        except ValueError:
            return m.group(0)
        new = pat.sub(repl, text)
        if new == text:
            return m.group(0)
        count += 1
        return _encode(new)

    return _TOKEN.sub(one, source), count


