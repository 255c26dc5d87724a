"""Redact strings in every PDF object outside the page content: the catch-all of ``burn.scrub``.

Bookmarks (also in outline trees with loops, which ``get_toc`` cannot walk), page labels, structure-tree
``/Alt``, ``/ActualText`` and ``/T`` entries, named destinations, link URIs, document info, anything a
producer put in a dictionary: every literal or hex string of every object is decoded
(``redact.pdf.strings``) and, when it contains a redacted string, rewritten with the ground code in its place.

Guarantees: only string tokens change (names, numbers and structure are untouched); an object that cannot
be read or written is skipped (verification then reports it, so nothing leaks silently); stream *data*
(content streams, fonts, images) is not touched here — page content is handled by burn-in.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from redact.pdf.strings import TOKEN, decode, encode, token_bytes


def rewrite(source: bytes, pat: re.Pattern[str], repl: Callable[[re.Match[str]], str]) -> tuple[bytes, int]:
    """``source`` (PDF object syntax) with every string that matches ``pat`` rewritten; and how many."""
    count = 0

    def one(m: re.Match[bytes]) -> bytes:
        nonlocal count
        try:
            text = decode(token_bytes(m))
        except ValueError:
            return m.group(0)
        new = pat.sub(repl, text)
        if new == text:
            return m.group(0)
        count += 1
        return encode(new)

    return TOKEN.sub(one, source), count


