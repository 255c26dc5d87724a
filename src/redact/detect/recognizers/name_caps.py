"""A family name written in capitals, for ``person_gazetteer``: "JANSEN", "VAN 'T ZAND", a court's style with the
given names before it ("Derrick Andre Uranus SIMMONS", "DERRICK SIMMONS"), and an old record's initials with a double
name in capitals ("mr. L. C. HORA SICCAMA", "jhr. mr. M. M. VAN ASCH VAN WIJCK").

``caps_name(text, m, g)`` reads a match of ``CAPS`` and returns the name's start and end and its evidence, or None.

Guarantees: never an organisation's abbreviation or a word of fewer than four letters, two abbreviations joined
("BOK-HOP"), a word no list knows as a family name (unless given names stand before it), an ordinary word ("BRON",
"ZAAK") or a place ("HOF TE AMSTERDAM", a dateline's "DEN BOSCH, 9 OKT."), a word inside a phrase in capitals ("VONNIS
IN KORT GEDING") or on a heading's line with more than four words in capitals ("VAN DE MINISTER"; given names before
it on a line with more words in lower case make a name); initials before it that are an abbreviation ("N.V.", "B.V.",
``lexicon.blocked_initials``) are left out.
"""

from __future__ import annotations

import re

from redact.detect.gazetteer import Gazetteer
from redact.detect.lexicon import ORG_ABBREVIATIONS, blocked_initials
from redact.detect.names import LONG_INITIALS
from redact.detect.recognizers.name_chains import given_before
from redact.detect.recognizers.name_chains import ordinary as _ordinary
from redact.detect.wordlist import is_dutch_word

__all__ = ["CAPS", "caps_name"]

CAPS = re.compile(
    r"(?<![\w'’@./-])(?P<tv>(?:(?:VAN|DE|DER|DEN|TER|TEN|TE|IN|OP|HET|EL|AL)[ \t]+|['’]T[ \t]+){0,3})"
    r"(?P<sur>[A-Z][A-Z'’]{2,}(?:-[A-Z][A-Z'’]+)?)(?![\w'’-])"
)
_CAPS_WORD_BEFORE = re.compile(r"(?<![\w])[A-Z]{2,}[ \t]+\Z")
_CAPS_WORD_AFTER = re.compile(r"[ \t]+[A-Z]{2,}(?![\w])")
# an old record's initials before the name, maybe with the first word of a double name in capitals: "L. C. HORA " of
# "L. C. HORA SICCAMA", "M. M. " of "M. M. VAN ASCH VAN WIJCK", "PH. H. " (a long initial in capitals)
_LONG = "|".join(i.upper() for i in LONG_INITIALS)
_INITIALS_BEFORE = re.compile(rf"(?<![\w.])(?P<ini>(?:(?:{_LONG}|[A-Z])\.[ \t]?){{1,6}})[ \t]*"
                              r"(?:[A-Z][A-Z'’]{2,}[ \t]+)?\Z")


def caps_name(text: str, m: re.Match[str], g: Gazetteer) -> tuple[int, int, tuple[str, ...]] | None:
    """The start, end and evidence of the family name in capitals that ``m`` (of ``CAPS``) matched, or None."""
    sur = m.group("sur")
    core = sur.replace("’", "'")
    if core.upper() in ORG_ABBREVIATIONS or len(core.replace("'", "")) < 4:
        return None
    words = [w for w in core.split("-") if w]
    tv = m.group("tv").strip()
    if not tv and len(words) > 1 and all(len(w) <= 3 for w in words):
        return None  # "BOK-HOP": two abbreviations joined, not a double surname in capitals
    start = m.start("tv") if tv else m.start("sur")
    given = given_before(text, start, g)  # "Derrick Andre Uranus SIMMONS", "DERRICK SIMMONS": a court's style
    if not all(g.is_surname(w.capitalize(), after_tv=bool(tv)) for w in words) and given is None:
        return None
    if any(_ordinary(w.capitalize(), g, places=(not tv or tv.upper() == "TE") and given is None) for w in words):
        return None  # given names before it say "person": "… Candida LEERDAM" is no place; "HOF TE AMSTERDAM" is
    if not tv and len(words) == 1 and is_dutch_word(core):
        return None  # "BRON", "ZAAK": an ordinary word in capitals
    if tv and given is None and g.is_place(f"{tv} {core}"):
        return None  # "DEN BOSCH, 9 OKT.": a dateline's place
    ini = _INITIALS_BEFORE.search(text, max(0, start - 40), start) if given is None else None
    if ini is not None and blocked_initials(ini["ini"], core):
        ini = None
    if ini is None and _CAPS_WORD_BEFORE.search(text, max(0, start - 20), start) \
            and _CAPS_WORD_AFTER.match(text, m.end()):
        return None  # "VONNIS IN KORT GEDING": inside a phrase in capitals
    # a heading in capitals ("VAN DE MINISTER") has more capital words around it; given names before the family name
    # on a line with more words in lower case are a person's (an old contract's parties, "vrouwe MARIA X, weduwe van
    # den heer PETRUS Y, wonende te …; 2°. …")
    line_s = text.rfind("\n", 0, m.start()) + 1
    line_e = text.find("\n", m.start())
    line = text[line_s:len(text) if line_e < 0 else line_e]
    if (caps := len(re.findall(r"(?<![\w])[A-Z]{2,}(?![\w])", line))) > 4 and (
            given is None or len(re.findall(r"(?<![\w])[a-zà-ÿ]{2,}(?![\w])", line)) < caps):
        return None
    if given is not None:
        return given, m.end(), ("gazetteer:first-name", "grammar:full-name", "casing:capitals")
    if ini is not None:
        return ini.start(), m.end(), ("structure:initials", "gazetteer:surname", "casing:capitals")
    return start, m.end(), ("gazetteer:surname", "casing:capitals")
