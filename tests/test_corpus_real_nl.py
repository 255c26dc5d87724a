"""Every real Dutch government PDF in the shared corpus yields a verified output or a clear error."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.batch import run_batch
from redact.errors import InputError
from tests.conftest import CORPUS_REAL

PDFS = sorted(CORPUS_REAL.glob("*.pdf"))


@pytest.mark.slow
def test_real_nl_corpus(tmp_path: Path) -> None:
    assert len(PDFS) >= 30, f"corpus missing at {CORPUS_REAL}"
    summary = run_batch(PDFS, tmp_path / "out", ocr="off")  # OCR of real scans: tests/ocr
    assert len(summary.outcomes) == len(PDFS)
    for o in summary.outcomes:
        if o.status == "ok":
            assert o.result is not None and o.result.verify is not None and o.result.verify.ok
            assert (tmp_path / "out" / o.item.relative).is_file()
        else:
            assert o.status == "failed"
            assert o.reason in {c.reason for c in InputError.__subclasses__()} | {"unreadable"}, o.error
            assert str(o.item.source) in o.error and "Traceback" not in o.error
    ok = summary.count("ok")
    assert ok >= len(PDFS) - 2, [o.error for o in summary.outcomes if o.status == "failed"]
