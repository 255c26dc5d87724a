"""Held-out round 40 (issue 14): what studying it fixed - a council's attendance table whose cells a bar or a tab
divides, rows led by party labels ("SGP | A.J. Scheppink, …"), the chair on a bullet below its label, a member
"vanavond afwezig"; an acting mayor without a comma before his office; a programme's or a region's name after its
noun; a name list in a sentence whose first name no list knows; "R.P.M van Slobbe" (a last initial without its dot
before a particle), "A.M." as a person's initials and a family name with "in 't" inside ("J.C. Huis in ’t Veld")."""

from __future__ import annotations

from redact import analyze_text
from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept

_TABLE = """Verslag raad 25 mei 2023
- Datum:
- 25-05-2023
- Voorzitter:
- J.C.R. van Houdtman
- Griffier:
- drs. G.H. Veermans
- Notulist:
- M. Roelofsen
Aanwezig{sep}Naam{end}
Voorzitter{sep}J.C.R. van Houdtman{end}
SGP{sep}A.J. Scheppinga, dr. ir. A.S. Haasema, E.G. Bosmans en R. Janszen{end}
CDA{sep}drs. R. Ekhardt, G. Basmacy en H.J. Nijkampe{end}
ChristenUnie{sep}J. Berkhofs, F. Hulshof-Boevink en A.G. Rozenkampe{end}
VVD{sep}E.J.W. Deijkman{end}
Griffier{sep}drs. G.H. Veermans{end}
Wethouders{sep}B. Beenesse, B.D. Tijhoff, F.J. Wesselink{end}
Pers{sep}1{end}
De VOORZITTER spreekt het ambtsgebed uit.
1.Opening
Er is bericht van verhindering ontvangen van mevrouw Bronsvoorde. Ook de heer Tuijnderman is vanavond afwezig.
"""


def test_a_councils_attendance_table_by_party_rows() -> None:
    for sep, end in ((" | ", " |"), ("\t", "")):
        text = _TABLE.format(sep=sep, end=end)
        _kept(text, "J.C.R. van Houdtman", "A.J. Scheppinga", "A.S. Haasema", "R. Ekhardt", "J. Berkhofs",
              "E.J.W. Deijkman", "B. Beenesse", "F.J. Wesselink", "Bronsvoorde", "Tuijnderman")
        _found(text, "M. Roelofsen")


def test_an_acting_mayor_without_a_comma() -> None:
    _kept("- Persbericht Han Looijenga waarnemend burgemeester in Valkenswaard (pdf, 205 kB)\n", "Han Looijenga")
    _found("- Persbericht Han Looijenga bezoekt de burgemeester in Valkenswaard (pdf, 205 kB)\n", "Han Looijenga")


def test_a_programmes_or_regions_name_after_its_noun() -> None:
    for text in ("Het maakt deel uit van het programma Hart van de Heuvelrug. Eerder is een visie vastgesteld.",
                 "De gemeenten in de regio Hart van Brabant werken samen."):
        assert not [f for f in analyze_text(text) if f.entity == "NAAM"], text
    _found("De projectleider Jan Smit belt de bewoners.", "Jan Smit")


def test_a_name_list_in_a_sentence() -> None:
    text = ("Van links(boven) naar rechts(onder): Durkje Boersma, Saapke Nijhuis, Greetje Krol, Yteke Kuipers en Ina "
            "Witteveen.")
    _found(text, "Yteke Kuipers", "Durkje Boersma")
    places = "De gemeenten Den Haag, Rotterdam, Zoetermeer, Leidschendam Voorburg en Delft doen mee."
    assert not [f for f in analyze_text(places) if f.entity == "NAAM"]


def test_initials_without_their_last_dot_before_a_particle_and_am() -> None:
    _found("k. dhr. R.P.M van Slobben, te Amsterdam;", "R.P.M van Slobben")
    _found("waardepapieren, toebehorende aan A.M. Koolstee-Sluiters, althans aan een ander", "A.M. Koolstee-Sluiters")


def test_a_family_name_with_in_t_inside() -> None:
    _found("a. dhr. ir. J.C. Huis in ’t Velde, te Den Haag, tevens voorzitter;\nb. dhr. W. Buijsen, te Rotterdam;",
           "J.C. Huis in ’t Velde")
