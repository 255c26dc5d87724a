"""The conversion layer: the files a Woo dossier holds → PDFs that the redaction pipeline takes.

API::

    from redact.convert import Child, Converted, Kind, convert, convert_bytes, sniff

    kind = sniff(path)                       # Kind, from the content (see sniff.py)
    conv = convert(path, cache_dir=None, time_limit=120.0, name_is_personal=None)   # -> Converted
    conv.pdf          # bytes of a PDF (a PDF input: its bytes unchanged)
    conv.kind         # what the input was
    conv.warnings     # tuple[str, ...] without personal data, e.g. "2 hidden row(s) shown"
    conv.children     # tuple[Child, ...]: a message's attachments, in message order
    for child in conv.children:              # an attachment is a document of its own:
        sub = convert_child(child, conv_source, cache_dir=..., name_is_personal=...)   # recursively

``Child``: ``ordinal`` (1-based), ``original_name`` (the sender's name for it; may hold personal data,
never log it), ``output_name`` (safe to write; ``bijlage-<n><suffix>`` when ``renamed``), ``pdf_name``
(the name for its PDF), ``data`` (the bytes to convert) and ``kind``.

Guarantees:
- **Nothing is skipped silently**: ``convert`` returns a PDF or raises a ``RedactError``:
  ``UnsupportedTypeError`` (unknown or empty file), ``PasswordProtectedError`` (an Office/ODF file
  with a password), ``CorruptMailError`` (an ``.eml``/``.msg`` that cannot be parsed),
  ``ConversionError`` (a damaged file of a known type, LibreOffice failing),
  ``ConversionTimeLimitError`` (LibreOffice over ``time_limit`` seconds; its process group is killed),
  ``ConverterUnavailableError`` (LibreOffice not installed), ``NotFoundError``. Messages name the
  file (for an attachment: the parent and ``bijlage <n>``, never its name) and say what to do.
- **Deterministic**: the same input bytes give the same PDF bytes (no dates, producer or ``/ID``).
- **Mail**: the message is one PDF (header block with Dutch labels, body with inline images); each
  attachment, including an attached message, is a ``Child`` to convert in turn; inline images shown in
  the body are not children; an inline image the body cannot show is a child.
- **Names**: ``name_is_personal(original_name) -> bool`` is the caller's decision (it has the
  detector); when it returns true the child's ``output_name`` becomes ``bijlage-<ordinal><suffix>``
  and ``renamed`` is true. Without the hook names are kept (made safe to write). The message PDF's
  "Bijlagen" line shows the original names: it is text of the document and is redacted like the rest.
  ``rename_children(conv, name_is_personal)`` applies the hook afterwards.
- **Cache**: with ``cache_dir`` a conversion is looked up by the SHA-256 of the input bytes and
  ``CONVERTER_VERSION`` and stored atomically after converting (see cache.py); the hook is applied after
  the cache, so it may change between runs.
- **Isolation**: LibreOffice runs as a subprocess in a fresh profile per call (see office.py); HTML is
  sanitised (no scripts, no external resources; see sanitize.py); nothing is fetched from a network.

Modules: ``sniff`` (types), ``mail`` (.eml + message model → PDF), ``msg`` (.msg), ``rtf``/``cfb`` (its
formats), ``sanitize``/``render`` (HTML → PDF), ``office`` (LibreOffice), ``sheet`` (spreadsheets, CSV),
``image`` (scans), ``cache``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path, PurePath

from redact.convert import cache, image, mail, msg, office, render, sheet
from redact.convert.model import Child, Converted, Kind, rename_child, safe_name
from redact.convert.sniff import password_protected, sniff, sniff_bytes
from redact.errors import ConversionError, NotFoundError, PasswordProtectedError, UnsupportedTypeError

CONVERTER_VERSION = "2"
DEFAULT_TIME_LIMIT = office.DEFAULT_TIME_LIMIT

NameHook = Callable[[str], bool]

__all__ = [
    "CONVERTER_VERSION", "Child", "Converted", "Kind", "NameHook", "convert", "convert_bytes", "convert_child",
    "rename_children", "sniff", "sniff_bytes",
]

_SUFFIX = {Kind.DOCX: ".docx", Kind.PPTX: ".pptx", Kind.ODT: ".odt", Kind.ODP: ".odp", Kind.DOC: ".doc",
           Kind.PPT: ".ppt", Kind.RTF: ".rtf", Kind.XLS: ".xls", Kind.ODS: ".ods"}
_WRITER = frozenset({Kind.DOCX, Kind.ODT, Kind.DOC, Kind.RTF})


def convert(path: Path | str, *, cache_dir: Path | str | None = None, time_limit: float = DEFAULT_TIME_LIMIT,
            name_is_personal: NameHook | None = None) -> Converted:
    """Convert the file at ``path`` (see the package's guarantees)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError as e:
        raise NotFoundError(p) from e
    except OSError as e:
        raise ConversionError(p, e.strerror or "cannot be read") from e
    return convert_bytes(data, p.name, source=p, cache_dir=cache_dir, time_limit=time_limit,
                         name_is_personal=name_is_personal)


def convert_child(child: Child, parent: Path | str, *, cache_dir: Path | str | None = None,
                  time_limit: float = DEFAULT_TIME_LIMIT, name_is_personal: NameHook | None = None) -> Converted:
    """Convert an attachment; errors name it as ``<parent> bijlage <ordinal>`` (never by its name)."""
    return convert_bytes(child.data, child.output_name, source=f"{parent} bijlage {child.ordinal}",
                         cache_dir=cache_dir, time_limit=time_limit, name_is_personal=name_is_personal)


def convert_bytes(data: bytes, name: str = "", *, source: Path | str | None = None,
                  cache_dir: Path | str | None = None, time_limit: float = DEFAULT_TIME_LIMIT,
                  name_is_personal: NameHook | None = None) -> Converted:
    """Convert ``data``; ``name`` only breaks ties between text types; ``source`` names it in errors."""
    where: Path | str = source if source is not None else (name or "input")
    digest = hashlib.sha256(data).hexdigest()
    entry = cache.key(digest, CONVERTER_VERSION)
    conv = cache.load(Path(cache_dir), entry) if cache_dir is not None else None
    if conv is None:
        conv = _convert(data, name, where, time_limit, digest)
        if cache_dir is not None:
            try:
                cache.store(Path(cache_dir), entry, conv)
            except OSError:
                conv = replace(conv, warnings=(*conv.warnings, "the conversion could not be cached"))
    return rename_children(conv, name_is_personal)


def rename_children(conv: Converted, name_is_personal: NameHook | None) -> Converted:
    """``conv`` with each child whose original name ``name_is_personal`` flags under its neutral name."""
    if name_is_personal is None or not conv.children:
        return conv
    children = tuple(rename_child(c, bool(name_is_personal(c.original_name))) for c in conv.children)
    return replace(conv, children=children)


def _convert(data: bytes, name: str, where: Path | str, time_limit: float, digest: str) -> Converted:
    if not data:
        raise UnsupportedTypeError(where, "the file is empty")
    kind = sniff_bytes(data, name)
    warnings: tuple[str, ...] = ()
    children: tuple[Child, ...] = ()
    if kind is Kind.PDF:
        pdf = data
    elif kind.is_mail:
        message = mail.parse_eml(data, where) if kind is Kind.EML else msg.parse_msg(data, where)
        try:
            pdf, used, warnings = mail.render_message(message)
        except render.LayoutError as e:
            raise ConversionError(where, "the message cannot be laid out") from e
        children = _children(message, used)
    elif kind is Kind.ENCRYPTED or ((kind.is_office or kind is Kind.XLSX) and password_protected(data, kind)):
        raise PasswordProtectedError(where)
    elif kind is Kind.XLSX:
        pdf, warnings = sheet.xlsx_to_pdf(data, where)
    elif kind in (Kind.XLS, Kind.ODS):
        xlsx = office.convert_with_soffice(data, _SUFFIX[kind], "xlsx", where, time_limit=time_limit)
        pdf, warnings = sheet.xlsx_to_pdf(xlsx, where)
    elif kind is Kind.CSV:
        pdf, warnings = sheet.csv_to_pdf(data, where)
    elif kind.is_office:
        raw = office.convert_with_soffice(data, _SUFFIX[kind], "pdf", where, time_limit=time_limit,
                                          writer=kind in _WRITER)
        try:
            pdf = render.normalise(raw)
        except render.LayoutError as e:
            raise ConversionError(where, "LibreOffice made no usable PDF") from e
    elif kind.is_image:
        pdf, warnings = image.image_to_pdf(data, where)
    elif kind is Kind.TXT:
        pdf = render.html_to_pdf(render.escape_pre(sheet.decode_text(data)))
    else:
        raise UnsupportedTypeError(where, f"file name ends in {PurePath(name).suffix[:10] or 'nothing'}")
    return Converted(pdf=pdf, kind=kind, warnings=warnings, children=children, source_sha256=digest)


def _children(message: mail.Message, used: frozenset[int]) -> tuple[Child, ...]:
    out: list[Child] = []
    for i, part in enumerate(message.parts):
        if i in used:
            continue
        n = len(out) + 1
        kind = sniff_bytes(part.data, part.name) if part.data else Kind.UNKNOWN
        out.append(Child(ordinal=n, original_name=part.name, output_name=safe_name(part.name, f"bijlage-{n}"),
                         data=part.data, kind=kind))
    return tuple(out)
