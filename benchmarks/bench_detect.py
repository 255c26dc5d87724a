"""Benchmark detection: analyzer start-up per process (time, resident memory) and the time to analyse
a 10-page memo, plus ``redact eval`` on the evaluation set.

Usage: python benchmarks/bench_detect.py [--pages 10] [--repeat 5]

Start-up is measured in a fresh interpreter (imports + ``Detector(rules)``, which loads the name
gazetteers); RSS is that process's peak resident set (``ru_maxrss``). The memo is the page text of
samples/01-nota.pdf and the tune set's notas concatenated to ``--pages`` pages. Targets (issue #3):
start-up <= 2 s and <= 400 MB, a 10-page memo well under a second. These figures are reported here and
never asserted in the tests (a busy machine would make such a test fail while nothing is broken);
the tests check that start-up opens no network connection (tests/detect/test_detect_engine.py).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_STARTUP = """
import json, resource, time
t0, c0 = time.perf_counter(), time.process_time()
from redact.detect.engine import Detector
from redact.rules import load_rules
c1 = time.process_time()
d = Detector(load_rules())
t1, c2 = time.perf_counter(), time.process_time()
d.analyze("Contactpersoon: P. Jansen")
print(json.dumps({"startup_s": t1 - t0, "imports_cpu_s": c1 - c0, "build_cpu_s": c2 - c1,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def memo_text(pages: int) -> str:
    import pymupdf

    sources = [ROOT / "samples" / "01-nota.pdf", *sorted((ROOT / "tests/data/eval/tune").glob("*-nota.pdf"))]
    page_texts: list[str] = []
    for src in sources:
        with pymupdf.open(src) as doc:
            page_texts += [p.get_text() for p in doc]
    return "\n\f\n".join((page_texts * pages)[:pages])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=10)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    runs = [json.loads(subprocess.run([sys.executable, "-c", _STARTUP], capture_output=True, text=True,
                                      check=True).stdout) for _ in range(3)]
    print(f"start-up (imports + analyzer): {min(r['startup_s'] for r in runs):.2f} s "
          f"(best of 3), peak RSS {max(r['rss_mb'] for r in runs):.0f} MB; CPU: imports "
          f"{min(r['imports_cpu_s'] for r in runs):.2f} s, analyzer {min(r['build_cpu_s'] for r in runs):.2f} s")

    from redact.detect.engine import Detector
    from redact.rules import load_rules

    det = Detector(load_rules())
    text = memo_text(args.pages)
    det.analyze(text)  # warm-up
    times = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        findings = det.analyze(text)
        times.append(time.perf_counter() - t0)
    print(f"{args.pages}-page memo ({len(text):,} characters): {min(times) * 1000:.0f} ms best, "
          f"{sum(times) / len(times) * 1000:.0f} ms mean of {args.repeat}; {len(findings)} findings")

    from redact.evaluation import evaluate_dir

    t0 = time.perf_counter()
    report = evaluate_dir(ROOT / "tests" / "data" / "eval")
    print(f"redact eval tests/data/eval: {report.documents} documents, {report.pages} pages in "
          f"{time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
