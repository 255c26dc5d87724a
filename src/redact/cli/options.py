"""Options shared by several ``redact`` commands, and the rules they select."""

from __future__ import annotations

from pathlib import Path

import click

from redact.rules import Rules


def rules_for(rules_dir: Path | None, public_list: Path | None) -> Rules:
    """The rules of ``--rules`` (or the shipped ones) with the public persons of ``--public-list``."""
    from redact.publiclist import read_public_list
    from redact.rules import load_rules

    rules = load_rules(rules_dir)
    if public_list is not None:
        rules = rules.with_public_persons(read_public_list(public_list))
    return rules


rules_opt = click.option("--rules", "rules_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
                          help="Folder with rules/*.yaml to use instead of the shipped rules.")
public_opt = click.option("--public-list", type=click.Path(dir_okay=False, exists=True, path_type=Path),
                           help="Public office holders of this dossier: a text file (one name per line) or "
                                "CSV/XLSX/YAML with name, function, organisation, period (see README).")
password_opt = click.option("--password", default=None, help="Password of encrypted PDFs (never logged).")
ocr_opt = click.option("--ocr", type=click.Choice(["auto", "force", "off"]), default="auto", show_default=True,
                        help="OCR scanned pages (Tesseract, Dutch); 'force' also re-reads old OCR layers.")
ocr_dpi_opt = click.option("--ocr-dpi", type=click.IntRange(100, 600), default=300, show_default=True,
                            help="Resolution at which scanned pages are read.")


jobs_opt = click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
                        help="Documents processed at the same time (default: the number of cores).")
verify_opt = click.option("--verify", "verification", type=click.Choice(["basic", "full"]), default="basic",
                          show_default=True,
                          help="basic: re-extract with PyMuPDF; full: also pdftotext, pypdf, raw file scan, images.")
time_limit_opt = click.option("--time-limit", type=click.FloatRange(min=0), default=300.0, show_default=True,
                              help="Seconds per document before its worker is stopped and the document reported "
                                   "(0: none).")
text_opt = click.option("--text/--no-text", default=False, help="Also write the redacted plain text next to each PDF.")
force_opt = click.option("--force", is_flag=True, help="Redo documents that a previous run already finished.")
text_layer_opt = click.option("--text-layer/--no-text-layer", default=True, show_default=True,
                              help="Give OCR'd pages an invisible text layer (minus the redacted words).")
