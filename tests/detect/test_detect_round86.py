"""Held-out round 86 and the strays of earlier rounds (issue 14; names altered): "Prot. Chr. Groep" is a party group,
not initials and a family name; regions named "Hart van …" stay readable; a firm's "Beheer" after its founder's name
("namens Van Vliet Beheer") is no person, a department's "Directeur Beheer en Uitvoering" after a name is its holder's
function; a board's functions between the names of a flattened table end each name ("Astrid X Penningmeester Tessa Y
Bestuurslid …")."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_a_protestant_christian_party_group_is_no_name() -> None:
    text = ("De heer Iestra (Prot. Chr.) stelde emotioneel dat KVP en Prot Chr. Groep wel bij elkaar horen. Namens de "
            "burgers sprak Chr. Jansenma. Het kwam tot een breuk tussen KVP en Prot. Chr. Groep.")
    assert_kept(text, "Prot Chr. Groep", "Prot. Chr. Groep")
    assert_found(text, "Chr. Jansenma")


def test_regions_named_after_the_heart_of_a_region() -> None:
    text = ("Hart van Brabant en Hart van de Heuvelrug werken samen aan de woningbouw. Mevrouw 't Hartma schreef het "
            "verslag.")
    assert_kept(text, "Hart van Brabant", "Hart van de Heuvelrug")
    assert_found(text, "'t Hartma")


def test_a_firms_beheer_after_its_founders_name() -> None:
    text = ("en [X] namens Van Vliet Beheer, bijgestaan door mr. W. de Vis. Van Vliet Beheer verkocht de grond.\n"
            "Chris de Vriesma      Directeur Beheer en Uitvoering\n")
    assert_kept(text, "Van Vliet Beheer")
    assert_found(text, "W. de Vis", "Chris de Vriesma")


def test_a_boards_functions_end_the_names_of_a_flattened_table() -> None:
    text = ("NOTULEN Evaluatievergadering Stichting Carnaval | 20-03-2017 Uitgenodigd Gerton Westrekma Secretaris "
            "Astrid Megensma Penningmeester Tessa Kuijkenma Bestuurslid Jeroen de Looijerma Bestuurslid Kim Gijsbersma "
            "Voorzitster John Loeffenma")
    assert_found(text, "Astrid Megensma", "Tessa Kuijkenma", "Jeroen de Looijerma", "Kim Gijsbersma")
    assert_kept(text, "Penningmeester", "Bestuurslid", "Voorzitster")
