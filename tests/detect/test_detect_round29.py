"""Held-out round 29 (issue 14): what studying it fixed - a water board's "Dagelijks/Algemeen Bestuurslid", an OCR'd
"SECRETARIS;" label, a member excused by the chair, the secretaris of a B&W meeting, a video index whose speakers carry
local parties' labels, an abbreviated deputy secretary-general, a second family name before a bracket, "a.i." after
an office, and strays: a foundation named after a saint, rivers, a zoning plan and a children's farm named like a
person."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept
from tests.detect.util import texts


def test_a_water_boards_board_members() -> None:
    text = ("Verslag AB vergadering Waterschap Vallei & Eem 27-11-2008.\n\nHet Algemeen Bestuur van het waterschap "
            "heeft de begroting vastgesteld. Dagelijks Bestuurslid Wim Huijsman uit Bunschoten lichtte toe dat de"
            " stijging uit loonkosten voortkomt. Voor Algemeen Bestuurslid Jaap van Gentel uit Soest was dat "
            "reden om het Dagelijks Bestuur te vragen naar de gevolgen van een fusie.\n")
    _kept(text, "Wim Huijsman", "Jaap van Gentel")


def test_an_associations_board_member_stays_uncertain() -> None:
    text = "Jaarvergadering van de tennisvereniging. Algemeen bestuurslid Jaap van Gentel licht de begroting toe."
    _found(text, "Jaap van Gentel")


def test_the_secretaris_of_old_council_minutes_with_an_ocr_semicolon() -> None:
    text = ("NOTULEN van het verhandelde in de openbare vergadering van de raad der gemeente Soest op donderdag "
            "17 april 1958, te 19.15 uur. VOORZITTER; de loco-burgemeester, de heer W.G. van Zadelhof, wethouder."
            " SECRETARIS; de heer J.J.M. Restel. Tegenwoordig de leden; C. van Andel, J. van den Arend, A. "
            "Brouwer. De VOORZITTER opent de vergadering. De VOORZITTER deelt verder mede, dat ook de heer "
            "Dorrestein bericht van verhindering heeft gezon den. De notulen worden onveranderd goedgekeurd.\n")
    _kept(text, "J.J.M. Restel", "Dorrestein")


def test_the_secretaris_of_a_college_meeting_is_the_gemeentesecretaris() -> None:
    text = ("Besluitenlijst B&W 1 juli 2025\nAanwezig: Burgemeester Dijksterman, wethouders Weststrate en Witkamp\n"
            "Secretaris: Janssens\nOpening\nHet college stelt de besluitenlijst vast.\n")
    _kept(text, "Janssens")


def test_a_video_index_with_local_party_labels() -> None:
    text = ("Gemeenteraad\n\ndonderdag 2 november 2023\n\nVoorzitter\nMonique de Boer-Beek\n\nAgendapunten\n\n"
            "  00:03:22 - 00:03:52 - M. de Boer-Beek, burgemeester\n"
            "  00:03:52 - 00:05:29 - Ruud Wolterink, RL!\n"
            "  00:05:29 - 00:05:33 - M. de Boer-Beek, burgemeester\n"
            "  00:05:40 - 00:06:54 - Roland Slangenburg, Wethouder\n"
            "  00:06:54 - 00:07:06 - M. de Boer-Beek, burgemeester\n"
            "  00:07:06 - 00:10:32 - Henk v.d. Lindenberg, OR\n"
            "  00:10:32 - 00:10:45 - M. de Boer-Beek, burgemeester\n"
            "  00:10:45 - 00:12:46 - Mieke Schotman, PvdA/GrLinks\n"
            "  00:12:46 - 00:12:51 - M. de Boer-Beek, burgemeester\n"
            "  00:12:51 - 00:13:30 - Kees Buitenhuis, Inspreker\n"
            "  00:13:30 - 00:13:59 - M. de Boer-Beek, burgemeester\n\n"
            "Voorgesteld besluit: de agenda vast te stellen.\n")
    _kept(text, "Ruud Wolterink", "Henk v.d. Lindenberg", "Mieke Schotman")
    _found(text, "Kees Buitenhuis")


def test_top_officials_in_a_decree() -> None:
    text = ("Artikel 1\n\nDe commissie bestaat uit:\n\n"
            "mw. drs. E. J. Mulderink Houwer (Directeur-Generaal van de Arbeid; Sociale Zaken en Werkgelegenheid)\n\n"
            "mw. dr. B. E. C. Pleschman (plv. Secretaris-Generaal van het Ministerie van Binnenlandse Zaken)\n\n"
            "drs. T. van de Graafland (Raadadviseur van de Minister-President; Algemene Zaken)\n")
    _kept(text, "E. J. Mulderink Houwer", "B. E. C. Pleschman")
    _found(text, "T. van de Graafland")


def test_a_second_family_name_before_a_bracket_is_part_of_the_name() -> None:
    _found("De projectgroep: mw. drs. E. J. Mulderink Houwer (beleidsmedewerker) en anderen.", "E. J. Mulderink Houwer")


def test_an_office_held_ad_interim() -> None:
    _kept("Er zijn toespraken: burgemeester Piet Bruinsma (Alkmaar) en raadsvoorzitter a.i. Stefan Braun voeren het "
          "woord.", "Stefan Braun")


def test_strays_of_round_29() -> None:
    for text in ("Uitspraak op het hoger beroep van: de stichting Aloysius Stichting Onderwijs Jeugdzorg, gevestigd te "
                 "Voorhout. Het onverschuldigd betaalde van Aloysius is teruggevorderd.",
                 "Het project Meanderende Maas heeft twee omgevingsmanagers. Waterschap Aa en Maas werkt mee.",
                 "8. Foaruntwerp bestimmingsplan De Steens Wethâlder Keizer: Der wie wat betizing.",
                 "De heer Eijer doet een ordevoorstel om agendapunt 8 ‘Zorg- Kinderboerderij Ten Woude’ van de agenda "
                 "te halen."):
        names = texts(analyze_text(text), "NAAM")
        assert not [n for n in names if n not in ("Keizer", "Eijer")], (text, names)
    _found("Ik sprak met mevrouw Maas over de dijk.", "Maas")  # a river's name with a cue is still a person


def test_the_adviser_of_a_decision_list_item_is_found() -> None:
    text = ("Besluitenlijst B&W 2 mei 2024\n\n1. Subsidie dorpshuis\nAdviseur: Grim\nBesluit: conform advies.\n\n"
            "2. Parkeren centrum\nBeleidsmedewerker: mw. A. de Wit\nBesluit: aangehouden.\n")
    _found(text, "Grim", "A. de Wit")


def test_a_page_of_frisian_council_minutes_without_its_heading() -> None:
    # the labels of the wethouders say whose record it is; the members speak under their surname alone, under
    # "Mefrou"/"De hear" with a local party's tag, or vote and take their seat again
    text = ("Hemstra: As it amendemint oannommen wurdt, dan is it kolleezje hâlden oan de prosedueres. Van der Molen:"
            " Slút him by de lêste suggestje oan. De foarsitter: Bringt it foarstel yn stimming. Mei de "
            "stimferklearring fan de hear Tjoelker, dat er tsjin it foarstel is. De hear De Boer nimt syn plak wer "
            "yn. Mefrou Veenstra: De VVD is bliid mei it rapport. De hear Okkema (GBL): Wy stimme yn. Wethâlder "
            "Van den Akker: Yn it miljeujierferslach sil de evaluaasje in plak hawwe. Wethalder Sikma: In tal "
            "plannen komme dit jier noch oan bod. De foarsitter: Sûnder persoanlike stimming wurdt der besletten.")
    _kept(text, "Hemstra", "Van der Molen", "Tjoelker", "De Boer", "Veenstra", "Okkema", "Van den Akker", "Sikma")


def test_a_members_vote_explained_and_his_seat_taken_again() -> None:
    text = ("Notulen van de vergadering van de gemeenteraad. De voorzitter brengt het voorstel in stemming. Het "
            "voorstel wordt verworpen met de stemverklaring van de heer Tjoelker, dat hij tegen is. De heer "
            "Pietersma neemt zijn plaats weer in.")
    _kept(text, "Tjoelker", "Pietersma")


def test_surname_labels_without_a_wethouder_labelled_are_no_speakers() -> None:
    # a sounding board of residents: its members speak by surname, but no wethouder is given the floor by a label
    text = ("Verslag klankbordgroep Centrumplan, 3 maart 2024.\nAanwezig: mevrouw J. Hemstra, de heer P. Tjoelker.\n"
            "Hemstra: De speeltuin moet worden opgeknapt. Tjoelker: Daar is geen geld voor. De voorzitter: We komen "
            "erop terug.")
    _found(text, "Hemstra", "Tjoelker")
