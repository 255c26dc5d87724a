"""Held-out round 81 (issue 14): what studying it fixed (names altered) - a party's seats by "zitten in de raad", also
bulleted; the first of a pair that "treden namens X toe"; a report adopted on "den 5den September 1939"; the heading
of a point "Ad IIum." (OCR: "Ad lum."); a place that stands with a known one after "in"."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found, assert_kept


def test_a_partys_seats_by_zitten_in_de_raad_bulleted() -> None:
    text = ("Voor PGB zitten in de raad:\n\n • Carlo van Eschma, ook de fractievoorzitter van PGB;\n • Roel van den "
            "Bersselaarma\n • Marieke Moormanma\n\nIn de tuin zitten vaak Jan Jansma en Piet Bakkersma.")
    assert_kept(text, "Carlo van Eschma", "Roel van den Bersselaarma", "Marieke Moormanma")
    assert_found(text, "Jan Jansma", "Piet Bakkersma")


def test_the_first_of_a_pair_that_joins_for_a_party() -> None:
    text = ("Frank Rijkaartma en Mariëtte van Leeuwenma treden namens BBB toe tot het college. Jan Jansma en Piet "
            "Bakkersma treden toe tot de club.")
    assert_kept(text, "Frank Rijkaartma", "Mariëtte van Leeuwenma")
    assert_found(text, "Jan Jansma", "Piet Bakkersma")


def test_a_report_adopted_on_an_ordinal_with_den() -> None:
    text = ("Ad IVum.\nDe inhoud van dit wetsontwerp gaf geenerlei aanleiding tot opmerkingen.\n"
            "Aldus vastgesteld den 5den September 1939.\nVAN CITTERS.\nJANSSEN.\nVIJLBRIEF.\nBARGE.\n"
            "Handelingen der Staten-Generaal.\nDe adressant JANSEN vroeg pensioen.")
    assert_kept(text, "JANSSEN", "VIJLBRIEF")
    assert_found(text, "JANSEN")


def test_the_heading_of_a_point_by_its_latin_ordinal_is_no_name() -> None:
    text = ("Ad lum.\nEr werd op aangedrongen, dat geene schade zou worden toegebracht.\nAd Iïum. Gelet op de "
            "beteekenis werd in overweging gegeven.\nAd TVum.\nEnkele leden meenden dit.\nAd Mum. Enkele leden "
            "spraken de hoop uit.\nDe heer Jan Bakker sprak.")
    assert [text[f.start:f.end] for f in analyze_text(text) if f.entity == "NAAM"] == ["Jan Bakker"]


def test_a_place_beside_a_known_place_after_in_is_no_name() -> None:
    text = ("Zo is hij gemeenteraadslid geweest in Overbetuwe en Langedijk, en wethouder in Langedijk en "
            "Heerhugowaard. Hij sprak met Piet Bakker.")
    assert [text[f.start:f.end] for f in analyze_text(text) if f.entity == "NAAM"] == ["Piet Bakker"]
