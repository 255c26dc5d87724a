"""Held-out round 42 (issue 14): what studying it fixed - the members of an interparliamentary delegation by house
("uit de Eerste Kamer de dames A en B en uit de Tweede Kamer …") and a neighbouring parliament's delegates by party
("(allen CDU/CSU)"), "(allen CDA)" right after the last of a list, a member "van Gemeentebelang", and the chair a
minister's decree appoints to its committee ("tot lid en voorzitter van de commissie: Prof. X") is no council's."""

from __future__ import annotations

from redact import analyze_text
from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept


def test_an_interparliamentary_delegation() -> None:
    text = ("Staten-Generaal\nVergaderjaar 1988-1989\n20907\n"
            "Verslag van de Nederlands-Duitse parlementariërsconferentie\n"
            "Onder auspiciën van de Nederlandse groep der IPU confereerde de parlementariërsgroep met Duitse "
            "collega's. Aan deze conferentie namen van Nederlandse zijde de volgende leden deel: uit de Eerste Kamer "
            "de dames Baarveld-Schlamann en Grol-Overlinge en de heren Hendriksen en uit de Tweede Kamer de dames "
            "Oomen-Ruyten en Terpstrama en de heren Frissing, Van Traasen en Woltering. De Duitse delegatie was "
            "samengesteld uit de heren Hüsching, Schmitzer, Seesinga (allen CDU/CSU), Buschfortner, Gautiers (allen "
            "SPD) en Briefsma (Die Grünen). Het onderwerp werd ingeleid door de heer O. von der Gablentzer, "
            "ambassadeur.\n")
    _kept(text, "Baarveld-Schlamann", "Grol-Overlinge", "Hendriksen", "Oomen-Ruyten", "Frissing", "Van Traasen",
          "Woltering", "Hüsching", "Seesinga", "Buschfortner", "Gautiers", "Briefsma")


def test_all_of_a_party_right_after_the_last_name() -> None:
    text = ("Vragen van de leden Van lersel. Van Amelsvoorde en Gerritsen (allen C.D.A.) over het\n"
            "overheidsaankoopbeleid. (Ingezonden 10 maart 1982)\n")
    _kept(text, "Gerritsen")


def test_a_member_of_gemeentebelang() -> None:
    _kept("De GRIFFIER geeft aan dat dhr. Mullers van Gemeentebelang verzoekt een tekstuele wijziging door te voeren.",
          "Mullers")


def test_a_decrees_committee_chair_and_a_departments_staff() -> None:
    decree = ("### Artikel 4\n\nIn de commissie worden benoemd:\n\na.  tot lid en voorzitter van de commissie: "
              "Prof. Mr. D.W.F. Verkaden te Leiden;\n\nb.  tot leden van de commissie: Prof. Mr. J.J. Brinkhoff te "
              "Den Haag;\n")
    _found(decree, "D.W.F. Verkaden")
    minutes = ("Afsprakenlijst Voorbereidende Vergadering gemeente Landerd\n\naanwezig\n:\n\n"
               "voorzitter         W.C. Doorn\n\noverige\naanwezigen         H. van Dongena (wethouder, ag 3,4,5)\n"
               "                   S.Verwaaijer (Afd Ruimte, ag 4)\n"
               "                   A.Mandersma (afd Samenleving, ag 6)\n")
    names = {f.text for f in analyze_text(minutes) if f.entity == "NAAM"}
    assert {"S.Verwaaijer", "A.Mandersma"} <= names  # "Afd" is the afdeling, no party (the AfD is not listed)
