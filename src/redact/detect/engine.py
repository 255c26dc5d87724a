"""The Presidio analyzer for Dutch, built without downloading anything, and the ``Detector``.

``build_analyzer(rules)`` returns an ``AnalyzerEngine`` for language ``nl`` whose NLP engine is
``spacy.blank("nl")`` (a tokenizer, no model) whose lemmas are the lower-case token texts, so that
Presidio's context enhancement (``LemmaContextAwareEnhancer``) can match context words such as "bsn"
or "telefoon". Only the recognizers of ``redact.detect.recognizers`` are
registered: Presidio's predefined recognizers (English, tldextract downloads) are never loaded.

``Detector(rules)`` builds the analyzer once (reuse it for many texts; build one per worker
process) and ``Detector.analyze(text)`` returns resolved findings (see ``resolve``).

Guarantees: nothing is downloaded or read from the network, start-up takes well under 2 s (≈1 s
including imports, ≈120 MB RSS), and no personal data reaches log messages (Presidio's own records
below WARNING, which can quote context words, are filtered out) or exceptions raised from here.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import Any

import spacy
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc

from redact.detect.recognizers import default_recognizers
from redact.detect.recognizers.base import EVIDENCE_KEY, LANGUAGE
from redact.detect.resolve import resolve
from redact.detect.textnorm import normalize
from redact.errors import RedactError
from redact.models import Finding
from redact.rules import Rules

log = logging.getLogger(__name__)



class _QuietBelowWarning(logging.Filter):
    """Presidio's debug/info records can quote words of the analysed text ("Context list is: …"):
    drop them so that no personal data reaches any log handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING


def _silence_presidio() -> None:
    presidio_log = logging.getLogger("presidio-analyzer")
    if not any(isinstance(f, _QuietBelowWarning) for f in presidio_log.filters):
        presidio_log.addFilter(_QuietBelowWarning())


class _TokenStarts(list[int]):
    """Token start offsets that also know each token's end (for a binary search of a match's token)."""

    ends: list[int]


class _Keywords(list[str]):
    """Presidio's keyword list with a set behind ``in``: the context enhancer asks ``lemma in keywords``
    for every word it looks at, which on a list costs the length of the document each time."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self._set = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self._set


class _LazyArtifacts(NlpArtifacts):
    """The NLP artifacts of a text, made on first use. Only Presidio's context enhancement reads them,
    and only for results of recognizers with context words (e-mail, phone, BSN, IBAN, licence plate):
    a text without such a result is never tokenized."""

    def __init__(self, engine: SpacyNlpEngine, text: str, language: str) -> None:  # no super(): lazy
        self._engine, self._text, self._language = engine, text, language
        self._made: NlpArtifacts | None = None

    def _get(self) -> NlpArtifacts:
        if self._made is None:
            self._made = self._engine.process_text(self._text, self._language)
        return self._made

    tokens = property(lambda self: self._get().tokens)
    tokens_indices = property(lambda self: self._get().tokens_indices)
    lemmas = property(lambda self: self._get().lemmas)
    keywords = property(lambda self: self._get().keywords)
    entities = property(lambda self: self._get().entities)
    scores = property(lambda self: self._get().scores)
    nlp_engine = property(lambda self: self._engine)


class BlankDutchNlpEngine(SpacyNlpEngine):
    """A SpacyNlpEngine over ``spacy.blank("nl")``: the tokenizer only, no NER, no model download (the
    parent's ``load`` would try to download ``nl_core_news_sm``).

    Blank Dutch has no lemmatizer; the lower-case token text is the lemma (enough for context words).
    The artifacts are built from the tokenizer's arrays rather than token by token, and stop-word and
    punctuation lookups are memoised: the same values as the parent's, a fraction of the time."""

    def __init__(self) -> None:
        super().__init__(
            models=[{"lang_code": LANGUAGE, "model_name": "blank:nl"}],
            ner_model_configuration=NerModelConfiguration(labels_to_ignore=[]),
        )
        self._stop: dict[str, bool] = {}
        self._punct: dict[str, bool] = {}

    def load(self) -> None:
        self.nlp = {LANGUAGE: spacy.blank(LANGUAGE)}  # type: ignore[assignment]

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        return self._artifacts(self.get_nlp(language)(text), text, language)

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        return self._artifacts(doc, doc.text, language)

    def _artifacts(self, doc: Doc, text: str, language: str) -> NlpArtifacts:
        arr = doc.to_array([IDX, LENGTH]).tolist() if len(doc) else []
        starts = _TokenStarts(i for i, _ in arr)
        starts.ends = [i + n for i, n in arr]
        lemmas = [text[i : i + n].lower() for i, n in arr]
        art = NlpArtifacts(entities=[], tokens=doc, tokens_indices=starts, lemmas=lemmas, nlp_engine=self,
                           language=language, scores=[])
        art.keywords = _Keywords(art.keywords)
        return art

    def is_stopword(self, word: str, language: str) -> bool:
        hit = self._stop.get(word)
        if hit is None:
            hit = self._stop[word] = bool(super().is_stopword(word, language))
        return hit

    def is_punct(self, word: str, language: str) -> bool:
        hit = self._punct.get(word)
        if hit is None:
            hit = self._punct[word] = bool(super().is_punct(word, language))
        return hit


class _ContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer, minus two costs that grow with the text: it deep-copies only
    the results of recognizers that have context words (the others it would skip unchanged), and it
    finds a match's token by binary search instead of walking all tokens from the start."""

    def enhance_using_context(self, text: str, raw_results: list[RecognizerResult], nlp_artifacts: NlpArtifacts,
                              recognizers: list[EntityRecognizer],
                              context: list[str] | None = None) -> list[RecognizerResult]:
        with_context = {r.id for r in recognizers if r.context}
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        picked = [i for i, r in enumerate(raw_results) if (r.recognition_metadata or {}).get(key) in with_context]
        out = list(raw_results)
        if picked:
            enhanced = super().enhance_using_context(text, [raw_results[i] for i in picked], nlp_artifacts,
                                                     recognizers, context)
            for i, r in zip(picked, enhanced, strict=True):
                out[i] = r
        return out

    @staticmethod
    def _find_index_of_match_token(word: str, start: int, tokens: Any, tokens_indices: list[int]) -> int:
        ends = getattr(tokens_indices, "ends", None)
        if ends is None:
            return LemmaContextAwareEnhancer._find_index_of_match_token(word, start, tokens, tokens_indices)
        # the parent's rule: the first token that starts at ``start`` or ends after it
        i = bisect_right(ends, start)
        if i >= len(ends):
            raise ValueError("a match lies beyond the last token")
        return i


def build_analyzer(
    rules: Rules, *, extra_recognizers: Iterable[EntityRecognizer] = ()
) -> AnalyzerEngine:
    """An AnalyzerEngine for ``nl`` with our recognizers (plus ``extra_recognizers``, e.g. a name
    gazetteer added later). Never downloads; heavy enough (≈0.25 s + imports) to build once."""
    _silence_presidio()
    nlp_engine = BlankDutchNlpEngine()
    nlp_engine.load()
    recognizers: list[EntityRecognizer] = default_recognizers(rules) + list(extra_recognizers)
    registry = RecognizerRegistry(recognizers=recognizers, supported_languages=[LANGUAGE])
    enhancer = _ContextEnhancer(
        context_similarity_factor=0.35,
        min_score_with_context_similarity=0.4,
        context_prefix_count=5,
        context_suffix_count=0,
        context_matching_mode="whole_word",
    )
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=[LANGUAGE],
        context_aware_enhancer=enhancer,
    )


def to_finding(text: str, r: RecognizerResult) -> Finding:
    """A Finding from a Presidio result, with our evidence plus the context word that raised it."""
    meta: dict[str, Any] = r.recognition_metadata or {}
    evidence = tuple(meta.get(EVIDENCE_KEY, ()))
    explanation = r.analysis_explanation
    word = getattr(explanation, "supportive_context_word", "") if explanation is not None else ""
    if word:
        evidence += (f"context:{word}",)
    recognizer = str(meta.get(RecognizerResult.RECOGNIZER_NAME_KEY, "unknown"))
    return Finding(
        entity=r.entity_type,
        start=r.start,
        end=r.end,
        score=round(float(r.score), 4),
        recognizer=recognizer,
        text=text[r.start : r.end],
        evidence=evidence,
    )


class Detector:
    """Detection of personal data in Dutch text. Build once (≈0.25 s after imports), reuse."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self.analyzer = build_analyzer(rules)

    def raw(self, text: str) -> list[Finding]:
        """The recognizers' findings before resolution (for diagnostics and tests)."""
        if not text.strip():
            return []
        norm = normalize(text)  # no-break spaces -> spaces, offsets unchanged
        try:
            artifacts = _LazyArtifacts(self.analyzer.nlp_engine, norm, LANGUAGE)  # type: ignore[arg-type]
            results = self.analyzer.analyze(text=norm, language=LANGUAGE, return_decision_process=True,
                                            nlp_artifacts=artifacts)
        except ValueError as e:
            # Presidio's messages can quote the analysed text: do not chain them.
            log.error("analyzer failed (%s)", type(e).__name__)
            raise RedactError(
                "detection failed inside the Presidio analyzer; this is a bug, please report it"
            ) from None
        return [to_finding(text, r) for r in results]

    def analyze(self, text: str, known_persons: Sequence[str] = ()) -> list[Finding]:
        """Resolved findings for ``text`` (merged, propagated, public officials and allow-listed
        items removed), sorted by start offset. ``known_persons``: names found in other documents of
        the batch, propagated here too (``detect.consistent``)."""
        return resolve(text, self.raw(text), self.rules, known_persons)
