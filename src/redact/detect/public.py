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


def _roles_alternation(rules: Rules) -> str:
    roles = sorted({r.strip().lower() for r in rules.public_roles if r.strip()}, key=len, reverse=True)
    return "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in roles)


class PublicContext:
    """Decides, for one text, whether a name finding is a public office holder."""

    def __init__(self, text: str, rules: Rules) -> None:
        self.text = text
        roles = _roles_alternation(rules)
        self._role: re.Pattern[str] | None = None
        self._before: re.Pattern[str] | None = None
        self._after: re.Pattern[str] | None = None
        self.persons: list[NameParts] = [p for p in (parse_name(n) for n in rules.public_persons) if p]
        self.person_texts = {" ".join(n.split()).lower() for n in rules.public_persons}
        if roles:
            self._role = re.compile(rf"(?<![\w])(?i:{roles})(?![\w])")
            self._before = re.compile(
                rf"(?i:{roles}){_PORTFOLIO}?{_SEP}(?:{_LIST_ITEM}){{0,6}}{_LEAD}\Z"
            )
            # the role must end there or continue with a portfolio: "Prins Hendrikkade" is a street
            self._after = re.compile(
                r"[ \t]*(?:,[ \t]*|\([ \t]*|(?:\([^()\n]*\))?[ \t]*\n[ \t]*)(?:(?i:de|het|oud-|ex-)[ \t]*)?"
                rf"(?i:{roles})(?![\w])(?=[ \t]*(?:$|\n|[,.;:)]|(?:van|voor)(?![\w])))"
            )

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
