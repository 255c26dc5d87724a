"""Detection of personal data in Dutch text: a Presidio analyzer for ``nl`` plus resolution.

Public interface (import the submodules; this package imports nothing heavy itself)::

    from redact.detect.engine import Detector, build_analyzer
    from redact.detect.resolve import resolve

    detector = Detector(rules)          # builds the analyzer once (~0.25 s after imports)
    findings = detector.analyze(text)   # list[Finding], resolved, sorted by start

Modules: ``engine`` (analyzer, Detector), ``recognizers/`` (one recognizer per module: e-mail, phone,
BSN, IBAN, address, date of birth, and names from headers, labels, letters, titles and e-mail
addresses), ``resolve`` (sanitise, allow-list, public officials, propagation, merge), ``allow``,
``public``, ``propagate``, ``textnorm`` (offset-preserving space normalisation), and
``names``/``scan``/``lexicon`` (the grammar and word lists of Dutch names).
"""
