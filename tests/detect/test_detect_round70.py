"""Held-out round 70 (issue 14): what studying it fixed (names altered) - a council's minutes headed "Notulen
vergadering Raad" whose roll runs on in one line, with another body's delegation as guests; a petitioner in capitals
with his residence; the second part of a double family name; a member moving a motion after the verb; temporary
wethouders appointed in a list; a compound word before "van" and a surname; a photo studio and a shareholders'
meeting."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found, assert_kept


def test_a_flattened_council_roll_under_notulen_vergadering_raad_with_guests() -> None:
    text = ("Notulen vergadering Raad Gehouden op Donderdag d.d. 22 maart om 19.30 uur in het gemeentehuis te "
            "Hoogezand Aanwezig De dames J. de Jongema, G.G. Olthoffma en M.H. Stiekemaa (vanaf 20.15 uur). De heren "
            "F.J. Bakkerma, H.J. Brouwerma, C.D. Djaoedjima en G.A. Zuiderveenma. Afwezig: mevrouw A.M.W. Plaggema "
            "Plv. voorzitter De heer M.L.M. Vermeendma Griffier Mevrouw C.A.M. Bodewesma Wethouders De heren R.E. "
            "Stablerma en H.P. Struikma. Secretaris De heer F.J.G. Wiertzma, gemeentesecretaris. Provincie Groningen "
            "De heren J.G.M. Aldersma (Commissaris der Koningin) en J.R. Vissertje (kabinet Provincie Groningen) "
            "Notuliste Mevrouw W.M. van Zantenma (Mooi Werk) 1 Opening (0:00:00) De VOORZITTER opent de vergadering "
            "om 19.30 uur, heet alle aanwezigen welkom, in het bijzonder de heren Aldersma en Vissertje van de "
            "provincie Groningen.")
    assert_kept(text, "J. de Jongema", "G.G. Olthoffma", "F.J. Bakkerma", "G.A. Zuiderveenma", "A.M.W. Plaggema",
                "M.L.M. Vermeendma", "C.A.M. Bodewesma", "R.E. Stablerma", "J.G.M. Aldersma")
    assert_found(text, "J.R. Vissertje", "W.M. van Zantenma")


def test_a_petitioner_in_capitals_with_his_residence() -> None:
    text = ("Verslagen van de Commissie voor de Verzoekschriften\nVERSLAG OVER HET ADRES VAN P.C. TUINMAN TE "
            "HAAMSTEDE, MET BETREKKING TOT TEVEEL AFGEDRAGEN OMZETBELASTING Vastgesteld 8 september 1988")
    assert_found(text, "P.C. TUINMAN")


def test_the_second_part_of_a_double_family_name() -> None:
    text = ("1. Tot leden van de commissie worden benoemd:\n\na. Prof. dr. F.A. van Vughtma, tevens voorzitter;\n\nd. "
            "Mevrouw prof. dr. H. Maassenma van den Brink;\n\ne. Prof. dr. A.C. Nieuwenhuijzema Krusemanna.     \n"
            "2. De leden van de commissie nemen deel aan de beraadslagingen.")
    assert_found(text, "H. Maassenma van den Brink", "A.C. Nieuwenhuijzema Krusemanna")


def test_a_member_moving_a_motion_after_the_verb() -> None:
    text = ("Raadsvergadering\n\nwoensdag 20 september 2023\n\nLocatie\n\nRaadszaal\n\nVoorzitter\nBurgemeester "
            "R.J. van der Zwaagma\n\nAgendapunt 4. Cultuurhuis. De raad wordt "
            "voorgesteld een aanbestedingskrediet beschikbaar te stellen. Bij dit agendapunt dient mevrouw Kootje van "
            "GroenZwart een motie in met als titel: Mening inwoners betrekken. Mevrouw Kootje licht de motie toe.")
    findings = analyze_text(text)
    assert not [f for f in findings if "GroenZwart" in f.text], [f.text for f in findings]
    assert_kept(text, "Kootje")


def test_temporary_wethouders_appointed_in_a_list() -> None:
    text = ("Tijdelijke wethouders\n\nIn de vergadering werden Paul de Rookma, Joost van Keulenma, Mattias "
            "Gijsbertsma en Roeland van der Schaafma als tijdelijke wethouders benoemd. Namens de inwoners sprak Jan "
            "Pietersma.")
    assert_kept(text, "Paul de Rookma", "Joost van Keulenma", "Mattias Gijsbertsma", "Roeland van der Schaafma")
    assert_found(text, "Jan Pietersma")


def test_a_compound_word_before_van_and_a_surname_is_no_given_name() -> None:
    text = "2. Brief FVD Zeeland van 19 maart 2020 (bijlage) - Wat betekent het Coronaplan van Rutte - 20009377"
    findings = analyze_text(text)
    assert not [f for f in findings if "Coronaplan" in f.text], [f.text for f in findings]


def test_a_photo_studio_and_a_shareholders_meeting_are_no_names() -> None:
    text = ("Installatie wethouders Dronten. Foto: Fotostudio Wierd\n\nIn Dronten zijn donderdagavond de vier "
            "wethouders geïnstalleerd.\n\nBesluitenlijst 21 februari 2023\n • Z23.028078 Buitengewone AVA PZEM 1 "
            "maart 2023. Burgemeester Dijksterhuis. Akkoord.")
    findings = analyze_text(text)
    assert not [f for f in findings if "Wierd" in f.text or "PZEM" in f.text], [f.text for f in findings]
