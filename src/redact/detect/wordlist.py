"""A real Dutch word list, to tell ordinary words ("Sprong", "Correct", "Doorkiesnummer") from names.

The list is Debian's ``hunspell-nl`` (the OpenTaal word list, BSD or CC BY 3.0): ``nl.dic`` holds ~180,000
stems with affix flags, ``nl.aff`` the suffix rules. ``is_dutch_word(w)`` is true when the lower-case ``w``
is a lower-case stem of the list, or one suffix rule away from one ("vergunningen" from "vergunning" +
"en"), as hunspell itself checks a word without compounding. Capitalised entries (names, places) are left
out: they say nothing about whether a word is ordinary.

Where the list lies: ``$REDACT_WORDLIST`` (a ``.dic`` file with its ``.aff`` beside it), else the usual
Debian paths. Guarantees: nothing is downloaded; when no list is installed ``is_dutch_word`` answers
False for every word (detection then works as without this module) and one warning is logged per
process - never an error, because the list only ever removes proposals of ordinary words. Loading takes
~0.3 s and ~20 MB, once per process, on first use. Limits: prefixes and compounds are not analysed
("Procedurekamer" is not found; the organisation-noun endings of ``lexicon`` cover such words).
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = ["DutchWords", "is_dutch_word", "load_words", "wordlist_path"]

log = logging.getLogger(__name__)

_CANDIDATES = ("/usr/share/hunspell/nl_NL.dic", "/usr/share/hunspell/nl.dic", "/usr/share/myspell/nl_NL.dic",
               "/usr/share/myspell/dicts/nl_NL.dic")


@dataclass(frozen=True, slots=True)
class DutchWords:
    """Lower-case stems with their flags, and suffix rules by the text they add."""

    stems: dict[str, str]
    suffixes: dict[str, tuple[tuple[str, str, re.Pattern[str] | None], ...]] = field(default_factory=dict)
    flag_width: int = 2
    iconv: tuple[tuple[str, str], ...] = ()  # input conversions of the .aff ("ij" -> "ĳ" in OpenTaal)

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word:
            return False
        w = word.lower()
        for old, new in self.iconv:
            w = w.replace(old, new)
        if w in self.stems:
            return True
        for k in range(1, min(len(w), 8) + 1):
            for flag, strip, cond in self.suffixes.get(w[-k:], ()):
                root = w[:-k] + strip
                flags = self.stems.get(root)
                if flags is not None and self._has(flags, flag) and (cond is None or cond.search(root)):
                    return True
        return False

    def _has(self, flags: str, flag: str) -> bool:
        n = self.flag_width
        return any(flags[i:i + n] == flag for i in range(0, len(flags), n))


def wordlist_path() -> Path | None:
    """The ``.dic`` file to use, or None when none is installed."""
    env = os.environ.get("REDACT_WORDLIST", "").strip()
    for p in ([env] if env else []) + list(_CANDIDATES):
        path = Path(p)
        if path.is_file() and path.with_suffix(".aff").is_file():
            return path
    return None


def _iconv(aff: str) -> tuple[tuple[str, str], ...]:
    """The ``ICONV from to`` lines of an .aff file, for lower-case input."""
    pairs = [tuple(line.split()[1:3]) for line in aff.splitlines() if line.startswith("ICONV ")]
    return tuple(dict.fromkeys((p[0].lower(), p[1].lower()) for p in pairs if len(p) == 2))


def _suffix_rules(aff: str) -> tuple[dict[str, tuple[tuple[str, str, re.Pattern[str] | None], ...]], int]:
    rules: dict[str, list[tuple[str, str, re.Pattern[str] | None]]] = {}
    width = 1
    for line in aff.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] == "FLAG":
            width = 2 if parts[1] == "long" else 1
        if len(parts) < 5 or parts[0] != "SFX":
            continue  # the header line "SFX Zb Y 4" has four fields
        flag, strip, add, cond = parts[1], parts[2], parts[3].split("/")[0], parts[4]
        strip = "" if strip == "0" else strip
        add = "" if add == "0" else add
        if not add:
            continue
        try:
            rx = None if cond == "." else re.compile(f"{cond}$")
        except re.error:
            continue
        rules.setdefault(add.lower(), []).append((flag, strip.lower(), rx))
    return {k: tuple(v) for k, v in rules.items()}, width


@lru_cache(maxsize=2)
def _load(path: str) -> DutchWords:
    dic = Path(path)
    stems: dict[str, str] = {}
    with dic.open(encoding="utf-8", errors="replace") as fh:
        next(fh, None)  # the first line counts the entries
        for line in fh:
            entry = line.split("\t", 1)[0].strip()
            if not entry or not entry[0].islower():
                continue  # names and places are capitalised: no evidence of an ordinary word
            word, _, flags = entry.partition("/")
            stems[word] = stems.get(word, "") + flags
    aff = dic.with_suffix(".aff").read_text(encoding="utf-8", errors="replace")
    suffixes, width = _suffix_rules(aff)
    return DutchWords(stems, suffixes, width, _iconv(aff))


_warned = False


def load_words() -> DutchWords | None:
    """The installed word list (loaded once per process), or None with a warning when there is none."""
    global _warned
    path = wordlist_path()
    if path is None:
        if not _warned:
            _warned = True
            log.warning("no Dutch word list found (install Debian's hunspell-nl, or set REDACT_WORDLIST): "
                        "ordinary capitalised words may be proposed as names")
        return None
    try:
        return _load(str(path))
    except OSError as e:
        if not _warned:
            _warned = True
            log.warning("the Dutch word list %s cannot be read (%s): ordinary words may be proposed as names",
                        path, type(e).__name__)
        return None


def is_dutch_word(word: str) -> bool:
    """True when ``word`` (any case) is an ordinary Dutch word of the installed list."""
    words = load_words()
    return words is not None and word in words


def is_compound(word: str) -> bool:
    """True for a Dutch compound noun: a Dutch word of three letters or more (with a linking s) before one of four
    or more ("adviesraad", "ambulancezorg", "voorjaarsledenvergadering")."""
    for i in range(3, len(word) - 3):
        head, tail = word[:i], word[i:]
        if is_dutch_word(tail) and (is_dutch_word(head) or (head.endswith("s") and is_dutch_word(head[:-1]))):
            return True
    return False


def is_word_or_compound(word: str) -> bool:
    """True when ``word`` (any case) is an ordinary Dutch word of the installed list or a compound of such words."""
    low = word.lower()
    return is_dutch_word(low) or is_compound(low)
