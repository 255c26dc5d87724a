"""NAAM and INITIALEN after a label: colophon and minutes fields, paraphs and action items.

* single-person labels: ``Contactpersoon``, ``Opgesteld door``, ``Behandeld door``, ``Auteur``, ``Adviseur``,
  ``Notulist``, ``Voorzitter``, ``T.a.v.``, … - the value on the same line (``Contactpersoon:
  P. Jansen``) or, when the label stands alone on its line, on the next line (sidebar colophon:
  ``Contactpersoon\\nmr. P.J. de Vries``);
* list labels: ``Aanwezig``, ``Afwezig``, ``Deelnemers``, ``Kopie aan``, … - comma/semicolon/"en"
  separated names with ``(voorzitter)`` or unit suffixes, possibly over several lines;
* paraph labels: ``Paraaf``, ``Akkoord``, ``Gezien`` - initials (``PJ``, ``P.J.``) become INITIALEN,
  names become NAAM;
* action items anywhere: ``Actie: PJ``, ``(actie PJ/KV)`` - INITIALEN (or NAAM for a name);
* table columns: a header line ``Paraaf`` / ``Wie`` / ``Initialen`` / ``Actiehouder`` followed (within
  16 resp. 40 non-blank lines, up to a page break, a heading such as ``3. Rondvraag`` or another table's
  header such as ``Presentielijst`` or ``Naam``) by cells that consist only of initials
  (``RvdVK``, ``MK/FvL``) - INITIALEN.

Up to three words may stand between the label and its colon ("Paraaf directeur DRC: PJ",
"Naam aanvrager: J. Jansen").

Guarantees: with a colon, things that are not names are skipped; without a colon the whole value
must be a list of names (so "Voorzitter opent de vergadering" yields nothing). Organisation
abbreviations (DGRR, OM, DJI, …) are never a paraph; form field names ("Naam\nAdres") are never a
name. Limits: a list that continues after a blank line is cut at the blank line.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.gazetteer import load_gazetteer
from redact.detect.lexicon import LIST_LABELS, ORG_ABBREVIATIONS, PARAPH_LABELS, PERSON_LABELS
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
_UNIT_WORD = r"(?:[A-Z][\w/&.-]*[A-Z][\w/&.-]*|[a-z-]+)"  # "DRC", "DGRR/DRC", "JenV", "directeur"
_UNIT_HEADER = re.compile(rf"{_UNIT_WORD}(?:[ \t]+{_UNIT_WORD}){{0,2}}")
_LABEL_LIKE = re.compile(r"^[ \t]*[\w .()/-]{2,40}:")
_ACTION = re.compile(r"(?<![\w])(?P<label>[Aa]ctie(?:s|houder)?)[ \t]*(?P<colon>:)?[ \t]*")
_PARAPH_LIST = re.compile(rf"{PARAPH}(?:[ \t]*(?:[/,&+]|en(?![\w]))[ \t]*{PARAPH})*")
_PARAPH_TOKEN = re.compile(PARAPH)
# Table headers under which paraphs or action holders are listed, one cell per line.
_COLUMN = re.compile(
    r"^[ \t]*(?P<label>(?i:paraaf|parafen|wie|initialen|actiehouder|actiehouders|akkoord|gezien))"
    r"[ \t]*:?[ \t]*$",
    re.MULTILINE,
)
_COLUMN_LINES = 40
# a heading or the header of another table ends a column: "Presentielijst", "3. Rondvraag", "Naam"
_TABLE_END = re.compile(r"^[ \t]*(?:\w*lijst|naam|namen|organisatie|bijlage\w*|\d{1,2}\.[ \t]+[A-Z]\w*.*)[ \t]*$",
                        re.IGNORECASE)
_PARAPH_COLUMN_LINES = 16
_ACTOR_CODES = frozenset({"OM", "AZ", "BZ", "EZ", "TK"})


def _cell_paraph(token: str, paraph_column: bool) -> bool:
    """Initials alone in a table cell ("RvdVK", "EK/AR"). A unit of three or more capitals
    ("DGRR") is never a paraph; under "Wie" a ministry or the OM may also be the actor."""
    if re.fullmatch(r"[A-Z]{3,}", token) and token in ORG_ABBREVIATIONS:
        return False
    if not paraph_column and token in _ACTOR_CODES:
        return False
    return is_paraph(token, cell=True, loose=True)


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
        for m in _COLUMN.finditer(text):
            results.extend(self._column(text, m))
        return results

    def _column(self, text: str, m: re.Match[str]) -> list[RecognizerResult]:
        """A table column of paraphs or action holders: "Paraaf\nFunctie\nDatum\nRvdVK\n…",
        "Wie\nGereed\n…\nMK/FvL\n…" - lines below the header that consist only of initials."""
        label = _canonical(m.group("label"))
        evidence = (f"context:{label}", "structure:column")
        paraph_column = label.lower() in PARAPH_LABELS
        out: list[RecognizerResult] = []
        line_end = m.end()
        limit = _PARAPH_COLUMN_LINES if paraph_column else _COLUMN_LINES
        seen = 0
        for s, e in iter_lines(text, min(line_end + 1, len(text))):
            line = text[s:e]
            if "\f" in line or seen >= limit or _TABLE_END.match(line):
                break
            if not line.strip():
                continue  # a blank line separates text blocks (table cells), not the table
            seen += 1
            stripped = line.strip()
            p = _PARAPH_LIST.fullmatch(stripped)
            if not p:
                continue
            offset = s + line.index(stripped)
            tokens = list(_PARAPH_TOKEN.finditer(stripped))
            if tokens and all(_cell_paraph(t.group(), paraph_column) for t in tokens):
                out.extend(
                    make_result(self, "INITIALEN", offset + t.start(), offset + t.end(), self.SCORE, evidence)
                    for t in tokens
                )
        return out

    def _label(self, text: str, m: re.Match[str]) -> list[RecognizerResult]:
        label = _canonical(m.group("label"))
        low = label.lower()
        is_list = low in LIST_LABELS
        paraph_ok = low in PARAPH_LABELS
        colon = m.group("colon") is not None
        if m.group("extra") and not colon:
            return []  # extra words only before a colon: "Paraaf directeur DRC:", "Naam aanvrager:"
        if m.group("extra") and m.group("extra").split()[-1].lower() == "van" and not paraph_ok:
            return []  # "Contactpersonen van:\n\nEursinge, Beilervaart, …": whom they are the contacts of
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        evidence: tuple[str, ...] = (f"context:{label}",)
        spans: list[NameSpan] = []
        rest = text[m.end() : line_end]
        # "Paraaf DRC\nPJ": a paraph column headed by a unit or function, the initials below it
        unit_header = paraph_ok and not colon and bool(_UNIT_HEADER.fullmatch(rest.strip()))
        if rest.strip() and not unit_header:
            mode: Mode = "lenient" if colon else "strict"
            spans = scan_names(text, m.end(), line_end, mode=mode, paraph_ok=paraph_ok)
            if not colon and len(spans) == 1 and load_gazetteer(self.rules).is_place(text[spans[0].start:spans[0].end]):
                return []  # "Projectleider Delfzijl" under a signature: the place the function is for
            nxt_from = line_end
        else:
            nl = next_line(text, line_end)
            if nl is None or _LABEL_LIKE.match(text, nl[0], nl[1]) or _LABEL.match(text, nl[0], nl[1]):
                return []
            # a list of attendees on the next line: one odd item must not cost the others
            # after "Label:" the value starts with the name ("Vitali Martin, geboren …"); without a colon
            # the whole next line must be names
            next_mode: Mode = "lenient" if is_list else ("stop" if colon else "strict")
            spans = scan_names(text, nl[0], nl[1], mode=next_mode, paraph_ok=paraph_ok)
            evidence += ("structure:next-line",)
            nxt_from = nl[1]
        if is_list and spans:
            spans += self._continuation(text, nxt_from, paraph_ok)
            evidence += ("structure:list",)
            g = load_gazetteer(self.rules)  # "Genodigden: …, dorpsbelangen Erm, Schoonoord en ’t Haantje": villages
            spans = [n for n in spans if not (g.is_place(w := text[n.start:n.end]) and not g.is_surname(w))]
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
