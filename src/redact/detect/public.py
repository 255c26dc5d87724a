"""Public office holders: names that are not proposed and never propagated.

A name is public when

* it directly follows a role word from ``rules/public-officials.yaml``, optionally with a portfolio,
  a comma, titles, initials and a list of other names: "minister Jansen", "de minister van
  Justitie en Veiligheid, mr. D. Jansen", "staatssecretaris De Vries", "het lid Bakker (VVD)",
  "Kamerlid Van der Berg", "burgemeester Halsema", "de leden Jansen en De Vries"; after a comma the
  name may be on a later line (the signature of a letter: "De minister …,\\n\\n\\nD. Jansen");
* the role follows it as an apposition, in brackets or on the next line: "D. Jansen, minister van
  …", "de heer Van Aalst (minister)", "D. Jansen\\nMinister van Justitie en Veiligheid";
* it is (compatible with) a name in ``rules.public_persons`` (same family name, no conflicting
  initial): "Rutte" and "M. Rutte" for "Mark Rutte".

Limits: a role word in a different sentence before the name does not count; a civil servant who
shares a surname with a minister is still proposed wherever no role word precedes the name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redact.detect.lexicon import TUSSENVOEGSELS, is_not_name
from redact.detect.names import (
    GIVEN_WORD,
    INITIALS,
    NAME_WORD,
    TITLES_RE,
    TV_ANY,
    UP,
    NameParts,
    parse_name,
)
from redact.models import Finding
from redact.rules import Rules

_PW = rf"(?:{UP}[\w'’-]*|en|de|het|van|voor|der|'t)"
_PORTFOLIO = rf"(?:[ \t]+(?:van|voor)[ \t]+{_PW}(?:,?[ \t]+{_PW})*)"
_SEP = r"(?:[ \t]*,\s*|[ \t]+|[ \t]*\n[ \t]*)"
_LIST_ITEM = (
    rf"(?:(?:{TV_ANY}|{INITIALS}|{UP}[\w'’-]+)[ \t]*)+(?:\([^()\n]{{1,30}}\)[ \t]*)?"
    r"(?:,[ \t]*|en[ \t]+)"
)
_LEAD = rf"(?:{TITLES_RE})?(?:(?:{INITIALS}[ \t]?|{GIVEN_WORD}[ \t]+)){{0,3}}"
_WINDOW = 240
_TV_WORDS = frozenset(w for t in TUSSENVOEGSELS for w in t.split())
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+\Z")


def _name_before(window: str, pos: int) -> bool:
    """"Seth Prins, Jason Vermeulen": a role word right after a capitalised name word is part of
    that name ("De Minister", "Geachte Minister", "Oud-minister" are roles)."""
    m = _WORD_BEFORE.search(window, 0, pos)
    if not m:
        return False
    word = m.group(1)
    return bool(re.fullmatch(NAME_WORD, word)) and not is_not_name(word) and word.lower() not in _TV_WORDS


_Patterns = tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]


@lru_cache(maxsize=8)
def _role_patterns(public_roles: tuple[str, ...]) -> _Patterns:
    """(a role word; a role with portfolio, list and lead-in ending where a name starts; a role in
    apposition after a name), built once per set of rules."""
    roles = sorted({r.strip().lower() for r in public_roles if r.strip()}, key=len, reverse=True)
    alternation = "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in roles)
    if not alternation:
        return None, None, None
    role = re.compile(rf"(?<![\w])(?i:{alternation})(?![\w])")
    before = re.compile(rf"(?i:{alternation}){_PORTFOLIO}?{_SEP}(?:{_LIST_ITEM}){{0,6}}{_LEAD}\Z")
    # the role must end there or continue with a portfolio: "Prins Hendrikkade" is a street
    after = re.compile(
        r"[ \t]*(?:,[ \t]*|\([ \t]*|(?:\([^()\n]*\))?[ \t]*\n[ \t]*)(?:(?i:de|het|oud-|ex-)[ \t]*)?"
        rf"(?i:{alternation})(?![\w])(?=[ \t]*(?:$|\n|[,.;:)]|(?:van|voor)(?![\w])))"
    )
    return role, before, after


@lru_cache(maxsize=8)
def _public_persons(names: tuple[str, ...]) -> tuple[list[NameParts], set[str]]:
    """The listed public persons parsed, and their normalised texts (once per set of rules)."""
    return [p for p in (parse_name(n) for n in names) if p], {" ".join(n.split()).lower() for n in names}


class PublicContext:
    """Decides, for one text, whether a name finding is a public office holder."""

    def __init__(self, text: str, rules: Rules) -> None:
        self.text = text
        self._role, self._before, self._after = _role_patterns(tuple(rules.public_roles))
        self.persons, self.person_texts = _public_persons(tuple(rules.public_persons))

    def after_role(self, start: int) -> bool:
        """True when a role word (with portfolio, titles, initials, a list) ends right at ``start``."""
        if self._before is None or self._role is None:
            return False
        window = self.text[max(0, start - _WINDOW) : start]
        starts = [m.start() for m in self._role.finditer(window) if not _name_before(window, m.start())]
        return any(self._before.match(window, s) for s in reversed(starts[-4:]))

    def before_role(self, end: int) -> bool:
        """True for an apposition ("D. Jansen, minister van …") or a role on the next line."""
        return self._after is not None and bool(self._after.match(self.text, end))

    def is_public_person(self, name: str) -> bool:
        """True when ``name`` is, or is compatible with, a person in ``rules.public_persons``."""
        if not self.persons and not self.person_texts:
            return False
        norm = " ".join(name.split()).lower()
        if norm in self.person_texts:
            return True
        parts = parse_name(name)
        return parts is not None and any(parts.compatible(p) for p in self.persons)

    def is_public(self, f: Finding) -> bool:
        """True when the NAAM finding ``f`` names a public office holder."""
        return self.after_role(f.start) or self.before_role(f.end) or self.is_public_person(f.text)
