"""NAAM after a possessive and a word for a relation: ``mijn buurman Ullrich Sager``, ``onze dochter
Lotte``, ``haar collega, Piet de Vries``.

Citizens' letters, objections and complaints name private persons by how they relate to the writer;
the name itself may be in no name list (a foreign first name and surname). The cue is a possessive
(``mijn``, ``m'n``, ``onze``, ``ons``, ``zijn``, ``z'n``, ``haar``, ``hun``, ``uw``, ``jouw``) and a
relation word (family, neighbours, partner, colleague, landlord, employer …), then a name that starts
right after it (optionally after a comma); so is ``ene`` ("a certain": ``ene Bas``, ``ene Yannik``).

Guarantees: a single word after the cue is reported only when it is no document, institution or
ordinary word (``mijn zoon Daan``, not ``mijn collega Financiën``); an organisation after the cue
(``mijn werkgever Rijkswaterstaat``) is such a word or not a plausible name. Limits: a relation
without a possessive (``de buurman``) is left to the other recognizers.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.lexicon import PLACES, is_not_name
from redact.detect.recognizers.base import RulesRecognizer, make_result
from redact.detect.scan import candidates

_POSSESSIVE = r"(?:mijn|m'n|onze|ons|zijn|z'n|haar|hun|uw|jouw)"
_RELATION = (
    r"(?:buurman|buurvrouw|buren|buurjongen|buurmeisje|zoon|dochter|kind|vader|moeder|broer|zus|zuster|"
    r"echtgenoot|echtgenote|man|vrouw|partner|vriend|vriendin|collega|leidinggevende|neef|nicht|oom|tante|"
    r"opa|oma|grootvader|grootmoeder|kleinzoon|kleindochter|schoonzoon|schoondochter|schoonvader|"
    r"schoonmoeder|zwager|schoonzus|stiefvader|stiefmoeder|huisgenoot|huisgenote|huisbaas|verhuurder|"
    r"verhuurster|werkgever|mentor|voogd|gemachtigde|advocaat|begeleider|begeleidster|ex|ex-partner|"
    r"ex-man|ex-vrouw)"
)
_CUE = re.compile(
    rf"(?<![\w])(?P<cue>{_POSSESSIVE}[ \t]+{_RELATION}"
    # "ene Bas", "ene Yannik": "a certain" before a name (never "de ene …", "aan de ene kant")
    r"|(?<!de[ \t])(?<!het[ \t])ene)[ \t]*,?[ \t]+(?=[^\W\d_])",
    re.IGNORECASE,
)


class RelationNameRecognizer(RulesRecognizer):
    """A name right after "mijn buurman", "onze dochter", "haar collega" …"""

    NAME = "RelationNameRecognizer"
    ENTITIES = ("NAAM",)
    SCORE = 0.75

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for m in _CUE.finditer(text):
            start = m.end()
            if not text[start].isupper():
                continue
            end = text.find("\n", start)
            found = candidates(text, start, len(text) if end < 0 else end, free=True)
            if found is None or found.parts is None or found.is_paraph:
                continue
            word = text[found.start : found.end]
            if found.parts.form == "single" and (is_not_name(word) or word.lower() in PLACES):
                continue
            cue = " ".join(m.group("cue").lower().split()[1:]) or "ene"
            results.append(make_result(self, "NAAM", found.start, found.end, self.SCORE, (f"context:{cue}",)))
        return results
