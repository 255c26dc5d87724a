"""Names as entries of a register (issue 14, round 31's largest private gap): a name right before ", geboren te/op",
often written surname first with foreign given names that no list holds (naturalisation bills, register extracts,
rulings)."""

from __future__ import annotations

from redact.detect.recognizers.person_registry import RegistryNameRecognizer
from redact.rules import load_rules
from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept

_BILL = ("ONTWERP VAN WET\nArtikel 1. De hoedanigheid van Nederlander wordt bij deze verleend aan: "
         "1 Wozniak, Tadeusz Jerzy, geboren te Krakau (Polen) 3 maart 1921, mijnwerker, wonende te Brunssum, "
         "provincie Limburg; 2 Ferrante, Giuseppina, geboren te Monte Carmelo (Italië) 9 mei 1930, naaister, "
         "wonende te Rotterdam, provincie Zuidholland; 3 Lindqvist, Sven, geb. 12 juni 1911, zonder beroep, "
         "wonende te Ede.\n"
         "De Minister van Justitie,\nY. SCHOLTEN.\n")


def test_the_applicants_of_a_naturalisation_bill_written_surname_first() -> None:
    _found(_BILL, "Wozniak, Tadeusz Jerzy", "Ferrante, Giuseppina", "Lindqvist, Sven")


def test_a_person_identified_by_name_and_birth_date_in_a_ruling() -> None:
    text = ("De rechtbank heeft kennisgenomen van de vordering van de officier van justitie tegen de verdachte "
            "Yerlan Abenov, geboren op 14 februari 1987 te Almaty, zonder vaste woon- of verblijfplaats.\n")
    _found(text, "Yerlan Abenov")


def test_the_places_of_birth_and_the_signing_minister_are_no_entries() -> None:
    _kept(_BILL, "Krakau", "Monte Carmelo", "Brunssum")


def test_a_word_before_the_birth_phrase_that_is_no_name_of_two_words_is_not_reported() -> None:
    # a place or a single word before ", geboren": the recognizer reports only names of two or more words,
    # and only when the name ends right at the comma of the birth phrase
    rec = RegistryNameRecognizer(load_rules())
    text = "Zij woont in Amsterdam, geboren te Haarlem. Haar broer, geboren op 2 mei, woont in Utrecht, geb. 1950.\n"
    assert rec.analyze(text, ["NAAM"]) == []
