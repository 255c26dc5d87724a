"""The data model of the conversion layer: what a file is (``Kind``) and what converting it gives.

Guarantees: every value is a frozen, slotted dataclass or an enum; ``Converted.pdf`` is a complete PDF
file; ``Converted.warnings`` say, without personal data, what the reader must know (hidden rows shown,
a body taken from plain text, …); ``Converted.children`` are the attachments of a message, in the order
of the message, each with the bytes to convert next.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, replace
from pathlib import PurePath


class Kind(enum.Enum):
    """The type of a file, as found by ``sniff`` from its content."""

    PDF = "pdf"
    EML = "eml"
    MSG = "msg"
    DOCX = "docx"
    XLSX = "xlsx"
    PPTX = "pptx"
    ODT = "odt"
    ODS = "ods"
    ODP = "odp"
    DOC = "doc"
    XLS = "xls"
    PPT = "ppt"
    RTF = "rtf"
    CSV = "csv"
    TXT = "txt"
    PNG = "png"
    JPEG = "jpeg"
    TIFF = "tiff"
    ENCRYPTED = "encrypted"  # an OOXML file encrypted with a password (an OLE2 wrapper)
    UNKNOWN = "unknown"

    @property
    def is_mail(self) -> bool:
        return self in (Kind.EML, Kind.MSG)

    @property
    def is_sheet(self) -> bool:
        return self in (Kind.XLSX, Kind.XLS, Kind.ODS, Kind.CSV)

    @property
    def is_image(self) -> bool:
        return self in (Kind.PNG, Kind.JPEG, Kind.TIFF)

    @property
    def is_office(self) -> bool:
        """Converted by LibreOffice (spreadsheets other than ``.xlsx``/``.csv`` pass through it first)."""
        return self in (Kind.DOCX, Kind.PPTX, Kind.ODT, Kind.ODP, Kind.DOC, Kind.PPT, Kind.RTF,
                        Kind.XLS, Kind.ODS)


_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")


def safe_name(name: str, fallback: str) -> str:
    """A file name that is safe to write: no folders, no control or reserved characters, not empty, at
    most 120 characters (the suffix kept)."""
    base = PurePath(name.replace("\\", "/")).name if name else ""
    base = _UNSAFE.sub("_", base).strip(" .")
    if not base:
        return fallback
    if len(base) > 120:
        suffix = PurePath(base).suffix[:12]
        base = base[: 120 - len(suffix)] + suffix
    return base


@dataclass(frozen=True, slots=True)
class Child:
    """One attachment of a message: a document of its own.

    ``ordinal`` is its 1-based position among the message's attachments. ``original_name`` is the name
    the sender gave it (it may hold personal data: never log it). ``output_name`` is the name to write
    it under: ``safe_name(original_name)``, or ``bijlage-<ordinal><suffix>`` when the caller's
    ``name_is_personal`` said the name holds personal data (``renamed`` is then true). ``pdf_name`` is the
    name for its converted PDF. ``data`` are the bytes to convert (for a message embedded in a ``.msg``:
    a stand-alone ``.msg`` file rebuilt from it); ``kind`` is ``sniff``'s verdict on them.
    """

    ordinal: int
    original_name: str
    output_name: str
    data: bytes
    kind: Kind
    renamed: bool = False

    @property
    def neutral_name(self) -> str:
        return f"bijlage-{self.ordinal}{_suffix(self.original_name, self.kind)}"

    @property
    def pdf_name(self) -> str:
        stem = PurePath(self.output_name).stem if PurePath(self.output_name).suffix else self.output_name
        return f"{stem or f'bijlage-{self.ordinal}'}.pdf"


def _suffix(name: str, kind: Kind) -> str:
    suffix = PurePath(safe_name(name, "x")).suffix.lower()
    if suffix and len(suffix) <= 6 and suffix[1:].isalnum():
        return suffix
    return "" if kind is Kind.UNKNOWN else "." + ("jpg" if kind is Kind.JPEG else kind.value)


def rename_child(child: Child, personal: bool) -> Child:
    """The child under its neutral name when ``personal``, else unchanged."""
    if not personal:
        return child
    return replace(child, output_name=child.neutral_name, renamed=True)


@dataclass(frozen=True, slots=True)
class Converted:
    """The result of converting one file.

    ``pdf``: the PDF (for a PDF input: its bytes unchanged). ``kind``: what the input was.
    ``warnings``: facts the reader must know, free of personal data (e.g. ``"2 hidden rows shown"``).
    ``children``: the attachments of a message (empty for other kinds), to be converted in turn.
    ``source_sha256``: the SHA-256 of the input bytes (the cache key, with ``CONVERTER_VERSION``).
    """

    pdf: bytes
    kind: Kind
    warnings: tuple[str, ...] = ()
    children: tuple[Child, ...] = ()
    source_sha256: str = ""
