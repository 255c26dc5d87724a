"""PDF/A-2b copies of redacted PDFs (Ghostscript), checked after conversion.

``to_pdfa(data)`` runs Ghostscript's pdfwrite (``-dPDFA=2 -dPDFACompatibilityPolicy=1
-sColorConversionStrategy=RGB``) with an sRGB output intent (the ICC profile Debian's Ghostscript ships)
and keeps ``/Lang`` and ``/DisplayDocTitle``. ``check_conversion`` then re-reads the result:
- it must identify as PDF/A-2b (``pdfaid:part`` 2, ``pdfaid:conformance`` B in its XMP);
- same page count, and per page the same words (MuPDF) as the verified redacted input: conversion may
  neither bring text back nor lose the text layer (a symbol glyph whose Unicode mapping Ghostscript
  rewrites, e.g. a bullet read back as ``B``, may become a one-character word; the hash check below
  still covers one-character redactions);
- ``redacted_absent``: no word sequence of the page text (MuPDF and pdftotext), the metadata or the XMP
  has the salted hash of a redacted string from the redaction log, unless that string was already
  readable in the verified input (a rejected occurrence elsewhere).
Any problem fails the document (``PdfaError``); nothing unchecked is published.

Limits: Ghostscript 10.0 does not carry marked content over, so the boxes' alternate descriptions
(``publish.accessibility``) are not in the PDF/A copy; the printed ground codes are. The hash check finds
a redacted string only as whole words of at most ``MAX_WORDS`` words.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pymupdf

from redact.errors import ExitCode, RedactError
from redact.pdf.accessibility import LANGUAGE
from redact.pdf.strings import encode

_LANG = encode(LANGUAGE).decode("ascii")

GS_SECONDS = 600
MAX_WORDS = 12
ICC_CANDIDATES = (
    Path("/usr/share/color/icc/ghostscript/srgb.icc"),
    Path("/usr/share/color/icc/sRGB.icc"),
    Path("/usr/share/color/icc/colord/sRGB.icc"),
)
_WORD = re.compile(r"\w+")
_PUNCT = ".,;:!?()[]{}<>\"'«»“”‘’"


class PdfaError(RedactError):
    """PDF/A conversion is unavailable or its result failed a check: nothing is published."""

    exit_code = ExitCode.OUTPUT

    def __init__(self, message: str) -> None:
        super().__init__(message)


def _icc() -> Path:
    for p in ICC_CANDIDATES:
        if p.is_file():
            return p
    raise PdfaError("no sRGB ICC profile found for PDF/A (install Debian's ghostscript, which ships "
                    "/usr/share/color/icc/ghostscript/srgb.icc)")


def _ps_string(path: Path) -> str:
    return "(" + str(path).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def _definitions(icc: Path) -> str:
    """The PostScript prologue: output intent with the ICC profile, language and title display."""
    return "\n".join([
        "%!",
        f"/ICCProfile {_ps_string(icc)} def",
        "[/_objdef {icc_PDFA} /type /stream /OBJ pdfmark",
        "[{icc_PDFA} << /N 3 >> /PUT pdfmark",
        "[{icc_PDFA} ICCProfile (r) file /PUT pdfmark",
        "[/_objdef {OutputIntent_PDFA} /type /dict /OBJ pdfmark",
        "[{OutputIntent_PDFA} << /Type /OutputIntent /S /GTS_PDFA1 /DestOutputProfile {icc_PDFA} "
        "/OutputConditionIdentifier (sRGB) >> /PUT pdfmark",
        "[{Catalog} << /OutputIntents [ {OutputIntent_PDFA} ] >> /PUT pdfmark",
        f"[{{Catalog}} << /Lang {_LANG} /ViewerPreferences << /DisplayDocTitle true >> >> "
        "/PUT pdfmark",
        "",
    ])


def to_pdfa(data: bytes) -> bytes:
    """``data`` converted to PDF/A-2b by Ghostscript (unchecked: see ``check_conversion``)."""
    gs = shutil.which("gs")
    if gs is None:
        raise PdfaError("Ghostscript is needed for --pdfa: apt-get install ghostscript")
    icc = _icc()
    with tempfile.TemporaryDirectory(prefix="redact-pdfa-") as tmp:
        src, dst, defs = Path(tmp) / "in.pdf", Path(tmp) / "out.pdf", Path(tmp) / "pdfa.ps"
        src.write_bytes(data)
        defs.write_text(_definitions(icc), encoding="ascii")
        cmd = [gs, "-q", "-dPDFA=2", "-dBATCH", "-dNOPAUSE", "-dSAFER", f"--permit-file-read={icc.parent}/",
               "-dPDFACompatibilityPolicy=1", "-sColorConversionStrategy=RGB", "-sDEVICE=pdfwrite",
               f"-sOutputFile={dst}", str(defs), str(src)]
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=GS_SECONDS, check=False)
        except subprocess.TimeoutExpired as e:
            raise PdfaError(f"Ghostscript took longer than {GS_SECONDS} s") from e
        if proc.returncode != 0 or not dst.is_file():
            raise PdfaError(f"Ghostscript failed (exit {proc.returncode}) converting to PDF/A")
        return dst.read_bytes()


def pdfa_identification(data: bytes) -> tuple[str, str]:
    """(``pdfaid:part``, ``pdfaid:conformance``) from the XMP, ``("", "")`` when absent."""
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        xmp = doc.get_xml_metadata() or ""
    part = re.search(r"pdfaid:part(?:=[\"']|>)\s*(\d)", xmp)
    conf = re.search(r"pdfaid:conformance(?:=[\"']|>)\s*([A-Za-z])", xmp)
    return (part.group(1) if part else "", conf.group(1).upper() if conf else "")


def _page_words(data: bytes) -> list[Counter[str]]:
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        return [Counter(_WORD.findall(page.get_text())) for page in doc]


def _pdftotext(data: bytes) -> str:
    exe = shutil.which("pdftotext")
    if exe is None:
        return ""
    proc = subprocess.run([exe, "-q", "-", "-"], input=data, capture_output=True, timeout=120, check=False)
    return proc.stdout.decode("utf-8", "replace")


def _texts(data: bytes) -> list[str]:
    """Everything a reader of the file can get as text: page text (two extractors), metadata, XMP."""
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        out = [page.get_text() for page in doc]
        out += [v for v in (doc.metadata or {}).values() if isinstance(v, str)]
        out.append(doc.get_xml_metadata() or "")
    out.append(_pdftotext(data))
    return out


def _hashes(texts: Iterable[str], salt: bytes) -> set[str]:
    """The salted hashes (``report.text_hash``) of every run of 1..MAX_WORDS whitespace-separated tokens,
    as is and with punctuation stripped from its ends."""
    from redact.pipeline.report import text_hash

    out: set[str] = set()
    for text in texts:
        tokens = text.split()
        for i in range(len(tokens)):
            for n in range(1, min(MAX_WORDS, len(tokens) - i) + 1):
                chunk = " ".join(tokens[i:i + n])
                out.add(text_hash(salt, chunk))
                stripped = chunk.strip(_PUNCT)
                if stripped and stripped != chunk:
                    out.add(text_hash(salt, stripped))
    return out


def check_conversion(before: bytes, after: bytes, *, salt: bytes | None = None,
                     redacted_hashes: frozenset[str] = frozenset()) -> list[str]:
    """Problems of the PDF/A copy ``after`` of the verified redacted PDF ``before`` (empty: fine)."""
    problems: list[str] = []
    if pdfa_identification(after) != ("2", "B"):
        problems.append("the converted file does not identify as PDF/A-2b")
    w_before, w_after = _page_words(before), _page_words(after)
    if len(w_before) != len(w_after):
        problems.append("the page count changed in conversion")
    for pno, (a, b) in enumerate(zip(w_before, w_after, strict=False), start=1):
        if a - b:
            problems.append(f"page {pno}: words were lost in conversion")
        if any(len(w) > 1 for w in b - a):
            problems.append(f"page {pno}: words appeared in conversion")
    with pymupdf.open(stream=after, filetype="pdf") as doc:
        from redact.pdf.accessibility import language_of

        if not language_of(doc).lower().startswith("nl"):
            problems.append("the document language was lost in conversion")
        if not (doc.metadata or {}).get("title"):
            problems.append("the title was lost in conversion")
    if salt is not None and redacted_hashes:
        readable_before = _hashes(_texts(before), salt) & redacted_hashes
        found = (_hashes(_texts(after), salt) & redacted_hashes) - readable_before
        if found:
            problems.append(f"{len(found)} redacted string(s) readable after conversion")
    return problems
