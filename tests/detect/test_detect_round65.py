"""Held-out round 65 (issue 14): what studying it fixed (names altered) - a roll by party group under the party's seats
with each member's place of residence in brackets, also a surname alone; a roll by party group with numbered members
and call names; a party group's sign-off above its members one a line; a relative clause of taking an office; the
predecessor the subject succeeds in an office; a function after the ministry in an apposition; a party's
lijsttrekker; hyphenated initials that are an abbreviation ("R.-K. Ziekenhuis"); a venue's capitalised noun after a
preposition; a compound after a Roman numeral; the old spelling "Heeren"; a chair of the body's presidium; a second
family name without a particle that ends an entry."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_a_roll_under_the_partys_seats_with_places_of_residence() -> None:
    text = ("Uitslag\n\nDe zetels zijn verdeeld onder de volgende partijen:\n\nVVD: 8 zetels\n\n"
            "Jan Markinkma (Borculo)\n\nRosmarijn Boenderma (Hattem)\n\nForum voor Democratie: 8 zetels\n\n"
            "Arjan de Kokma (Noordeinde)\n\nVan Wijhema (Apeldoorn)\n\nLelkesma (Arnhem)\n\nCDA: 7 zetels\n\n"
            "Gerhard Bosma (Apeldoorn)\n\nBea Schoutenma (Wijchen)\n")
    assert_kept(text, "Jan Markinkma", "Rosmarijn Boenderma", "Van Wijhema", "Lelkesma", "Bea Schoutenma")
    # one party's list is no roll
    assert_found("Onze vrijwilligers:\n\nVVD: 8 zetels\n\nJan Markinkma (Borculo)\n\nRosmarijn Boenderma (Hattem)\n",
                 "Jan Markinkma")


def test_a_roll_with_numbered_members_and_call_names() -> None:
    text = ("De nieuwe gemeenteraad bestaat uit de volgende 15 leden:\n\nSGP\n\n 1. De heer H.J. (Henk-Jan) "
            "Molenaarma\n 2. De heer H.M. (Henry) van Veldhuizenma\n\nGBW\n\n 1. De heer D.P. (Pieter) de Kruifma\n\n"
            "CDA\n\n 1. "
            "De heer M. (Michel) Hardemanma\n\nVVD\n\n 1. De heer K.J. (Jhony) Stalmanma")
    assert_kept(text, "H.J. (Henk-Jan) Molenaarma", "D.P. (Pieter) de Kruifma", "K.J. (Jhony) Stalmanma")


def test_a_party_groups_sign_off_above_its_members() -> None:
    text = ("De fractie feliciteert de nieuwe dijkgraaf van harte.\n\n \n\nDe VVD-fractie,\n\nIneke van Steenselma, "
            "voorzitter\n\nHans Pluckelma\n\nJacob Jan Bakkerma\n\nJean Hermansma\n")
    assert_kept(text, "Hans Pluckelma", "Jacob Jan Bakkerma", "Jean Hermansma")
    assert_found("Met vriendelijke groet,\n\nDe werkgroep,\n\nHans Pluckelma\n\nJacob Jan Bakkerma\n",
                 "Hans Pluckelma", "Jacob Jan Bakkerma")


def test_a_relative_clause_of_taking_an_office() -> None:
    text = ("De heer Buijssenma meldt dat hij het voorzitterschap overneemt van de heer Schuurbiersma die vandaag "
            "geïnstalleerd wordt als wethouder.")
    assert_kept(text, "Schuurbiersma")
    assert_found("Wij danken mevrouw Jansenma, die op 1 mei is benoemd tot beleidsmedewerker.", "Jansenma")


def test_the_predecessor_the_subject_succeeds_in_an_office() -> None:
    assert_kept("De heer Busma volgt de heer Van Deursenma op als lid van de raad van de gemeente Uden.",
                "Van Deursenma")
    assert_found("Mevrouw Bosma volgt de heer Van Deursenma op als beleidsmedewerker.", "Van Deursenma")


def test_a_function_after_the_ministry() -> None:
    text = ("De bewindsman was tijdens het overleg vergezeld van de volgende ambtenaren te weten de heren A. J. "
            "Gijsbersma, Ministerie van Welzijn, Volksgezondheid en Cultuur, plv. directeur-generaal maatschappelijke "
            "ontwikkeling, A. H. van Fessemma, Ministerie van Welzijn, Volksgezondheid en Cultuur, directie "
            "maatschappelijke dienstverlening, projectmanager.")
    assert_kept(text, "A. J. Gijsbersma")
    assert_found(text, "A. H. van Fessemma")


def test_a_partys_lijsttrekker() -> None:
    assert_kept("Ruud Burletma was lijsttrekker voor Forum voor Democratie.", "Ruud Burletma")
    assert_kept("Volgens lijsttrekker Jan Jansma gaat het goed.", "Jan Jansma")


def test_hyphenated_initials_that_are_an_abbreviation() -> None:
    assert_kept("Hij werd opgenomen in het R.-K. Ziekenhuis te Helmond.", "Ziekenhuis")
    assert_found("Hij sprak met J.-P. Verbeekma over de zaak.", "J.-P. Verbeekma")


def test_a_venues_capitalised_noun_after_a_preposition() -> None:
    text = "Verslag\n\nGehouden op maandag 17 juni 2019 in Dorpshuis Den Brink\n\nAanwezig: Jekele Raukema"
    assert_kept(text, "Den Brink")
    assert_found(text, "Jekele Raukema")
    assert_found("Wij spraken met de heer De Vriesma over de zaal.", "De Vriesma")


def test_a_compound_after_a_roman_numeral() -> None:
    assert_kept("Beraadslaging over punt: I. Structuuronderzoek en de betreffende wetgeving.", "Structuuronderzoek")
    assert_found("Aanwezig: I. Bergkampma en V. Schoonhoven.", "I. Bergkampma", "V. Schoonhoven")


def test_the_old_spelling_of_heren() -> None:
    assert_kept("En hiermede, Mijne Heeren, bevelen Wij U in Godes heilige bescherming.", "Heeren")
    assert_found("Aanwezig: Piet Heeren.", "Piet Heeren")


def test_a_chair_of_the_bodys_presidium() -> None:
    assert_kept("Door dhr. Frischema, plaatsvervangend voorzitter van het Presidium, werd het document aangeboden.",
                "Frischema")
    assert_found("Door dhr. Frischema, plaatsvervangend voorzitter van de Vereniging, werd het document aangeboden.",
                 "Frischema")


def test_a_second_family_name_the_lists_know_ends_an_entry() -> None:
    text = ("1. De commissie bestaat uit de volgende leden:\n\na. drs. H. Borstlapma, te Den Haag, tevens voorzitter;"
            "\n\nc. mr. P.F.M. van der Meer Verhoeven, te Den Haag.")
    assert_found(text, "P.F.M. van der Meer Verhoeven")
    assert_kept("Aanwezig: mr. P. Smitma Zwolle, en J. Jansma Voorzitter, dank.", "Zwolle", "Voorzitter")
