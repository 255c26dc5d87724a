"""Batch-wide consistency: a person identified in one document is proposed in every document.

Two passes over a batch::

    from redact.detect.consistent import batch_persons

    plans = [api.propose(pdf) for pdf in pdfs]                        # pass 1, as usual
    persons = batch_persons(p.text for plan in plans for p in plan.proposals if p.category == "NAAM")
    plans = [api.propose(pdf, known_persons=persons) for pdf in pdfs]  # pass 2 (or only the
                                                                     # documents whose text contains
                                                                     # one of the surnames)

Pass 1 also collects the identifying names of the public office holders each document names
(``detect.resolve.resolve_persons``); pass 2 gets them as ``known_public``: a person public in one
document counts as public evidence in the others (``publiek:batch``), which makes him public there unless
that document calls him private (then uncertain). ``batch_persons`` keeps only names that identify a
person on their own: a first name or initials
with a surname, or the address-book form (``Jansen, P.``); a surname or first name alone is not
spread across documents (another document may mean another Jansen). In pass 2 the resolver treats
the names as seeds: every variant (surname, ``P. Jansen``, ``Jansen, P.``, capitals, possessive) is
proposed at every occurrence with evidence ``("propagated", "seed:Batch")``; a name that the document
itself names as a public office holder (role word, ``--public-list``) is not proposed there.
Guarantees: pure functions, no personal data logged. Limits: the names are held in memory by the
caller for the length of the batch (they are as confidential as the review files).
"""

from __future__ import annotations

from collections.abc import Iterable

from redact.detect.names import parse_name

_IDENTIFYING = ("full", "initials", "inverted")


def batch_persons(names: Iterable[str]) -> tuple[str, ...]:
    """The distinct, identifying person names among ``names`` (NAAM proposal texts), sorted."""
    out: dict[str, None] = {}
    for raw in names:
        name = " ".join(raw.split())
        parts = parse_name(name)
        if parts is None or parts.form not in _IDENTIFYING or len(parts.surname) < 2:
            continue
        if not (parts.given or parts.initials):
            continue
        out[name] = None
    return tuple(sorted(out))


__all__ = ["batch_persons"]
