"""Outlook ``.msg`` files (MS-OXMSG) → the message model of ``mail.py``, read with ``olefile`` (BSD).

Guarantees:
- the header block comes from the MAPI properties Outlook prints: sender (name and SMTP address),
  recipients from the recipient table (To, CC, BCC by type, ``Name <address>``; the display lists when
  there is no table), subject; the date is the ``Date`` header of the transport headers when the
  message was received over the Internet, else the submit (or delivery) time in UTC;
- the body is ``PR_HTML`` when present, else the HTML encapsulated in the compressed RTF body (how
  Outlook stores HTML mail, see ``rtf.py``), else the plain-text body; an RTF body that is not HTML is
  shown as plain text with a warning;
- every attachment is a part in the order of the attachment table, with its content id (inline images)
  and MIME type; an attached message (``ATTACH_EMBEDDED_MSG``) or OLE object becomes a stand-alone
  compound file rebuilt from its storage (``cfb.py``), so it is converted as a document of its own;
- Unicode (``001F``) and 8-bit (``001E``, in the message's code page) strings are both read; a file
  that is not a readable MSG raises ``CorruptMailError``.

Limits: named properties are not resolved (none are printed); attachments by reference (links to files
elsewhere) have no content and are reported as a warning.
"""

from __future__ import annotations

import datetime as dt
import email.parser
import email.policy
import struct
from pathlib import Path

import olefile

from redact.convert import cfb, rtf
from redact.convert.mail import Message, Part, dutch_date, format_datetime
from redact.errors import CorruptMailError

_PROPS = "__properties_version1.0"
_NAMEID = "__nameid_version1.0"
_FILETIME_EPOCH = dt.datetime(1601, 1, 1, tzinfo=dt.UTC)


class _Store:
    """The properties of one storage (the message, an embedded message, a recipient, an attachment)."""

    def __init__(self, ole: olefile.OleFileIO, path: list[str], header: int, codepage: str) -> None:
        self.ole, self.path, self.codepage = ole, path, codepage
        self.fixed: dict[int, bytes] = {}
        stream = [*path, _PROPS]
        if ole.exists("/".join(stream)):
            raw = ole.openstream(stream).read()
            for pos in range(header, len(raw) - 15, 16):
                tag = struct.unpack_from("<I", raw, pos)[0]
                self.fixed[tag] = raw[pos + 8 : pos + 16]

    def _read(self, name: str) -> bytes | None:
        stream = [*self.path, name]
        return self.ole.openstream(stream).read() if self.ole.exists("/".join(stream)) else None

    def text(self, prop: int) -> str:
        raw = self._read(f"__substg1.0_{prop:04X}001F")
        if raw is not None:
            return raw.decode("utf-16-le", errors="replace").rstrip("\0")
        raw = self._read(f"__substg1.0_{prop:04X}001E")
        if raw is not None:
            return raw.rstrip(b"\0").decode(self.codepage, errors="replace")
        return ""

    def binary(self, prop: int) -> bytes | None:
        return self._read(f"__substg1.0_{prop:04X}0102")

    def long(self, prop: int, default: int = 0) -> int:
        raw = self.fixed.get((prop << 16) | 0x0003)
        return struct.unpack_from("<i", raw)[0] if raw else default

    def time(self, prop: int) -> dt.datetime | None:
        raw = self.fixed.get((prop << 16) | 0x0040)
        if not raw:
            return None
        ticks = struct.unpack_from("<Q", raw)[0]
        if ticks == 0:
            return None
        try:
            return _FILETIME_EPOCH + dt.timedelta(microseconds=ticks // 10)
        except OverflowError:
            return None

    def substorages(self, prefix: str) -> list[list[str]]:
        depth = len(self.path)
        names = sorted({e[depth] for e in self.ole.listdir(streams=True, storages=True)
                        if len(e) > depth and e[:depth] == self.path and e[depth].startswith(prefix)})
        return [[*self.path, n] for n in names]


def _codepage(store: _Store) -> str:
    for prop in (0x3FFD, 0x3FDE):  # PR_MESSAGE_CODEPAGE, PR_INTERNET_CPID
        name = rtf.codec(store.long(prop)) if store.long(prop) > 0 else None
        if name:
            return name
    return "cp1252"


def _address(name: str, smtp: str) -> str:
    if smtp and name and smtp.lower() not in name.lower():
        return f"{name} <{smtp}>"
    return name or smtp


def parse_msg(data: bytes, path: Path | str) -> Message:
    """The message model of a ``.msg`` file (``CorruptMailError`` when it cannot be read)."""
    try:
        with olefile.OleFileIO(data) as ole:
            if not ole.exists(_PROPS):
                raise CorruptMailError(path, "no MAPI property stream")
            return _read_message(ole, [], 32)
    except CorruptMailError:
        raise
    except Exception as e:
        raise CorruptMailError(path, type(e).__name__) from e


def _read_message(ole: olefile.OleFileIO, path: list[str], header: int) -> Message:
    store = _Store(ole, path, header, "cp1252")
    store.codepage = _codepage(store)
    warnings: list[str] = []
    sender = _address(store.text(0x0C1A) or store.text(0x0042),
                      store.text(0x5D01) or _smtp(store.text(0x0C1F), store.text(0x0C1E))
                      or _smtp(store.text(0x0065), store.text(0x0064)))
    kinds: dict[int, list[str]] = {1: [], 2: [], 3: []}
    recips = store.substorages("__recip_version1.0_")
    for rpath in recips:
        r = _Store(ole, rpath, 8, store.codepage)
        who = _address(r.text(0x3001), r.text(0x39FE) or _smtp(r.text(0x3003), r.text(0x3002)))
        kinds.setdefault(r.long(0x0C15, 1), []).append(who)
    to, cc, bcc = ("; ".join(kinds[k]) for k in (1, 2, 3))
    if not recips:
        to, cc, bcc = store.text(0x0E04), store.text(0x0E03), store.text(0x0E02)
    date = ""
    headers = store.text(0x007D)
    if headers:
        parsed = email.parser.HeaderParser(policy=email.policy.compat32).parsestr(headers)
        if parsed.get("Date"):
            date = dutch_date(str(parsed["Date"]))
    if not date:
        when = store.time(0x0039) or store.time(0x0E06)
        date = format_datetime(when) if when else ""
    html_text, text = _body(store, warnings)
    parts = tuple(_attachments(ole, store, warnings))
    return Message(sender=sender, date=date, to=to, cc=cc, bcc=bcc, subject=store.text(0x0037),
                   html=html_text, text=text, parts=parts, warnings=tuple(warnings))


def _smtp(address: str, kind: str) -> str:
    """An address only when it is an Internet address (an Exchange DN ``/O=…`` is not shown)."""
    return address if address and (kind.upper() == "SMTP" or "@" in address) and not address.startswith("/") else ""


def _body(store: _Store, warnings: list[str]) -> tuple[str | None, str | None]:
    raw_html = store.binary(0x1013)
    if raw_html:
        cp = store.long(0x3FDE)
        charset = (rtf.codec(cp) if cp > 0 else None) or "utf-8"
        try:
            return raw_html.decode(charset), None
        except UnicodeDecodeError:
            return raw_html.decode("cp1252", errors="replace"), None
    text_html = store.text(0x1013)
    if text_html:
        return text_html, None
    compressed = store.binary(0x1009)
    text = store.text(0x1000)
    if compressed:
        try:
            html_text = rtf.html_from_rtf(rtf.decompress(compressed))
        except ValueError:
            html_text = None
            warnings.append("the RTF body is damaged; the plain-text body is shown")
        if html_text is not None:
            return html_text, None
        if not text:
            warnings.append("the body is rich text only (RTF) and is not shown")
        else:
            warnings.append("the body is rich text (RTF); its plain-text form is shown")
    return None, text if text else None


def _attachments(ole: olefile.OleFileIO, store: _Store, warnings: list[str]) -> list[Part]:
    parts: list[Part] = []
    for apath in store.substorages("__attach_version1.0_"):
        a = _Store(ole, apath, 8, store.codepage)
        name = a.text(0x3707) or a.text(0x3704) or a.text(0x3001)
        method = a.long(0x3705, 1)
        cid = a.text(0x3712).strip("<>")
        mime = a.text(0x370E) or "application/octet-stream"
        obj = [*apath, "__substg1.0_3701000D"]
        if ole.exists("/".join(obj)):
            data = _standalone(ole, obj, is_message=method == 5)
            if method == 5:
                inner = _Store(ole, obj, 24, store.codepage)
                name = name or inner.text(0x0037)
                if not name.lower().endswith(".msg"):
                    name = (name or f"bericht-{len(parts) + 1}") + ".msg"
            parts.append(Part(name=name, data=data, mime=mime, content_id=cid, is_message=method == 5))
            continue
        data_raw = a.binary(0x3701)
        if data_raw is None:
            warnings.append(f"attachment {len(parts) + 1} has no content (a link to a file elsewhere)")
            data_raw = b""
        parts.append(Part(name=name, data=data_raw, mime=mime, content_id=cid))
    return parts


def _tree(ole: olefile.OleFileIO, path: list[str]) -> cfb.Tree:
    tree: cfb.Tree = {}
    depth = len(path)
    for entry in ole.listdir(streams=True, storages=False):
        if len(entry) > depth and entry[:depth] == path:
            node = tree
            for part in entry[depth:-1]:
                sub = node.setdefault(part, {})
                assert isinstance(sub, dict)
                node = sub
            node[entry[-1]] = ole.openstream(entry).read()
    for entry in ole.listdir(streams=False, storages=True):  # empty storages
        if len(entry) > depth and entry[:depth] == path:
            node = tree
            for part in entry[depth:]:
                sub = node.setdefault(part, {})
                assert isinstance(sub, dict)
                node = sub
    return tree


def _standalone(ole: olefile.OleFileIO, path: list[str], *, is_message: bool) -> bytes:
    """A stand-alone compound file of the storage at ``path`` (for a message: with the top-level
    property header and the parent's named-property map, as MS-OXMSG requires)."""
    tree = _tree(ole, path)
    if is_message:
        props = tree.get(_PROPS)
        if isinstance(props, bytes) and len(props) >= 24:
            tree[_PROPS] = props[:24] + b"\0" * 8 + props[24:]
        if _NAMEID not in tree and ole.exists(_NAMEID):
            tree[_NAMEID] = _tree(ole, [_NAMEID])
    return cfb.build(tree)
