"""Held-out round 50 (issue 14): what studying it fixed (names altered) - the members who put questions, several at
once, in a Kamer committee's report ("de vragen van de heren A, B en C, met de … antwoorden opgenomen in het
Aanhangsel"); a council's forum chairs appointed ("te benoemen tot Forumvoorzitter"); a court's vice-president named
by the court's old name."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_members_asking_questions_in_a_kamer_committees_report() -> None:
    text = ("De vaste Commissie voor Justitie heeft het wenselijk geoordeeld met de bewindslieden mondeling van "
            "gedachten te wisselen. 3) Hierop hebben ook betrekking de vragen van de heren Engelsma, Berkhouma en "
            "Assmanna, met de door de Regering verstrekte antwoorden opgenomen in het Aanhangsel tot de Handelingen "
            "II, alsmede de vragen van de heren Lardinoma en Van Rijckevorma onder nr. 132.\n")
    assert_kept(text, "Engelsma", "Berkhouma", "Assmanna", "Lardinoma", "Van Rijckevorma")
    # outside the Kamer's papers the questions of "de heren" are anyone's
    assert_found("In de bewonersavond kwamen de vragen van de heren Engelsma en Berkhouma aan bod.", "Berkhouma")


def test_forum_chairs_and_a_vice_president_of_a_court() -> None:
    assert_kept("Het presidium stelt voor :\n\nDhr. F. Mandersma en dhr. V. Boldewma te benoemen tot "
                "Forumvoorzitter.\n", "F. Mandersma", "V. Boldewma")
    assert_kept("b. als leden:\n\nmr. A. R. van der Winkma, vice-president arrondissementsrechtbank Almelo;\n\nc. als "
                "secretaris: drs. H. von den Hoffma, beleidsmedewerker bij de raad voor rechtsbijstand;\n",
                "A. R. van der Winkma")


def test_a_family_name_of_two_with_a_particle_after_initials() -> None:
    # a name of the nobility after a title and initials is proposed whole, its second part a place or an old word
    assert_found("mevrouw jhr. F. A. Groeninma van Zoelen, beleidsmedewerker;", "F. A. Groeninma van Zoelen")
    # a listed surname before "van" names an employer after it, which stays readable
    assert_kept("mevrouw A. Bakker van ProRail, zei dat het klopte.", "ProRail")
