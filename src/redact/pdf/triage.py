"""Open an input PDF and classify it, converting every PyMuPDF failure into a typed ``InputError``.

Guarantees: the input file is opened read-only (the original is never modified, not even by MuPDF's
repair): from bytes in memory, or, for a file over ``keep_bytes_up_to`` (the pipeline:
``IN_MEMORY_BYTES``), by MuPDF from the file itself (``Pinned``: the very file that was hashed, checked
unchanged before any output is written), so a long scan is not held in memory as a whole. Each input
problem raises its own error naming the file and telling the user what to do: not a PDF, empty,
truncated beyond repair, damaged beyond repair, encrypted (no or wrong user password), a dynamic XFA
form, no pages, a page over 14400 pt, more pages or bytes than the limits.
What ``redact`` can handle but the user must know is a warning: a repaired file (broken xref or
truncated), owner-password restrictions dropped, a digital signature that redaction invalidates, a
hybrid XFA form whose XFA part is dropped, pages with a ``UserUnit``.

Passwords are never logged, put in a message or written anywhere. R6 (AES-256) passwords are tried as
given and SASLprep-normalised, as the PDF 2.0 standard prescribes. MuPDF's own error and warning
messages are kept off stderr (they can quote strings from the file); repairs are detected instead.
"""

from __future__ import annotations

import hashlib
import os
import stringprep
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

import pymupdf

from redact.errors import (
    CorruptPdfError,
    EmptyPdfError,
    EncryptedPdfError,
    InputError,
    NoPagesError,
    NotAPdfError,
    NotFoundError,
    PageSizeError,
    ProcessingError,
    TooLargeError,
    TooManyPagesError,
    TruncatedPdfError,
    XfaFormError,
)
from redact.pdf.sidetexts import SideText
from redact.pdf.sidetexts import collect as collect_side_texts

IN_MEMORY_BYTES = 16 * 1024**2  # the pipeline reads files up to this size into memory, larger ones from disk
MAX_BYTES = 2 * 1024**3  # 2 GiB: beyond this a document is refused
MAX_PAGES = 10_000
MAX_PAGE_PT = 14_400.0  # the PDF limit (ISO 32000 annex C): 200 inch
_SNIFF = 1024  # the %PDF header may be preceded by junk, as Acrobat allows within the first 1024 bytes

pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)


@dataclass(frozen=True, slots=True)
class Limits:
    """Configurable refusal limits (``--max-mb``, ``--max-pages``) and the per-document time limit."""

    max_bytes: int = MAX_BYTES
    max_pages: int = MAX_PAGES
    seconds: float | None = 300.0  # per document, enforced by ``redact.execution.timelimit``; None/0 = no limit

    def untimed(self) -> Limits:
        """The same limits without the time limit (for work whose caller enforces it)."""
        return replace(self, seconds=None)


class Pinned:
    """An input file held open, read by MuPDF from disk instead of from a copy in memory. MuPDF opens
    ``/proc/self/fd/N``: the very file (inode) that was hashed, even when the path is replaced meanwhile.
    ``unchanged()`` says whether it still is what was hashed (inode, size, times and SHA-256): checked
    before any output is written, so nothing is redacted from bytes other than the hashed ones.
    Linux only (``available``); elsewhere the file is read into memory."""

    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        try:
            self.stamp = self._stamp()
            self.size = self.stamp[2]
            self.sha256 = self._hash()
        except BaseException:
            os.close(self.fd)
            raise
        self.path = f"/proc/self/fd/{self.fd}"

    @staticmethod
    def available() -> bool:
        return os.path.isdir("/proc/self/fd")

    def _stamp(self) -> tuple[int, int, int, int, int]:
        st = os.fstat(self.fd)
        return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)

    def _hash(self) -> str:
        h, at = hashlib.sha256(), 0
        while chunk := os.pread(self.fd, 1 << 20, at):
            h.update(chunk)
            at += len(chunk)
        return h.hexdigest()

    def read(self, offset: int, n: int) -> bytes:
        return os.pread(self.fd, n, offset)

    def unchanged(self) -> bool:
        """True when the file is still the one hashed (a write changes its ctime, even one undone)."""
        try:
            return self._stamp() == self.stamp and self._hash() == self.sha256
        except OSError:
            return False

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


@dataclass(slots=True)
class Opened:
    doc: pymupdf.Document
    data: bytes  # the file's bytes; b"" when MuPDF reads it from disk (``pinned``)
    warnings: list[str]
    signed: bool = False
    facts: dict[str, str] = field(default_factory=dict)  # machine-readable triage facts (for the log)
    side: tuple[SideText, ...] = ()  # texts outside the page content, as they were before prepare
    sha256: str = ""  # of the bytes MuPDF reads
    pinned: Pinned | None = None  # the file MuPDF reads from disk (close it after the document)


def is_pdf_bytes(head: bytes) -> bool:
    return b"%PDF-" in head[:_SNIFF]


def saslprep(password: str) -> str:
    """RFC 4013 SASLprep (mapping and NFKC; prohibited characters are left, MuPDF rejects them)."""
    mapped = "".join(
        " " if stringprep.in_table_c12(c) else c for c in password if not stringprep.in_table_b1(c)
    )
    return unicodedata.normalize("NFKC", mapped)


def _authenticate(doc: pymupdf.Document, password: str) -> bool:
    for candidate in dict.fromkeys((password, saslprep(password))):
        try:
            if doc.authenticate(candidate):
                return True
        except Exception:
            continue
    return False


def _looks_truncated(data: bytes) -> bool:
    return b"%%EOF" not in data[-2048:]


def _key(doc: pymupdf.Document, xref: int, key: str) -> tuple[str, str]:
    try:
        return doc.xref_get_key(xref, key)
    except Exception:
        return ("null", "null")


def _check_pages(doc: pymupdf.Document, path: Path, limits: Limits, warnings: list[str]) -> None:
    user_unit_pages: list[int] = []
    for pno in range(doc.page_count):
        try:
            page = doc.load_page(pno)
            mb = page.mediabox
        except Exception as e:
            raise CorruptPdfError(path, f"page {pno + 1} unreadable") from e
        kind, value = _key(doc, page.xref, "UserUnit")
        unit = 1.0
        if kind in ("int", "real"):
            try:
                unit = float(value)
            except ValueError:
                unit = 1.0
            if unit != 1.0:
                user_unit_pages.append(pno + 1)
        if max(abs(mb.width), abs(mb.height)) * max(unit, 1.0) > MAX_PAGE_PT:
            raise PageSizeError(path, f"page {pno + 1}: {mb.width * unit:.0f} × {mb.height * unit:.0f} pt")
    if user_unit_pages:
        warnings.append(
            f"page(s) {_pages(user_unit_pages)} use a UserUnit (a scaled page size): boxes are in the "
            "page's own units; the redaction itself is unaffected"
        )


def _pages(nums: list[int]) -> str:
    shown = ", ".join(map(str, nums[:10]))
    return shown + (" …" if len(nums) > 10 else "")


def _check_forms(doc: pymupdf.Document, path: Path, warnings: list[str], facts: dict[str, str]) -> bool:
    """XFA and signatures. Returns whether the document is digitally signed."""
    cat = doc.pdf_catalog()
    if _key(doc, cat, "AcroForm/XFA")[0] != "null":
        fields = _key(doc, cat, "AcroForm/Fields")
        no_fields = fields[0] == "null" or fields[1] in ("[]", "")
        dynamic = _key(doc, cat, "NeedsRendering")[1] == "true" or no_fields
        if dynamic:
            raise XfaFormError(path)
        facts["xfa"] = "hybrid"
        warnings.append("hybrid XFA form: its XFA (XML) part is removed, the ordinary form fields are kept "
                        "and redacted like the page")
    signed = False
    sigflags = _key(doc, cat, "AcroForm/SigFlags")
    if sigflags[0] == "int" and sigflags[1].isdigit() and int(sigflags[1]) & 1:
        signed = True
    if signed:
        facts["signed"] = "yes"
        warnings.append("the document is digitally signed: redaction invalidates the signature, so the "
                        "output carries no signature (the signature data, which names the signer, is "
                        "removed)")
    return signed


def open_pdf(path: Path, password: str | None = None, max_bytes: int = MAX_BYTES, *,
             limits: Limits | None = None, prepare: bool = True, page_checks: bool = True,
             keep_bytes_up_to: int | None = None) -> Opened:
    """Read ``path`` into memory and open it as a PDF; raise a typed ``InputError`` when it can't be.
    ``keep_bytes_up_to``: a larger file is not read into memory but opened from disk (``Pinned``; the
    caller checks ``opened.pinned.unchanged()`` before it writes anything made from it and closes it).

    With ``prepare`` (the default) the in-memory document is then normalised by ``hidden.prepare``
    (layers on, notes removed, annotations and fields baked, off-page text removed), so analysis and
    burn-in see the same, complete page content. ``page_checks=False``: the page-by-page part of that
    (off-page text, unmapped fonts) is left to the caller, which reads every page anyway
    (``pipeline.redact_document``; its warnings come from ``page_warnings``).
    """
    limits = limits or Limits(max_bytes=max_bytes)
    try:
        size = path.stat().st_size
    except FileNotFoundError as e:
        raise NotFoundError(path) from e
    except OSError as e:
        raise InputError(path, e.strerror or str(e)) from e
    if size == 0:
        raise EmptyPdfError(path, "0 bytes")
    if size > limits.max_bytes:
        raise TooLargeError(path, f"{size} bytes > limit {limits.max_bytes}")
    pinned: Pinned | None = None
    try:
        if keep_bytes_up_to is not None and size > keep_bytes_up_to and Pinned.available():
            pinned = Pinned(path)
            data, head, tail = b"", pinned.read(0, _SNIFF), pinned.read(max(pinned.size - 2048, 0), 2048)
        else:
            data = path.read_bytes()
            head, tail = data[:_SNIFF], data[-2048:]
    except OSError as e:
        raise InputError(path, e.strerror or str(e)) from e
    try:
        return _open(path, data, pinned, head, tail, password, limits, prepare, page_checks)
    except BaseException:
        if pinned is not None:
            pinned.close()
        raise


def _open(path: Path, data: bytes, pinned: Pinned | None, head: bytes, tail: bytes, password: str | None,
          limits: Limits, prepare: bool, page_checks: bool) -> Opened:
    if not is_pdf_bytes(head):
        raise NotAPdfError(path)
    truncated = _looks_truncated(tail)
    warnings: list[str] = []
    facts: dict[str, str] = {}
    pymupdf.TOOLS.mupdf_warnings(reset=True)
    try:
        if pinned is not None:
            doc = pymupdf.open(pinned.path, filetype="pdf")
        else:
            doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as e:  # MuPDF raises FileDataError / RuntimeError variants
        if truncated:
            raise TruncatedPdfError(path, type(e).__name__) from e
        raise CorruptPdfError(path, type(e).__name__) from e
    try:
        opened = _classify(doc, data, path, password, limits, truncated, warnings, facts)
        opened.sha256 = pinned.sha256 if pinned is not None else hashlib.sha256(data).hexdigest()
        opened.pinned = pinned
        opened.side = collect_side_texts(doc)  # before prepare removes notes and bakes fields
        if prepare:
            _prepare(opened, path, page_checks)
        return opened
    except BaseException:
        doc.close()
        raise


def _prepare(opened: Opened, path: Path, pages: bool) -> None:
    from redact.pdf.prepare import prepare

    try:
        prepared = prepare(opened.doc, pages=pages)
    except Exception as e:
        raise ProcessingError(path, f"{type(e).__name__} while preparing the pages") from e
    opened.warnings.extend(prepared.notes)
    opened.warnings.extend(page_warnings(opened, prepared.unreadable_pages))


def page_warnings(opened: Opened, unreadable_pages: list[int]) -> list[str]:
    """The warning for pages whose text cannot be extracted (1-based numbers); records them in
    ``opened.facts``."""
    if not unreadable_pages:
        return []
    opened.facts["unreadable"] = ",".join(map(str, unreadable_pages))
    return [f"review needed: text not extractable on page(s) {_pages(unreadable_pages)} (fonts "
            "without a Unicode mapping): personal data there cannot be found or verified by any extractor"]


def _classify(doc: pymupdf.Document, data: bytes, path: Path, password: str | None, limits: Limits,
              truncated: bool, warnings: list[str], facts: dict[str, str]) -> Opened:
    encryption = (doc.metadata or {}).get("encryption")
    if doc.needs_pass:
        if password is None:
            raise EncryptedPdfError(path, "user password required")
        if not _authenticate(doc, password):
            raise EncryptedPdfError(path, "wrong password")
        facts["encrypted"] = "user-password"
        warnings.append("the file was encrypted; the output is not (decide yourself whether it may be "
                        "published)")
    elif encryption:
        facts["encrypted"] = "owner-password-only"
        warnings.append("the file is encrypted with an owner password only: it was opened without a password "
                        "and its restrictions (printing, copying, editing) are dropped in the output")
    try:
        pages = doc.page_count
    except Exception as e:
        raise CorruptPdfError(path, "page tree unreadable") from e
    if pages == 0:
        if truncated:
            raise TruncatedPdfError(path, "no pages could be recovered")
        raise NoPagesError(path, "0 pages")
    if pages > limits.max_pages:
        raise TooManyPagesError(path, f"{pages} pages > limit {limits.max_pages}")
    if doc.is_repaired or truncated:
        facts["repaired"] = "truncated" if truncated else "xref"
        what = "truncated (its end is missing)" if truncated else "damaged (broken cross-reference table)"
        warnings.append(f"the file was {what} and has been repaired while opening; compare the output "
                        "with the original: content the repair could not recover is missing")
    _check_pages(doc, path, limits, warnings)
    signed = _check_forms(doc, path, warnings, facts)
    return Opened(doc=doc, data=data, warnings=warnings, signed=signed, facts=facts)
