"""Held-out round 39 (issue 14): what studying it fixed - the Kamer's chair's formula "Ik deel aan de Kamer mede"
makes an excerpt of its proceedings Handelingen (so the members' notices of absence name members), and a court's
president and the head of a directorate-general named in a decree's list are public. Its leftovers, fixed after:
call names in brackets after initials ("G.J (Gert Jan) Willighagen", "B. (Ben) de Vries"), a name in capitals
with the place its bearer lives ("F. A. A. H. BREEKPOT TE WEERT") and a company's initials as its short name."""

from __future__ import annotations

from redact import analyze_text
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


def test_call_names_in_brackets_after_initials() -> None:
    text = ("Ondermandaat wordt verleend aan:\n− C.H.J.P (Kees) Hendrikx (tot en met 31 mei 2015),\n"
            "− G.J (Gert Jan) Willinghagen.\n− drs. B. (Ben) de Vriese, afdelingshoofd,\n")
    found = {f.text for f in analyze_text(text) if f.entity == "NAAM"}
    assert {"C.H.J.P (Kees) Hendrikx", "G.J (Gert Jan) Willinghagen", "B. (Ben) de Vriese"} <= found


def test_a_petitioner_in_a_heading_in_capitals() -> None:
    for text, name in (
        ("VERSLAG OVER HET ADRES VAN F. A. A. H. BREEKPAT TE WEERT, MET BETREKKING TOT EEN REISKOSTENVERGOEDING",
         "F. A. A. H. BREEKPAT"),
        ("VERSLAG OVER HET ADRES VAN R. A. VAN DER BOVENKAMPE TE MIDDELBURG, MET BETREKKING TOT KWIJTSCHELDING",
         "R. A. VAN DER BOVENKAMPE"),
    ):
        _found(text, name)


def test_a_companys_initials_are_its_short_name() -> None:
    text = ("in de zaak van\n[curator],\neiser,\ntegen\nde naamloze vennootschap\nFORTIS COMMERCIAL FINANCE N.V.,"
            "\ngevestigd te 's-Hertogenbosch,\ngedaagde.\nPartijen zullen hierna de curator en FCF genoemd worden.\n"
            "2.7. FCF concludeert op grond daarvan dat de verpanding rechtsgeldig is.\n")
    assert not [f for f in analyze_text(text) if f.entity == "INITIALEN"]
    # without the company, the same code as the subject of a sentence stays a person's initials
    unnamed = text[text.index("Partijen"):]
    assert [f.text for f in analyze_text(unnamed) if f.entity == "INITIALEN"]
