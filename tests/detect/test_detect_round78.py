"""Held-out round 78 (issue 14): what studying it fixed (names altered) - an office holder's "collega's"; "Het gaat om"
after a plural office (and a portfolio word ends at a word's end); leaving or switching a party; a committee report's
signers one a line with commas; a party and an office added to the rules; a colophon's label after a name."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found, assert_kept


def test_an_office_holders_colleagues() -> None:
    text = ("Otterma, die ook de afgelopen periode al wethouder voor Wakker Emmen was, kreeg 35 stemmen. Zijn "
            "collega’s René van der Weidema, Bouke Arendsma en Robert Kleinema kregen wel de steun van alle "
            "raadsleden.\n\nDe monteur kwam langs. Zijn collega’s Piet Bakkersma en Jan Jansma hielpen mee.")
    assert_kept(text, "René van der Weidema", "Bouke Arendsma", "Robert Kleinema")
    assert_found(text, "Piet Bakkersma", "Jan Jansma")


def test_het_gaat_om_after_a_plural_office() -> None:
    text = ("De ministerraad heeft besloten vier nieuwe staatsraden voor de Afdeling bestuursrechtspraak van de Raad "
            "van State voor benoeming voor te dragen aan Zijne Majesteit de Koning. Het gaat om de heer mr. H.J.M. "
            "Besselinkma en mevrouw mr. J. Schipper-Spanningama.\n\nDe Ministerraad heeft ingestemd met de benoeming "
            "van twee nieuwe leden van het College voor de Rechten van de Mens. Dit zijn: mevrouw mr. dr. Britta "
            "Böhlerma en de heer mr. dr. John Morijnma.")
    assert_kept(text, "H.J.M. Besselinkma", "J. Schipper-Spanningama")
    assert_found(text, "Britta Böhlerma", "John Morijnma")


def test_leaving_or_switching_a_party() -> None:
    text = ("Laurence Haackma stapte van de VVD over naar Leefbaar Schouwen-Duiveland. Jet van Gentma verliet "
            "GroenLinks om een eigen partij op te richten. Jan Jansma stapte van de fiets. Piet Bakkersma "
            "verliet Amsterdam.")
    assert_kept(text, "Laurence Haackma", "Jet van Gentma")
    assert_found(text, "Jan Jansma", "Piet Bakkersma")


def test_a_committee_reports_signers_one_a_line_with_commas() -> None:
    text = ("Eerste Kamer der Staten-Generaal\nZitting 1974-1975 Nr. 35\nEindverslag van de vaste Commissie voor "
            "Financiën\nDe onderhavige wetsontwerpen zullen in het openbaar besproken worden.\nVastgesteld, 10 "
            "december 1974.\nZoon,\nTerwindt (voorzitter),\nReijnen (plv.),\nDe Wilde,\nVan Kleef,\nVan Marion\n")
    assert_kept(text, "Van Kleef", "Van Marion", "De Wilde")


def test_a_party_and_an_office_of_the_rules() -> None:
    text = ("De heer Hartogma (De Socialisten) stelt voor om het raadsvoorstel van de agenda te halen.\n\n"
            "a.  tot voorzitter: de heer Dirk Sterckxma, Europees parlementslid;")
    assert_kept(text, "Hartogma", "Dirk Sterckxma")


def test_a_colophons_label_after_a_name() -> None:
    text = "Auteur(s) Michiel Brouwer Helma Luiten Mario Willems Opdrachtgever Rekenkamercommissie Stadsdeel Oost"
    names = [f.text for f in analyze_text(text) if f.entity == "NAAM"]
    assert "Mario Willems" in names and not any("Opdrachtgever" in n for n in names), names
