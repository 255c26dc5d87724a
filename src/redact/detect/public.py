"""Evidence about a named person at one mention: is the role around it public or private?

``PublicContext(text, rules).evidence(start, end)`` returns the cues at the mention ``text[start:end]``
(short strings, never the name itself):

* ``publiek:rol:<role>``  - a public office right before the name ("wethouder Jansen", "de minister van
  Justitie en Veiligheid, mr. D. Jansen", "VVD-raadslid Jansen", a signature "De minister …,\\n\\nD. Jansen")
  or after it ("D. Jansen, gedeputeerde", "Jansen (cdk)", "D. Jansen\\nMinister van …");
* ``publiek:lijst:<roles>`` - an entry of a list headed by a plural role ("de wethouders A, B en C",
  "Aanwezig zijn 88 leden der Kamer, te weten: …", "Gedeputeerde(n) A /B"; the lists are ``detect.role_lists``');
* ``publiek:partij``      - a party label after the name ("Mevrouw Bikker (ChristenUnie):", "Borgesius van de VVD",
  "Diks namens GroenLinks"), a sign-off for a party group above it ("namens de BSD-fractie,\n\n L. Kallen"), or a
  bracketed tag that recurs as a label in the document (the party cues are ``detect.party_cues``'s);
* ``publiek:genoemd``     - a listed public person (``rules.public_persons``, ``--public-list``; with
  ``:functie`` when the list gives one), ``publiek:zwak:buiten-ambtsperiode`` outside the listed period;
* ``publiek:zwak:<role>`` - an ambiguous office ("voorzitter", "secretaris", "(Lid)"); "voorzitter", and
  "lid" right before the name ("Lid DE VOS verzoekt"), count as public in the minutes of a representative body, a
  chair of the house anywhere ("vicevoorzitter van de gemeenteraad X", a table's "Vice voorzitter Raad   X");
* ``prive:functie:<word>``, ``prive:label:<label>``, ``prive:namens`` - a civil servant's function ("(notulist)", ",
  beleidsmedewerker"), a contact label ("Contactpersoon: …", "Verslag …"), someone speaking for an association;
* the genre's regions (``detect.genre``): ``publiek:aanwezig``, ``publiek:afwezig``, ``publiek:spreker``,
  ``publiek:motie-indiener``, ``publiek:ondertekening``, ``prive:blok``, ``twijfel:kolommen``.

``mentions()`` lists the names that a public role points at directly (after a role word, in a list under a
plural role), so that a person is known to be public even when no recognizer proposed that mention.

Guarantees: the evidence of a mention depends on its surroundings only (the same text gives the same
cues); nothing here decides - ``detect.persons`` weighs the cues of all mentions of a person.
Limits: a role word in another sentence does not count; a list that is not headed by a plural role or an
attendance label is not recognised as one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property

from redact.detect import cues as cue  # the patterns of role cues: cue.BEFORE_NAME, cue.REPLACED_BY …
from redact.detect import party_cues, role_lists, role_scope
from redact.detect.attendance import in_stack
from redact.detect.clauses import offices
from redact.detect.dates import document_date
from redact.detect.gazetteer import load_gazetteer
from redact.detect.genre import Region, association, council_meeting, genre_of, public_body, regions, representative
from redact.detect.lexicon import ORG_ABBREVIATIONS
from redact.detect.member_events import CENSURED, MOTION_OF
from redact.detect.names import TITLES_PREFIX, TITLES_RE, parse_any, parse_listed, parse_name
from redact.detect.role_lists import COLLEGE_LABEL, GS_LABEL, SHARED_LABEL
from redact.detect.role_scope import apposition_of_previous, elsewhere, entry_above, name_before, names_next
from redact.detect.roles import role_lexicon
from redact.detect.tables import board_delegates, place_rows
from redact.models import PublicPerson
from redact.rules import Rules

__all__ = ["PublicContext"]

_LEAD = cue.LEAD
_WINDOW = 240
_PAREN_SHORT = 60
_NEXT_LINE = re.compile(r"[ \t]*(?:\([^()\n]*\))?[ \t]*,?[ \t]*\n[ \t]*(?:de[ \t]+|het[ \t]+)?([^\n]{2,80})")
# before a name alone on its line: a list's number ("1. X") and a title at most, also an English letter's ("Ms X")
_LINE_HEAD = re.compile(rf"[ \t]*(?:\d{{1,2}}\.[ \t]+)?(?:{TITLES_RE}|(?:Ms|Mrs|Mr|Miss)\.?[ \t]+)?[ \t]*")
_ROLE_EOL = re.compile(r"[ \t]+([^\W\d_][\w'’/ -]{2,40}?)[ \t]*(?=\n|\Z)")  # the function that ends a row
_FIELD = re.compile(r"[^\n]*?(?:(?<!\w)(?:bij|door)(?!\w)|:)[ \t]*[A-ZÀ-Þ]")  # "Inlichtingen bij Rudy de Groote"
_LABEL_LINE = re.compile(r"[\w .()/-]{2,40}:")
# a street with a house number after the name ("Prins Hendrikkade 35-1", "Burgemeester Roelenweg 8"): no role
_ADDRESS = re.compile(r"\b[A-ZÀ-Þ][\w’'.-]+[ \t]+(?!(?:19|20)\d\d\b)\d{1,5}(?:[ \t]?[-/]?[ \t]?[A-Za-z0-9]{1,4})?\b")
_LIST_TAIL = re.compile(
    r"(?:[ \t]*(?:,|(?<![\w])en(?![\w]))[ \t]*(?:(?:de[ \t]+heer|mevrouw|mevr\.|mw\.|dhr\.)[ \t]+)?"
    # possessive: each word is one token ("F. A. M. J. SMITS" split any other way backtracked for seconds)
    r"(?:(?:[A-ZÀ-Þ][\w'’.-]*+|van|de|der|den|ter|ten|het)[ \t]*+){1,5}){1,6}?\((?P<tag>[^()\n]{1,60})\)")
# a label's colon right after a role word, maybe after a space: "Griffier : mevrouw X" (the next entry's label)
_COLON_AFTER = re.compile(r"[ \t]*:")
# a party tag that says it covers the names before it: "(allen CDA)", "(beiden FNP)", "(beide VVD)"
_ALL_OF = re.compile(r"[ \t]*(?:allen|beiden|beide|alle[ \t]+\w+)[ \t]+(.+?)[ \t]*\Z", re.IGNORECASE)
# a private function right before the name, or before it with a comma: "inspreker, de heer P. Jansen"
_PRIVATE_BEFORE = re.compile(rf"(?:[ \t]*,[ \t]*(?:de[ \t]+|het[ \t]+)?|[ \t]+){_LEAD}")
_LABEL_REST = re.compile(rf"[ \t]*:?[ \t]*(?:{TITLES_RE})?")  # a private label closes its line ("Notulist: mevrouw")
_PAIR = re.compile(r"[ \t]*/[ \t]*[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,3}(?=[ \t]*,)")  # "A / B, gedeputeerden"
_TITLED_END = re.compile(rf"(?:{TITLES_RE})\Z")
_PRONOUN = re.compile(r"\s*(?:Hij|Zij|Ze)\s")  # a sentence about the one the sentence before names
_UPGRADE = frozenset({"voorzitter", "voorz", "vicevoorzitter", "ondervoorzitter", "plaatsvervangend voorzitter",
                      "commissielid", "lid van de commissie", "commissievoorzitter", "algemeen bestuurslid"})
_CAPS_WORD = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]+")
# a Kamer committee's paper ("vaste commissie", "Kamerstuk 31 066"): its "voorzitter van de commissie" is a member's
_KAMER_WORK = re.compile(r"(?i:vaste[ \t]+commissie|kamerstuk|tweede[ \t]+kamer|eerste[ \t]+kamer|staten-generaal)")
# plural roles that name office holders only in a political genre ("de collega's Bakker en Jansen" in
# Handelingen; "de leden" of a club or a team, "Leden van de commissie:" of a minister's advisory committee elsewhere)
_POLITICAL_ONLY = frozenset({"leden", "collega's", "collega’s", "leden van de commissie", "commissieleden"})
_OF_BODY_ONLY = _POLITICAL_ONLY | {"het lid"}  # (and "het lid van het Muntcollegie X": a member of what it names)


class PublicContext:
    """The cues about named persons in one text (see the module docstring)."""

    def __init__(self, text: str, rules: Rules, *, date: str = "") -> None:
        self.text = text
        self.lex = role_lexicon(rules)
        self.genre = genre_of(text)
        self.body = representative(text, self.genre, self.lex)
        self._council = council_meeting(text)  # "Secretaris: P.Th. Maas" of a council's or B&W's meeting
        self._political = self.body or self.genre in ("motie", "kamervragen")
        self._club = association(text)  # "De leden: …" of an association's members' meeting
        self._sitting = cue.COUNCIL_SITTING.search(text, 0, 200) is not None  # "Impressie raadsvergadering …"
        self._committees_page = cue.BODY_COMMITTEES.match(text) is not None  # "Statencommissies\n…"
        self.persons, self.person_texts = parse_listed(tuple(rules.public_persons))
        self.roster: tuple[PublicPerson, ...] = rules.public_roster
        self.date = date or document_date(text)
        self._g = g = load_gazetteer(rules)
        base = regions(text, self.genre, self.lex) + board_delegates(text, g.is_place, self._club) \
            + place_rows(text, g.is_place, self.lex)
        self.regions: list[Region] = sorted(base + self._lists(base), key=lambda r: (r.start, r.end))
        self._starts = [r.start for r in self.regions]
        self._eponyms = cue.eponyms(text)  # "commissie De Jong"
        # bracketed capitals that recur as labels in a representative body's papers: local parties ("(NT)")
        self._meeting = self.body or public_body(text)  # also a body's meeting in another genre ("Impressie raad…")
        self._labels = party_cues.labels(text, self.lex, self._meeting)

    def _lists(self, base: list[Region]) -> list[Region]:
        """Lists of names under a plural role (``role_lists.lists``); "(de) leden" / "collega's" name office holders
        only in a political genre, a text headed by a council's sitting or inside a public body's attendance block."""
        return role_lists.lists(self.text, self.lex, lambda role, pos: self._weak_members(role, pos, base))

    # -- the cues around one mention ------------------------------------------------------------------

    def _weak_members(self, role: str, pos: int, regions: list[Region]) -> bool:
        """True when the members ``role`` names at ``pos`` hold no office for sure: an association's "(de) leden" (its
        members' meeting, a village council, a board with a treasurer in the sentence), or "leden" / "collega's" (and
        "de leden" in a text naming no elected body, ``cues.ELECTED``) outside a political genre, a council's or the
        States' sitting, a public body's attendance block (``regions``), an office holder's "collega's" (a public role
        shortly before) and, for "commissieleden", a sentence that seats the council's members too."""
        sentence = max(self.text.rfind(". ", 0, pos), self.text.rfind("\n", 0, pos)) + 1
        if role in ("leden", "de leden") and (self._club or cue.TREASURER.search(self.text, sentence, pos)):
            return True  # "secretaris X, penningmeester Y en de leden A en B": a foundation's or a club's board
        if role.startswith("collega") and (rx := self.lex.role) \
                and rx.search(self.text, max(0, pos - 250, self.text.rfind("\n\n", 0, pos)), pos):
            return False  # "Otter, die … al wethouder … was, kreeg …. Zijn collega’s A, B en C": colleagues in office
        if role == "commissieleden" and cue.BODY_MEMBERS.search(self.text, sentence, pos):
            return False  # "In de Commissie Ruimte zitten de raadsleden A en B en de commissieleden C en D"
        political = role in _POLITICAL_ONLY or (role == "de leden" and not self._bodies_named)
        return political and not self._political and not self._sitting \
            and not any(r.default == "public" and r.start <= pos < r.end for r in regions)

    @cached_property
    def _bodies_named(self) -> bool:
        """The text names an elected body or its members somewhere (looked for once, and only when "de leden" asks):
        "De rest van de leden zijn: A, B" of an art committee in a text that names none is no body's roll."""
        return cue.ELECTED.search(self.text) is not None

    def _column_after(self, line_start: int, label: re.Match[str], pos: int) -> bool:
        """True when ``label`` (matched in the line at ``line_start``) is one of an attendance table's stacked
        headers ("Wethouders Verslag : A : B") and ``pos`` lies in a public column after it: the table says whose
        column it is."""
        if not in_stack(self.text, line_start + label.start()):
            return False
        return any(r.default == "public" and line_start + label.end() <= r.start for r in self._around(pos, pos + 1))

    def _role_kind(self, kind: str, role: str) -> str:
        if kind == "weak" and (((self.body or self._committees_page) and role in _UPGRADE)
                               or (role == "secretaris" and self._council)):
            kind = "public"
        elif kind == "public" and role == "voorzitter van de commissie" and not (
                self._political or self._meeting or self._kamer_work):
            kind = "weak"  # a decree's "tot lid en voorzitter van de commissie: Prof. X" chairs an advisory body
        elif kind == "public" and role in ("prins", "prinses") and cue.CARNIVAL.search(self.text, 0, 20000):
            kind = "private"  # "prins Geert van Puitenol" at the carnival's key handover: no royal
        return {"public": f"publiek:rol:{role}", "weak": f"publiek:zwak:{role}", "party": "publiek:partij",
                "private": f"prive:functie:{role}"}[kind]

    def _seat(self, found: str, pos: int) -> str:
        """A committee seat given in a paragraph that seats the council's members in the committee too ("In de
        Commissie Samenleving zitten de raadsleden A, B en C. Daarnaast is X benoemd tot commissielid"): public."""
        return "publiek:rol:commissielid" if found == "publiek:zwak:commissielid" and cue.BODY_MEMBERS.search(
            self.text, max(self.text.rfind("\n\n", 0, pos), pos - 400, 0), pos) else found

    @cached_property
    def _kamer_work(self) -> bool:
        """The text is a Kamer committee's paper (looked for once, and only when a role asks)."""
        return _KAMER_WORK.search(self.text) is not None

    def _all_of_party(self, tag: str) -> bool:
        """A bracketed tag that gives the party of all the names before it: "(allen CDA)", "(beiden FNP)"."""
        return (a := _ALL_OF.match(tag)) is not None and self.lex.is_party_label(a.group(1))

    def _role_cue(self, kind: tuple[str, str], phrase: str) -> str:
        """The cue of the role ``kind`` that ``phrase`` starts with; a weak role followed by the organisation it
        is of ("voorzitter Bomenbond Rijnland", "secretaris van de Vereniging X") stays weak: not the body's."""
        rest = phrase[len(kind[1]):]
        of = cue.OF_BOARD.match(rest)  # "voorzitter van het bestuur van Buddy-to-buddy" (not "… van de raad van X")
        if kind[0] == "weak" and (kind[1] == "lid" or kind[1] in _UPGRADE) and cue.OF_HOUSE.match(rest):
            return f"publiek:rol:{kind[1]}"  # "mevrouw Van Toorenburg, lid Tweede Kamer"
        if kind[0] == "weak" and kind[1] in _UPGRADE and rest.lstrip().startswith("van ") \
                and cue.OF_AUTHORITY.match(rest):
            return f"publiek:rol:{kind[1]}"  # "voorzitter van het waterschap DODelta": the dijkgraaf
        if kind[1] in _UPGRADE and (p := cue.FOR_PARTY.match(rest)) and self.lex.is_party_label(p[1]):
            return f"publiek:rol:{kind[1]}"  # "commissielid voor de ChristenUnie": a party's seat in the committees
        if kind[0] == "weak" and not cue.OF_AUTHORITY.match(rest) and (cue.OF_ORGANISATION.match(rest) or (
                of and not (self.lex.body is not None and self.lex.body.fullmatch(of.group(1))))):
            return f"publiek:zwak:{kind[1]} organisatie"
        if kind[1] in _POLITICAL_ONLY and role_scope.other_body(rest, self.lex.body):
            return f"publiek:zwak:{kind[1]} organisatie"  # "als leden van de Rekenkamer van Aa en Hunze"
        return self._role_kind(*kind)

    def left(self, start: int) -> list[str]:
        """Cues before the name: a role (with portfolio, list, titles) ending right at ``start``, a
        private label on the same line."""
        out: list[str] = []
        window = self.text[max(0, start - _WINDOW):start]
        for kind, rx, before in (("public", self.lex.role, cue.BEFORE_NAME_TITLED),
                                 ("weak", self.lex.weak, cue.BEFORE_NAME),
                                 ("public", self.lex.plural, cue.BEFORE_NAMES)):
            if rx is None:
                continue
            # "Seth Prins" is a name, "Weeda Griffier: mw. C.A. Peters", "G. Verwolf Secretaris-directeur P. Spaan"
            # a label after a name (a flattened table); "De VOORZITTER: De heer X …" is the chair speaking, no label
            hits = [m for m in rx.finditer(window) if not (m.group()[:1].isupper()
                                                           and name_before(window, m.start(), self._g.is_place)
                                                           and not _COLON_AFTER.match(window, m.end())
                                                           and not ("-" in m.group() and not window[m.end():].strip()))
                    and not (m.group().isupper() and window.endswith("De ", 0, m.start()))]
            for m in reversed(hits[-4:]):
                named = before.match(window, m.end()) or (  # else a portfolio before a comma, public roles only
                    kind == "public" and role_scope.portfolio_comma(window, m.end(), self._g))
                if (named and not entry_above(window, m)
                        and not role_scope.loose_label(window, m.start(), m.end())
                        and not apposition_of_previous(window, m)
                        and not elsewhere(window, m, self.text, start, self._g)):
                    role = " ".join(m.group().lower().split())
                    if kind == "public" and self.lex.former_appointed(role, window[:m.start()]):
                        break  # "oud-secretaris-generaal (de heer X)": a former civil servant holds no office now
                    weak = (kind == "weak" and not (role in _UPGRADE and cue.OF_HOUSE.match(window, m.end()))) \
                        or self._weak_members(role, start, self.regions) \
                        or (role in _OF_BODY_ONLY and role_scope.other_body(window[m.end():], self.lex.body, of=True))
                    if self.body and (role == "medelid" or (role == "lid" and not window[m.end():].strip())):
                        weak = False  # "Lid DE VOS verzoekt", "lid Moeskops", "ons medelid den heer X" (a member)
                    out.append(self._role_kind("weak" if weak else "public", role))
                    break
        if (r := cue.REPLACED_BY.search(window)) and self.lex.role is not None:
            sentences = re.split(r"[.;!?]\s|\n[ \t]*\n", window[:r.start()])
            sentence = sentences[-1]
            if _PRONOUN.match(sentence) and not self.lex.classify(sentence):
                sentence = " ".join(sentences[-2:])  # "X is secretaris-generaal. Hij wordt opgevolgd door Y"
            kinds = [self.lex.classify(h.group()) for h in self.lex.role.finditer(sentence)]
            out += [f"publiek:rol:{k[1]}" for k in kinds[-1:] if k is not None and k[0] == "public"] \
                or (["publiek:partij"] if party_cues.seat_for(sentence, self.lex) else [])  # "A voor D66, in de …"
        if "schap" in window and (o := cue.OFFICE_HELD.search(window)):
            out.append(f"publiek:rol:{(o['role'] or o['office']).lower()}")  # "het raadslidmaatschap van de heer X"
        if party_cues.before(window, self.lex, self._political):
            out.append("publiek:partij")
        if self.genre in ("handelingen", "kamervragen") and cue.QUESTIONS_OF.search(window):
            out.append("publiek:rol:lid")  # "VRAGEN van de heer Nypels" in the Kamer's Aanhangsel
        elif " van de " in window and (self.genre in ("handelingen", "kamervragen") or self._kamer_work) \
                and cue.QUESTIONS_OF_MANY.search(window):
            out.append("publiek:rol:lid")  # "de vragen van de heren A, B en C" in a Kamer committee's report
        if ("verlof" in window or "vacature" in window) and cue.LEAVE_OF.search(window):
            out.append("publiek:rol:lid")  # "de tijdelijke vacature die is ontstaan door het ziekteverlof van X"
        if ("eloofsbrieven" in window and cue.CREDENTIALS.search(window)) or (
                " van " in window[-60:] and MOTION_OF.search(window)):
            out.append("publiek:rol:lid")  # "De geloofsbrieven van X worden goedgekeurd", "het amendement van X"
        if "otie van " in window and CENSURED.search(window):
            out.append("publiek:rol:bestuurder")  # "Motie van afkeuring Van Merrienboer": the censured office holder
        line = window[window.rfind("\n") + 1:]
        if GS_LABEL.fullmatch(line):
            out.append("publiek:rol:gedeputeerde")  # "GS: mw. M. van Haaf en dhr. E. Boerman" (a committee's deputies)
        elif not out and (pair := SHARED_LABEL.fullmatch(line)) and role_lists.ITEM.fullmatch(pair["first"]) \
                and role_lists.ITEM.fullmatch(self.text[start:].split("\n", 1)[0].rstrip()):
            first = start - len(line) + pair.start("first")  # the first holder's role cue is the second's too
            out += [c for c in self.left(first) if c.startswith("publiek:rol:")]
        if self.lex.private is not None:
            for m in self.lex.private.finditer(line):
                rest = line[m.end():]
                # a photo credit opens its line, naming no one else ("Foto: X"; not "op de foto: A", "Foto Wethouder X")
                if m.group().lower() == "foto" and (line[:m.start()].strip(" \t(-–") or rest.strip(" \t:")):
                    continue
                stacked = re.search(r"\w[ \t]*:[ \t]*\Z", line[:m.start()])  # "Afwezig: Verslag: …": a table
                if not stacked and _LABEL_REST.fullmatch(rest) and not self._column_after(start - len(line), m, start):
                    out.append(f"prive:label:{' '.join(m.group().lower().split())}")
                elif _PRIVATE_BEFORE.fullmatch(rest):  # "de inspreker, de heer P. Jansen", "notulist mevrouw X"
                    out.append(f"prive:functie:{' '.join(m.group().lower().split())}")
        return out

    def right(self, start: int, end: int) -> list[str]:
        """Cues after the name: a bracketed tag, an apposition, the next line, a party after van/namens."""
        out: list[str] = []
        text = self.text
        m = role_lists.PAREN.match(text, end)
        if m and "\n" in text[end:m.start(1)] and not _TITLED_END.search(text, max(0, start - 30), start):
            m = None  # a tag on the next line is the name's only after its form of address ("de heer X\n(CDA)")
        if m:
            tag = m.group(1).strip()
            # "(zie foto)": a reference; "(foto: Omroep Zeeland)": the credit of the name's photo; "(Den Burg)": a place
            kind = None if tag.lower().startswith(("zie ", "foto:", "foto ")) or self._g.is_place(tag) \
                else self.lex.classify(tag)
            if kind is not None and kind[0] == "public" and self._weak_members(kind[1], end, self.regions):
                kind = ("weak", kind[1])  # "Annette Schild (leden)" at a residents' council: members of a club
            if kind is not None and len(tag) > _PAREN_SHORT and (
                    kind[0] != "public" or not tag.lower().startswith(kind[1].split()[0])):
                kind = None
            if kind == ("weak", "secretaris") and COLLEGE_LABEL.search(self.text, max(0, start - 300), start):
                kind = ("public", "secretaris")  # "College van B&W:\n\nA (burgemeester), … en B (secretaris)"
            if kind is not None and kind[0] == "public" and (i := tag.lower().find(kind[1].split()[0])) > 0 \
                    and self.lex.former_appointed(kind[1], tag[:i]):
                kind = None  # "X (oud-griffier)"
            if kind is not None and kind[0] == "weak" and self._political \
                    and self.lex.is_party_label(tag.split(",")[-1]):
                out.append("publiek:partij")  # "dhr R. Stevens (plv. lid, ChristenUnie)"
            elif kind is not None:
                out.append(self._role_cue(kind, tag))  # "(voorzitter Rekenkamer)": not the body's
            elif "," in tag and self.lex.party is not None \
                    and self.lex.party.fullmatch(" ".join(tag.split(",")[0].lower().split())):
                # "Roel de Jong (Water Natuurlijk, portefeuille: …)": a listed party first (not one guessed from words)
                out.append("publiek:partij")
            elif tag in self._labels or (self._political and cue.GROUP.fullmatch(tag)) or self._all_of_party(tag) \
                    or party_cues.partner_tagged(self.text, start, tag, self.lex, m.end()):
                out.append("publiek:partij")  # "Van Oudenallen (Groep Van Oudenallen)", "… en Gerritse (allen CDA)"
        elif (t := _LIST_TAIL.match(text, end)) is not None:
            # "de heer Smit, mevrouw Slachter en de heer Koome (insprekers)": a plural private function after a list
            # covers every name of it (fail closed); a singular one is the last name's ("…, Sikkema en Smit
            # (verslaglegging)"), or this name's after its organisation ("Mevrouw B. van Lieshout, GGD (verslag)")
            kind = self.lex.classify(t.group("tag").strip())
            org = text[end:t.start("tag")].strip(" \t,(").isupper()
            if kind is not None and kind[0] == "private" and (org or kind[1].endswith(("s", "en"))) \
                    and not t.group("tag").lower().startswith("zie "):
                out.append(self._role_kind(*kind))
            elif self._all_of_party(t.group("tag")):
                out.append("publiek:partij")  # "Age Kramer, Gert van der Meulen, Mariska Wieringa (allen CDA)"
            elif kind is not None and kind[0] == "public" and self.lex.plural is not None \
                    and self.lex.plural.fullmatch(tag := t.group("tag").strip()) \
                    and not self._weak_members(kind[1], end, self.regions):
                out.append(self._role_cue(kind, tag))  # "A. Walraven en P. Verlinden (collegeleden)"
        if (e := _ROLE_EOL.match(text, end)) and (kind := self.lex.classify(e.group(1))) is not None \
                and kind[0] != "party" and e.group(1).lower().startswith(kind[1].split()[0]):
            out.append(self._role_cue(kind, e.group(1)))  # a row "A.J. Moerkerke burgemeester"
        # (also after the name's bracketed tag, "Peter Glas (voorzitter), watergraaf Waterschap de Dommel", or after
        # the other name of a pair, "Erik van Heijningen / Lenie Dwarshuis, gedeputeerden Provincie Zuid-Holland")
        tail = m.end() if m else (p.end() if (p := _PAIR.match(text, end)) else end)
        for rx, at in ((cue.APPOSITION, tail), (_NEXT_LINE, end)):
            a = None if not (a := rx.match(text, at)) or role_scope.label_of_next(a[1], self.lex.plural) else a
            # (a heading in capitals below a name that is not: "Van Dis (SGP)\nVERSLAG OVER HET ADRES VAN …")
            if a and not (rx is _NEXT_LINE and (_LABEL_LINE.match(a.group(1)) or (a.group(1).isupper() and len(
                    a.group(1).split()) > 2 and not text[start:end].isupper()))) and not _ADDRESS.search(a.group(1)):
                kind = self.lex.classify(a.group(1))
                phrase = a.group(1).strip().lower()
                # "Behandeld door Verkeer en Openbare Ruimte", "Inlichtingen bij X" on the next line: a field of its own
                field = kind is not None and ((kind[1].endswith(" door") and len(phrase) > len(kind[1]) + 3)
                                              or (kind[0] == "private" and _FIELD.match(a.group(1)) is not None)
                                              or kind[1] == "foto")  # a photo's caption or credit below the name
                # ("René Paas en Jaap Kuin – Foto: Herman Alink": a credit after a caption is the next name's)
                if (field and (rx is _NEXT_LINE or (kind is not None and kind[1] == "foto"))) \
                        or (at != end and (kind is None or kind[0] != "public" or names_next(a.group(1), kind[1]))):
                    continue  # (after a tag only an office, and not the next one's: "X (Waalwijk), oud-minister Y")
                lead = cue.DEPUTY.sub("", cue.SINCE.sub("", phrase))  # "X, vanaf 1 februari de nieuwe commissaris …"
                if kind is not None and kind[0] != "party" and lead.startswith(cue.DEPUTY.sub("", kind[1]).split()[0]) \
                        and not (kind[0] == "private" and names_next(a.group(1), kind[1])):
                    out.append(self._role_cue(kind, a.group(1).strip()))  # "voorzitter Bomenbond Rijnland"
        # "Femke Halsema\n\nBurgemeester van Amsterdam": a name alone on its line, its function after a blank line
        if (g := cue.GAP_LINE.match(text, end)) and _LINE_HEAD.fullmatch(text, text.rfind("\n", 0, start) + 1, start) \
                and (kind := self.lex.classify(g.group(1))) is not None and kind[0] in ("public", "weak") \
                and cue.role_line(g.group(1).strip(), kind[1]):
            out.append(self._role_cue(kind, g.group(1).strip()))
        a = cue.APPOSITION.match(text, end)  # "de heer A. Travaille, fractie Partij voor de Dieren"
        if a and (f := re.match(r"(?i:fractie|namens(?:[ \t]+de)?)[ \t]+(.+)", a.group(1).strip())) \
                and self.lex.is_party_label(f.group(1)):
            out.append("publiek:partij")
        elif a and text[a.end():a.end() + 1] in ("),(") and (self.lex.is_party_label(a.group(1))
                                                              or a.group(1).strip() in self._labels):
            out.append("publiek:partij")  # "(Bram Bonnema, FNP)", "René Molenaar, CU, heeft …", "X, CDA (sport)"
        if cue.OPENS_BODY.match(text, end):
            out.append("publiek:rol:voorzitter")  # "Voorzitter Van Wolfswinkel opent de raadsvergadering"
        if cue.ROYAL_FORMULA.match(text, end):
            out.append("publiek:rol:koning")  # "Wij Beatrix, bij de gratie Gods, Koningin der Nederlanden"
        if party_cues.after(text, end, self.lex, self._labels):
            out.append("publiek:partij")  # "Hans Knapp VVD, Henri de Jong CDA", "Diks namens GroenLinks"
        # "… benoemd tot burgemeester"; "… benoemd als lid van de Raad voor het openbaar bestuur": an organisation's
        out += [self._seat(self._role_cue((kind, role), phrase), start)
                for kind, role, phrase in offices(text, start, end, self.lex, body=self.body)]
        if (n := party_cues.NAMENS_CAPS.match(text, end)) and n.group(1) not in ORG_ABBREVIATIONS \
                and (self.body or n.group(1) in self._labels):
            out.append("publiek:partij")  # "Dhr. Hokken namens SAM" in a council's minutes: a local party (elsewhere
            # one the text names a council group after, "de STIP-fractie … Jan Tilman namens STIP")
        elif cue.NAMENS_ORG.match(text, end):
            out.append("prive:namens")
        return out

    def listed(self, name: str) -> list[str]:
        """``publiek:genoemd`` when ``name`` is (compatible with) a listed public person or chairs a committee named
        after them ("Commissie Hoekstra … als voorzitter: mr. R.J. Hoekstra")."""
        parts = parse_any(name) if self._eponyms or self.persons or self.person_texts else None
        if self._eponyms and parts and cue.eponym_chair(self.text, name, parts.surname, self._eponyms):
            return ["publiek:voorzitter:naamgever"]
        if not self.persons and not self.person_texts:
            return []
        norm = " ".join(name.split()).lower()
        if norm not in self.person_texts and not (parts is not None and any(parts.compatible(p) for p in self.persons)):
            return []
        for p in self.roster:
            q = parse_name(p.name)
            same = " ".join(p.name.split()).lower() == norm
            if same or (parts is not None and q is not None and parts.compatible(q)):
                if not p.in_office(self.date):
                    return ["publiek:zwak:buiten-ambtsperiode"]
                return [f"publiek:genoemd:{p.function.lower()}" if p.function else "publiek:genoemd"]
        return ["publiek:genoemd"]

    def _around(self, start: int, end: int) -> list[Region]:
        """The genre regions that contain ``[start, end)`` (of the 40 that start last before it)."""
        i = bisect_right(self._starts, start)
        return [r for r in self.regions[max(0, i - 40):i] if r.start <= start and end <= r.end]

    def regional(self, start: int, end: int) -> list[str]:
        """The cues of the genre regions that contain the mention."""
        return [r.evidence for r in self._around(start, end) if r.default != "neutral"]

    def evidence(self, start: int, end: int) -> tuple[str, ...]:
        """All cues at the mention ``text[start:end]``."""
        cues = self.left(start) + self.right(start, end) + self.regional(start, end) + self.listed(self.text[start:end])
        return tuple(dict.fromkeys(cues))

    # -- names a public role points at ----------------------------------------------------------------

    def mentions(self) -> list[tuple[int, int]]:
        """Spans of names right after a public role or inside a list region (for grouping persons)."""
        out: list[tuple[int, int]] = []
        text = self.text
        if self.lex.role is not None:
            for m in self.lex.role.finditer(text):
                pos = cue.name_start(text, m.end(), self._g.is_place)
                line_end = e if (e := text.find("\n", pos)) >= 0 else len(text)
                n = role_scope.first_person(text, pos, line_end, self._g, free=True, after_title=True)
                if n is not None and n.parts is not None:
                    out.append((n.start, n.end))
        for r in self.regions:
            if not r.evidence.startswith(("publiek:lijst", "publiek:aanwezig", "publiek:afwezig", "publiek:motie",
                                          "publiek:spreker")):
                continue
            for item in role_lists.ITEM.finditer(text, r.start, r.end):
                body = item.group()
                paren = body.find("(")
                core = body[:paren] if paren >= 0 else body
                t = TITLES_PREFIX.match(core)
                s = item.start() + (t.end() if t else 0)
                e = item.start() + len(core.rstrip(" \t"))
                if e > s and parse_any(text[s:e]) is not None:
                    out.append((s, e))
        return out

    def caps_words(self, start: int, end: int) -> list[tuple[int, int]]:
        """Words in capitals inside ``[start, end)`` (speaker labels of minutes: "De heer FLENTGE:")."""
        return [m.span() for m in _CAPS_WORD.finditer(self.text, start, end)]
