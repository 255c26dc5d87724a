"""Better OCR where it matters (issue 15): dirt removed before reading, dirt cut from words, initials read as
digits, and the document's persons found where OCR read them a little differently."""

from __future__ import annotations

import pymupdf
import pytest

from redact.models import Finding, OcrWord, Rect
from redact.pdf.ocr import _clean, _initials, despeckle
from redact.pdf.ocr_match import edits, near_matches


def test_despeckle_removes_dirt_and_keeps_strokes() -> None:
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 40, 40), False)
    pix.set_rect(pix.irect, (255,))
    pix.set_pixel(5, 5, (0,))  # a speck
    for x in range(20, 24):  # the dot of an i: 4 x 4
        for y in range(20, 24):
            pix.set_pixel(x, y, (0,))
    out = despeckle(pix)
    assert out.pixel(5, 5)[0] == 255 and out.pixel(21, 21)[0] == 0


@pytest.mark.parametrize("dpi", [300, 150])
def test_despeckle_counts_every_neighbourhood_exactly(dpi: int) -> None:
    """The separable 8-bit sums give the same count as a plain 5 x 5 window, edges included."""
    import numpy as np

    rng = np.random.default_rng(7)
    h, w = 23, 31
    img = np.where(rng.random((h, w)) < 0.3, 0, 255).astype(np.uint8)
    pix = pymupdf.Pixmap(pymupdf.csGRAY, w, h, img.tobytes(), False)
    dark = np.pad(img < 128, 2)
    limit = max(1, round(5 * min(1.0, dpi / 300) ** 2))
    expected = img.copy()
    for y in range(h):
        for x in range(w):
            if img[y, x] < 128 and dark[y:y + 5, x:x + 5].sum() <= limit:
                expected[y, x] = 255
    out = despeckle(pix, dpi)
    assert np.frombuffer(out.samples, dtype=np.uint8).reshape(h, w).tolist() == expected.tolist()


@pytest.mark.parametrize(("word", "conf", "expected"), [
    ("__T.", 80.0, ("T.", 2, 0)), ("Meeres|", 90.0, ("Meeres", 0, 1)), ("_", 20.0, ("", 1, 0)),
    ("--", 30.0, ("", 0, 0)), ("-", 95.0, ("-", 0, 0)), ("Jansen", 95.0, ("Jansen", 0, 0)),
])
def test_clean(word: str, conf: float, expected: tuple[str, int, int]) -> None:
    assert _clean(word, conf) == expected


def _w(text: str, line: int = 1) -> OcrWord:
    return OcrWord(text, Rect(0, 0, 1, 1), 90.0, 1, (1, 1, line))


def test_an_initial_read_as_a_digit() -> None:
    words = [_w("Contactpersoon:"), _w("1."), _w("de"), _w("Kale"), _w("1.", 2), _w("Inleiding", 2)]
    assert [w.text for w in _initials(words)] == ["Contactpersoon:", "I.", "de", "Kale", "1.", "Inleiding"]
    numbered = [_w("stap"), _w("1."), _w("is")]
    assert [w.text for w in _initials(numbered)] == ["stap", "1.", "is"]


def test_edits() -> None:
    assert edits("janssn", "jansen", 1) == 1 and edits("jansen", "bakker", 1) == 2


def _f(text: str, name: str) -> Finding:
    s = text.index(name)
    return Finding("NAAM", s, s + len(name), 0.8, "T", name)


@pytest.mark.parametrize(("ocr", "found"), [
    ("Groet, Guusje Dorsman- Vermeulen", "Guusje Dorsman- Vermeulen"),  # a space after the hyphen
    ("bij Rachid EI Idrissi.", "Rachid EI Idrissi"),  # "EI" for "El"
    ("GerritdeLange jurist", "GerritdeLange"),  # the spaces lost
    ("Vermeulem licht toe", "Vermeulem"),  # the surname alone, one letter off
])
def test_near_matches_on_ocr_pages(ocr: str, found: str) -> None:
    persons = "Van: Guusje Dorsman-Vermeulen, Rachid El Idrissi en Gerrit de Lange\n\n"
    text = persons + ocr
    findings = [_f(text, n) for n in ("Guusje Dorsman-Vermeulen", "Rachid El Idrissi", "Gerrit de Lange")]
    extra = [f for f in near_matches(findings, text, [(len(persons), len(text))]) if f.recognizer == "OcrNearMatch"]
    assert [f.text for f in extra] == [found]


@pytest.mark.parametrize("ocr", [
    "De vermeulen is een woord",  # lower case: a word, not the surname
    "Rachid en Idris",  # other words in between, and the surname too far off
    "Gerrit Langeveld",  # another surname
    "Verdeling",  # too far off
])
def test_near_match_misses(ocr: str) -> None:
    persons = "Van: Guusje Dorsman-Vermeulen, Rachid El Idrissi en Gerrit de Lange\n\n"
    text = persons + ocr
    findings = [_f(text, n) for n in ("Guusje Dorsman-Vermeulen", "Rachid El Idrissi", "Gerrit de Lange")]
    extra = [f for f in near_matches(findings, text, [(len(persons), len(text))]) if f.recognizer == "OcrNearMatch"]
    assert extra == []


def test_only_ocr_text_is_searched() -> None:
    text = "Van: Gerrit de Lange\n\nGerrit de Lamge belde"
    findings = [_f(text, "Gerrit de Lange")]
    assert near_matches(findings, text, []) == findings


def test_letters_beyond_latin1_keep_their_base_letter() -> None:
    from redact.pdf.ocr import _latin1

    assert _latin1("Durmuş") == "Durmus" and _latin1("Łukasz") == "Lukasz" and _latin1("Ğül") == "Gül"
    assert _latin1("☃") == "?"
