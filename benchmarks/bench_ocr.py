"""Benchmark OCR of scanned pages: seconds per page on one core, and a real scan end to end.

Usage: python benchmarks/bench_ocr.py [--dpi 300] [--pages 4] [--scan PDF | --scan ''] [--scan-pages 10]

1. Makes a scan of samples/01-nota.pdf (300 dpi image pages, slight skew and noise) and times
   ``redact.pdf.ocr.ocr_words`` per page (render, despeckle, Tesseract, parse).
2. On a real scan (default: the 38-page Wob release
   ``../shared/corpus/real-nl/wob_amsterdam_nyp_bijlagen_scanned_burned-in-boxes.pdf``, skipped when absent):
   ``ocr_words`` on its first ``--scan-pages`` pages, then ``redact run --jobs 1`` on the whole file in a
   fresh output folder: wall time, seconds per page, and the peak RSS of the largest process (the worker).

OCR runs with OMP_THREAD_LIMIT=1 (the batch executor parallelises over documents, not inside Tesseract).
The machine's load average is printed with each figure: on a shared machine, compare runs made in the
same period.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SCAN = ROOT.parent / "shared" / "corpus" / "real-nl" / "wob_amsterdam_nyp_bijlagen_scanned_burned-in-boxes.pdf"


def _load() -> str:
    return "load {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def _ocr_pages(path: Path, pages: int, dpi: int) -> tuple[list[float], int]:
    import pymupdf

    from redact.pdf.ocr import ocr_words

    times, words = [], 0
    with pymupdf.open(path) as doc:
        for k in range(pages):
            page = doc[k % doc.page_count]
            t = time.perf_counter()
            words += len(ocr_words(page, dpi=dpi))
            times.append(time.perf_counter() - t)
    return times, words


def _run(path: Path, dpi: int) -> tuple[float, float, int]:
    """``redact run --jobs 1`` on ``path``: (wall seconds, peak RSS in MB of the largest process, pages)."""
    import pymupdf

    with pymupdf.open(path) as doc:
        pages = doc.page_count
    with tempfile.TemporaryDirectory() as out:
        t = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "redact", "run", "--jobs", "1", "--ocr-dpi", str(dpi), "-q",
                               str(path), "-o", out], capture_output=True, text=True)
        wall = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(f"redact run failed ({proc.returncode}): {proc.stderr[-500:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the largest reaped descendant
    return wall, peak, pages


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--pages", type=int, default=4, help="pages of the generated scan to OCR")
    ap.add_argument("--scan", default=str(SCAN), help="a real scanned PDF ('' to skip)")
    ap.add_argument("--scan-pages", type=int, default=10, help="pages of the real scan to OCR on their own")
    args = ap.parse_args()
    os.environ["OMP_THREAD_LIMIT"] = "1"
    from tests.ocr.scans import make_scan

    with tempfile.TemporaryDirectory() as d:
        scan = make_scan(ROOT / "samples" / "01-nota.pdf", Path(d) / "scan.pdf", dpi=300, skew=0.4, noise=0.002)
        times, words = _ocr_pages(scan, args.pages, args.dpi)
    print(f"generated scan, OCR at {args.dpi} dpi, one core: {sum(times) / len(times):.2f} s/page "
          f"(min {min(times):.2f}, max {max(times):.2f}), {words} words in {len(times)} pages ({_load()})")
    real = Path(args.scan) if args.scan else None
    if real is None or not real.exists():
        print(f"real scan skipped ({args.scan or 'not asked'} not found)" if args.scan else "real scan skipped")
        return
    times, words = _ocr_pages(real, args.scan_pages, args.dpi)
    print(f"{real.name}: OCR at {args.dpi} dpi, one core: {sum(times) / len(times):.2f} s/page "
          f"(min {min(times):.2f}, max {max(times):.2f}), {words} words in {len(times)} pages ({_load()})")
    wall, peak, pages = _run(real, args.dpi)
    print(f"{real.name}: redact run --jobs 1: {wall:.1f} s for {pages} pages, {wall / pages:.2f} s/page, "
          f"peak RSS {peak:.0f} MB ({_load()})")


if __name__ == "__main__":
    main()
