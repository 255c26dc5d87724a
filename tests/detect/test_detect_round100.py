"""Held-out round 100 (issue 14; names altered): a broadcaster's news on outgoing Statenleden listed by party ("Bij de
VVD A, B. … CDA :C, D. Bij D66 verdwijnen E en F") and a party's news on a Statenlid who left for the Tweede Kamer
("Ze volgt X op, die sinds 10 mei lid is geworden van de Tweede Kamer")."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_outgoing_members_listed_by_party() -> None:
    text = ("22 leden van Provinciale Staten zien we na vandaag niet meer terug in het Drentse parlement. Bij de VVD "
            "Paul Moltmakerma, Gea Weertsma, Jan Luuk Stelma. Bij de PvdA: Maaike Bakkerma, Rudolf Boschma. "
            "CDA :Riëtte Wollerichma, Henk Reindersma, Klaas Neutelma. Bij D66 verdwijnen Marianne van der Tollma en "
            "Jurr van Dalenma.")
    assert_kept(text, "Paul Moltmakerma", "Jan Luuk Stelma", "Maaike Bakkerma", "Riëtte Wollerichma",
                "Henk Reindersma", "Klaas Neutelma", "Marianne van der Tollma", "Jurr van Dalenma")


def test_a_party_and_a_colon_need_a_list() -> None:
    # one capitalised name after a party's colon is a quote's speaker or a headline, not a roll
    assert_found("De vergadering was lang. VVD: Jan Jansenma sprak namens de buurtvereniging.", "Jan Jansenma")


def test_the_office_split_by_its_verb_in_a_relative_clause() -> None:
    text = ("Sonja Hilgengama werd geïnstalleerd als statenlid. Ze volgt Eline Vedderma op, die sinds 10 mei lid is "
            "geworden van de Tweede Kamer.")
    assert_kept(text, "Eline Vedderma")
    assert_found("Wij spraken met Jan Jansenma, die sinds mei lid is geworden van de tennisclub.", "Jan Jansenma")
