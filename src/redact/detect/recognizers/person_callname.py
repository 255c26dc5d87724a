"""NAAM: a full name with a call name in brackets or quotes, as one name.

* inside:  ``Albertus Johannes (Bert) Dijk``, ``A.J. (Bert) Dijk``, ``Hendrika Maria 'Riet' de Boer-Jansen``,
  ``G.J (Gert Jan) Willighagen`` (two call names; the last initial without its dot);
* after:   ``Albertus Johannes Dijk (Bert)``, ``A.J. Dijk (Bert)``;
* initials in brackets after a given name: ``Harm (H.) Kroeze``.

The whole name, call name included, is one finding: every part of it is redacted, and propagation and
the person grouping know the call name as one of the person's given names (``names.parse_name``), so
"Bert Dijk" and "Bert" elsewhere in the text are the same person.

Guarantees: the given names start with initials or a capitalised word that is no ordinary word, title
or place ("Mevrouw Hendrika (Riet) de Boer" starts at "Hendrika"), nor a word or compound before initials ("benoemde
de Kiesraad S.F.J. (Sidney) Smeets" starts at "S.F.J."); the call name is a first name of the
list (inside, after initials or two given names: any capitalised word that is no ordinary word or place)
and never a role, party, place or ordinary word ("Jansen
(Voorzitter)", "Jan Jansen (Hoorn)", "P. Jansen (VVD)" are not call names; a listed first name that is also a place
is one inside, after initials: "R. (Rien) van der Velde"); an unknown call name needs
initials or a known first name before it, and a company form (Ltd, B.V., GmbH …) in or after the match
rules it out ("Pacific International Lines (Pte) Ltd"). Limits: a call name not in
the first-name list after one given name only ("Jan (Bob) Dijk") is not found.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.gazetteer import Gazetteer, load_gazetteer
from redact.detect.lexicon import is_not_call_name, is_not_name
from redact.detect.names import CALL_NAME, GIVEN_WORD, INITIALS, SURNAME_CORE, TV_ANY, parse_name
from redact.detect.recognizers.base import RulesRecognizer, in_url_or_email, make_result
from redact.detect.roles import RoleLexicon, role_lexicon
from redact.detect.wordlist import is_word_or_compound

_HEAD = rf"(?P<given>{INITIALS}|{GIVEN_WORD}(?:[ \t]+{GIVEN_WORD}){{0,3}}(?:[ \t]+{INITIALS})?)"
_SURNAME = rf"(?:{TV_ANY}[ \t]+)?{SURNAME_CORE}"
_INSIDE = re.compile(rf"(?<![\w'’.-])(?P<head>{_HEAD})[ \t]*{CALL_NAME}[ \t]+(?P<sur>{_SURNAME})(?![\w'’])")
_AFTER = re.compile(rf"(?<![\w'’.-])(?P<head>{_HEAD}[ \t]+{_SURNAME})[ \t]+{CALL_NAME}(?![\w])")
_GIVEN_SPLIT = re.compile(r"[ \t]+")
_INITIALS_IN = re.compile(rf"(?<![\w]){INITIALS}")
_COMPANY = re.compile(r"(?<![\w])(?:Ltd|Limited|Inc|Corp|Co|LLC|GmbH|AG|S\.?A|Pte|PLC|B\.V|N\.V|V\.O\.F|C\.V)\b\.?")


class CallNameRecognizer(RulesRecognizer):
    """Full names with a call name in brackets or quotes."""

    NAME = "CallNameRecognizer"
    ENTITIES = ("NAAM",)
    INSIDE_SCORE = 0.8
    AFTER_SCORE = 0.7

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        gaz = load_gazetteer(self.rules)
        lex = role_lexicon(self.rules)
        results: list[RecognizerResult] = []
        for rx, score, where in ((_INSIDE, self.INSIDE_SCORE, "inside"), (_AFTER, self.AFTER_SCORE, "after")):
            for m in rx.finditer(text):
                start = self._start(text, m.start("given"), m.end("given"), gaz, lex)
                if start is None:
                    continue
                call = m.group("call") or m.group("callq")
                if call is None:  # initials in brackets after a given name: "Harm (H.) Kroeze"
                    given = text[start:m.end("given")].split()
                    if where == "inside" and given and gaz.is_first_name(given[0].split("-")[0]) \
                            and parse_name(text[start:m.end()]) is not None:
                        results.append(make_result(self, "NAAM", start, m.end(), score,
                                                   ("structure:call-name:initials",)))
                    continue
                head = text[start:m.end("given")].split()
                # an unknown call name needs initials or a known first name before it: "Pacific International
                # Lines (Pte) Ltd" is a company, not "Albertus Johannes (Bert) Dijk"
                strong = where == "inside" and (re.match(INITIALS, text[start:]) is not None
                                                or (len(head) >= 2 and any(gaz.is_first_name(w.split("-")[0])
                                                                           for w in head)))
                words = call.split()  # one call name, or two ("G.J (Gert Jan) Willighagen")
                if not (all(gaz.is_first_name(w) for w in words)
                        or (strong and not gaz.is_place(call)
                            and not any(w.lower() in gaz.common_words for w in words))):
                    continue
                # (a place that is a listed first name may be one inside, after initials: "R. (Rien) van der Velde")
                place = gaz.is_place(call) and not (strong and all(gaz.is_first_name(w) for w in words))
                if lex.classify(call) is not None or place or any(is_not_call_name(w) for w in words):
                    continue  # (a stop word that is a first name may be one: "B. (Ben) de Vries")
                if parse_name(text[start:m.end()]) is None or in_url_or_email(text, start, m.end()):
                    continue
                if _COMPANY.search(text, m.end(), m.end() + 12) or _COMPANY.search(text[start:m.end()]):
                    continue  # "… (Pte) Ltd", "Jansen (Holland) B.V.": a company's name
                results.append(make_result(self, "NAAM", start, m.end(), score, (f"structure:call-name:{where}",)))
        return results

    @staticmethod
    def _start(text: str, start: int, end: int, gaz: Gazetteer, lex: RoleLexicon) -> int | None:
        """Where the name begins in the given names ``text[start:end]``: leading words that are ordinary
        words, titles, places or roles ("Mevrouw", "Vandaag", "Rijksvertegenwoordiger") are dropped; None when
        nothing remains."""
        pos = start
        while pos < end:
            if re.match(INITIALS, text[pos:end]):
                return pos
            word = re.match(r"[^ \t]+", text[pos:end])
            if word is None:
                return None
            w = word.group()
            # (a word or compound before the initials is no given name: "benoemde de Kiesraad S.F.J. (Sidney) Smeets")
            if all(gaz.is_first_name(p) or not (is_not_name(p) or p.lower() in gaz.common_words or gaz.is_place(p))
                   for p in w.split("-")) and (gaz.is_first_name(w) or (lex.classify(w) is None and not (
                    is_word_or_compound(w) and _INITIALS_IN.search(text, pos, end)))):
                return pos
            nxt = _GIVEN_SPLIT.search(text, pos + len(w), end)
            if nxt is None:
                return None
            pos = nxt.end()
        return None
