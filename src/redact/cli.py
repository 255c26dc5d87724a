"""The ``redact`` command line: thin commands over ``redact.api`` and ``redact.batch``.

Exit codes (``redact.errors.ExitCode``): 0 all documents done, 1 some documents failed (see
OUT/errors.csv), 2 usage error, 3 input error, 4 rules error, 5 leak found by verification,
6 output not writable, 70 internal error.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from redact.errors import ExitCode, RedactError


def _rules(rules_dir: Path | None, public_list: Path | None):  # type: ignore[no-untyped-def]
    from redact.rules import load_rules

    rules = load_rules(rules_dir)
    if public_list is not None:
        names = tuple(line.strip() for line in public_list.read_text(encoding="utf-8").splitlines()
                      if line.strip() and not line.lstrip().startswith("#"))
        rules = rules.with_public_persons(names)
    return rules


_rules_opt = click.option("--rules", "rules_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
                          help="Folder with rules/*.yaml to use instead of the shipped rules.")
_public_opt = click.option("--public-list", type=click.Path(dir_okay=False, exists=True, path_type=Path),
                           help="Text file with names of public persons for this dossier (one per line).")
_password_opt = click.option("--password", default=None, help="Password of encrypted PDFs (never logged).")
_ocr_opt = click.option("--ocr", type=click.Choice(["auto", "force", "off"]), default="auto", show_default=True,
                        help="OCR scanned pages (Tesseract, Dutch); 'force' also re-reads old OCR layers.")
_ocr_dpi_opt = click.option("--ocr-dpi", type=click.IntRange(100, 600), default=300, show_default=True,
                            help="Resolution at which scanned pages are read.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="redact")
def cli() -> None:
    """Redact personal data in Dutch government PDFs for publication under the Woo."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Output folder: redacted PDFs (same relative paths), redaction-log.csv/.jsonl, errors.csv.")
@click.option("--text/--no-text", default=False, help="Also write the redacted plain text next to each PDF.")
@click.option("--force", is_flag=True, help="Redo documents that a previous run already finished.")
@click.option("-q", "--quiet", is_flag=True, help="Print only the summary.")
@click.option("--text-layer/--no-text-layer", default=True, show_default=True,
              help="Give OCR'd pages an invisible text layer (minus the redacted words).")
@_ocr_opt
@_ocr_dpi_opt
@_rules_opt
@_public_opt
@_password_opt
def run(inputs: tuple[Path, ...], out_dir: Path, text: bool, force: bool, quiet: bool, text_layer: bool,
        ocr: str, ocr_dpi: int, rules_dir: Path | None, public_list: Path | None, password: str | None) -> None:
    """Detect and redact personal data in INPUTS (PDF files or folders) into OUT, all proposals approved.

    Every output is verified by extracting it again; a document with a leak gets no output.
    """
    from redact.batch import run_batch
    from redact.console import print_outcome, print_summary

    rules = _rules(rules_dir, public_list)
    summary = run_batch(inputs, out_dir, rules=rules, write_text=text, force=force, password=password,
                        progress=None if quiet else print_outcome, ocr=ocr, ocr_dpi=ocr_dpi,
                        text_layer=text_layer)
    print_summary(summary, out_dir)
    if summary.count("failed"):
        sys.exit(ExitCode.SOME_FAILED)


@cli.command()
@click.argument("pdf", type=click.Path(dir_okay=False, path_type=Path))
@_ocr_opt
@_ocr_dpi_opt
@_rules_opt
@_public_opt
@_password_opt
def inspect(pdf: Path, ocr: str, ocr_dpi: int, rules_dir: Path | None, public_list: Path | None,
            password: str | None) -> None:
    """Print the personal data found in PDF as a table (nothing is written).

    The table shows the found text: it is meant for the person who holds the document.
    """
    from redact.api import propose
    from redact.console import print_plan

    plan = propose(pdf, rules=_rules(rules_dir, public_list), password=password, ocr=ocr, ocr_dpi=ocr_dpi)
    print_plan(plan)


@cli.command(name="eval")
@click.argument("directory", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--min-recall", multiple=True, metavar="[CAT=]X",
              help="Fail below this recall, for every category or one (NAAM=0.99); repeatable.")
@click.option("--min-precision", multiple=True, metavar="[CAT=]X",
              help="Fail below this precision, for every category or one; repeatable.")
@click.option("--min-keep", type=click.FloatRange(0, 1), default=None,
              help="Fail when fewer than this share of the public (keep) strings stay readable.")
@click.option("--items/--no-items", default=True, show_default=True,
              help="List the missed and spurious strings (test documents only: they are personal data).")
@_rules_opt
@_public_opt
def eval_(directory: Path, min_recall: tuple[str, ...], min_precision: tuple[str, ...], min_keep: float | None,
          items: bool, rules_dir: Path | None, public_list: Path | None) -> None:
    """Score the proposals on a document set with expected-results files (*.expected.yaml).

    Prints per-category precision and recall (occurrence level), public strings kept, and the missed
    and spurious items; exits 1 when a --min-* threshold is not met.
    """
    from redact.evaluate import evaluate_dir, failures, format_report, parse_thresholds

    report = evaluate_dir(directory, rules=_rules(rules_dir, public_list))
    click.echo(format_report(report, items=items))
    problems = failures(report, min_recall=parse_thresholds(min_recall),
                        min_precision=parse_thresholds(min_precision), min_keep=min_keep)
    for p in problems:
        click.echo(f"below threshold: {p}", err=True)
    if problems:
        sys.exit(ExitCode.SOME_FAILED)


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
