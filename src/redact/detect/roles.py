"""The role vocabulary of ``rules/public-officials.yaml`` compiled into patterns (once per set of rules).

* ``role``: a public office, singular ("wethouder", "minister van Financiën", "cdk") - strong evidence;
* ``plural``: a plural role that heads a list of office holders ("de wethouders", "leden der Kamer",
  "Gedeputeerde(n)");
* ``weak``: an ambiguous office ("voorzitter", "secretaris", "lid") - alone it makes a person uncertain;
* ``party``: a party label ("VVD", "ChristenUnie/SGP", "Hoorns Belang", "Fractie Tonnaer");
* ``clerk``: the clerk of a representative body ("griffier", "statengriffier"): an attendance list that
  names one next to its chair is that body's (``chair_and_clerk``, used by ``detect.genre``);
* ``private``: a civil servant's function or a contact label ("beleidsmedewerker", "notulist",
  "Contactpersoon", "Behandeld door") - evidence that a person is private.

``classify(phrase)`` says what a short phrase (the inside of brackets, an apposition) is:
``("public", role)``, ``("weak", role)``, ``("party", label)``, ``("private", word)`` or None.
``party_rows(text, start, end)``: a table of members whose party labels the extraction glued to the names.

Guarantees: matching is case-insensitive on whole words; the longest entry wins ("secretaris-directeur"
before "secretaris", "commissaris van de koning" before "commissaris"). Limits: a party label that is
neither in the list nor built from its words (lijst, lokaal, leefbaar, belang, senioren, fractie) is not
recognised, except by the layout rules of ``detect.genre`` (a column of labels in an attendance list).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from redact.detect.names import GIVEN_WORD, INITIALS, TITLES_RE, TV_ANY, UP
from redact.rules import Rules

__all__ = [
    "ACTING",
    "ADMITTED",
    "BEFORE_NAME",
    "BEFORE_NAMES",
    "BEFORE_NAME_TITLED",
    "FOR_PARTY",
    "GROUP",
    "INSTALLED",
    "IN_GROUP",
    "LEAD",
    "OF_AUTHORITY",
    "OF_BOARD",
    "OF_GROUP",
    "OF_HOUSE",
    "OF_ORGANISATION",
    "OF_SOMEONE",
    "PARTY_AFTER",
    "PARTY_COLON",
    "PARTY_DASH",
    "PORTFOLIO",
    "POSTNOMINALS",
    "REPLACED_BY",
    "ROYAL_FORMULA",
    "SINCE",
    "SUBMITTER_PARTY",
    "RoleLexicon",
    "eponym_chair",
    "eponyms",
    "name_start",
    "office_of",
    "opens_with",
    "role_lexicon",
]

# words after a role that belong to it: "minister van Justitie en Veiligheid", "wethouder Financiën"
_PORTFOLIO_WORD = (r"(?:[A-ZÀ-Þ][\w'’&-]*|(?i:en|de|het|der|van|voor|'t|op|in|aan|[\w-]*commissies?|[\w-]*raad|"
                   r"gemeente|provincie|kamer|staten|huis|afgevaardigden|waterschap|college|stadsdeel|tweede|eerste|vaste|algemeen|"
                   r"dagelijks|bestuur|"  # portfolios in lower case: "wethouder van onderwijs Paul Hofman"
                   r"onderwijs|financi[eë]n|zorg|jeugd|sport|cultuur|wonen|economie|verkeer|vervoer|milieu|welzijn|"
                   r"werk|inkomen|duurzaamheid|natuur|landbouw|mobiliteit|energie|klimaat|volkshuisvesting|toerisme|"
                   r"recreatie|ruimtelijke|ordening|openbare|ruimte|veiligheid|handhaving|armoede|participatie|"
                   r"stikstof|asiel|migratie|water|erfgoed|media|digitalisering|infrastructuur))")
# (a line may break after "van": "het lid van\nde stadsdeelcommissie"; "commissaris van de Koning in Noord-Brabant";
# "gedeputeerde bij de provincie Gelderland")
# (or the organisation's acronym before the comma of a signature: "De directeur-generaal DUO,\nR.J.A. Kerstens")
PORTFOLIO = (rf"(?:[ \t]+(?i:van|voor|der|in|bij)(?:[ \t]+|[ \t]*\n[ \t]*){_PORTFOLIO_WORD}"
             rf"(?:,?[ \t]+{_PORTFOLIO_WORD}){{0,6}}|[ \t]+[A-Z]{{2,6}}(?=[ \t]*,))")

_LEAD = re.compile(rf"{PORTFOLIO}?[ \t]*,?[ \t]*(?:{TITLES_RE})?")
# a tussenvoegsel in capitals after a role starts a name ("Burgemeester Van Rumund", "Minister Van der Meer"),
# not a portfolio, unless a place follows ("Burgemeester Van Wageningen")
_CAPITAL_TV = re.compile(r"[ \t]+(?=(?:Van|De|Ter|Ten)(?:[ \t]+(?:de|den|der|het|'t))?[ \t]+"
                         r"([A-ZÀ-Þ][\w'’-]+)(?![\w-]))")


def name_start(text: str, pos: int, is_place: Callable[[str], bool]) -> int:
    """Where the name after a role that ends at ``pos`` starts: after the role's portfolio and titles."""
    if (tv := _CAPITAL_TV.match(text, pos)) and not is_place(tv.group(1)):
        return tv.end()
    lead = _LEAD.match(text, pos)
    return lead.end() if lead else pos


# "Voorzitter - H.P. Klazenga"; a value on the next line, maybe as a bullet ("- Voorzitter\n- G.W.A. Temmink", the
# fields of a meeting's page in a council information system)
# (or a blank line after a label alone on its line: a web page's "Portefeuillehouder\n\nAppelman, J.N.J.")
_SEP = (r"(?:[ \t]*[,:]\s*|[ \t]+[-–][ \t]+|[ \t]+|[ \t]*\n[ \t]*(?:[-•][ \t]+)?|[ \t]*\n[ \t]*\n[ \t]*"
        r"|(?<=[A-Z])[ \t]*;[ \t]*)")  # OCR read a heading's colon as a semicolon: "SECRETARIS; de heer X"
_LIST_ITEM = (
    rf"(?:(?:{TV_ANY}|{INITIALS}|{UP}[\w'’-]+(?![\w'’-]))[ \t]*)+(?:\([^()\n]{{1,30}}\)[ \t]*)?"
    r"(?:,[ \t]*|en[ \t]+|/[ \t]*)"
)
_ALTERNATE = _LIST_ITEM.replace(r"(?:,[ \t]*|en[ \t]+|/[ \t]*)", r"/[ \t]*")  # "Voorzitter\nA/B": one of two
# titles and given names or initials before a surname
LEAD = rf"(?:{TITLES_RE})?(?:(?:{INITIALS}[ \t]?|{GIVEN_WORD}[ \t]+)){{0,3}}"
_COPULA = r"(?:[ \t]+(?:is|was|wordt|werd))?"  # "De commissievoorzitter is Nelleke Bouman"
# "Onder de begeleidende raadsleden zijn onder andere A, B en C aanwezig", "namen acht raadsleden afscheid, te weten
# de heren A en B": a plural role, a word, "among others" or "namely"
_AMONG = (r"(?:(?:[ \t]+[a-z]+,?)?[ \t]+(?:onder[ \t]+(?:andere|anderen|meer)|o\.a\.|te[ \t]+weten|namelijk)"
          r"(?:[ \t]+(?:de[ \t]+)?(?:heren|dames))?)?")
_NAMED = r"(?:[ \t]+(?i:voornoemd|voormeld))?"  # a signature: "De provinciesecretaris voornoemd,\nW.F. Brenkman"
_PLURAL_TAIL = r"(?:\((?:s|n|en)\))"  # "Portefeuillehouder(s): X"
_HELD = rf"{PORTFOLIO}?(?:[ \t]+a\.[ \t]?i\.)?"  # the office's portfolio, maybe held ad interim: "… a.i. X"
_ITEMS = rf"{_HELD}{_COPULA}{_NAMED}{_SEP}(?:{_LIST_ITEM}){{0,6}}{LEAD}\Z"
# (cues for ``PublicContext.left``) standing in for an office holder named in the same sentence: "De
# Minister-President wordt vervangen door mr. dr. X";
# the successor in an office the sentence names, or the one before when this one is about its holder: "…
# Secretaris-generaal Roel Bekker vertrekt per 1 april. Hij wordt opgevolgd door X". Not the predecessor ("Zij
# volgt X op", "na het vertrek van X"): one who has left the office is private (realtext convention, round 21),
# and the sentence seldom says whether they have left
REPLACED_BY = re.compile(rf"(?<![\w])(?i:vervangen|waargenomen|opgevolgd)[ \t]+door[ \t]+{LEAD}\Z")
# matched at a role, up to where a name starts: a plural role heads a list ("De wethouders A, B en C"), a
# single one only as "Portefeuillehouder(s): A, B" or "Voorzitter A/B" ("wethouder Jansen, Kees Brinkman": Jansen)
BEFORE_NAMES = re.compile(rf"{_PLURAL_TAIL}?{PORTFOLIO}?{_AMONG}{_ITEMS}")


# the submitter of written questions named with the party first, alone on the line: "Indiener CDA, Geart Benedictus",
# Frisian "Yntsjinner CDA, X" (``PublicContext.left``: a party's member)
SUBMITTER_PARTY = re.compile(r"[ \t]*(?i:indieners?|yntsjinners?|vragenstellers?)[ \t]*:?[ \t]+([^,\n]{1,40}?)[ \t]*,"
                             r"[ \t]*")
# the opening formula of a royal decree or an Act: "Wij Beatrix, bij de gratie Gods, Koningin der Nederlanden"
ROYAL_FORMULA = re.compile(r"[ \t]*,[ \t]*bij[ \t]+de[ \t]+gratie[ \t]+Gods[ \t]*,[ \t]*(?:Koning|Koningin)(?![\w])")
# a minister's second post in a signature: "De Minister-President, Minister van Algemene Zaken,\nM. Rutte"
_SECOND_POST = rf"(?:,[ \t]*(?i:minister|staatssecretaris)(?![\w-]){PORTFOLIO}?)?"
BEFORE_NAME = re.compile(rf"{_PLURAL_TAIL}{_ITEMS}"
                         rf"|{_HELD}{_SECOND_POST}{_COPULA}{_NAMED}{_SEP}(?:{_ALTERNATE}){{0,2}}{LEAD}\Z")
# after a public office also a portfolio without a preposition, told from the name by the title before it, words
# one space apart (not cells of a flattened table): "Gedeputeerde Nieuwe Natuur dhr J.N.J. Appelman", "wethouder
# Ruimtelijke Ordening mevrouw A. Jansen" (words in lower case after the capital: not "De Koning SIKB Drs. X")
BEFORE_NAME_TITLED = re.compile(rf"{BEFORE_NAME.pattern}|(?: [A-ZÀ-Þ][a-zà-ÿ'’&-]+){{1,3}} {TITLES_RE}"
                                rf"(?:{INITIALS}[ \t]?|{GIVEN_WORD}[ \t]+){{0,3}}\Z")


_D66 = re.compile(r"\bd['’`]66\b")  # "D’66", the old style of the party's name
# a chair as the function of an entry: "(voorzitter)", ", plv. voorzitter,"
_CHAIR_TAG = re.compile(r"(?i)(?:\([ \t]*|,[ \t]*)(?:plv\.?[ \t]+|plaatsvervangend[ \t]+)?voorzitter[ \t]*[),;.\n]")


def _alt(words: tuple[str, ...]) -> str:
    """The words as one alternation, longest first, grouped by their first letter: at most one group can match
    where a word starts, so the order of matching stays that of the flat list while ``re`` tries a few dozen
    groups at each position instead of hundreds of words (5 times faster over the real texts)."""
    groups: dict[str, list[str]] = {}
    for w in sorted({w for w in words if w}, key=len, reverse=True):
        groups.setdefault(w[0].lower(), []).append(re.escape(w).replace(r"\ ", r"(?:[ \t]+|[ \t]*\n[ \t]*)"))
    return "|".join(f"(?:{'|'.join(g)})" if len(g) > 1 else g[0] for g in groups.values())


@dataclass(frozen=True, slots=True)
class RoleLexicon:
    """Compiled role patterns of one set of rules (see the module docstring)."""

    role: re.Pattern[str] | None
    plural: re.Pattern[str] | None
    weak: re.Pattern[str] | None
    party: re.Pattern[str] | None
    private: re.Pattern[str] | None
    body: re.Pattern[str] | None
    clerk: re.Pattern[str] | None
    party_words: frozenset[str]
    roles: frozenset[str]
    weak_roles: frozenset[str]
    private_roles: frozenset[str]
    mandate: str = "uncertain"  # how a decision's signer by mandate stands (rules: mandate_signers)

    def classify(self, phrase: str) -> tuple[str, str] | None:
        """What the short ``phrase`` names, judged by its first role-like word group (see module)."""
        p = " ".join(phrase.strip(" \t,.;:()[]").split())
        if not p:
            return None
        low = p.lower()
        hits: list[tuple[int, int, str, str]] = []  # (start, -length, kind, word)
        for kind, rx in (("public", self.role), ("plural", self.plural), ("weak", self.weak),
                         ("private", self.private), ("party", self.party)):
            if rx is None:
                continue
            for m in rx.finditer(p):  # case kept: "Raad voor …" is no council
                hits.append((m.start(), -(m.end() - m.start()), kind, m.group().lower()))
        if not hits:
            if self.is_party_label(p):
                return ("party", low)
            return None
        hits.sort()
        _, _, kind, word = hits[0]
        if kind == "plural":
            kind = "public"
        if kind == "party" and hits[0][0] > 0 and not self.is_party_label(p):
            # a party inside a longer label: "De Progressieve Combinatie PvdA/GL/D66", "NT, afwezig op"
            first = low.split(",")[0]
            if len(first.split()) > 6 or not any(h[2] == "party" and h[0] < len(first) for h in hits):
                return None
        return kind, " ".join(word.split())

    def chair_and_clerk(self, para: str) -> bool:
        """True when the attendance list ``para`` names its chair and the clerk of a representative body as
        functions of entries ("H. Jansen (voorzitter), …, P. de Vries (griffier)"): a griffier serves only a
        council, the States or a Kamer, so the list is that body's."""
        return self.clerk is not None and _CHAIR_TAG.search(para) is not None and any(
            re.search(r"(?:\([ \t]*|,[ \t]*)\Z", para[:m.start()])
            and re.match(r"[ \t]*(?:[),;.\n]|\Z)", para[m.end():]) for m in self.clerk.finditer(para))

    def party_row(self, line: str) -> bool:
        """True for a line that starts with a party label glued to a name by the extraction ("GroenLinksI
        Kleinrensink", "SPM.J. ten Broeke", "Lokaal LiberaalRob de Koe") or followed by a colon ("Leefbaar 3B :
        Henk Meester, Jan Pieter Blonk")."""
        row = line.strip()
        if self.party is None:
            return False
        glued = any(row[k:k + 1].isupper() and row[k - 1:k].isalnum() and self.is_party_label(row[:k])
                    for k in range(2, min(len(row), 30)))
        return glued or ((c := PARTY_COLON.match(line)) is not None and self.is_party_label(c.group(1)))

    def party_rows(self, text: str, start: int, end: int) -> int:
        """The end of the last of three or more lines of ``text[start:end]`` that are ``party_row``s, else 0."""
        ends = [m.end() for m in re.finditer(r"[^\n]+", text[start:end]) if self.party_row(m.group())]
        return start + ends[-1] if len(ends) >= 3 else 0

    def defined_parties(self, text: str) -> frozenset[str]:
        """Abbreviations the text defines for a party: "de Algemene Waterschapspartij (AWP)" makes "(AWP)" a
        party label."""
        return frozenset(m.group(2) for m in _DEFINED.finditer(text)
                         if any(self.is_party_label(" ".join(m.group(1).split()[-k:])) for k in range(1, 5)))

    def is_party_label(self, phrase: str) -> bool:
        """True for a party label: a listed party, or a short capitalised label built from party words
        ("Hoorns Belang", "Leefbaar Rotterdam", "Fractie Tonnaer", "ONS Flevoland")."""
        p = " ".join(phrase.strip(" \t,.;:()").split())
        low = _D66.sub("d66", p.lower().replace("groen links", "groenlinks"))
        if not p or len(p) > 40:
            return False
        joint = re.split(r"[/-]", low)  # "PvdA/GroenLinks", "PvdA-GL": a joint list
        if self.party is not None and (self.party.fullmatch(low) or (
                len(joint) > 1 and all(self.party.fullmatch(x.strip()) for x in joint))):
            return True
        if GROUP.fullmatch(p):
            return True  # a Kamer group split off a party, named after its member: "Groep-Lazrak", "Groep Van Haga"
        words = low.replace("/", " ").replace("-", " ").split()
        if words[:2] == ["plaatselijk", "belang"] and len(words) > 2:
            return False  # "Plaatselijk Belang Blokzijl": a village's residents' association, no party
        return (len(words) <= 4 and any(w in self.party_words or w.endswith("partij") for w in words)
                and p[:1].isupper())  # "Stadspartij", "Ouderenpartij"


# sworn in, installed, appointed, elected to or leaving an office after the name: "de heer A.J.M Spooren voor
# 50PLUS beëdigd als Statenlid", "X is gekozen tot dijkgraaf", "mevrouw C. Houben is vertrokken als lid van de
# commissie" (a public role counts, a weak one as weak: "benoemd tot beleidsmedewerker" is a job)
ACTING = r"(?:(?i:nieuwe?|beoogde?|tijdelijke?|waarnemende?|interim|plaatsvervangende?|de|het)[ \t]+)*"
# degrees after a name: "J.N. (Jan) Helmond MPM wordt …", "drs. M.A.C. Galesloot MBA, directeur-generaal"
POSTNOMINALS = r"(?:MSc|MA|MBA|MPM|MPA|LLM|LLB|BSc|BA|PhD|RA|RC|EMIA|EMPM)"
# "beëdigde X als (nieuwe) watergraaf"
INSTALLED = re.compile(r"(?:(?:[ \t]+(?:is|fungeert|fungeerde))?[ \t]+als[ \t]+(?:(?i:nieuwe?)[ \t]+)?"
                       r"([^,;.()\n]{2,50})"
                       # "JULIAN WOODLEY, in zijn hoedanigheid van waarnemend gezaghebber van …"
                       # "Hugo de Jonge heeft in zijn tijd als minister van Volksgezondheid …"
                       r"|,?[ \t]+(?:heeft[ \t]+|had[ \t]+)?in[ \t]+(?:zijn|haar)[ \t]+"
                       r"(?:hoedanigheid[ \t]+(?:van|als)|(?:tijd|periode|functie|rol)[ \t]+als)[ \t]+"
                       rf"{ACTING}([^,;.()\n]{{2,50}})"
                       # "X is door de commissaris van de Koning René Paas benoemd tot waarnemend burgemeester"
                       r"|(?:[ \t]+(?:is|wordt|werd)[ \t]+door[ \t]"
                       # a full stop only of an initial or a title: "door de commissaris …, mr. B. Staal, per …"
                       r"(?:[^.;:\n]|(?<=[\s.][A-Z])\.|(?<=\s[a-z]{2})\.|(?<=\s[a-z]{3})\.){0,110}?|[^.;:\n]{0,50}?)"
                       r"(?<![\w])(?i:beëdigd|geïnstalleerd|benoemd|gekozen|verkozen|herkozen|"
                       r"toegelaten|toe[ \t]+te[ \t]+laten|herbenoemd|aangewezen|aan[ \t]+te[ \t]+wijzen|"
                       r"te[ \t]+benoemen|te[ \t]+installeren|vertrokken|ontslag[ \t]+(?:neemt|genomen)|begonnen|"
                       r"voorgedragen|aangesteld|"  # "wordt voorgedragen als secretaris-generaal"
                       r"naar[ \t]+voren[ \t]+geschoven|"  # "heeft A en B naar voren geschoven als gedeputeerden"
                       # "zal Jaap Slootmaker langer aanblijven als …", "aan te bevelen voor benoeming tot dijkgraaf"
                       r"aanblijven|aan[ \t]+te[ \t]+blijven|blijft[ \t]+aan|(?:voor[ \t]+)?benoeming|"
                       r"gestart|aangetreden|afscheid[ \t]+neemt|neemt[ \t]+afscheid|"
                       # "Bart van Spaandonk nam afscheid als raadslid", "X is op 19 maart aan de slag gegaan als …"
                       r"(?:nam|namen)[ \t]+afscheid|afscheid[ \t]+genomen|aan[ \t]+de[ \t]+slag(?:[ \t]+gegaan)?|"
                       r"treedt[ \t]+aan|trad[ \t]+aan|vertrekt|vertrok|"
                       r"(?:komt|komen|keert|keren)[ \t]+terug|"  # "A en B komen terug als fractielid"
                       # "X stopt als gemeentesecretaris", "mag nog zes jaar doorgaan als burgemeester", "neemt
                       # … de taken van Y waar als gemeentesecretaris"
                       r"stopt|stopte|gestopt|doorgaan|door[ \t]+te[ \t]+gaan|gaat[ \t]+door|waar|"
                       # "begint 1 april 2024 als interim-griffier"
                       r"begint|start|"
                       r"ontslag[ \t]+(?:te[ \t]+verlenen|verleend)|"
                       r"beneamd|ynstallearre|ynsward)"  # Frisian: "Gerben Huisman beneamd as …", "ynsward as"
                       # a date after the verb: "begint 1 april 2024 als …", "stopt per 1 september 2019 als …"
                       r"(?:[ \t]+(?:op[ \t]+|per[ \t]+|vanaf[ \t]+)?\d{1,2}[ \t]+[a-z]+(?:[ \t]+\d{4})?)?"
                       r"[ \t]+(?i:als|tot|as|ta|uit[ \t]+(?:zijn|haar)[ \t]+functie[ \t]+(?:van|als))"
                       r"(?:[ \t]+|[ \t]*\n[ \t]*)"
                       rf"{ACTING}([^,;.()\n]{{2,50}})"  # "wordt benoemd als\nprogramma-secretaris-generaal"
                       # "J.N. (Jan) Helmond MPM wordt waarnemend Rijksvertegenwoordiger", "X wordt de gezaghebber"
                       rf"|(?:[ \t]+{POSTNOMINALS})?[ \t]+(?:wordt|werd)"
                       r"(?:[ \t]+|[ \t]*\n[ \t]*)"
                       rf"{ACTING}([^,;.()\n]{{2,50}})"
                       # "X is vanaf begin mei 2024 de nieuwe gemeentesecretaris van Ermelo"
                       r"|[ \t]+(?:is|wordt|werd)[ \t]+(?:(?:vanaf|per|sinds|op|in|met[ \t]+ingang[ \t]+van)[ \t]+"
                       r"[\w ]{1,25}?[ \t]+)?(?:de|het)[ \t]+nieuwe[ \t]+([^,;.()\n]{2,50})"
                       # "De heer R.T. Bakker is drie perioden lid geweest van de gemeenteraad van Urk", "F. Brouwer
                       # is vanaf september 1995 lid geweest van …", "Janssen was van 2018 tot en met 2022 raadslid
                       # voor het CDA" (the office word opens the phrase: ``opens_with``)
                       r"|[ \t]+(?:is|was)[ \t]+(?:[\w]+[ \t]+(?:perioden|periodes|jaar|jaren)[ \t]+"
                       r"|(?:van|vanaf|sinds|tot|in)[ \t]+[\w \t]{1,30}?[ \t]+)?"
                       r"(lid[ \t]+(?:geweest[ \t]+)?van[ \t]+[^,;.()\n]{2,50}"
                       r"|[\w-]+[ \t]+(?:geweest[ \t]+)?(?:voor|namens)[ \t]+[^,;.()\n]{2,50})"
                       # "De heer Persoon is thans nog waarnemend burgemeester in de gemeente Ambt Montfort"
                       r"|[ \t]+is[ \t]+(?:(?:thans|nog|nu|momenteel|sinds[ \t]+\d{4})[ \t]+)*"
                       rf"{ACTING}([^,;.()\n]{{2,50}}))")


# a date before the office in an apposition: "Hans Oosters, vanaf 1 februari de nieuwe commissaris van de koning"
SINCE = re.compile(r"^(?:vanaf|per|sinds|met ingang van)[ \t]+[\w \t]{1,30}?[ \t]+(?:de|het)[ \t]+(?:nieuwe[ \t]+)?")


def office_of(m: re.Match[str]) -> str:
    """The office an ``INSTALLED`` match names, without a perfect's "geweest" ("lid geweest van de gemeenteraad")."""
    return (m[m.lastindex or 0] or "").replace(" geweest ", " ")


# admitted to a body as its member: "toe te laten tot de raad" (INSTALLED's office is then the body)
ADMITTED = re.compile(r"(?i:toegelaten|toe[ \t]+te[ \t]+laten|geïnstalleerd|beëdigd)[ \t]+tot[ \t]+"
                      r"([^,;.()\n]+?)[ \t]*\Z")


def opens_with(office: str, role: str) -> bool:
    """True when the phrase ``office`` starts with the first word of ``role``, also after a prefix
    ("interim-griffier", "waarnemend-burgemeester"): the role is the office itself, not a word further on."""
    return re.match(rf"(?:\w+-)?{re.escape(role.split()[0])}", office.lower()) is not None


_DEFINED = re.compile(r"([A-ZÀ-Þ][\w'’-]*(?:[ \t]+[\w'’-]+){0,3})[ \t]*\(([A-Z][A-Z0-9&]{1,5})\)")
# the board or part of an organisation a weak role is of: "van het bestuur van Buddy-to-buddy"
OF_BOARD = re.compile(r"[ \t]+(?:van|bij)[ \t]+(?:de[ \t]+|het[ \t]+)?([a-z]+)[ \t]+(?:van|bij)[ \t]+"
                      r"(?:de[ \t]+|het[ \t]+)?[A-ZÀ-Þ]")
# a party after a committee seat: "commissielid voor de ChristenUnie", "commissielid namens D66"
FOR_PARTY = re.compile(r"[ \t]+(?:voor|namens)[ \t]+(?:de[ \t]+|het[ \t]+)?([A-Z][\w/&'’-]*)")
# the organisation a weak role is of: "voorzitter Bomenbond Rijnland", "secretaris van de Vereniging X"
OF_ORGANISATION = re.compile(r"[ \t]+(?:(?:van|bij)[ \t]+(?:de[ \t]+|het[ \t]+)?)?[A-ZÀ-Þ]"
                             # in lower case, by its kind: "voorzitter van de beroepsvereniging docenten mbo"
                             r"|[ \t]+(?:van|bij)[ \t]+(?:de|het|een)[ \t]+[a-z]*(?:vereniging|bond|stichting|"
                             r"federatie|organisatie|coöperatie|onderneming|universiteit|hogeschool)(?![\w-])")
# a person named by their tie to the office holder the role names: "de woordvoerder van de minister, X"
OF_SOMEONE = re.compile(r"(?<!\w)(?i:echtgeno(?:ot|te)|vrouw|man|partner|weduwe|zoon|dochter|vader|moeder|broer|"
                        r"zus|zuster|kind|secretaresse|secretaris|assistente?|adviseur|medewerker|medewerkster|"
                        r"woordvoerder|woordvoerster|chauffeur|voorlichter|persvoorlichter)[ \t]+van[ \t]+"
                        r"(?:(?i:de|het|onze|zijn|haar)[ \t]+)?\Z")
# a representative or governing body after a weak role: "lid Tweede Kamer", "voorzitter van Provinciale Staten",
# "lid van het college van Gedeputeerde Staten"
OF_HOUSE = re.compile(r"[ \t]+(?:van[ \t]+(?:de[ \t]+|het[ \t]+)?)?(?:Tweede[ \t]+Kamer|Eerste[ \t]+Kamer|"
                      r"Provinciale[ \t]+Staten|[Gg]emeenteraad|[Cc]ollege[ \t]+van[ \t]+(?:Gedeputeerde[ \t]+Staten|"
                      r"[Bb]urgemeester[ \t]+en[ \t]+[Ww]ethouders|B[ \t]*&[ \t]*W|GS))(?![\w-])")
# a parliamentary group named after its members (Tweede Kamer, 2014-2017): "de Groep Bontes/Van Klaveren"
_GROUP_NAME = r"[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*)?"
GROUP = re.compile(rf"Groep[ \t-]+(?:Van[ \t]+|De[ \t]+)?{_GROUP_NAME}(?:/(?:Van[ \t]+|De[ \t]+)?{_GROUP_NAME})?")
IN_GROUP = re.compile(rf"(?<![\w-])Groep[ \t]+(?:(?:Van[ \t]+|De[ \t]+)?{_GROUP_NAME}/)?\Z")
# a committee named after its chair: "Commissie Hoekstra", "commissie De Jong", "commissie-Meijdam"
_EPONYM = re.compile(r"(?i:commissie)[ \t-]+(?:(?i:de|van|der|den|ter|ten)[ \t]+)*([A-Z][a-zà-ÿ'’-]+)(?![\w-])")


def eponyms(text: str) -> frozenset[str]:
    """The (lower-case) surnames that committees in ``text`` are named after."""
    return frozenset(m.group(1).lower() for m in _EPONYM.finditer(text))


def eponym_chair(text: str, name: str, surname: str, names: frozenset[str]) -> bool:
    """True when ``name`` (with ``surname``) chairs a committee of ``text`` named after them, "voorzitter" standing
    close before or after the name (the yardstick's convention makes that chair public)."""
    words = surname.split()
    if not words or words[-1].lower() not in names:
        return False
    at = re.escape(name)
    near = rf"(?i:voorzitter)[^\n]{{0,30}}\s{{0,4}}[^\n]{{0,30}}{at}|{at}[^\n]{{0,120}}(?i:voorzitter)"
    return re.search(near, text) is not None


# a public authority after a weak role is the body's own, not an association's: "voorzitter Gemeente Winsum",
# "voorzitter van het waterschap DODelta"
OF_AUTHORITY = re.compile(r"[ \t]+(?:van[ \t]+(?:de[ \t]+|het[ \t]+)?(?i:gemeente|provincie|waterschap|"
                          r"hoogheemraadschap|wetterskip|veiligheidsregio|omgevingsdienst)"
                          r"|(?:Gemeente|Provincie|Waterschap|Hoogheemraadschap|Wetterskip|Veiligheidsregio|"
                          r"Omgevingsdienst))(?![\w-])")
# a party group after a name: "de heer Jan Nieuwenhuis van de fractie Water, Wonen en Natuur", "namens de
# samenwerkende fracties CDA, ChristenUnie en SGP"
OF_GROUP = re.compile(r"[ \t]+(?:van|namens)[ \t]+(?:de[ \t]+|het[ \t]+)?(?:[a-z]+[ \t]+)?fracties?[ \t]+[A-Z]")
# a party label right after a name, without brackets: "(Hans Knapp VVD, Henri de Jong CDA)"
PARTY_AFTER = re.compile(r"[ \t]+([A-Z][\w/&-]{1,20}(?:[ \t]+[A-Z][\w/&-]+){0,2})"
                         r"(?=[ \t]*(?:[,.;:)]|\n|$)|[ \t]+en[ \t])")
# "(CU - Abel van Dijken, VVD - Jorn Lok)": a party label, a dash, the name
PARTY_DASH = re.compile(r"(?:^|[(,;\n])[ \t]*([A-Z][\w/&'’-]{1,20}(?:[ \t]+[A-Z][\w/&'’-]+){0,2})[ \t]+[-–][ \t]+\Z")
# "VVD : Eric Kampinga", "Leefbaar 3B: …": a party label as the label of a row of names
PARTY_COLON = re.compile(r"[ \t]*([A-Z0-9][\w'’&/ -]{1,39}?)[ \t]*:[ \t]*[A-ZÀ-Þ]")


# "lid van de raad van toezicht", "de raad van bestuur": a board of an institution or company, not the council;
# "lid van de Raad van State" is no council member either, nor of a "Raad voor …" (an advisory council: "Raad voor
# het openbaar bestuur"; "lid van de raad voor de VVD" is a council seat)
_NOT_A_BOARD = (r"(?![ \t]+van[ \t]+(?:toezicht|bestuur|commissarissen|advies|beheer|kerken|europa|state)(?!\w))"
                r"(?!(?<=(?-i:R)aad)[ \t]+voor(?!\w))")


# a civil servant's function as the head of a compound: "Communicatieadviseur", "wijkregisseur", "projectmedewerker",
# "bedrijfscontactambtenaar"
_PRIVATE_COMPOUNDS = tuple(rf"\w{{3,}}{head}" for head in (
    "adviseur", "adviseuse", "medewerker", "medewerkster", "secretaresse", "coördinator", "coordinator", "regisseur",
    "consulent", "ondersteuner", "specialist", "projectleider", "teamleider", "manager", "ambtenaar"))


# a public office as the head of a compound that names its portfolio: "landbouwgedeputeerde Elles Lemkes",
# "stikstofminister Christianne van der Wal", "onderwijswethouder X"; not a children's or youth council's office
# ("kinderwethouder", "jongerenwethouder"); a mayor is left out ("kinderburgemeester", "jeugdburgemeester": children)
_PUBLIC_COMPOUNDS = (r"(?!(?i:kinder|kids|jongeren|jeugdraad|scholieren|leerlingen))[^\W\d_]{3,}"
                     r"(?:minister|gedeputeerde|wethouder|staatssecretaris)",)


@lru_cache(maxsize=8)
def _compile(roles: tuple[str, ...], plural: tuple[str, ...], weak: tuple[str, ...], abbreviations: tuple[str, ...],
             bodies: tuple[str, ...], parties: tuple[str, ...], private: tuple[str, ...],
             clerks: tuple[str, ...] = (), mandate: str = "uncertain") -> RoleLexicon:
    def rx(words: tuple[str, ...], *, prefixed: bool = False, heads: tuple[str, ...] = ()) -> re.Pattern[str] | None:
        """Whole words; ``prefixed``: also after a hyphen ("oud-minister", "VVD-raadslid"); ``heads``: patterns
        of compounds tried first."""
        alternation = "|".join((*heads, _alt(words))) if heads else _alt(words)
        before = r"(?<!\w)" if prefixed else r"(?<![\w-])"
        return re.compile(rf"{before}(?:{alternation})(?![\w-]){_NOT_A_BOARD}", re.IGNORECASE) if alternation else None

    party_words = frozenset({"lijst", "lokaal", "leefbaar", "belang", "belangen", "senioren", "fractie",
                             "partij", "groep"} & set(parties) | {"belangen", "partij"})
    full_parties = tuple(p for p in parties if p not in party_words)
    return RoleLexicon(
        role=rx(roles + abbreviations, prefixed=True, heads=_PUBLIC_COMPOUNDS), plural=rx(plural, prefixed=True),
        weak=rx(weak),
        party=rx(full_parties),
        private=rx(private, heads=_PRIVATE_COMPOUNDS), body=rx(bodies), clerk=rx(clerks), party_words=party_words,
        roles=frozenset(roles + abbreviations),
        weak_roles=frozenset(weak), private_roles=frozenset(private), mandate=mandate,
    )


def role_lexicon(rules: Rules) -> RoleLexicon:
    """The compiled vocabulary of ``rules`` (cached)."""
    return _compile(rules.public_roles, rules.public_plural_roles, rules.weak_roles, rules.role_abbreviations,
                    rules.public_bodies, rules.parties, rules.private_roles, rules.public_clerks,
                    rules.mandate_signers)
