"""The robustness corpus: every hostile PDF yields a verified output or a typed error, never a crash.

``redact run --verify full`` (the real CLI, time-limited workers) goes over every file without a user
password; the password-protected ones go through the same batch function with the manifest's passwords.
A second test redacts a word that really occurs in each document, with full verification, and checks
that it is gone from every extractor, the raw streams and every side channel.
"""

from __future__ import annotations

import csv
import hashlib
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from redact.api import Plan, _to_proposals, apply
from redact.batch import run_batch
from redact.errors import InputError, RedactError
from redact.models import Finding
from redact.pdf.text import extract_document, join_pages
from redact.pdf.triage import Limits, open_pdf
from redact.rules import load_rules
from tests.conftest import CORPUS_HOSTILE, PATIENCE
from tests.hostile.util import manifest, password_for, places_with

ROWS = manifest()
# Files that cannot be redacted, and the typed reason each must get (MuPDF 1.28).
EXPECTED_FAILURES = {
    "qpdf__bad1.pdf": "not-a-pdf",
    "pdfjs__xfa_issue14315.pdf": "xfa-form",
    "qpdf__append-xref-loop.pdf": "no-pages",
    "pdfjs__Pages-tree-refs.pdf": "corrupt",
    "qpdf__xref-compressed-in-compressed.pdf": "processing-failed",
}


def _reasons() -> set[str]:
    out, todo = set(), [InputError]
    while todo:
        cls = todo.pop()
        out.add(cls.reason)
        todo.extend(cls.__subclasses__())
    return out


def _outcome_table(out_dir: Path) -> dict[str, str]:
    failed = {}
    with (out_dir / "errors.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            failed[Path(row["document"]).name] = row["reden"]
            assert "Traceback" not in row["melding"]
    return failed


@pytest.mark.slow
def test_every_hostile_file_yields_verified_output_or_typed_error(tmp_path: Path) -> None:
    assert len(ROWS) == 80, f"corpus incomplete at {CORPUS_HOSTILE}"
    groups: dict[str | None, list[Path]] = defaultdict(list)
    for row in ROWS:
        groups[password_for(row["description"])].append(CORPUS_HOSTILE / row["file"])
    outcome: dict[str, str] = {}

    out = tmp_path / "plain"
    r = subprocess.run([sys.executable, "-m", "redact", "run", *map(str, groups.pop(None)), "-o", str(out),
                        "--verify", "full", "--time-limit", str(PATIENCE), "-q"],
                       capture_output=True, text=True, timeout=5 * PATIENCE)
    assert r.returncode in (0, 1), r.stderr[-2000:]
    assert "Traceback" not in r.stderr
    failed = _outcome_table(out)
    for f in sorted(p.name for p in out.glob("*.pdf")):
        outcome[f] = "ok"
    outcome.update(failed)

    for k, (password, files) in enumerate(sorted(groups.items())):
        pout = tmp_path / f"pw{k}"
        summary = run_batch(files, pout, password=password, verification="full",
                            limits=Limits(seconds=PATIENCE))
        for o in summary.outcomes:
            outcome[o.item.source.name] = "ok" if o.status == "ok" else o.reason
            if o.status == "ok":
                assert o.result is not None and o.result.verify is not None and o.result.verify.ok
                assert (pout / o.item.relative).is_file()

    table = "\n".join(f"{name}\t{outcome.get(name, 'MISSING')}" for name in sorted(r["file"] for r in ROWS))
    (tmp_path / "corpus-outcomes.tsv").write_text("file\toutcome\n" + table + "\n")
    print("\n" + table)
    assert set(outcome) == {r["file"] for r in ROWS}, table
    assert all(v == "ok" or v in _reasons() for v in outcome.values()), table
    assert {k: v for k, v in outcome.items() if v != "ok"} == EXPECTED_FAILURES, table


def _plan(src: Path, password: str | None, needle: str) -> Plan:
    rules = load_rules()
    opened = open_pdf(src, password=password)
    with opened.doc as doc:
        pages = extract_document(doc)
    text, starts = join_pages(pages)
    findings = [Finding("NAAM", m.start(), m.end(), 1.0, "test", needle)
                for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text)]
    sha = hashlib.sha256(opened.data).hexdigest()
    return Plan(src, sha, tuple(pages), tuple(_to_proposals(findings, pages, starts, sha, rules)))


def _pick_word(plan_pages: Plan) -> str | None:
    """The most frequent 5+ letter word that occurs nowhere else, not even inside another word or in
    another case (so every occurrence is redacted and none may be found afterwards)."""
    text = "\n".join(p.text for p in plan_pages.pages)
    low = re.sub(r"\s+", "", text.lower())
    words = Counter(re.findall(r"(?<!\w)[A-Za-z]{5,}(?!\w)", text))
    for w, n in sorted(words.items(), key=lambda kv: (-kv[1], kv[0])):
        if low.count(w.lower()) == n:
            return w
    return None


OPENABLE = [r for r in ROWS if r["file"] not in EXPECTED_FAILURES]


@pytest.mark.slow
@pytest.mark.parametrize("row", OPENABLE, ids=[r["file"].removesuffix(".pdf") for r in OPENABLE])
def test_a_word_of_each_document_is_gone_everywhere(tmp_path: Path, row: dict[str, str]) -> None:
    src = CORPUS_HOSTILE / row["file"]
    password = password_for(row["description"])
    try:
        probe = _plan(src, password, "\x00")
    except RedactError as e:
        pytest.fail(f"typed error on an openable file: {e}")
    word = _pick_word(probe)
    if word is None:
        pytest.skip("no extractable word of 5+ letters (image-only or symbol text)")
    plan = _plan(src, password, word)
    assert plan.proposals
    dst = tmp_path / "out.pdf"
    try:
        res = apply(plan, plan.proposals, dst, password=password, verification="full")
    except RedactError as e:
        pytest.fail(f"{type(e).__name__}: {e}")
    assert res.verify is not None and res.verify.ok
    assert places_with(dst, word) == []
