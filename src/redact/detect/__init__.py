"""Detection of personal data in Dutch text: a Presidio analyzer for ``nl`` plus resolution."""
