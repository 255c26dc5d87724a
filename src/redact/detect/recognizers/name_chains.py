"""Word classes and chains of given names around a capitalised word, for ``person_gazetteer``.

* ``ordinary``: a word that is never a name on its own (document word, place, abbreviation, institution);
  ``ending_only``: one that is so only by an institution's ending ("Bouwhuis") or a street's ("Groeneweg");
* ``first_names_follow`` / ``first_name_before``: the word stands in a list of first names ("Harrie, Karin,
  Tom en Dea"; "Mariska en Wim");
* ``couple_follows``: the word is the given name of one of a couple ("Kees en Yvonne Buijs");
* ``given_before``: where the given names before a family name in capitals begin ("Charles Albertis WOODLEY",
  "DERRICK SIMMONS"; unknown given names only when they open a numbered list of parties, "2. Rechelline …
  LEERDAM").

Guarantees: pure functions of the text and the name lists; a given name that is also a Dutch word never
makes a list or a couple on its own.
"""

from __future__ import annotations

import re

from redact.detect.gazetteer import Gazetteer
from redact.detect.lexicon import (
    GIVEN_NAME_WORDS,
    INSTITUTION_ENDINGS,
    ORG_ABBREVIATIONS,
    PLACES,
    STREET_SURNAMES,
    has_street_suffix,
    is_not_name,
)
from redact.detect.names import NAME_WORD
from redact.detect.wordlist import is_dutch_word

__all__ = ["couple_follows", "ending_only", "first_name_before", "first_names_follow", "given_before", "ordinary"]


def ordinary(word: str, g: Gazetteer, *, places: bool = True) -> bool:
    """A word that is never a name on its own here (document word, place, abbreviation, institution);
    ``places=False`` where a first name or tussenvoegsel already says "person" ("Victoria van der Linden")."""
    low = word.lower()
    return (
        is_not_name(word)
        or low in g.not_names
        or (places and (low in PLACES or g.is_place(low)))
        # "OM", "AD" are abbreviations; "Ad", "Co", "Bo" given names (no capitalised abbreviation is that short)
        or (word.upper() in ORG_ABBREVIATIONS and (len(word) > 2 or word.isupper()))
        or low.endswith(INSTITUTION_ENDINGS)
        or has_street_suffix(low)
    )



def ending_only(word: str, g: Gazetteer) -> bool:
    """True when ``word`` is ``ordinary`` only by an institution's ending ("Bouwhuis", "Nijhuis") or, as a family name
    that ends like a street, by a street's ("Groeneweg", ``lexicon.STREET_SURNAMES``)."""
    low = word.lower()
    return ((low.endswith(INSTITUTION_ENDINGS) or low in STREET_SURNAMES) and not is_not_name(word)
            and low not in g.not_names and word.upper() not in ORG_ABBREVIATIONS
            and (not has_street_suffix(low) or low in STREET_SURNAMES))


_LIST_NEXT = re.compile(rf",[ \t]+({NAME_WORD}),[ \t]+({NAME_WORD})")


def first_names_follow(text: str, end: int, g: Gazetteer) -> bool:
    """True when two more first names follow, separated by commas ("Harrie, Karin, Tom en Dea"): a list of
    persons, so the sentence-initial first word is one too."""
    m = _LIST_NEXT.match(text, end)
    return m is not None and all(
        g.is_first_name(w) and not ordinary(w, g) and not is_dutch_word(w) for w in m.groups()  # places: ordinary
    )


# the last of a list of first names: "Nancy, (later) Mariska en Wim"
_LIST_BEFORE = re.compile(rf"({NAME_WORD}),?[ \t]+(?:en|of)[ \t]+\Z|({NAME_WORD}),[ \t]+\Z")


def first_name_before(text: str, start: int, g: Gazetteer) -> bool:
    """True when a first name that is no Dutch word stands right before, joined by "en" or a comma: the word at
    ``start`` is the next one of a list of persons ("Mariska en Wim")."""
    m = _LIST_BEFORE.search(text, max(0, start - 40), start)
    w = m.group(1) or m.group(2) if m else ""
    # "Jan en Aagje": a given name the word list also holds ("jan") counts when names.yaml calls it a given name
    return bool(w) and g.is_first_name(w) and not ordinary(w, g) and (not is_dutch_word(w)
                                                                      or w.lower() in GIVEN_NAME_WORDS)


# "Kees en Yvonne Buijs": a given name, "en", a given name and a capitalised family name
_COUPLE = re.compile(rf"[ \t]+en[ \t]+({NAME_WORD})[ \t]+(?:(?:van|de|der|den|ter|ten|te)[ \t]+)*[A-Z]")


def couple_follows(text: str, end: int, g: Gazetteer) -> bool:
    """True when "en", a given name that is no Dutch word and a family name follow: the word before ``end`` is the
    given name of one of a couple ("Kees en Yvonne Buijs")."""
    m = _COUPLE.match(text, end)
    return m is not None and g.is_first_name(m.group(1)) and not ordinary(m.group(1), g) \
        and not is_dutch_word(m.group(1))


# given names before a family name in capitals ("Rechelline Mururgia Candida LEERDAM", a court's style)
_GIVEN_CHAIN = re.compile(r"(?<![\w])((?:[A-Z][a-zà-öø-ÿ]+[ \t]+){1,4})\Z")
_LIST_NUMBER = re.compile(r"(?:\A|(?<=[\s,;:]))\d{1,2}\.[ \t]*\Z")  # "2. Rechelline …", "3.Reuben …"
_CAPS_GIVEN = re.compile(r"(?:^|(?<=[\s,;:(]))([A-Z]{3,})[ \t]+\Z", re.MULTILINE)  # "DERRICK SIMMONS"


def given_before(text: str, start: int, g: Gazetteer) -> int | None:
    """Where the given names before the family name in capitals at ``start`` begin: a chain of capitalised
    given names of which one is a known first name, or which opens a numbered item of a list of parties (leading
    ordinary words such as "Door" or "In" are left out), or a known first name in capitals ("DERRICK
    SIMMONS"); None otherwise."""
    pos = _given_chain(text, start, g)
    if pos is not None:
        return pos
    c = _CAPS_GIVEN.search(text, max(0, start - 30), start)
    if c and g.is_first_name(c.group(1).capitalize()) and not ordinary(c.group(1).capitalize(), g):
        return c.start(1)
    return None


def _given_chain(text: str, start: int, g: Gazetteer) -> int | None:
    m = _GIVEN_CHAIN.search(text, max(0, start - 80), start)
    if m is None:
        return None
    words = m.group(1).split()
    pos = m.start(1)
    while words and (is_dutch_word(words[0]) or ordinary(words[0], g)) and not g.is_first_name(words[0]):
        pos = text.index(words[0], pos) + len(words[0])
        pos += len(text[pos:]) - len(text[pos:].lstrip(" \t"))
        words.pop(0)
    if not words:
        return None
    if any(g.is_first_name(w) and not ordinary(w, g) for w in words):
        return pos
    numbered = _LIST_NUMBER.search(text, max(0, pos - 6), pos) is not None
    return pos if numbered and pos == m.start(1) and not any(ordinary(w, g) for w in words) else None
