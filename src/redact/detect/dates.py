"""The document's own date, found in its text (the ``Datum`` column of the inventory list).

Guarantees: only a labelled date near the start of the text is taken (``Datum``, ``Verzonden`` …);
a date that overlaps a redacted span is never used; an impossible date is skipped; ``Geboortedatum``
is not a label.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

__all__ = ["MONTHS", "document_date"]

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4, "mei": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9, "sep": 9,
    "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_WEEKDAY = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\.?,?"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_LABEL = r"(?<![\w-])(?:datum|verzonden|verstuurd|gedateerd|date|sent)(?![\w-])[ \t]*:?"
_DATE = re.compile(
    rf"{_LABEL}\s*(?:{_WEEKDAY}\s+)?"
    rf"(?:(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH})\.?\s+(?P<y>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})[-/.](?P<m2>\d{{1,2}})[-/.](?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}}))(?!\d)",
    re.IGNORECASE,
)
_SEARCH_CHARS = 20_000  # the date sits in the heading of a document or of its first message


def document_date(text: str, redacted: Sequence[tuple[int, int]] = ()) -> str:
    """The document's own date as ISO ``YYYY-MM-DD``, or ``""``.

    Looks for the first labelled date near the start of ``text``: the ``Datum`` field of a colophon
    or letter head, an e-mail's ``Verzonden:`` line (the newest message comes first in a print);
    day-month-year with Dutch month names (``20 juni 2022``, ``maandag 2 oktober 2023``) or
    numbers (``20-06-2022``), or ISO. A date overlapping a ``redacted`` span is skipped; so is an
    impossible date. ``Geboortedatum`` is not a label.
    """
    for m in _DATE.finditer(text, 0, min(len(text), _SEARCH_CHARS)):
        s, e = m.span()
        if any(a < e and s < b for a, b in redacted):
            continue
        if m.group("d"):
            day, month, year = int(m.group("d")), MONTHS[m.group("mon").lower()], int(m.group("y"))
        elif m.group("d2"):
            day, month, year = int(m.group("d2")), int(m.group("m2")), int(m.group("y2"))
        else:
            day, month, year = int(m.group("d3")), int(m.group("m3")), int(m.group("y3"))
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            continue
    return ""
