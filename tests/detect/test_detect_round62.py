"""Held-out round 62 (issue 14): what studying it fixed (names altered) - the chair on a page headed by the States' or
the council's committees; a party's leader by a compound before the name ("CDA-voorman X"); the members a party group
is formed by; a photo's credit after its caption, "A en B – Foto: C"."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_the_chair_on_a_page_of_the_states_committees() -> None:
    text = ("Statencommissies\n\nEen Statencommissie adviseert Provinciale Staten over een voorstel of onderwerp.\n\n"
            "Ruimte, Natuur en Duurzaamheid (RND)\n\nvoorzitter: Han Thomasma\ngriffier: Judith Goudriaanma\n")
    assert_kept(text, "Han Thomasma", "Judith Goudriaanma")
    assert_found("Verslag van de tennisclub\n\nvoorzitter: Han Thomasma\nsecretaris: Piet Jansen\n", "Han Thomasma")


def test_a_partys_leader_by_a_compound() -> None:
    assert_kept("Maar, zoals CDA-voorman John Kokma het verwoordt: het kan altijd beter.", "John Kokma")
    assert_found("Maar, zoals club-voorman John Kokma het verwoordt: het kan altijd beter.", "John Kokma")


def test_the_members_a_party_group_is_formed_by() -> None:
    text = ("De partij komt vanuit het niets met drie zetels in de gemeenteraad, met een fractie die wordt gevormd "
            "door Kira Fijn-Bultma, Bastiaan Tammingma en Eelko Felixma.")
    assert_kept(text, "Bastiaan Tammingma", "Eelko Felixma")


def test_a_photos_credit_after_its_caption() -> None:
    text = ("Jaap Kuinma is voorgedragen als nieuwe burgemeester van Pekela.\n\nRené Paasma en Jaap Kuinma – Foto: "
            "Herman Alinkma (Archieffoto)\n\nKuinma is een burgemeester die weet wat er speelt.\n")
    assert_kept(text, "Jaap Kuinma", "Kuinma")
    assert_found(text, "Herman Alinkma")
