"""Shared plumbing for our Presidio recognizers: results that carry evidence, text helpers.

Every recognizer here is registered for language ``nl`` only and reports category names from
``rules/categories.yaml`` as Presidio entity types. Each result carries a tuple of short evidence
strings in ``recognition_metadata[EVIDENCE_KEY]`` (never personal data: labels, cues, checksums).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, ClassVar

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.rules import Rules

EVIDENCE_KEY = "redact_evidence"
LANGUAGE = "nl"

_URLISH = re.compile(r"@|://|www\.|\[at\]|\(at\)", re.IGNORECASE)


def make_result(
    recognizer: LocalRecognizer,
    entity: str,
    start: int,
    end: int,
    score: float,
    evidence: tuple[str, ...],
) -> RecognizerResult:
    """A RecognizerResult with our evidence attached (and an explanation Presidio can annotate)."""
    name = str(getattr(recognizer, "name", type(recognizer).__name__))
    explanation = AnalysisExplanation(
        recognizer=name,
        original_score=score,
        textual_explanation=", ".join(evidence),
    )
    return RecognizerResult(
        entity_type=entity,
        start=start,
        end=end,
        score=score,
        analysis_explanation=explanation,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
            EVIDENCE_KEY: evidence,
        },
    )


def tag(results: list[RecognizerResult], evidence: tuple[str, ...]) -> list[RecognizerResult]:
    """Attach ``evidence`` to results made by Presidio's own PatternRecognizer machinery."""
    for r in results:
        meta: dict[str, Any] = r.recognition_metadata or {}
        meta[EVIDENCE_KEY] = tuple(meta.get(EVIDENCE_KEY, ())) + evidence
        r.recognition_metadata = meta
    return results


def in_url_or_email(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` lies inside a whitespace-delimited token that is an e-mail
    address or a URL."""
    left = start
    while left > 0 and not text[left - 1].isspace() and text[left - 1] not in "<>()\"":
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace() and text[right] not in "<>()\"":
        right += 1
    return bool(_URLISH.search(text, left, right))


class RulesRecognizer(LocalRecognizer):
    """A LocalRecognizer for ``nl`` that knows the rules. Subclasses set NAME, ENTITIES, CONTEXT
    and implement ``analyze``."""

    NAME: ClassVar[str] = "RulesRecognizer"
    ENTITIES: ClassVar[tuple[str, ...]] = ()
    CONTEXT: ClassVar[tuple[str, ...]] = ()

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        super().__init__(
            supported_entities=list(self.ENTITIES),
            name=self.NAME,
            supported_language=LANGUAGE,
            context=list(self.CONTEXT),
        )

    def load(self) -> None:
        """Nothing to load: everything is built in ``__init__`` (no downloads, no files)."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        raise NotImplementedError


_NOT_BEFORE_NAME = re.compile(r"[\w@'’]")  # a name does not continue a word, an address or a quote


_ESCAPED = re.compile(r"\\(.)")


@lru_cache(maxsize=4096)
def _literal(regex: str) -> re.Pattern[str] | str:
    """``regex`` compiled, or the plain string it stands for when it is one (``Peters``, ``J\\.A\\.``): most
    names of a document are, and ``str.find`` needs no compilation."""
    plain = _ESCAPED.sub(r"\1", regex)
    return plain if plain and re.escape(plain) == regex else re.compile(regex)


def name_occurrences(text: str, regex: str, ending: re.Pattern[str]) -> Iterator[tuple[int, int, re.Match[str]]]:
    r"""``(start, end, ending_match)`` of every occurrence that ``finditer`` of
    ``(?<![\w@'’])<regex><ending>`` would give, where ``regex`` is a name's small literal pattern (one
    match length per start, as literal words joined by ``[ \t]+`` have) and ``ending`` a compiled
    pattern matched where it ends. The name's pattern is compiled once per process (cached) and the
    guards are compiled once: a document's many names cost no regex compilation each."""
    core = _literal(regex)
    pos = 0
    while True:
        if isinstance(core, str):
            if (s := text.find(core, pos)) < 0:
                return
            e = s + len(core)
        elif (m := core.search(text, pos)) is not None:
            s, e = m.span()
        else:
            return
        end = ending.match(text, e) if s == 0 or not _NOT_BEFORE_NAME.match(text, s - 1) else None
        if end is None:
            pos = s + 1
            continue
        yield s, end.end(), end
        pos = end.end() if end.end() > s else s + 1
