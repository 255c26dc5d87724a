"""Rolls by party group: every name of a roll that parties head or tag holds a seat for its party.

``rolls(text, lex)`` returns a ``Region`` (evidence ``publiek:partij``) per roll:

* a party's name alone on its line, then its members one a line ("CDA\nde heer Heukels\nde heer Heijman\n\nVVD\n\n
  mw Borggreve-Venhuizen"; numbered, after a bullet, with a link icon or a place of residence in brackets; under the
  party's seats, "VVD: 8 zetels"), two known parties at least, and a local party no list knows among them
  ("Samen voor Schiermonnikoog (website)");
* the party before a colon on each line ("• SGP: A, B"; also its local branch or after "voor", "CDA Ermelo : A, B",
  "Voor het CDA: A, B"), or its tag closing each line ("• A, B en C (PvdA)", a
  motion's signers "A, Partij voor de Dieren"): a run of such lines in which known parties stand on two lines and
  half of them at least;
* a flattened attendance table in OCR whose gaps hold known parties' labels ("R. van Gijzel X voorzitter drs. J.
  Verheugt … E.F. Azeuini X SP K.T. Kocak");
* a sentence that lists the elected in groups by party, separated by semicolons ("Gekozen zijn voor Menterwolde
  Gewoon: A, B; SP: C; VVD D, E; PvdA: F en GL: G"; with initials and forms of address, "PvdA: mw M.E.J.H. Kronenburg,
  W. v.d. Noordt; CDA: S. Gabriël"): known parties open two groups and half of them at least.

Guarantees: pure functions of the text; a roll counts only when the role lexicon knows two of its parties. Limits: a
roll whose parties no list knows is not recognised here. ``detect.role_lists`` adds these regions to its lists.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from redact.detect.attendance import Region
from redact.detect.names import INITIALS, TV_ANY, UP
from redact.detect.roles import RoleLexicon

__all__ = ["rolls"]

_T = TypeVar("_T")

# a roll by party group: a party's name alone on its line, then one member a line after a form of address
# ("CDA\nde heer Heukels\nde heer Heijman\n\nVVD\n\nde heer Van den Berg\nmw Borggreve-Venhuizen"), maybe after a
# bullet ("* de heer Bos, J. J. *"), or a given name and a surname alone, maybe with a web page's link icon ("Alfred
# Arbouw i")
# (a link's label or the seats after the party, "Ons Belang (website)", "VVD (6)", "Partij van de Arbeid
# (P.v.d.A.)"; blank lines between the members of a web page's roll)
# (numbered members, " 1. De heer H.J. (Henk-Jan) Molenaar"; or a member's place of residence in brackets after the
# name, "Jan Markink (Borculo)", which a surname alone may carry too, "Van Wijhe (Apeldoorn)", under the party's
# seats, "VVD: 8 zetels"; the last member may end the text)
_ROLL_MEMBER = (r"[ \t]*(?:(?:[*•-]|\d{1,2}\.)[ \t]+)?"
                r"(?:(?i:de[ \t]+heer|mevrouw|mw\.?|mevr\.?|dhr\.?)[ \t]+[^\n]{2,60}"
                r"|[A-ZÀ-Þ][\w'’-]+(?:[ \t]+(?:(?:van|de|der|den|ter|ten|het|in|op|'t|’t)[ \t]+)*[A-ZÀ-Þ][\w'’-]+)"
                r"{1,3}(?:[ \t]+i|[ \t]*\([A-ZÀ-Þ][^()\n]{1,30}\))?[ \t]*"
                r"|(?:(?:Van|De|Ter|Ten|Van[ \t]+de[rn]?)[ \t]+)?[A-ZÀ-Þ][\w'’-]+[ \t]*\([A-ZÀ-Þ][^()\n]{1,30}\)[ \t]*)"
                r"(?:\n|\Z)")
_GROUP_ROLL = re.compile(r"(?m)^[ \t]*(?P<party>[A-Z][\w/&'’ -]{1,30}?)"
                         r"(?:[ \t]*\([^()\n]{1,20}\)|[ \t]*:[ \t]*\d{1,3}[ \t]+zetels?)?[ \t]*\n"
                         rf"(?:[ \t]*\n){{0,2}}"
                         rf"(?P<names>(?:{_ROLL_MEMBER}(?:(?:[ \t]*\n){{1,2}}(?={_ROLL_MEMBER}))?)+)")
# a roll by party group on one line each, the party's name before a colon: "  • SGP: Gert van Laar, Gert Hovestad\n  •
# Rhenens Belang: Geertje Wiesenekker\n  • CDA: Rik ter Horst" (a run of such lines in which known parties head two
# lines and half of them at least: every line of the run)
_LABEL_LINE = re.compile(r"(?m)^[ \t]*(?:[*•-][ \t]+)?(?P<party>[A-Z][\w/&'’ -]{1,40}?)[ \t]*:[ \t]*(?=[A-ZÀ-Þ])")
# a line of a roll by party that closes with the party's tag: "  • Erik de Groot, Edwin Helvrich en Welmoed Konst
# (PvdA)", or with the party after a comma: a motion's signers, "Maarten van Heuven, Partij voor de Dieren"
_TAG_LINE = re.compile(r"(?m)^[ \t]*(?:[*•-][ \t]+)?(?P<names>(?=[A-ZÀ-Þ])[^()\n]{2,300}?)[ \t]*"
                       r"(?:\((?P<party>[^()\n]{1,40})\)|,[ \t]+(?P<after>[A-Z][^,()\n]{0,40}?))[ \t]*$")
# a name with initials in a flattened attendance table ("R.G.J. Reker mw. C.B.T. v. d. Crommert X SP X SP"), the
# words between two of them that say nothing (titles, particles, initials, marks) and the most other words there
_FLAT_NAME = re.compile(rf"(?<![\w.])(?:{INITIALS})[ \t]?(?:(?:{TV_ANY})[ \t]*)?{UP}[\w'’-]+")
_FLAT_FILLER = re.compile(r"[a-z]{1,4}\.?|(?:[A-Z][a-z]?\.)+|\S")
_FLAT_GAP = 3
# a list's own separators: a list written with them is no flattened table (its entries' brackets tell their roles)
_PUNCTUATED = re.compile(r"[,;:()]")

# a sentence that lists a party's members after each party, the groups separated by semicolons: "Gekozen zijn voor
# Menterwolde Gewoon: A, B; SP: C, D; VVD E, F; PvdA: G en GL: H." (two semicolons at least)
# (a full stop inside only after an initial or an abbreviated title: "PvdA: mw M.E.J.H. Kronenburg, W. v.d. Noordt;
# CDA: S. Gabriël; VVD: mw. H.A. Nijhuis")
_IN_SEGMENT = r"(?:[^.;\n]|(?<=[^\w][A-Za-z])\.|(?<=[^\w][a-z]{2})\.|(?<=[^\w][a-z]{3})\.|(?<=[^\w][a-z]{4})\.)"
_SEGMENTED = re.compile(rf"(?m)(?:^|(?<=\.[ \t])){_IN_SEGMENT}*+(?:;{_IN_SEGMENT}*+){{2,}}")
_SEGMENT_SPLIT = re.compile(r";|[ \t]+en[ \t]+(?=[A-Z][\w/&'’-]*(?:[ \t]+[A-Z][\w/&'’-]*){0,2}[ \t]*:)")
_SEGMENT = re.compile(r"[ \t]*(?:[^:]*?(?<![\w])voor[ \t]+)?(?P<party>[A-Z][\w/&'’-]*(?:[ \t]+[A-Z][\w/&'’-]*){0,2})"
                      # a party before a colon, maybe a local one (a form of address may open the group: "VVD: mw. A")
                      r"[ \t]*:[ \t]*(?=[A-ZÀ-Þ]|(?:mw|mevr|dhr)\.?[ \t]|(?:mevrouw|de[ \t]+heer)[ \t])"
                      # or a known party before its first name: "VVD Chris Ubels, Mieke Bos"
                      r"|[ \t]*(?:[^:]*?(?<![\w])voor[ \t]+)?(?P<known>[A-Z][\w/&'’-]*)[ \t]+(?=[A-ZÀ-Þ])")


# the list of names that starts at a position (``role_lists``' reading of a list: where it ends, which entries hold)
Listed = Callable[[int], list[Region]]


def rolls(text: str, lex: RoleLexicon, listed: Listed) -> list[Region]:
    """The regions of every roll by party group in ``text`` (see the module docstring); ``listed(pos)`` reads the
    list of names of a line from ``pos`` on."""
    return _group_roll(text, lex) + _label_roll(text, lex, listed) + _tag_roll(text, lex, listed) \
        + _flat_roll(text, lex) + _inline_roll(text, lex, listed)


def _inline_roll(text: str, lex: RoleLexicon, listed: Listed) -> list[Region]:
    """The names after each party of a sentence that lists the parties' members in groups separated by semicolons
    (``_SEGMENTED``), when known parties open two groups and half of them at least (a local party before a colon
    counts among them)."""
    if text.count(";") < 2:
        return []
    out: list[Region] = []
    for sentence in _SEGMENTED.finditer(text):
        cuts = [sentence.start(), *(c for m in _SEGMENT_SPLIT.finditer(text, sentence.start(), sentence.end())
                                    for c in (m.start(), m.end())), sentence.end()]
        heads: list[tuple[int, bool]] = []
        for start, end in zip(cuts[::2], cuts[1::2], strict=True):
            if (m := _SEGMENT.match(text, start, end)) and (m["party"] or lex.is_party_label(m["known"])):
                heads.append((m.end(), lex.is_party_label(m["party"] or m["known"])))
        if _mostly_parties(heads, lambda head: head[1]):
            for at, _ in heads:
                out += listed(at)
    return out


def _runs(matches: Iterable[re.Match[str]], adjacent: Callable[[re.Match[str], re.Match[str]], bool]
          ) -> list[list[re.Match[str]]]:
    """The matches in runs: each match joins the run before it when ``adjacent(last of that run, match)``."""
    runs: list[list[re.Match[str]]] = []
    for m in matches:
        if runs and adjacent(runs[-1][-1], m):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _mostly_parties(run: Sequence[_T], known: Callable[[_T], bool]) -> bool:
    """True when known parties head two of the run's groups at least, and half of them."""
    listed = sum(1 for m in run if known(m))
    return listed >= 2 and 2 * listed >= len(run)


def _group_roll(text: str, lex: RoleLexicon) -> list[Region]:
    """The groups of a roll by party group (``_GROUP_ROLL``) when listed parties head two of them at least (a body's
    roll, not one party's contacts); a group under a heading no list knows ("Samen voor Schiermonnikoog") counts
    within a run of adjacent groups that listed parties head two of and half of at least."""
    groups = list(_GROUP_ROLL.finditer(text))
    known = {m.start() for m in groups if lex.is_party_label(m["party"])}
    if len(known) < 2:
        return []
    keep = set(known)
    for run in _runs(groups, lambda a, b: not text[a.end():b.start()].strip()):
        if _mostly_parties(run, lambda m: m.start() in known):
            keep.update(m.start() for m in run)
    return [Region(m.start("names"), m.end("names"), "public", "publiek:partij") for m in groups if m.start() in keep]


_FOR = re.compile(r"^(?i:(?:en[ \t]+)?voor[ \t]+(?:de[ \t]+|het[ \t]+)?)")


def _label_roll(text: str, lex: RoleLexicon, listed: Listed) -> list[Region]:
    """The lines of a roll by party group with the party before a colon (``_LABEL_LINE``), also its local branch
    ("CDA Ermelo : A, B en C": a known party and one or two words after it) or after "voor" ("Voor het CDA: A, B")."""
    def branch(label: str) -> str:
        words = (party := _FOR.sub("", label)).split()
        return next((" ".join(words[:k]) for k in range(max(1, len(words) - 2), len(words))
                     if lex.is_party_label(" ".join(words[:k]))), party)
    return _line_roll(text, lex, listed, _LABEL_LINE.finditer(text), lambda m: branch(m["party"]), lambda m: m.end())


def _tag_roll(text: str, lex: RoleLexicon, listed: Listed) -> list[Region]:
    """The lines of a roll by party group with the party's tag or the party after a comma closing each line
    (``_TAG_LINE``)."""
    return _line_roll(text, lex, listed, _TAG_LINE.finditer(text), lambda m: m["party"] or m["after"],
                      lambda m: m.start("names"))


def _line_roll(text: str, lex: RoleLexicon, listed: Listed, lines: Iterable[re.Match[str]],
               party: Callable[[re.Match[str]], str], names: Callable[[re.Match[str]], int]) -> list[Region]:
    """The names (from ``names(line)`` on) of every line of a run of adjacent ``lines`` (two line breaks apart at
    most) whose ``party(line)`` is a known party in two lines and half of them at least."""
    out: list[Region] = []
    for run in _runs(lines, lambda a, b: text.count("\n", a.end(), b.start()) <= 2):
        if _mostly_parties(run, lambda m: lex.is_party_label(party(m))):
            for m in run:
                out += listed(names(m))
    return out


def _flat_roll(text: str, lex: RoleLexicon) -> list[Region]:
    """A flattened attendance table of a body: eight names with initials at least, each within ``_FLAT_GAP`` words of
    the next with no list punctuation between, and between them the labels of two known parties at least, in a third
    of the gaps ("R. van Gijzel X voorzitter drs. J. Verheugt … E.F. Azeuini X SP K.T. Kocak Th. Beenen X Trots op
    Ned. …": OCR of two columns)."""
    def parties(gap: str) -> list[tuple[int, int]]:
        """The spans (in words) of the known parties in ``gap``, the longest first at each word."""
        words, out, i = gap.split(), [], 0
        while i < len(words):
            j = next((j for j in range(min(i + 3, len(words)), i, -1) if lex.is_party_label(" ".join(words[i:j]))), i)
            out += [(i, j)] if j > i else []
            i = max(j, i + 1)
        return out

    labels: dict[int, list[str]] = {}  # the known parties in the gap after each name of a run, by its end

    def close(a: re.Match[str], b: re.Match[str]) -> bool:
        gap = text[a.end():b.start()]
        if "\n\n" in gap or len(words := gap.split()) > 4 * _FLAT_GAP or _PUNCTUATED.search(gap):
            return False
        spans = parties(gap)
        inside = {k for i, j in spans for k in range(i, j)}
        labels[a.end()] = [" ".join(words[i:j]) for i, j in spans]
        return sum(1 for k, w in enumerate(words) if k not in inside and not _FLAT_FILLER.fullmatch(w)) <= _FLAT_GAP

    out: list[Region] = []
    for run in _runs(_FLAT_NAME.finditer(text), close):
        if len(run) < 8:
            continue
        gaps = [labels[a.end()] for a in run[:-1]]
        if 3 * sum(1 for g in gaps if g) >= len(gaps) and len({p.lower() for g in gaps for p in g}) >= 2:
            out.append(Region(run[0].start(), run[-1].end(), "public", "publiek:partij"))
    return out
