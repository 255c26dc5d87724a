"""Held-out round 69 (issue 14): what studying it fixed (names altered) - an abbreviation with its words in
brackets after it is an organisation's name, not a person's; the Hooge Raad in the old spelling; a seminar named
after a person; the president of the Algemene Rekenkamer's college; members to be sworn in and the member a vote by
lot begins with, in a water board's decisions."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found, assert_kept


def test_an_abbreviation_with_its_words_in_brackets_is_an_organisation() -> None:
    text = ("De afgelopen vier jaar telde Beek vier wethouders. Die waren verdeeld tussen CDA en BBB-NDB (Burger "
            "Belangen Beek Nieuw Democraten Beek). De presentatie was in het gemeentehuis van Beek. Namens de "
            "bewoners sprak Jan Pietersma.")
    findings = analyze_text(text)
    assert not [f for f in findings if "Beek" in f.text], [f.text for f in findings]
    assert_found(text, "Jan Pietersma")


def test_the_hooge_raad_in_the_old_spelling() -> None:
    text = ("De Hooge Raad der Nederlanden heeft de eer, ter vervulling van de vacature, voor te dragen: mr. J. "
            "Pietersma, raadsheer in het gerechtshof. De Hooge Raad voornoemd.")
    findings = analyze_text(text)
    assert not [f for f in findings if f.text.startswith("De Hooge")], [f.text for f in findings]


def test_a_seminar_named_after_a_person() -> None:
    text = "Op het Wim Drees Seminar sprak de onderzoeker Arjan Lejourma over de begrotingsruimte."
    assert_kept(text, "Wim Drees")
    assert_found(text, "Arjan Lejourma")


def test_the_president_of_the_algemene_rekenkamers_college() -> None:
    text = ("De Tweede Kamer heeft de heer Duisenbergma voorgedragen als lid van het college van de Algemene "
            "Rekenkamer.")
    assert_kept(text, "Duisenbergma")


def test_members_to_be_sworn_in_and_the_member_a_vote_by_lot_begins_with() -> None:
    text = ("Besluitenlijst van de vergadering van de Verenigde Vergadering van het Hoogheemraadschap van Schieland en "
            "de Krimpenerwaard, gehouden op 8 januari 2009.\n1. Opening\nConform artikel 34 van de Waterschapswet "
            "leggen de bestuursleden de eed dan wel de belofte af. De heer Kortlandtma en mevrouw Wierengama zullen in "
            "de volgende vergadering worden beëdigd.\n2. Vaststelling agenda\nBij loting wordt bepaald dat een "
            "eventuele mondelinge stemming zal beginnen bij de heer Baasma.\n3. Inspreken\nDe heer Jan Pietersma "
            "spreekt in over de dijkversterking.")
    assert_kept(text, "Kortlandtma", "Wierengama", "Baasma")
    assert_found(text, "Jan Pietersma")
