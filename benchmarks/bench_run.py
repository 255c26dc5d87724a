"""Benchmark `redact run` end to end (detection, burn-in, verification, logs).

Usage: python benchmarks/bench_run.py [INPUT ...] [--repeat N]

Reports analyzer start-up time, pages/s of the run (after start-up), and peak RSS. Defaults to the
documents in samples/. Figures go into the issue notes; tests never time anything.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="*", default=[str(ROOT / "samples")])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    t0 = time.perf_counter()
    from redact.api import get_detector
    from redact.batch import run_batch

    get_detector()
    startup = time.perf_counter() - t0
    rss_start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    best = float("inf")
    pages = 0
    for _ in range(args.repeat):
        out = Path(tempfile.mkdtemp(prefix="redact-bench-"))
        try:
            t = time.perf_counter()
            summary = run_batch(args.inputs, out)
            best = min(best, time.perf_counter() - t)
            pages = summary.pages
            failed = summary.count("failed")
        finally:
            shutil.rmtree(out, ignore_errors=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents: {len(summary.outcomes)} ({failed} failed), pages: {pages}")
    print(f"analyzer start-up: {startup:.2f} s, RSS after start-up: {rss_start:.0f} MB")
    print(f"best of {args.repeat}: {best:.2f} s = {pages / best:.1f} pages/s (one process, one core)")
    print(f"peak RSS: {peak:.0f} MB")


if __name__ == "__main__":
    main()
