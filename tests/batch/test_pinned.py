"""A file over ``IN_MEMORY_BYTES`` is read by MuPDF from disk, not from a copy in memory: the same
output bytes, and a file that changes while it is redacted gives no output (``SourceModifiedError``)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import redact.pdf.triage as triage
import redact.pipeline.document as document
from redact.errors import SourceModifiedError
from redact.pipeline import propose_document, run_document
from redact.pipeline.read import read
from tests.conftest import SAMPLES

SAMPLE = sorted(SAMPLES.glob("*.pdf"))[0]


def test_a_small_file_is_read_into_memory_a_large_one_from_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    with read(SAMPLE) as reading:
        assert reading.pinned is None
        in_memory = reading.sha256, list(reading.texts)
    monkeypatch.setattr(triage, "IN_MEMORY_BYTES", 0)
    with read(SAMPLE) as reading:
        assert reading.pinned is not None and reading.pinned.fd >= 0
        assert (reading.sha256, reading.texts) == in_memory
        pinned = reading.pinned
    assert pinned.fd == -1  # closed with the reading


def test_from_disk_gives_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for src in sorted(SAMPLES.glob("*.pdf")):
        ran = run_document(src, tmp_path / "memory.pdf")
        monkeypatch.setattr(triage, "IN_MEMORY_BYTES", 0)
        disk = run_document(src, tmp_path / "disk.pdf")
        monkeypatch.undo()
        assert (tmp_path / "disk.pdf").read_bytes() == (tmp_path / "memory.pdf").read_bytes(), src.name
        assert disk.result.source_sha256 == ran.result.source_sha256


def _change_during_detection(monkeypatch: pytest.MonkeyPatch, change) -> None:  # type: ignore[no-untyped-def]
    find = document.find

    def changing(reading, *a, **kw):  # type: ignore[no-untyped-def]
        change(reading.source)
        return find(reading, *a, **kw)

    monkeypatch.setattr(document, "find", changing)
    monkeypatch.setattr(triage, "IN_MEMORY_BYTES", 0)


def _append(path: Path) -> None:
    with path.open("ab") as fh:
        fh.write(b"\n% appended\n")


def _overwrite_same_size(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[-20] ^= 0x01
    with path.open("r+b") as fh:
        fh.write(bytes(data))


def _replace(path: Path) -> None:
    other = path.with_name("other.pdf")
    shutil.copyfile(sorted(SAMPLES.glob("*.pdf"))[1], other)
    os.replace(other, path)


@pytest.mark.parametrize("change", [_append, _overwrite_same_size, _replace])
def test_a_file_changed_while_redacted_gives_no_output(change, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "in.pdf"
    shutil.copyfile(SAMPLE, src)
    _change_during_detection(monkeypatch, change)
    with pytest.raises(SourceModifiedError):
        run_document(src, tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["in.pdf"]  # no temp file left either


def test_a_plan_is_never_made_from_a_changed_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "in.pdf"
    shutil.copyfile(SAMPLE, src)
    _change_during_detection(monkeypatch, _append)
    with pytest.raises(SourceModifiedError):
        propose_document(src)
