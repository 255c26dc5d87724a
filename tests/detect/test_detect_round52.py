"""Held-out round 52 (issue 14): what studying it fixed (names altered) - a roll by party group; a scraped page's HTML
tags; candidates selected for an office and a member of a governing college; portfolio holders; the chair who opens a
council's meeting; local parties' labels in a list the known parties fill."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_a_roll_by_party_group() -> None:
    text = ("Bijlage persbericht.\n\nAfscheid Overijsselse Statenleden op 30 maart 1999\n\nCDA\nde heer Heukma\n"
            "de heer Heijma\nde heer Hulshma\n\nVVD\n\nde heer Van den Bergma\nmw Borggreve-Venhuizma\n"
            "de heer Brachma\n\nPvdA\n\nmw Beijlen- Geertma\nde heer Jaegma\n")
    assert_kept(text, "Heukma", "Van den Bergma", "Borggreve-Venhuizma", "Jaegma")
    # one party's contacts are no roll
    assert_found("Voor nadere informatie:\n\nCDA\nde heer Heukma\nde heer Heijma\n", "Heukma")


def test_a_scraped_pages_html_tags() -> None:
    text = ("Verslag van de vergadering van de <strong>raad</strong> der gemeente Wormerland, gehouden op 5 "
            "juli<br />\n\n2005 in het gemeentehuis te Wormer, aanvang 20.00 uur<br />\n\nAANWEZIG<br />\n\n"
            "de leden: de heren L.J. van Berkma, J.S. Bierma, J.R.A. van den Broekma, J.B. Gagnma,<br />\n\n"
            "C.J.M. Gerssma, A.H.B. van Haarlma, R.P. Hendrikma, N.J. de Jongma,<br />\n\n"
            "de wethouders: de heren C.J.G. Bijvoma, P.H. Roma<br />\n\nde griffier: mevrouw I.P. Vrolma<br />\n\n"
            "AGENDA<br />\n\n01. Opening en vaststelling agenda<br />\n")
    assert_kept(text, "C.J.M. Gerssma", "N.J. de Jongma", "I.P. Vrolma")


def test_candidates_and_members_of_a_governing_college() -> None:
    assert_kept("De CDA-fractie heeft Jan Heijkma, Dirk Dekma en Loes van Ruijven-van Leeuwma geselecteerd als "
                "kandidaat-gedeputeerde.", "Jan Heijkma", "Loes van Ruijven-van Leeuwma")
    assert_kept("Namens het samenwerkingsverband SGP/RPF/GPV zal Rinus Houtma deel uit gaan maken van het college van "
                "Gedeputeerde Staten.", "Rinus Houtma")
    assert_found("Jan Jansen maakt deel uit van het college van bestuur van de universiteit.", "Jan Jansen")


def test_portfolio_holders_and_the_chair_of_a_councils_meeting() -> None:
    assert_kept("In een bijeenkomst met de portefeuillehouders Marja van der Meer en Jeltje Hoekma, met ambtenaar "
                "Pier van Olphma.", "Marja van der Meer", "Jeltje Hoekma")
    assert_found("In een bijeenkomst met de portefeuillehouders Marja van der Meer en Jeltje Hoekma, met ambtenaar "
                 "Pier van Olphma.", "Pier van Olphma")
    assert_kept("Voorzitter Van Wolfswinma opent de raadsvergadering en vraagt een moment van stilte.",
                "Van Wolfswinma")


def test_local_parties_labels_in_a_list_the_known_parties_fill() -> None:
    text = ("De bijzondere raadsvergadering van 28 maart 2018 was de laatste van de raadsperiode.\n\nDe raad "
            "besloot de volgende personen toe te laten: De heer Van Alphma (Eiland van Vrijheid), mevrouw Van "
            "den Berg-Mostma (ChristenUnie), de heer Van der Boma (SGP), mevrouw Both-Verhoema (CDA), de heer "
            "Breederma (SGP), de heer Van der Meer (Eiland van Vrijheid), mevrouw Nijssma (VVD), de heer Feller (VVD), "
            "mevrouw 't Hoema (PvdA).\n")
    assert_kept(text, "Van Alphma", "Van der Meer")


def test_the_authors_of_cited_works() -> None:
    text = ("Zie: Faama WA, Sterma AHJM.\n\n17\n\nOskma P, Reitsma AM. Causaal verband in whiplashzaken; TvP 2014 "
            "nr 4.\n\n18\n\nAudhma SS, Hovma JL, Jong PR de, Sluitma JK. Factors for the Work Participation.\n\n"
            "16\n\nAkkerma AJ. Causaliteit bij letselschade en medische expertise; TvP 2003 nr 4: 93-104.\n")
    assert_found(text, "Faama WA", "Sterma AHJM", "Jong PR de", "Sluitma JK", "Akkerma AJ")
    # phases, appendices and countries with their codes are no authors
    assert_kept("Zie Fase II, Fase III. Daarna volgt het plan. In Nederland NL, Belgie BE. En Bijlage A, Bijlage B. "
                "Dan", "Fase II", "Belgie BE", "Bijlage A")


def test_an_advisory_councils_minutes_that_mention_the_council() -> None:
    text = ("Verslag: 14 september 2022.\n\nAanwezig: Mw. E. Van Adrichma, mw. W. Tolenma, dhr. F. Hendrikma en dhr. "
            "C. Klasma.\n\nAfgemeld: Mw. M. Eekhma en mw. S. Rosma.\n\n 1. Opening\n\nDe raadsinformatiebrief staat "
            "op de agenda van de raadscommissie en wordt besproken op de stadstafel.\n")
    assert_found(text, "W. Tolenma", "F. Hendrikma", "S. Rosma")
