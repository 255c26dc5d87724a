"""A file over ``IN_MEMORY_BYTES`` is read by MuPDF from disk, not from a copy in memory: the same
output bytes, and a file that changes while it is redacted gives no output (``SourceModifiedError``)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import redact.pdf.triage as triage
import redact.pipeline.document as document
from redact.errors import LeakError, SourceModifiedError
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


def test_from_disk_full_verification_gives_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run_document(SAMPLE, tmp_path / "memory.pdf", verification="full")
    monkeypatch.setattr(triage, "IN_MEMORY_BYTES", 0)
    run_document(SAMPLE, tmp_path / "disk.pdf", verification="full")
    assert (tmp_path / "disk.pdf").read_bytes() == (tmp_path / "memory.pdf").read_bytes()


def test_from_disk_a_leak_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Saved to a temp file and verified there: a leak removes it, nothing else is written."""
    import redact.pdf.verify as verify

    monkeypatch.setattr(triage, "IN_MEMORY_BYTES", 0)
    monkeypatch.setattr(verify, "drawn_box_hits", lambda out, boxes: ["NAAM on page 1"])
    out = tmp_path / "out"
    with pytest.raises(LeakError):
        run_document(SAMPLE, out / "doc.pdf")
    assert list(out.iterdir()) == []


def test_atomic_path_renames_only_after_the_block(tmp_path: Path) -> None:
    from redact.files import atomic_path, remove_partials

    dst = tmp_path / "out.pdf"
    with atomic_path(dst) as tmp:
        tmp.write_bytes(b"%PDF-1.7 done")
        assert not dst.exists() and tmp.name.startswith(".out.pdf.") and tmp.name.endswith(".part")
    assert dst.read_bytes() == b"%PDF-1.7 done" and (dst.stat().st_mode & 0o777) == 0o644
    with pytest.raises(RuntimeError), atomic_path(dst) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"] and dst.read_bytes() == b"%PDF-1.7 done"
    with atomic_path(tmp_path / "x.pdf") as tmp:  # a killed writer's temp file: remove_partials finds it
        remove_partials(tmp_path / "x.pdf")
        assert not tmp.exists()
        tmp.write_bytes(b"again")
