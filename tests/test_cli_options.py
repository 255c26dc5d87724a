"""Every ``redact run`` option passed once through the real command line (a process, its ``main()``), each
with one small input and a check of its effect.

The runs are independent, so they are started together (two at a time, one worker each) in a module
fixture; each test then checks one of them. Options tested elsewhere through the command line:
``--from-list``, ``--quiet``, ``--jobs``, ``--executor`` and ``--scheduler`` (tests/batch/test_cli_run.py),
``--time-limit`` (tests/hostile/test_time_limit.py), ``--verify full`` (tests/hostile/test_corpus.py);
``--out`` is in every run here, ``--text-layer`` is the default (the OCR text layer: tests/ocr).
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pymupdf
import pytest
import yaml

from redact.errors import ExitCode
from tests.conftest import ROOT, SAMPLES, SamplesRun, make_pdf, norm, pdftotext, redact_cli
from tests.ocr.scans import make_scan

BESLUIT = "08-besluit"  # one page with a name, an address, a licence plate, a phone number
SPEC = yaml.safe_load((SAMPLES / f"{BESLUIT}.expected.yaml").read_text(encoding="utf-8"))
PASSWORD = "geheim-ww-42"
PERSON = "Xandrio Qwelling"  # in no name list: only a cue identifies it


@dataclass(frozen=True)
class Case:
    prepare: Callable[[Path, SamplesRun], list[str]]  # makes the inputs in a folder; returns the arguments
    check: Callable[[subprocess.CompletedProcess[str], Path, SamplesRun], None]


def _copy(folder: Path, *names: str) -> Path:
    (folder / "in").mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(SAMPLES / f"{name}.pdf", folder / "in")
    return folder / "in"


def _text(pdf: Path) -> str:
    with pymupdf.open(pdf) as doc:
        return norm(" ".join(page.get_text() for page in doc)) + " " + norm(pdftotext(pdf))


def _errors(out: Path) -> list[dict[str, str]]:
    with (out / "errors.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _log(out: Path, document: str) -> list[dict[str, str]]:
    rows = [json.loads(line) for line in (out / "redaction-log.jsonl").read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if r["document"] == document]


def _ok(r: subprocess.CompletedProcess[str]) -> None:
    assert r.returncode == ExitCode.OK, r.stderr
    assert "Traceback" not in r.stderr


def _redacted(pdf: Path) -> None:
    """Every personal datum of the sample is gone, every public string stays."""
    text = _text(pdf)
    for item in SPEC["redact"]:
        assert not re.search(rf"(?<!\w){re.escape(norm(item['text']))}(?!\w)", text), item["category"]
    for keep in SPEC["keep"]:
        assert norm(keep) in text, keep


# --- the options -------------------------------------------------------------------------------------


def _text_prepare(d: Path, _: SamplesRun) -> list[str]:
    return [str(_copy(d, BESLUIT)), "-o", str(d / "out"), "--text"]


def _text_check(r: subprocess.CompletedProcess[str], d: Path, _: SamplesRun) -> None:
    _ok(r)
    plain = (d / "out" / f"{BESLUIT}.txt").read_text(encoding="utf-8")
    with (d / "out" / "inventarislijst.csv").open(encoding="utf-8") as fh:
        [row] = list(csv.DictReader(fh))
    assert plain.count("[5.1.2e]") == int(row["Aantal weglakkingen"]) > 0  # one marker per redacted passage
    for item in SPEC["redact"]:
        assert not re.search(rf"(?<!\w){re.escape(item['text'])}(?!\w)", plain), item["category"]
    assert all(norm(keep) in norm(plain) for keep in SPEC["keep"])


def _force_prepare(d: Path, run: SamplesRun) -> list[str]:
    shutil.copytree(run.out, d / "out")  # the sample already done there
    return [f"samples/{BESLUIT}.pdf", "-o", str(d / "out"), "--force"]


def _force_check(r: subprocess.CompletedProcess[str], d: Path, run: SamplesRun) -> None:
    _ok(r)
    assert "1 document(s): 1 to do, 0 already done" in r.stderr  # without --force: "0 to do, 1 already done"
    assert (d / "out" / f"{BESLUIT}.pdf").read_bytes() == (run.out / f"{BESLUIT}.pdf").read_bytes()


def _no_force_prepare(d: Path, run: SamplesRun) -> list[str]:
    shutil.copytree(run.out, d / "out")
    return [f"samples/{BESLUIT}.pdf", "-o", str(d / "out")]


def _no_force_check(r: subprocess.CompletedProcess[str], d: Path, _: SamplesRun) -> None:
    _ok(r)
    assert "1 document(s): 0 to do, 1 already done" in r.stderr


def _consistent_prepare(d: Path, _: SamplesRun) -> list[str]:
    (d / "in").mkdir(parents=True)
    make_pdf(d / "in" / "a.pdf", ["Nota aan de minister", f"Contactpersoon: {PERSON}", "T 06-12345678"])
    make_pdf(d / "in" / "b.pdf", ["Verslag van het overleg", f"In overleg met {PERSON} is besloten de",
                                  "brief te sturen."])
    return [str(d / "in"), "-o", str(d / "out"), "--consistent"]


def _consistent_check(r: subprocess.CompletedProcess[str], d: Path, _: SamplesRun) -> None:
    _ok(r)
    b = _text(d / "out" / "b.pdf")  # b gives no cue: only a holds one (without the option it stays,
    assert "Qwelling" not in b and "Xandrio" not in b  # tests/batch/test_consistent.py)
    assert "besloten" in b


def _on_a_scan(*options: str) -> Callable[[Path, SamplesRun], list[str]]:
    """A ``prepare``: a scan of the e-mail sample (an image-only page), run with ``options``."""
    def prepare(d: Path, _: SamplesRun) -> list[str]:
        (d / "in").mkdir(parents=True)
        make_scan(SAMPLES / "02-email.pdf", d / "in" / "scan.pdf", dpi=200, skew=0.3, noise=0.001)
        return [str(d / "in"), "-o", str(d / "out"), *options]

    return prepare


def _ocr_off_check(r: subprocess.CompletedProcess[str], d: Path, _: SamplesRun) -> None:
    _ok(r)
    assert "page(s) 1 have no text layer (scanned?): not checked for personal data" in r.stderr
    assert _text(d / "out" / "scan.pdf").strip() == ""  # nothing read, nothing added
    assert _log(d / "out", "scan.pdf") == []


def _no_text_layer_check(r: subprocess.CompletedProcess[str], d: Path, _: SamplesRun) -> None:
    _ok(r)
    assert "read by OCR" in r.stderr
    rows = _log(d / "out", "scan.pdf")
    assert len(rows) >= 5 and {"NAAM", "EMAIL", "TELEFOON"} <= {row["categorie"] for row in rows}
    # no text layer: the only text left is the ground code printed on each box
    assert re.sub(r"5\.1\.2e", "", _text(d / "out" / "scan.pdf")).strip() == ""


def _ocr_dpi_check(r: subprocess.CompletedProcess[str], d: Path, _: SamplesRun) -> None:
    _ok(r)
    assert "1 page(s) read by OCR (tesseract, nld, 150 dpi)" in r.stderr
    assert {"NAAM", "EMAIL"} <= {row["categorie"] for row in _log(d / "out", "scan.pdf")}


def _rules_prepare(d: Path, _: SamplesRun) -> list[str]:
    rules = shutil.copytree(ROOT / "rules", d / "rules")
    categories = rules / "categories.yaml"
    text = categories.read_text(encoding="utf-8")
    changed = re.sub(r'(KENTEKEN: +\{ground: )"5\.1\.2e"', r'\1"5.1.2i"', text)
    assert changed != text
    categories.write_text(changed, encoding="utf-8")
    return [str(_copy(d, BESLUIT)), "-o", str(d / "out"), "--rules", str(rules)]


def _rules_check(r: subprocess.CompletedProcess[str], d: Path, _: SamplesRun) -> None:
    _ok(r)
    rows = _log(d / "out", f"{BESLUIT}.pdf")
    assert {row["grond"] for row in rows if row["categorie"] == "KENTEKEN"} == {"5.1.2i"}
    assert {row["grond"] for row in rows if row["categorie"] != "KENTEKEN"} == {"5.1.2e"}
    assert "5.1.2i" in _text(d / "out" / f"{BESLUIT}.pdf")  # printed on the box


def _public_person() -> str:
    """The sample's civil servant named in full (expected.yaml: redacted without a public list)."""
    return next(i["text"] for i in SPEC["redact"] if i["category"] == "NAAM" and re.fullmatch(r"\w+ \w+", i["text"]))


def _public_list_prepare(d: Path, _: SamplesRun) -> list[str]:
    (d / "public.txt").write_text(f"# publiek in dit dossier\n{_public_person()}\n", encoding="utf-8")
    return [str(_copy(d, BESLUIT)), "-o", str(d / "out"), "--public-list", str(d / "public.txt")]


def _public_list_check(r: subprocess.CompletedProcess[str], d: Path, run: SamplesRun) -> None:
    _ok(r)
    person = _public_person()
    assert person in _text(d / "out" / f"{BESLUIT}.pdf")
    assert person not in _text(run.out / f"{BESLUIT}.pdf")  # the same run without the list
    fewer = len(_log(d / "out", f"{BESLUIT}.pdf"))
    assert 0 < fewer < len(_log(run.out, f"{BESLUIT}.pdf"))


def _password_prepare(d: Path, _: SamplesRun) -> list[str]:
    (d / "in").mkdir(parents=True)
    with pymupdf.open(SAMPLES / f"{BESLUIT}.pdf") as doc:
        doc.save(d / "in" / "versleuteld.pdf", encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw=PASSWORD,
                 owner_pw=PASSWORD + "-eigenaar")
    return [str(d / "in"), "-o", str(d / "out"), "--password", PASSWORD]


def _password_check(r: subprocess.CompletedProcess[str], d: Path, _: SamplesRun) -> None:
    _ok(r)
    with pymupdf.open(d / "in" / "versleuteld.pdf") as src:
        assert src.needs_pass  # without the password nothing could be read
    out = d / "out" / "versleuteld.pdf"
    with pymupdf.open(out) as doc:
        assert not doc.needs_pass and not doc.is_encrypted
    _redacted(out)
    assert PASSWORD not in r.stdout + r.stderr
    for f in (d / "out").rglob("*"):
        if f.is_file():
            assert PASSWORD.encode() not in f.read_bytes(), f


def _max_pages_prepare(d: Path, _: SamplesRun) -> list[str]:
    return [str(_copy(d, "01-nota", BESLUIT)), "-o", str(d / "out"), "--max-pages", "2"]


def _max_pages_check(r: subprocess.CompletedProcess[str], d: Path, _: SamplesRun) -> None:
    assert r.returncode == ExitCode.SOME_FAILED, r.stderr
    [row] = _errors(d / "out")
    assert (row["document"], row["reden"]) == ("01-nota.pdf", "too-many-pages")
    assert row["melding"].endswith("(--max-pages) (3 pages > limit 2)")
    assert (d / "out" / f"{BESLUIT}.pdf").is_file() and not (d / "out" / "01-nota.pdf").exists()


def _max_mb_prepare(d: Path, _: SamplesRun) -> list[str]:
    return [str(_copy(d, "01-nota", "02-email")), "-o", str(d / "out"), "--max-mb", "0.05"]


def _max_mb_check(r: subprocess.CompletedProcess[str], d: Path, _: SamplesRun) -> None:
    assert r.returncode == ExitCode.SOME_FAILED, r.stderr
    size = (SAMPLES / "01-nota.pdf").stat().st_size
    assert size > 0.05 * 1024 * 1024 > (SAMPLES / "02-email.pdf").stat().st_size
    [row] = _errors(d / "out")
    assert (row["document"], row["reden"]) == ("01-nota.pdf", "too-large")
    assert row["melding"].endswith(f"({size} bytes > limit {int(0.05 * 1024 * 1024)})")
    assert (d / "out" / "02-email.pdf").is_file()


def _nested_prepare(d: Path, _: SamplesRun) -> list[str]:
    inputs = _copy(d, BESLUIT)
    (inputs / "out").mkdir()
    shutil.copy(SAMPLES / "02-email.pdf", inputs / "out" / "oud.pdf")  # OUT's own file: never an input
    return [str(inputs), "-o", str(inputs / "out"), "--allow-nested-output"]


def _nested_check(r: subprocess.CompletedProcess[str], d: Path, _: SamplesRun) -> None:
    _ok(r)  # without the option: exit 2, "inside input folder" (tests/test_cli.py)
    assert "1 document(s): 1 to do, 0 already done" in r.stderr
    assert (d / "in" / "out" / f"{BESLUIT}.pdf").is_file()
    assert not (d / "in" / "out" / "out").exists()


CASES: dict[str, Case] = {
    "--text": Case(_text_prepare, _text_check),
    "--force": Case(_force_prepare, _force_check),
    "(no --force)": Case(_no_force_prepare, _no_force_check),
    "--consistent": Case(_consistent_prepare, _consistent_check),
    "--ocr off": Case(_on_a_scan("--ocr", "off"), _ocr_off_check),
    "--no-text-layer": Case(_on_a_scan("--no-text-layer"), _no_text_layer_check),
    "--ocr-dpi": Case(_on_a_scan("--ocr-dpi", "150"), _ocr_dpi_check),
    "--rules": Case(_rules_prepare, _rules_check),
    "--public-list": Case(_public_list_prepare, _public_list_check),
    "--password": Case(_password_prepare, _password_check),
    "--max-pages": Case(_max_pages_prepare, _max_pages_check),
    "--max-mb": Case(_max_mb_prepare, _max_mb_check),
    "--allow-nested-output": Case(_nested_prepare, _nested_check),
}


@pytest.fixture(scope="module")
def runs(samples_run: SamplesRun, tmp_path_factory: pytest.TempPathFactory
         ) -> dict[str, tuple[subprocess.CompletedProcess[str], Path]]:
    folders = {name: tmp_path_factory.mktemp(re.sub(r"\W+", "-", name).strip("-")) for name in CASES}
    args = {name: case.prepare(folders[name], samples_run) for name, case in CASES.items()}
    # two runs at a time, each in one process (one job without a time limit: the serial executor; the
    # process pool is what tests/test_samples_e2e.py runs)
    with ThreadPoolExecutor(max_workers=2) as pool:
        done = {name: pool.submit(redact_cli, "run", *args[name], "-j", "1", "--time-limit", "0") for name in CASES}
        return {name: (future.result(), folders[name]) for name, future in done.items()}


def test_every_run_option_is_covered() -> None:
    """Each option of ``redact run --help`` is in the table above or named in the module's docstring."""
    r = redact_cli("run", "--help")
    options = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]+)", r.stdout)) - {"--help", "--no-text"}
    covered = " ".join(CASES) + " " + (__doc__ or "")
    assert {o for o in options if o not in covered} == set()


@pytest.mark.parametrize("option", list(CASES))
def test_run_option(runs: dict[str, tuple[subprocess.CompletedProcess[str], Path]], samples_run: SamplesRun,
                    option: str) -> None:
    result, folder = runs[option]
    CASES[option].check(result, folder, samples_run)
