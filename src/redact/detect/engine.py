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
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
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
    and only for results of recognizers with context words (e-mail, phone, BSN, IBAN, licence plate);
    ``_ContextEnhancer`` asks ``context_words`` first, which tokenizes a window around the match, so
    the whole text is tokenized only when a window cannot stand in (white space at the text's ends)."""

    def __init__(self, engine: SpacyNlpEngine, text: str, language: str) -> None:  # no super(): lazy
        self._engine, self._text, self._language = engine, text, language
        self._made: NlpArtifacts | None = None
        self._colon_parts: frozenset[str] | None = None

    def _get(self) -> NlpArtifacts:
        if self._made is None:
            self._made = self._engine.process_text(self._text, self._language)
        return self._made

    def context_words(self, start: int, prefix: int, suffix: int) -> list[str] | None:
        """What ``LemmaContextAwareEnhancer._extract_surrounding_words`` returns for a match at
        ``start`` (``prefix``/``suffix``: its word counts), from the tokens of a window around the
        match instead of the whole text; None when the window cannot stand in (the caller then
        tokenizes the whole text). See ``_window_context``."""
        if self._made is not None or not isinstance(self._engine, BlankDutchNlpEngine):
            return None
        if self._colon_parts is None:
            self._colon_parts = _colon_parts(self._engine, self._text, self._language)
        return _window_context(self._engine, self._text, self._language, self._colon_parts, start, prefix, suffix)

    tokens = property(lambda self: self._get().tokens)
    tokens_indices = property(lambda self: self._get().tokens_indices)
    lemmas = property(lambda self: self._get().lemmas)
    keywords = property(lambda self: self._get().keywords)
    entities = property(lambda self: self._get().entities)
    scores = property(lambda self: self._get().scores)
    nlp_engine = property(lambda self: self._engine)


_CONTEXT_WINDOW = 64  # characters on either side of a match tokenized first (widened when too few)
_COLON_RUN = re.compile(r"\S*:\S*")  # a run of non-space characters holding a ":"


def _filtered(engine: BlankDutchNlpEngine, lemma: str, language: str) -> bool:
    """``NlpArtifacts.set_keywords``' test for one lemma."""
    return not (engine.is_stopword(lemma, language) or engine.is_punct(lemma, language)
                or lemma in ("-PRON-", "be"))


def _colon_parts(engine: BlankDutchNlpEngine, text: str, language: str) -> frozenset[str]:
    """The keyword entries that ``set_keywords`` draws from lemmas with a ":" (each lemma that passes
    its test is split at ":" and the parts become keywords too). spaCy tokenizes every run of
    non-space characters on its own, so the tokens with a ":" are those of the runs with one."""
    tokenizer = engine.get_nlp(language).tokenizer
    parts: set[str] = set()
    for run in dict.fromkeys(_COLON_RUN.findall(text)):
        for token in tokenizer(run):
            lemma = token.text.lower()
            if ":" in lemma and _filtered(engine, lemma, language):
                parts.update(lemma.lower().split(":"))
    return frozenset(parts)


def _window_context(engine: BlankDutchNlpEngine, text: str, language: str, colon_parts: frozenset[str],
                    start: int, prefix: int, suffix: int) -> list[str] | None:
    """Presidio's context words of a match at ``start`` (``_extract_surrounding_words``: from the
    match's token, up to ``prefix + 1`` keywords backwards and ``suffix + 1`` forwards), computed on
    a window of the text.

    Exact because spaCy tokenizes each run of non-space characters by itself: a window that starts
    where such a run starts and ends where one ends yields exactly the whole text's tokens in that
    stretch. It is widened until both walks end inside it or at an end of the text. A lemma is a
    keyword of the whole text (``set_keywords``) when it passes the stop-word/punctuation test
    itself and holds no ":", or when it is a part of a lemma with a ":" (``colon_parts``). A test
    compares this with Presidio's computation on the whole text."""
    n = len(text)
    if not 0 <= start < n or text[start].isspace():
        return None
    tokenizer = engine.get_nlp(language).tokenizer
    size = _CONTEXT_WINDOW
    while True:
        ws = max(0, start - size)
        while ws > 0 and not text[ws - 1].isspace():
            ws -= 1  # back to the start of the run the window would cut
        while text[ws].isspace():
            ws += 1  # a window never starts in white space (the whole text splits it differently)
        we = min(n, start + size)
        while we < n and not text[we].isspace():
            we += 1  # on to the end of the run
        while text[we - 1].isspace():
            we -= 1
        doc = tokenizer(text[ws:we])
        arr = doc.to_array([IDX, LENGTH]).tolist() if len(doc) else []
        ends = [ws + i + k for i, k in arr]
        index = bisect_right(ends, start)
        lemmas = [text[ws + i : ws + i + k].lower() for i, k in arr]

        def keyword(lemma: str) -> bool:
            low = lemma.lower()
            return low in colon_parts or (":" not in low and _filtered(engine, lemma, language))

        back, back_done = _walk(lemmas, index, -1, prefix + 1, keyword)
        forward, forward_done = _walk(lemmas, index, 1, suffix + 1, keyword)
        if index < len(lemmas) and (back_done or ws == 0) and (forward_done or we == n):
            return list({*back, *forward})
        if not text[:ws].strip() and not text[we:].strip():
            return None  # the window holds every run: only white space is left for the walks
        size *= 4


def _walk(lemmas: Sequence[str], index: int, step: int, count: int,
          keyword: Callable[[str], bool]) -> tuple[list[str], bool]:
    """``LemmaContextAwareEnhancer._add_n_words``: up to ``count`` keywords (lower case) from ``index``
    on in direction ``step``; and whether it found that many (else it ran off ``lemmas``)."""
    words: list[str] = []
    i = index
    while 0 <= i < len(lemmas) and len(words) < count:
        if keyword(lemmas[i]):
            words.append(lemmas[i].lower())
        i += step
    return words, len(words) == count


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

    def _extract_surrounding_words(self, nlp_artifacts: NlpArtifacts, word: str, start: int) -> list[str]:
        if isinstance(nlp_artifacts, _LazyArtifacts):
            words = nlp_artifacts.context_words(start, self.context_prefix_count, self.context_suffix_count)
            if words is not None:
                return words
        return list(super()._extract_surrounding_words(nlp_artifacts, word, start))

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


_RAW_CACHE_CHARS = 2_000
_RAW_CACHE_SIZE = 4_096


class Detector:
    """Detection of personal data in Dutch text. Build once (≈0.25 s after imports), reuse."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self.analyzer = build_analyzer(rules)
        self._raw_cache: dict[str, tuple[Finding, ...]] = {}

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

    def raw_cached(self, text: str) -> tuple[Finding, ...]:
        """``raw(text)``, remembered for short texts (≤ ``_RAW_CACHE_CHARS``): the findings are a pure
        function of the text, and the texts outside the pages (producer, creator, a title) recur across
        the documents of a batch. At most ``_RAW_CACHE_SIZE`` texts are kept (then it starts afresh)."""
        if len(text) > _RAW_CACHE_CHARS:
            return tuple(self.raw(text))
        hit = self._raw_cache.get(text)
        if hit is None:
            if len(self._raw_cache) >= _RAW_CACHE_SIZE:
                self._raw_cache.clear()
            hit = self._raw_cache[text] = tuple(self.raw(text))
        return hit

    def analyze(self, text: str, known_persons: Sequence[str] = (), known_public: Sequence[str] = (),
                kept: list[Finding] | None = None) -> list[Finding]:
        """Resolved findings for ``text`` (merged, propagated, public officials and allow-listed
        items removed, uncertain persons marked), sorted by start offset. ``known_persons``: names found in
        other documents of the batch, propagated here too; ``known_public``: names the batch showed to be
        public office holders (``detect.consistent``); ``kept`` receives the public persons' mentions, which
        are not returned (``persons.decide``)."""
        return resolve(text, self.raw(text), self.rules, known_persons, known_public, kept)
