"""The allow-list filter: public information that looks like personal data stays readable.

A finding is allowed (dropped) when its text equals an allow-list term (case-insensitive) or lies
inside an occurrence of one ("Den Haag" in "2500 EH Den Haag"), when it is an allow-listed or
generic mailbox (``info@``, ``woo@``, ``woo-verzoeken@``), or when it is an allow-listed phone number
(compared as digits in national form, so "+31 70 370 7911" matches "0703707911").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

import phonenumbers

from redact.detect.recognizers.email import is_function_mailbox
from redact.detect.recognizers.phone import national_digits
from redact.detect.textnorm import fold
from redact.models import Finding
from redact.rules import Rules


def phone_digits(raw: str) -> str:
    """Digits of a phone number in national form ("0703707911"), best effort for odd input."""
    try:
        return national_digits(phonenumbers.parse(raw, "NL"))
    except phonenumbers.NumberParseException:
        digits = re.sub(r"\D", "", raw)
        if digits.startswith("0031"):
            return "0" + digits[4:]
        if raw.strip().startswith("+31"):
            return "0" + digits[2:]
        return digits


class AllowList:
    """The allow-list of ``rules`` applied to one text."""

    def __init__(self, text: str, rules: Rules) -> None:
        self.rules = rules
        self.terms = {t.lower() for t in rules.allow_terms}
        spans: list[tuple[int, int]] = []
        folded = fold(text)
        for term in rules.allow_terms:
            if not term.strip():
                continue
            if any(fold(w) not in folded for w in term.split()):
                continue  # a word of the term is nowhere in the text (in any case): no occurrence
            rx = re.compile(
                r"(?<![\w])" + r"\s+".join(re.escape(w) for w in term.split()) + r"(?![\w])", re.IGNORECASE
            )
            spans.extend((m.start(), m.end()) for m in rx.finditer(text))
        self.spans = sorted(spans)
        self._starts = [s for s, _ in self.spans]
        self._reach = list(accumulate((e for _, e in self.spans), max))  # furthest end so far

    def inside_term(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside one allow-listed term occurrence."""
        i = bisect_right(self._starts, start)  # the occurrences that start at or before ``start``
        return i > 0 and self._reach[i - 1] >= end

    def allows(self, f: Finding) -> bool:
        """True when ``f`` must not be proposed."""
        if f.entity == "EMAIL" and is_function_mailbox(f.text, self.rules):
            return True
        if f.entity == "TELEFOON" and phone_digits(f.text) in self.rules.allow_phones:
            return True
        if " ".join(f.text.split()).lower() in self.terms:
            return True
        return self.inside_term(f.start, f.end)
