"""Benchmark `redact run` on two sets against the bare PyMuPDF floor and the naive script, in one run.

Usage: python benchmarks/bench_batch.py [--pages 300] [--dense-pages 240] [--big-pages 2000] [--seed 100]
                                        [--keep DIR]

1. Two sets: the light set, documents of the sample generator (samples/generate.py) until they hold
   ``--pages`` pages (≈ 300 words, a few findings a page); the dense set (benchmarks/dense.py: e-mail
   threads, memos with colophons, minutes with attendance lists set again densely, ≥ 350 words and ≥ 8
   findings a page), ``--dense-pages`` pages. With ``--keep`` a set already in the folder is reused.
2. Per set, one after the other: the floor (a bare PyMuPDF loop: open, extract each page's text, save
   with garbage collection and compression; one process); the naive Presidio + PyMuPDF script the issue
   names (``naive``; wall time with its start-up, CPU without); `redact run --jobs 1` and `redact run`
   with the default --jobs, each as a subprocess into a fresh folder: wall time, pages/s, CPU ms a page,
   peak RSS of the largest process (wait4 over the process tree) and as the workers report it; every
   document must come out verified (exit code 0, empty errors.csv). Then the ratios the issue sets:
   --jobs 1 / naive (≤ 1), --jobs 1 / floor (≤ 4), --jobs 1 / default jobs (≥ 1.8 on 2 cores).
3. A second run of the light set into the same folder: every document skipped.
4. ``--big-pages``: one document of that many pages (light documents concatenated), `--jobs 1`: time
   and peak RSS.

Figures go into the issue notes; tests never time anything. The machine may be shared: compare ratios
within one run and note the load average it prints (the CPU ms a page are the steadier number).
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
    """samples/generate.py, loaded the way the dense set's builder loads it."""
    return _dense()._generator()


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


def naive(files: list[Path], scratch: Path) -> tuple[float, float, int]:
    """The naive script the issue names as a reference: per page PyMuPDF text, Presidio's analyzer (our
    Dutch recognizers, no resolution, propagation or public-official rules), ``search_for`` of each
    finding, redaction, save. No prepare, no verification, no log. Returns the wall time of the whole
    process (start-up included, like `redact run`'s), its CPU seconds without start-up, and pages."""
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _NAIVE, str(scratch), *map(str, files)],
                         capture_output=True, text=True, check=True)
    wall = time.perf_counter() - t0
    seconds, pages = out.stdout.split()[-2:]
    return wall, float(seconds), int(pages)


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


def bench_set(label: str, files: list[Path], work: Path) -> None:
    """Floor, naive script, `redact run --jobs 1` and with the default --jobs, one after the other."""
    import pymupdf

    total = sum(pymupdf.open(f).page_count for f in files)
    docs = files[0].parent
    print(f"\n== {label} set: {len(files)} documents, {total} pages; load average "
          f"{os.getloadavg()[0]:.2f}")
    fl_s, fl_pages = floor(files, work / f"floor-{label}")
    fl_rate = fl_pages / fl_s
    nv_wall, nv_cpu, nv_pages = naive(files, work / f"naive-{label}")
    print(f"{'run':14} {'wall s':>7} {'pages/s':>8} {'cpu ms/p':>9} {'rss MB':>7} {'worker MB':>9}")
    print(f"{'floor':14} {fl_s:7.1f} {fl_rate:8.1f} {1000 * fl_s / total:9.1f}")
    print(f"{'naive script':14} {nv_wall:7.1f} {total / nv_wall:8.1f} {1000 * nv_cpu / nv_pages:9.1f}"
          "   (cpu without start-up)")
    walls: dict[str, float] = {}
    for name, extra in (("--jobs 1", ["--jobs", "1"]), ("default jobs", [])):
        out = work / f"out-{label}-{'j1' if extra else 'jd'}"
        shutil.rmtree(out, ignore_errors=True)
        r = run_redact(["run", str(docs), "-o", str(out), "-q", *extra], work / f"{label}-{len(extra)}.log")
        check_all_verified(out, r, len(files))
        wall, cpu = float(r["wall"]), float(r["cpu"])
        walls[name] = wall
        print(f"{name:14} {wall:7.1f} {total / wall:8.1f} {1000 * cpu / total:9.1f} {float(r['rss_mb']):7.0f} "
              f"{float(r['worker_rss_mb']):9.0f}")
    j1, jd = walls["--jobs 1"], walls["default jobs"]
    print(f"ratios: --jobs 1 / naive {j1 / nv_wall:.2f} (≤ 1 wanted); --jobs 1 / floor {j1 / fl_s:.1f} "
          f"(≤ 4 wanted); --jobs 1 / default jobs {j1 / jd:.2f} (≥ 1.8 wanted with 2 cores); "
          f"load average now {os.getloadavg()[0]:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=300, help="pages of the light set (default 300; 0: skip)")
    ap.add_argument("--dense-pages", type=int, default=240,
                    help="pages of the dense set (benchmarks/dense.py; default 240; 0: skip)")
    ap.add_argument("--big-pages", type=int, default=2000, help="pages of the one big document (0: skip)")
    ap.add_argument("--seed", type=int, default=100)
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temp folder)")
    args = ap.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="redact-bench-batch-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
        sets: dict[str, list[Path]] = {}
        for label, pages, make in (("light", args.pages, lambda d: generate(d, args.pages, args.seed)),
                                   ("dense", args.dense_pages, lambda d: _dense().build_dense(
                                       d, args.dense_pages, args.seed + 600))):
            if not pages:
                continue
            docs = work / label
            if docs.is_dir() and any(docs.glob("*.pdf")):
                sets[label] = sorted(docs.glob("*.pdf"))
            else:
                t = time.perf_counter()
                sets[label], _ = make(docs)
                print(f"generated the {label} set in {time.perf_counter() - t:.0f} s")
        for label, files in sets.items():
            bench_set(label, files, work)

        if "light" in sets:
            first = work / "out-light-jd"
            again = run_redact(["run", str(work / "light"), "-o", str(first), "-q"], work / "again.log")
            check_all_verified(first, again, len(sets["light"]))
            print(f"\nsecond run of the light set (all skipped): {float(again['wall']):.2f} s")

        if args.big_pages and "light" in sets:
            files = sets["light"]
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


def _dense():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("redact_bench_dense", ROOT / "benchmarks" / "dense.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


if __name__ == "__main__":
    main()
