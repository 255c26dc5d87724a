"""EMAIL: e-mail addresses, including the obfuscated ``naam[at]minjenv.nl`` / ``naam(at)…`` forms.

Guarantees: the span is the address only (no ``<``/``>``, no ``mailto:``, no trailing dot);
generic public mailboxes from the allow-list (exact addresses, or a local part that is a
``mailbox_prefixes`` entry, optionally followed by ``-``/``_``/``.`` and more: ``woo-verzoeken@``) are
not reported. Limits: addresses broken over two lines and addresses written with " at " and
" dot " in words are not recognised; non-ASCII local parts are not recognised.
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
    rf"{_LABEL}(?:{_DOT}{_LABEL})*{_DOT}[A-Za-z]{{2,24}}"
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
    return any(
        local == p or (local.startswith(p) and local[len(p)] in "-_.") for p in rules.mailbox_prefixes
    )


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
