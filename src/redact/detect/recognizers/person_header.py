"""NAAM from e-mail header fields: Van/Aan/CC/Cc/Bcc/From/To (Outlook printouts, also quoted ones).

Handles ``Van: Jansen, P. (DGRR/DRC) <p.jansen@minjenv.nl>``, ``Aan: Piet Jansen <…>``, an Outlook display
name anywhere in the text (``Boukes, AEW (Arnold)``: surname, initials without dots, call name),
``"Jansen, Piet" <…>``, lists separated by ``;`` (and by ``,`` when no ``;`` is used), and a list
continued on the next line after a trailing ``;``, a value on the line after the label
(``Van:\nJansen, P.``, as some printouts lay out the header table), and a header a Markdown conversion made a heading
or bold (``## Aan: Camps, Maarten (M.R.P.M.); …``, ``**Van:**``).

Guarantees: the unit suffix (``(DGRR/DRC)``), the address and quotes are not part of the span (the
address is the EMAIL recognizer's). A value that an organisation's noun opens ("Van: Vereniging Vrienden
van het Beatrixpark", ``lexicon.org_head``) is no name. Limits: names written without a capital letter, and display
names that are only an organisation, are skipped.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.lexicon import org_head
from redact.detect.names import NAME_WORD, SURNAME_CORE, TV_LOWER
from redact.detect.recognizers.base import RulesRecognizer, make_result
from redact.detect.scan import NameSpan, next_line, scan_names

# a quoted header (">"), and one a Markdown conversion made a heading or bold ("## Aan:", "**Van:**")
_HEADER = re.compile(
    r"^[ \t>]*(?:\#{1,6}[ \t]+)?(?:\*\*)?(?P<label>Van|Aan|CC|Cc|cc|BCC|Bcc|bcc|From|To|Afzender|Geadresseerde|"
    r"Sender|Reply-To|Beantwoorden aan)[ \t]*:(?:\*\*)?[ \t]*",
    re.MULTILINE,
)
_LABEL_LIKE = re.compile(r"[ \t]*[\w .()/-]{2,40}:")
_ONE_INVERTED = re.compile(r"^[\"'“]?[^\s,;]+,[^,;]*$")
# an Outlook display name anywhere, also in a header flattened into running text: "Boukes, AEW (Arnold)",
# "Stolk-Jorink, EHP (Eugenie)", "Luijk, RH, van (Rob)": surname, initials without dots, call name
_DISPLAY = re.compile(rf"(?<![\w'’-]){SURNAME_CORE},[ \t]*[A-Z]{{1,5}}(?:,[ \t]*{TV_LOWER})?[ \t]*\({NAME_WORD}\)")


def _organisation(before: str, name: str) -> bool:
    """True when an organisation's noun opens ``name`` or ends the value's text ``before`` it."""
    words = before.split()
    return org_head(name.split()[0]) or (bool(words) and org_head(words[-1]))


class HeaderNameRecognizer(RulesRecognizer):
    """Names in e-mail header fields."""

    NAME = "HeaderNameRecognizer"
    ENTITIES = ("NAAM",)
    SCORE = 0.85

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for m in _HEADER.finditer(text):
            label = m.group("label")
            start = m.end()
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            evidence: tuple[str, ...] = ("structure:email-header", f"context:{label}")
            if not text[start:end].strip():
                # "Van:\nProcedurekamer <…>": printouts that put the value on the next line
                nl = next_line(text, end, max_blank=0)
                if nl is None or _HEADER.match(text, nl[0], nl[1]) or _LABEL_LIKE.match(text, nl[0], nl[1]):
                    continue
                start, end = nl
                evidence += ("structure:next-line",)
            for s, e in self._value_lines(text, start, end):
                value = text[s:e]
                inverted_given = ";" in value or bool(_ONE_INVERTED.match(value.strip()))
                names: list[NameSpan] = scan_names(
                    text, s, e, mode="lenient", allow_inverted_given=inverted_given
                )
                # "Van: Vereniging Vrienden van het Beatrixpark", "Van: Bewonersvereniging De Buurt": an organisation
                results.extend(make_result(self, "NAAM", n.start, n.end, self.SCORE, evidence) for n in names
                               if not _organisation(text[s:n.start], text[n.start:n.end]))
        results.extend(make_result(self, "NAAM", m.start(), m.end(), self.SCORE, ("structure:display-name",))
                       for m in _DISPLAY.finditer(text))
        return results

    @staticmethod
    def _value_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The value range, plus continuation lines while a line ends with ";"."""
        ranges = [(start, end)]
        while text[ranges[-1][0] : ranges[-1][1]].rstrip().endswith(";") and ranges[-1][1] < len(text):
            s = ranges[-1][1] + 1
            e = text.find("\n", s)
            e = len(text) if e < 0 else e
            line = text[s:e]
            if not line.strip() or "\f" in line or _HEADER.match(line) or re.match(r"^\s*\w+:", line):
                break
            ranges.append((s, e))
        return ranges
