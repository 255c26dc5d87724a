"""Stage 5, finish: scrub, save, verify, and only then write.

``finish(reading, burner, dst)``:
1. scrub what lies outside the page content (annotations, metadata, bookmarks, attachments, every
   string of every object: ``pdf.scrub``) and serialise with garbage collection, never incrementally;
2. open the bytes again and verify (``pdf.verify``): no redacted string in the page text beyond what
   is meant to stay, in any stream or string, in the metadata or any side channel; no text but a ground
   code inside a box without text (drawn by hand, a signature region); ``verification="full"`` adds
   pdftotext, pypdf, a parser-independent scan of the file and the images under the boxes
   (``pdf.verify_full``);
3. write the output atomically (temp file + rename), and the redacted plain text when asked.

A long input, read by MuPDF from disk (``Reading.pinned``), is saved straight into the temp file and
verified there (its serialisation is not held in memory); the temp file is renamed only after
verification passed and the input was found unchanged, and removed otherwise.

Guarantees: nothing is written before every check passed, and the input (when MuPDF read it from disk)
was found unchanged (a leak raises ``LeakError``, an output an
extractor cannot read ``UnverifiableOutputError``); the bytes depend only on the input, the rules, the
options and the selection (no clock, no random ``/ID``); the input is never the output.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from redact.errors import LeakError, OutputError, UnverifiableOutputError
from redact.files import atomic_path, write_atomic
from redact.models import SideRedaction, VerifyReport

if TYPE_CHECKING:
    import pymupdf

    from redact.pipeline.burn import Burner
    from redact.pipeline.read import Reading

__all__ = ["VERIFICATIONS", "check_destination", "finish"]

VERIFICATIONS = ("basic", "full")


def check_destination(src: str | os.PathLike[str], dst: str | os.PathLike[str], verification: str) -> None:
    """Refuse, before any work, an output that would overwrite the input or an unknown verification."""
    if verification not in VERIFICATIONS:
        raise ValueError(f"verification must be 'basic' or 'full', not {verification!r}")
    if Path(dst).resolve() == Path(src).resolve():
        raise OutputError(Path(dst), "the output would overwrite the input; choose another path")


def finish(reading: Reading, burner: Burner, dst: str | os.PathLike[str], *,
           side: Sequence[SideRedaction] = (), verification: str = "basic",
           text_dst: str | os.PathLike[str] | None = None) -> tuple[VerifyReport, list[str]]:
    """Stage 5 (see the module docstring); returns the verification report and the scrub's notes.
    ``side``: personal data outside the page content (``detect.side_redactions``): replaced by its
    ground code where the place is kept, and searched for everywhere by verification."""
    import pymupdf

    from redact.pdf.scrub import save_to, scrub, to_bytes

    boxes = burner.boxes
    codes = {s.text.lower(): s.ground for s in side} | {b.text.lower(): b.ground for b in boxes}
    notes = scrub(reading.doc, boxes, codes, [s.text for s in side])
    if side:
        notes.append(f"{len(side)} item(s) of personal data outside the page text (metadata, bookmarks, "
                     "annotations, attachments) redacted")
    extra = [s.text for s in side]
    if reading.pinned is None:
        data = to_bytes(reading.doc)
        report = _verify(reading, burner, pymupdf.open(stream=data, filetype="pdf"), extra, verification,
                         lambda: data)
        write_atomic(Path(dst), data)
    else:  # a long file, read from disk: saved to disk too, verified there, then renamed
        with atomic_path(Path(dst)) as tmp:
            save_to(reading.doc, tmp)
            report = _verify(reading, burner, pymupdf.open(tmp, filetype="pdf"), extra, verification,
                             tmp.read_bytes)
            reading.check_unchanged()  # still the bytes that were hashed
    if text_dst is not None and burner.plain is not None:
        from redact.pdf.text import PAGE_SEPARATOR

        write_atomic(Path(text_dst), PAGE_SEPARATOR.join(burner.plain).encode("utf-8"))
    if report.collateral:
        notes.append(f"{report.collateral} word(s) outside the boxes were lost on page(s) "
                     f"{', '.join(map(str, report.collateral_pages))}; check the output")
    return report, notes


def _verify(reading: Reading, burner: Burner, out: pymupdf.Document, extra: list[str], verification: str,
            data: Callable[[], bytes]) -> VerifyReport:
    """Verify the output ``out`` (closed here; ``data()``: its bytes, for full verification); raise
    ``LeakError`` or ``UnverifiableOutputError``, else return the report."""
    from redact.pdf.verify import drawn_box_hits, verify_expected

    boxes = burner.boxes
    try:
        report = verify_expected(out, burner.expected, boxes, extra)
        leaks = [*report.leaks, *drawn_box_hits(out, boxes)]
    finally:
        out.close()
    if leaks:
        raise LeakError(reading.source, tuple(dict.fromkeys(leaks)))
    if verification == "full":
        from redact.pdf.verify_full import needles_to_check, verify_full

        full = verify_full(data(), needles_to_check(burner.expected, boxes, extra), boxes=boxes)
        if full.hits:
            raise LeakError(reading.source, full.hits)
        if full.failures:
            raise UnverifiableOutputError(reading.source, full.failures)
    return report
