"""Held-out round 41 (issue 14): what studying it fixed - a Kamer committee's composition in its report's footnote
("Samenstelling: Koning, Dragstra, …"), a petitioner in capitals before "TE 'S-GRAVENHAGE", the Eerste Kamer's roll
ending at the chair's formula on the same line, the Hoge Raad's bench ("Dit arrest is op … vastgesteld door …"), a
chair's name with and without its umlaut as one person, a place after ", te" in a decree's list, and a double
surname whose hyphen a Markdown conversion escaped ("Nieuwstad\\-van Zundert")."""

from __future__ import annotations

from redact import analyze_text
from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept


def test_a_kamer_committees_composition() -> None:
    text = ("Tweede Kamer der Staten-Generaal\n2\nZitting 1976-1977\n14118\nVerslagen van de Commissie voor de "
            "Verzoekschriften\nNr.79\n1 Dit adres en de stukken liggen op de griffie van de Commissie voor de "
            "Verzoekschriften ter inzage voor de leden. 2 Samenstelling: Koninga, Dragstrand, Van Heel-Kastelein, "
            "Langedijk-de Jongh, Worrells, Molleman, Tilanus en Geurtsema.\nVERSLAG OVER HET ADRES1 VAN L.E. VAN "
            "ROOIJEN TE APELDOORN EN A. J. ALBARDAS TE 'S-GRAVENHAGE MET BETREKKING TOT PENSIOENAANSPRAKEN.\n")
    _kept(text, "Van Heel-Kastelein", "Langedijk-de Jongh", "Molleman", "Geurtsema")
    _found(text, "A. J. ALBARDAS", "L.E. VAN ROOIJEN")
    # a decree's heading "Samenstelling" of a minister's committee names no members of the Kamer
    decree = ("Artikel 3. Samenstelling\nDe commissie bestaat uit: mr. P. Jansema, voorzitter, en drs. K. de "
              "Vriesland.\n")
    _found(decree, "P. Jansema", "K. de Vriesland")


def test_the_roll_ends_at_the_chairs_formula_on_its_line() -> None:
    text = ("EERSTE KAMER\nVergadering van dinsdag 22 juli 1959\nVoorzitter: de heer Jonkman\nTegenwoordig zijn 52 "
            "leden, te weten: de heren Anemaat, Regoutte, Koopsma en Van Bruggema, en mevrouw Schouwenaar.\nDe notulen "
            "worden goedgekeurd. De Voorzitter: Ik deel aan de Kamer mede: A. dat zijn ingekomen: 1°. de volgende "
            "ontwerpen van wet: Naturalisatie van J. H. Jakobsma en 21 anderen (5427); Naturalisatie van M. C. Hilling "
            "en 24 anderen (5448).\n")
    _kept(text, "Anemaat", "Koopsma")
    _found(text, "J. H. Jakobsma", "M. C. Hilling")


def test_the_hoge_raads_bench() -> None:
    text = ("5. Beslissing De Hoge Raad verwerpt het beroep.\nDit arrest is op 17 januari 1996 vastgesteld door de "
            "vice-president Stoffers als voorzitter, en de raadsheren Urlingsma, Zuurmonde, Herrmanns en C.H.M. "
            "Janssens, in tegenwoordigheid van de waarnemend griffier Reijngouda, en op die datum in het openbaar "
            "uitgesproken.\n")
    _kept(text, "Urlingsma", "Zuurmonde", "C.H.M. Janssens")


def test_a_chair_with_and_without_her_umlaut() -> None:
    text = ("Gemeenteraad\n\ndinsdag 26 september 2023\n\nVoorzitter\nmevrouw D.H. Schmalschläger\n\nUitzending\n\n"
            "Agendapunten\n\n 1. 1\n\n  Opening. De voorzitter meldt berichten van verhindering van de raadsleden de "
            "heer M. Wagemans (fractie Ronduit Open).\n\n  00:00:03 - 00:00:33 - Desiree Schmalschlager\n")
    _kept(text, "Desiree Schmalschlager", "D.H. Schmalschläger")


def test_a_place_after_te_in_a_decrees_list() -> None:
    text = ("Tot lid worden benoemd:\n\nc. de heer dr. T. Buhlman, te Roskilde, Denemarken;\n\ne. de heer prof. dr. "
            "M. Kühne, te Oldenburg, Duitsland;\n")
    found = {f.text for f in analyze_text(text) if f.entity == "NAAM"}
    assert "Oldenburg" not in found and "M. Kühne" in found


def test_a_double_surname_with_an_escaped_hyphen() -> None:
    text = ("| Mevr. M.H.J. Nieuwstadt\\-van Zundertman | W.A. Scholtenlaan 114 | 6865 VZ, Doorwerth |\n"
            "| Dhr. J.M.W. Pfeiffers en mevr. R.H. Pfeiffers\\-Huizengar | W.A. Scholtenlaan 116 |\n")
    _found(text, "M.H.J. Nieuwstadt\\-van Zundertman", "R.H. Pfeiffers\\-Huizengar")
