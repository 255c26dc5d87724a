"""NAAM in the first column of a table headed ``Naam``: attendance lists, signature lists, staff tables.

A header is a ``Naam`` (``Namen``, ``Naam deelnemer``, ``Deelnemer``, ``Medewerker``) cell followed by other column
headers (``Functie``, ``Organisatie``, ``Afdeling``, ``Rol``, ``Handtekening``, ``Paraaf``, ``E-mail``,
``Telefoon``, ``Datum``, ``Aanwezig``, ``Opmerking``), either on the same line (a scan read by OCR, a Markdown
table, or a table extracted row by row) or one per line (a table extracted cell by cell). Below it, the name that
starts each row is reported: every line when the header was one line, else the first line of every block of lines (a
row's cells). The table ends at a page break, a heading or another table's header, a sign-off, after ``ROWS`` lines,
or after two rows in a row that start with no name.

Guarantees: only the start of a row is read, with the name scanner (titles, initials, tussenvoegsels;
organisation and document words are no names); a single word is never taken for a name here.
Limits: a table whose name column is not the first, or whose header is not ``Naam``, is left to the
other recognizers; OCR noise of one or two characters between the header's cells is tolerated.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.lexicon import org_head
from redact.detect.recognizers.base import RulesRecognizer, make_result
from redact.detect.scan import candidates, iter_lines, scan_names

_NAME_HEAD = r"(?:naam|namen|naam[ \t]+deelnemer|deelnemer|deelnemers|medewerker)"
_OTHER_HEAD = (r"(?:functie|organisatie|afdeling|directie|rol|handtekening|paraaf|e-?mail|e-mailadres|telefoon|"
               r"datum|aanwezig|organisatie/afdeling|instantie|namens|opmerkingen|opmerking|toelichting)")
_ONE_LINE = re.compile(rf"^[ \t{{|'\"]*{_NAME_HEAD}(?:[^\w\n]+(?:\w{{1,2}}[^\w\n]+)?{_OTHER_HEAD}){{1,6}}[^\w\n]*$",
                       re.IGNORECASE | re.MULTILINE)
_ALONE = re.compile(rf"^[ \t]*{_NAME_HEAD}[ \t]*$", re.IGNORECASE | re.MULTILINE)
_OTHER_ALONE = re.compile(rf"^[ \t]*{_OTHER_HEAD}[ \t]*$", re.IGNORECASE | re.MULTILINE)
_END = re.compile(r"^[ \t]*(?:\w*lijst|bijlage\w*|\d{1,2}\.[ \t]+[A-Z]\w*.*|met[ \t]+vriendelijke[ \t]+groet.*|"
                  r"hoogachtend.*|[\w .()/-]{2,40}:.*)[ \t]*$", re.IGNORECASE)
_LEAD_NOISE = re.compile(r"[ \t{}|'\".,_~-]*")
ROWS = 40


class TableNameRecognizer(RulesRecognizer):
    """The name that starts each row of a table with a ``Naam`` column."""

    NAME = "TableNameRecognizer"
    ENTITIES = ("NAAM",)
    SCORE = 0.75

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for m in _ONE_LINE.finditer(text):
            results += self._rows(text, m.end(), per_line=True)
        for m in _ALONE.finditer(text):
            end = self._split_header(text, m.end())
            if end is not None:
                results += self._rows(text, end, per_line=False)
        return results

    @staticmethod
    def _split_header(text: str, pos: int) -> int | None:
        """The end of a header given one cell per line ("Naam\\nFunctie\\nHandtekening"), or None."""
        end, cells = None, 0
        for s, e in iter_lines(text, min(pos + 1, len(text))):
            if not _OTHER_ALONE.match(text, s, e) or cells >= 6:
                break
            end, cells = e, cells + 1
        return end

    def _rows(self, text: str, pos: int, *, per_line: bool) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        misses = 0
        block_start = True
        for n, (s, e) in enumerate(iter_lines(text, min(pos + 1, len(text)))):
            line = text[s:e]
            if "\f" in line or n >= ROWS or misses >= 2:
                break
            if not line.strip():
                block_start = True
                continue
            if not per_line and not block_start:
                continue
            block_start = False
            if _END.match(line):
                break
            lead = _LEAD_NOISE.match(text, s, e)
            start = lead.end() if lead else s
            if per_line:  # a whole row on the line: the name is followed by the other cells
                found = candidates(text, start, e, free=True)
                last = text[start : found.end].split()[-1] if found is not None else ""
                if found is not None and len(last) <= 2 and last[:1].isupper():
                    # OCR noise glued to the name as a surname ("Hana Owusu Oe"): the name without it
                    found = candidates(text, start, found.end - len(last), free=True)
            else:  # one cell per line: the cell is the name
                found = next(iter(scan_names(text, start, e, mode="strict")), None)
            if found is None or found.start != start or found.is_paraph or found.parts is None \
                    or found.parts.form == "single" or org_head(text[start:found.end].split()[0]):
                misses += 1
                continue
            misses = 0
            out.append(make_result(self, "NAAM", found.start, found.end, self.SCORE, ("structure:table-name-column",)))
        return out
