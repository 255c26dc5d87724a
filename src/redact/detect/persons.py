"""Persons, not strings: the mentions of one person are grouped, and the person is decided as a whole.

``decide(text, findings, context)`` groups the NAAM mentions of a text into persons - by family name
(with tussenvoegsel, case-insensitive, also in capitals and as the first part of a double name) and first
initial or given name; a lone first name joins the person whose given name it is; a bare surname joins
the one person with that surname, a genitive ("Middels") the one named "Middel" (in a representative
body's proceedings a bare surname that is public by its cues - a party label, a member's act - joins the
one namesake who has no cue at all: "De heer Steutel (GBLV)" and "W.F. Steutel" in the video index; in any
text it joins a namesake without a cue or with a weak seat only when it opens, a few lines on, a sentence that says
who the person is: "de heer Ferd Crone (lid)" and "De heer Crone is burgemeester van Leeuwarden", and a cue-less
namesake when it stands in the text's short headline: "Tijdelijke vervanger voor raadslid Vogelenzang" above "Serge
Vogelenzang"); a name whose last word an OCR'd line break split ("P. J. J. Dek ker") is the person it spells whole; a
double surname named once with initials and once with a call name ("M.J.D. Donders - de Leest", "Rianne
Donders-de Leest") is one person, and so is a name whose particle is abbreviated ("A. v/d Berg", "J. v.d. Meer")
and the one namesake who writes it out ("A.A. van den Berg"), and a double name's first part with the same given name
("Marianne Poissonnier" of "Marianne Poissonnier-Dekker"), and a name the grammar cannot read and the family name of
two words it ends with ("H.D. (Herman) Tjeenk Willink", "De heer Tjeenk Willink") - and weighs the cues of all their
mentions (``detect.public``):

* public evidence (a public role, a party label, a list under a plural role, the genre: attendance list
  of a public body, plenary speaker, motie signatory, governing body's signature) and nothing private,
  or a person on the rules' or dossier's list of public persons (``--public-list``: an instruction, it
  outweighs any cue): the person is **public** - none of their mentions is proposed;
* a private cue (a civil servant's function, a contact label, a private sub-list) and nothing public, or
  no cue at all: **private** - every mention is proposed, as before;
* both, or only a weak role ("voorzitter", "secretaris", "(Lid)"), or a mention that could be either of
  two persons: **uncertain** - every mention is proposed (fail closed) and carries ``doubt``
  ("twijfel: <cues>") for the reviewer.

At one mention, its own cues (the role or tag right at the name) outweigh those of the region it stands in: "Y. van
Duijn, Notuleerservice" in an attendance list is private, "(voorzitter)" in it public, and a seat ("als lid") in a
list that a public plural role heads ("de volgende leden voorgedragen:\n1.\n\nJ. Noorlander, als lid") too, as is a
weak role or a job in a court's ruling or list ("Aldus gewezen door mr X, president", "mr. X, advocaat, tevens
raadsheer-plaatsvervanger").

Guarantees: public persons' findings are removed, all other findings are returned unchanged except for
``doubt`` (and an evidence entry ``persoon:twijfel``); ``decisions`` hold cues, never names.
Limits: two people with the same family name and no initials are one person (unless the forms of address differ:
"mevrouw De Wilde" does not join "de heer J. de Wilde"); a person named only once without any cue is private.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, replace

from redact.detect import namesakes, party_cues
from redact.detect.names import TV_LOWER, NameParts, call_names, parse_any
from redact.detect.public import PublicContext
from redact.models import Finding, PersonDecision, Standing

__all__ = ["decide", "mention_cues"]

# recognizer evidence that names a private role: labels of contact persons, authors, minute-takers
_PRIVATE_LABELS = frozenset({
    "contactpersoon", "contactpersonen", "opgesteld door", "behandeld door", "behandelaar", "behandelaars",
    "auteur", "auteurs", "steller", "opsteller", "notulist", "notulen", "verslaglegging", "verslag door",
    "medewerker", "projectleider", "dossierhouder", "accounthouder", "aanvrager", "verzoeker", "klager",
    "melder", "betrokkene", "bezwaarmaker", "bezwaarmakers", "gemachtigde", "gemachtigden", "appellant",
    "appellante", "eiser", "eiseres", "belanghebbende", "namens verweerder", "advocaat", "interviewer",
    "geïnterviewde", "getuige", "tolk", "paraaf", "parafen", "paraaf voor akkoord",
})
_UPGRADABLE = ("publiek:zwak:voorzitter", "publiek:zwak:vicevoorzitter",
               "publiek:zwak:ondervoorzitter", "publiek:zwak:plaatsvervangend voorzitter")
_SEATS = frozenset({*_UPGRADABLE, "publiek:zwak:lid", "publiek:zwak:leden"})


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    parts: NameParts | None
    cues: tuple[str, ...]
    finding: int | None  # index into the findings, None for a mention found by a role pattern
    own: bool = False  # the cues are the mention's own (a role or tag at the name), not its region's
    person: int = -1
    calls: tuple[str, ...] = ()  # call names in brackets or quotes ("Bert" of "Albertus (Bert) Dijk")


def _label_cues(evidence: tuple[str, ...]) -> list[str]:
    return [f"prive:label:{e[8:].lower()}" for e in evidence
            if e.startswith("context:") and e[8:].lower() in _PRIVATE_LABELS]


def mention_cues(own: list[str], regional: list[str]) -> tuple[str, ...]:
    """The cues of one mention: its own cues outweigh the region's (see the module docstring). A
    region's cue is marked with a leading "~" so that a person's own cues elsewhere outweigh it too."""
    own_public = [c for c in own if c.startswith("publiek:") and not c.startswith("publiek:zwak")]
    own_private = [c for c in own if c.startswith("prive:")]
    own_weak = [c for c in own if c.startswith("publiek:zwak")]
    signed = any(c == "publiek:ondertekening" for c in regional)  # "secretaris, N. Versteeg" under GS
    court = "publiek:rechtspraak" in regional  # (a ruling's bench, a court's list of recommendation)
    if (signed or "publiek:zwak:mandaat" in regional or court) and own_private and not own_public \
            and all(c.startswith("prive:functie:") for c in own_private):
        # "namens deze,\n mr. X\n Divisiehoofd …" names the function one signs in by mandate, no private cue: the
        # signature decides (public, or uncertain by the default mandate_signers policy); so does a court's paper
        return tuple(dict.fromkeys(c for c in regional if c.startswith("publiek:")))
    if own_public or own_private:
        return tuple(dict.fromkeys(own_public + own_private + own_weak))
    public_region = [c for c in regional if c.startswith("publiek:")]
    # (a seat, "J. Noorlander, als lid", inside a list that a public plural role heads: a member of that body)
    listed = any(c.startswith("publiek:lijst:") for c in public_region)
    # (a ruling's closing formula: "Aldus gewezen door mr X, president, …" is the court's president)
    if own_weak and public_region and (signed or court
                                       or all(w in _UPGRADABLE or (listed and w in _SEATS) for w in own_weak)):
        return tuple(dict.fromkeys(public_region + own_weak))
    if own_weak:
        return tuple(dict.fromkeys(own_weak + [c for c in regional if not c.startswith("publiek:")]))
    return tuple(dict.fromkeys("~" + c for c in regional))


def _person_cues(person: list[_Mention]) -> set[str]:
    """The cues of a person: the mentions' own cues when there are any, else the regions' cues."""
    own = {c for m in person for c in m.cues if not c.startswith("~")}
    return own or {c[1:] for m in person for c in m.cues}


def _standing(cues: set[str]) -> Standing:
    if any(c.startswith("publiek:genoemd") for c in cues):
        return Standing.PUBLIC  # the dossier's own list of office holders is an instruction, not a cue
    public = any(c.startswith("publiek:") and not c.startswith("publiek:zwak") for c in cues)
    private = any(c.startswith("prive:") for c in cues)
    doubt = any(c.startswith(("twijfel:", "publiek:zwak")) for c in cues)
    if public and not private and not any(c.startswith("twijfel:") for c in cues):
        return Standing.PUBLIC
    if public or doubt:
        return Standing.UNCERTAIN
    return Standing.PRIVATE


_ADDRESS = re.compile(r"(?i)(?:(?<!heer en )(?<!dhr\. en )(?P<f>mevrouw|mevr|mw|mej|mejuffrouw)|"
                      r"(?P<m>de[ \t]+heer|den[ \t]+heer|dhr))\.?[ \t]+\Z")


def _address(text: str, start: int) -> str | None:
    """"f" or "m" by the form of address right before a mention ("mevrouw", "de heer"), None without one or with both
    ("de heer en mevrouw X": the one of the two who holds the office)."""
    m = _ADDRESS.search(text, max(0, start - 16), start)
    return None if m is None else m.lastgroup


def _key(parts: NameParts) -> str:
    """The family name, lower case, without its diacritics ("Schmalschläger" in the roll is "Schmalschlager" in the
    video index); a spaced hyphen as a hyphen ("Heijstee - Bolt" is "Heijstee-Bolt")."""
    name = unicodedata.normalize("NFKD", f"{parts.tv} {parts.surname}".lower())
    return re.sub(r" ?[-–] ?", "-", " ".join("".join(c for c in name if not unicodedata.combining(c)).split()))


def _initial(parts: NameParts) -> str:
    return parts.first_letter.upper()


def _other_given(mentions: list[_Mention], parts: NameParts) -> bool:
    """True when ``parts`` (given names, no initials) and one of ``mentions`` share no given name (nor part of one)."""
    mine = {p for g in parts.given for p in g.lower().split("-") if p}
    return bool(mine) and not parts.initials and any(
        x.parts is not None and x.parts.given and not x.parts.initials
        and not mine & {p for g in x.parts.given for p in g.lower().split("-")} for x in mentions)


def _weak_only(person: list[_Mention]) -> bool:
    """True when the person's cues, their own or their region's, are weak seats only ("(lid)", "de leden",
    "voorzitter"; not a job such as "directeur") or there are none."""
    return all(k.lstrip("~") in _SEATS for h in person for k in h.cues)


_Index = dict[tuple[str, str], int]  # (family name, initial or given name) -> person
_ByKey = dict[str, set[int]]  # family name (and a double name's first part) -> persons


def _group(mentions: list[_Mention], body: bool = False, text: str = "") -> list[list[_Mention]]:
    """Persons as lists of mentions (see the module docstring). ``body``: the text is a representative
    body's proceedings, where a surname public by its cues may join its one cue-less namesake (elsewhere only
    the namesake that heads the paragraph it opens)."""
    people: list[list[_Mention]] = []
    index: _Index = {}
    by_key: _ByKey = defaultdict(set)
    given: dict[str, set[int]] = defaultdict(set)

    def person(key: str, initial: str) -> int:
        if (key, initial) not in index:
            people.append([])
            index[(key, initial)] = len(people) - 1
            for k in {key, key.split("-")[0].strip()}:
                by_key[k].add(index[(key, initial)])
        return index[(key, initial)]

    def attach(m: _Mention, pid: int) -> None:
        m.person = pid
        people[pid].append(m)

    bare: list[_Mention] = []
    called: dict[tuple[str, str], int] = {}  # (family name, call name) -> person: "Bert Dijk" is "A.J. (Bert) Dijk"
    for m in sorted(mentions, key=lambda m: not m.calls):
        assert m.parts is not None
        if _initial(m.parts):
            alias = called.get((_key(m.parts), m.parts.given[0].lower())) if m.parts.given and not m.calls else None
            pid = alias if alias is not None else person(_key(m.parts), _initial(m.parts))
            if alias is None and _other_given(people[pid], m.parts):  # "Roel de Jong", "Rienus de Jong": two
                pid = person(_key(m.parts), f"{_initial(m.parts)}:{m.parts.given[0].lower()}")
            attach(m, pid)
            for g in m.parts.given:
                given[g.lower()].add(m.person)
            for c in m.calls:
                called.setdefault((_key(m.parts), c.lower()), m.person)
        else:
            bare.append(m)
    _join_double_surnames(people, index, by_key)
    _join_first_part(people, index, by_key)
    _join_dropped_given(people, index, by_key)
    _join_abbreviated_particle(people, index, by_key)
    # a bare surname with a public role of its own is that office holder ("Minister Jansen"), not the
    # civil servant "P. Jansen" of the same text - unless a public "D. Jansen" is there to join
    rest: list[_Mention] = []
    for m in bare:
        assert m.parts is not None
        if _standing(_person_cues([m])) == Standing.PUBLIC:
            same = [c for c in by_key.get(_key(m.parts), set()) if people[c]]
            public = [c for c in same if _standing(_cues(people, {c})) == Standing.PUBLIC]
            # "De heer Steutel (GBLV)" and "W.F. Steutel" in the video index of the same minutes: a party label names
            # a member, and the one namesake without any cue of their own or their region is him; so is the one
            # cue-less namesake whose name heads the paragraph ("Wilm Janssen\n\nDe heer Janssen was raadslid …")
            # and so is a namesake with no cue of its own (its region's only) that the surname follows closely
            # and so is a namesake with no cue or a weak one only that a sentence a few lines on describes ("de heer
            # drs. Ferd Crone te Leeuwarden (lid);\n\n…\n\nDe heer Crone is burgemeester van Leeuwarden.")
            blank = [c for c in same
                     if (not _cues(people, {c})
                         and (body or namesakes.headline(text, m)
                              or any(namesakes.heads(text, h, m) for h in people[c])))
                     or (not any(not k.startswith("~") for h in people[c] for k in h.cues)
                         and any(namesakes.refers_back(text, h, m) for h in people[c]))
                     or (_weak_only(people[c]) and any(namesakes.describes(text, h, m) for h in people[c]))]
            join = public if public else blank
            attach(m, join[0] if len(join) == 1 else person(_key(m.parts), ""))
        else:
            rest.append(m)
    for m in rest:
        assert m.parts is not None
        key = _key(m.parts)
        cands = set(by_key.get(key, set()))
        if (sex := _address(text, m.start)) is not None:  # "mevrouw De Wilde" is not "de heer J. de Wilde"
            cands = {c for c in cands if {_address(text, h.start) for h in people[c]} - {None} != {"fm"[sex == "f"]}}
        if not cands and m.parts.form == "single" and key in given:
            cands = set(given[key])
        if not cands and m.parts.form == "single" and (stem := re.sub(r"(?:['’]s|s)\Z", "", key)) != key:
            cands = set(by_key.get(stem, set()))  # a genitive: "Middels tweede termijn" is Bert Middel's
        if not cands:
            attach(m, person(key, ""))
        elif len(cands) == 1:
            attach(m, next(iter(cands)))
        elif len({_standing(_cues(people, {c})) for c in cands}) == 1:
            attach(m, min(cands))
        else:
            m.cues = (*m.cues, "twijfel:meerdere-personen")
            attach(m, person(key, f"?{m.start}"))
    return [p for p in people if p]


def _join_double_surnames(people: list[list[_Mention]], index: _Index, by_key: _ByKey) -> None:
    """"M.J.D. Donders - de Leest" and "Rianne Donders-de Leest": a double surname (a married name) named
    once with initials only and once with a given name only is one person, even when the call name does not
    start with the first initial. Only when exactly two such persons carry that double surname."""
    keys: dict[str, list[int]] = defaultdict(list)
    for (key, _), pid in index.items():
        if "-" in key and people[pid]:
            keys[key].append(pid)
    for pids in keys.values():
        if len(pids) != 2:
            continue

        def kind(pid: int) -> set[str]:
            return {"initials" if m.parts is not None and m.parts.initials and not m.parts.given else
                    "given" if m.parts is not None and m.parts.given and not m.parts.initials else "both"
                    for m in people[pid]}

        a, b = sorted(pids)
        if {frozenset(kind(a)), frozenset(kind(b))} != {frozenset({"initials"}), frozenset({"given"})}:
            continue
        _merge(people, index, by_key, a, b)


def _join_first_part(people: list[list[_Mention]], index: _Index, by_key: _ByKey) -> None:
    """"Marianne Poissonnier" and "Marianne Poissonnier-Dekker": a family name that is the first part of one other
    person's double name, with the same given name, is that person."""
    for (key, ini), b in list(index.items()):  # ("-" first: a cheap test; ``_key`` leaves no space around a hyphen)
        doubles = [a for (k, i), a in index.items() if "-" in k and i == ini and k[:k.find("-")] == key and a != b]
        if len(doubles) == 1 and {_given(m) for m in people[b]} & {_given(m) for m in people[doubles[0]]} - {()}:
            _merge(people, index, by_key, doubles[0], b)


def _join_dropped_given(people: list[list[_Mention]], index: _Index, by_key: _ByKey) -> None:
    """"Carlos Martinez van Andel" and "de heer Martinez van Andel": a name whose given names are those of one other
    person of that family name without the first (only one dropped: "Berend Potjer Gerard Hofstede", two names a
    flattened table ran together, is not "Gerard Hofstede") is that person."""
    for ids in list(by_key.values()):
        for b in sorted(ids):
            if not people[b] or any(m.parts is None or m.parts.initials or not m.parts.given for m in people[b]):
                continue
            gb = {_given(m) for m in people[b]}
            longer = [a for a in ids if a != b and people[a]
                      and any(len(_given(m)) == len(g) + 1 and _given(m)[1:] == g for m in people[a] for g in gb)]
            if len(longer) == 1:
                _merge(people, index, by_key, longer[0], b)


# a loose name's initials and call name: "h.d. (herman) tjeenk willink" is the text's "Tjeenk Willink"
_LEAD_INITIALS = re.compile(r"\A(?:[a-z]{1,3}\.[ \t]?)+(?:\([^()]*\)[ \t]*)?")
# the rest of a last word an OCR'd line break split off ("p. j. j. dek ker", "m. zuid- weg"; ``split_word``), not a
# particle ("berkel, nathalie van")
_SPLIT = re.compile(rf"(?<=[a-zà-ÿ])-? (?!{TV_LOWER}\Z)(?=[a-zà-ÿ]{{1,8}}\Z)")
# a particle written short: "v/d", "v.d.", "vd", "v. d." (van de, van den or van der)
_SHORT_PARTICLE = re.compile(r"(?:v/d|v\.[ ]?d\.?|vd) ")
_LONG_PARTICLE = re.compile(r"van d(?:e|en|er) ")


def _join_abbreviated_particle(people: list[list[_Mention]], index: _Index, by_key: _ByKey) -> None:
    """"A. v/d Berg" and "A.A. van den Berg": a family name whose particle is written short is the one person of
    that surname whose particle, written out, it abbreviates, with the same first initial (two candidates, "van
    de Berg" and "van der Berg", join none)."""
    for (key, initial), b in list(index.items()):
        if not people[b] or not (short := _SHORT_PARTICLE.match(key)):
            continue
        rest = key[short.end():]
        cands = {a for (k, i), a in index.items() if a != b and people[a] and i == initial
                 and (long := _LONG_PARTICLE.match(k)) and k[long.end():] == rest}
        if len(cands) == 1:
            _merge(people, index, by_key, next(iter(cands)), b)


def _given(m: _Mention) -> tuple[str, ...]:
    return tuple(g.lower() for g in m.parts.given) if m.parts is not None else ()


def _merge(people: list[list[_Mention]], index: _Index, by_key: _ByKey, a: int, b: int) -> None:
    """Person ``b`` is person ``a``: its mentions join ``a``."""
    for m in people[b]:
        m.person = a
    people[a].extend(people[b])
    people[b] = []
    for k, pid in list(index.items()):
        if pid == b:
            index[k] = a
    for ids in by_key.values():
        if b in ids:
            ids.discard(b)
            ids.add(a)


def _cues(people: list[list[_Mention]], ids: set[int]) -> set[str]:
    return _person_cues([m for i in ids for m in people[i]])


def decide(text: str, findings: list[Finding], context: PublicContext, known_public: tuple[str, ...] = (),
           kept: list[Finding] | None = None) -> tuple[list[Finding], list[PersonDecision], tuple[str, ...]]:
    """The findings without those of public persons, uncertain ones marked; the decisions; and the
    identifying names (with initials or a first name) of the public persons, for ``--consistent``.
    ``kept``: receives the public persons' mentions (their findings, and the mentions only a role
    pattern found), marked ``persoon:publiek`` with the person's cues: a reviewer sees what was kept
    and why (``redact propose``); nothing else uses them."""
    mentions: list[_Mention] = []
    taken: list[tuple[int, int]] = []
    batch = [p for p in (parse_any(n) for n in known_public) if p is not None]
    for i, f in enumerate(findings):
        if f.entity != "NAAM":
            continue
        parts = parse_any(" ".join(f.text.split()), text[max(0, f.start - 12):f.start])
        own = context.left(f.start) + context.right(f.start, f.end) + context.listed(f.text) + _label_cues(f.evidence)
        own += party_cues.inside(f.text, context.lex, text[f.end:f.end + 40])
        if parts is not None and any(parts.compatible(b) and (b.initials or b.given) for b in batch):
            own.append("publiek:batch")
        mentions.append(_Mention(f.start, f.end, parts, mention_cues(own, context.regional(f.start, f.end)), i,
                                 calls=call_names(f.text)))
        taken.append((f.start, f.end))
    for s, e in context.mentions():
        if any(a < e and s < b for a, b in taken):
            continue
        parts = parse_any(" ".join(text[s:e].split()), text[max(0, s - 12):s])
        own = context.left(s) + context.right(s, e) + context.listed(text[s:e])
        mentions.append(_Mention(s, e, parts, mention_cues(own, context.regional(s, e)), None))
        taken.append((s, e))
    people = _group([m for m in mentions if m.parts is not None], bool(context.body), text)
    loose: dict[str, list[_Mention]] = defaultdict(list)  # names the grammar cannot parse ("R. Th M.. Nederveen")
    for m in mentions:
        if m.parts is None:
            loose[" ".join(text[m.start:m.end].lower().split())].append(m)
    # a name typed partly in lower case ("Hans los") is the person whose name it spells ("Hans Los"), and so is one
    # whose last word OCR split ("P. J. J. Dek ker" is "P. J. J. Dekker")
    spelled = {" ".join(text[m.start:m.end].lower().split()): i for i, person in enumerate(people) for m in person}
    for name, group in loose.items():
        bare = _LEAD_INITIALS.sub("", name)
        pid = spelled.get(name, spelled.get(bare) if " " in bare else None)
        if pid is None and (whole := _SPLIT.sub("", name, count=1)) != name:
            written = _SPLIT.sub("", " ".join(text[group[0].start:group[0].end].split()), count=1)
            pid = spelled.get(whole, _namesake(people, parse_any(written)))
        if pid is not None:
            people[pid] += group
        else:
            people.append(group)
    standing: dict[int, tuple[Standing, tuple[str, ...]]] = {}
    decisions: list[PersonDecision] = []
    public_names: dict[str, None] = {}
    for person in people:
        person_cues = _person_cues(person)
        st = _standing(person_cues)
        if st == Standing.PUBLIC:
            public_names.update((" ".join(text[m.start:m.end].split()), None) for m in person
                                if m.parts is not None and _initial(m.parts) and m.parts.form != "single")
        ordered = tuple(sorted(person_cues))
        for m in person:
            if m.finding is not None:
                standing[m.finding] = (st, ordered)
        first = next((m.parts for m in person if m.parts is not None), None)
        decisions.append(PersonDecision(_key(first) if first else "", st, ordered, len(person)))
        if st == Standing.PUBLIC and kept is not None:
            kept.extend(_kept(text, findings, person, ordered))
    out: list[Finding] = []
    for i, f in enumerate(findings):
        st, cues = standing.get(i, (Standing.PRIVATE, ()))
        if st == Standing.PUBLIC:
            continue
        if st == Standing.UNCERTAIN:
            doubt = "twijfel: " + "; ".join(cues)
            f = replace(f, doubt=doubt, evidence=tuple(dict.fromkeys((*f.evidence, "persoon:twijfel"))))
        out.append(f)
    return out, decisions, tuple(public_names)


def _namesake(people: list[list[_Mention]], parts: NameParts | None) -> int | None:
    """The one person with the family name of ``parts`` (and its first initial, if it has one)."""
    if parts is None:
        return None
    key, initial = _key(parts), _initial(parts)
    found = {i for i, person in enumerate(people) for m in person if m.parts is not None and _key(m.parts) == key
             and (not initial or _initial(m.parts) in ("", initial))}
    return found.pop() if len(found) == 1 else None


def _kept(text: str, findings: list[Finding], person: list[_Mention], cues: tuple[str, ...]) -> list[Finding]:
    """The mentions of a public person as findings marked ``persoon:publiek`` (with the person's cues)."""
    mark = ("persoon:publiek", *cues)
    out = []
    for m in person:
        if m.finding is not None:
            f = findings[m.finding]
            out.append(replace(f, evidence=tuple(dict.fromkeys((*f.evidence, *mark)))))
        else:
            out.append(Finding("NAAM", m.start, m.end, 0.5, "PublicPerson", text[m.start:m.end], mark))
    return out
