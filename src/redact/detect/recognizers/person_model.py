"""NAAM from a statistical Dutch NER model, only when one is installed (``nl_core_news_lg/md/sm``).

Nothing is installable or downloaded here, so this recognizer is registered only when
``spacy.util.is_package`` finds a model; the rest of detection never depends on it. The model runs its
own pipeline (tokenizer + NER only, other components disabled) on the text; ``PER``/``PERSON``
entities become NAAM findings with score 0.45 and evidence ``model:<name>`` (below the structural and
gazetteer scores: the model adds recall, the resolver's public-official and allow-list rules still
apply). Limits: the model's own errors (organisations read as persons) reach the reviewer.
"""

from __future__ import annotations

from typing import Any

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.recognizers.base import RulesRecognizer, make_result
from redact.rules import Rules

MODELS = ("nl_core_news_lg", "nl_core_news_md", "nl_core_news_sm")


def available_model() -> str | None:
    """The name of the best installed Dutch spaCy model, or None."""
    import spacy

    return next((m for m in MODELS if spacy.util.is_package(m)), None)


class ModelNameRecognizer(RulesRecognizer):
    """Person entities of an installed ``nl_core_news_*`` model."""

    NAME = "ModelNameRecognizer"
    ENTITIES = ("NAAM",)
    SCORE = 0.45

    def __init__(self, rules: Rules, model: str) -> None:
        import spacy

        self.model = model
        nlp: Any = spacy.load(model)
        keep = {"tok2vec", "ner", "transformer"}
        self.nlp = spacy.load(model, disable=[p for p in nlp.pipe_names if p not in keep])
        super().__init__(rules)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        doc = self.nlp(text)
        return [
            make_result(self, "NAAM", ent.start_char, ent.end_char, self.SCORE, (f"model:{self.model}",))
            for ent in doc.ents
            if ent.label_ in ("PER", "PERSON")
        ]


__all__ = ["MODELS", "ModelNameRecognizer", "available_model"]
