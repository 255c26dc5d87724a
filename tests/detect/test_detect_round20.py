"""Office holders and private persons after studying held-out round 20 (issue 14): a residents' council's minutes
without heading, a deputy DG abbreviated, an apposition after a long dash, the roll of old council minutes, the
list of a water board's elected members, a designated office holder."""

from __future__ import annotations

from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept


def test_a_residents_council_that_meets_is_no_public_body() -> None:
    text = ("Aanwezig: Dick Smit (voorzitter), Jan Teitsma, Annette Schild (leden), Jan Geerts (bewoner).\n\n"
            "1. Opening en mededelingen\n\nDe wijkraad vergadert vanavond in de nieuwe samenstelling.\n\n"
            "De raadscommissie Ontwikkeling bespreekt in maart het parkeerplan.\n")
    _found(text, "Jan Teitsma", "Annette Schild", "Jan Geerts")
    _kept("Notulen van de vergadering van de gemeenteraad\n\nAanwezig: Jan Teitsma, Annette Schild (leden), Kees "
          "Verbeek (griffier).\n\n1. Opening\n", "Jan Teitsma", "Annette Schild")


def test_a_deputy_director_general_abbreviated_and_an_apposition_after_a_long_dash() -> None:
    _kept("Als lid: mr. G.J. Bos, plv. DG Veiligheid, ministerie van BZK.\n", "G.J. Bos")
    _kept("De commissie bestaat uit:\n\nir. P. A. E. van Erkelens — burgemeester van Winterswijk;\n\n"
          "H. H. Jansen — wethouder van Zwolle;\n", "P. A. E. van Erkelens", "H. H. Jansen")
    _found("De commissie bestaat uit:\n\nF. N. M. Hilterman — beleidsmedewerker VNG;\n\n"
           "mr. G.J. Bos, plv. directeur Veiligheid;\n", "F. N. M. Hilterman", "G.J. Bos")


def test_the_roll_of_old_minutes_names_the_council() -> None:
    _kept("30 Januari 1915. Tegenwoordig de heeren F. C. J. VAN HULTEN, F. A. M. J. SMITS, A. C. BOM en W. J. H. "
          "FEBER. Voorzitter de heer mr. E. P. VAN LANSCHOT. Secretaris de heer H. H. JONKERGOUW. De VOORZITTER "
          "opent de vergadering.\n", "F. A. M. J. SMITS", "W. J. H. FEBER")


def test_the_elected_members_of_a_water_board_below_their_heading() -> None:
    text = ("Definitieve uitslag waterschap: wie bezetten de zetels?\n\nHet bestuur bestaat uit 25 personen.\n\n"
            "De 21 gekozen leden\n\nBBB\n\nPeter Hilgers, Zeewolde\n\nJouke Bokma, Espel\n\nVVD\n\n"
            "Tom Vereijken, Rutten\n\nDe komende weken gaan partijen met elkaar in onderhandeling om een nieuw "
            "dagelijks bestuur te vormen, zegt woordvoerder Kees Brinkman.\n")
    _kept(text, "Peter Hilgers", "Jouke Bokma", "Tom Vereijken")
    _found(text, "Kees Brinkman")
    _found("Jaarvergadering van de tennisclub\n\nDe gekozen leden\n\nPeter Hilgers, Zeewolde\n\nJouke Bokma, "
           "Espel\n", "Peter Hilgers", "Jouke Bokma")  # no election of a public body: a club's committee


def test_a_designated_office_holder() -> None:
    _kept("Herman Dijk is beoogde dijkgraaf van het waterschap.\n", "Herman Dijk")
    _found("Kees Brinkman is beoogde beleidsmedewerker van het waterschap.\n", "Kees Brinkman")
