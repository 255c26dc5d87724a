"""Text normalisation that keeps every offset: one character in, one character out.

PDF text layers often contain no-break spaces (U+00A0) and other horizontal space characters
between the words of a name ("Aya\\u00a0van\\u00a0de\\u00a0Greef"), and a text scraped from a web page may keep its
line-break and inline tags ("C.J.M. Gerssen,<br />", "<strong>raad</strong>"), a label may carry its feminine
ending in brackets ("Notulist(e): A. Jonker"), and a copy's signature its mark in brackets ("(get.) B. Thomaes").
The recognizers and the resolver work on ``normalize(text)``, in which those are plain spaces (and a soft hyphen
inside a word, an OCR's or a typesetter's "Wende\u00adlaar", a hyphen, so a list's entry stays one; the particle 't
after an opening quote, "van ‘t Veen", with an apostrophe; a list's letter glued to the initials, "a.S.J. de Boer",
spaces; the signature's mark the title "w.g."; OCR's zero for an entry's initial O, ", 0. Vermue,", the letter; a word
of an office an OCR'd column split, "geïn stalleerd", whole, its space moved to its end);
findings always quote the original text (``Finding.text == text[start:end]`` of the caller's text).
"""

from __future__ import annotations

import functools
import re
import sys

import numpy as np

_HORIZONTAL_SPACES = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
_TABLE = dict.fromkeys(map(ord, _HORIZONTAL_SPACES), " ")


# the HTML tags a scraped text keeps: line breaks, paragraphs and inline markup (never "<" in prose: "a < b")
_TAGS = re.compile(r"</?(?i:br|p|div|span|strong|b|i|em|u|font)(?:[ \t]+[^<>\n]{0,80})?[ \t]*/?>")
# a feminine ending in brackets, before a label's colon or the word's end: "Notulist(e):"; a plural's stays
# ("Portefeuillehouder(s): A, B" names several)
_ENDING = re.compile(r"(?<=[a-z])\((?:e|ster)\)(?=[ \t]*[:,;.\n]|[ \t])")


_SOFT_HYPHEN = re.compile(r"(?<=\w)\u00ad(?=\w)")
# a list's letter glued to the initials of the entry's name: "a.S.J. de Boer en S. van Wijngaarden, in dienst van …"
_ITEM_LETTER = re.compile(r"(?m)^[ \t]*[a-z]\.(?=(?:[A-Z]\.){1,5}[ \t]?(?:[A-Z]|[a-z]{1,3}[ \t']))")
# the particle 't written with an opening quote, as a word processor's "smart quote" makes it: "Annemarie van ‘t Veen"
_OPENING_T = re.compile(r"(?<=[ \t])\u2018(?=t[ \t]+[A-ZÀ-Þ])")
# a signature's mark of a copy in brackets: "De Burgemeester voornoemd, (get.) B. THOMAES", "(w.g.) E. Middelberg"
# (getekend, was getekend): read as the title "w.g." before the name, without its brackets
_SIGNED = re.compile(r"\((?:get|w\.g)\.\)")
# OCR's zero for the initial O in a list's entry: ", 0. Vermue," (read as "O. Vermue")
_ZERO_INITIAL = re.compile(r"(?<=[,;:][ \t])0(?=\.[ \t]?[A-Z][a-zà-ÿ]{2,}(?:[ \t]*[,;.]|[ \t]+en[ \t]))")

# an OCR'd column's word split by a space where the printed line broke it without its hyphen ("de heer J. de Wilde
# geïn stalleerd als nieuwe burgemeester", "wet houder Herbers", "tot burgemees ter van Middelburg"): the words that
# name an office or the act of taking one, which the readers of public roles look for whole; the space moves to the
# word's end (or, before a punctuation mark, to its start after a space), so the offsets stay
_SPLIT_WORDS = (
    "burgemeester", "wethouders", "wethouder", "raadsleden", "raadslid", "gemeenteraad", "gedeputeerden",
    "gedeputeerde", "statenleden", "secretaris", "voorzitter", "commissaris", "hoogheemraad", "geïnstalleerd",
    "installatie", "benoeming", "benoemd", "beëdigd", "gekozen", "tegenwoordig", "aanwezig", "fractievoorzitter",
)
_SPLIT_WORD = re.compile(
    r"(?i)(?<![\w])(?:" + "|".join(" ?".join(map(re.escape, w)) for w in _SPLIT_WORDS) + r")(?![\w])")


def _join_split(m: re.Match[str]) -> str:
    word = m.group()
    if word.count(" ") != 1:
        return word
    head, tail = word.split(" ")
    if len(head) < 2 or len(tail) < 2:
        return word
    if m.end() == len(m.string) or m.string[m.end()] in " \t\n":
        return head + tail + " "
    if m.start() and m.string[m.start() - 1] in " \t":
        return " " + head + tail
    return word


@functools.lru_cache(maxsize=4)  # the recognizers and then the resolver ask for the same text's, one after the other
def normalize(text: str) -> str:
    """``text`` with every horizontal Unicode space, every HTML tag of ``_TAGS`` and every bracketed feminine
    ending of ``_ENDING`` replaced by spaces, a signature's "(get.)" or "(w.g.)" by the title " w.g. ", a soft
    hyphen inside a word by a hyphen, an opening quote before the particle 't by an apostrophe, and a list's letter
    glued to a name's initials ("a.S.J. de Boer") by spaces, OCR's zero for an entry's initial O by the letter, and a
    word of ``_SPLIT_WORDS`` split by one space whole (same length, same offsets)."""
    text = text.translate(_TABLE)
    if "<" in text:
        text = _TAGS.sub(lambda m: " " * len(m.group()), text)
    if "(" in text:
        text = _ENDING.sub(lambda m: " " * len(m.group()), text)
        text = _SIGNED.sub(" w.g. ", text)
    if "\u00ad" in text:
        text = _SOFT_HYPHEN.sub("-", text)
    if "\u2018" in text:
        text = _OPENING_T.sub("\u2019", text)
    if "0." in text:
        text = _ZERO_INITIAL.sub("O", text)
    text = _SPLIT_WORD.sub(_join_split, text)
    return _ITEM_LETTER.sub(lambda m: " " * len(m.group()), text)


@functools.cache
def _lowered() -> tuple[int, ...]:
    """The code points that the regex engine's lower-casing (``_sre.unicode_tolower``) changes."""
    import _sre

    n = sys.maxunicode + 1
    lows = np.fromiter(map(_sre.unicode_tolower, range(n)), dtype=np.int64, count=n)
    return tuple(np.flatnonzero(lows != np.arange(n)).tolist())


@functools.cache
def fold_table() -> dict[int, int] | None:
    """Each character to the representative of the characters ``re.IGNORECASE`` treats as equal to
    it: the regex engine's own lower-casing (``_sre.unicode_tolower``, one character to one) and its
    table of extra equivalences (``re._casefix``: ı/i, ſ/s, µ/μ, …). A literal character of an
    IGNORECASE pattern matches a text character only if both map to the same representative.
    ``None`` when this interpreter does not expose those (then nothing is sieved)."""
    try:
        import _sre
        from re._casefix import _EXTRA_CASES
    except ImportError:  # pragma: no cover - another Python implementation
        return None
    classes = [(lo, *more) for lo, more in _EXTRA_CASES.items()]
    if any(set(c) != {k, *_EXTRA_CASES.get(k, ())} for c in classes for k in c):
        return None  # the equivalence classes are not what this code assumes
    table: dict[int, int] = {}
    for cp in {*_lowered(), *(k for c in classes for k in c)}:
        lo = _sre.unicode_tolower(cp)
        rep = min((lo, *_EXTRA_CASES.get(lo, ())))
        if rep != cp:
            table[cp] = rep
    return table


@functools.cache
def _not_lower() -> re.Pattern[str] | None:
    """The characters for which ``str.lower`` is not their ``fold_table`` representative (ſ, ı, İ, …):
    a text without any folds exactly as ``str.lower`` lowers it."""
    table = fold_table()
    if table is None:
        return None
    # only characters that lower-case to another (or have an extra equivalence) can differ: a
    # character that ``_sre.unicode_tolower`` keeps is kept by ``str.lower`` too (a test checks this
    # against a scan of every code point); a scan of all 1.1 million cost half a second per worker
    odd = [c for c in sorted({*_lowered(), *table}) if chr(c).lower() != chr(table.get(c, c))]
    return re.compile("[" + "".join(re.escape(chr(c)) for c in odd) + "]") if odd else re.compile("(?!)")


def fold(text: str) -> str:
    """``text`` with every character replaced by its ``fold_table`` representative (same length): two
    texts that ``re.IGNORECASE`` treats as equal fold to the same string. ``str.lower`` (fast) for
    texts without one of the few characters where the two differ."""
    table = fold_table()
    if table is None:
        return text.lower()
    odd = _not_lower()
    if odd is not None and not odd.search(text):
        return text.lower()
    return text.translate(table)
