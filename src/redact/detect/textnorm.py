"""Text normalisation that keeps every offset: one character in, one character out.

PDF text layers often contain no-break spaces (U+00A0) and other horizontal space characters
between the words of a name ("Aya\\u00a0van\\u00a0de\\u00a0Greef"). The recognizers and the resolver
work on ``normalize(text)``, in which those are plain spaces; findings always quote the original
text (``Finding.text == text[start:end]`` of the caller's text).
"""

from __future__ import annotations

_HORIZONTAL_SPACES = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
_TABLE = dict.fromkeys(map(ord, _HORIZONTAL_SPACES), " ")


def normalize(text: str) -> str:
    """``text`` with every horizontal Unicode space replaced by " " (same length, same offsets)."""
    return text.translate(_TABLE)
