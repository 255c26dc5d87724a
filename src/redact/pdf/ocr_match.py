"""Names on OCR pages that OCR read a little differently from how the document names the person elsewhere.

``near_matches(findings, text, spans)``: for every person found in the document (a NAAM finding of two
words or more, on any page), the OCR pages' text (``spans``: their ranges in ``text``) is searched for
the same words in the same order where each word equals the name's word, case-insensitively, or differs
by at most one edit (two for words of eight letters or more); hyphens and spaces between the words may
differ (``Dorsman- Vermeulen`` for ``Dorsman-Vermeulen``, ``Jansen`` read as ``Janssn``), and a name
whose spaces OCR lost is found as one word (``GerritdeLange``). The surname
alone (the last word of such a name, five letters or more) is matched the same way. Every match that
no finding covers yet becomes a NAAM finding (``ocr:near-match``).

Guarantees: only OCR text is searched (a born-digital page's text is exact); a word is compared only
with a word of similar length; words of three letters or fewer must be equal up to OCR's usual
confusions (``I``/``l``/``1``, ``0``/``O``). Deterministic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.models import Finding

__all__ = ["edits", "near_matches"]

_WORD = re.compile(r"[^\W\d_][\w'’.]*", re.UNICODE)
_NAME_WORD = re.compile(r"[^\s-]+")


def edits(a: str, b: str, limit: int) -> int:
    """The Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` when it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


_CONFUSED = str.maketrans({"i": "l", "1": "l", "|": "l", "0": "o", "5": "s", "8": "b"})


def _same(word: str, want: str) -> bool:
    w, t = word.lower().strip(".'’"), want.lower().strip(".'’")
    if w == t or (len(w) == len(t) and w.translate(_CONFUSED) == t.translate(_CONFUSED)):
        return True  # OCR's usual confusions: "EI" for "El", "0" for "O"
    if len(t) <= 3 or not w:
        return False
    return edits(w, t, 2 if len(t) >= 8 else 1) <= (2 if len(t) >= 8 else 1)


def near_matches(findings: Sequence[Finding], text: str, spans: Sequence[tuple[int, int]]) -> list[Finding]:
    """``findings`` plus the near matches of their persons on the OCR ``spans`` of ``text`` (see the
    module docstring), sorted by start."""
    names = sorted({f.text for f in findings if f.entity == "NAAM" and len(_NAME_WORD.findall(f.text)) >= 2})
    if not names or not spans:
        return list(findings)
    patterns: set[tuple[str, ...]] = set()
    for n in names:
        name_words = tuple(w.strip(",;:") for w in _NAME_WORD.findall(n))
        patterns.add(name_words)
        if len(name_words[-1]) >= 5 and name_words[-1][0].isupper():
            patterns.add((name_words[-1],))
    covered = sorted((f.start, f.end) for f in findings)
    extra: list[Finding] = []
    for a, b in spans:
        # words without a dot at the end (the end of a sentence; an initial's dot the resolver trims too)
        words = [(m.start(), m.start() + len(m.group().rstrip(".")), m.group().rstrip("."))
                 for m in _WORD.finditer(text, a, b)]
        # split "Dorsman-Vermeulen" into its parts, keeping offsets
        parts: list[tuple[int, int, str]] = []
        for s, _e, w in words:
            pos = s
            for piece in w.split("-"):
                if piece:
                    parts.append((pos, pos + len(piece), piece))
                pos += len(piece) + 1
        # a name whose spaces OCR lost ("GerritdeLange"): one word against the name's words run together
        glued = {"".join(p).lower(): p for p in patterns if len(p) > 1}
        for ws, we, w in words:
            for run in glued:
                if len(run) >= 8 and w[:1].isupper() and edits(w.lower(), run, 1) <= 1 \
                        and not any(cs <= ws and we <= ce for cs, ce in covered):
                    covered.append((ws, we))
                    extra.append(Finding("NAAM", ws, we, 0.6, "OcrNearMatch", text[ws:we], ("ocr:near-match",)))
        for pat in sorted(patterns, key=len, reverse=True):
            k = len(pat)
            for i in range(len(parts) - k + 1):
                window = parts[i : i + k]
                if not all(_same(w, t) for (_s, _e, w), t in zip(window, pat, strict=True)):
                    continue
                if k > 1 and "\n" in text[window[0][0] : window[-1][1]]:
                    continue
                s, e = window[0][0], window[-1][1]
                if k == 1 and not window[0][2][:1].isupper():
                    continue
                if any(cs <= s and e <= ce for cs, ce in covered):
                    continue
                covered.append((s, e))
                extra.append(Finding("NAAM", s, e, 0.6, "OcrNearMatch", text[s:e], ("ocr:near-match",)))
    return sorted([*findings, *extra], key=lambda f: (f.start, f.end))
