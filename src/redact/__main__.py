"""``python -m redact`` = the ``redact`` command."""

from redact.cli import main

main()
