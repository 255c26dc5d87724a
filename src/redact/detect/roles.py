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
``("public", role)``, ``("weak", role)``, ``("party", label)``, ``("private", word)`` or None ("het lid", a Kamer
member's role, followed by "van" and a body that is no representative one is what it names: "het lid van het
Muntcollegie" is a weak "lid").
``party_rows(text, start, end)``: a table of members whose party labels the extraction glued to the names.

Guarantees: matching is case-insensitive on whole words; the longest entry wins ("secretaris-directeur"
before "secretaris", "commissaris van de koning" before "commissaris"). Limits: a party label that is
neither in the list nor built from its words (lijst, lokaal, leefbaar, belang, senioren, fractie) is not
recognised, except by the layout rules of ``detect.genre`` (a column of labels in an attendance list).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from redact.detect.cues import GROUP, PARTY_COLON
from redact.detect.lexicon import ORG_ABBREVIATIONS
from redact.rules import Rules

__all__ = ["RoleLexicon", "role_lexicon"]

_D66 = re.compile(r"\bd['’`]66\b")  # "D’66", the old style of the party's name
# a party abbreviated with full stops, as older records write it: "(P.v.d.A.)", "(K.V.P.)", "(P.S.P.)", "(A.R.)"
_DOTTED = re.compile(r"(?:[^\W\d_]{1,3}\.[ \t]?)+[^\W\d_]{0,3}")
# a chair as the function of an entry: "(voorzitter)", ", plv. voorzitter,"
_CHAIR_TAG = re.compile(r"(?i)(?:\([ \t]*|,[ \t]*)(?:plv\.?[ \t]+|plaatsvervangend[ \t]+)?(?:voorzitter|vzt?\.?)"
                        r"[ \t]*[),;.\n]")  # (also "(vz)")


# a children's or youth council, a school's project in democracy, not a public body: "kindergemeenteraad",
# "Jongerengemeenteraad", "jeugdraad", "kinderburgemeester"
_YOUTH_COUNCIL = re.compile(r"(?i)(?:kinder|jongeren|jeugd)(?:gemeente)?(?:raad|burgemeester)")
# a representative body or its parts after "het lid van": "de Staten", "de VVD-fractie", "de raad", "de commissie"
_OF_HOUSE = re.compile(r"fractie|staten|kamer|raad|commissie|parlement|senaat")
# "oud-", "ex-", "voormalig(e)" (also "vml."), "gewezen" right before a role ("oud gemeenteraadslid" too), with an
# optional deputy's word
_FORMER = re.compile(r"(?i)(?:(?<![\w-])(?:oud|ex)-|(?<![\w-])(?:voormalige?|gewezen|oud)[ \t]+|(?<![\w-])vml\.[ \t]*)"
                     r"(?:plaatsvervangend(?:e)?[ \t]+|plv\.[ \t]*)?\Z")


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
    appointed: frozenset[str] = frozenset()  # words of offices public only while held (rules: appointed)

    def former_appointed(self, role: str, before: str) -> bool:
        """True when the public ``role`` is an office public only while held (a civil servant's or a judge's) and
        ``before``, the text up to it, calls its holder a former one ("oud-secretaris-generaal", "voormalig
        griffier", "ex-plaatsvervangend directeur-generaal"): such a name is not made public by the role."""
        return bool(self.appointed) and _FORMER.search(before) is not None and any(
            w in self.appointed for w in role.lower().split())

    def classify(self, phrase: str) -> tuple[str, str] | None:
        """What the short ``phrase`` names, judged by its first role-like word group (see module)."""
        p = " ".join(phrase.strip(" \t,.;:()[]").split())
        if not p or _YOUTH_COUNCIL.search(p):
            return None  # (a children's or youth council is no body of office holders: "leden van de kinderraad")
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
        at, _, kind, word = hits[0]
        if word == "het lid" and re.match(r"het[ \t]+lid[ \t]+(?:van|der|des)[ \t]", low[at:]) \
                and not _OF_HOUSE.search(low, at):
            return self.classify(p[at + 4:])  # "het lid van het Muntcollegie": a member of what it names
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
        functions of entries ("H. Jansen (voorzitter), …, P. de Vries (griffier)", also "(vz)" and
        "(commissiegriffier)"): a griffier serves only a council, the States or a Kamer, so the list is that body's."""
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
        party label, and so does a council group named after one, "de STIP-fractie", "de fractie van STIP", and
        capitals named among parties with a known one, "Winnende partijen POV en PvdA"."""
        return frozenset(m.group(2) for m in _DEFINED.finditer(text)
                         if any(self.is_party_label(" ".join(m.group(1).split()[-k:])) for k in range(1, 5))) \
            | frozenset(m.group(1) or m.group(2) for m in _GROUP_OF.finditer(text)
                        if (m.group(1) or m.group(2)) not in ORG_ABBREVIATIONS) \
            | self._named_among_parties(text)

    def _named_among_parties(self, text: str) -> frozenset[str]:
        """Capitals named among parties with a known one: "POV" of "Winnende partijen POV en PvdA"."""
        out: set[str] = set()
        for m in _PARTIES.finditer(text) if "artijen" in text else ():
            items = _PARTY_SEP.split(m.group(1))
            if any(self.is_party_label(x) for x in items):
                out.update(w for w in items if _CAPITALS.fullmatch(w) and w not in ORG_ABBREVIATIONS)
        return frozenset(out)

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
        if self.party is not None and _DOTTED.fullmatch(p) and (
                self.party.fullmatch("".join(low.split()).replace(".", "")) or self.party.fullmatch(low + ".")):
            return True  # "P.v.d.A." is the PvdA; "A.R." is listed as it stands (the ARP)
        if GROUP.fullmatch(p):
            return True  # a Kamer group split off a party, named after its member: "Groep-Lazrak", "Groep Van Haga"
        words = low.replace("/", " ").replace("-", " ").split()
        if words[:2] == ["plaatselijk", "belang"] and len(words) > 2:
            return False  # "Plaatselijk Belang Blokzijl": a village's residents' association, no party
        if words == ["partij"] or not _CAPITALISED_LABEL.fullmatch(p):
            return False  # "namens Partij voor de bomen": an action group; a party writes its words with capitals
        return (len(words) <= 4 and any(w in self.party_words or w.endswith("partij") for w in words)
                and p[:1].isupper())  # "Stadspartij", "Ouderenpartij"


# a label built from party words: its words capitalised, a particle between them lower case ("Partij voor Zundert",
# "Lijst van Eenennegentig"), a number or a word in capitals ("Lokaal 2000", "ONS Flevoland")
_CAPITALISED_LABEL = re.compile(r"[A-ZÀ-Þ0-9][\w'’&.]*(?:[ \t/–-]+(?:(?:voor|van|de|der|den|het|en|in|op|aan|uit)"
                                r"[ \t]+)*[A-ZÀ-Þ0-9][\w'’&.]*)*")
# a council group named after a party in capitals: "de STIP-fractie", "de fractie van STIP", "fractie GBH"
_GROUP_OF = re.compile(r"(?<![\w-])([A-Z][A-Z0-9&]{1,6})-fractie(?![\w])|(?<![\w])(?i:fractie)[ \t]+(?:van[ \t]+)?"
                       r"(?:de[ \t]+|het[ \t]+)?([A-Z][A-Z0-9&]{1,6})(?![\w'’-])")
_DEFINED = re.compile(r"([A-ZÀ-Þ][\w'’-]*(?:[ \t]+[\w'’-]+){0,3})[ \t]*\(([A-Z][A-Z0-9&]{1,5})\)")
# parties named together, a known one among them: "Winnende partijen POV en PvdA" makes "POV" a party
_PARTIES = re.compile(r"(?<![\w-])(?i:partijen)[ \t]+((?:[A-Z][\w&'’-]*[ \t]*(?:,|(?<![\w])en(?![\w]))[ \t]*){1,6}"
                      r"[A-Z][\w&'’-]*)")
_PARTY_SEP = re.compile(r"[ \t]*(?:,|(?<![\w])en(?![\w]))[ \t]*")
_CAPITALS = re.compile(r"[A-Z][A-Z0-9&]{1,5}")


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
             clerks: tuple[str, ...] = (), mandate: str = "uncertain",
             appointed: tuple[str, ...] = ()) -> RoleLexicon:
    def rx(words: tuple[str, ...], *, prefixed: bool = False, heads: tuple[str, ...] = (),
           whole: tuple[str, ...] = ()) -> re.Pattern[str] | None:
        """Whole words; ``prefixed``: also after a hyphen ("oud-minister", "VVD-raadslid"); ``heads``: patterns
        of compounds tried first; ``whole``: words never after a hyphen even so (abbreviations: "burg" is no office
        in "Duis-burg")."""
        alternation = "|".join((*heads, _alt(words))) if heads else _alt(words)
        if not alternation and not whole:
            return None
        before = r"(?<!\w)" if prefixed else r"(?<![\w-])"
        head = f"{before}(?:{alternation})"
        if whole:
            head = rf"(?:{head}|(?<![\w-])(?:{_alt(whole)}))"
        return re.compile(rf"{head}(?![\w-]){_NOT_A_BOARD}", re.IGNORECASE)

    party_words = frozenset({"lijst", "lokaal", "leefbaar", "belang", "belangen", "senioren", "fractie",
                             "partij", "groep"} & set(parties) | {"belangen", "partij"})
    full_parties = tuple(p for p in parties if p not in party_words)
    return RoleLexicon(
        role=rx(roles, prefixed=True, heads=_PUBLIC_COMPOUNDS, whole=abbreviations), plural=rx(plural, prefixed=True),
        weak=rx(weak),
        party=rx(full_parties),
        private=rx(private, heads=_PRIVATE_COMPOUNDS), body=rx(bodies), clerk=rx(clerks), party_words=party_words,
        roles=frozenset(roles + abbreviations),
        weak_roles=frozenset(weak), private_roles=frozenset(private), mandate=mandate,
        appointed=frozenset(appointed),
    )


def role_lexicon(rules: Rules) -> RoleLexicon:
    """The compiled vocabulary of ``rules`` (cached)."""
    return _compile(rules.public_roles, rules.public_plural_roles, rules.weak_roles, rules.role_abbreviations,
                    rules.public_bodies, rules.parties, rules.private_roles, rules.public_clerks,
                    rules.mandate_signers, rules.appointed_roles)
