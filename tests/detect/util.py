"""Helpers for the detection tests: which strings were found, and which characters are covered."""

from __future__ import annotations

import re
from collections.abc import Iterable

from redact.models import Finding


def texts(findings: Iterable[Finding], *entities: str) -> set[str]:
    """The texts of the findings (of the given categories)."""
    return {f.text for f in findings if not entities or f.entity in entities}


def covered(findings: Iterable[Finding], length: int) -> list[bool]:
    mask = [False] * length
    for f in findings:
        for i in range(f.start, f.end):
            mask[i] = True
    return mask


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Whole-word, case-sensitive occurrences of ``needle``."""
    rx = re.compile(rf"(?<![\w@.]){re.escape(needle)}(?![\w@])")
    return [m.span() for m in rx.finditer(text)]


def fully_covered(text: str, findings: list[Finding], needle: str) -> bool:
    """Every occurrence of ``needle`` is entirely inside findings (and there is at least one)."""
    mask = covered(findings, len(text))
    spans = occurrences(text, needle)
    return bool(spans) and all(all(mask[s:e]) for s, e in spans)


def untouched(text: str, findings: list[Finding], needle: str) -> bool:
    """No character of any occurrence of ``needle`` is inside a finding (and it does occur)."""
    mask = covered(findings, len(text))
    spans = occurrences(text, needle)
    return bool(spans) and not any(any(mask[s:e]) for s, e in spans)


def assert_kept(text: str, *names: str) -> None:
    """``analyze_text`` leaves every occurrence of each of ``names`` readable."""
    from redact.api import analyze_text

    findings = analyze_text(text)
    for name in names:
        assert untouched(text, findings, name), (name, [f.text for f in findings])


def assert_found(text: str, *names: str) -> None:
    """``analyze_text`` proposes every occurrence of each of ``names`` in full."""
    from redact.api import analyze_text

    findings = analyze_text(text)
    for name in names:
        assert fully_covered(text, findings, name), (name, [f.text for f in findings])
