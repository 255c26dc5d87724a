"""Gazetteers of Dutch first names, surnames and places, read as data from an installed package.

The lists come from the ``deduce`` package (Dutch de-identification, UMC Utrecht, LGPL-3.0-or-later):
``data/lookup/src/names/lst_first_name``, ``lst_surname`` and ``lst_interfix_surname`` (surnames that
follow a tussenvoegsel: "Aalst" in "van Aalst"), minus each list's ``exceptions.txt``, and the place
names of ``data/lookup/src/locations/lst_placename`` and the common words of
``data/lookup/src/whitelist`` (``lst_common_word``, ``lst_stop_word``). The files are located with
``importlib.util.find_spec`` and read as text: deduce's own pipeline is never imported (its start-up
costs seconds and ~1 GB). ``rules/names.yaml`` adds names of non-Dutch origin and Dutch given names
that deduce's exceptions drop because they are also words ("Toon", "Riet"; alone such a word is still
not proposed, see ``recognizers.person_gazetteer``), and lists words that are never a name on their own.

Matching is a set look-up per word (lower case, one hash per token: the same cost as an Aho-Corasick
automaton for single-word entries, which all of these are, without a dependency).

Guarantees: nothing is downloaded; a missing package or list file is a ``RulesError`` (fail closed:
without the lists, names in running text would silently be missed). Loading takes ~60 ms and ~6 MB;
the result is cached per process and rules version.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from redact.errors import RulesError
from redact.rules import Rules

_NAMES = ("data", "lookup", "src", "names")
_PLACES = ("data", "lookup", "src", "locations", "lst_placename")
_WHITELIST = ("data", "lookup", "src", "whitelist")


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Lower-case word sets: first names, surnames, surnames after a tussenvoegsel, places, not-names."""

    first_names: frozenset[str]
    surnames: frozenset[str]
    interfix_surnames: frozenset[str]
    places: frozenset[str]
    not_names: frozenset[str]
    common_words: frozenset[str] = frozenset()  # ordinary Dutch words and stop words (lower case)

    def is_first_name(self, word: str) -> bool:
        w = word.lower()
        return w in self.first_names and w not in self.not_names

    def is_surname(self, word: str, *, after_tv: bool = False) -> bool:
        w = word.lower()
        if after_tv and w in self.interfix_surnames:
            return True
        return w in self.surnames and w not in self.not_names

    def is_place(self, word: str) -> bool:
        """A place name (one or more words: "Den Haag", "Bergen op Zoom")."""
        return " ".join(word.lower().split()) in self.places

    def is_name(self, word: str) -> bool:
        """A first name or a surname (any part of a hyphenated surname)."""
        return any(self.is_first_name(p) or self.is_surname(p) for p in word.split("-") if p)


def package_dir(name: str) -> Path:
    """The folder of an installed package, found without importing it."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise RulesError(
            f"the name lists of package {name!r} are needed for detecting names in running text, but "
            f"{name!r} is not installed; install redact with its dependencies (pip install redact)"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def _read_list(folder: Path) -> set[str]:
    items = folder / "items.txt"
    try:
        words = {w.strip().lower() for w in items.read_text(encoding="utf-8").splitlines() if w.strip()}
        exceptions = folder / "exceptions.txt"
        if exceptions.is_file():
            words -= {w.strip().lower() for w in exceptions.read_text(encoding="utf-8").splitlines()}
    except OSError as e:
        raise RulesError(f"{items}: cannot read name list ({e.strerror or e})") from e
    return words


def _places(base: Path) -> set[str]:
    out: set[str] = set()
    root = base.joinpath(*_PLACES)
    for items in sorted(root.rglob("items.txt")):
        out |= _read_list(items.parent)
    return out


@lru_cache(maxsize=4)
def _load(source: str, extra_first: frozenset[str], extra_sur: frozenset[str], not_names: frozenset[str],
          extra_places: frozenset[str] = frozenset()) -> Gazetteer:
    base = package_dir(source)
    names = base.joinpath(*_NAMES)
    first = _read_list(names / "lst_first_name")
    sur = _read_list(names / "lst_surname")
    interfix = _read_list(names / "lst_interfix_surname")
    if len(first) < 1000 or len(sur) < 1000:
        raise RulesError(f"{names}: the name lists look truncated ({len(first)} first names, {len(sur)} surnames)")
    # single words only: multi-word entries ("'t wout") are matched by the grammar, not the gazetteer
    sur_words = {w for w in sur | extra_sur if " " not in w}
    sur_words |= {w.split()[-1] for w in extra_sur if " " in w}
    return Gazetteer(
        first_names=frozenset(w for w in first | extra_first if " " not in w),
        surnames=frozenset(sur_words),
        interfix_surnames=frozenset(w.split()[-1] for w in interfix),
        places=frozenset(" ".join(w.split()) for w in _places(base)) | extra_places,
        not_names=not_names,
        common_words=frozenset(
            _read_list(base.joinpath(*_WHITELIST, "lst_common_word"))
            | _read_list(base.joinpath(*_WHITELIST, "lst_stop_word"))
        ),
    )


def load_gazetteer(rules: Rules) -> Gazetteer:
    """The gazetteer for ``rules`` (``rules/names.yaml``), loaded once per process."""
    return _load(rules.name_source, rules.extra_first_names, rules.extra_surnames, rules.not_names,
                 rules.extra_places)


__all__ = ["Gazetteer", "load_gazetteer", "package_dir"]
