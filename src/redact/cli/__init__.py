"""The ``redact`` command line (thin commands over ``redact.api``) and its console output."""

from __future__ import annotations

import redact.cli.decisions  # noqa: F401  (registers decide and persons)
from redact.cli.commands import main
from redact.cli.group import cli

__all__ = ["cli", "main"]
