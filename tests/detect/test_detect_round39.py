"""Held-out round 39 (issue 14): what studying it fixed - the Kamer's chair's formula "Ik deel aan de Kamer mede"
makes an excerpt of its proceedings Handelingen (so the members' notices of absence name members), and a court's
president and the head of a directorate-general named in a decree's list are public."""

from __future__ import annotations

from redact.detect.genre import genre_of
from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept


def test_an_excerpt_of_the_kamers_proceedings_by_its_chairs_formula() -> None:
    text = ("De Voorzitter: Ik deel aan de Kamer mede, dat zijn ingekomen: 1°. berichten van leden, die verhinderd "
            "zijn de vergadering bij te wonen: van de heren Diepenhorster, Van Dongena en Kleijwegts, wegens het "
            "bijwonen van een vergadering van Provinciale Staten; van de heer Fensma, wegens ziekte. Deze berichten "
            "worden voor kennisgeving aangenomen;\n2°. een adres van C. J. van Wijngaardt te Rotterdam, over zijn "
            "pensioen.\n")
    assert genre_of(text) == "handelingen"
    _kept(text, "Diepenhorster", "Van Dongena", "Kleijwegts", "Fensma")
    _found(text, "C. J. van Wijngaardt")


def test_a_courts_president_and_a_dg_in_a_decrees_list() -> None:
    text = ("### Artikel 3\n\nIn de stuurgroep hebben zitting:\n\nmr. H. A. van Brummelen, hoofd directoraat-generaal "
            "voor de Rechtspleging, voorzitter,\n\ndrs. E. G. M. Edelbroeker, plv. hoofd directie Politie van het "
            "ministerie van Justitie;\n\nmr. E. A. Maanen, president arrondissementsrechtbank Zwolle;\n\nS. "
            "Couperusch, directeur Penitentiaire Inrichtingen Noordsingel te Rotterdam;\n")
    _kept(text, "H. A. van Brummelen", "E. A. Maanen")
    _found(text, "E. G. M. Edelbroeker", "S. Couperusch")
