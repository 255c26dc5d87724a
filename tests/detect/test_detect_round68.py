"""Held-out round 68 (issue 14): what studying it fixed (names altered) - "AB" in running text is no board's
heading; a building named after a person ("het Dr. X"); a generation's or patronymic's abbreviation and an OCR's split
word as part of the name; a local party the text names among parties, and "van de lokale partij X"; appointments in a
list of decisions and the second of a pair; a fellow member ("ons medelid den heer X") in the Kamer's proceedings."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found, assert_kept, fully_covered


def test_ab_in_running_text_is_no_boards_heading() -> None:
    text = ("Aanwezig: José van Engelma (vz), Ineke Alsemma, Foppe ten Hoorma. Daarnaast Marjan van Wijkma, allen van "
            "de werkgroep Leefbaarheid\n\n1. Opening\nJosé geeft aan dat er bij punt 7 iets toegevoegd moet worden.\n\n"
            "2. Samenwerking\nGesproken wordt over de wijze waarop tussen AB en werkgroep gecommuniceerd wordt.")
    assert_found(text, "José van Engelma", "Ineke Alsemma", "Foppe ten Hoorma", "Marjan van Wijkma")


def test_a_building_named_after_a_person() -> None:
    text = ("Het CDA wilde de parkeerproblematiek bij het Dr. Ackenshuisma aan de orde stellen. Wethouder Jansma kreeg "
            "te maken met een ongelukkig gesitueerd Dr. Ackenshuisma. Ook dr. Pietersma, huisarts, sprak in.")
    assert_kept(text, "Ackenshuisma")
    assert_found(text, "Pietersma")


def test_a_generations_abbreviation_and_an_ocr_split_word_are_part_of_the_name() -> None:
    text = ("tot plaatsvervangende leden: A. J. Binnendijkma Jr., L. Boschma en C. B. Duysterma Jr. tot Voorzitter: "
            "Mr. C. W. van der Potma Bzn. tot leden: C. Roodenburgma Jzn. en W. M. Oppe- laarma en H. J. Planjerma. "
            "De heer P. Jansma- en Pietersma.")
    findings = analyze_text(text)
    for name in ("A. J. Binnendijkma Jr.", "C. B. Duysterma Jr.", "C. W. van der Potma Bzn.", "C. Roodenburgma Jzn.",
                 "W. M. Oppe- laarma"):
        assert fully_covered(text, findings, name), (name, [f.text for f in findings])
    assert not [f for f in findings if f.text.endswith("- en")]


def test_a_local_party_named_among_parties_and_by_the_word_partij() -> None:
    text = ("Winnende partijen POV en PvdA (beide 1 zetel winst) belanden opnieuw in de oppositie. Ruud Kleefmanma van "
            "de POV noemde het nieuwe college zwak. Erwin Swaagmanma van de lokale partij Loppersum Vooruit wil "
            "acties. Jan Pietersma van de buurtvereniging was het ermee eens.")
    assert_kept(text, "Ruud Kleefmanma", "Erwin Swaagmanma")
    assert_found(text, "Jan Pietersma")


def test_appointments_in_a_list_of_decisions_and_the_second_of_a_pair() -> None:
    text = ("Op de agenda stonden de volgende punten: • Herbenoeming burgemeester Karel Loohuisma • Benoeming Dhr. "
            "Vermastma als plaatsvervangend griffier.\nNa de benoemingen van Dhr. Vermastma als plaatsvervangend "
            "griffier en Dhr. Baalmanma als opvolgend raadslid voor de SP was er een ronde. De benoemingen van Dhr. "
            "Kokma als beleidsmedewerker en Dhr. Smidma als adviseur volgden.")
    assert_kept(text, "Vermastma", "Baalmanma")
    assert_found(text, "Kokma", "Smidma")


def test_a_fellow_member_in_the_kamers_proceedings() -> None:
    text = ("EERSTE KAMER\nVERGADERING VAN DINSDAG 16 JUNI 1931.\nVoorzitter: de heer De Vlugtma.\nDe Voorzitter: Ik "
            "deel aan de Kamer mede, dat is ingekomen een brief van den heer J. Kostersma te Utrecht.\nDe Voorzitter: "
            "Wij mogen ons hedenavond verheugen over de aanwezigheid van ons hooggeacht medelid den heer "
            "Westerdijkma, die na langdurige ziekte wederom hier tegenwoordig is.")
    assert_kept(text, "Westerdijkma")
    assert_found(text, "J. Kostersma")
