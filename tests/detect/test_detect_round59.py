"""Held-out round 59 (issue 14): what studying it fixed (names altered) - an attendance line that opens with
"Aanwezig" and one space before titles and initials, its roles on the next line; a web page's roll by party group
(a link after each party, blank lines between members, a local party no list knows among listed ones); an ordinal
before the office after "is"; the rest of a body after the name ("en de overige senatoren"); "+" between a list's
entries; a predicate before the colon of a plural role's list; an age before a party's new member; a social domain
council's "de leden"; a notice of "mejuffrouw" X that she cannot attend; the
member who votes first in a council's minutes, "Primus is mevrouw X"."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_an_attendance_line_with_one_space_after_its_label() -> None:
    text = ("Conceptbesluitenlijst van de openbare vergadering van 18 oktober 2007\nGEMEENTERAAD\n"
            "Aanwezig Ir. F.C. Morema Mw. drs. J.F. van Zutphma W.J.M. Goestma P.J.T. Pompma M.J. Robbemma\n"
            "waarnemend burgemeester griffier CDA CDA CDA\n")
    assert_kept(text, "F.C. Morema", "J.F. van Zutphma", "P.J.T. Pompma", "M.J. Robbemma")
    # prose is no attendance line
    assert_found("Aanwezigheid is gewenst.\nDe heer P.J.T. Pompma belde over zijn aanvraag.\n", "P.J.T. Pompma")


def test_a_web_pages_roll_by_party_group() -> None:
    text = ("De huidige gemeenteraad van Schiermonnikoog bestaat uit de volgende raadsleden:\n\n"
            "Samen voor Schiermonnikoog (website)\n\nDhr. B.S. Pastorie (fractievoorzitter), stuur een e-mail.\n\n"
            "Mevr. A.W. van der Meulenga, stuur een e-mail.\n\nMw. M. Beenstra,  stuur een e-mail.\n\n"
            "Ons Belang (website)\n\nDhr. H.H. Abma (fractievoorzitter), stuur een e-mail.\n\n"
            "Dhr. A.E. Postmaar, stuur een e-mail.\n\n"
            "Schiermonnikoogs Belang (website)\n\nDhr. W.J. Groendijker (fractievoorzitter), stuur een e-mail.\n\n"
            "Mevr. G. Smildama, stuur een e-mail.\n")
    assert_kept(text, "A.W. van der Meulenga", "M. Beenstra", "A.E. Postmaar", "G. Smildama")
    # one party's group and a heading no list knows are no body's roll
    assert_found("Samen voor Schiermonnikoog (website)\n\nMevr. A.W. van der Meulenga, stuur een e-mail.\n\n"
                 "Ons Belang (website)\n\nDhr. A.E. Postmaar, stuur een e-mail.\n", "A.W. van der Meulenga",
                 "A.E. Postmaar")


def test_an_ordinal_before_the_office_after_is() -> None:
    text = ("Jan van den Doolhof is het langstzittende scheidend raadslid - sinds 27 maart 2014 -, maar hij herinnerde "
            "eraan. Sierd Smitsma is het derde raadslid van wie wij afscheid hebben genomen.")
    assert_kept(text, "Jan van den Doolhof", "Sierd Smitsma")
    assert_found("Kees de Boerma is de gewaardeerde beleidsmedewerker van de afdeling.", "Kees de Boerma")


def test_the_rest_of_a_body_after_the_name() -> None:
    text = "Voorzitter Jan Anthonie Bruijnsma en de overige senatoren werden ontvangen door de president."
    assert_kept(text, "Jan Anthonie Bruijnsma")
    # "de andere leden" names a club's members too
    assert_found("Kees de Boerma en de andere leden van de tennisclub waren er.", "Kees de Boerma")


def test_a_plus_between_a_lists_entries() -> None:
    text = ("Aan het woord komen: de afscheid nemende wethouder P. Vogelsma en de beide kandidaat-wethouders "
            "S. Backusma + R. Verheulma over hun nominatie.")
    assert_kept(text, "S. Backusma", "R. Verheulma")


def test_a_predicate_before_the_colon_of_a_plural_roles_list() -> None:
    text = ("Drie van de vijf gedeputeerden hadden er toen ook al een politiek functie: Tineke Schokkerma, "
            "Hans Konstma en Johannes Kramerma. De statenleden lijken klein.")
    assert_kept(text, "Tineke Schokkerma", "Hans Konstma", "Johannes Kramerma")


def test_an_age_before_a_partys_new_member() -> None:
    text = ("Alle 27 gekozen kandidaten legden hun eed af. Daarin een flink aantal nieuwe gezichten: voor de VVD de "
            "pas 25-jarige Kevin Steeghma (Kessel).")
    assert_kept(text, "Kevin Steeghma")
    assert_found("Het gesprek ging voor de VVD over de 25-jarige Kevin Steeghma uit Kessel, een inwoner.",
                 "Kevin Steeghma")


def test_a_social_domain_councils_members() -> None:
    text = ("Sociaaldomeinraad Nijkerk weer compleet\n\nOp één plek na is de sociaaldomeinraad van de gemeente weer "
            "compleet. Dit door een besluit van het college van burgemeester en wethouders.\n\nHerbenoemd tot 1 "
            "oktober 2025 worden de leden Petra Kuhlma, Harry Bergsma en Gerard Koorevaarma.")
    assert_found(text, "Petra Kuhlma", "Harry Bergsma", "Gerard Koorevaarma")


def test_a_notice_of_mejuffrouw_that_she_cannot_attend() -> None:
    text = ("De Voorzitter: Ik deel aan de Kamer mede, dat zijn ingekomen: 1°. een bericht van mejuffrouw Meijerma, "
            "dat zij wegens het bijwonen eener begrafenis verhinderd is de vergadering bij te wonen.")
    assert_kept(text, "Meijerma")


def test_the_member_who_votes_first() -> None:
    text = ("Besluitenlijst van de vergadering van de gemeenteraad van Eersel\n\nDe voorzitter opent de vergadering. "
            "17 raadsleden nemen deel aan de vergadering.\nPrimus is mevrouw Wouters-Woestenbergma (ESA).\n\n"
            "Besluit\n\nDe agenda wordt ongewijzigd vastgesteld. De heer Pietersma is primus bij agendapunt 9.\n")
    assert_kept(text, "Wouters-Woestenbergma", "Pietersma")
