"""The compound-file writer and the compressed-RTF reader."""

from __future__ import annotations

import olefile

from redact.convert import cfb, rtf
from tests.convert.conftest import MSG


def test_cfb_round_trip_small_big_and_nested() -> None:
    big = bytes(range(256)) * 40  # 10 KiB: a regular-sector stream
    tree: cfb.Tree = {"a": b"x" * 10, "__substg1.0_0037001F": "Onderwerp".encode("utf-16-le"),
                      "sub": {"inner": big, "empty": b"", "deeper": {"z": b"z" * 5000}}}
    tree.update({f"s{i:03d}": bytes([i]) * (i * 17) for i in range(120)})
    data = cfb.build(tree)
    assert data == cfb.build(tree)
    with olefile.OleFileIO(data) as ole:
        assert ole.openstream("a").read() == b"x" * 10
        assert ole.openstream("sub/inner").read() == big
        assert ole.openstream("sub/empty").read() == b""
        assert ole.openstream("sub/deeper/z").read() == b"z" * 5000
        assert all(ole.openstream(f"s{i:03d}").read() == bytes([i]) * (i * 17) for i in range(120))


def test_cfb_many_fat_sectors() -> None:
    data = cfb.build({"big": b"\x01" * (8 * 1024 * 1024)})  # > 109 FAT sectors: DIFAT sectors needed
    with olefile.OleFileIO(data) as ole:
        assert ole.get_size("big") == 8 * 1024 * 1024


def test_decompress_matches_the_reference_rtf() -> None:
    # msgreader's own decompressed body of msgInMsg.msg (see tests/data/convert/SOURCES.md)
    with olefile.OleFileIO(str(MSG / "msgInMsg.msg")) as ole:
        compressed = ole.openstream("__substg1.0_10090102").read()
    assert rtf.decompress(compressed) == (MSG / "msgInMsg.rtf").read_bytes()
    html = rtf.html_from_rtf(rtf.decompress(compressed))
    assert html is not None and "I have attachments!" in html and "\\htmlrtf" not in html


def test_stored_rtf() -> None:
    body = b"{\\rtf1 plain}"
    header = len(body).to_bytes(4, "little")
    data = (len(body) + 12).to_bytes(4, "little") + header + b"MELA" + b"\0" * 4 + body
    assert rtf.decompress(data) == body


def test_html_from_encapsulated_rtf() -> None:
    source = (b"{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 {\\fonttbl{\\f0\\fswiss Arial;}}"
              b"{\\*\\htmltag19 <html>}{\\*\\htmltag34 <p>}\\htmlrtf {\\htmlrtf0 Caf\\'e9 \\u8364? "
              b"\\{x\\}\\htmlrtf }\\htmlrtf0 {\\*\\htmltag244 </p>}\\htmlrtf \\par rtf only\\htmlrtf0 }")
    assert rtf.html_from_rtf(source) == "<html><p>Café € {x}</p>"
    assert rtf.html_from_rtf(b"{\\rtf1\\ansi plain}") is None
