"""Benchmark `redact run` at scale against a bare PyMuPDF floor, in one run.

Usage: python benchmarks/bench_batch.py [--pages 1000] [--big-pages 2000] [--seed 100] [--keep DIR]

1. Generates documents with the sample generator (samples/generate.py) until they hold ``--pages``
   pages in total.
2. Floor: a bare PyMuPDF loop over the same files (open, extract each page's text, save with
   garbage collection and compression), one process; and, for reference, the naive Presidio + PyMuPDF
   script the issue names (``naive``).
3. `redact run DOCS -o OUT --jobs 1`, then `--jobs 2` (fresh output folders), each as a subprocess:
   wall time, pages/s, pages/s per core, ratio to the floor, CPU seconds per page, peak RSS of
   the largest process (a worker: measured by wait4 over the whole process tree) and as the
   workers report it; every document must come out verified (exit code 0, empty errors.csv).
4. A second `--jobs 2` run into the same folder: every document skipped; its time as a share of
   the first run's.
5. ``--big-pages``: one document of that many pages (generated documents concatenated), `--jobs 1`:
   time and peak RSS.

Figures go into the issue notes; tests never time anything. Run it on an otherwise idle machine:
other load on the cores shows up in every figure (the CPU seconds are the steadier number).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("redact_samples_generate", ROOT / "samples" / "generate.py")
    assert spec is not None and spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    return gen


def generate(folder: Path, pages: int, seed: int) -> tuple[list[Path], int]:
    import pymupdf

    gen = _generator()
    made: list[Path] = []
    total = 0
    s = seed
    while total < pages:
        kind = gen.KINDS[len(made) % len(gen.KINDS)]
        try:
            pdf, expected = gen.generate(kind, s, folder, name=f"{len(made) + 1:05d}-{kind}")
        except RuntimeError:  # the generator gives up on a few seeds
            s += 1
            continue
        expected.unlink()
        with pymupdf.open(pdf) as doc:
            total += doc.page_count
        made.append(pdf)
        s += 1
    return made, total


def floor(files: list[Path], scratch: Path) -> tuple[float, int]:
    """Seconds for open + extract text + save (garbage collection, compression) of every file."""
    import pymupdf

    scratch.mkdir(parents=True, exist_ok=True)
    pages = 0
    t0 = time.perf_counter()
    for f in files:
        with pymupdf.open(f) as doc:
            for page in doc:
                page.get_text()
                pages += 1
            doc.save(scratch / f.name, garbage=4, deflate=True)
    return time.perf_counter() - t0, pages


_NAIVE = r"""
import sys, time
from pathlib import Path
import pymupdf
from redact.api import get_detector
pymupdf.TOOLS.mupdf_display_errors(False)
analyzer = get_detector().analyzer  # Presidio with the Dutch recognizers, nothing of redact's own
analyzer.analyze(text="x", language="nl")
out = Path(sys.argv[1]); out.mkdir(parents=True, exist_ok=True)
t0 = time.process_time(); pages = 0
for f in sys.argv[2:]:
    with pymupdf.open(f) as doc:
        for page in doc:
            text = page.get_text()
            for r in analyzer.analyze(text=text, language="nl"):
                for rect in page.search_for(text[r.start:r.end]):
                    page.add_redact_annot(rect, fill=(0, 0, 0))
            page.apply_redactions()
            pages += 1
        doc.save(out / Path(f).name, garbage=4, deflate=True)
print(time.process_time() - t0, pages)
"""


def naive(files: list[Path], scratch: Path) -> tuple[float, int]:
    """The naive script the issue names as a reference: per page PyMuPDF text, Presidio's analyzer (our
    Dutch recognizers, no resolution, propagation or public-official rules), ``search_for`` of each
    finding, redaction, save. No prepare, no verification, no log. CPU seconds in one process, without
    start-up."""
    out = subprocess.run([sys.executable, "-c", _NAIVE, str(scratch), *map(str, files)],
                         capture_output=True, text=True, check=True)
    seconds, pages = out.stdout.split()[-2:]
    return float(seconds), int(pages)


def run_redact(args: list[str], log: Path) -> dict[str, float | str]:
    """Run `redact` as a subprocess; wall and CPU time and the peak RSS of the process tree."""
    cmd = [sys.executable, "-m", "redact", *args]
    t0 = time.perf_counter()
    with log.open("w") as fh:
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, text=True)
        # wait4: the rusage of the child and of every descendant it reaped (the workers)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    text = log.read_text()
    reported = re.search(r"peak memory per worker (\d+) MB", text)
    return {
        "wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024,
        "worker_rss_mb": float(reported.group(1)) if reported else 0.0,
        "code": os.waitstatus_to_exitcode(status), "output": text,
    }


def check_all_verified(out: Path, run: dict[str, float | str], docs: int) -> None:
    """Exit code 0, no failed document, every document in the inventory list."""
    errors = (out / "errors.csv").read_text().splitlines()
    listed = (out / "inventarislijst.csv").read_text().splitlines()
    if run["code"] != 0 or len(errors) != 1 or len(listed) != docs + 1:
        print(run["output"])
        raise SystemExit(f"not every document was verified (exit code {run['code']}, "
                         f"{len(errors) - 1} failed)")


def concatenate(files: list[Path], pages: int, dst: Path) -> None:
    import pymupdf

    out = pymupdf.open()
    i = 0
    while out.page_count < pages:
        with pymupdf.open(files[i % len(files)]) as doc:
            out.insert_pdf(doc)
        i += 1
    out.select(list(range(pages)))
    out.save(dst, garbage=4, deflate=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=1000, help="pages of generated documents (default 1000)")
    ap.add_argument("--big-pages", type=int, default=2000, help="pages of the one big document (0: skip)")
    ap.add_argument("--seed", type=int, default=100)
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temp folder)")
    args = ap.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="redact-bench-batch-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        docs = work / "docs"
        if docs.is_dir() and any(docs.glob("*.pdf")):
            import pymupdf

            files = sorted(docs.glob("*.pdf"))
            total = sum(pymupdf.open(f).page_count for f in files)
        else:
            t = time.perf_counter()
            files, total = generate(docs, args.pages, args.seed)
            print(f"generated {len(files)} documents, {total} pages in {time.perf_counter() - t:.0f} s")
        cores = os.cpu_count() or 1
        print(f"machine: {cores} cores, load average {os.getloadavg()[0]:.2f}")

        fl_s, fl_pages = floor(files, work / "floor")
        fl_rate = fl_pages / fl_s
        print(f"\nfloor (open + extract + save, 1 process): {fl_s:.2f} s = {fl_rate:.0f} pages/s")
        nv_s, nv_pages = naive(files, work / "naive")
        print(f"naive Presidio + PyMuPDF script (1 process, CPU, no start-up): {nv_s:.2f} s = "
              f"{nv_pages / nv_s:.0f} pages/s = {fl_rate / (nv_pages / nv_s):.1f}× the floor")

        print(f"\n{'run':10} {'wall s':>7} {'pages/s':>8} {'/core':>7} {'floor×':>7} {'cpu ms/p':>9} "
              f"{'rss MB':>7} {'worker MB':>9}")
        first: dict[str, float | str] = {}
        for jobs in (1, 2):
            out = work / f"out-j{jobs}"
            shutil.rmtree(out, ignore_errors=True)
            r = run_redact(["run", str(docs), "-o", str(out), "-q", "--jobs", str(jobs)],
                           work / f"j{jobs}.log")
            check_all_verified(out, r, len(files))
            wall, cpu = float(r["wall"]), float(r["cpu"])
            rate = total / wall
            per_core = rate / min(jobs, cores)
            print(f"--jobs {jobs:<3} {wall:7.1f} {rate:8.1f} {per_core:7.1f} {fl_rate / per_core:7.1f} "
                  f"{1000 * cpu / total:9.1f} {float(r['rss_mb']):7.0f} {float(r['worker_rss_mb']):9.0f}")
            if jobs == 2:
                first = r
        again = run_redact(["run", str(docs), "-o", str(work / "out-j2"), "-q", "--jobs", "2"],
                           work / "again.log")
        check_all_verified(work / "out-j2", again, len(files))
        share = float(again["wall"]) / float(first["wall"])
        print(f"\nsecond run (all {len(files)} skipped): {float(again['wall']):.2f} s = {100 * share:.1f} % "
              "of the first --jobs 2 run")

        if args.big_pages:
            big = work / "big" / f"dossier-{args.big_pages}p.pdf"
            big.parent.mkdir(exist_ok=True)
            if not big.is_file():
                concatenate(files, args.big_pages, big)
            out = work / "out-big"
            shutil.rmtree(out, ignore_errors=True)
            r = run_redact(["run", str(big), "-o", str(out), "-q", "--jobs", "1"], work / "big.log")
            check_all_verified(out, r, 1)
            print(f"\none document of {args.big_pages} pages, --jobs 1: {float(r['wall']):.1f} s = "
                  f"{args.big_pages / float(r['wall']):.1f} pages/s, peak RSS {float(r['rss_mb']):.0f} MB")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
