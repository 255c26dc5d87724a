"""Scanning helpers shared by the structural recognizers: lines, and lists of names after a cue.

``scan_names`` reads a list such as ``Piet Jansen (voorzitter), K. de Vries (DGRR); Bakker, M.``
and returns the span of every name in it, without titles, unit suffixes, brackets or e-mail
addresses. Guarantees: spans never cross a line end and never include surrounding whitespace or
punctuation (a final initial keeps its dot, the resolver trims it). Modes:

* ``strict``  - the whole range must be a list of names, otherwise nothing is returned
  (used where no colon says "a value follows", e.g. the line after "Met vriendelijke groet,").
* ``stop``    - names are read until the first thing that is not a name (greetings).
* ``lenient`` - things that are not names are skipped up to the next separator (label fields).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from redact.detect.lexicon import CAPITAL_WORDS, INITIALS_BLOCKLIST, ORG_ABBREVIATIONS
from redact.detect.names import (
    FORMS,
    PARAPH,
    STREET_AHEAD,
    TITLES_PREFIX,
    UP,
    NameParts,
    parts_from_match,
    plausible,
)

Mode = Literal["strict", "stop", "lenient"]

_SEP = re.compile(r"[ \t]*(?:[,;&/+]|(?<![\w])(?:en|and|of)(?![\w])|[-–][ \t])[ \t]*")
_BOUNDARY = re.compile(
    rf"[ \t]*(?:$|[,;:()<\[\]\"”&/+|]|[.!?'’](?![\w])|(?:en|and|of)(?![\w])|[-–][ \t]|\t"
    rf"|{UP}{{2,}}(?![\w]))"
)
_DECOR = re.compile(r"[ \t]*(?:\([^()\n]*\)|<[^<>\n]*>|\[[^\[\]\n]*\]|[\"”“]|[\w.+-]+@[\w.-]+\.\w+)")
_UNIT = re.compile(r"[ \t]+[A-Z][A-Za-z]*[A-Z][\w/&-]*(?![\w])")  # "DGRR/DRC", "JenV" after a name
_LEAD = re.compile(rf"[ \t\"“”]*(?:'(?={UP}))?")
_PARAPH = re.compile(PARAPH)
_NEXT_SEP = re.compile(r"[,;]")
# a house number and a postcode: the word before them is a street, never a name's last word ("Fam. Borst
# Groenedijk 4 1704 DE Heerhugowaard", where "Groenedijk" has no street suffix)
_ADDRESS_AFTER = re.compile(r"[ \t]+\d{1,5}(?:[ \t]?[a-zA-Z](?![\w]))?(?:[ \t]*-[ \t]*\w{1,4})?,?"
                            r"[ \t]+\d{4}[ \t]?[A-Z]{2}(?![\w])")
_ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")  # I … XXXIX, as numbered in documents

FORM_ORDER = ("inverted", "initials", "full", "tv", "single")
FORM_ORDER_AFTER_TITLE = ("initials", "full", "tv_any", "single")


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A name (or a paraph when ``parts`` is None) found by ``scan_names``."""

    start: int
    end: int
    parts: NameParts | None

    @property
    def is_paraph(self) -> bool:
        return self.parts is None


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of every line in ``text[start:end]``, without the line break."""
    stop = len(text) if end is None else end
    pos = start
    while pos <= stop:
        nl = text.find("\n", pos, stop)
        if nl < 0:
            yield pos, stop
            return
        yield pos, nl
        pos = nl + 1


def next_line(text: str, line_end: int, *, max_blank: int = 1) -> tuple[int, int] | None:
    """The next non-blank line after the line ending at ``line_end``, skipping at most ``max_blank``
    blank lines and never crossing a page break ("\\f")."""
    if line_end >= len(text):
        return None
    for blanks, (s, e) in enumerate(iter_lines(text, line_end + 1)):
        seg = text[s:e]
        if "\f" in seg or blanks > max_blank:
            return None
        if seg.strip():
            return s, e
    return None


def is_paraph(token: str, *, cell: bool = False, loose: bool = False) -> bool:
    """True for "PJ", "P.J.", "PJV", "KdV": initials used as a paraph, not an organisation
    abbreviation ("DGRR", "JenV"), a common abbreviation ("N.B.") or a Roman numeral ("III").
    Alone in a table ``cell`` a word in capitals ("EN") or an abbreviation ("NB") counts too;
    ``loose`` (a paraph column) also accepts short codes that are unit names elsewhere ("EK")."""
    letters = token.replace(".", "")
    upper = letters.upper()
    return (
        bool(_PARAPH.fullmatch(token))
        and (loose or upper not in ORG_ABBREVIATIONS)
        and (cell or upper not in CAPITAL_WORDS)
        and (cell or upper not in INITIALS_BLOCKLIST)
        and not _ROMAN.fullmatch(letters)
    )


# the gap between two columns of a table in extracted text (justified prose spreads its words less)
_COLUMN_GAP = re.compile(r" {6,}|\t")
# a column of a label and a clock time after a name in an index's row: "Willem Bakker Begin spreekmoment 14:18:50" (a
# meeting video's list of speakers); a capitalised word before a lower-case one and a time opens the label, it does
# not end the name
_TIMED_LABEL = re.compile(r"[ \t]+[A-ZÀ-Þ][a-zß-ÿ]+[ \t]+[a-zß-ÿ]+[ \t]+\d{1,2}:\d\d\b")


def candidates(
    text: str,
    pos: int,
    end: int,
    *,
    allow_inverted_given: bool = False,
    after_title: bool = False,
    free: bool = False,
    addressed: bool = False,
) -> NameSpan | None:
    """The longest plausible name starting exactly at ``pos`` (None if there is none).

    ``free``: running text, the name may be followed by anything that is not a letter; otherwise it
    must be followed by a list separator, a bracket or the end. ``addressed``: after a form of address ("de heer",
    "mevrouw", "fam."), which no street's name holds, a name and then its address ("de heer Arrus
    Rustenburgerweg 247"), never a street named after a person. A match that is not plausible as a
    whole is retried without its last word ("mevrouw Jansen Directie" -> "Jansen"); a table's column gap (six spaces
    or a tab) ends it ("Henk Brito        Hof van Capelle"), and so does a column of a label and a time
    ("Willem Bakker Begin spreekmoment 14:18:50").
    """
    best: NameSpan | None = None
    if (gap := _COLUMN_GAP.search(text, pos, min(end, pos + 100))) is not None:
        end = gap.start()  # a table's column gap ends the name: "Henk Brito        Hof van Capelle"
    if text.find(":", pos, lim := min(end, pos + 100)) >= 0 and (label := _TIMED_LABEL.search(text, pos, lim)):
        end = label.start()
    if not addressed and STREET_AHEAD.match(text, pos, end):
        return None  # "Johan de Wittlaan", "Dr. Jan van Breemenstraat": a street, not "Johan"
    for form in FORM_ORDER_AFTER_TITLE if after_title else FORM_ORDER:
        limit = end
        for _ in range(4):
            m = FORMS[form].match(text, pos, limit)
            if not m:
                break
            parts = parts_from_match(m, form)
            ok = free or _BOUNDARY.match(text, m.end(), end)
            allowed = not (form == "inverted" and parts.given and not allow_inverted_given)
            if ok and allowed and plausible(parts, place_ok=addressed) and not _ADDRESS_AFTER.match(text, m.end(), end):
                if best is None or m.end() > best.end:
                    best = NameSpan(m.start(), m.end(), parts)
                break
            cut = max(text.rfind(" ", pos, m.end()), text.rfind("\t", pos, m.end()))
            if cut <= pos:
                break
            limit = cut
    return best


def scan_names(
    text: str,
    start: int,
    end: int,
    *,
    mode: Mode,
    allow_inverted_given: bool = False,
    paraph_ok: bool = False,
) -> list[NameSpan]:
    """Every name (and, with ``paraph_ok``, every paraph) in the list ``text[start:end]``."""
    found: list[NameSpan] = []
    pos = start
    while pos < end:
        m = _SEP.match(text, pos, end)
        if m and m.end() > pos:
            pos = m.end()
        lead = _LEAD.match(text, pos, end)
        if lead:
            pos = lead.end()
        if pos >= end:
            break
        t = TITLES_PREFIX.match(text, pos, end)
        if t:
            pos = t.end()
        item = candidates(
            text, pos, end, allow_inverted_given=allow_inverted_given, after_title=t is not None
        )
        if item is None and paraph_ok:
            p = _PARAPH.match(text, pos, end)
            if p and is_paraph(p.group()) and _BOUNDARY.match(text, p.end(), end):
                item = NameSpan(p.start(), p.end(), None)
        if item is None:
            if mode == "strict":
                return []
            if mode == "stop":
                break
            nxt = _NEXT_SEP.search(text, pos, end)
            if nxt is None:
                break
            pos = nxt.end()
            continue
        found.append(item)
        pos = item.end
        while True:
            d = _DECOR.match(text, pos, end) or _UNIT.match(text, pos, end)
            if not d or d.end() == pos:
                break
            pos = d.end()
        if pos < end and not text[pos:end].strip(" \t.,;:!"):
            break
        if pos < end and not _SEP.match(text, pos, end):
            if mode == "strict":
                return []
            if mode == "stop":
                break
            nxt = _NEXT_SEP.search(text, pos, end)
            if nxt is None:
                break
            pos = nxt.end()
    return found
