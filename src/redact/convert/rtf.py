"""Outlook's compressed RTF body (MS-OXRTFCP) and the HTML encapsulated in it (MS-OXRTFEX).

Guarantees:
- ``decompress`` implements MS-OXRTFCP: ``LZFu`` (compressed) and ``MELA`` (stored) bodies; a damaged
  stream raises ``ValueError`` (never returns a partial body silently);
- ``html_from_rtf`` returns the HTML of an RTF body written with ``\\fromhtml1`` (how Outlook stores HTML
  mail), or ``None`` when the RTF did not come from HTML (the caller then uses the plain-text body):
  text inside ``\\*\\htmltag`` groups and text outside ``\\htmlrtf`` runs is HTML; ``\\'hh`` bytes are
  decoded with the document's ``\\ansicpg`` code page, ``\\uN`` as Unicode (skipping ``\\ucN`` fallback
  characters); other ignorable destinations (font and colour tables, ``\\*\\mhtmltag`` …) are skipped.

Limits: RTF that was not made from HTML (``\\fromtext`` or native rich text) is not rendered here.
"""

from __future__ import annotations

import codecs
import re
import struct

_PREBUF = (
    b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript "
    b"\\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par "
    b"\\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx"
)
_CODEPAGES = {20127: "ascii", 28591: "latin-1", 65001: "utf-8", 1200: "utf-16-le", 1201: "utf-16-be",
              50220: "iso2022_jp", 50221: "iso2022_jp", 50222: "iso2022_jp", 51932: "euc_jp", 20932: "euc_jp",
              51949: "euc_kr", 20936: "gb2312", 54936: "gb18030", 10000: "mac_roman", 1361: "johab"}
_CHARSETS = {128: 932, 129: 949, 130: 1361, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258, 177: 1255,
             178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250, 77: 10000}


def codec(codepage: int) -> str | None:
    """The Python codec of a Windows code page number, or ``None`` when Python has none."""
    name = _CODEPAGES.get(codepage, f"cp{codepage}")
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name


_LZFU = 0x75465A4C
_MELA = 0x414C454D


def decompress(data: bytes) -> bytes:
    """The RTF of a ``PidTagRtfCompressed`` stream (``ValueError`` when damaged)."""
    if len(data) < 16:
        raise ValueError("compressed RTF header too short")
    comp_size, raw_size, kind, _crc = struct.unpack_from("<IIII", data, 0)
    if kind == _MELA:
        return data[16 : 16 + raw_size]
    if kind != _LZFU:
        raise ValueError("unknown compressed RTF type")
    end = min(len(data), comp_size + 4)
    window = bytearray(4096)
    window[: len(_PREBUF)] = _PREBUF
    wpos = len(_PREBUF)
    out = bytearray()
    pos = 16
    while pos < end:
        control = data[pos]
        pos += 1
        for bit in range(8):
            if pos >= end:
                break
            if control & (1 << bit):
                if pos + 2 > end:
                    raise ValueError("compressed RTF truncated")
                ref = (data[pos] << 8) | data[pos + 1]
                pos += 2
                offset, length = ref >> 4, (ref & 0xF) + 2
                if offset == wpos:
                    return bytes(out[:raw_size])
                for i in range(length):
                    byte = window[(offset + i) % 4096]
                    out.append(byte)
                    window[wpos] = byte
                    wpos = (wpos + 1) % 4096
            else:
                byte = data[pos]
                pos += 1
                out.append(byte)
                window[wpos] = byte
                wpos = (wpos + 1) % 4096
    return bytes(out[:raw_size])


_TOKEN = re.compile(rb"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}\r\n]+)|[\r\n]+", re.S)
_SKIP_DESTS = frozenset({b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"header", b"footer",
                         b"listtable", b"listoverridetable", b"themedata", b"datastore", b"latentstyles"})
_WORDS = {b"par": "\n", b"line": "\n", b"tab": "\t", b"lquote": "\u2018", b"rquote": "\u2019",
          b"ldblquote": "\u201c", b"rdblquote": "\u201d", b"bullet": "\u2022", b"endash": "\u2013",
          b"emdash": "\u2014", b"emspace": "\u2003", b"enspace": "\u2002", b"~": "\u00a0"}


def html_from_rtf(rtf: bytes) -> str | None:
    """The HTML encapsulated in ``rtf``, or ``None`` when it is not HTML-derived RTF."""
    if b"\\fromhtml" not in rtf[:2048]:
        return None
    cp = re.search(rb"\\ansicpg(\d+)", rtf[:4096])
    default = (codec(int(cp.group(1))) if cp else None) or "cp1252"
    fonts: dict[int, str] = {}
    for fm in re.finditer(rb"\\f(\d+)[^{}]*?\\fcharset(\d+)", rtf[:65536]):
        number = _CHARSETS.get(int(fm.group(2)))
        fonts[int(fm.group(1))] = (codec(number) if number else None) or default
    codepage = default
    out: list[str] = []
    pending = bytearray()
    # group state: (skip, in_htmltag, htmlrtf, uc, code page of the current font)
    stack: list[tuple[bool, bool, bool, int, str]] = []
    skip, tag, htmlrtf, uc = False, False, False, 1
    star = False
    fallback = 0

    def visible() -> bool:
        return not skip and (tag or not htmlrtf)

    def flush() -> None:
        if pending:
            out.append(pending.decode(codepage, errors="replace"))
            pending.clear()

    for m in _TOKEN.finditer(rtf):
        word, param, hexbyte, symbol, brace, text = m.groups()
        if fallback and (text is not None or hexbyte is not None):
            if text is not None and len(text) > fallback:
                text = text[fallback:]
                fallback = 0
            else:
                fallback -= len(text) if text is not None else 1
                continue
        if hexbyte is not None:
            if visible():
                pending.append(int(hexbyte, 16))
            continue
        flush()
        if brace == b"{":
            stack.append((skip, tag, htmlrtf, uc, codepage))
            star = False
        elif brace == b"}":
            if stack:
                skip, tag, htmlrtf, uc, codepage = stack.pop()
        elif word is not None:
            value = int(param) if param is not None else None
            if star:
                star = False
                if word == b"htmltag":
                    tag = True
                else:
                    skip = True
                continue
            if word == b"htmltag":
                tag = True
            elif word == b"htmlrtf":
                htmlrtf = value != 0
            elif word in _SKIP_DESTS:
                skip = True
            elif word == b"f" and value is not None and not skip:
                codepage = fonts.get(value, default)
            elif word == b"uc" and value is not None:
                uc = value
            elif word == b"u" and value is not None:
                if visible():
                    out.append(chr(value + 65536 if value < 0 else value))
                fallback = uc
            elif word in _WORDS and visible():
                out.append(_WORDS[word])
        elif symbol is not None:
            if symbol == b"*":
                star = True
            elif symbol in (b"\\", b"{", b"}") and visible():
                out.append(symbol.decode())
            elif symbol == b"~" and visible():
                out.append("\u00a0")
            elif symbol in (b"\n", b"\r") and visible():
                out.append("\n")
        elif text is not None and visible():
            pending.extend(text)
    flush()
    return "".join(out)
