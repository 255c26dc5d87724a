"""run_batch: every document verified or failed with a reason, resume and force, batch-wide files."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pymupdf
import pytest

from redact.batch import Summary, run_batch
from redact.errors import UsageError
from tests.batch.conftest import copy_docs, generate_docs, published_files, with_salt


@pytest.fixture(scope="module")
def first_run(doc_set: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Summary]:
    out = with_salt(tmp_path_factory.mktemp("batch") / "out")
    return out, run_batch([doc_set], out)


def test_every_document_verified_and_numbered(first_run: tuple[Path, Summary], doc_set: Path) -> None:
    out, s = first_run
    names = sorted(p.name for p in doc_set.glob("*.pdf"))
    assert [o.item.relative.name for o in s.outcomes] == names
    assert [o.item.number for o in s.outcomes] == list(range(1, len(names) + 1))
    for o in s.outcomes:
        assert o.status == "ok", o.error
        assert o.result is not None and o.result.verify is not None and o.result.verify.ok
        assert all(b.text == "" for b in o.result.boxes)  # the redacted strings stay in the worker
        assert (out / o.item.relative).is_file()
    assert s.pages == sum(pymupdf.open(p).page_count for p in doc_set.glob("*.pdf"))
    assert sum(s.per_ground().values()) == sum(s.per_category().values()) > 0
    assert set(s.per_ground()) <= {"5.1.1e", "5.1.2e"}


def test_log_inventory_and_errors_files(first_run: tuple[Path, Summary]) -> None:
    out, s = first_run
    log = (out / "redaction-log.csv").read_text().splitlines()
    # one row per box, and one per redaction outside the pages (its place instead of a page number)
    assert len(log) == 1 + sum(o.boxes + len(o.result.side if o.result else ()) for o in s.outcomes)
    lines = (out / "redaction-log.jsonl").read_text().splitlines()
    docs_in_log = [json.loads(line)["document"] for line in lines]
    assert docs_in_log == sorted(docs_in_log)  # ID order (names are numbered)
    ws = openpyxl.load_workbook(out / "inventarislijst.xlsx").active
    assert ws is not None
    rows = list(ws.iter_rows(values_only=True))[1:]
    assert [r[0] for r in rows] == [o.item.number for o in s.outcomes]
    assert [r[1] for r in rows] == [o.item.relative.name for o in s.outcomes]
    assert [r[6] for r in rows] == [o.pages for o in s.outcomes]
    assert [r[7] for r in rows] == [o.redactions for o in s.outcomes]
    assert [r[3] for r in rows] == ["Deels openbaar" if o.redactions else "Openbaar" for o in s.outcomes]
    assert sum(o.redactions > 0 for o in s.outcomes) >= len(rows) // 2
    # every generated document but a chat export (no document date, only message times) has a dated heading
    assert all(r[2] is not None for r in rows if "chat" not in r[1])
    bsn_rows = [r for r, o in zip(rows, s.outcomes, strict=True) if "BSN" in o.counts]
    assert bsn_rows and all(r[4] == "5.1.1e; 5.1.2e" for r in bsn_rows)
    assert (out / "errors.csv").read_text() == "document,reden,melding\n"


def test_second_run_skips_everything_and_changes_nothing(first_run: tuple[Path, Summary],
                                                        doc_set: Path) -> None:
    out, first = first_run
    before = published_files(out)
    again = run_batch([doc_set], out)
    assert again.count("skipped") == len(first.outcomes) and again.count("ok") == 0
    assert published_files(out) == before
    assert [(o.pages, o.counts, o.grounds, o.date, o.assessment) for o in again.outcomes] == [
        (o.pages, o.counts, o.grounds, o.date, o.assessment) for o in first.outcomes]


def test_a_fragment_cut_short_redoes_its_document(first_run: tuple[Path, Summary], doc_set: Path,
                                                 tmp_path: Path) -> None:
    # fragments are written without fsync: one an OS crash left short must not be trusted on resume
    from redact.batch.state import fragment_path

    out, first = first_run
    other = with_salt(tmp_path / "out")
    shutil.copy2(out / ".redact-salt", other / ".redact-salt")
    run_batch([doc_set], other)
    victim = first.outcomes[0].item.relative.as_posix()
    frag = fragment_path(other, victim)
    frag.write_bytes(frag.read_bytes()[:-1])
    again = run_batch([doc_set], other)
    assert [o.status for o in again.outcomes] == ["ok"] + ["skipped"] * (len(first.outcomes) - 1)
    assert published_files(other) == published_files(out)


def test_force_redoes_with_identical_output(first_run: tuple[Path, Summary], doc_set: Path,
                                            tmp_path: Path) -> None:
    out, first = first_run
    other = with_salt(tmp_path / "out")
    shutil.copy2(out / ".redact-salt", other / ".redact-salt")
    run_batch([doc_set], other)
    again = run_batch([doc_set], other, force=True)
    assert again.count("ok") == len(first.outcomes)
    assert published_files(other) == published_files(out)


def test_failures_are_isolated_and_reported(doc_set: Path, tmp_path: Path) -> None:
    docs = copy_docs(doc_set, tmp_path / "docs")
    (docs / "004-kapot.pdf").write_text("geen pdf")
    enc = pymupdf.open(next(iter(sorted(doc_set.glob("*.pdf")))))
    enc.save(docs / "005-versleuteld.pdf", encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="geheim",
             owner_pw="geheim")
    out = tmp_path / "out"
    s = run_batch([docs], out)
    failed = {o.item.relative.name: o.reason for o in s.outcomes if o.status == "failed"}
    assert failed == {"004-kapot.pdf": "not-a-pdf", "005-versleuteld.pdf": "encrypted"}
    assert s.count("ok") == len(list(doc_set.glob("*.pdf")))
    errors = list(csv.reader(io.StringIO((out / "errors.csv").read_text())))
    assert errors[0] == ["document", "reden", "melding"]
    assert [(r[0], r[1]) for r in errors[1:]] == [
        ("004-kapot.pdf", "not-a-pdf"), ("005-versleuteld.pdf", "encrypted")]
    assert not (out / "004-kapot.pdf").exists()
    ws = openpyxl.load_workbook(out / "inventarislijst.xlsx").active
    assert ws is not None
    ids = [r[0] for r in list(ws.iter_rows(values_only=True))[1:]]
    numbers = {o.item.relative.name: o.item.number for o in s.outcomes}
    assert numbers["004-kapot.pdf"] not in ids and numbers["005-versleuteld.pdf"] not in ids
    assert len(ids) == s.count("ok")
    # the password opens it on a re-run; the other failure stays
    s2 = run_batch([docs], out, password="geheim")
    assert {o.item.relative.name for o in s2.outcomes if o.status == "ok"} == {"005-versleuteld.pdf"}
    assert s2.count("failed") == 1


def test_changed_or_broken_input_is_redone_and_stale_output_removed(doc_set: Path, tmp_path: Path) -> None:
    docs = copy_docs(doc_set, tmp_path / "docs")
    out = tmp_path / "out"
    run_batch([docs], out)
    names = sorted(p.name for p in docs.glob("*.pdf"))
    generate_docs(tmp_path / "new", 1, seed=900)
    shutil.copy(tmp_path / "new" / "001-nota.pdf", docs / names[0])  # replaced by another document
    (docs / names[1]).write_text("kapot")  # damaged since the first run
    s = run_batch([docs], out)
    status = {o.item.relative.name: o.status for o in s.outcomes}
    assert status[names[0]] == "ok" and status[names[1]] == "failed"
    assert all(status[n] == "skipped" for n in names[2:])
    assert not (out / names[1]).exists()  # no stale output of a document that now fails
    lines = (out / "redaction-log.jsonl").read_text().splitlines()
    log_docs = {json.loads(line)["document"] for line in lines}
    assert names[1] not in log_docs and names[0] in log_docs


def test_text_output_and_rerun_with_text(doc_set: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([doc_set], out)
    s = run_batch([doc_set], out, write_text=True)
    assert s.count("ok") == len(s.outcomes)  # the text was not written before: redone
    for o in s.outcomes:
        txt = (out / o.item.relative).with_suffix(".txt").read_text(encoding="utf-8")
        assert ("[5.1.2e]" in txt) == bool(o.ground_counts.get("5.1.2e"))


def test_leftover_temp_files_are_removed(doc_set: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "sub").mkdir(parents=True)
    junk = [out / ".001-nota.pdf.x1y2z3.part", out / "sub" / ".redaction-log.csv.abc.part"]
    for j in junk:
        j.write_bytes(b"%PDF-1.7 half")
    keep = out / "notes.part"  # not one of ours: left alone
    keep.write_text("x")
    run_batch([doc_set], out)
    assert not any(j.exists() for j in junk) and keep.exists()


def test_one_batch_per_output_folder(doc_set: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    lock = out / ".redact" / "lock"
    lock.parent.mkdir(parents=True)
    # another process holds the lock (a POSIX record lock: per process, not inherited by forks)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, sys\n"
         "fh = open(sys.argv[1], 'a'); fcntl.lockf(fh.fileno(), fcntl.LOCK_EX); print('held', flush=True); "
         "sys.stdin.read()", str(lock)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(UsageError, match="another redact run"):
            run_batch([doc_set], out)
    finally:
        holder.kill()  # it holds the lock until then, however long the run above takes
        holder.wait()


def test_process_pool_gives_the_same_files(first_run: tuple[Path, Summary], doc_set: Path,
                                           tmp_path: Path) -> None:
    out, _ = first_run
    other = with_salt(tmp_path / "out")
    s = run_batch([doc_set], other, jobs=2, executor="process")
    assert s.executor == "process" and s.workers == 2 and s.count("ok") == len(s.outcomes)
    assert s.peak_rss_mb > 0
    assert published_files(other) == published_files(out)


def test_usage_errors(doc_set: Path, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no inputs"):
        run_batch([], tmp_path / "out")
    empty = tmp_path / "leeg"
    empty.mkdir()
    with pytest.raises(UsageError, match="no documents found"):
        run_batch([empty], tmp_path / "out")
