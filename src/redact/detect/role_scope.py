"""Which person a role word near names belongs to, in lists, tables and appositions.

* ``name_before(window, pos)``: a capitalised name word (or initials) stands right before ``pos``, so a capitalised
  role word there ends that name or labels it ("Seth Prins", "Weeda Griffier: …"), while "De Minister", "Geachte
  Minister", "Oud-minister", "Kerkrade Burgemeester" are roles;
* ``entry_above(window, m)``: the role ``m`` that ends a line is the function of the entry on that line, not a heading
  over the name below it ("de heer G. Smit, wethouder\nmevrouw H. Bos", a table's row "C.J.A. van Dorst
  wethouder\nG.J.M. Blom");
* ``apposition_of_previous(window, m)``: the role is the apposition of the entry before it ("mevrouw Roos, Griffier
  Tweede Kamer, de heer Van Leeuwen");
* ``names_next(phrase, role)``: a function in an apposition that is followed by a name is the next person's ("Roel de
  Jong, dorpencoördinator Karien van Mierlo"); ``label_of_next(phrase, plural)``: an apposition that is a plural
  role's label before a colon heads the next names ("penningmeester: X, algemeen leden: Y en Z").
* ``elsewhere(window, m, text, start, g)``: the role is not the person's: it names where they work ("Werken bij de
  ombudsman: Jamal Libari"), or another full name stands between them in a flattened table's row ("Gedeputeerde
  Jeannette Baljeu Michiel Groeneveld"), or it is a member of an advisory council of citizens ("kandidaat-raadsleden"
  of a jongerenraad: ``advisory_members(text, role_start, role_end)``, also for the lists of ``role_lists``);
* ``second_person(text, start, given, g)``: where a second person's name starts inside the given names of a full name
  in such a row; ``first_person`` is ``scan.candidates`` ended there, or before a particle that opens an
  organisation ("Elly X van Dorpsbelangen Elp", "X van Forum voor Democratie"; used by ``public`` and the recognizers);
* ``portfolio_comma(window, end, g)``: a portfolio of ordinary words and a comma stand between the role and the name
  ("de nieuwe wethouder Economische Zaken, Bas ten Have");
* ``other_body(rest, body)``: the members a plural role names are, by the ``rest`` after it, an organisation's or a
  citizens' committee's, not an elected body's ("leden van de Rekenkamer van X", "leden van de referendumcommissie";
  ``OF_COMMITTEE``: "tot leden van de commissie bezwaarschriften").

Guarantees: pure functions of the text around the role; ``detect.public`` decides with them which name a role cue is
given to. Limits: prose that wraps right after a name and a role at a line's end reads like a table's row.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from redact.detect import cues as cue
from redact.detect.gazetteer import Gazetteer
from redact.detect.lexicon import INSTITUTION_ENDINGS, TV_WORDS, is_not_name, royal_style
from redact.detect.names import INITIALS, NAME_WORD, TITLES_RE, TV_ANY, UP
from redact.detect.scan import NameSpan, candidates
from redact.detect.wordlist import is_dutch_word, is_word_or_compound

__all__ = ["OF_COMMITTEE", "advisory_members", "apposition_of_previous", "elsewhere", "entry_above", "first_person",
           "label_of_next", "loose_label", "name_before", "names_next", "other_body", "second_person"]

_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+\Z")
# initials right before (not the end of an abbreviation: "vragen van het CDA. Wethouder Kos")
_INITIAL_BEFORE = re.compile(rf"(?<![^\W\d_]){INITIALS}[ \t]*\Z")
# a Roman numeral of a numbered part that ends a sentence, no initial: "voorzitter van sectie I. Staatsraad X …"
_NUMBERED_PART = re.compile(r"(?i:sectie|hoofdstuk|deel|fase|bijlage|paragraaf|titel|afdeling|boek|groep|"
                            r"categorie|klasse|kamer)[ \t]+[IVX]{1,4}\.[ \t]*\Z")
_NAMED_NEXT = re.compile(rf"[ \t]+(?:{INITIALS}|(?P<given>{NAME_WORD})[ \t]+(?:(?:{TV_ANY})[ \t]+)?{UP})")


def names_next(phrase: str, role: str) -> bool:
    """True when the function ``role`` in the apposition ``phrase`` is followed by a name: it is the next person's
    ("Roel de Jong, dorpencoördinator Karien van Mierlo"), not "X, beleidsmedewerker Ruimtelijke Ordening"."""
    at = phrase.lower().find(role)
    m = _NAMED_NEXT.match(phrase, at + len(role)) if at >= 0 else None
    return m is not None and not (m.group("given") and is_dutch_word(m.group("given").lower()))


# a label before a colon and the next name: "algemeen leden: Lex Reichenfeld"
_NEXT_LABEL = re.compile(r"([\w -]{2,30}):[ \t]*(?=[A-ZÀ-Þ])")


def label_of_next(phrase: str, plural: re.Pattern[str] | None) -> bool:
    """True when the apposition ``phrase`` after a name is a plural role's label before a colon, which heads the names
    after it ("penningmeester: Peter de Boer, algemeen leden: Lex Reichenfeld"), not the name's own function before
    its words ("Gerard Doornbos, dijkgraaf van Rijnland: “Dit is …”")."""
    m = _NEXT_LABEL.match(phrase)
    return m is not None and plural is not None and plural.search(m.group(1)) is not None


def name_before(window: str, pos: int, is_place: Callable[[str], bool] = lambda w: False) -> bool:
    """"Seth Prins, Jason Vermeulen": a role word right after a capitalised name word is part of
    that name ("De Minister", "Geachte Minister", "Oud-minister", "Kerkrade Burgemeester" are roles)."""
    if _INITIAL_BEFORE.search(window, max(0, pos - 20), pos) \
            and not _NUMBERED_PART.search(window, max(0, pos - 20), pos):
        return True  # "R. Prins"
    m = _WORD_BEFORE.search(window, 0, pos)
    if not m:
        return False
    word = m.group(1)  # not a province's or a place's adjective: "De Gelderse Commissaris van de Koning"
    ini = _INITIAL_BEFORE.search(window, max(0, m.start() - 20), m.start()) if word.lower() in TV_WORDS else None
    if ini and not royal_style(ini.group()):
        return True  # "W. de Koning": a surname after initials and a tussenvoegsel (not "Z.M. de Koning")
    return bool(re.fullmatch(NAME_WORD, word)) and not is_not_name(word) and word.lower() not in TV_WORDS \
        and not re.search(r"[a-z]se\Z", word) and not is_place(word)


def entry_above(window: str, m: re.Match[str]) -> bool:
    """The role ends a line above the name and follows something on its own line: the function of the entry
    above ("de heer G. Smit, wethouder\nmevrouw H. Bos"), not a heading over the name ("De minister van
    Financiën,\n\nD. Jansen", "Wethouder\nP. Jansen")."""
    if "\n" not in window[m.end():] or re.match(r"[ \t]*\(", window[m.end():]):
        return False  # (the names in brackets after the role: "zoals Kamerleden (de heer A en de heer\nB)")
    line = window[window.rfind("\n", 0, m.start()) + 1:m.start()]
    # an apposition or tag of what stands before it on its line ("G. Smit, wethouder", "Smit (wethouder)"),
    # not prose wrapped at the role ("Dat geldt niet voor minister van BZK,\ndrs. D.C. van de Plas")
    # ("Renée Bergkamp   Algemeen directeur/ Provinciesecretaris\nOnno Beljaars   Directeur": a table's row)
    # ("C.J.A. van Dorst wethouder\nG.J.M. Blom wethouder": a row whose name the role ends)
    return bool(re.search(r"\w[.)]?[ \t]*[,(][ \t]*(?:(?i:de|het|oud-|ex-)[ \t]*)?(?:[a-zà-ÿ]+[ \t]+)?\Z", line)
                or re.search(r"\w(?:[ \t]{3,}|\t)[ \t]*\S", line)
                or (name_before(line, len(line)) and re.match(r"[ \t]*\n", window[m.end():]) is not None))


_APPOSED = re.compile(r"([^\W\d_][\w'’-]*)[ \t]*,[ \t]*(?:(?i:de|het)[ \t]+)?\Z")


def apposition_of_previous(window: str, m: re.Match[str]) -> bool:
    """The role is the apposition of the entry before it on its line and is closed by a comma before the
    name: "mevrouw Roos, Griffier Tweede Kamer, de heer Van Leeuwen" (Van Leeuwen is not the griffier),
    not "de minister van Financiën, mr. D. Jansen" or "Roos, wethouder Jansen"."""
    line = window[window.rfind("\n", 0, m.start()) + 1:m.start()]
    if cue.OF_SOMEONE.search(line) and "," in window[m.end():]:
        return True  # "De echtgenote van de burgemeester, mevrouw X": X is the echtgenote
    before = _APPOSED.search(line)
    if before is None or "," not in window[m.end():]:
        return False
    word = before.group(1)
    return bool(re.fullmatch(NAME_WORD, word)) and not is_not_name(word) and word.lower() not in TV_WORDS


_WORKS_AT = re.compile(r"(?i:werken|werkt|werkzaam|stage|in[ \t]+dienst)[ \t]+bij[ \t]+(?:de|het)[ \t]+\Z")
# a full name between the role and this name: "Gedeputeerde Jeannette Baljeu Michiel Groeneveld" (a flattened row)
_NAME_BETWEEN = re.compile(rf"[ \t]+({NAME_WORD})[ \t]+({NAME_WORD})[ \t]+\Z")
_NAME_WORD_AT = re.compile(NAME_WORD)
# an advisory council whose members are citizens: "kandidaat-raadsleden" of a youth council
_ADVISORY = (r"(?<![\w-])(?i:(?:jongeren(?:advies)?|jeugd|kinder|senioren|cliënten|clienten|participatie|wmo-?|dorps|"
             r"wijk)raad)(?![\w-])")
_ADVISORY_COUNCIL = re.compile(_ADVISORY)
_COUNCIL_MEMBER = re.compile(r"(?i)(?:^|-)raads(?:lid|leden)$")
_OF_ADVISORY = re.compile(rf"[^.;\n]{{0,60}}?[ \t](?:van|bij)[ \t]+(?:de[ \t]+)?{_ADVISORY}")
# a national advisory council named in the text ("De leden van de Raad voor het Openbaar Bestuur"; not "de raad voor de
# VVD", a council seat), in a text that names no municipal, provincial or water board's body: its "raadsleden"
_NAMED_COUNCIL = re.compile(r"(?<![\w-])Raad[ \t]+voor[ \t]+(?:de[ \t]+|het[ \t]+)?[A-Z][a-zà-ÿ]")
_LOCAL_BODY = re.compile(r"(?i)gemeente|wethouder|burgemeester|fractie|provinci|staten|waterschap|griffie|gedeputeerde")


def advisory_members(text: str, role_start: int, role_end: int) -> bool:
    """The role ``text[role_start:role_end]`` is "raadslid"/"raadsleden" of an advisory council of citizens: named
    before the role in its sentence, or in the sentence before when this one refers back to "raad" ("De provincie
    heeft geen jongerenraad meer. Inmiddels is een nieuwe raad in oprichting en dus kwamen kandidaat-raadsleden A en
    B"), or right after the names ("het nieuwe raadslid A van de jongerenraad"); not the councillors who guide one
    ("De klankbordgroep bestaat uit de raadsleden A en B die de Jongerenraad begeleiden"); also of a national advisory
    council the text names, when it names no local body ("afscheid genomen van raadsleden A, B en C" on the page of
    the Raad voor het Openbaar Bestuur)."""
    if not _COUNCIL_MEMBER.search(text[role_start:role_end].strip()):
        return False
    if not _LOCAL_BODY.search(text) and _NAMED_COUNCIL.search(text):  # (most texts name a local body early on)
        return True
    floor = max(0, role_start - 300)
    first = max(text.rfind(". ", floor, role_start), text.rfind("\n", floor, role_start), floor)
    lead = text[first:role_start]
    if _ADVISORY_COUNCIL.search(lead) or _OF_ADVISORY.match(text, role_end):
        return "gemeenteraad" not in lead.lower()
    if first > floor and re.search(r"(?i)(?<![\w-])raad(?![\w-])", lead):
        before = max(text.rfind(". ", floor, first), text.rfind("\n\n", floor, first), floor)
        return bool(_ADVISORY_COUNCIL.search(text, before, first))
    return False


def elsewhere(window: str, m: re.Match[str], text: str, start: int, g: Gazetteer) -> bool:
    """The role ``m`` before the name at ``text[start]`` is not that person's: it names where the person works
    ("Werken bij de ombudsman: Jamal Libari", a staff portrait), or another full name stands between them in a
    flattened table's row ("Gedeputeerde Jeannette Baljeu Michiel Groeneveld": the gedeputeerde's spokesperson
    in the next column), or it is a member of an advisory council of citizens, no office (``advisory_members``)."""
    offset = start - len(window)
    if _WORKS_AT.search(window, 0, m.start()) or advisory_members(text, offset + m.start(), offset + m.end()):
        return True
    between = _NAME_BETWEEN.fullmatch(window, m.end())
    after = _NAME_WORD_AT.match(text, start)
    return bool(between and after and g.is_first_name(between[1]) and not g.is_first_name(between[2])
                and g.is_first_name(after[0]))


def second_person(text: str, start: int, given: tuple[str, ...], g: Gazetteer) -> int | None:
    """Where a second person's name starts inside the "given names" of a full name at ``start``: a known first name
    after a word that is none, the first person's family name ("Gedeputeerde Jeannette Baljeu Michiel Groeneveld", a
    flattened table's row), or a word in camel case (a party, a firm); the end of the first name is returned. None when
    the given names read as one person's ("Jan Peter Balkenende")."""
    pos = start
    for prev, word in itertools.pairwise(given):
        at_prev = text.find(prev, pos)
        pos = text.find(word, at_prev + len(prev)) if at_prev >= 0 else -1
        if pos < 0:
            return None  # the parts are not spelled as in the text: leave the name whole
        if g.is_first_name(word) and not g.is_first_name(prev):
            return at_prev + len(prev)
        if (camel := _CAMEL.fullmatch(word)) and not g.is_first_name(camel[1]):
            return at_prev + len(prev)  # a party's or a firm's name in camel case: "Rens X GroenLinks Els …"
    return None


# a capital inside a word after three letters or more: "GroenLinks", "ChristenUnie", no given name (not "McDonald",
# nor a web page's name glued to itself, "Jan JansenJan Jansen")
_CAMEL = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]{2,}([A-ZÀ-Þ][a-zà-ÿ]+)")


# the rest of an organisation's name after the word a particle took for a family name: "Hendrikus Velzing van Forum
# voor Democratie" (not "Jan van Dijk voor de VVD": an article)
_ORG_TAIL = re.compile(r"[ \t]+voor[ \t]+[A-ZÀ-Þ]")


def first_person(text: str, start: int, end: int, g: Gazetteer, *, after_title: bool = False,
                 free: bool = False) -> NameSpan | None:
    """``scan.candidates`` at ``start``, ended before a second person's name in a flattened table's row
    (``second_person``): "Jeannette Baljeu", not "Jeannette Baljeu Michiel Groeneveld"; or before a particle that opens
    an organisation, not a family name (``_ORG_TAIL``): "Elly Middelbos van Dorpsbelangen Elp"."""
    n = candidates(text, start, end, after_title=after_title, free=free)
    if n is not None and n.parts is not None and n.parts.tv and len(n.parts.given) > 1 \
            and (n.parts.surname.lower().endswith(INSTITUTION_ENDINGS) or _ORG_TAIL.match(text, n.end)) \
            and (at := text.rfind(f" {n.parts.tv} ", n.start, n.end)) > n.start:
        n = candidates(text, start, at, after_title=after_title, free=free)
    if n is not None and n.parts is not None and (cut := second_person(text, n.start, n.parts.given, g)) is not None:
        return candidates(text, start, cut, after_title=after_title, free=free)
    return n


def loose_label(window: str, start: int, end: int) -> bool:
    """True when the role ``window[start:end]`` reaches its name across a blank line without being a label alone on
    its line ("Portefeuillehouder\n\nAppelman, J.N.J." is one; a table's header row "Woordvoerder van Vervanger
    Portefeuille\n\n" above a row of names is not)."""
    if not re.match(r"[^\n,:]*\n[ \t]*\n", window[end:]):
        return False  # (a comma or colon separates as before: "De Minister van OCW,\n\nR.H.A. Plasterk")
    line_start = window.rfind("\n", 0, start) + 1
    return bool(window[line_start:start].strip() or window[end:window.find("\n", end)].strip(" \t:"))


# a portfolio without a preposition, its words capitalised, then a comma before the name: "de nieuwe wethouder
# Economische Zaken, Bas ten Have"
# (the name may stand on the next line, a signature: "de directeur-generaal Politie en Criminaliteitsbestrijding,\nX")
# (and a title: "de Directeur-Generaal Landbouw en Voedselvoorziening, ir. A. de Zeeuw")
_PORTFOLIO_COMMA = re.compile(r"[ \t]+((?:[A-ZÀ-Þ][\w'’&-]*[ \t]+(?:en[ \t]+)?){0,2}[A-ZÀ-Þ][\w'’&-]*)[ \t]*,"
                              rf"[ \t]*(?:\n[ \t]*)?(?:{TITLES_RE})?\Z")


def portfolio_comma(window: str, end: int, g: Gazetteer) -> bool:
    """True when the role ending at ``end`` is followed by a portfolio of ordinary Dutch words and a comma that end
    ``window`` ("wethouder Economische Zaken, X", "directeur-generaal Politie en Criminaliteitsbestrijding,\nX"); a
    family name there is the role's holder ("wethouder Jansen, Kees
    Brinkman": Jansen), so every word must be a Dutch word that no list holds as a surname."""
    p = _PORTFOLIO_COMMA.match(window, end)
    return p is not None and all(is_word_or_compound(w) and not g.is_surname(w)
                                 for w in re.findall(r"[A-ZÀ-Þ][\w'’&-]*", p.group(1)))


# after "leden (van de commissie)": a committee of citizens or experts, not of the council ("leden van de
# referendumcommissie", "leden van de commissie bezwaarschriften")
OF_COMMITTEE = re.compile(r"[ \t]+(?:van[ \t]+de[ \t]+(?:referendum|bezwa(?:a)?r(?:schriften)?|welstands|klachten)"
                          r"commissie|(?:voor[ \t]+(?:de[ \t]+)?)?(?:bezwaarschriften|bezwaren))(?![\w-])")
_OF = re.compile(r"[ \t]*(?:van|bij|der)[ \t]+(?:de[ \t]+|het[ \t]+)?")  # before an organisation's name


def other_body(rest: str, body: re.Pattern[str] | None, *, of: bool = False) -> bool:
    """True when ``rest``, the text after "leden" or "collega's", names an organisation or a citizens' committee
    (``OF_COMMITTEE``) those members are of, not an elected body (``body``: "van de Raad", "van Provinciale Staten");
    with ``of``, only after "van"/"bij" (a role before names: "de leden Jansen" names no organisation)."""
    named = o.end() if (o := _OF.match(rest)) else 0  # where the organisation's name starts
    if of and o is None:
        return False
    return bool(cue.OF_ORGANISATION.match(rest) or OF_COMMITTEE.match(rest)) and not cue.OF_HOUSE.match(rest) \
        and not (body is not None and body.match(rest, named))
