"""TELEFOON: phone numbers, found and validated by ``phonenumbers`` (region NL, leniency VALID).

Recognised: ``06-12345678``, ``06 1234 5678``, ``+31 6 12345678``, ``+31 (0)6 12345678``,
``0031 6 12345678``, ``070 370 1234``, ``(070) 3701234``, ``070-3701234`` and valid foreign numbers in
international form. A leading label (``T``, ``M``, ``Tel.``) is never part of the span.

Not reported: allow-listed numbers (switchboards; compared as digits in national form), toll-free,
premium and shared-cost service numbers (0800, 0900, 0906), municipal "14 0xx" numbers, numbers
inside an IBAN, numbers introduced by a reference/amount label (kenmerk, zaaknummer, €, …) or
followed by "euro". Dates, postcodes, amounts, BSNs and ISO dates are not valid phone numbers for
``phonenumbers`` and are never matched. Limits: a number split over two lines is not found; a
reference number that happens to be a valid mobile number without a label is reported.
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

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for ls, le in iter_lines(text):
            line = text[ls:le]
            if sum(map(str.isdigit, line)) < _MIN_DIGITS:
                continue  # no valid number fits: a date, a page number, an amount
            for m in phonenumbers.PhoneNumberMatcher(line, "NL", leniency=Leniency.VALID):
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
        return results
