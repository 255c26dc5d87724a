"""NAAM and INITIALEN after a label: colophon and minutes fields, paraphs and action items.

* single-person labels: ``Contactpersoon``, ``Opgesteld door``, ``Behandeld door``, ``Auteur``,
  ``Notulist``, ``Voorzitter``, ``T.a.v.``, … - the value on the same line (``Contactpersoon:
  P. Jansen``) or, when the label stands alone on its line, on the next line (sidebar colophon:
  ``Contactpersoon\\nmr. P.J. de Vries``);
* list labels: ``Aanwezig``, ``Afwezig``, ``Deelnemers``, ``Kopie aan``, … - comma/semicolon/"en"
  separated names with ``(voorzitter)`` or unit suffixes, possibly over several lines;
* paraph labels: ``Paraaf``, ``Akkoord``, ``Gezien`` - initials (``PJ``, ``P.J.``) become INITIALEN,
  names become NAAM;
* action items anywhere: ``Actie: PJ``, ``(actie PJ/KV)`` - INITIALEN (or NAAM for a name).

Guarantees: with a colon, things that are not names are skipped; without a colon the whole value
must be a list of names (so "Voorzitter opent de vergadering" yields nothing). Organisation
abbreviations (DGRR, OM, DJI, …) are never a paraph. Limits: a list that continues after a blank
line is cut at the blank line.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.lexicon import LIST_LABELS, PARAPH_LABELS, PERSON_LABELS
from redact.detect.names import PARAPH
from redact.detect.recognizers.base import RulesRecognizer, make_result
from redact.detect.scan import Mode, NameSpan, is_paraph, iter_lines, next_line, scan_names


def _alternation(labels: tuple[str, ...]) -> str:
    return "|".join(re.escape(lb).replace(r"\ ", "[ \t]+") for lb in sorted(labels, key=len, reverse=True))


_ALL = PERSON_LABELS + LIST_LABELS + PARAPH_LABELS
_LABEL = re.compile(
    rf"^[ \t>•*-]*(?P<label>(?i:{_alternation(_ALL)}))"
    rf"(?:(?P<extra>(?:[ \t]+[\w/.&-]+){{0,3}}?)(?P<colon>[ \t]*:)|(?![\w]))[ \t]*",
    re.MULTILINE,
)
_LABEL_LIKE = re.compile(r"^[ \t]*[\w .()/-]{2,40}:")
_ACTION = re.compile(r"(?<![\w])(?P<label>[Aa]ctie(?:s|houder)?)[ \t]*(?P<colon>:)?[ \t]*")
_PARAPH_LIST = re.compile(rf"{PARAPH}(?:[ \t]*(?:[/,&+]|en(?![\w]))[ \t]*{PARAPH})*")
_PARAPH_TOKEN = re.compile(PARAPH)


def _canonical(label: str) -> str:
    return " ".join(label.split()).capitalize()


class LabelNameRecognizer(RulesRecognizer):
    """Names and paraphs after labels; initials in action items."""

    NAME = "LabelNameRecognizer"
    ENTITIES = ("NAAM", "INITIALEN")
    SCORE = 0.85
    STRICT_SCORE = 0.8

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for m in _LABEL.finditer(text):
            results.extend(self._label(text, m))
        for m in _ACTION.finditer(text):
            results.extend(self._action(text, m))
        return results

    def _label(self, text: str, m: re.Match[str]) -> list[RecognizerResult]:
        label = _canonical(m.group("label"))
        low = label.lower()
        is_list = low in LIST_LABELS
        paraph_ok = low in PARAPH_LABELS
        colon = m.group("colon") is not None
        if m.group("extra") and not (colon and paraph_ok):
            return []  # "Paraaf directeur DRC:" only; other labels take the value directly
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        evidence: tuple[str, ...] = (f"context:{label}",)
        spans: list[NameSpan] = []
        if text[m.end() : line_end].strip():
            mode: Mode = "lenient" if colon else "strict"
            spans = scan_names(text, m.end(), line_end, mode=mode, paraph_ok=paraph_ok)
            nxt_from = line_end
        else:
            nl = next_line(text, line_end)
            if nl is None or _LABEL_LIKE.match(text, nl[0], nl[1]) or _LABEL.match(text, nl[0], nl[1]):
                return []
            spans = scan_names(text, nl[0], nl[1], mode="strict", paraph_ok=paraph_ok)
            evidence += ("structure:next-line",)
            nxt_from = nl[1]
        if is_list and spans:
            spans += self._continuation(text, nxt_from, paraph_ok)
            evidence += ("structure:list",)
        score = self.SCORE if colon or "structure:next-line" in evidence else self.STRICT_SCORE
        return [self._result(n, score, evidence) for n in spans]

    def _continuation(self, text: str, line_end: int, paraph_ok: bool) -> list[NameSpan]:
        """Names on the following lines of a list, up to a blank line, a label or a non-name line."""
        found: list[NameSpan] = []
        if line_end >= len(text):
            return found
        for s, e in iter_lines(text, line_end + 1):
            line = text[s:e]
            if not line.strip() or "\f" in line or _LABEL_LIKE.match(line) or _LABEL.match(line):
                break
            names = scan_names(text, s, e, mode="lenient", paraph_ok=paraph_ok)
            if not names:
                break
            found.extend(names)
        return found

    def _action(self, text: str, m: re.Match[str]) -> list[RecognizerResult]:
        evidence = ("context:actie",)
        p = _PARAPH_LIST.match(text, m.end())
        if p:
            out = []
            for t in _PARAPH_TOKEN.finditer(text, p.start(), p.end()):
                if is_paraph(t.group()):
                    out.append(make_result(self, "INITIALEN", t.start(), t.end(), self.SCORE, evidence))
            return out
        if m.group("colon") is None:
            return []
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        names = scan_names(text, m.end(), line_end, mode="stop")
        return [self._result(n, self.STRICT_SCORE, evidence) for n in names]

    def _result(self, n: NameSpan, score: float, evidence: tuple[str, ...]) -> RecognizerResult:
        entity = "INITIALEN" if n.is_paraph else "NAAM"
        return make_result(self, entity, n.start, n.end, score, evidence)
