"""The ``redact`` command group; the commands register themselves on it (``commands``, ``decisions``)."""

from __future__ import annotations

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="redact")
def cli() -> None:
    """Redact personal data in Dutch government PDFs for publication under the Woo."""
