"""Held-out round 89 (issue 14; names altered): a Kamer sitting's counted roll in OCR ("mat den Voorzitter"); the
Frisian States' new committee members ("beëdige as kommisjelid", "is ta kommisjelid beneamd", an age and a residence
before the clause); a council member's proposal ("het voorstel-T. de Jong") and the members of a council's committee
on a credential ("bestaande uit de heren A, B en C"); a club's members named by first name before "treedt" or
"wordt"."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_a_counted_roll_read_by_ocr() -> None:
    text = ("Tweede Kamer.\n28ste VERGADERING.\nVoorzitter: de heer Ruys de Beerenbrouck.\n"
            "Tegenwoordig, mat den Voorzitter, 80 leden, te weten:\n"
            "de heeren Vliegen, Suring, Ebels, van Zadelhoff, Bakker, van Vuuren, Beumer, Kersten, Veraart, Vos, "
            "Kuiper, Heemskerk, mejuffrouw Westerman, de heeren Lovink, Sannes,\n"
            "en de heeren Ministers van Justitie en van Waterstaat.\n")
    assert_kept(text, "Vliegen", "Suring", "Bakker", "Kersten", "Kuiper", "Westerman", "Lovink")


def test_the_frisian_states_new_committee_members() -> None:
    text = ("By de Steatefraksjes fan CDA, FNP en PvdA binne nije kommisjeleden beneamd.\n\n"
            "Bastiaan Dijkstrama (28) fan Burgum is troch kommissaris fan de Kening drs. A.A.M. Brokma beëdige as "
            "kommisjelid foar it CDA. Dijkstrama is planolooch.\n\n"
            "Foar de FNP is Rein van der Walma (61) fan Surhústerfean beëdige.\n\n"
            "Jan Walrechtma (70) is ta kommisjelid beneamd foar de PvdA. Hy wennet yn Aldehaske.\n\n"
            "De tekst is skreaun troch Anne Jansma.\n")
    assert_kept(text, "Bastiaan Dijkstrama", "Rein van der Walma", "Jan Walrechtma")
    assert_found(text, "Anne Jansma")


def test_a_members_proposal_and_a_credentials_committee() -> None:
    text = ("Notulen van de openbare vergadering van den gemeenteraad van Leeuwarden.\n"
            "Tegenwoordig 29 leden. De Voorzitter brengt hierna eerst het voorstel-T. de Jong, het verst-gaande "
            "voorstel, in stemming. Het wordt verworpen met 27 tegen 2 stemmen. Punt 21. De heer Wiersma rapporteert "
            "namens de commissie, belast geweest met het onderzoek van de geloofsbrief van de heer H. Visser en "
            "bestaande uit de heren Bos, Kamstra en Wiersma, dat de commissie de geloofsbrief in orde bevonden "
            "heeft.\n")
    assert_kept(text, "T. de Jong", "Bos", "Kamstra", "Wiersma")


def test_a_clubs_members_by_first_name_before_a_verb() -> None:
    text = ("Highlights ALV 2024\n\nBenoeming nieuwe kascontrolecommissie. Eltje wordt bedankt voor zijn diensten. "
            "Bestuursverkiezing. Ronald treedt af en wordt bedankt voor zijn bijdragen met een bloemetje.\n")
    assert_found(text, "Eltje", "Ronald")
