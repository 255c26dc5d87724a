"""Held-out round 99 (issue 14; names altered): news on new Kamerleden ("het kabinet van Dick Schoofma", "De
afgetreden kabinetsleden A, B en C", "A en B, beide wethouders, komen …"), a council committee's minutes and a college's
visit ("de wethouders Van Adrichem, Van de Kraan en Suyker")."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_the_cabinet_named_after_its_prime_minister() -> None:
    assert_kept("Veertien nieuwe leden vervangen hun partijgenoten die dinsdag zijn toegetreden tot het kabinet van "
                "Dick Schoofma.", "Dick Schoofma")


def test_members_of_the_cabinet_as_a_plural_role() -> None:
    text = ("De dinsdag afgetreden kabinetsleden Christianne van der Walma, Eric van der Burgma en Aukje de Vriesma "
            "zitten nu ook volledig in het parlement.")
    assert_kept(text, "Christianne van der Walma", "Eric van der Burgma", "Aukje de Vriesma")


def test_a_plural_role_in_apposition_after_a_coordination() -> None:
    assert_kept("Martijn Buijssema en Rosemarijn Dralma, beide wethouders, komen voor het eerst in het parlement.",
                "Martijn Buijssema", "Rosemarijn Dralma")
    # a club's members stay private, and so do the members of a youth council
    assert_found("Jan Jansenma en Piet de Vriesma, beiden leden van de vereniging, kwamen.", "Jan Jansenma",
                 "Piet de Vriesma")
    assert_found("Jan Jansenma en Piet de Vriesma, beiden raadsleden van de jongerenraad, kwamen.", "Jan Jansenma",
                 "Piet de Vriesma")


def test_a_council_committees_minutes_named_in_a_line_of_its_heading() -> None:
    # no line opens with the committee, but its meeting is named, held in the council chamber and a wethouder attends
    text = ("- Locatie\nRaadzaal\n- Voorzitter\n- de heer J. Custersma\n- Toelichting\n-\nNB. Zie ook de extra "
            "commissievergadering Fysiek van 28 juni 2016.\nAgendapunten\n-\n1\nCommissielid T. Brouwerma is "
            "verhinderd; raadslid A. Kierkelsma neemt hem waar.\nDe voorzitter opent de vergadering.\nWethouder P. "
            "Verlindenma zal rond 20.00 uur aanschuiven.\nCommissielid P. Ramaekersma komt mogelijk later nog.\n")
    assert_kept(text, "T. Brouwerma", "P. Ramaekersma", "A. Kierkelsma")


def test_a_plural_role_before_a_list_that_opens_with_a_capital_particle() -> None:
    text = ("Op 24 oktober 2006 hebben burgemeester Buddenbergma, de wethouders Van Adrichemma, Van de Kraan en "
            "Suykerma en de gemeentesecretaris Woudstrama een werkbezoek gebracht.")
    assert_kept(text, "Van Adrichemma", "Van de Kraan", "Suykerma")
