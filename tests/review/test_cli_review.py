"""The review commands on the command line: propose, decide, apply, review; exit codes and messages."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

from redact.errors import ExitCode
from redact.review import ReviewSet
from redact.review.schema import DETECTION
from tests.conftest import PATIENCE, cli_env
from tests.review.util import copy_samples, count, texts


def redact(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "redact", *map(str, args)], capture_output=True, text=True,
                          env=cli_env(),
                          timeout=600)


def test_propose_decide_apply(tmp_path: Path) -> None:
    inputs = copy_samples(tmp_path / "in", ["02-email.pdf", "05-brief-burger.pdf"])
    work, out = tmp_path / "work", tmp_path / "out"
    r = redact("propose", inputs, "-o", work)
    assert r.returncode == 0, r.stderr
    assert "02-email.pdf" in r.stdout and "2 document(s) proposed, 0 failed" in r.stdout
    for line in r.stdout.splitlines():  # no personal data in the progress output
        assert "@minjenv.nl" not in line and "Leeuwen" not in line

    r = redact("apply", work, "-o", out)
    assert r.returncode == ExitCode.USAGE
    assert "still undecided" in r.stderr and "Traceback" not in r.stderr
    assert not out.exists()

    rs = ReviewSet.load(work / "05-brief-burger.review.json")
    bsn = rs.select(category="BSN")
    assert bsn  # else the check below would hold for nothing
    iban = rs.select(category="IBAN")[0]
    r = redact("decide", work, "--reject-category", "IBAN", "--approve-all", "--by", "Cor",
               "--reason", "test")
    assert r.returncode == 0, r.stderr
    assert "decision(s) recorded" in r.stdout
    after = ReviewSet.load(work / "05-brief-burger.review.json")
    assert after.get(iban).status == "rejected" and after.get(iban).by == "Cor"
    assert all(after.get(i).status == "approved" for i in bsn)

    r = redact("apply", work, "-o", out)
    assert r.returncode == 0, r.stderr
    got = texts(out / "05-brief-burger.pdf")
    iban_text = after.get(iban).text
    for text in got.values():
        assert count(iban_text, text) >= 1, "a rejected IBAN must stay"
        assert count(after.get(bsn[0]).text, text) == 0
    rows = [json.loads(line) for line in (out / "redaction-log.jsonl").read_text().splitlines()]
    assert rows and {r["beoordelaar"] for r in rows} == {"Cor"}
    assert "IBAN" not in {r["categorie"] for r in rows if r["document"] == "05-brief-burger.pdf"}


def test_decide_errors(tmp_path: Path) -> None:
    inputs = copy_samples(tmp_path / "in", ["04-brief-minister.pdf"])
    work = tmp_path / "work"
    assert redact("propose", inputs, "-o", work, "-q").returncode == 0
    r = redact("decide", work, "--approve", "0123456789abcdef", "--by", "X")
    assert r.returncode == ExitCode.USAGE and "no proposal with id 0123456789abcdef" in r.stderr
    r = redact("decide", work, "--approve-all")
    assert r.returncode == ExitCode.USAGE and "--by" in r.stderr
    r = redact("decide", work, "--approve-category", "SCHOENMAAT", "--by", "X")
    assert r.returncode == ExitCode.USAGE and "unknown category" in r.stderr
    r = redact("apply", work, "-o", tmp_path / "out", "--approve-pending")
    assert r.returncode == ExitCode.USAGE and "--by" in r.stderr
    r = redact("apply", tmp_path / "nothing-here", "-o", tmp_path / "out")
    assert r.returncode == ExitCode.USAGE


def test_apply_with_approve_pending_and_changed_source(tmp_path: Path) -> None:
    inputs = copy_samples(tmp_path / "in", ["04-brief-minister.pdf"])
    work = tmp_path / "work"
    assert redact("propose", inputs, "-o", work).returncode == 0
    r = redact("apply", work, "-o", tmp_path / "out", "--approve-pending", "--by", "Dirk")
    assert r.returncode == 0, r.stderr
    assert all(p.by == "Dirk" for p in ReviewSet.load(work / "04-brief-minister.review.json").proposals
               if p.by != DETECTION)  # the persons detection kept public are not pending
    src = inputs / "04-brief-minister.pdf"
    src.write_bytes(src.read_bytes() + b"\n%changed\n")
    r = redact("apply", work, "-o", tmp_path / "out2")
    assert r.returncode == ExitCode.INPUT
    assert "changed since `redact propose`" in r.stderr
    assert not (tmp_path / "out2").exists()


def test_review_serves_on_loopback_with_token(tmp_path: Path) -> None:
    inputs = copy_samples(tmp_path / "in", ["01-nota.pdf"])
    work = tmp_path / "work"
    assert redact("propose", inputs, "-o", work, "-q").returncode == 0
    proc = subprocess.Popen([sys.executable, "-m", "redact", "review", str(work), "--no-browser"], env=cli_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and "/?token=" in url
        with urllib.request.urlopen(url, timeout=PATIENCE) as resp:
            assert resp.status == 200 and b"redact review" in resp.read()
        base = url.split("?")[0]
        try:
            urllib.request.urlopen(base, timeout=PATIENCE)
            raise AssertionError("a request without the token was answered")
        except urllib.error.HTTPError as e:
            assert e.code == 403
    finally:
        proc.terminate()
        proc.wait(timeout=PATIENCE)


def test_review_without_review_files(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    r = redact("review", tmp_path / "empty", "--no-browser")
    assert r.returncode == ExitCode.USAGE and "no review files" in r.stderr
