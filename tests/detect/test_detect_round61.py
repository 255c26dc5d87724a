"""Held-out round 61 (issue 14): what studying it fixed (names altered) - a decree's lines that name the appointed and
the office after "benoemd:"; a governing body's photo caption on one line; a party's member returning to the council;
a web page's card of a council member (labels glued to values); committee members in a report of a council's meeting;
a ruling's judges under "Raadsheren"; the council's chair by the council's short name; "de leden" of a board with a
treasurer; a member moving a motion; a local party's acronym that the text also puts in a bracket after names."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_a_decrees_lines_naming_the_appointed_and_the_office() -> None:
    text = ("Koning Willem-Alexander heeft vandaag, op voordracht van de minister-president, benoemd:\n\n"
            "R. Tiemansma tot minister van Infrastructuur en Waterstaat;\n\n"
            "J.Z.C.M. Tielensma tot staatssecretaris van Volksgezondheid, Welzijn en Sport;\n\n"
            "N.J.F. Pouw-Verweijma tot staatssecretaris van Volksgezondheid, Welzijn en Sport.\n")
    assert_kept(text, "R. Tiemansma", "J.Z.C.M. Tielensma", "N.J.F. Pouw-Verweijma")
    assert_found("Het college heeft benoemd:\n\nP. Jansma tot beleidsmedewerker van de afdeling;\n", "P. Jansma")


def test_a_governing_bodys_photo_caption_on_one_line() -> None:
    text = ("Foto: Het college van B en W. Van links naar rechts: gemeentesecretaris Hans Rijversma, Ramon Lucasma, "
            "burgemeester Raymond Vleckma, Freed Janssema en Christian Wilbachma.\n")
    assert_kept(text, "Ramon Lucasma", "Freed Janssema", "Christian Wilbachma")


def test_a_partys_member_returning_to_the_council() -> None:
    assert_kept("Ook die vier raadsleden zijn benoemd. Voor het CDA keert Gaston Huthma terug in de gemeenteraad.",
                "Gaston Huthma")


def test_a_web_pages_card_of_a_council_member() -> None:
    text = ("Christa Oosterbaanma\n\nOosterbaanma\ncontactgegevens en taken Christa Oosterbaanma\n"
            "FunctieFractievoorzitter\nE-mailadresc.oosterbaanma@terschelling.nl\nPolitieke partijPvdA\n\n"
            "Piet Jansma\n\nJansma\ncontactgegevens en taken Piet Jansma\nFunctieBeleidsmedewerker\n")
    assert_kept(text, "Christa Oosterbaanma")
    assert_found(text, "Piet Jansma")


def test_committee_members_in_a_report_of_a_councils_meeting() -> None:
    text = ("Impressie raadsvergadering 26 april 2018\n\nDonderdag 26 april was de eerste echte raadsvergadering van "
            "de nieuwe gemeenteraad.\n\nAllereerst werden er 21 nieuwe commissieleden beëdigd. In het bijzonder "
            "natuurlijk onze eigen commissieleden Madelon Voorthuijsma en Sandra Kuipers.\n")
    assert_kept(text, "Madelon Voorthuijsma", "Sandra Kuipers")
    assert_found("Verslag van de tennisclub\n\nOnze eigen commissieleden Madelon Voorthuijsma en Sandra Kuipers "
                 "regelden de loting.\n", "Madelon Voorthuijsma", "Sandra Kuipers")


def test_a_rulings_judges_under_raadsheren() -> None:
    text = ("College van Beroep voor het bedrijfsleven\nZaaknummer\t: 00/323\nRaadsheren\t: mr B. Verwayma\n"
            "mr H.C. Cusellma\nmr M. Vlasbloma\nRegelingen\t: Awb, artt. 1:1, 1:3\n")
    assert_kept(text, "B. Verwayma", "H.C. Cusellma", "M. Vlasbloma")


def test_the_councils_chair_by_the_councils_short_name() -> None:
    text = ("De samenstelling van de agendacommissie:\nvoorzitter : mw. B.H.L. Raesma (plaatsvervangend voorzitter van "
            "de raad)\nmw. dr. P.T.A.M. Kalfsma (voorzitter van de raad)\n")
    assert_kept(text, "B.H.L. Raesma", "P.T.A.M. Kalfsma")
    assert_found("mw. P. Jansma (voorzitter van de raad van toezicht)\n", "P. Jansma")


def test_the_members_of_a_board_with_a_treasurer() -> None:
    text = ("Het nieuwe bestuur bestaat naast Opdamma uit secretaris Joke Kranendonkma, penningmeester Marite "
            "Olthofma en de leden Jaap Smeets en Henk Brouwer. De herdenkingen blijven zoals gebruikelijk.")
    assert_found(text, "Jaap Smeets", "Henk Brouwer")


def test_a_member_moving_a_motion() -> None:
    assert_kept("Adrie Scheurwatma (Echt voor Ambacht, EVA) diende een motie in om de hondenbelasting af te schaffen.",
                "Adrie Scheurwatma")
    assert_kept("Kees de Boer en Piet Jansen dienden namens de VVD een amendement in.", "Kees de Boer", "Piet Jansen")
    assert_found("Piet Jansen diende een klacht in over de gemeente.", "Piet Jansen")


def test_a_local_partys_acronym_known_from_its_bracket() -> None:
    text = ("De raad stemde in met de benoeming van Freed Janssema, Alex Schiffelma (allen GBBL) en Marlies Dreisma "
            "(CDA) als wethouders. Ook vier raadsleden zijn benoemd. Dat zijn namens GBBL: Ed Gubbelsma, Fieny de Haan "
            "en Fred Burhenma.")
    assert_kept(text, "Ed Gubbelsma", "Fieny de Haan", "Fred Burhenma")
    assert_found("Dat zijn namens GBBL: Ed Gubbelsma en Fieny de Haan, twee inwoners.", "Ed Gubbelsma", "Fieny de Haan")
