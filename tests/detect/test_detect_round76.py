"""Held-out round 76 (issue 14): what studying it fixed (names altered) - a council information system's page titled
"Raad"; a place as the family name after a form of address; "werd als nieuw raadslid geïnstalleerd"; "van de grootste
partij, X"; a photo's credit in brackets; a local party's name as a partner's tag; the members of another college."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found, assert_kept


def test_a_council_page_titled_raad_joins_its_speakers_index() -> None:
    text = ("Ga naar de inhoud van deze pagina\nVorige pagina\n\nRaad\n\nwoensdag 27 september 2023\n\n"
            "Agendapunten\n\n 1. 3\n\n  Raadsleden kunnen actuele vragen stellen.\n\n  Dhr. Meijerma (LBE) - "
            "Energiehuis\n  Dhr. Hartliefma (LBE) - Jeugdzorg\n  Mw. Wassenaar (PvdA) - Slootmaaisel\n  Mw. Wassenaar "
            "(PvdA) - Studietoeslag\n\n 2. 4\n\n  00:22:38 - 00:23:13 - M.W. Meijerma\n  00:24:06 - 00:24:59 - E. "
            "Wassenaar\n")
    assert_kept(text, "M.W. Meijerma", "E. Wassenaar")


def test_a_place_is_a_family_name_after_a_form_of_address() -> None:
    text = "Dhr. Wassenaar zegt iets over de begroting. Het college van Wassenaar besluit."
    findings = analyze_text(text)
    assert [(f.start, f.text) for f in findings if f.entity == "NAAM"] == [(5, "Wassenaar")], findings


def test_installed_as_a_new_member() -> None:
    text = ("En Henriëtte Exterkatema werd als nieuw CDA-raadslid geïnstalleerd. Piet Bakkersma werd als inspreker "
            "gehoord.")
    assert_kept(text, "Henriëtte Exterkatema")
    assert_found(text, "Piet Bakkersma")


def test_the_largest_party_named_after_a_comma_and_a_photo_credit() -> None:
    text = ("Jean-Paul Hagemanma (foto: Omroep Zeeland) Jean-Paul Hagemanma van de grootste partij, Algemeen Belang "
            "Groot Hulst (ABGH), vormt een nieuw college met CDA, VVD en PvdA. Piet Bakkersma van de grootste partij, "
            "een feestje.")
    assert_kept(text, "Jean-Paul Hagemanma")
    assert_found(text, "Piet Bakkersma")


def test_a_local_partys_name_as_the_partners_tag() -> None:
    text = ("Hans Wijnantsma (VVD) en Wiemer Haagsmama (Politieke Unie) zijn gebleven. Jan Jansma (VVD) en Piet "
            "Bakkersma (Stichting Natuur) spraken.")
    assert_kept(text, "Hans Wijnantsma", "Wiemer Haagsmama", "Jan Jansma")
    assert_found(text, "Piet Bakkersma")


def test_the_members_of_another_college() -> None:
    text = ("De ministerraad heeft op voorstel van minister Adriaansensma (EZK) ingestemd met de benoeming van Eric "
            "Janse de Jongema en Hayke Veldmanma als collegeleden van het per 1 december 2022 opnieuw ingestelde "
            "college ATR. Jan Jansma en Piet Bakkersma zijn geïnstalleerd als collegeleden van het college van "
            "burgemeester en wethouders.")
    assert_found(text, "Eric Janse de Jongema", "Hayke Veldmanma")
    assert_kept(text, "Adriaansensma", "Jan Jansma", "Piet Bakkersma")


def test_initials_ocr_read_without_their_first_dot_still_propagate() -> None:
    text = ("Contactpersoon: J.A. Paffrathma\n\nVoor vragen kunt u terecht bij JA. Paffrathma.\n\nDe RvB. Jansma zegt "
            "iets. MR. R.J. Pietersma is advocaat.")
    findings = analyze_text(text)
    found = {f.text for f in findings if f.entity == "NAAM"}
    assert "A. Paffrathma" in found, found  # (the initials of OCR's "JA." stay with the name)
    assert "R.J. Pietersma" in found and "R. R.J. Pietersma" not in found, found  # (not the R of "MR.")


def test_a_photo_credit_to_a_broadcaster_is_no_name() -> None:
    text = ("Wetterskip Fryslân bereint it eigen terrein ek net - Foto: Omrop Fryslân\n\nIt Wetterskip Fryslân fynt "
            "it wichtich. Foto: Jan Pietersma")
    findings = analyze_text(text)
    assert not [f for f in findings if "Fryslân" in f.text], [f.text for f in findings]
    assert_found(text, "Jan Pietersma")
