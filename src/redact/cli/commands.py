"""The ``redact`` command line: thin commands over ``redact.api``.

Exit codes (``redact.errors.ExitCode``): 0 all documents done, 1 some documents failed (see
OUT/errors.csv), 2 usage error, 3 input error, 4 rules error, 5 leak found by verification,
6 output not writable, 70 internal error.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from redact.cli.group import cli
from redact.cli.options import (
    force_opt,
    jobs_opt,
    ocr_dpi_opt,
    ocr_opt,
    password_opt,
    public_opt,
    rules_for,
    rules_opt,
    text_layer_opt,
    text_opt,
    time_limit_opt,
    verify_opt,
)
from redact.errors import ExitCode, RedactError


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Output folder: redacted PDFs (same relative paths), inventarislijst.xlsx/.csv, "
                   "redaction-log.csv/.jsonl, errors.csv.")
@click.option("--from-list", "from_list", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Text file with one input path per line (after INPUTS; # starts a comment).")
@jobs_opt
@click.option("--executor", type=click.Choice(["auto", "serial", "process", "dask"]), default="auto",
              show_default=True,
              help="serial: in this process (a process per document under a time limit); process: a local "
                   "process pool; dask: a Dask cluster (--scheduler, or a local cluster; no time limit). "
                   "auto: dask with --scheduler, serial for --jobs 1 with --time-limit 0, else process.")
@click.option("--scheduler", metavar="tcp://HOST:PORT", default=None,
              help="Address of a running Dask scheduler (with --executor dask; shared file system assumed).")
@text_opt
@force_opt
@click.option("--consistent", is_flag=True,
              help="Two passes: a person identified in one document is redacted in every document of the batch.")
@click.option("--allow-nested-output", is_flag=True,
              help="Allow OUT inside an input folder (OUT's own files are never taken as inputs).")
@click.option("-q", "--quiet", is_flag=True, help="No progress output; print only the summary.")
@text_layer_opt
@ocr_opt
@ocr_dpi_opt
@rules_opt
@public_opt
@password_opt
@verify_opt
@time_limit_opt
@click.option("--max-pages", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Refuse documents with more pages.")
@click.option("--max-mb", type=click.FloatRange(min=0, min_open=True), default=2048.0, show_default=True,
              help="Refuse files larger than this many megabytes.")
def run(inputs: tuple[Path, ...], out_dir: Path, from_list: Path | None, jobs: int | None, executor: str,
        scheduler: str | None, text: bool, force: bool, consistent: bool, allow_nested_output: bool, quiet: bool,
        text_layer: bool,
        ocr: str, ocr_dpi: int, rules_dir: Path | None, public_list: Path | None, password: str | None,
        verification: str = "basic", time_limit: float = 300.0, max_pages: int = 10_000,
        max_mb: float = 2048.0) -> None:
    """Detect and redact personal data in INPUTS (PDF files or folders) into OUT, all proposals approved.

    Every output is verified by extracting it again; a document with a leak gets no output. A re-run
    skips finished documents and resumes an interrupted run. Exit code 0: all documents done, 1: some
    failed (OUT/errors.csv), 2: usage error.
    """
    from redact.api import run_batch
    from redact.cli.console import BatchProgress, print_summary
    from redact.execution import cpu_count
    from redact.pdf.triage import Limits

    rules = rules_for(rules_dir, public_list)
    limits = Limits(max_bytes=int(max_mb * 1024 * 1024), max_pages=max_pages, seconds=time_limit or None)
    try:
        with BatchProgress(quiet=quiet) as progress:
            summary = run_batch(
                inputs, out_dir, rules=rules, write_text=text, force=force, password=password,
                jobs=jobs or cpu_count(), executor=executor, scheduler=scheduler, from_list=from_list,
                allow_nested_output=allow_nested_output, observer=progress, verification=verification,
                limits=limits, ocr=ocr, ocr_dpi=ocr_dpi, text_layer=text_layer, consistent=consistent,
            )
    except KeyboardInterrupt:
        click.echo("Interrupted: finished documents are kept; a re-run resumes where this one stopped.",
                   err=True)
        raise
    print_summary(summary, out_dir)
    if summary.count("failed"):
        sys.exit(ExitCode.SOME_FAILED)


@cli.command()
@click.argument("pdf", type=click.Path(dir_okay=False, path_type=Path))
@ocr_opt
@ocr_dpi_opt
@rules_opt
@public_opt
@password_opt
def inspect(pdf: Path, ocr: str, ocr_dpi: int, rules_dir: Path | None, public_list: Path | None,
            password: str | None) -> None:
    """Print the personal data found in PDF as a table (nothing is written).

    The table shows the found text: it is meant for the person who holds the document.
    """
    from redact.api import propose
    from redact.cli.console import print_plan

    plan = propose(pdf, rules=rules_for(rules_dir, public_list), password=password, ocr=ocr, ocr_dpi=ocr_dpi)
    print_plan(plan)


@cli.command()
@click.argument("pdf", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--against", required=True, type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Review file (JSON with a 'proposals' list of text/status) or a sample's *.expected.yaml.")
def verify(pdf: Path, against: Path) -> None:
    """Check a redacted PDF: no redacted string may be found by any route.

    Searches the text of three extractors (PyMuPDF, pdftotext, pypdf), every stream and string in the
    file (also earlier revisions), metadata, annotations, bookmarks, attachments and form fields, and
    checks that images under boxes are blanked. Exit code 0: clean; 5: something found (the places are
    printed, never the text).
    """
    from redact.api import verify_file
    from redact.errors import VerifyFailedError

    report = verify_file(pdf, against)
    if not report.ok:
        raise VerifyFailedError(pdf, report.hits + report.failures)
    click.echo(f"{pdf}: verified clean ({', '.join(report.checked)})")


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--out", "workdir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Work folder: a review file (<name>.review.json) and an annotated PDF per document.")
@click.option("-q", "--quiet", is_flag=True, help="Print only the summary.")
@ocr_opt
@ocr_dpi_opt
@rules_opt
@public_opt
@password_opt
def propose(inputs: tuple[Path, ...], workdir: Path, quiet: bool, ocr: str, ocr_dpi: int, rules_dir: Path | None,
            public_list: Path | None, password: str | None) -> None:
    """Propose redactions for INPUTS (PDF files or folders) for review; nothing is burnt in.

    Writes per document WORKDIR/<name>.review.json (proposals with text and context), <name>.ocr.json
    (what OCR read on scanned pages; `apply` burns exactly that) and <name>.review.pdf (the proposals as
    redaction annotations, not applied); all CONFIDENTIAL, mode 0600. A re-run keeps every earlier
    decision whose proposal still exists. Next: `redact review WORKDIR`.
    """
    from redact.api import propose_review
    from redact.review.flow import ProposeOutcome

    def show(o: ProposeOutcome) -> None:
        if o.status == "ok":
            kept = f", {o.kept} decision(s) kept, {o.dropped} dropped" if o.kept or o.dropped else ""
            click.echo(f"ok      {o.relative}: {o.pages} p., {o.proposals} proposal(s){kept}")
        else:
            click.echo(f"failed  {o.error}", err=True)

    outcomes = propose_review(inputs, workdir, rules=rules_for(rules_dir, public_list), password=password, ocr=ocr,
                              ocr_dpi=ocr_dpi, progress=None if quiet else show)
    failed = sum(o.status == "failed" for o in outcomes)
    click.echo(f"{len(outcomes) - failed} document(s) proposed, {failed} failed, "
               f"{sum(o.proposals for o in outcomes)} proposal(s) in {workdir}/")
    if failed:
        sys.exit(ExitCode.SOME_FAILED)


@cli.command()
@click.argument("workdir", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--port", default=0, type=click.IntRange(0, 65535), show_default=True,
              help="Port on 127.0.0.1 (0: any free port).")
@click.option("--no-browser", is_flag=True, help="Do not open a browser; just print the URL.")
@password_opt
def review(workdir: Path, port: int, no_browser: bool, password: str | None) -> None:
    """Review the proposals in WORKDIR in the browser (a local app on 127.0.0.1).

    Prints http://127.0.0.1:PORT/?token=... on stdout; only requests with that token are answered.
    Every decision is saved at once in the review files. Stop with Ctrl+C.
    """
    from redact.web.server import serve

    def announce(url: str) -> None:
        click.echo(url)
        click.echo("Review app running; stop with Ctrl+C.", err=True)

    serve(workdir, port=port, open_browser=not no_browser, password=password, announce=announce)


@cli.command(name="apply")
@click.argument("workdir", type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Output folder: redacted PDFs, redaction-log.csv/.jsonl, errors.csv.")
@click.option("--approve-pending", is_flag=True, help="Approve undecided proposals (needs --by).")
@click.option("--by", default=None, help="Who approves the undecided proposals (with --approve-pending).")
@click.option("--reason", default="", help="Reason recorded with --approve-pending.")
@click.option("-q", "--quiet", is_flag=True, help="Print only the summary.")
@jobs_opt
@time_limit_opt
@verify_opt
@text_opt
@force_opt
@text_layer_opt
@rules_opt
@password_opt
def apply_cmd(workdir: Path, out_dir: Path, approve_pending: bool, by: str | None, reason: str, quiet: bool,
              jobs: int | None, time_limit: float, verification: str, text: bool, force: bool, text_layer: bool,
              rules_dir: Path | None, password: str | None) -> None:
    """Burn in the approved and added redactions of WORKDIR into OUT, verified like `run`.

    Refuses when proposals are still undecided (unless --approve-pending --by NAME) or when a source
    PDF changed since `redact propose`. Scanned pages are burnt with the OCR text the reviewer saw.
    Runs like `run` (--jobs, time limit, resume, inventory list); the log records decision, reviewer and
    time per box.
    """
    from redact.api import apply_review
    from redact.cli.console import print_outcome, print_summary

    if approve_pending and not (by and by.strip()):
        raise click.UsageError("--approve-pending needs --by NAME (who approves them)")
    from redact.execution import cpu_count
    from redact.pdf.triage import Limits

    summary = apply_review(workdir, out_dir, approve_pending_by=by if approve_pending else None,
                           reason=reason, password=password, progress=None if quiet else print_outcome,
                           jobs=jobs or cpu_count(), limits=Limits(seconds=time_limit or None),
                           verification=verification, text_layer=text_layer, write_text=text, force=force,
                           rules=rules_for(rules_dir, None))
    print_summary(summary, out_dir)
    if summary.count("failed"):
        sys.exit(ExitCode.SOME_FAILED)


@cli.command(name="eval")
@click.argument("directory", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--documents", type=click.Path(file_okay=False, exists=True, path_type=Path), default=None,
              help="Folder with the PDFs the expected-results files name, when they are not next to them.")
@click.option("--min-recall", multiple=True, metavar="[CAT=]X",
              help="Fail below this recall, for every category or one (NAAM=0.99); repeatable.")
@click.option("--min-precision", multiple=True, metavar="[CAT=]X",
              help="Fail below this precision, for every category or one; repeatable.")
@click.option("--min-keep", type=click.FloatRange(0, 1), default=None,
              help="Fail when fewer than this share of the public (keep) strings stay readable.")
@click.option("--min-public-kept", type=click.FloatRange(0, 1), default=None,
              help="Annotated persons: fail when fewer than this share of office holders' names stay readable.")
@click.option("--min-private-found", type=click.FloatRange(0, 1), default=None,
              help="Annotated persons: fail when fewer than this share of private persons' names are proposed.")
@click.option("--items/--no-items", default=True, show_default=True,
              help="List the missed and spurious strings (test documents only: they are personal data).")
@rules_opt
@public_opt
@ocr_opt
def eval_(directory: Path, documents: Path | None, min_recall: tuple[str, ...], min_precision: tuple[str, ...],
          min_keep: float | None, min_public_kept: float | None, min_private_found: float | None, items: bool,
          rules_dir: Path | None, public_list: Path | None, ocr: str) -> None:
    """Score the proposals on an annotated set: PDFs with expected-results files (*.expected.yaml), or
    texts with person annotations (<id>.txt + <id>.yaml, tests/data/realtext/<split>).

    Prints per-category precision and recall (occurrence level), public strings kept, and the missed
    and spurious items; for sets that annotate persons also public office holders kept, private persons
    found and stray findings. Exits 1 when a --min-* threshold is not met.
    """
    from redact.evaluation import evaluate_dir, failures, format_report, parse_thresholds

    report = evaluate_dir(directory, rules=rules_for(rules_dir, public_list), ocr=ocr, documents=documents)
    click.echo(format_report(report, items=items))
    problems = failures(report, min_recall=parse_thresholds(min_recall),
                        min_precision=parse_thresholds(min_precision), min_keep=min_keep,
                        min_public_kept=min_public_kept, min_private_found=min_private_found)
    for p in problems:
        click.echo(f"below threshold: {p}", err=True)
    if problems:
        sys.exit(ExitCode.SOME_FAILED)


@cli.command()
@click.argument("source", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("-o", "--out", "bundle", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the bundle: <dossier>/ and <dossier>.zip are written into it.")
@click.option("--dossier", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="YAML file with the dossier's settings (keys as in rules/publication.yaml).")
@click.option("--publisher", help="Publishing organisation: TOOI label, code or URI (e.g. \"gemeente Utrecht\").")
@click.option("--category", help="Woo information category (TOOI; default: Woo-verzoeken en -besluiten).")
@click.option("--kind", help="Document kind for every document (TOOI documentsoort; default: guessed).")
@click.option("--reference", help="Reference of the Woo request (names the bundle; DiWoo aggregatiekenmerk).")
@click.option("--title", help="Title of the dossier in the motivation report.")
@click.option("--pdfa", is_flag=True, help="Convert the PDFs to PDF/A-2b (Ghostscript) and check them again.")
@click.option("--rules", "rules_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="Folder with rules/*.yaml to use instead of the shipped rules.")
def publish(source: Path, bundle: Path, dossier: Path | None, publisher: str | None, category: str | None,
            kind: str | None, reference: str | None, title: str | None, pdfa: bool,
            rules_dir: Path | None) -> None:
    """Make the publication bundle of SOURCE, the output folder of `redact run` or `redact apply`.

    Writes BUNDLE/<dossier>/ with the redacted PDFs (language nl-NL, a title), per document DiWoo 0.9.8
    metadata (XML) and a publicatiebank JSON, the inventory list with duplicates marked, the redaction
    log and motivering.pdf (the motivation report), plus BUNDLE/<dossier>.zip. A review work folder must
    be applied first (`redact apply WORKDIR -o OUT`).
    """
    from redact.api import publish as api_publish

    result = api_publish(source, bundle, dossier=dossier, publisher=publisher, category=category, kind=kind,
                         reference=reference, title=title, pdfa=pdfa, rules_dir=rules_dir)
    for dup, of in result.duplicates.items():
        click.echo(f"duplicate: ID {dup} duplicates ID {of} (marked in the inventory list)")
    if result.failed_in_run:
        click.echo(f"note: {result.failed_in_run} document(s) failed in the run (errors.csv) and are not "
                   "in the bundle", err=True)
    click.echo(f"{result.documents} document(s), {result.redactions} redaction(s){' (PDF/A-2b)' if pdfa else ''}:"
               f" {result.folder}/ and {result.zip}")


def main() -> None:
    """Entry point: run the CLI and map errors to exit codes (the only place that does)."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as e:
        e.show()
        sys.exit(ExitCode.USAGE)
    except RedactError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(e.exit_code)
    except KeyboardInterrupt:
        click.echo("Interrupted; a re-run resumes where this one stopped.", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
