"""EMAIL: e-mail addresses, including the obfuscated ``naam[at]minjenv.nl`` / ``naam(at)…`` forms.

Guarantees: the span is the address only (no ``<``/``>``, no ``mailto:``, no trailing dot);
generic public mailboxes from the allow-list (exact addresses, or a local part that is a
``mailbox_prefixes`` entry, optionally followed by ``-``/``_``/``.`` and more: ``woo-verzoeken@``) and
function mailboxes (local parts made of function words or glued from them: ``windbeleid@``,
``wobverzoeken@``, ``bezwaarenberoep@``, ``team.asiel@``) are not reported. Limits: addresses broken
over two lines and addresses written with " at " and " dot " in words are not recognised; non-ASCII
local parts are not recognised.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.recognizers.base import LANGUAGE, tag
from redact.rules import Rules

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_AT_OBF = r"[ \t]?[\[\(\{][ \t]?(?:at|AT|At|apenstaartje)[ \t]?[\]\)\}][ \t]?"
_DOT_OBF = r"[ \t]?[\[\(\{][ \t]?(?:dot|DOT|punt|PUNT)[ \t]?[\]\)\}][ \t]?"
_DOT = rf"(?:\.|{_DOT_OBF})"
EMAIL_REGEX = (
    r"(?<![\w.@%+'-])"
    r"[A-Za-z0-9][A-Za-z0-9_%+'-]*(?:\.[A-Za-z0-9_%+'-]+)*"
    rf"(?:@|{_AT_OBF})"
    rf"{_LABEL}(?:{_DOT}{_LABEL})*{_DOT}(?:[A-Za-z]{{2,24}}|n1)"  # "n1": OCR's reading of "nl"
    r"(?![\w@-]|\.[A-Za-z0-9])"
)
EMAIL_RE = re.compile(EMAIL_REGEX)
_OBF_AT = re.compile(_AT_OBF)
_OBF_DOT = re.compile(_DOT_OBF)


def normalize_email(raw: str) -> str:
    """The plain, lower-case address of a possibly obfuscated one."""
    s = _OBF_AT.sub("@", raw)
    s = _OBF_DOT.sub(".", s)
    return re.sub(r"\s+", "", s).lower()


def is_function_mailbox(address: str, rules: Rules) -> bool:
    """True for allow-listed addresses and generic mailboxes (``info@``, ``woo-verzoeken@``)."""
    addr = normalize_email(address)
    if addr in rules.allow_emails:
        return True
    local = addr.split("@", 1)[0]
    if any(local == p or (local.startswith(p) and local[len(p)] in "-_.") for p in rules.mailbox_prefixes):
        return True
    return _function_local(local, rules)


# Words that make a local part a function mailbox: "windbeleid@", "wobverzoeken@", "team.asiel@".
_FUNCTION_WORDS = (
    "beleid", "verzoek", "verzoeken", "zaken", "loket", "team", "bureau", "dienst", "secretariaat", "desk",
    "meldpunt", "vragen", "aanvragen", "klacht", "klachten", "bezwaar", "bezwaren", "beroep", "subsidie",
    "subsidies", "facturen", "inkoop", "support", "service", "communicatie", "redactie", "planning",
    "directie", "afdeling", "programma", "project", "overleg", "commissie", "raad", "griffie", "postbus",
    "informatie", "verzending", "archief", "integriteit", "privacy", "toezicht", "handhaving", "vergunning",
    "vergunningen", "juridisch", "juridische", "woo", "wob", "pers", "media", "ict", "hr", "fez", "dpo", "fg",
)


_COLLECTIVE = frozenset({"team", "loket", "meldpunt", "bureau", "desk", "afdeling", "directie", "programma",
                         "project", "secretariaat", "servicedesk", "helpdesk"})


def _function_local(local: str, rules: Rules) -> bool:
    """A local part made of function words, or one word glued from a prefix or ending in one:
    ``windbeleid``, ``wobverzoeken``, ``bezwaarenberoep``, ``team-asiel``. A local part with an
    initial or a first-name form (``p.jansen``, ``jp.devries``) is a person."""
    tokens = [t for t in re.split(r"[._-]+", re.sub(r"\d+", "", local)) if t]
    if not tokens or any(len(t) <= 2 and t not in _FUNCTION_WORDS for t in tokens):
        return False
    if all(t in _FUNCTION_WORDS for t in tokens) or tokens[0] in _COLLECTIVE:
        return True  # "woo.team@", "team.asiel@", "loket.subsidies@" (not "informatie.jansen@")
    if len(tokens) == 1:
        word = tokens[0]
        glued = any(word.startswith(p) and len(word) - len(p) >= 4 for p in (*rules.mailbox_prefixes, "wob", "woo"))
        return glued or any(word.endswith(w) and len(word) > len(w) + 2 for w in _FUNCTION_WORDS if len(w) >= 5)
    return False


class EmailRecognizer(PatternRecognizer):
    """Presidio pattern recognizer for e-mail addresses; allow-listed mailboxes are invalidated."""

    NAME = "EmailRecognizerNL"
    CONTEXT: ClassVar[list[str]] = ["e-mail", "email", "mail", "e", "mailadres", "e-mailadres"]

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        super().__init__(
            supported_entity="EMAIL",
            name=self.NAME,
            supported_language=LANGUAGE,
            patterns=[Pattern("email", EMAIL_REGEX, 0.9)],
            context=self.CONTEXT,
            global_regex_flags=re.MULTILINE,
        )

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Generic public mailboxes are not personal data."""
        return is_function_mailbox(pattern_text, self.rules)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        plain = [r for r in results if "@" in text[r.start : r.end]]
        obfuscated = [r for r in results if "@" not in text[r.start : r.end]]
        for r in obfuscated:
            r.score = 0.85
        return tag(plain, ("pattern:email",)) + tag(obfuscated, ("pattern:email-obfuscated",))
