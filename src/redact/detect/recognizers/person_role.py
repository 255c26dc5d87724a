"""NAAM after a function word: ``Voorzitter Tsjoltsje Roelevink opent de vergadering``, ``de beleidsmedewerker
Kete Kervezee``, ``secretaris: Anneke Zwaveling``; after a quotation's attribution, maybe with a function no list holds:
``(Aldus systeemarchitect Kores Wouters.)``, ``zegt Kores Wouters``, ``Ik ben Omri Althuis``; and before a function
that follows as an apposition: ``vertelt Shalandra Hitipeuw, beleidsadviseur Jeugd``.

Minutes, news and letters name people by their function, and the name may be in no name list (a Frisian or a
foreign given name, a rare surname). Any role of ``rules/public-officials.yaml`` counts as the cue: a public
office, an ambiguous one ("voorzitter", "secretaris") or a civil servant's function ("beleidsmedewerker"). This
recognizer only finds the name; whether it is public is decided by ``detect.persons`` from the same role (a
wethouder stays readable, the chair of a village association is proposed).

Guarantees: only a full name (a given name and a family name, two to four words) that starts right after the cue
(after a colon or a title), or that ends right at the comma before it, is reported; its given names are no Dutch
word, place, document word or compound noun unless a list knows them as given names ("voorzitter Plaatselijk
Belang", "lid Adviesraad Sociaal Domein", "wethouder Financiën" are no names), its family name is no place and no
Dutch word unless a list knows it ("Universiteit Leiden"), and the cue itself is not part of a preceding name ("Seth
Prins Voorzitter").
Limits: a single word after the cue ("voorzitter Roelevink") is left to the other recognizers, which find it with a
cue of its own; an English organisation after a weak role can pass ("voorzitter European Students Union").
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.gazetteer import Gazetteer, load_gazetteer
from redact.detect.lexicon import is_not_name, org_head
from redact.detect.names import GENITIVE_BEFORE, INITIAL, TITLES_RE, NameParts, plausible
from redact.detect.recognizers.base import RulesRecognizer, in_url_or_email, make_result
from redact.detect.role_scope import first_person
from redact.detect.roles import RoleLexicon, role_lexicon
from redact.detect.scan import candidates
from redact.detect.wordlist import is_dutch_word, is_word_or_compound

# the gap between a word and a name of two capitalised words: ": ", " ", " de heer "
_GAP = re.compile(rf"(?<=[\w.])[ \t]*:?[ \t]+(?:{TITLES_RE})?(?=[A-ZÀ-Þ][a-zà-ÿ'’-]+[ \t]+"
                  r"(?:(?:van|de|der|den|ter|ten|te|het|in|op|'t|’t)[ \t]+){0,3}[A-ZÀ-Þ][a-zà-ÿ'’])")


def _role_before(text: str, pos: int, lex: RoleLexicon) -> tuple[int, str] | None:
    """The start and the text of the role (public, weak or private) that ends right at ``pos``, or None."""
    base = max(0, pos - 60)
    if base and not text[base - 1].isspace():  # never a word cut in two at the window's start
        base = next((i + 1 for i in range(base, pos) if text[i].isspace()), pos)
    window = text[base:pos]
    for rx in (lex.role, lex.weak, lex.private):
        if rx is not None:
            for m in rx.finditer(window):
                if m.end() == len(window):
                    return base + m.start(), m.group()
    return None


# a quotation's attribution, maybe with a function no list holds: "(Aldus systeemarchitect Kores Wouters.)", "zegt
# Kores Wouters"; a speaker who introduces himself: "Ik ben Omri Althuis en ik ben 28 jaar", "Mijn naam is …"
_QUOTED_BY = re.compile(r"(?<![\w])(?:(?i:aldus|zegt|zei|vertelt|vertelde)(?:[ \t]+[a-zà-ÿ][\w-]{2,30})?"
                        r"|(?i:ik)[ \t]+(?:ben|heet)|(?i:mijn)[ \t]+naam[ \t]+is)\Z")


def _quote_before(text: str, pos: int) -> tuple[int, str] | None:
    """The start and the verb of a quotation's attribution that ends right at ``pos``, or None."""
    m = _QUOTED_BY.search(text, max(0, pos - 45), pos)
    return (m.start(), m.group().split()[0].lower()) if m else None


_NAME_BEFORE = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'’-]+[ \t]+\Z")
# a party of a ruling that is an organisation, by the short name the ruling gives it: "Capital Renting &amp; Leasing
# ltd,\ngevestigd te Grimsargh, …,\ngeïntimeerde,\nhierna te noemen: Capital," ("de advocaat van Capital" is no name)
_DEFINED_FIRM = re.compile(r"(?<![\w])gevestigd[ \t]+(?:te|in)[ \t][^\n]{0,100}\n(?:[^\n]{0,100}\n){0,3}?[^\n]{0,60}?"
                           r"(?i:hierna(?:[ \t]+te[ \t]+noemen)?)[ \t]*:?[ \t]*(?P<name>[A-ZÀ-Þ][\w'’-]+)"
                           r"(?=[ \t]*[,.;)\n])")
# an apposition's comma after two to four capitalised words: "vertelt Shalandra Hitipeuw, beleidsadviseur Jeugd"
_APPOSITION_COMMA = re.compile(r",[ \t]+")
_WORDS_BEFORE = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][a-zà-ÿ'’-]+[ \t]+(?:(?:[A-ZÀ-Þ][a-zà-ÿ'’-]+|van|de|der|den|ter|ten|"
                           r"te|het|in|op|'t|’t)[ \t]+){0,4}?[A-ZÀ-Þ][a-zà-ÿ'’-]+\Z")


# a family name alone after a function that only a person holds, not followed by a second capitalised word (a full
# name is found above): "van beheerder Beusink van de appartementen", "notaris Voors", "de handhaver Scherbeijn"
# (not "toezichthouder": "de eindrapportage van de toezichthouder Batavialand", a supervisor of an institution)
_SINGLE = re.compile(
    r"(?<![\w-])(?P<noun>(?i:beheerder|notaris|advocaat|jurist|medewerker|inspreker|bewoner|bewoonster|ambtenaar|"
    r"consultant|projectleider|beleidsmedewerker|klager|verzoeker|adressant|adressante|appellant|eiser|eiseres|"
    r"gemachtigde|raadsman|handhaver|boa|wijkagent|stagiair|secretaresse|pastoor|pastor|dominee|kapelaan|predikant))"
    r"[ \t]+(?P<name>(?P<tv>(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en)[ \t]+){0,3})"
    r"(?P<sur>[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?))(?![\w'’-]|[ \t]+[A-ZÀ-Þ&])"
)


def _role_after(text: str, pos: int, lex: RoleLexicon) -> str | None:
    """The role (public, weak or private) that starts right at ``pos`` and ends a word, or None."""
    for rx in (lex.role, lex.weak, lex.private):
        if rx is not None and (m := rx.match(text, pos)) is not None and not re.match(r"[\w-]", text[m.end():]):
            return m.group()
    return None


class RoleNameRecognizer(RulesRecognizer):
    """A full name right after a function word."""

    NAME = "RoleNameRecognizer"
    ENTITIES = ("NAAM",)
    SCORE = 0.7

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        lex = role_lexicon(self.rules)
        gazetteer = load_gazetteer(self.rules)
        results: list[RecognizerResult] = []
        for gap in _GAP.finditer(text):  # where two capitalised words follow a word: few, and cheap to find
            cue = _role_before(text, gap.start(), lex)
            quoted = cue is None and _role_after(text, gap.end(), lex) is None \
                and (cue := _quote_before(text, gap.start())) is not None
            if cue is None or (cue[1][:1].isupper() and _NAME_BEFORE.search(text, max(0, cue[0] - 40), cue[0])):
                continue  # "Seth Prins Voorzitter": a label after a name in a flattened table
            start = gap.end()
            line_end = text.find("\n", start)
            # ended before a second person's name in a flattened row: "Jeannette Baljeu", not "… Michiel Groeneveld"
            found = first_person(text, start, len(text) if line_end < 0 else line_end, gazetteer, after_title=True,
                                 free=True)
            if found is None or found.parts is None or found.start != start or found.parts.form != "full":
                continue
            if not self._plausible(text[found.start:found.end], found.parts, gazetteer) \
                    or in_url_or_email(text, found.start, found.end):
                continue
            if quoted and re.search(rf"{INITIAL}[ \t]?{re.escape(text[found.start:found.end])}", text):
                continue  # "zegt Doude van Troostwijk" of "mr. L.L. Doude van Troostwijk": a family name, no full name
            role = " ".join(cue[1].lower().split())
            results.append(make_result(self, "NAAM", found.start, found.end, self.SCORE, (f"context:{role}",)))
        results += self._appositions(text, lex, gazetteer)
        results += self._single(text, lex, gazetteer)
        return results

    def _single(self, text: str, lex: RoleLexicon, gazetteer: Gazetteer) -> list[RecognizerResult]:
        """A family name alone after a function that only a person holds ("van beheerder Beusink van de
        appartementen", "notaris Voors", "inspreker De Bruin"): no Dutch word, place, document word or compound
        noun unless a list knows it as a surname ("medewerker Publiekszaken", "adviseur Milieu" stay), no firm's
        short name a ruling defines (``_DEFINED_FIRM``: "de advocaat van Capital"), no name after a preposition
        ("bewoonster van de Van Oldenbarnevelthoeve": a home's name), and no word the text also
        compounds with a noun ("projectleider Digikoppeling" of "de Digikoppeling-standaard": a product)."""
        out: list[RecognizerResult] = []
        firms = {m["name"] for m in _DEFINED_FIRM.finditer(text)} if "gevestigd" in text else set()
        for m in _SINGLE.finditer(text):
            if (noun := m.group("noun").lower()) not in lex.private_roles or m.group("sur") in firms:
                continue
            sur, tv = m.group("sur"), m.group("tv") or ""
            if re.search(r"(?<![\w])[a-z]+[ \t]+[A-Z]", tv):
                continue  # "een bewoonster van de Van Oldenbarnevelthoeve": a preposition before a place's name
            low = sur.lower()
            if len(sur) <= 3 and text.startswith(".", m.end()):
                continue  # an abbreviated given name or title ("medewerker Chr. Jansen")
            if gazetteer.is_place(sur) or is_not_name(sur) or (not gazetteer.is_surname(sur, after_tv=bool(tv))
                                                               and is_word_or_compound(low)):
                continue
            if not plausible(NameParts((), "", " ".join(tv.lower().split()), sur, "surname")) \
                    or in_url_or_email(text, m.start("name"), m.end("name")):
                continue
            if f"{sur}-" in text and re.search(rf"(?<![\w-]){re.escape(sur)}-[a-z]{{3,}}", text):
                continue  # "projectleider Digikoppeling" of "de Digikoppeling-standaard": a product's name
            out.append(make_result(self, "NAAM", m.start("name"), m.end("name"), self.SCORE, (f"context:{noun}",)))
        return out

    def _appositions(self, text: str, lex: RoleLexicon, gazetteer: Gazetteer) -> list[RecognizerResult]:
        """A full name in running text that a function follows as an apposition ("vertelt Shalandra Hitipeuw,
        beleidsadviseur Jeugd van …"): the name is the longest run of capitalised words before the comma that
        reads as a full name; the same plausibility as a name after a function word."""
        out: list[RecognizerResult] = []
        for comma in _APPOSITION_COMMA.finditer(text):
            role = _role_after(text, comma.end(), lex)
            if role is None:
                continue
            line_start = text.rfind("\n", 0, comma.start()) + 1
            words = _WORDS_BEFORE.search(text, max(line_start, comma.start() - 80), comma.start())
            if words is None:
                continue
            offsets = [0] + [m.end() for m in re.finditer(r"[ \t]+", words.group())]
            for offset in offsets:  # the longest run first: "Jan Jansen" of "Vandaag Jan Jansen"
                if GENITIVE_BEFORE.search(text, max(0, words.start() + offset - 8), words.start() + offset):
                    continue  # "de hoofdingenieur der Marine van Oordt, directeur …": the navy's, then the name
                found = candidates(text, words.start() + offset, comma.start(), free=True)
                if found is None or found.parts is None or found.end != comma.start() or found.parts.form != "full" \
                        or not self._plausible(text[found.start:found.end], found.parts, gazetteer) \
                        or in_url_or_email(text, found.start, found.end):
                    continue
                cue = " ".join(role.lower().split())
                out.append(make_result(self, "NAAM", found.start, found.end, self.SCORE, (f"context:{cue}",)))
                break
        return out

    @staticmethod
    def _plausible(name: str, parts: NameParts, gazetteer: Gazetteer) -> bool:
        """No more than four words; given names that are no Dutch word, place, document word or compound noun
        ("Adviesraad Sociaal Domein", "Ambulancezorg Groningen"), unless a list knows them as given names; a
        family name that is no place and no Dutch word, unless a list knows it as a name ("Noord-Hollands
        Archief", "Universiteit Leiden"); after a particle a place that a list knows as a family name is one
        ("Voorzitter Wico van der Linden")."""
        if len(name.split()) > 4 or not parts.given:
            return False
        for word in parts.given:
            if org_head(word) or (not gazetteer.is_first_name(word) and (
                    is_word_or_compound(word) or gazetteer.is_place(word) or is_not_name(word))):
                return False  # (also an organisation's head: "Foto: Omrop Fryslân", a broadcaster)
        last = parts.surname.split()[-1]
        place = gazetteer.is_place(last) and not (parts.tv and gazetteer.is_surname(last, after_tv=True))
        return not place and not is_not_name(last) and (
            gazetteer.is_name(last) or not is_dutch_word(last.lower()))
