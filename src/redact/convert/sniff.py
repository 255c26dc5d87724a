"""Recognise a file's type from its content (the name only breaks ties between plain-text types).

Guarantees:
- binary formats are recognised by their signature and structure, never by the name alone: PDF
  (``%PDF-`` in the first kilobyte), OLE2 compound files by their streams (Outlook ``.msg``: MAPI
  property streams; ``.doc``: ``WordDocument``; ``.xls``: ``Workbook``/``Book``; ``.ppt``:
  ``PowerPoint Document``; a password-encrypted OOXML file: ``EncryptionInfo`` + ``EncryptedPackage``),
  zip files by ``[Content_Types].xml`` (OOXML, by the main part's content type) or ``mimetype`` (ODF),
  RTF (``{\\rtf``), PNG, JPEG and TIFF by their magic numbers;
- an e-mail (RFC 822) is text whose first lines are header fields, among them at least two of the
  headers every message has (From, Date, Subject, To, Message-ID, MIME-Version, Received);
- other text is CSV when it is called ``.csv``/``.tsv`` (or when the name is unknown and a dialect
  with at least two columns is found on every sampled line); else plain text when it is called ``.txt``;
- anything else is ``Kind.UNKNOWN`` (the caller raises ``UnsupportedTypeError``); an encrypted OOXML
  file is ``Kind.ENCRYPTED`` and ``password_protected`` tells for the other Office kinds.

Limits: macro-enabled OOXML (``.docm``/``.xlsm``) is taken as its plain kind (macros are never run);
a text file in an unusual encoding is still recognised, its decoding is the converter's business.
"""

from __future__ import annotations

import csv
import io
import re
import struct
import zipfile
from pathlib import Path, PurePath

import olefile

from redact.convert.model import Kind

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODF = {
    "application/vnd.oasis.opendocument.text": Kind.ODT,
    "application/vnd.oasis.opendocument.spreadsheet": Kind.ODS,
    "application/vnd.oasis.opendocument.presentation": Kind.ODP,
}
_OOXML = (
    (re.compile(rb"wordprocessingml\.document\.main|ms-word\.document\.macroenabled\.main", re.I), Kind.DOCX),
    (re.compile(rb"spreadsheetml\.sheet\.main|ms-excel\.sheet\.macroenabled\.main", re.I), Kind.XLSX),
    (re.compile(rb"presentationml\.presentation\.main|ms-powerpoint\.presentation\.macroenabled\.main",
                re.I), Kind.PPTX),
)
_HEADER = re.compile(rb"^([!-9;-~]+):[ \t]?", re.M)
_MAIL_HEADERS = {b"from", b"date", b"subject", b"to", b"message-id", b"mime-version", b"received"}


def sniff(path: Path | str) -> Kind:
    """The type of the file at ``path`` (``OSError`` when it cannot be read)."""
    p = Path(path)
    return sniff_bytes(p.read_bytes(), p.name)


def sniff_bytes(data: bytes, name: str = "") -> Kind:
    """The type of ``data``; ``name`` (a file name, may be empty) only decides between text types."""
    head = data[:8192]
    if b"%PDF-" in head[:1024]:
        return Kind.PDF
    if head.startswith(_OLE_MAGIC):
        return _sniff_ole(data)
    if head.startswith(b"PK\x03\x04"):
        return _sniff_zip(data)
    if head.startswith(b"{\\rtf"):
        return Kind.RTF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return Kind.PNG
    if head.startswith(b"\xff\xd8\xff"):
        return Kind.JPEG
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return Kind.TIFF
    return _sniff_text(head, PurePath(name).suffix.lower())


def _sniff_ole(data: bytes) -> Kind:
    try:
        with olefile.OleFileIO(data) as ole:
            streams = {"/".join(e) for e in ole.listdir(streams=True, storages=True)}
    except Exception:
        return Kind.UNKNOWN
    if "EncryptionInfo" in streams and "EncryptedPackage" in streams:
        return Kind.ENCRYPTED
    if "__properties_version1.0" in streams or any(s.startswith("__substg1.0_") for s in streams):
        return Kind.MSG
    if "WordDocument" in streams:
        return Kind.DOC
    if "Workbook" in streams or "Book" in streams:
        return Kind.XLS
    if "PowerPoint Document" in streams:
        return Kind.PPT
    return Kind.UNKNOWN


def _sniff_zip(data: bytes) -> Kind:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            try:
                if "mimetype" in names:
                    return _ODF.get(z.read("mimetype").decode("ascii", "replace").strip(), Kind.UNKNOWN)
                if "[Content_Types].xml" in names:
                    types = z.read("[Content_Types].xml")
                    for pattern, kind in _OOXML:
                        if pattern.search(types):
                            return kind
            except Exception:  # a damaged member: the part names still tell a damaged Office file
                for prefix, kind in (("word/", Kind.DOCX), ("xl/", Kind.XLSX), ("ppt/", Kind.PPTX)):
                    if any(n.startswith(prefix) for n in names):
                        return kind
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, ValueError):
        return Kind.UNKNOWN
    return Kind.UNKNOWN


def _looks_like_mail(head: bytes) -> bool:
    block = head.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    lines = [ln for ln in block.split(b"\n") if ln]
    if not lines or not _HEADER.match(lines[0]):
        return False
    found = {m.group(1).lower() for m in _HEADER.finditer(block)}
    return len(found & _MAIL_HEADERS) >= 2


def _is_text(head: bytes) -> bool:
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    sample = head[:4096]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls <= len(sample) // 100


def _sniff_text(head: bytes, suffix: str) -> Kind:
    if not head or not _is_text(head):
        return Kind.UNKNOWN
    if _looks_like_mail(head):
        return Kind.EML
    if suffix in (".csv", ".tsv"):
        return Kind.CSV
    if suffix == ".txt":
        return Kind.TXT
    if suffix in ("", ".dat") and _csv_shaped(head):
        return Kind.CSV
    return Kind.UNKNOWN


def _csv_shaped(head: bytes) -> bool:
    text = head.decode("utf-8", "replace")
    lines = [ln for ln in text.splitlines()[:20] if ln.strip()]
    if len(lines) < 2:
        return False
    try:
        dialect = csv.Sniffer().sniff("\n".join(lines), delimiters=",;\t|")
    except csv.Error:
        return False
    return all(len(row) >= 2 for row in csv.reader(lines, dialect))


def password_protected(data: bytes, kind: Kind) -> bool:
    """True when an Office/ODF file of ``kind`` is encrypted with a password (its content unreadable).

    Detects: encrypted OOXML (``Kind.ENCRYPTED``), ``.doc`` (the FIB's fEncrypted bit), ``.xls`` (a
    FILEPASS record in the workbook globals), ``.ppt`` (an ``EncryptedSummary`` stream) and ODF (a
    manifest with ``encryption-data``). Unreadable structures count as not encrypted: the converter
    then fails on them with its own error."""
    if kind is Kind.ENCRYPTED:
        return True
    try:
        if kind in (Kind.DOC, Kind.XLS, Kind.PPT):
            with olefile.OleFileIO(data) as ole:
                if kind is Kind.PPT:
                    return bool(ole.exists("EncryptedSummary"))
                if kind is Kind.DOC:
                    fib = ole.openstream("WordDocument").read(12)
                    return len(fib) >= 12 and bool(struct.unpack_from("<H", fib, 10)[0] & 0x0100)
                name = "Workbook" if ole.exists("Workbook") else "Book"
                return _xls_filepass(ole.openstream(name).read(1 << 16))
        if kind in (Kind.ODT, Kind.ODS, Kind.ODP):
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                return b"encryption-data" in z.read("META-INF/manifest.xml")
    except (OSError, KeyError, zipfile.BadZipFile, struct.error):
        return False
    return False


def _xls_filepass(stream: bytes) -> bool:
    pos = 0
    while pos + 4 <= len(stream):
        rtype, size = struct.unpack_from("<HH", stream, pos)
        if rtype == 0x002F:  # FILEPASS
            return True
        if rtype in (0x000A, 0x0085):  # EOF of the globals, or the first BOUNDSHEET: no FILEPASS before it
            return False
        pos += 4 + size
    return False


__all__ = ["Kind", "password_protected", "sniff", "sniff_bytes"]
