"""Benchmark the memory of one long scanned document: peak RSS of ``run_document`` in one process.

Usage: python benchmarks/bench_longscan.py [--pages 2000] [--scan PDF] [--work DIR] [--repeat 1] [--distinct]

The document is the 38-page scanned Wob release (``../shared/corpus/real-nl/
wob_amsterdam_nyp_bijlagen_scanned_burned-in-boxes.pdf``) repeated until it has ``--pages`` pages
(2,000 pages: a 163 MB file; its output is 4 MB, as the copies' images are merged by garbage
collection, unless ``--distinct`` gives every copy's images a key of their own: a 163 MB output, as
for a real long scan). Tesseract would take ≈35 minutes on it, so its 38 pages are read by OCR once
(kept in ``--work``, ``ocr-<dpi>.pickle``) and every page's OCR words are replayed from there
(``redact.pdf.ocr.ocr_words`` replaced in the measuring process); everything else is the real pipeline
as a batch worker runs it (``prepare_worker``: the analyzer built and frozen first).

Each measurement runs in a fresh process: the peak RSS (``VmHWM``) of the whole run, the RSS after
start-up, the highest RSS sampled (every 20 ms) in each stage (read, detect, burn, finish: side texts, scrub, save,
verify), the wall
time and the SHA-256 of the output (to check that a change leaves the bytes alone). With ``--repeat N``
the run is repeated N times (the machine may be shared: report the lower figure).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCAN = ROOT.parent / "shared" / "corpus" / "real-nl" / "wob_amsterdam_nyp_bijlagen_scanned_burned-in-boxes.pdf"


def ocr_cache(scan: Path, work: Path, dpi: int) -> Path:
    """The OCR words of each page of ``scan`` (read once, then kept in ``work``)."""
    import pymupdf

    from redact.pdf.ocr import ocr_words

    path = work / f"ocr-{dpi}.pickle"
    if not path.is_file():
        with pymupdf.open(scan) as doc:
            words = [ocr_words(page, dpi=dpi) for page in doc]
        path.write_bytes(pickle.dumps(words))
    return path


def long_document(scan: Path, pages: int, dst: Path, distinct: bool) -> None:
    """``scan`` repeated until ``pages`` pages (a file as long as a real one). ``distinct``: every copy's
    images get a key of their own (``/BenchCopy n``), so the output's garbage collection cannot merge
    them and the output is as long as the input, as for a real long scan."""
    import pymupdf

    if dst.is_file():
        return
    with pymupdf.open(scan) as src, pymupdf.open() as doc:
        while doc.page_count < pages:
            first = doc.page_count
            doc.insert_pdf(src, to_page=min(src.page_count, pages - doc.page_count) - 1)
            for pno in range(first, doc.page_count) if distinct else ():
                for img in doc.get_page_images(pno):
                    doc.xref_set_key(img[0], "BenchCopy", str(first))
        doc.save(dst)


def child(src: Path, dst: Path, cache: Path, period: int) -> None:
    """One measured run (in its own process)."""
    import threading

    import redact.pdf.ocr as ocr_module
    import redact.pipeline.document as document
    from redact.batch.tasks import prepare_worker
    from redact.rules import load_rules

    words = pickle.loads(cache.read_bytes())

    def replay(page, **_kw):  # type: ignore[no-untyped-def]
        return list(words[page.number % period])

    ocr_module.ocr_words = replay  # type: ignore[assignment]
    rules = load_rules()
    prepare_worker(rules)

    def rss(key: str = "VmRSS:") -> float:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(key):
                    return int(line.split()[1]) / 1024
        return 0.0

    start = rss()
    stage = ["read"]
    peaks: dict[str, float] = {}
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.02):
            peaks[stage[0]] = max(peaks.get(stage[0], 0.0), rss())

    def staged(name: str, fn):  # type: ignore[no-untyped-def]
        def wrapper(*a, **kw):  # type: ignore[no-untyped-def]
            stage[0] = name
            return fn(*a, **kw)
        return wrapper

    document.find = staged("detect", document.find)  # type: ignore[assignment]
    document.Burner = staged("burn", document.Burner)  # type: ignore[assignment]
    document.side_redactions = staged("finish", document.side_redactions)  # type: ignore[assignment]
    import redact.pdf.scrub as scrub_module
    import redact.pipeline.finish as finish_module

    for module, name, label in ((scrub_module, "scrub", "scrub"), (scrub_module, "to_bytes", "save"),
                                (scrub_module, "save_to", "save"), (finish_module, "_verify", "verify")):
        if hasattr(module, name):  # (an older checkout may lack some of them)
            setattr(module, name, staged(label, getattr(module, name)))
    threading.Thread(target=sample, daemon=True).start()
    t = time.perf_counter()
    rep = document.run_document(src, dst, rules=rules)
    wall = time.perf_counter() - t
    stop.set()
    peak = rss("VmHWM:")  # not ru_maxrss: after exec it still holds the parent's peak
    digest = hashlib.sha256(dst.read_bytes()).hexdigest()[:16] + f" ({dst.stat().st_size / 1e6:.0f} MB)"
    stages = ", ".join(f"{k} {v:.0f}" for k, v in peaks.items())
    print(f"pages {rep.result.pages}, boxes {len(rep.result.boxes)}, {wall:.1f} s; RSS after start-up "
          f"{start:.0f} MB, peak {peak:.0f} MB (sampled per stage: {stages}); output {digest}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--scan", type=Path, default=SCAN)
    ap.add_argument("--work", type=Path, default=Path("/tmp/redact-bench-longscan"))
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--distinct", action="store_true", help="images distinct per copy (output as long as input)")
    ap.add_argument("--child", nargs=4, metavar=("SRC", "DST", "CACHE", "PERIOD"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    if args.child:
        src, dst, cache, period = args.child
        child(Path(src), Path(dst), Path(cache), int(period))
        return
    if not args.scan.is_file():
        sys.exit(f"no scan at {args.scan}")
    import pymupdf

    args.work.mkdir(parents=True, exist_ok=True)
    with pymupdf.open(args.scan) as doc:
        period = doc.page_count
    cache = ocr_cache(args.scan, args.work, args.dpi)
    big = args.work / f"scan-{args.pages}p{'-distinct' if args.distinct else ''}.pdf"
    long_document(args.scan, args.pages, big, args.distinct)
    print(f"{big.name}: {big.stat().st_size / 1e6:.0f} MB, {args.pages} pages ({period}-page scan repeated)")
    for _ in range(args.repeat):
        out = args.work / "out.pdf"
        out.unlink(missing_ok=True)
        load = "load {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
        print(load, end="; ", flush=True)
        subprocess.run([sys.executable, __file__, "--child", str(big), str(out), str(cache), str(period)],
                       check=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"})


if __name__ == "__main__":
    main()
