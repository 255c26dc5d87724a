"""Held-out round 101 (issue 14; names altered): a beer guild naming its members "Lex M.", news on a new college of
Gedeputeerde Staten ("X blijft namens GroenLinks bestuurder, … Y is opnieuw namens het CDA gedeputeerde"), an office
whose word ends like an ordinal ("is gedeputeerde van Utrecht": "gedeputeerde" is no "derde"), and a municipality's
area team whose assistant is named "Elke" (a determiner and a given name)."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_the_copula_with_an_adverb_and_a_party() -> None:
    text = ("Het nieuwe college van Gedeputeerde Staten is geïnstalleerd. Mirjam Sterkma is opnieuw namens het CDA "
            "gedeputeerde. Huib van Essenma blijft namens GroenLinks gedeputeerde. Has Bakkerma wordt opnieuw "
            "gedeputeerde.")
    assert_kept(text, "Mirjam Sterkma", "Huib van Essenma", "Has Bakkerma")
    # the verb "blijft" gives a weak role too: a club's chair is not made public
    assert_found("Jan Jansenma blijft voorzitter van de voetbalclub.", "Jan Jansenma")


def test_an_office_ending_like_an_ordinal() -> None:
    assert_kept("Mirjam Sterkma is gedeputeerde van Utrecht.", "Mirjam Sterkma")
    assert_kept("Jan Pietersma is de derde wethouder van de stad.", "Jan Pietersma")


def test_a_given_name_that_is_a_determiner() -> None:
    text = ("Janna, Anke en Karin krijgen bij hun werk ondersteuning van Elke Vaessenma – Rietveld. Zij helpt het "
            "gebiedsteam.\n• Elke Vaessen-Rietveld elke.vaessen-rietveld@tilburg.nl")
    assert_found(text, "Elke Vaessenma – Rietveld", "Elke Vaessen-Rietveld")
    assert_found("Zij krijgen ondersteuning van Elke de Vries.", "Elke de Vries")
    # before an inhabitant's noun it is the determiner
    assert_kept("Elke Nederlander heeft recht op bijstand.", "Elke Nederlander")
    assert_kept("Volgens de wet mag Elke Amsterdammer stemmen.", "Elke Amsterdammer")


def test_a_given_name_and_the_initial_of_the_family_name() -> None:
    # a club's news names its members by a given name and the family name's initial
    text = ("Onze trouwe leden Lex M. en Petra v.d. B. moesten wegens griep verstek laten gaan. Na de mededelingen "
            "kwam de hoofdact van de avond. Luuk V. gaf een presentatie over hygiëne bij het brouwen.")
    assert_found(text, "Lex M", "Petra v.d. B", "Luuk V")
    # without its dot in a list ("Frank vH, Louis S en Petra V"), never a king's numeral
    assert_found("Facebook/pr - Frank vH, Louis S en Anna D\n\nWebsite - Iza Zawada", "Frank vH", "Louis S", "Anna D")
    # a full name with a middle initial stays one name; an item's letter is no name
    assert_found("Toen sprak Jan P. Balkenendema.", "Jan P. Balkenendema")
    assert_kept("Zie punt B. voor meer.", "punt B.")
