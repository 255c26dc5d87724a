"""The ``redact`` command line (thin commands over ``redact.api``) and its console output."""

from __future__ import annotations

from redact.cli.commands import cli, main

__all__ = ["cli", "main"]
