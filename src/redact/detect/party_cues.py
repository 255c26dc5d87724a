"""Party evidence around a named person: a party label, group or sign-off that ties the name to a seat.

``PublicContext`` of ``detect.public`` asks four things here (and ``detect.persons`` a fifth):

* ``labels(text, lex, meeting)``: the bracketed tags that recur as labels in a body's papers and so name local
  parties that no list holds ("(NT)", "(VZ Westerkwartier)", "René Molenaar, CU, …"), with the parties the text
  defines itself;
* ``before(window, lex, political)``: a party cue that ends right before the name ("CDA (Timon Zessen)",
  "ex-VVD'er Jos van Rey", "de VVD´ster X", "namens de BSD-fractie,\\n\\nL. Kallen", every name a party group's
  sign-off heads, one a line ("De VVD-fractie,\\n\\nA, voorzitter\\n\\nB"), "CU - Abel van Dijken", "Indiener CDA,
  X", a party group speaking through the name or represented by it: "Water Natuurlijk, bij monde van X", "Het CDA wordt
  vertegenwoordigd door X");
* ``after(text, end, lex)``: a party cue right after it ("Hans Knapp VVD,", "Diks namens GroenLinks",
  "Van Veller van de fractie VVD", "De heer X voor D66, in de plaats van …", "X stapte van de VVD over naar …", "X
  verliet GroenLinks", "X sprak hem toe namens zijn fractie"; never a team, "X van de groep Rutten"), or the first of a
  pair sharing its tag in a list of party groups ("… (SGP), de heer A en de heer B (PvdA)");
* ``partner_tagged(text, start, tag, lex, after)``: a short tag of a local party after a name whose partner in the
  pair or list a known party tags ("Jaap Wiechers (CU) en Gerrie Hempen (Gb)", "A (Balans), B (Combinatie95), C
  (PvdA/GroenLinks) en D");
* ``inside(name, lex, after)``, asked by ``detect.persons``: a listed party inside a mention that a recognizer
  extended over it ("Nel Dol van GroenLinks", "Carla Alma van Water" of "… van Water Natuurlijk").

``seat_for(sentence, lex)``, asked by ``detect.public``: a sentence that ends in the party whose seat its name takes
from the one it replaces ("De heer A voor D66, in de plaats van mevrouw B").

``PARTY_MEMBERS`` finds a party's members as a plural noun before a list of names ("de PvdA'ers A en B");
``NAMENS_CAPS`` an abbreviation after "namens" ("Mevr. Weiland stelt vragen namens GB"), a local party's where
the text says so.

Guarantees: a label counts only when ``lex.is_party_label`` knows it, or when it recurs as a tag in a
representative body's papers; an organisation's abbreviation (``ORG_ABBREVIATIONS``) is never a party.
Limits: a party named only in running prose ("hij is lid van de VVD") is no cue here.
"""

from __future__ import annotations

import re
from collections import Counter

from redact.detect import cues as cue
from redact.detect.lexicon import ORG_ABBREVIATIONS, PLACES, org_head
from redact.detect.names import TITLES_RE
from redact.detect.roles import RoleLexicon

__all__ = ["BRACKET_HEAD", "NAMENS_CAPS", "PARTY_MEMBERS", "after", "before", "inside", "labels", "partner_tagged",
           "seat_for"]

_TAG = re.compile(r"\(([A-Z][A-Za-z0-9/&!+-]{1,10})\)|(?<=[a-zà-ÿ]), ([A-Z][A-Z0-9/&-]{1,6}),")  # "Adri Roelse, DTV,"
# a local party's acronym with a small word's letter: "(HvU)" (Hart voor Urk), "(GvH)"
_MIXED_ACRONYM = re.compile(r"[A-Z](?:[a-z]{1,2}[A-Z]){1,2}")
# the first part of a bracketed tag, where a party stands: "(CDA, voorzitter)", "(ChristenUnie)", " (EVP)"
BRACKET_HEAD = re.compile(r"[ \t]*\(([^()\n,]{1,30})[,)]")
# "namens SAM", "namens GB": a party's abbreviation after a name (local parties are in no list)
NAMENS_CAPS = re.compile(r"(?:[ \t]+[a-z]+){0,3}[ \t]+namens[ \t]+(?:de[ \t]+|het[ \t]+)?"
                         r"([A-Z][A-Z0-9&]{1,5})(?![\w])")  # "Mevr. Weiland stelt vragen namens GB"
# a local party's name of two or three words in brackets, led by an abbreviation: "(VZ Westerkwartier)"
_TAG_WORDS = re.compile(r"\(([A-Z][A-Z0-9&]{1,5}(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,2})\)")
# a local party's name of words in brackets after a titled name: "de heer Van Alphen (Eiland van Vrijheid)", "Harry
# van Waveren (Lokalen Hoeksche Waard)" (only where known parties fill three or more such brackets, and three in four)
_TAG_PHRASE = re.compile(r"\(((?:[A-ZÀ-Þ][\w'’-]*)(?:[ \t]+(?:van|voor|de|het|en|[A-ZÀ-Þ][\w'’-]*)){1,3})\)")
# a sign-off for a party group above the name: "namens de BSD-fractie,\n\nLouis van der Kallen" (or one or two words
# between: "Namens D66 spreekt X", "Namens Water Natuurlijk zijn dit A en B", also for B)
_NAMENS_PARTY = re.compile(rf"(?i:namens)[ \t]+(?:de[ \t]+|het[ \t]+)?([\w/'’&-]+(?:[ \t]+[\w/'’&-]+){{0,3}}?)"
                           rf"[ \t]*,?(?:[ \t]*\n\s*|(?:[ \t]+[a-z]+){{1,2}}[ \t]+"
                           rf"(?:(?:{TITLES_RE})?(?:[A-ZÀ-Þ][\w'’-]*[ \t]+|(?:van|de|der|den|ter|ten)[ \t]+){{1,5}}"
                           rf"en[ \t]+)?)"
                           rf"(?:{TITLES_RE})?\Z")
# a party group's sign-off above its members' names, one a line: "De VVD-fractie,\n\nIneke van Steensel, voorzitter\n\n
# Hans Pluckel\n\nJacob Jan Bakker" (the names above this one each alone on their line, maybe with a function)
_GROUP_SIGNED = re.compile(rf"(?m)^[ \t]*(?:(?i:namens)[ \t]+)?(?:[Dd]e[ \t]+)?([\w/'’&]+?)-?(?i:fractie)[ \t]*,"
                           rf"[ \t]*\n(?:[ \t]*\n){{0,2}}"
                           rf"(?:[ \t]*[A-ZÀ-Þ][^\n,:]{{2,40}}(?:,[ \t]*[a-z][\w -]{{2,30}})?[ \t]*\n"
                           rf"(?:[ \t]*\n){{0,2}}){{0,8}}[ \t]*(?:{TITLES_RE})?\Z")
# a party's member noun right before the name: "VVD'er", "ex-CDA'er", "GroenLinkser", "D66’er"
# (a woman's noun and an acute accent for the apostrophe: "de VVD´ster Elma van den Worm"; an OCR's space: "PVV er")
_PARTY_MEMBER = re.compile(rf"(?<![\w'’´-])(?:(?i:ex|oud)-)?([A-Z][\w/&]*?)['’´ ]?(?:st)?er[ \t]+{cue.LEAD}\Z")
# … or the party's leader by a compound: "CDA-voorman John Kok", "ChristenUnie-leider X", or its spokesperson on a
# subject in the house: "D66-woordvoerder Scheltema"
_PARTY_LEADER = re.compile(rf"(?<![\w'’-])([A-Z][\w/&]*)-(?:voorman|voorvrouw|kopstuk|coryfee|leider|woordvoerder|"
                           rf"woordvoerster)[ \t]+"
                           rf"{cue.LEAD}\Z")
# a party named after its leader: "De partij van Geert Wilders", "Nieuw Sociaal Contract van Pieter Omtzigt"
_PARTY_OF = re.compile(r"(?<![\w'’-])(?P<label>(?:[A-Z][\w/&'’-]*[ \t]+){0,3}?[A-Z][\w/&'’-]*|(?i:partij))"
                       r"[ \t]+van[ \t]+\Z")
_PARTY_PAREN = re.compile(rf"(?<![\w@&/-])([A-Z][\w/&'’-]*)[ \t]*\([ \t]*(?:{TITLES_RE})?\Z")  # "CDA (Timon Zessen)"
# a party's members as a plural noun before a list of names: "de PvdA'ers Henni van Asten en Annelies Stolp"
PARTY_MEMBERS = re.compile(r"(?<![\w'’-])(?:(?i:ex|oud)-)?([A-Z][\w/&]*?)['’-]?ers(?![\w'’-])")  # also "SGP-ers"
# a residence in brackets between a name and its party: "Kees Bakker (Ridderkerk) namens het CDA"; or an age and a
# residence: "A uit Coevorden van de PvdA", "A (1956) út Oentsjerk foar it CDA" (Frisian), "B (1953) uit Nes (D) voor
# de FNP"; or the partner of a pair: "A en B voor het CDA", "A en B treden namens BBB toe"
_PLACE_TAG = re.compile(r"[ \t]*\([A-ZÀ-Þ][\w'’-]+(?:[ \t-][A-ZÀ-Þa-z][\w'’-]*){0,2}\)(?=[ \t]+namens[ \t])"
                        r"|(?:[ \t]*\(\d{2,4}\))?(?:[ \t]+(?:uit|út)[ \t]+[A-ZÀ-Þ][\w'’-]+(?:[ \t-][A-ZÀ-Þ][\w'’-]*)?"
                        r"(?:[ \t]*\([A-Z]\))?)?(?=[ \t]+(?:van|voor|foar)[ \t])"
                        r"|[ \t]+en[ \t]+(?:[A-ZÀ-Þ][\w'’-]*[ \t]+|(?:van|de|der|den|ter|ten|het)[ \t]+){0,4}"
                        r"[A-ZÀ-Þ][\w'’-]*(?=[ \t]+(?:(?:treden|traden)[ \t]+)?(?:voor|foar|namens)[ \t])")
# "Diks namens GroenLinks", "Van Veller van de fractie VVD", "neemt voor het CDA de plek in" (not "werkt voor"); a
# verb before "namens" only: "De heer Stam wil namens de ChristenUnie en het CDA een motie … indienen"; "Erwin
# Swaagman van de lokale partij Loppersum Vooruit", "X van de grootste partij, Algemeen Belang Groot Hulst", "Peter
# Craenmehr van eenmansfractie AndersNu", "X stapte van de VVD over naar …"; or the party the name left: "X verliet
# GroenLinks om een eigen partij op te richten"
_VAN_PARTY = re.compile(r"[ \t]+(?:(?:die|dat|wil|wilde|zal|zou|gaat|ging|dient|diende|spreekt|sprak|stelt|stelde|"
                        r"vraagt|vroeg|treedt|treden|trad|traden)[ \t]+(?=namens))?"
                        r"(?:(?:neemt|nam|zit|zat|is|werd|wordt|stapte|stapt)[ \t]+)?"
                        r"(?:van|namens|voor(?=[ \t]+(?:de|het)[ \t]|[ \t]+[A-Z])|foar(?=[ \t]+(?:de|it)[ \t]))[ \t]+"
                        r"(?:de[ \t]+|het[ \t]+|it[ \t]+)?"
                        r"(?:(?:eenmans)?fractie[ \t]+(?:van[ \t]+(?:de[ \t]+)?)?"
                        r"|(?P<partij>(?:(?:lokale|grootste|nieuwe)[ \t]+)?partij[ \t]*,?[ \t]+))?"
                        r"(?P<label>[\w/'’-]+(?:\.[\w/'’-]+)*\.?(?:[ \t]+[\w/'’-]+){0,3})"  # "V.V.D." too
                        r"|[ \t]+(?:verliet|verlaat)[ \t]+(?:de[ \t]+|het[ \t]+)?"
                        r"(?P<left>[\w/'’-]+(?:[ \t]+[\w/'’-]+){0,3})")


def labels(text: str, lex: RoleLexicon, meeting: bool) -> frozenset[str]:
    """Bracketed capitals that recur as labels in the papers of a body's ``meeting`` (local parties: "(NT)"),
    and the parties ``text`` defines."""
    found = list(_TAG.finditer(text)) if meeting else []
    tags = Counter(m.group(1) or m.group(2) for m in found)
    named = Counter(m.group(1) for m in _TAG_WORDS.finditer(text)) if meeting else Counter[str]()
    # a slot that three or more known parties fill ("René Molenaar, CU, …", "(CDA, voorzitter)", "(ChristenUnie)")
    # takes a local one once too
    known = sum(1 for m in found if m.group(2) and lex.is_party_label(m.group(2))) \
        + sum(1 for m in BRACKET_HEAD.finditer(text) if lex.is_party_label(m.group(1))) if meeting else 0
    once = 1 if known >= 3 else 2
    # (a phrase only where known parties fill three in four brackets: not "(Noordelijke Rekenkamer)" among functions)
    heads = sum(1 for _ in BRACKET_HEAD.finditer(text)) if known >= 3 else 0
    phrases = {m.group(1) for m in _TAG_PHRASE.finditer(text)} if known >= 3 and 4 * known >= 3 * heads else set()
    return frozenset(
        [t for t, n in tags.items() if n >= once and (t.upper() == t or _MIXED_ACRONYM.fullmatch(t))
         and t not in ORG_ABBREVIATIONS]
        + [t for t, n in named.items() if n >= 2 and t.split()[0] not in ORG_ABBREVIATIONS]
        + [t for t in phrases if not org_head(t.split()[0]) and lex.classify(t) is None]) \
        | lex.defined_parties(text)


def before(window: str, lex: RoleLexicon, political: bool) -> bool:
    """True when a party cue ends at the end of ``window`` (the text right before a name); the dashed label counts
    only in ``political`` papers or inside a bracket, a Kamer group only in ``political`` papers."""
    if (party := _PARTY_PAREN.search(window)) and lex.is_party_label(party.group(1)):
        return True  # "De overige fracties van CDA (Timon van Zessen), SGP (Erik van den Bosch)"
    if (member := _PARTY_MEMBER.search(window)) and lex.is_party_label(member.group(1)):
        return True  # "de omstreden ex-VVD'er Jos van Rey", "GroenLinkser Jansen"
    if " van " in window[-40:] and (of := _PARTY_OF.search(window)) and _party_of(of["label"], window, lex):
        return True  # "De partij van Geert Wilders krijgt 37 zetels"
    if any(w in window for w in ("-voor", "-kopstuk", "-coryfee", "-leider", "-woord")) \
            and (leader := _PARTY_LEADER.search(window)) and lex.is_party_label(leader.group(1)):
        return True  # "CDA-voorman John Kok"
    line = window[window.rfind("\n") + 1:]
    # "(CU - X, …": in political papers; elsewhere inside a bracket only ("motie … (D66 - X, GroenLinks - Y)"), not a
    # list's line "Senioren - Jan Jansen"
    sign = _NAMENS_PARTY.search(window) or ((political or line.rfind("(") > line.rfind(")"))
                                            and cue.PARTY_DASH.search(window))
    if not sign and "fractie" in window:
        sign = _GROUP_SIGNED.search(window)  # "De VVD-fractie,\n\nA, voorzitter\n\nB\n\nC"
    if (sign and lex.is_party_label(sign.group(1))) or (political and cue.IN_GROUP.search(window)):
        return True  # "de Groep Bontes/Van Klaveren": a Kamer group named after its members
    if ("monde" in line or "vertegenwoordigd" in line) and (m := _BY_MOUTH.search(line)):
        words = re.sub(r"-?fractie\Z", "", line[:m.start()].rstrip(" \t,")).split()
        if any(lex.is_party_label(" ".join(words[-k:])) for k in range(1, min(4, len(words)) + 1)):
            return True  # "Kritischer is Water Natuurlijk, bij monde van Kees Polderman": the party group's speaker
    return bool((q := cue.SUBMITTER_PARTY.fullmatch(line)) and lex.is_party_label(q.group(1)))  # "Indiener CDA, X"


def _party_of(label: str, window: str, lex: RoleLexicon) -> bool:
    """True when ``label`` before "van" and a name is a party's: a known party's name (maybe after other capitalised
    words: "Nieuwkomer Nieuw Sociaal Contract"), or the word "partij" where the window names a known party too."""
    words = label.split()
    if words == ["partij"] or words == ["Partij"]:
        return any(lex.is_party_label(w.strip(".,;:()")) for w in window.split()[:-3])
    return any(lex.is_party_label(" ".join(words[-k:])) for k in range(1, len(words) + 1))


# a party group speaking through the name: "De PvdA, bij monde van X", "Water Natuurlijk, bij monde van X"; or its seat
# held by the name: "Het CDA wordt vertegenwoordigd door X" (a water board's new board)
_BY_MOUTH = re.compile(r"[ \t]*,?[ \t]*(?:(?:bij|door)[ \t]+(?:de[ \t]+)?monde[ \t]+van|"
                       rf"(?:wordt|worden|werd|werden)[ \t]+vertegenwoordigd[ \t]+door)[ \t]+(?:{TITLES_RE})?\Z")

# the first of a pair that shares its tag, in a list of party groups: "de heer Wassink (SGP), de heer Van der Graaf en
# de heer Maat (PvdA)" (the group before, ``_GROUP_BEFORE``, and the pair's tag both name known parties)
_PAIR_TAGGED = re.compile(rf"[ \t]+en[ \t]+(?:{TITLES_RE})?(?:[A-ZÀ-Þ][\w'’.-]*[ \t]+|(?:van|de|der|den|ter|ten)[ \t]+)"
                          r"{0,4}[A-ZÀ-Þ][\w'’-]*[ \t]*\(([^()\n]{1,20})\)")
_GROUP_BEFORE = re.compile(r"\(([^()\n]{1,20})\)[ \t]*,[ \t]+(?:[^\s(),]+[ \t]+){0,6}[^\s(),]+\Z")

# speaking for the name's own party group, a few words on: "De heer De Vos sprak hem toe namens zijn fractie"
_FOR_OWN_GROUP = re.compile(r"[ \t]+(?:[\w'’]+[ \t]+){0,4}?namens[ \t]+(?:zijn|haar|de|hun|onze)[ \t]+fractie(?![\w-])")


def after(text: str, end: int, lex: RoleLexicon, labels: frozenset[str] = frozenset()) -> bool:
    """True when a party label follows the name ending at ``end``: "Hans Knapp VVD, Henri de Jong CDA", "Diks
    namens GroenLinks", "van de fractie Water, Wonen en Natuur" (a party group)."""
    if _FOR_OWN_GROUP.match(text, end):
        return True
    if p := cue.PARTY_AFTER.match(text, end):
        if (p.group(1) and lex.is_party_label(p.group(1))) or (p.group(3) and lex.is_party_label(p.group(3))):
            return True  # "Hans Knapp VVD", "Eelco van Hoecke, Forum voor Democratie: …"
        if _leads_with_party(p.group(2) or "", lex):  # the party's local branch: "SP Groningen", "VVD Groningen"
            return True
    if t := _PLACE_TAG.match(text, end):
        end = t.end()  # "Marjo van Maurik-de Graaff (Oude-Tonge) namens de bedrijven", "A uit Coevorden van de PvdA"
    if v := _VAN_PARTY.match(text, end):
        if v.group("left"):
            return _leads_with_party(v.group("left"), lex)
        label = v.group("label")
        if label.startswith("groep ") and "/" not in label:
            return False  # "Dick van Kranenburg van de groep Rutten": a fire station's team, no Kamer group
        if v.group("partij") and label[:1].isupper():
            return True  # "van de lokale partij Loppersum Vooruit": a party by the text's own word
        return _leads_with_party(label.split(",")[0], lex) or bool(cue.OF_GROUP.match(text, end)) \
            or label.split()[0] in labels  # "Ruud Kleefman van de POV" (the text's own party label)
    return bool((q := _PAIR_TAGGED.match(text, end)) and lex.is_party_label(q.group(1)) and (
        p := _GROUP_BEFORE.search(text, max(0, end - 90), end)) and lex.is_party_label(p.group(1)))


def seat_for(sentence: str, lex: RoleLexicon) -> bool:
    """True when ``sentence`` ends in the party whose seat its name takes, before the one it replaces: "De heer A voor
    D66, in de plaats van mevrouw B" (B held that party's seat)."""
    return bool((m := _SEAT_FOR.search(sentence)) and _leads_with_party(m.group(1), lex))


# the party of a seat at the end of a sentence: "… voor D66,", "… voor de VVD"
_SEAT_FOR = re.compile(r"(?<![\w])voor[ \t]+(?:de[ \t]+|het[ \t]+)?([A-Z][\w/&'’-]*(?:[ \t]+[A-Z][\w/&'’-]*){0,2})"
                       r"[ \t]*,?[ \t]*\Z")


def _leads_with_party(phrase: str, lex: RoleLexicon) -> bool:
    """True when the first words of ``phrase`` are a party label ("SP Groningen", "Water, Wonen en Natuur")."""
    words = phrase.split()
    return any(lex.is_party_label(" ".join(words[:k])) for k in range(1, len(words) + 1))


# a local party's short tag (or its name of two or three words), and the known party's tag of the name before: "Jaap
# Wiechers (CU) en Gerrie Hempen (Gb)", "Hans Wijnants (VVD) en Wiemer Haagsma (Politieke Unie)"
_SHORT_TAG = re.compile(r"[A-Z][\w&/.-]{0,7}|[A-Z][a-z]+[ \t]?\d+|"
                        r"[A-ZÀ-Þ][\w'’-]+(?:[ \t]+(?:[A-ZÀ-Þ][\w'’-]+|voor|van|en)){1,2}")
_TAGGED_BEFORE = re.compile(r"\(([^()\n]{1,20})\)[ \t]*(?:,|en)[ \t]+(?:\S+[ \t]+){0,3}\Z")
# a party by its own word, maybe with its abbreviation: "(Democratische Partij Boxtel-Liempde, DPBL)"
_PARTY_NAMED = re.compile(r"(?:[A-ZÀ-Þ][\w'’-]+[ \t]+)*Partij(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){0,3}(?:,[ \t]*[A-Z]{2,8})?")
# the next name of the list and its tag: "(Balans), Peter Manniën (Combinatie95), Anja van de Einden (PvdA/GroenLinks)"
# (a form of address or initials before it: "Mevr. Pater (BVDH), Mevr. Vorstman (BVDH) en Dhr. Donkelaar (CU)")
_TAGGED_NEXT = re.compile(r"[ \t]*(?:,|en)[ \t]+[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,4}?[ \t]+\(([^()\n]{1,50})\)")


def partner_tagged(text: str, start: int, tag: str, lex: RoleLexicon, after: int = -1) -> bool:
    """True for a short capitalised ``tag`` ("Gb") after the name at ``start`` when the name before it in the pair
    or list carries a known party's tag: "Jaap Wiechers (CU) en Gerrie Hempen (Gb)", a local party; or one of the
    next three names after the tag's end ``after``: "A (Balans), B (Combinatie95), C (PvdA/GroenLinks) en D"."""
    if (_SHORT_TAG.fullmatch(tag) is None and not _PARTY_NAMED.fullmatch(tag)) or org_head(tag.split()[0]) \
            or tag.lower() in PLACES:  # "Jan Jansen (Utrecht), Piet de Vries (Zeist) en …": a residence
        return False
    if (p := _TAGGED_BEFORE.search(text, max(0, start - 30), start)) is not None and lex.is_party_label(p.group(1)):
        return True
    for _ in range(3 if after >= 0 else 0):
        if (n := _TAGGED_NEXT.match(text, after)) is None:
            return False
        if lex.is_party_label(n.group(1)):
            return True
        if not (_SHORT_TAG.fullmatch(n.group(1)) or _PARTY_NAMED.fullmatch(n.group(1))):
            return False
        after = n.end()
    return False


# "Nel Dol van GroenLinks": a name that a recognizer extended over "van <party>"
_VAN_TAIL = re.compile(r"[ \t]+(?:van|namens)[ \t]+(?:de[ \t]+|het[ \t]+)?(\S[^\n]{1,40})\Z")
_CAPITALS_AFTER = re.compile(r"(?:[ \t]+[A-ZÀ-Þ][\w'’-]*){0,2}")


def inside(name: str, lex: RoleLexicon, after: str = "") -> list[str]:
    """``publiek:partij`` when ``name`` ends with "van [de] <listed party>" (only a party of the rules' list,
    never one guessed from its words: "van Belang" may be a surname), or with the start of one that goes on in the
    words ``after`` it ("Carla Alma van Water" of "… van Water Natuurlijk")."""
    m, rx, words = _VAN_TAIL.search(name), lex.party, _CAPITALS_AFTER.match(after)
    more = words.group().split() if words else []
    return ["publiek:partij"] if m and rx is not None and any(
        rx.fullmatch(" ".join([m.group(1).strip(), *more[:k]]).lower()) for k in range(len(more) + 1)) else []
