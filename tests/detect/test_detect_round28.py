"""Held-out round 28 (issue 14): what studying it fixed - a council's attendance table whose heads an export glued
("AanwezigNaam"), a citizen in capitals with a French particle who "spreekt in", a member reported absent ("Ook de
heer X is afwezig"), a German minister's title, a court's coördinerend vice-president, a Kamer group named after its
member, a royal decree's appointment, an OCR'd council heading, the signature of a Raad van State ruling, a residence
read as part of a name, a committee member described a few lines on, and strays ("B & W. Aanmelden", "camping
Bregman", "Radbout Universiteit Nijmegen")."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept
from tests.detect.util import texts

_GLUED_ROLL = ("Raad 2 februari 2017\n\nDatum: 02-02-2017\nVoorzitter: G. Kreijlink\nGriffier: drs. G.H. Veldman\n"
               "Notulist: G.B. Aanstoot-Smit\nGenodigden:\nAanwezigNaam\nVoorzitterG. Kreijlink\n"
               "SGPA.J. Schepers, dr. E.G. Bosveld, dr. ir. A.S. Hazeveld en R. Jansma\n"
               "CDAdrs. I. Kahraman, F.J. Wesselink en H.J. Nijkamp\n"
               "PvdAR.W. Meijering en S. Kök\n"
               "Het collegeA.J. Aanstoot, B. Beensen, R.J. Cornelisse\nPers3\nPubliek24\n\n"
               "1 Opening\nDe VOORZITTER opent de raadsvergadering.\n")


def test_an_attendance_table_with_glued_heads_lists_the_members() -> None:
    _kept(_GLUED_ROLL, "E.G. Bosveld", "A.S. Hazeveld", "R. Jansma", "F.J. Wesselink", "H.J. Nijkamp", "S. Kök",
          "B. Beensen", "R.J. Cornelisse")
    _found(_GLUED_ROLL, "G.B. Aanstoot-Smit")  # the notulist before the table stays private
    assert "AanwezigNaam" not in texts(analyze_text(_GLUED_ROLL))  # the heads after "Genodigden:" are no name


def test_a_citizen_in_capitals_who_speaks_on_an_item_is_private() -> None:
    text = ("Raad 18 december 2014\n\nVoorzitter: A.C. Hofstra\n\n2. Spreekrecht in de raad\n"
            "De heer DE LA MARRE spreekt in op agendapunt 19: verbindingsroute Dorpsstraat.\n"
            "Hij zegt dat hij als privépersoon insprak.\n")
    _found(text, "DE LA MARRE")


def test_a_member_reported_absent_at_the_opening() -> None:
    text = ("Raad 2 februari 2017\n\nVoorzitter: G. Kreijlink\n\n1 Opening\n"
            "De VOORZITTER opent de raadsvergadering. Burgemeester Hofstra is afwezig in verband met zijn vakantie. "
            "Ook de heer Noordhoek is afwezig; hij is herstellend na een ziekenhuisopname.\n")
    _kept(text, "Noordhoek")


def test_a_german_ministers_title() -> None:
    _kept("Een federaal Europa of geen Europa, zegt Aussenminister Fischer, en hij heeft gelijk.", "Fischer")


def test_a_courts_coordinating_vice_president_in_a_decree() -> None:
    text = ("Artikel 3\n\nIn de commissie hebben zitting:\n\nb. als leden: mr. D. Allewaard, coördinerend "
            "vice-president bij de rechtbank te ’s-Gravenhage; mr. dr. J.T.K. Boskamp, Directie Wetgeving, "
            "Ministerie van Justitie;\n")
    _kept(text, "D. Allewaard")
    _found(text, "J.T.K. Boskamp")


def test_a_kamer_group_named_after_its_member_is_a_party_label() -> None:
    text = ("Samenstelling van de commissie:\n\nLeden: Van der Staaij (SGP), Luchtenberg (VVD), De Pater-van der "
            "Meer (CDA), Lazrak (Groep-Lazrak), Wolfsen (PvdA), Tonkens (GroenLinks).\n")
    _kept(text, "Lazrak")


def test_a_royal_decree_appoints_a_minister() -> None:
    text = ("Besluit van 1 november 2019, houdende enkele tijdelijke voorzieningen\n\nHebben goedgevonden en "
            "verstaan:\n\n2. Drs. R.W. Knopsen met ingang van de datum van zijn beëdiging voor de in artikel 1 "
            "genoemde periode te benoemen tot Minister en hem te belasten met de leiding van het Ministerie van "
            "Binnenlandse Zaken en Koninkrijksrelaties.\n")
    _kept(text, "R.W. Knopsen")


def test_an_ocr_council_heading_makes_its_secretaris_the_gemeentesecretaris() -> None:
    text = ("OPENBARE VERGADERING van de Raad der Geraeente Heemstede op Donderdag, 27 Augustus 1953. Voorzitter: "
            "de heer Mr A. G. A. ridder van Rappard, burgemeester. Tegenwoordig zijn de heren: O. A. Brinkman, "
            "W. J. Reijnders en de wethouders A. J. van Houten en E. J. van Lent. Secretaris: de heer N. Voskuil. "
            "De Voorzitter opent de vergadering op de gebruikelijke wijze. De heer Reijnders wordt door het lot "
            "aangewezen om bij eventuele stemmingen het eerst zijn stem uit te brengen. AGENDA: 1. Vaststelling "
            "notulen der vergaderingen van 25 Juni. De notulen worden onveranderd goedgekeurd.\n")
    _kept(text, "N. Voskuil")


def test_the_signature_of_a_raad_van_state_ruling() -> None:
    text = ("IV. gelast dat de gemeente Enschede aan appellant het griffierecht vergoedt;\n\n"
            "Aldus vastgesteld door mr. W. van den Brinkman, Lid van de enkelvoudige kamer, in tegenwoordigheid van "
            "mr. A.L.M. Steenbach-de Wit, ambtenaar van Staat.\n\nw.g. Van den Brinkman    w.g. Steenbach-de Wit\n")
    _kept(text, "W. van den Brinkman", "A.L.M. Steenbach-de Wit")


def test_a_residence_is_no_part_of_the_name() -> None:
    findings = analyze_text("Tot lid benoem ik de heer Ferd Croon te Leeuwarden.")
    assert texts(findings) == {"Ferd Croon"}
    _found("Hij sprak met de heer Jan te Velde over de brug.", "Jan te Velde")  # a particle and a surname stay


def test_committee_members_described_a_few_lines_on() -> None:
    text = ("Bij deze deel ik U mede dat ik het voornemen heb om de navolgende personen te benoemen tot voorzitter en "
            "leden van de externe onderzoekscommissie:\n\n"
            "de heer drs Pieter Zevenhuizen te ’s-Gravenhage (voorzitter);\n\n"
            "de heer drs. Ferd Croon te Leeuwarden (lid);\n\n"
            "de heer Prof. dr. Miel Ottens te Ubbergen (lid).\n\n"
            "De heer Zevenhuizen is waarnemend burgemeester van Middelharnis.\n\n"
            "De heer Croon is burgemeester van Leeuwarden.\n\n"
            "De heer Ottens is onder meer docent bij TIAS.\n")
    _kept(text, "Pieter Zevenhuizen", "Ferd Croon", "Croon")
    _found(text, "Miel Ottens")


def test_a_job_named_before_a_description_stays_uncertain() -> None:
    """A new directeur whose former office a later sentence names is a civil servant in this text: not public."""
    text = ("De Provincie heeft twee nieuwe directeuren benoemd. Mevrouw Marjolein Plantenga-Leenhouts wordt de "
            "nieuwe directeur.\n\nMevrouw Plantenga is gemeentesecretaris bij de gemeente Bussum.\n")
    _found(text, "Marjolein Plantenga-Leenhouts")


def test_a_chair_of_a_professional_body_at_a_kamer_roundtable_is_not_upgraded() -> None:
    text = ("Rondetafelgesprek kleinschaligheid mbo\n\nDeelnemers\n\n • A.W. Lucassen (VVD)\n • M.R.J. Rogge (CDA)\n"
            " • T.E. Jaspers (SP)\n\nBlok II\n • Marjolein Hogerwerf (Voorzitter van de beroepsvereniging docenten "
            "mbo)\n")
    _kept(text, "A.W. Lucassen")
    _found(text, "Marjolein Hogerwerf")


def test_strays_of_round_28() -> None:
    for text in ("Er zijn vragen ingediend bij het College van B & W. Aanmelden kan nog tot dinsdag.",
                 "Recht op verstening van de campings, voormalig camping Bregman, in de duinen.",
                 "De heer Ottens is gastdocent aan de Radbout Universiteit Nijmegen."):
        names = texts(analyze_text(text), "NAAM")
        assert not [n for n in names if n != "Ottens"], (text, names)


def test_two_given_names_before_a_surname_that_is_also_a_word() -> None:
    """Noticed while studying round 28: "Bos" ends institutions ("Amsterdamse Bos"), and two given names before it
    left the first one readable ("Willem Bos" found, "Jan" not)."""
    _found("Hij belt met Jan Willem Bos over de vergunning.", "Jan Willem Bos")
    _kept("Het Anne Frank Huis is open.", "Anne Frank Huis")
