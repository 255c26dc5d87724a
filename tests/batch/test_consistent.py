"""--consistent: a person identified in one document is redacted in every document of the batch."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from redact.batch import run_batch
from tests.conftest import make_pdf

NAME = "Xandrio Qwelling"  # in no name list: only a cue identifies it


def _docs(folder: Path) -> Path:
    folder.mkdir()
    make_pdf(folder / "a.pdf", ["Nota aan de minister", f"Contactpersoon: {NAME}", "T 06-12345678"])
    make_pdf(folder / "b.pdf", ["Verslag van het overleg", f"In overleg met {NAME} is besloten de", "brief te sturen."])
    return folder


def _text(path: Path) -> str:
    with pymupdf.open(path) as doc:
        return " ".join(p.get_text() for p in doc)


def test_without_consistent_the_uncued_mention_stays(tmp_path: Path) -> None:
    docs = _docs(tmp_path / "in")
    run_batch([docs], tmp_path / "out", jobs=1)
    assert NAME not in _text(tmp_path / "out" / "a.pdf")  # cued: found
    assert "Qwelling" in _text(tmp_path / "out" / "b.pdf")  # no cue in b: not known there


def test_consistent_redacts_the_person_in_every_document(tmp_path: Path) -> None:
    docs = _docs(tmp_path / "in")
    summary = run_batch([docs], tmp_path / "out", jobs=1, consistent=True)
    assert summary.count("ok") == 2
    for name in ("a.pdf", "b.pdf"):
        text = _text(tmp_path / "out" / name)
        assert "Qwelling" not in text and "Xandrio" not in text
    assert "besloten" in _text(tmp_path / "out" / "b.pdf")  # the rest stays
