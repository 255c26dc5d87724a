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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="redact")
def cli() -> None:
    """Redact personal data in Dutch government PDFs for publication under the Woo."""


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Output folder: redacted PDFs (same relative paths), inventarislijst.xlsx/.csv, "
                   "redaction-log.csv/.jsonl, errors.csv.")
@click.option("--from-list", "from_list", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Text file with one input path per line (after INPUTS; # starts a comment).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Documents processed at the same time (default: the number of cores).")
@click.option("--executor", type=click.Choice(["auto", "serial", "process", "dask"]), default="auto",
              show_default=True,
              help="serial: in this process; process: a local process pool; dask: a Dask cluster "
                   "(--scheduler, or a local cluster). auto: dask with --scheduler, serial for --jobs 1, "
                   "else process.")
@click.option("--scheduler", metavar="tcp://HOST:PORT", default=None,
              help="Address of a running Dask scheduler (with --executor dask; shared file system assumed).")
@click.option("--text/--no-text", default=False, help="Also write the redacted plain text next to each PDF.")
@click.option("--force", is_flag=True, help="Redo documents that a previous run already finished.")
@click.option("--allow-nested-output", is_flag=True,
              help="Allow OUT inside an input folder (OUT's own files are never taken as inputs).")
@click.option("-q", "--quiet", is_flag=True, help="No progress output; print only the summary.")
@_rules_opt
@_public_opt
@_password_opt
def run(inputs: tuple[Path, ...], out_dir: Path, from_list: Path | None, jobs: int | None, executor: str,
        scheduler: str | None, text: bool, force: bool, allow_nested_output: bool, quiet: bool,
        rules_dir: Path | None, public_list: Path | None, password: str | None) -> None:
    """Detect and redact personal data in INPUTS (PDF files or folders) into OUT, all proposals approved.

    Every output is verified by extracting it again; a document with a leak gets no output. A re-run
    skips finished documents and resumes an interrupted run. Exit code 0: all documents done, 1: some
    failed (OUT/errors.csv), 2: usage error.
    """
    from redact.batch import run_batch
    from redact.console import BatchProgress, print_summary
    from redact.executor import cpu_count

    rules = _rules(rules_dir, public_list)
    try:
        with BatchProgress(quiet=quiet) as progress:
            summary = run_batch(
                inputs, out_dir, rules=rules, write_text=text, force=force, password=password,
                jobs=jobs or cpu_count(), executor=executor, scheduler=scheduler, from_list=from_list,
                allow_nested_output=allow_nested_output, observer=progress,
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
@_rules_opt
@_public_opt
@_password_opt
def inspect(pdf: Path, rules_dir: Path | None, public_list: Path | None, password: str | None) -> None:
    """Print the personal data found in PDF as a table (nothing is written).

    The table shows the found text: it is meant for the person who holds the document.
    """
    from redact.api import propose
    from redact.console import print_plan

    plan = propose(pdf, rules=_rules(rules_dir, public_list), password=password)
    print_plan(plan)


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
