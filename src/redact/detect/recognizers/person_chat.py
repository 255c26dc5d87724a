"""NAAM of speakers in chat exports and of @-mentioned persons.

Speaker lines (the name is reported, the time stamp is not):

* Teams:     ``[10:12] Jansen, Piet``, ``[10:12] Piet Jansen:``, ``Jansen, Piet 10:12`` (a copied thread),
             ``Piet Jansen (DGRR/DRC) 10:12``;
* WhatsApp:  ``12-03-2024 10:12 - Piet Jansen: tekst``, ``12/03/2024, 10:12 - Piet Jansen: tekst``,
             ``[12-03-2024 10:12:05] Piet Jansen: tekst`` (iOS);
* Signal:    ``[12-03-2024 10:12] Piet Jansen: tekst``.

Minutes that label their speakers by first name alone ("Petra: Er zijn volmachten.", "Marten: dat is niet bekend
gemaakt"): each label of one known first name at a line's start, when three or more different ones speak.

Mentions: ``@Piet``, ``@Piet Jansen``, ``@Jansen, Piet`` (not inside an e-mail address; not an organisation's account
of one Dutch word that is no listed name, ``@Wijkpanel``).

Guarantees: the span is the name without the unit suffix, brackets or colon; a speaker that is a
phone number is left to the phone recognizer; "Ik", "Jij" and other stop words are never a speaker.
Limits: speakers written in lower case or as a nickname that is no name ("pj", "Tante Jo") are missed.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.gazetteer import Gazetteer, load_gazetteer
from redact.detect.lexicon import is_not_name
from redact.detect.names import GIVEN_WORD
from redact.detect.recognizers.base import RulesRecognizer, make_result
from redact.detect.scan import candidates, scan_names
from redact.detect.wordlist import is_word_or_compound

_TIME = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]?(?:AM|PM|am|pm))?"
_DATE = r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
_SPEAKER_LINES = (
    # [10:12] Name  /  [10:12] Name: text
    re.compile(rf"^[ \t]*\[{_TIME}\][ \t]*(?P<name>[^\n:\[\]]+?)[ \t]*(?::|$)", re.MULTILINE),
    # 12-03-2024 10:12 - Name: text  /  12/03/2024, 10:12 - Name: text
    re.compile(rf"^[ \t]*{_DATE},?[ \t]+{_TIME}[ \t]*[-–][ \t]*(?P<name>[^\n:]+?)[ \t]*:", re.MULTILINE),
    # [12-03-2024 10:12] Name: text  /  [12-03-2024, 10:12:05] Name: text
    re.compile(rf"^[ \t]*\[{_DATE},?[ \t]+{_TIME}\][ \t]*(?P<name>[^\n:]+?)[ \t]*:", re.MULTILINE),
    # Name 10:12  (Teams thread copied as text)
    re.compile(rf"^[ \t]*(?P<name>[^\n\d:]{{3,60}}?)[ \t]+{_TIME}[ \t]*$", re.MULTILINE),
)
# a speaker labelled by a first name alone at a line's start, in minutes of a club's meeting: "Petra: Er zijn
# volmachten."
_FIRST_LABEL = re.compile(r"^[ \t]*(?P<name>[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)[ \t]*:[ \t]+(?=\S)",
                          re.MULTILINE)
_MENTION = re.compile(rf"(?<![\w@.])@(?={GIVEN_WORD})")
_GIVEN = re.compile(GIVEN_WORD)


def _account_word(word: str, g: Gazetteer) -> bool:
    """An @-handle of one word that is a Dutch word or a compound of them and no name of the lists: an organisation's
    account ("@Wijkpanel"), not a person's."""
    return is_word_or_compound(word.lower()) and not (g.is_first_name(word) or g.is_surname(word))


class ChatNameRecognizer(RulesRecognizer):
    """Speakers of chat exports and @-mentions."""

    NAME = "ChatNameRecognizer"
    ENTITIES = ("NAAM",)
    SPEAKER_SCORE = 0.85
    MENTION_SCORE = 0.8

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        seen: set[tuple[int, int]] = set()
        for i, rx in enumerate(_SPEAKER_LINES):
            for m in rx.finditer(text):
                s, e = m.span("name")
                for n in scan_names(text, s, e, mode="strict", allow_inverted_given=True):
                    if i == len(_SPEAKER_LINES) - 1 and (n.parts is None or n.parts.form == "single"):
                        continue  # "Lunch 12:30": a time after one word is no speaker line
                    if (n.start, n.end) not in seen:
                        seen.add((n.start, n.end))
                        results.append(make_result(self, "NAAM", n.start, n.end, self.SPEAKER_SCORE,
                                                   ("structure:chat-speaker",)))
        results += self._first_labels(text)
        for m in _MENTION.finditer(text):
            pos = m.end()
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            mention = candidates(text, pos, line_end, allow_inverted_given=True, free=True)
            if mention is None:
                single = _GIVEN.match(text, pos, line_end)
                if single is None:
                    continue
                start, end = single.span()
            else:
                start, end = mention.start, mention.end
            if " " not in text[start:end] and _account_word(text[start:end], load_gazetteer(self.rules)):
                continue
            results.append(make_result(self, "NAAM", start, end, self.MENTION_SCORE, ("structure:mention",)))
        return results

    def _first_labels(self, text: str) -> list[RecognizerResult]:
        """The speakers that minutes label by a known first name alone (``_FIRST_LABEL``; never a document word or a
        form's field), when three or more different names speak so."""
        g = load_gazetteer(self.rules)
        found = [m for m in _FIRST_LABEL.finditer(text)
                 if g.is_first_name(m["name"]) and not is_not_name(m["name"])]
        if len({m["name"] for m in found}) < 3:
            return []
        return [make_result(self, "NAAM", m.start("name"), m.end("name"), self.SPEAKER_SCORE,
                            ("structure:chat-speaker",)) for m in found]
