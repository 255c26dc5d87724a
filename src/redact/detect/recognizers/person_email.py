"""NAAM derived from personal e-mail addresses: ``p.jansen@``, ``jp.devries@``,
``pieter.van.den.berg@``, ``piet.jansen@``, ``m.bakker-smit@``.

The local part gives a surname (with its tussenvoegsel, also when glued: ``devries`` -> "de Vries"
or "Devries") and, when the first part is a word of three or more letters, a first name. Only
*occurrences of those names in the text* are reported (the address itself is the EMAIL
recognizer's): "Jansen" in "Jansen heeft gebeld" when ``p.jansen@minjenv.nl`` appears elsewhere.
The resolver then propagates them like any other name.

Guarantees: allow-listed and function mailboxes (``info@``, ``woo-verzoeken@``) and a body's address at its place
(``kloosterhof.warmond@``: no given name before a place) give nothing;
derived words that are document words or stop words ("Woo", "Team") give nothing; surnames that are
ordinary words ("Groot") or places are only reported when not at the start of a sentence.
Limits: local parts without separators (``pjansen@``) are not split; a derived name is matched
case-sensitively with a capital first letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.gazetteer import load_gazetteer
from redact.detect.lexicon import COMMON_WORD_NAMES, PLACES, TUSSENVOEGSELS, TV_WORDS, is_not_name
from redact.detect.names import is_sentence_initial
from redact.detect.recognizers.base import RulesRecognizer, in_url_or_email, make_result, name_occurrences
from redact.detect.recognizers.email import EMAIL_RE, is_function_mailbox, normalize_email
from redact.rules import Rules

_TV_WORDS = TV_WORDS - {"'t", "’t", "'s", "’s"} | {"t"}
_GLUED = tuple(sorted({t.replace(" ", "").replace("'", "") for t in TUSSENVOEGSELS if t.isascii()}, key=len,
                      reverse=True))
_VOWELS = set("aeiouy")


def _cap(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def _tv_forms(tv: str) -> str:
    """Regex for a tussenvoegsel in lower case or with a capital first letter."""
    words = [re.escape(w) for w in tv.split()]
    lower = "[ \t]+".join(words)
    upper = "[ \t]+".join([re.escape(tv.split()[0].capitalize()), *words[1:]])
    return f"(?:{lower}|{upper})"


def derive_names(local: str) -> list[tuple[str, str]]:
    """(kind, regex) pairs for the names hidden in an e-mail local part (kind: "surname"/"first")."""
    tokens = [t for t in re.split(r"[._]+", re.sub(r"\d+", "", local.lower())) if t]
    if len(tokens) < 2 or not all(t.replace("-", "").isalpha() for t in tokens):
        return []
    first, rest = tokens[0], tokens[1:]
    tv_words: list[str] = []
    while len(rest) > 1 and rest[0] in _TV_WORDS:
        tv_words.append("'t" if rest[0] == "t" else rest[0])
        rest = rest[1:]
    surname = "-".join(rest)
    out: list[tuple[str, str]] = []
    variants: list[tuple[str, str]] = [(" ".join(tv_words), surname)]
    if not tv_words:
        for glued in _GLUED:
            if surname.startswith(glued) and len(surname) - len(glued) >= 3:
                tv = next(t for t in TUSSENVOEGSELS if t.replace(" ", "").replace("'", "") == glued)
                variants.append((tv, surname[len(glued) :]))
                break
    for tv, core in variants:
        if len(core) < 3 or not set(core) & _VOWELS or is_not_name(core.split("-")[0]):
            continue
        core_rx = re.escape(_cap(core))
        # "n.vanwarmerdam@": the given name that starts with the initial goes with it ("Nop van Warmerdam")
        given = rf"(?:(?P<given>{first.upper()}[a-zà-ÿ]+)[ \t]+)?" if len(first) == 1 and first.isalpha() else ""
        out.append(("surname", given + (f"{_tv_forms(tv)}[ \t]+{core_rx}" if tv else core_rx)))
    if len(first) >= 3 and set(first) & _VOWELS and not is_not_name(first) and first not in _TV_WORDS:
        out.append(("first", re.escape(_cap(first))))
    return out


_END = re.compile(r"(?![\w@'’]|\.[\w])")  # the name does not go on: a word, an address, "jansen.nl"


class EmailNameRecognizer(RulesRecognizer):
    """Occurrences in the text of names derived from personal e-mail addresses."""

    NAME = "EmailNameRecognizer"
    ENTITIES = ("NAAM",)
    SCORE = 0.6

    def __init__(self, rules: Rules) -> None:
        self._g = load_gazetteer(rules)
        super().__init__(rules)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        patterns: dict[str, str] = {}
        for m in EMAIL_RE.finditer(text):
            if is_function_mailbox(m.group(), self.rules):
                continue
            local = normalize_email(m.group()).split("@", 1)[0]
            if len(parts := re.split(r"[._]+", local.lower())) == 2 and len(parts[0]) >= 3 \
                    and self._g.is_place(parts[1]) and not self._g.is_first_name(parts[0]):
                continue  # "kloosterhof.warmond@": a body at its place (not "jan.horst@", "j.horst@")
            for kind, rx in derive_names(local):
                patterns.setdefault(rx, kind)
        results: list[RecognizerResult] = []
        for rx, kind in patterns.items():
            for s, e in self._occurrences(text, rx):
                results.append(
                    make_result(
                        self, "NAAM", s, e, self.SCORE, ("derived:email-localpart", f"form:{kind}")
                    )
                )
        return results

    @staticmethod
    def _occurrences(text: str, rx: str) -> Iterator[tuple[int, int]]:
        for s, e, _ in name_occurrences(text, rx, _END):
            if in_url_or_email(text, s, e):
                continue
            lead = re.match(rx, text[s:e]) if "(?P<given>" in rx else None
            word = lead.group("given") if lead is not None else None
            if word and is_not_name(word):
                rest = s + len(word)
                s = rest + len(text[rest:e]) - len(text[rest:e].lstrip())  # "Namens van Warmerdam": the name only
            found = text[s:e]
            core = found.split()[-1].lower()
            ordinary = (core in COMMON_WORD_NAMES or core in PLACES) and " " not in found.strip()
            if ordinary and is_sentence_initial(text, s):
                continue
            yield s, e
