"""Verification with many redacted strings sieves pages first: the sieve never drops a needle that
its pattern would find (also for characters that IGNORECASE folds in unusual ways)."""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redact import api
from redact.pdf import verify as verify_mod
from redact.pdf.verify import _needle_pattern, _Sieve, verify
from redact.pipeline.select import boxes_for

# letters whose case-insensitive matches go beyond str.lower(): dotless/dotted i, long s, Kelvin
# sign, micro sign, final sigma, sharp s, Greek and Cyrillic oddities
TRICKY = "iIıİsSſkKKµμΜσςΣßẞθϑΘвᲀВ"
ALPHABET = TRICKY + "abcdeJnvY.-@'0123"
POOL = [chr(c) for c in range(0x20, 0x3000)] + ["K", "ẞ", "ᲀ"]


def _variants(c: str) -> list[str]:
    pat = re.compile(re.escape(c), re.IGNORECASE)
    return [x for x in POOL if pat.fullmatch(x)] or [c]


VARIANTS = {c: _variants(c) for c in ALPHABET}

words = st.text(alphabet=ALPHABET, min_size=1, max_size=6)
needles = st.lists(words, min_size=1, max_size=3).map(" ".join)


@st.composite
def needle_and_text(draw: st.DrawFn) -> tuple[list[str], str]:
    ns = draw(st.lists(needles, min_size=1, max_size=30, unique=True))
    target = draw(st.sampled_from(ns))
    written = "".join(draw(st.sampled_from(VARIANTS[c])) if c != " " else draw(st.sampled_from([" ", "\n", "  "]))
                      for c in target)
    text = draw(st.text(alphabet=ALPHABET + " \n", max_size=20)) + " " + written + " " + draw(
        st.text(alphabet=ALPHABET + " \n", max_size=20))
    return ns, text


@settings(max_examples=400, deadline=None)
@given(needle_and_text())
def test_sieve_keeps_every_needle_its_pattern_finds(case: tuple[list[str], str]) -> None:
    ns, text = case
    patterns = {n: _needle_pattern(n) for n in ns}
    kept = set(_Sieve(patterns).needles(text))
    for n, p in patterns.items():
        if p.search(text):
            assert n in kept, (n, text)


def test_fold_table_groups_what_ignorecase_treats_as_equal() -> None:
    """The sieve's fold table: two characters get the same representative exactly when an IGNORECASE
    pattern of one matches the other (for every pair of the tricky letters and ASCII), and every
    character of the pool matches its own representative."""
    table = verify_mod._fold_table()
    assert table is not None, "this interpreter does not expose the regex engine's case folding"

    def rep(c: str) -> int:
        return table.get(ord(c), ord(c))

    chars = sorted(set(TRICKY + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-@'"))
    for a in chars:
        for b in chars:
            same = re.fullmatch(re.escape(a), b, re.IGNORECASE) is not None
            assert same == (rep(a) == rep(b)), (a, b)
    assert all(re.fullmatch(re.escape(c), chr(rep(c)), re.IGNORECASE) for c in POOL)
    assert rep("ſ") == rep("s") == rep("S") and rep("K") == rep("k") and rep("ı") == rep("i") != rep("j")


@pytest.fixture(scope="module")
def dossier(doc_set: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One document made of all generated ones: many different names, so more than enough needles."""
    out = pymupdf.open()
    for f in sorted(doc_set.glob("*.pdf")):
        with pymupdf.open(f) as doc:
            out.insert_pdf(doc)
    path = tmp_path_factory.mktemp("dossier") / "dossier.pdf"
    out.save(path)
    return path


def test_sieved_and_plain_verification_agree(dossier: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = api.propose(dossier)
    boxes = boxes_for(plan.proposals)
    assert len({b.text for b in boxes}) > verify_mod._MANY_NEEDLES
    with pymupdf.open(dossier) as unburnt:  # every page leaks
        sieved = verify(unburnt, plan.pages, boxes)
        monkeypatch.setattr(verify_mod, "_MANY_NEEDLES", 10**9)
        plain = verify(unburnt, plan.pages, boxes)
    assert sieved == plain and sieved.leaks


def test_fold_fast_path_set_matches_a_scan_of_every_code_point() -> None:
    """``fold`` uses ``str.lower`` unless a text holds one of ``_not_lower``'s characters; that set is
    computed from the characters the regex engine lower-cases only, which must give exactly the
    characters a scan of every code point finds."""
    import sys

    from redact.detect import textnorm

    table = textnorm.fold_table()
    assert table is not None
    odd = textnorm._not_lower()
    assert odd is not None
    scanned = [c for c in range(sys.maxunicode + 1) if chr(c).lower() != chr(table.get(c, c))]
    assert scanned, "the scan found nothing: the test would prove nothing"
    assert [c for c in range(sys.maxunicode + 1) if odd.match(chr(c))] == scanned
