"""ADRES: the home address of a private person, only where the layout says it is one.

Cues:

* an address label - ``Adres``, ``Woonadres``, ``Huisadres``, ``Postadres``,
  ``Correspondentieadres``, ``Verblijfadres``, and the fields of forms: ``Straat``, ``Straat en
  huisnummer``, ``Postcode``, ``Postcode en woonplaats``, ``Woonplaats`` (a place alone is not reported,
  a postcode is) - with the value on the same line or the next one or two lines: ``Kerkstraat 231,
  7580 ME Almere`` or ``Kerkstraat 231\\n7580 ME Almere``;
* the recipient block of a letter: a line with a form of address and a name (``Mevrouw M. van
  Leeuwen``, ``De heer P. Jansen``, ``Dhr. Jansen``) followed by a street line and a postcode line;
* a sender or recipient block without a form of address, and a citizen's e-mail signature: a line that
  is only a person's name (two words or more, no organisation word such as ``Stichting`` or
  ``Gemeente``) followed - after any phone and e-mail lines - by a street line and a postcode + place
  line (or both on one line);
* ``wonende aan`` / ``woonachtig aan`` / ``wonende op`` + street and house number (and the postcode
  and place when they follow on the same line: ``wonende aan Kerkstraat 2, 1234 AB Ede``).

Reported: the street + house number (``Kerkstraat 231``, ``Laan van Meerdervoort 12-bis``) and the
postcode + place (``7580 ME Almere``). Guarantees: P.O. boxes (``Postbus``) are not reported, and the
resolver drops the public addresses of the allow-list (``Turfmarkt 147``). Limits: addresses
without such a cue (in running text, tables) and foreign address formats are missed.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.names import TITLES_PREFIX, UP, parse_name
from redact.detect.recognizers.base import RulesRecognizer, make_result
from redact.detect.scan import iter_lines

_HOUSE_NO = (  # 231, 34a, 12-bis, 5 A, 10-2, 3 hs, 7 boven
    r"\d{1,5}(?:[A-Za-z]{1,2}|[ \t]?-[ \t]?(?:\d{1,4}|[A-Za-z]{1,4})"
    r"|[ \t](?:[A-Z]{1,2}|bis|hs|huis|[Bb]oven|[Bb]eneden|I{1,3}))?(?![\w])"
)
STREET = rf"(?!Postbus)(?:{UP}|'t[ \t])[\w'’.-]*(?:[ \t]+[\w'’.-]+){{0,4}}[ \t]+{_HOUSE_NO}"
POSTCODE = (
    rf"[1-9]\d{{3}}[ \t]?(?!SA|SD|SS)[A-Z]{{2}}(?![\w])"
    rf"(?:[ \t]+{UP}[\w'’.-]*(?:[ \t-]+[\w'’.-]+){{0,3}})?"
)
_VALUE = re.compile(
    rf"[ \t]*(?:(?P<street>{STREET})(?:[ \t]*,?[ \t]*(?P<pc>{POSTCODE}))?|(?P<pc2>{POSTCODE}))[ \t]*,?[ \t]*$"
)
_LABEL = re.compile(
    r"^[ \t]*(?P<label>(?i:adres|woonadres|huisadres|postadres|correspondentieadres|verblijfadres|"
    r"verblijfsadres|adresgegevens|straat(?:naam)?(?:[ \t]+(?:en|\+|/)[ \t]+huisnummer)?|"
    r"postcode(?:[ \t]*(?:en|\+|/)[ \t]*(?:woonplaats|plaats))?|woonplaats))[ \t]*:?[ \t]*",
    re.MULTILINE,
)
_LIVING = re.compile(
    r"(?<![\w])(?P<cue>(?i:wonende|woonachtig|woonadres))[ \t]+(?:(?i:aan|op|te)[ \t]+)?"
    rf"(?:(?i:de|het)[ \t]+)?(?P<street>{STREET})(?:[ \t]*,?[ \t]*\n?[ \t]*(?P<pc>{POSTCODE}))?"  # pc: next line too
)


_ORG_TEXT = """
stichting vereniging gemeente provincie ministerie bureau kantoor advocaten advocatenkantoor bv b.v. nv n.v.
holding groep centrum raad dienst college rechtbank waterschap school ziekenhuis afdeling team bedrijf
cooperatie coöperatie fonds directie inspectie politie huis zorg kliniek praktijk notaris notariaat
"""
_ORG_WORDS = frozenset(_ORG_TEXT.split())


# a phone or e-mail line of a signature ("M 06-12345678", "piet@example.nl")
_CONTACT_LINE = re.compile(r"[ \t]*(?:(?:[A-Za-z.]{1,8}:?[ \t]*)?[+(]?\d[\d \t().-]{7,}|\S+@\S+)[ \t]*$")


def _bare_name(line: str) -> bool:
    """A line that is only a person's name of two words or more ("Sanne de Wit", "J. Jansen"), no
    organisation ("Stichting Rechtshulp")."""
    words = line.split()
    if len(words) < 2 or len(line) > 60 or any(w.lower().strip(".,") in _ORG_WORDS for w in words):
        return False
    parts = parse_name(line)
    return parts is not None and parts.form != "single"


class AddressRecognizer(RulesRecognizer):
    """Home addresses after an address label, in a letter's recipient block, or after "wonende aan"."""

    NAME = "AddressRecognizer"
    ENTITIES = ("ADRES",)
    SCORE = 0.8

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for m in _LABEL.finditer(text):
            results.extend(self._label(text, m))
        results.extend(self._recipient_blocks(text))
        for m in _LIVING.finditer(text):
            cue = f"context:{m.group('cue').lower()}"
            results.append(self._result(m.start("street"), m.end("street"), cue))
            if m.group("pc"):
                results.append(self._result(m.start("pc"), m.end("pc"), cue))
        return results

    def _result(self, start: int, end: int, cue: str) -> RecognizerResult:
        return make_result(self, "ADRES", start, end, self.SCORE, (cue,))

    def _value_line(self, text: str, s: int, e: int, cue: str) -> list[RecognizerResult]:
        m = _VALUE.match(text, s, e)
        if not m:
            return []
        return [
            self._result(m.start(g), m.end(g), cue) for g in ("street", "pc", "pc2") if m.group(g)
        ]

    def _label(self, text: str, m: re.Match[str]) -> list[RecognizerResult]:
        cue = f"context:{m.group('label').capitalize()}"
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if text[m.end() : line_end].strip():
            return self._value_line(text, m.end(), line_end, cue)
        out: list[RecognizerResult] = []
        for n, (s, e) in enumerate(iter_lines(text, min(line_end + 1, len(text)))):
            found = self._value_line(text, s, e, cue) if n < 2 and "\f" not in text[s:e] else []
            if not found:
                break
            out.extend(found)
        return out

    def _recipient_blocks(self, text: str) -> list[RecognizerResult]:
        """Street and postcode lines right after a "Mevrouw M. van Leeuwen" line."""
        out: list[RecognizerResult] = []
        lines = list(iter_lines(text))
        for i, (s, e) in enumerate(lines[:-1]):
            line = text[s:e].strip()
            t = TITLES_PREFIX.match(line)
            if t:
                if parse_name(line[t.end() :]) is None:
                    continue
                cue = "structure:recipient-block"
            elif _bare_name(line):
                cue = "structure:address-block"
                while i + 2 < len(lines) and _CONTACT_LINE.match(text, *lines[i + 1]):
                    i += 1  # an e-mail signature: phone and e-mail lines before the address
            else:
                continue
            sm = _VALUE.match(text, *lines[i + 1])
            if not sm or not sm.group("street"):
                continue  # the line after the name must be a street
            if not t and not sm.group("pc"):
                pm = _VALUE.match(text, *lines[i + 2]) if i + 2 < len(lines) else None
                if not pm or not pm.group("pc2"):
                    continue  # without a form of address, a postcode line must confirm the block
            out.extend(self._value_line(text, *lines[i + 1], cue))
            if i + 2 < len(lines) and not sm.group("pc"):
                pm = _VALUE.match(text, *lines[i + 2])
                if pm and pm.group("pc2"):
                    out.append(self._result(pm.start("pc2"), pm.end("pc2"), cue))
        return out
