"""Held-out round 114 (issue 14; names altered): names an OCR'd newspaper column split ("Dek ker" where "Dekker"
stands elsewhere, "Zuid- weg"), a roll after "t.w. dhrn.", members "onder wie" a Kamer's speaker lists, a headline's
councillor named in full below, an OCR's "PVV er", a local party, a naturalisation bill's numbered entries, and a
club's name with "Dames" in it."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found, assert_kept, untouched

_COUNCIL = (
    "Raadsvergadering. Als eerste agendapunt was vermeld beëdiging raadsleden voor de komende zittings periode, t.w. "
    "dhrn. P. J. J. Dekkerma (V. V.D.), J. Veerhoekma (C.H.), J. A. de Schipperma A.R.), M. Zuidwegma (P.v.d.A.) en C. "
    "M. Dagevosma (C.H.) Nadat genoemde raadleden de eed hadden afgelegd, hield de voorzitter zijn openingsrede. Dhr. "
    "P. J. J. Dekker ma zag gaarne een uitwijkplaats. Tot lid van de commissie werden gekozen dhrn. M. Zuid- wegma en "
    "C. M. Dage vosma."
)


def test_a_roll_after_te_weten_and_names_an_ocr_split() -> None:
    findings = analyze_text(_COUNCIL)
    names = ("P. J. J. Dekkerma", "J. A. de Schipperma", "P. J. J. Dekker ma", "M. Zuid- wegma", "C. M. Dage vosma")
    for name in names:
        assert untouched(_COUNCIL, findings, name), (name, [f.text for f in findings])


def test_a_private_name_split_by_ocr_is_found_whole() -> None:
    text = ("De heer Hertoghma, referendaris, werd gehuldigd. Vervolgens bracht spr. de heer Her toghma hulde voor de "
            "wijze, waarop hij steeds zijn werk deed.")
    assert_found(text, "Her toghma", "Hertoghma")


def test_a_headline_councillor_named_in_full_below() -> None:
    text = ("Tijdelijke vervanger voor raadslid Vogelenzangma\n\nZIERIKZEE - Door het gemis aan Vogelenzangma kent de "
            "raad een even bezetting. De gemeente heeft een verzoek ingediend voor een vervanger van Serge "
            "Vogelenzangma.")
    assert_kept(text, "Serge Vogelenzangma", "Vogelenzangma")


def test_party_members_with_an_ocr_space_and_a_local_party() -> None:
    text = ("Sylvia Hamerslagma (Behoorlijk Bestuur) vraagt zich af waarom niet eerst wordt onderzocht hoe het moet. "
            "PVV er Leo van Esdonkma wilde weten, of het college bereid is de risico's te dragen.")
    assert_kept(text, "Sylvia Hamerslagma", "Leo van Esdonkma")


def test_a_naturalisation_bills_numbered_entries() -> None:
    text = ("Het Nederlanderschap wordt verleend aan: 1° Wilhelm Karl Geldmacherma, geboren te Dasburg (Duitsland) 2 "
            "October 1903, chauffeur, wonende te Gemert; 2° Moses Wolf Haarma, geboren te Chwaluwice (Polen) 2 Maart "
            "1890, confectiefabrikant, wonende te Bussum; 8° Alben Reuterma, volgens zijn verklaring geboren te Bourg "
            "(Zwitserland) 20 Mei 1890, hovenier, wonende te Bloemendaal.")
    assert_found(text, "Moses Wolf Haarma", "Alben Reuterma")


def test_dames_in_a_clubs_name_is_no_form_of_address() -> None:
    text = ("Het programma besteedt aandacht aan de Eerste Zeeuwse Dames Voetbal Vereniging EZDVV. “Als meisje mocht "
            "je niet meedoen. Voetbal werd als typische mannensport gezien.”")
    findings = analyze_text(text)
    assert untouched(text, findings, "Voetbal"), [f.text for f in findings]
    # a roll's label before a plural form of address still opens its list
    assert_found("Aanwezig Heren Jansenma en Pietersenma.", "Jansenma", "Pietersenma")


def test_members_onder_wie_in_the_kamers_proceedings() -> None:
    text = ("Stenogram van de vergadering van de Tweede Kamer.\n\nDe voorzitter:\nEen groot aantal leden, onder wie "
            "mevrouw Nepperusma, de heer Heijnenma en mevrouw Van Toorenburgma, heeft het gehad over de kerntaak van "
            "de Kamer. Ik zeg tot de heer Heijnenma dat dit klopt.")
    assert_kept(text, "Nepperusma", "Heijnenma", "Van Toorenburgma")
