"""Publication package for a finished redaction (``redact publish``): DiWoo metadata, inventory,
motivation report, accessible (optionally PDF/A) PDFs and a zip per dossier. See ``bundle.publish``."""
