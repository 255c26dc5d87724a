"""Ordinary words are not names (issue 14, item 5): the Dutch word list, labels, programme and project
names, English titles, places; OCR guesses on a map; names with a cue stay proposed."""

from __future__ import annotations

import logging

import pytest

from redact.detect import wordlist
from redact.detect.engine import Detector
from redact.detect.ordinary import graphics_page, ocr_noise
from redact.models import Finding, PageText, Rect
from tests.detect.util import fully_covered, untouched

needs_wordlist = pytest.mark.skipif(wordlist.wordlist_path() is None, reason="Debian hunspell-nl not installed")


@needs_wordlist
@pytest.mark.parametrize("text, word", [
    ("Dit past binnen het programma Koers / Sprong over het IJ en de planning.", "Sprong"),
    ("Voor de locatie: Damrak 51 Correct) niet correct", "Correct"),
    ("Datum\nBehandeld door\nDoorkiesnummer\nFaxnummer\nOns kenmerk", "Doorkiesnummer"),
    ("De burgemeester van Amsterdam,\nnamens deze,\n\nmedewerker Vergunningen", "Vergunningen"),
    ("bedrijfswoningen Tolhuistuin, Willem-III-sluis is nodig", "Willem"),
    ("uitgevoerd door het Utrecht Centre for European Research into \nFamily Law (UCERF). Het rapport", "Law"),
    ("draagmoeders vooral in Griekenland, India, de Oekraïne en de Verenigde Staten", "India"),
    ("Zes graden: Ridder Grootkruis, Grootofficier, Commandeur, Officier, Ridder en Lid.", "Ridder"),
    ("Beste Raadsleden,\n\nMet verbazing las ik het bericht.", "Raadsleden"),
    ("van horecabedrijf: Restaurant Dana Correct) niet", "Dana"),
    ("Op 26 augustus ontvingen wij van Schreiber Groene Dienstverlening uw melding.", "Schreiber"),
    ("Datum\nBehandeld door\nVergunningen Gebruik\nDoorkiesnummer\n14 020", "Vergunningen Gebruik"),
])
def test_ordinary_words_are_not_proposed(detector: Detector, text: str, word: str) -> None:
    assert untouched(text, detector.analyze(text), word)


@pytest.mark.parametrize("text, name", [
    ("Contactpersoon: mevrouw Groen\nTelefoon 070-1234567", "Groen"),
    ("Het echtpaar Menno Kuiper en Bart Groen kreeg een lintje.", "Bart Groen"),
    ("Bakker vraagt of de notitie klaar is.", "Bakker"),
    ("contact opnemen met John van den Hof, de kabinetschef van de burgemeester", "John van den Hof"),
    ("Behandeld door\nKoen Zwart\nDoorkiesnummer", "Koen Zwart"),
    ("Verslaglegging: mevrouw Van de Belt (Notuleerservice Nederland)", "Van de Belt"),
    # a given name no list knows, with the initial of the person's initialled mention
    ("Aanvrager: G. Korkis\n\nStaat Ghassan Korkis onder curatele: Nee", "Ghassan Korkis"),
])
def test_names_with_a_cue_stay_proposed(detector: Detector, text: str, name: str) -> None:
    assert fully_covered(text, detector.analyze(text), name)


def test_without_a_word_list_detection_warns_and_goes_on(monkeypatch: pytest.MonkeyPatch,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("REDACT_WORDLIST", "/nonexistent/nl.dic")
    monkeypatch.setattr(wordlist, "_CANDIDATES", ())
    monkeypatch.setattr(wordlist, "_warned", False)
    with caplog.at_level(logging.WARNING):
        assert wordlist.load_words() is None
        assert wordlist.is_dutch_word("Sprong") is False
    assert "hunspell-nl" in caplog.text


@needs_wordlist
@pytest.mark.parametrize("word, dutch", [
    ("Partij", True), ("bijlagen", True), ("Vrijdag", True), ("Doorkiesnummer", True),  # "ij" is "ĳ" in the list
    ("Ghassan", False), ("Korkis", False), ("Rijkswaterstaat", False),
])
def test_word_list_reads_the_ij_ligature(word: str, dutch: bool) -> None:
    assert wordlist.is_dutch_word(word) is dutch


def _ocr_page(text: str, conf: float) -> PageText:
    return PageText(0, text, tuple(Rect(0, 0, 1, 1) for _ in text), tuple(0 for _ in text), ((1.0, 0.0),),
                    100, 100, ocr=True, word_conf=tuple(conf for _ in text))


def test_ocr_guesses_on_a_map_are_dropped() -> None:
    noise = " ".join(["Ë", "5", "g", "Íheg", "Zj", "8", "X", "Ed", "%", "$", "©", "S", "ä"] * 4)
    page = _ocr_page(noise + " Rietschot-oost Ger Steenhaarplassen", 90.0)
    assert graphics_page(page)
    ed = noise.index("Ed")
    f = Finding("NAAM", ed, ed + 2, 0.6, "GazetteerNameRecognizer", "Ed",
                ("gazetteer:first-name", "casing:mid-sentence"))
    labelled = Finding("NAAM", ed, ed + 2, 0.8, "LabelNameRecognizer", "Ed", ("context:Contactpersoon",))
    assert ocr_noise([f, labelled], lambda _: page, {0}, [0]) == [labelled]


def test_low_confidence_lone_name_on_an_ocr_page_is_dropped() -> None:
    text = "De aanvraag van Piet is ontvangen en wordt door het team behandeld in de komende weken."
    s = text.index("Piet")
    f = Finding("NAAM", s, s + 4, 0.6, "GazetteerNameRecognizer", "Piet", ("gazetteer:first-name",))
    assert ocr_noise([f], lambda _: _ocr_page(text, 40.0), {0}, [0]) == []
    assert ocr_noise([f], lambda _: _ocr_page(text, 95.0), {0}, [0]) == [f]
