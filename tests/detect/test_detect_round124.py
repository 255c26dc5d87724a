"""Held-out round 124 (issue 14; names altered): the old spelling "den Hoogen Raad van Adel" at a line's start, "R.K."
(roman catholic) before a drum band, and a council's roll with a blank line after "Aanwezig:", its chair and its
loco-raadsgriffier, in minutes whose question hour numbers the questions "Vraag 1:"."""

from __future__ import annotations

from redact.api import analyze_text
from redact.detect.genre import genre_of
from tests.detect.util import assert_found, assert_kept


def test_the_old_spelling_of_a_high_council_is_no_name() -> None:
    text = ("Wij WILLEM, bij de gratie Gods, Koning der Nederlanden, Op de voordragt van den Hoogen Raad van Adel, "
            "Hebben goedgevonden en verstaan:\nDen Hoogen Raad van Adel voornoemd te magtigen, zoo als dezelve "
            "gemagtigd wordt, het fonds te beheren.\nDe thesaurier van den Hoogen Raad, de heer Jansen, ontvangt.")
    assert not [f.text for f in analyze_text(text) if "Hoogen" in f.text]
    assert_found(text, "Jansen")


def test_rk_before_a_drum_band_is_no_initials() -> None:
    text = ("De drumband werd opgericht op 15 juli 1953 als R.K. Drumband Maasbree. Oprichter was Jan de Vries. "
            "Aanwezig: R.K. Jansen en P. Visser.")
    assert not [f.text for f in analyze_text(text) if "Drumband" in f.text]
    assert_found(text, "R.K. Jansen", "Jan de Vries")


def test_a_councils_roll_after_a_blank_line_with_its_chair_and_loco_raadsgriffier() -> None:
    text = ("Aanwezig:\n\nJ.H.H. de Vries (voorzitter) en de heer B.A. de Groot (loco-raadsgriffier)\nen de leden:\n\n"
            "mevr. F.M.J. van Dijk, A.S. Bakker, P. Jansen, B. Visser en G. Smit\n\n \n\nAfwezig: F. Mulder\n\n"
            "I   Opening\n\n \n\nII  Vragenhalfuur (zie artikel 39 Reglement van Orde voor de Gemeenteraad)\n\n"
            "Vraag 1:  René Peters (GroenLinks) over de burgerluchthaven\n\nNamens de fractie stel ik het College, "
            "i.c. wethouder Helder, de volgende vragen:\n\nVraag 2:  Kees Hendriks (SP) over het zwembad\n")
    assert genre_of(text) == "notulen"
    assert_kept(text, "J.H.H. de Vries", "B.A. de Groot", "F. Mulder")
