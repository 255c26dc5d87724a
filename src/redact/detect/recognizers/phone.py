"""TELEFOON: phone numbers, found by ``phonenumbers`` (region NL, leniency VALID) and by Dutch shape.

Recognised: ``06-12345678``, ``06 1234 5678``, ``+31 6 12345678``, ``+31 (0)6 12345678``,
``0031 6 12345678``, ``070 370 1234``, ``(070) 3701234``, ``070-3701234`` and valid foreign numbers in
international form. A leading label (``T``, ``M``, ``Tel.``) is never part of the span.

Not reported: allow-listed numbers (switchboards; compared as digits in national form), toll-free,
premium and shared-cost service numbers (0800, 0900, 0906), municipal "14 0xx" numbers, numbers
inside an IBAN, numbers introduced by a reference/amount label (kenmerk, zaaknummer, €, …) or
followed by "euro". Dates, postcodes, amounts, BSNs and ISO dates are not valid phone numbers for
``phonenumbers`` and are never matched. Limits: a number split over two lines is not found; a
reference number that happens to be a valid mobile number without a label is reported.

By shape: ``phonenumbers`` validity is a check against the allocated number plan, and numbers such as
``06-70757281`` or ``+31 (0)6 92 75 15 44`` are printed in documents although the plan calls them
invalid. A number in a Dutch shape (10 digits in national form: ``06`` + 8, a landline area code +
subscriber number; ``+31``/``0031``/``(0)`` forms; spaces, dashes and dots) that ``phonenumbers`` does
not accept is reported when a phone context says it is one: a phone label or word before it (``T``,
``Tel``, ``M``, ``Mobiel``, ``bel me op`` …), a sign-off a few lines above (a signature block), a
person's name right before it on its line (``Piet de Vries, 06-…``), or a mobile number alone on its
line. Validity is evidence (``phonenumbers:valid`` / ``phonenumbers:invalid``) and part of the score,
not a gate. The negative cues above apply to shaped numbers too.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumber
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.recognizers.base import RulesRecognizer, make_result
from redact.detect.scan import iter_lines

_POSITIVE = re.compile(
    r"(?i)(?:^|[^\w])(tel|telefoon|telefoonnummer|tel\.?nr|t|m|mob|mobiel|gsm|phone|mobile|fax|f|"
    r"bel|bellen|whatsapp|nummer)\.?[ \t]*:?[ \t]*$"
)
_NEGATIVE = re.compile(
    r"(?i)(kenmerk|referentie|ref|zaaknummer|zaaknr|dossiernummer|dossiernr|documentnummer|docnr|"
    r"factuurnummer|factuurnr|ordernummer|registratienummer|bsn|iban|rekening|rekeningnummer|€|eur|"
    r"euro|bedrag|postcode|artikel|art|kvk|btw|nr|no|id)\.?[ \t]*:?[ \t]*[#]?[ \t]*$"
)
_AFTER_NEGATIVE = re.compile(r"(?i)[ \t]*(?:euro|eur|mln|miljoen|miljard)(?![\w])")
# Numbers of organisations, not persons: 0800 (toll free), 0900 (premium), 0906/0909 (shared cost).
_SERVICE_TYPES = frozenset(
    {
        phonenumbers.PhoneNumberType.TOLL_FREE,
        phonenumbers.PhoneNumberType.PREMIUM_RATE,
        phonenumbers.PhoneNumberType.SHARED_COST,
    }
)
_IBAN_BEFORE = re.compile(r"[A-Z]{2}\d{2}[ ]?[A-Z]{4}[ ]?$")
# "03-04-2023 11:12" (a chat time stamp) and "12.03.2024": a date, never a phone number
_DATE_START = re.compile(r"[\[(]?\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d{2}(?!\d)")


def national_digits(number: PhoneNumber) -> str:
    """Digits of the number as dialled inside its country ("0703707911"); with the country code
    for numbers outside NL ("4930123456")."""
    if phonenumbers.region_code_for_number(number) == "NL":
        return re.sub(r"\D", "", phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
    return re.sub(r"\D", "", phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


# A Dutch number by shape: international (+31 / 0031, optional "(0)") or national (0…), digits in groups
# separated by one space, dash or dot; 9 digits after the country code or 10 in national form.
_SEP = r"[ \t]?[-.]?[ \t]?"
_SHAPE = re.compile(
    rf"(?<![\w+])(?:(?P<intl>\+31|0031){_SEP}(?:\(0\){_SEP})?(?P<rest>[1-9](?:{_SEP}\d){{8}})"
    rf"|(?P<nat>\(?0[1-9](?:\)?{_SEP}\d|{_SEP}\d){{8}}))(?![\w]|[-.]\d)"
)
_CONTEXT_BEFORE = re.compile(
    r"(?i)(?<![\w])(tel|telefoon\w*|tel\.?nr|mob\w*|gsm|bel\w*|gebeld|bereikbaar|nummer|whatsapp|sms|"
    r"app|t|m|phone|mobile)(?![\w])[^\n\d]{0,25}$"
)
_SIGN_OFF = re.compile(
    r"(?im)^[ \t]*(?:met[ \t]+)?(?:vriendelijke[ \t]+|hartelijke[ \t]+|collegiale[ \t]+)?groet(?:en)?\b|"
    r"^[ \t]*hoogachtend\b|^[ \t]*kind regards\b"
)
_SIGNATURE_LINES = 8  # a sign-off this many lines above makes a number part of a signature block


_BEFORE_NUMBER = re.compile(r"(?P<name>[^\W\d_][\w'’.-]*(?:[ \t]+[\w'’.-]+){1,4})[ \t]*[,:(–-]?[ \t]*\(?$")


def _next_to_name(before: str) -> bool:
    """The text before a number on its line ends in a person's name ("Piet de Vries, 06-…")."""
    from redact.detect.names import parse_name

    m = _BEFORE_NUMBER.search(before)
    if not m:
        return False
    words = m.group("name").split()
    # the shortest tail of two words or more that is a whole name ("bel Piet de Vries" -> "Piet de Vries")
    return any(parse_name(" ".join(words[k:])) is not None and words[k][:1].isupper()
               for k in range(len(words) - 1))


def _is_date(text: str, start: int, end: int) -> bool:
    """A date at ``start`` ("03-04-2023 11:12"): day and month in range, not "06.97.01.23.45"."""
    m = _DATE_START.match(text, start, end)
    if not m:
        return False
    day, month = (int(x) for x in re.findall(r"\d+", m.group())[:2])
    return 1 <= day <= 31 and 1 <= month <= 12


def _shape_digits(m: re.Match[str]) -> str:
    """The national digits of a shaped match ("0612345678")."""
    if m.group("intl"):
        return "0" + re.sub(r"\D", "", m.group("rest"))
    return re.sub(r"\D", "", m.group("nat"))


# The fewest digits of any number phonenumbers accepts as valid, country code included (+683 4002,
# Niue); Dutch numbers have 10, Dutch service numbers 8 or more.
_MIN_DIGITS = 7


class PhoneRecognizer(RulesRecognizer):
    """phonenumbers' matcher per line, with Dutch label and negative-context handling."""

    NAME = "PhoneRecognizerNL"
    ENTITIES = ("TELEFOON",)
    CONTEXT = (
        "telefoon", "telefoonnummer", "tel", "t", "m", "mob", "mobiel", "gsm", "bellen", "gebeld", "bel",
        "nummer", "phone", "mobile", "whatsapp", "bereikbaar",
    )
    SCORE = 0.6
    LABELLED_SCORE = 0.75
    SHAPE_SCORE = 0.5  # shaped like a Dutch number, outside the number plan, in a phone context

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for ls, le in iter_lines(text):
            line = text[ls:le]
            if sum(map(str.isdigit, line)) < _MIN_DIGITS:
                continue  # no valid number fits: a date, a page number, an amount
            valid: list[tuple[int, int]] = []
            for m in phonenumbers.PhoneNumberMatcher(line, "NL", leniency=Leniency.VALID):
                valid.append((ls + m.start, ls + m.end))
                start, end = ls + m.start, ls + m.end
                if text[start] == "(" and ")" not in text[start:end]:
                    start += 1  # "(06-12345678)": phonenumbers keeps an unbalanced bracket
                before = text[max(ls, start - 30) : start]
                digits = national_digits(m.number)
                if digits in self.rules.allow_phones or digits.startswith("140"):
                    continue
                if phonenumbers.number_type(m.number) in _SERVICE_TYPES:
                    continue
                if _IBAN_BEFORE.search(before) or _DATE_START.match(text, start, end):
                    continue
                positive = _POSITIVE.search(before)
                if not positive and (_NEGATIVE.search(before) or _AFTER_NEGATIVE.match(text, end, le)):
                    continue
                evidence: tuple[str, ...] = ("phonenumbers:valid",)
                score = self.SCORE
                if positive:
                    evidence += (f"label:{positive.group(1).lower()}",)
                    score = self.LABELLED_SCORE
                results.append(make_result(self, "TELEFOON", start, end, score, evidence))
            results.extend(self._shaped(text, ls, le, valid))
        return results

    def _shaped(self, text: str, ls: int, le: int, valid: list[tuple[int, int]]) -> list[RecognizerResult]:
        """Numbers of a Dutch shape on the line ``text[ls:le]`` that ``phonenumbers`` did not accept
        (``valid``: its matches), reported only in a phone context (see the module docstring)."""
        out: list[RecognizerResult] = []
        for m in _SHAPE.finditer(text, ls, le):
            start, end = m.span()
            if any(a < end and start < b for a, b in valid):
                continue
            if text[start] == "(" and ")" not in text[start:end]:
                start += 1
            digits = _shape_digits(m)
            if len(digits) != 10 or digits in self.rules.allow_phones or digits.startswith(("0800", "090", "014")):
                continue
            before = text[max(ls, start - 40) : start]
            if _IBAN_BEFORE.search(before) or _is_date(text, start, end):
                continue
            label = _POSITIVE.search(before) or _CONTEXT_BEFORE.search(before)
            if not label and (_NEGATIVE.search(before) or _AFTER_NEGATIVE.match(text, end, le)):
                continue
            kind = "nl-mobile" if digits.startswith("06") else "nl-landline"
            evidence: tuple[str, ...] = ("phonenumbers:invalid", f"shape:{kind}")
            if label:
                evidence += (f"label:{label.group(1).lower()}",)
            elif self._in_signature(text, ls):
                evidence += ("context:signature-block",)
            elif _next_to_name(text[ls:start]):
                evidence += ("context:next-to-name",)
            elif kind == "nl-mobile" and not text[ls:start].strip(" \t:") and not text[end:le].strip():
                evidence += ("structure:number-alone-on-line",)
            else:
                continue
            out.append(make_result(self, "TELEFOON", start, end, self.SHAPE_SCORE, evidence))
        return out

    @staticmethod
    def _in_signature(text: str, ls: int) -> bool:
        """A sign-off ("Met vriendelijke groet", "Groet,") on one of the lines just above ``ls``."""
        lo = ls
        for _ in range(_SIGNATURE_LINES):
            lo = text.rfind("\n", 0, max(lo - 1, 0))
            if lo < 0:
                lo = 0
                break
            if "\f" in text[lo:ls]:
                return False
        return bool(_SIGN_OFF.search(text, lo, ls))
