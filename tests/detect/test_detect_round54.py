"""Held-out round 54 (issue 14): what studying it fixed (names altered) - a party's seats on a bullet line; departed
members after a relative clause on the role; the appointed in the next sentence; an elected body the names "form
part of"; a Raad van State member; a numbered part before a role; a local party's mixed-case acronym; a firm's short
name in a ruling; a park; naturalisation bills' applicants, surname first."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_a_partys_seats_on_a_bullet_line() -> None:
    text = ("Op de foto ziet u de nieuwe raadsleden:\n\n"
            "  • Yvonne Nijma, Riekele Bijlema, Mirjam Doescma, Arjan Zandma (CDA, 6 zetels)\n"
            "  • Mathijs Gelma, Marianne Hutma, Frank Stevma (In Beweging, 3 zetels)\n")
    assert_kept(text, "Yvonne Nijma", "Riekele Bijlema", "Mathijs Gelma", "Marianne Hutma")
    # brackets without seats are no party's
    assert_found("Deelnemers:\n  • Yvonne Nijma, Riekele Bijlema (Stichting Buurtzorg, 6 jaar)\n", "Yvonne Nijma")


def test_departed_members_after_a_relative_clause_on_the_role() -> None:
    text = ("Van de raadsleden die de afgelopen vier jaar (of een periode daarvan) in de raad hebben gezeten, zien we "
            "niet meer terug (niet op de foto):\n\nHanneke van Grondma, Johnny Hagrma, Anita Leeftma en Alice "
            "Olde Reuvma.\n")
    assert_kept(text, "Hanneke van Grondma", "Johnny Hagrma", "Alice Olde Reuvma")


def test_the_appointed_in_the_next_sentence() -> None:
    text = ("Tijdens die vergadering benoemde de gemeenteraad de nieuwe wethouders. Benoemd werden: Jean-Paul Hagema, "
            "Gino Depma, Denis Steijma en René Ruisma.\n")
    assert_kept(text, "Jean-Paul Hagema", "Gino Depma", "René Ruisma")


def test_names_that_form_part_of_an_elected_body() -> None:
    text = ("Rick Brinkma, Laura Makma en Elske van der Mikma maken voor het CDA nu officieel deel uit van Provinciale "
            "Staten. In een feestelijke vergadering nam de commissaris de ambtseed af.\n")
    assert_kept(text, "Rick Brinkma", "Laura Makma", "Elske van der Mikma")
    # a supervisory board is no elected body
    assert_found("Rick Brinkma maakt deel uit van de raad van toezicht van de stichting.", "Rick Brinkma")


def test_a_member_of_the_raad_van_state_after_a_numbered_part() -> None:
    text = ("Richard van Zwolma wordt de nieuwe voorzitter van sectie I. Staatsraad Jan Fransma was voorzitter van "
            "die sectie, maar gaat met ingang van 1 juli met pensioen.\n")
    assert_kept(text, "Jan Fransma")


def test_a_local_partys_mixed_case_acronym() -> None:
    text = ("Nieuwe gemeenteraad Urk\n\nOnder grote publieke belangstelling is de installatie van de nieuwe "
            "gemeenteraad een feit. De negentien raadsleden poseerden na de installatievergadering. Op de foto (vlnr): "
            "Hendrik Wakma (PVV), Rick Verhoma (griffier), "
            "Hans Crebma (CDA), Marjanne Romkma (CDA), Meindert Bakma (CU), Nelleke Krama (CU), Geert Meuma (SGP), "
            "Louw Gnodma (HvU), Jan Koffma (HvU) en Frans Lucas Brouma (HvU).\n")
    assert_kept(text, "Louw Gnodma", "Jan Koffma", "Frans Lucas Brouma")


def test_a_firms_short_name_in_a_ruling() -> None:
    text = ("inzake\n\nZwartepoorte Goes B.V.,\ngevestigd te Goes,\nappellante,\n\ntegen\n\nCapital Renting &amp; "
            "Leasing ltd,\ngevestigd te Grimsargh, Verenigd Koninkrijk,\ngeïntimeerde,\nhierna te noemen: Capital,\n"
            "mr. J.W. de Grootma te Amsterdam.\n\nHet exploot is betekend aan het kantooradres van mr. B. van Leeuma "
            "te Goes, de advocaat van Capital in eerste aanleg. Capital heeft de grieven bestreden.\n")
    assert_kept(text, "Capital")
    assert_found(text, "J.W. de Grootma", "B. van Leeuma")


def test_a_park_named_after_a_person() -> None:
    text = ("Ook bij de residentie hebben wij bijna alle bewoners een flyer van onze belangenbehartiging in de bus "
            "gedaan.\n\nNamens de redactie van belangenbehartiging Pieter Christiaanpark\n")
    assert_kept(text, "Pieter Christiaanpark")


def test_naturalisation_bills_surname_first() -> None:
    text = ("Naturalisatie van Al-far, Mohamed Salim Darwma en 28 anderen\n"
            "Naturalisatie van de Fretma, Clandina Adeline en 24 anderen\n"
            "Naturalisatie van Angulo Carmma, Alejandro Fidel en 25 anderen\n")
    assert_found(text, "Al-far, Mohamed Salim Darwma", "de Fretma, Clandina Adeline",
                 "Angulo Carmma, Alejandro Fidel")


def test_a_former_member_also_since_a_year() -> None:
    text = ("De volgende raadsleden keren niet terug in de gemeenteraad.\n\n"
            "  • De heer Jurie van de Bergma was ook sinds 2018 lid van de gemeenteraad van Urk voor de fractie CDA.\n")
    assert_kept(text, "Jurie van de Bergma")


def test_the_kamers_formula_of_the_swearing_in() -> None:
    text = ("Beëdiging plaatsvervangend griffier\n\nDe voorzitter:\n\nIk deel aan de Kamer mee dat de Huishoudelijke "
            "Commissie heeft besloten om de heer drs. F.J. Bergma, historicus, te benoemen.\n\nDe heer Bergma is in "
            "het gebouw der Kamer aanwezig teneinde de voorgeschreven eden af te leggen.\n")
    assert_kept(text, "F.J. Bergma", "Bergma")
