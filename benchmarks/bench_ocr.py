"""Benchmark OCR of scanned pages: seconds per page on one core at a given dpi.

Usage: python benchmarks/bench_ocr.py [--dpi 300] [--pages 4]

Makes a scan of samples/01-nota.pdf (300 dpi image pages, slight skew and noise) and times
``redact.pdf.ocr.ocr_words`` per page with OMP_THREAD_LIMIT=1 (the batch executor parallelises over
documents, not inside Tesseract).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--pages", type=int, default=4)
    args = ap.parse_args()
    os.environ["OMP_THREAD_LIMIT"] = "1"
    import pymupdf
    from tests.ocr.scans import make_scan

    from redact.pdf.ocr import ocr_words

    with tempfile.TemporaryDirectory() as d:
        scan = make_scan(ROOT / "samples" / "01-nota.pdf", Path(d) / "scan.pdf", dpi=300, skew=0.4, noise=0.002)
        times, words = [], 0
        with pymupdf.open(scan) as doc:
            for k in range(args.pages):
                page = doc[k % doc.page_count]
                t = time.perf_counter()
                words += len(ocr_words(page, dpi=args.dpi))
                times.append(time.perf_counter() - t)
    print(f"OCR at {args.dpi} dpi, one core: {sum(times) / len(times):.2f} s/page "
          f"(min {min(times):.2f}, max {max(times):.2f}), {words} words in {len(times)} pages")


if __name__ == "__main__":
    main()
