"""INITIALEN: initials that stand for a person in minutes, action lists and e-mail sign-offs.

Cues (the labels ``Actie:``, ``Paraaf`` and the one-cell-per-line columns are ``person_label``'s):

* the subject of a verb of speech or action in minutes: ``ST meldt dat …``, ``LV vraagt of …``,
  ``JvdB licht toe …``, ``KV en PJ stellen voor …``, at the start of a line, a sentence or a bullet (with a comma
  after a code the text defines in brackets after a name: ``PWT, presenteert …``);
* the actor cell of an action list: after a header line that names a ``Wie``/``Actiehouder``/``Door``
  column next to other column names (``Actie``, ``Gereed``, ``Deadline`` …), a row that ends in initials
  (``Uitvoeringstoets opvragen  LAT``, ``… KV/PJ  1 maart``);
* an e-mail sign-off: ``Groet, PV``, ``Groeten,\\nPV``, ``Mvg PV``;
* the code a name defines in brackets, at that bracket (``Thomas Plochg (TP)``, ``Cees van Tilburg (CvT)``);
* then every other occurrence of the same code as a whole word in the text (``propagated``), so
  ``LV`` in ``Actie: LV`` or in a later paragraph goes too.

Guarantees: codes of organisations and units (``DJI``, ``IND``, ``DGSenB``, ``OM`` …: the lexicon's
``ORG_ABBREVIATIONS``), Roman numerals and function words in capitals are never reported, unless the
code is the initials of a person in the document's attendance list (``Aanwezig: Rik Oosterhout`` makes
``RO meldt`` a person), nor a code that labels someone else's name in brackets (a local party: "M.
Duijn-Visser (DSD)" makes ``DSD vraagt`` no person, "Rik Oosterhout (RO)" makes ``RO`` one, and so does a code of
the given name's initial and the family name's first and last letters, "Patrick Caspers (PCS)"); a code is
2–4 letters with a capital at both ends (``ST``, ``LAT``, ``JvdB``). Limits: initials that are never
used with one of these cues are left to the reviewer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.gazetteer import Gazetteer, load_gazetteer
from redact.detect.lexicon import CAPITAL_WORDS, INITIALS_BLOCKLIST, ORG_ABBREVIATIONS, TUSSENVOEGSELS
from redact.detect.names import _UP_CHARS, NameParts, parse_name
from redact.detect.recognizers.base import RulesRecognizer, make_result
from redact.detect.scan import iter_lines, scan_names

# ST, LAT, OŞ, JvdB, BBdV: 2–4 capitals, or a capital, then up to three lower-case letters of a
# tussenvoegsel before each further capital (as ``names.PARAPH``, without dotted forms)
_CODE = rf"[{_UP_CHARS}](?:[{_UP_CHARS}]{{1,3}}|(?:[a-z]{{0,3}}[{_UP_CHARS}]){{1,3}})"
_VERBS = (
    "meldt", "melden", "vraagt", "vragen", "licht", "lichten", "geeft", "geven", "stelt", "stellen",
    "merkt", "merken", "zegt", "zeggen", "antwoordt", "antwoorden", "deelt", "delen", "informeert",
    "benadrukt", "vult", "reageert", "wijst", "constateert", "schetst", "presenteert", "concludeert",
    "bevestigt", "onderschrijft", "herinnert", "verzoekt", "adviseert", "neemt", "zal", "zullen",
    "pakt", "pakken", "mailt", "stuurt", "belt", "agendeert", "checkt", "regelt", "verwijst", "memoreert",
    "opent", "sluit", "vat", "legt", "koppelt", "brengt", "doet", "spreekt", "licht",
)
_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?:;][ \t])|(?<=\n))[ \t]*(?:[-•*>]|\d{{1,2}}[.)])?[ \t]*"
    # (a comma after a code the text defines in brackets after a name: "PWT, presenteert het financieel jaarverslag")
    rf"(?P<codes>{_CODE}(?:[ \t]*(?:,|en|&|/)[ \t]*{_CODE})*)(?P<comma>[ \t]*,)?[ \t]+"
    rf"(?:{'|'.join(sorted(set(_VERBS)))})(?![\w])",
    re.MULTILINE,
)
_CODE_RE = re.compile(rf"(?<![\w.]){_CODE}(?![\w])")
_SIGN_OFF = re.compile(  # the greeting in any case, the code in capitals ("Grashoff" is no "Gr" + code)
    r"(?m)^[ \t]*(?i:met[ \t]+vriendelijke[ \t]+groet(?:en)?|vriendelijke[ \t]+groet(?:en)?|groet(?:en|jes)?|"
    r"gr\.?|mvg|m\.v\.g\.|hartelijke[ \t]+groet(?:en)?|dank|bvd)(?![^\W_])[ \t]*,?[ \t]*(?:\n[ \t]*)?"
    rf"(?P<code>{_CODE})[ \t]*$"
)
_ACTOR_HEADER = re.compile(r"(?im)^(?=.*(?<![\w])(?:wie|actiehouder|actiehouders|door|trekker)(?![\w]))"
                           r"(?=.*(?<![\w])(?:actie|acties|gereed|deadline|datum|status|wat|nr|onderwerp|"
                           r"termijn|afspraak)(?![\w])).*$")
_ROW_END = re.compile(rf"[ \t](?P<codes>{_CODE}(?:[ \t]*[/,&+][ \t]*{_CODE})*)(?:[ \t]+[\w. -]{{1,20}})?[ \t]*$")
_ROWS = 40
_ACTORS_TOO = frozenset({"OM", "TK", "EK", "AZ", "BZ", "EZ"})  # never initials, also not after "Groet,"
_ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")  # I … XXXIX, as numbered in documents


def is_person_code(code: str, *, loose: bool = False) -> bool:
    """A 2–4 letter code that can be a person's initials: no organisation or unit code, no Roman
    numeral, no function word in capitals. ``loose`` (after a sign-off) lets two-letter unit codes pass
    ("PV"), never an actor such as the OM."""
    up = code.upper()
    if _ROMAN.fullmatch(code) or up in CAPITAL_WORDS or code in _ACTORS_TOO:
        return False
    if up in ORG_ABBREVIATIONS or up in INITIALS_BLOCKLIST:
        return loose and len(code) == 2
    return True


_ATTENDANCE = re.compile(r"(?im)^[ \t]*(?:aanwezig|aanwezigen|afwezig|deelnemers|genodigden|afgemeld)\b[ \t]*:?")


def code_of(parts: NameParts) -> str:
    """The initials a person signs with: first letter of the (first) given name or initial, the
    tussenvoegsel's letters in lower case, each surname part's capital ("Rik van Oosten" -> "RvO",
    "Amira Mansour-de Wit" -> "AMdW")."""
    first = (parts.given[0][:1] if parts.given else parts.initials[:1]).upper()
    tv = "".join(w.strip("'’")[:1].lower() for w in parts.tv.split())
    surname = ""
    for w in re.split(r"[- ]", parts.surname):
        if w:
            surname += w[:1].lower() if w.lower() in TUSSENVOEGSELS else w[:1].upper()
    return first + tv + surname


def _signing_code(parts: NameParts) -> str:
    """Another code a person signs with: the given name's initial and the family name's first and last letters
    ("Patrick Caspers (PCS)", "Pi van Weert (PWT)", "Kees Moolenaar (KMR)"); "" for a name without a given name or
    initial."""
    first = (parts.given[0][:1] if parts.given else parts.initials[:1]).upper()
    words = [w for w in re.split(r"[- ]", parts.surname) if w and w.lower() not in TUSSENVOEGSELS]
    return first + words[-1][:1].upper() + words[-1][-1:].upper() if first and words and len(words[-1]) > 2 else ""


def _initials_of(parts: NameParts, code: str) -> bool:
    """True when ``code`` is a code the person ``parts`` signs with (``code_of``, ``_signing_code``)."""
    return code in (code_of(parts), _signing_code(parts))


def attendee_codes(text: str) -> frozenset[str]:
    """The initials of the persons listed after ``Aanwezig``/``Afwezig``/``Deelnemers`` (up to a blank
    line): such a code stands for that person even when an organisation uses it too ("RO", "AM")."""
    codes: set[str] = set()
    for m in _ATTENDANCE.finditer(text):
        for n, (s, e) in enumerate(iter_lines(text, m.end())):
            if n > 6 or (n and not text[s:e].strip()):
                break
            codes.update(code_of(nm.parts) for nm in scan_names(text, s, e, mode="lenient")
                         if nm.parts is not None and nm.parts.form != "single")
    return frozenset(c for c in codes if 2 <= len(c) <= 4)


_TAG_CODE = re.compile(rf"\((?P<code>{_CODE})\)")


def _tags(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    r"""``(before, bracket)`` of every match ``finditer`` of ``(?P<before>[^\n()]{0,60}?)[ \t]*\((?P<code>CODE)\)``
    would give (the bracket as ``_TAG_CODE``'s match), found from the brackets back: that pattern tries 60
    characters from every position of the text, which made it the costliest step of short texts."""
    prev = 0
    for m in _TAG_CODE.finditer(text):
        ws = m.start()
        while ws > prev and text[ws - 1] in " \t":
            ws -= 1
        bad = max(text.rfind("\n", 0, ws), text.rfind("(", 0, ws), text.rfind(")", 0, ws))
        yield text[max(prev, bad + 1, ws - 60):ws], m
        prev = m.end()


def bracket_codes(text: str, g: Gazetteer) -> tuple[frozenset[str], frozenset[str], list[tuple[int, int]]]:
    """Codes in brackets after a name: (labels, initials, the spans of the initials a name with a known given name
    defines). A code that is not that name's initials labels a local party or an organisation ("M. Duijn-Visser
    (DSD)"); one that is defines a person's initials ("Rik Oosterhout (RO)", at that bracket "Thomas Plochg (TP)";
    not "het Erotisch Centrum (EC)", "de Verenigde Naties (VN)")."""
    labels: set[str] = set()
    persons: set[str] = set()
    spans: list[tuple[int, int]] = []
    for before, m in _tags(text):
        code, words = m.group("code"), before.split()
        names = [n for k in range(min(4, len(words)), 0, -1) if (n := parse_name(" ".join(words[-k:]))) is not None]
        if own := [n for n in names if _initials_of(n, code)]:
            persons.add(code)
            if any(n.given and g.is_first_name(n.given[0]) for n in own):
                spans.append(m.span("code"))
        elif names:
            labels.add(code)
    return frozenset((labels | organisation_codes(text)) - persons), frozenset(persons), spans


# a code the text defines as an abbreviation or uses as (part of) an organisation's name: "Algemene
# Inspectiedienst (hierna AID)", "(consolidated tape, CT)", "CRV Holding B.V.", "Coöperatie Koninklijke CRV u.a."
_DEFINED = re.compile(rf"\((?:(?i:hierna)[:]?[ \t]+(?:(?i:de|het)[ \t]+)?|(?P<words>[^()\n,]{{1,60}}),[ \t]*)"
                      rf"(?P<code>{_CODE})\)")
_IN_ORG = re.compile(rf"(?<![\w.])(?P<code>{_CODE})(?:[ \t]+(?:Holding|Groep|Group|Nederland))?[ \t]+"
                     r"(?:B\.[ \t]?V\.?|N\.[ \t]?V\.?|u\.a\.|U\.A\.)"
                     rf"|(?i:coöperatie|stichting|vereniging)[ \t]+(?:[A-ZÀ-Þ]\w+[ \t]+)?(?P<code2>{_CODE})(?![\w])")
# an organisation's name of capitalised words before its legal form ("FORTIS COMMERCIAL FINANCE N.V."): its
# initials ("FCF") are the organisation's short name in the text, not a person's
_LEGAL_NAME = re.compile(rf"(?<![\w.])(?P<words>(?:[{_UP_CHARS}][\w'’&-]*[ \t]+){{2,5}})"
                         r"(?:B\.[ \t]?V\.?|N\.[ \t]?V\.?|U\.A\.|u\.a\.)(?![\w])")
_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?i:de|het|een|der|den)[ \t]+\Z")


def organisation_codes(text: str) -> frozenset[str]:
    """Codes the text defines as an abbreviation ("(hierna AID)", "(consolidated tape, CT)", not a person's
    "(Rik Oosterhout, RO)"), names an organisation with ("CRV Holding B.V.") or that spell the initials of an
    organisation's name before its legal form ("FCF" of "FORTIS COMMERCIAL FINANCE N.V.", "RRV" of "Rabobank
    Rijn en Vallei U.A." without its function words)."""
    out: set[str] = set()
    for m in _DEFINED.finditer(text):
        words = m.group("words")
        name = parse_name(" ".join(words.split())) if words else None
        if name is None or code_of(name) != m.group("code"):
            out.add(m.group("code"))
    out.update(m.group("code") or m.group("code2") for m in _IN_ORG.finditer(text))
    for m in _LEGAL_NAME.finditer(text):
        words = m.group("words").split()
        for kept in (words, [w for w in words if w.upper() not in CAPITAL_WORDS]):
            code = "".join(w[0].upper() for w in kept)
            if re.fullmatch(_CODE, code):
                out.add(code)
    return frozenset(out)


class InitialsRecognizer(RulesRecognizer):
    """Initials as the subject in minutes, in an action list's actor column and after a sign-off."""

    NAME = "InitialsRecognizer"
    ENTITIES = ("INITIALEN",)
    SCORE = 0.8
    PROPAGATED_SCORE = 0.7

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        found: list[tuple[int, int, str]] = []
        labels, defined, own = bracket_codes(text, load_gazetteer(self.rules))
        attendees = attendee_codes(text) | defined
        labels -= attendees

        def person(code: str, *, loose: bool = False) -> bool:
            return code in attendees or (code not in labels and is_person_code(code, loose=loose))

        for m in _SUBJECT.finditer(text):
            found += [(c.start(), c.end(), "structure:minutes-subject")
                      for c in _CODE_RE.finditer(text, m.start("codes"), m.end("codes")) if person(c.group())
                      and (not m["comma"] or c.group() in defined)
                      and not _ARTICLE_BEFORE.search(text, max(0, c.start() - 5), c.start())]
        # the code a name defines in brackets is that person's own, also where the text never uses it again
        # ("Voorzitter Thomas Plochg (TP)": the name goes, so do its initials)
        found += [(s, e, "structure:defined-code") for s, e in own]
        for m in _SIGN_OFF.finditer(text):
            code = m.group("code")
            if person(code, loose=True) and len(set(code)) > 1:  # "OO": a scan's dirt, read as letters
                found.append((m.start("code"), m.end("code"), "structure:sign-off"))
        for m in _ACTOR_HEADER.finditer(text):
            if len(m.group().split()) <= 8:  # a header of columns, not a sentence that says "door … datum"
                found += self._rows(text, m.end(), attendees - labels, labels)
        results = [make_result(self, "INITIALEN", s, e, self.SCORE, (cue,)) for s, e, cue in found]
        codes = {text[s:e] for s, e, _ in found}
        seen = {(s, e) for s, e, _ in found}
        for code in sorted(codes):
            for m in re.finditer(rf"(?<![\w.@/-]){re.escape(code)}(?![\w@])", text):
                if m.span() not in seen:
                    seen.add(m.span())
                    results.append(make_result(self, "INITIALEN", m.start(), m.end(), self.PROPAGATED_SCORE,
                                               ("propagated", f"seed:{self.NAME}")))
        return results

    @staticmethod
    def _rows(text: str, header_end: int, attendees: frozenset[str],
              labels: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
        """Initials at the end of the rows below an action list's header (up to a page break)."""
        out: list[tuple[int, int, str]] = []
        for n, (s, e) in enumerate(iter_lines(text, min(header_end + 1, len(text)))):
            line = text[s:e]
            if "\f" in line or n >= _ROWS:
                break
            m = _ROW_END.search(line)
            if not m or not line[: m.start()].strip():
                continue  # a cell alone on its line is person_label's column case
            codes = list(_CODE_RE.finditer(line, m.start("codes"), m.end("codes")))
            if _ARTICLE_BEFORE.search(line, max(0, m.start("codes") - 5), m.start("codes")):
                continue  # "van de CT voor aandelen": a noun with its article, not an actor
            if codes and all(c.group() in attendees or (c.group() not in labels and is_person_code(c.group()))
                             for c in codes):
                out += [(s + c.start(), s + c.end(), "structure:action-list") for c in codes]
        return out
