"""The rest of a proposed person's surname that the recognizers left readable, taken at every mention.

``double_surnames(text, findings, gazetteer, lex)`` extends each proposed name over the rest of its double surname:
a patrician name's particle and name word ("L.L. Doude" + " van Troostwijk te Zaltbommel", "J.C. Huis" + " in ’t
Veld"), a married name joined by a hyphen ("M.H.A. van der Meer" + " Mohr-Soons"), a second family name the lists know
that ends an entry ("mr. P.F.M. van der Meer" + " Mohr, te Den Haag"); ``word_tail(original, f)`` the rest of a word
after a soft hyphen ("Wende" + "\u00adlaar") or after an OCR's hyphen and space ("Oppe" + "- laar"), and a
generation's or patronymic's abbreviation ("Binnendijk" + " Jr.", "van der Pot" + " Bzn."). ``detect.resolve``
applies both last, after the persons are decided. Before that, ``split_word(text, f, capitals)`` gives a name the rest
of its word that an OCR'd newspaper column split off, at a hyphen and a space ("M. Zuid" + "- weg") or at a space
alone when the whole word is written elsewhere in the text ("P. J. J. Dek" + " ker" where "Dekker" stands), so that
the mention's own cues after it count and the persons see one name.

Guarantees: a double surname's tail is taken only when it is no place, Dutch word, party, first name or known
non-name (after "van de", "van den", "van der" or a bare "de" a Dutch word or a village that is a listed family name
may be one: "Maassen van den Brink", "Penning de Vries"); the rest of an OCR's split word never a conjunction
("Jansen- en Pietersen"), at a space alone only a word of at most eight letters in lower case that completes one
the text writes whole with its capital; findings that are not NAAM are returned unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from redact.detect.gazetteer import Gazetteer
from redact.detect.lexicon import PLACES, has_noun_suffix, is_not_name
from redact.detect.names import INITIALS, TITLES_RE
from redact.detect.roles import RoleLexicon
from redact.detect.wordlist import is_dutch_word
from redact.models import Finding

__all__ = ["PERSON_START", "double_surnames", "split_word", "word_tail"]

# A patrician double surname continues after the name with a lower-case particle and a name word that ends the
# entry: "L.L. Doude van Troostwijk te Zaltbommel", "M. J. Ploos van Amstel;", "A.B. Dull tot Backenhagen,", "M.M.
# Sloet van Oldruitenborgh-Oosterbaan", "mr W.A. van Overbeek de Meyer, advocaat".
# A married name joined by a hyphen continues the name wherever it stands, also without a particle: "mevrouw F.S.
# Rost van Tonningen-Heubel op 31 maart", "mr. M.H.A. van der Meer Mohr-Soons en mr. C.A. Nortier"; and a second
# family name the lists know, without a particle, that ends an entry: "mr. P.F.M. van der Meer Mohr, te Den Haag".
_PARTICLE = r"(?:van[ \t]+(?:der|den|de)|van|tot|toe|de[ \t]+la|de|ten|ter|in[ \t]+['’]t)"
_PARTICLE_TAIL = re.compile(
    rf"[ \t]+(?P<particle>{_PARTICLE})[ \t]+"
    r"(?P<core>[A-Z][a-zà-ÿ]{2,}(?:-[A-Z][a-zà-ÿ]{2,})?)"
    r"(?=[ \t]*(?:[;,:)(—–]|\.(?:[ \t]*\n|\Z)|\n|\Z)|[ \t]+(?:te|uit|en)[ \t])"
    rf"|[ \t]+(?:{_PARTICLE}[ \t]+)?(?P<joined>[A-Z][a-zà-ÿ]{{2,}}-[A-Z][a-zà-ÿ]{{2,}})(?![\w-])"
    # a second family name without a particle that the lists know, ending the entry: "mr. P.F.M. van der Meer Mohr,
    # te Den Haag"
    r"|[ \t]+(?P<bare>[A-Z][a-zà-ÿ]{2,})(?=[ \t]*[;,]|[ \t]+te[ \t])"
)
# a person's name opens with initials or a given name before a capital (shared with ``detect.resolve``)
PERSON_START = re.compile(rf"(?:{INITIALS})[ \t]?\S|[A-Z][a-zà-ÿ]+[ \t]+[A-Z]")
_TITLE_BEFORE = re.compile(rf"(?:{TITLES_RE})[ \t]*\Z")


def _particle_tail(text: str, f: Finding, gazetteer: Gazetteer, lex: RoleLexicon) -> str:
    """The tail of a double surname after a proposed person's name (initials or a given name, or a title
    before it): a particle and a name word ending the entry (" van Troostwijk" of "L.L. Doude van Troostwijk te
    Zaltbommel", " in ’t Veld" of "J.C. Huis in ’t Veld"), or "". The word must be no place, Dutch word, party,
    first name or known non-name ("J. Jansen van Defensie", "P. Smit van Zwolle" end before "van"); after "in 't" a
    family name the lists know."""
    if f.entity != "NAAM" or not re.search(r"[a-zà-ÿ]\Z", f.text):
        return ""
    m = _PARTICLE_TAIL.match(text, f.end)
    if m is None or not (PERSON_START.match(f.text) or _TITLE_BEFORE.search(text, max(0, f.start - 30), f.start)):
        return ""
    whole = m.group("core") or m.group("joined") or m.group("bare")
    if m.group("bare") and not gazetteer.is_surname(whole):
        return ""  # ("P. Smit Zwolle,": only a family name the lists know)
    if m.group().split()[0] == "in":  # "J.C. Huis in ’t Veld": a family name the lists know, also a word or a place
        return text[f.end:m.end()] if gazetteer.is_surname(whole, after_tv=True) and not is_not_name(whole) else ""
    particle = " ".join((m.group("particle") or "").split())  # (the core's: "van den" of " van den Brink")
    # (after a bare "de" a family name the lists know, also a village's: "dr. R. Penning de Vries, te Nijmegen")
    de_surname = particle.split()[:1] == ["de"] and gazetteer.is_surname(whole, after_tv=True)
    if (gazetteer.is_place(whole) or whole.lower() in PLACES) and not de_surname:
        return ""  # "P. de Vries Noord-Holland"
    # (after "van de(n/r)" also a word that is a listed family name: "Mevrouw prof. dr. H. Maassen van den Brink;")
    listed = particle in ("van de", "van den", "van der")
    for core in whole.split("-"):  # "Sloet van Oldruitenborgh-Oosterbaan"
        word = is_dutch_word(core) and not ((listed or de_surname) and gazetteer.is_surname(core))
        place = (gazetteer.is_place(core) or core.lower() in PLACES) and not de_surname
        if (place or word or is_not_name(core)
                or lex.is_party_label(core) or gazetteer.is_first_name(core) or has_noun_suffix(core)):
            return ""
    return text[f.end:m.end()]


def double_surnames(text: str, findings: list[Finding], gazetteer: Gazetteer, lex: RoleLexicon) -> list[Finding]:
    """The proposed names, each extended over the rest of its double surname: left out, "van Troostwijk" of
    "L.L. Doude van Troostwijk" would stay readable. A tail found after one mention is taken by every mention
    that ends in the same word and is followed by it ("de heer A.B. Dull tot Backenhagen begin mei",
    "Dull tot Backenhagen zegt"). Done after the persons are decided, so that grouping sees the names as
    propagation found them; public persons' mentions are not proposed and stay as they are."""
    tails = {f.text.split()[-1]: t for f in findings if (t := _particle_tail(text, f, gazetteer, lex))}
    if not tails:
        return findings
    out: list[Finding] = []
    for f in findings:
        tail = tails.get(f.text.split()[-1], "") if f.entity == "NAAM" else ""
        if tail and text.startswith(tail, f.end) and not re.match(r"\w", text[f.end + len(tail):]):
            f = replace(f, end=f.end + len(tail), text=text[f.start:f.end + len(tail)])
        if out and f.start < out[-1].end:  # within the extended name ("Troostwijk" found on its own)
            last = out[-1]
            out[-1] = replace(last, end=max(last.end, f.end), text=text[last.start:max(last.end, f.end)])
            continue
        out.append(f)
    return out


_SOFT_TAIL = re.compile(r"\u00ad\w+")  # the rest of a word after a soft hyphen: "Wende" + "\u00adlaar"
# the rest of a word an OCR'd line break split at a hyphen and a space: "W. M. Oppe" + "- laar" (never a conjunction:
# "de heer Jansen- en Pietersen")
_SPLIT_REST = re.compile(r"-[ \t]+(?!(?:en|of|tot|t/m)(?![\w/]))[a-zà-ÿ]{2,}(?![\w-])")
# the rest of a word an OCR'd column split at a space alone: "P. J. J. Dek" + " ker"
_SPLIT_SPACE = re.compile(r"[ \t]+([a-zà-ÿ]{1,8})(?![\w'’-])")
_LAST_WORD = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][a-zà-ÿ]+\Z")
# a generation's or a patronymic's abbreviation after the name: "A. J. Binnendijk" + " Jr.", "C. W. van der Pot" +
# " Bzn." (Barendszoon), "C. Roodenburg" + " Jzn."
_GENERATION = re.compile(r"[ \t]+(?:[JjSs]r|[A-Z][a-z]?zn)\.")


def word_tail(original: str, f: Finding) -> Finding:
    """A name that ends at a soft hyphen inside its word takes the rest of that word ("Wende\u00adlaar"), or the
    rest an OCR'd line break split off ("Oppe- laar"), and a generation's or patronymic's abbreviation after it
    ("Jr.", "Bzn.")."""
    if f.entity != "NAAM" or f.end >= len(original):
        return f
    end = f.end
    if m := _SOFT_TAIL.match(original, end) or (re.search(r"[A-Za-zà-ÿ]{2}\Z", f.text)
                                              and _SPLIT_REST.match(original, end)):
        end = m.end()
    if g := _GENERATION.match(original, end):
        end = g.end()
    return f if end == f.end else replace(f, end=end, text=original[f.start:end])


def split_word(text: str, f: Finding, capitals: Callable[[], frozenset[str]]) -> Finding:
    """A name whose last word an OCR'd line break split takes the rest of it: after a hyphen and a space ("M. Zuid" +
    "- weg"), or after a space alone when the whole word is one of ``capitals()`` (the text's capitalised words: "P. J.
    J. Dek" + " ker" where "Dekker" stands elsewhere)."""
    if f.entity != "NAAM" or not (last := _LAST_WORD.search(f.text)):
        return f
    if len(last.group()) >= 2 and (m := _SPLIT_REST.match(text, f.end)):
        return replace(f, end=m.end(), text=text[f.start:m.end()])
    if (m := _SPLIT_SPACE.match(text, f.end)) and last.group() + m.group(1) in capitals():
        return replace(f, end=m.end(), text=text[f.start:m.end()])
    return f
