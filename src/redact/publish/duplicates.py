"""Duplicate documents in a dossier: identical text, or an e-mail fully quoted in a later one.

``find_duplicates(texts_by_id)`` maps the id of each duplicate to the id of the document that makes it
redundant for review:
- identical text (after normalisation: Unicode NFKC, case folded, punctuation, e-mail quote markers
  ``>`` and whitespace differences ignored): every copy after the first (in the mapping's order) points
  to the first;
- an e-mail (a text with a sender line ``Van:``/``From:`` and a subject line ``Onderwerp:``/``Subject:``
  in its first lines) whose whole body — the text after its first subject line, at least
  ``MIN_BODY_WORDS`` words — appears in another document points to that document (the one that quotes
  it; of several, the longest, then the first).
A target is never itself a duplicate (chains are followed to their end), so the result has no cycles.

Limits: text that differs by a single word (a re-typed copy, a different redaction in each copy) is not
a duplicate; an e-mail quoted only in part is not either. The comparison uses the texts as given: in
``redact publish`` those are the redacted outputs' texts with the printed ground codes left out.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping

MIN_BODY_WORDS = 8
_HEAD_LINES = 15
_WORD = re.compile(r"\w+")
_SENDER = re.compile(r"^\s*(van|from|afzender)\s*:", re.IGNORECASE | re.MULTILINE)
_SUBJECT = re.compile(r"^\s*(onderwerp|subject)\s*:.*$", re.IGNORECASE | re.MULTILINE)


def normalise(text: str) -> str:
    """Words only, case folded, one space between them (punctuation, ``>`` quote markers and layout
    are ignored)."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def text_hash(text: str) -> str:
    return hashlib.sha256(normalise(text).encode()).hexdigest()


def email_body(text: str) -> str | None:
    """The body of an e-mail print (normalised), or None when ``text`` does not look like an e-mail."""
    head = "\n".join(text.splitlines()[:_HEAD_LINES])
    if not _SENDER.search(head):
        return None
    m = _SUBJECT.search(text)
    if m is None or m.start() > len(head):
        return None
    body = normalise(text[m.end():])
    return body if len(body.split()) >= MIN_BODY_WORDS else None


def find_duplicates(texts_by_id: Mapping[str, str]) -> dict[str, str]:
    """``{duplicate id: id of the document it duplicates}`` (see the module's rules)."""
    norm = {i: normalise(t) for i, t in texts_by_id.items()}
    first_by_hash: dict[str, str] = {}
    dup: dict[str, str] = {}
    for i, n in norm.items():
        if not n:
            continue  # an empty text (nothing readable) says nothing about duplication
        h = hashlib.sha256(n.encode()).hexdigest()
        if h in first_by_hash:
            dup[i] = first_by_hash[h]
        else:
            first_by_hash[h] = i
    originals = list(first_by_hash.values())
    padded = {i: f" {norm[i]} " for i in originals}
    for i in originals:
        body = email_body(texts_by_id[i])
        if body is None:
            continue
        needle = f" {body} "
        containers = [j for j in originals if j != i and j not in dup and len(norm[j]) > len(body)
                      and needle in padded[j]]
        if containers:
            dup[i] = max(containers, key=lambda j: (len(norm[j]), -originals.index(j)))
    return {i: _root(i, dup) for i in dup}


def _root(i: str, dup: Mapping[str, str]) -> str:
    seen = {i}
    j = dup[i]
    while j in dup and j not in seen:
        seen.add(j)
        j = dup[j]
    return j
