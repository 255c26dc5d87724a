"""Benchmark `redact persons` on a work folder of many documents (issue 18: under 2 s for 1,000).

Usage: python benchmarks/bench_persons.py [--documents 1000] [--keep DIR]

Proposes the samples once, then copies their review files until the work folder holds ``--documents``
review files (each copy under its own relative path, as a dossier of that size would be), and times:
the listing in this process (`api.list_persons`), and the command `redact persons WORKDIR --json` as a
process (start-up included). Figures go into the issue notes; tests never time anything.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(work: Path, documents: int) -> int:
    from redact.api import propose_review

    seed = work / "seed"
    propose_review([ROOT / "samples"], seed)
    files = sorted(seed.glob("*.review.json"))
    target = work / "dossier"
    n = 0
    while n < documents:
        for f in files:
            if n >= documents:
                break
            body = json.loads(f.read_text(encoding="utf-8"))
            rel = f"map-{n // 100:03d}/{n:05d}-{body['source']['relative']}"
            body["source"]["relative"] = rel
            dst = target / rel.replace(".pdf", ".review.json")
            dst.parent.mkdir(parents=True, exist_ok=True)
            dst.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
            n += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--documents", type=int, default=1000)
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="redact-bench-persons-"))
    try:
        if not (work / "dossier").is_dir():
            n = build(work, args.documents)
        else:
            n = len(list((work / "dossier").rglob("*.review.json")))
        size = sum(f.stat().st_size for f in (work / "dossier").rglob("*.review.json"))
        print(f"work folder: {n} review files, {size / 1e6:.1f} MB")
        from redact.api import list_persons

        for k in range(3):
            t = time.perf_counter()
            people = list_persons(work / "dossier")
            print(f"api.list_persons, run {k + 1}: {time.perf_counter() - t:.2f} s, {len(people)} persons, "
                  f"{sum(p.occurrences for p in people)} mentions")
        t = time.perf_counter()
        out = subprocess.run([sys.executable, "-m", "redact", "persons", str(work / "dossier"), "--json"],
                             capture_output=True, text=True, check=True)
        print(f"redact persons --json (a process, start-up included): {time.perf_counter() - t:.2f} s, "
              f"{len(json.loads(out.stdout))} persons")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
