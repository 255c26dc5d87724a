"""PDF strings: the one place where their bytes are decoded, encoded and found in object syntax.

Text strings (ISO 32000-2, 7.9.2.2) are UTF-16BE with a byte-order mark, UTF-8 with a byte-order mark
(PDF 2.0), or PDFDocEncoding, which equals Latin-1 except for 0x18–0x1F and 0x7F–0xA0 (bullets,
daggers, typographic quotes, dashes, the ﬁ/ﬂ ligatures, Œ, Š, Ž, the euro sign …). UTF-16LE with its
mark is not allowed by the standard but written by some producers; it is read too.

Guarantees:
- ``decode`` never raises and never drops a byte: undefined PDFDocEncoding codes keep their Latin-1
  value, broken UTF-16/UTF-8 is replaced character by character;
- ``readings`` gives every plausible reading of a string's bytes (also UTF-16 without a mark), for
  searches that must not miss a string whatever its producer meant;
- ``encode`` gives a string token that any reader decodes back to the text: a literal for printable
  ASCII, UTF-16BE hex with a byte-order mark otherwise;
- ``tokens``/``strings_in`` find literal strings (balanced parentheses one level deep, escapes) and
  hex strings in object syntax; they never look inside stream data unless given it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["TOKEN", "decode", "encode", "from_latin1", "hex_bytes", "readings", "strings_in", "unescape"]

_PDFDOC = {
    0x18: "\u02d8", 0x19: "\u02c7", 0x1A: "\u02c6", 0x1B: "\u02d9", 0x1C: "\u02dd", 0x1D: "\u02db",
    0x1E: "\u02da", 0x1F: "\u02dc",
    0x80: "\u2022", 0x81: "\u2020", 0x82: "\u2021", 0x83: "\u2026", 0x84: "\u2014", 0x85: "\u2013",
    0x86: "\u0192", 0x87: "\u2044", 0x88: "\u2039", 0x89: "\u203a", 0x8A: "\u2212", 0x8B: "\u2030",
    0x8C: "\u201e", 0x8D: "\u201c", 0x8E: "\u201d", 0x8F: "\u2018", 0x90: "\u2019", 0x91: "\u201a",
    0x92: "\u2122", 0x93: "\ufb01", 0x94: "\ufb02", 0x95: "\u0141", 0x96: "\u0152", 0x97: "\u0160",
    0x98: "\u0178", 0x99: "\u017d", 0x9A: "\u0131", 0x9B: "\u0142", 0x9C: "\u0153", 0x9D: "\u0161",
    0x9E: "\u017e", 0xA0: "\u20ac",
}
_FROM_LATIN1 = str.maketrans(_PDFDOC)
_SPECIAL = re.compile("[\x18-\x1f\x80-\xa0]")
_ESC = re.compile(rb"\\([0-7]{1,3}|.)", re.DOTALL)
_ESC_MAP = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
_WS = re.compile(rb"\s")

TOKEN = re.compile(rb"(?P<lit>\((?:\\.|[^\\()]|\((?:\\.|[^\\()])*\))*\))|(?P<hex><[0-9A-Fa-f\s]*>)", re.DOTALL)
"""A literal string (group ``lit``, parentheses included) or a hex string (group ``hex``) in object syntax.
A dictionary's ``<<`` never matches: its second ``<`` is not a hex digit."""


def from_latin1(text: str) -> str:
    """``text`` read as Latin-1 (one character per byte) turned into PDFDocEncoding's characters."""
    return text.translate(_FROM_LATIN1) if _SPECIAL.search(text) else text


def decode(b: bytes) -> str:
    """A PDF text string's bytes as text (see the module's guarantees)."""
    if b.startswith(b"\xfe\xff"):
        return b[2:].decode("utf-16-be", "replace")
    if b.startswith(b"\xff\xfe"):
        return b[2:].decode("utf-16-le", "replace")
    if b.startswith(b"\xef\xbb\xbf"):
        return b[3:].decode("utf-8", "replace")
    return from_latin1(b.decode("latin-1"))


def readings(b: bytes) -> list[str]:
    """Every plausible reading of a string's bytes: ``decode``, plain Latin-1 where PDFDocEncoding
    differs, and UTF-16 without a byte-order mark when the bytes look like it."""
    first = decode(b)
    out = [first]
    if b[:2] in (b"\xfe\xff", b"\xff\xfe") or b.startswith(b"\xef\xbb\xbf"):
        return out
    latin = b.decode("latin-1")
    if latin != first:
        out.append(latin)
    if len(b) >= 4 and b[0::2].count(0) > len(b) // 4:
        out.append(b.decode("utf-16-be", "ignore"))
    if len(b) >= 4 and b[1::2].count(0) > len(b) // 4:
        out.append(b.decode("utf-16-le", "ignore"))
    return out


def unescape(body: bytes) -> bytes:
    """A literal string's body (without its parentheses) with its escapes resolved."""
    if b"\\" not in body:
        return body

    def rep(m: re.Match[bytes]) -> bytes:
        e = m.group(1)
        if e[:1] in b"01234567":
            return bytes([int(e, 8) & 0xFF])
        if e in (b"\n", b"\r"):
            return b""
        return _ESC_MAP.get(e, e)

    return _ESC.sub(rep, body)


def hex_bytes(digits: bytes) -> bytes:
    """A hex string's digits (without ``<>``; white space allowed, an odd last digit padded with 0)."""
    if not digits.isalnum():
        digits = _WS.sub(b"", digits)
    if len(digits) % 2:
        digits += b"0"
    return bytes.fromhex(digits.decode("ascii"))


def token_bytes(m: re.Match[bytes]) -> bytes:
    """The bytes of a string token matched by ``TOKEN``."""
    if m.group("lit") is not None:
        return unescape(m.group("lit")[1:-1])
    return hex_bytes(m.group("hex")[1:-1])


def strings_in(raw: bytes) -> Iterator[str]:
    """Every readings of every string token in ``raw`` (object syntax), in file order."""
    for m in TOKEN.finditer(raw):
        try:
            yield from readings(token_bytes(m))
        except ValueError:  # not a hex string after all (stray '<' in binary data)
            continue


def encode(text: str) -> bytes:
    """A string token for ``text``: a literal for printable ASCII, UTF-16BE hex with a mark otherwise."""
    if text.isascii() and text.isprintable():
        return b"(" + text.encode("ascii").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"
