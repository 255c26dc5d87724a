"""Held-out round 60 (issue 14): what studying it fixed (names altered) - a council's question hour on a news site;
a predecessor "in de plaats van" after an appointment; a bulleted list under a plural role; the council's "nestor";
leaving an elected body; a given name before a surname that is also a word ("Ariane Hoog"); a party after a comma at
a line's end; a ruling's president in its closing formula; a working group named after its chair; an elided particle
opening a list's first surname ("d’Anjou")."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found, assert_kept, fully_covered


def test_the_members_asking_in_a_councils_question_hour() -> None:
    text = ("Raadsvergadering d.d. 11 december 2008\n\nDe laatste raadsvergadering van dit jaar verliep gespannen.\n\n"
            "Vragenuur:\n- Mw. Bossema vroeg naar de stand van zaken m.b.t. het Botjeszandgat. Weth. Postma kon "
            "mededelen dat alles klaar is.\n- Dhr. Lantinga vroeg n.a.v. een krantenartikel naar de voedselbank.\n")
    assert_kept(text, "Bossema", "Lantinga")
    # outside a body's question hour a titled person asking is anyone
    assert_found("Verslag van het spreekuur\n\n- Mw. Bossema vroeg naar haar aanvraag.\n", "Bossema")


def test_a_predecessor_in_the_place_of() -> None:
    text = ("De Kiesraad benoemde op 11 december 2023 twee Eerste Kamerleden. De heer M.J. (Marc) de Vriesma, is "
            "benoemd als Eerste Kamerlid voor de SGP, in de plaats van de heer D.J.H. (Diederik) van Dijkstra.")
    assert_kept(text, "D.J.H. (Diederik) van Dijkstra")
    assert_found("Piet Jansma kwam, in de plaats van de heer Kees Pietersma, op het spreekuur.", "Kees Pietersma")


def test_a_bulleted_list_under_a_plural_role() -> None:
    text = ("De vier nieuwe wethouders zijn:\n\n  • De heer M. (Martijn) Breukelma (CDA)\n"
            "  • De heer F. (Falco) Bruinsmaar (OpKoers.nu)\n  • Mevrouw B.M. (Gitta) Luitenma (PvdA)\n\n"
            "De wethouders hebben de benoeming aanvaard.\n")
    assert_kept(text, "F. (Falco) Bruinsmaar", "B.M. (Gitta) Luitenma")
    # a committee's "leden" may be anyone's; a list that opened without a bullet ends at the next bullet
    assert_found("De leden van deze commissie zijn:\n\n  • mevrouw drs. Judith de Grootma (voorzitter)\n"
                 "  • de heer dr. Sjoerd Keulenma\n", "Judith de Grootma", "Sjoerd Keulenma")
    assert_found("Aanwezig:\n  • Wethouders Susanne Roymans en Henk Wijkhuisma\n"
                 "  • San van der Zeijdma, Projectmanager\n  • Rina van der Werfma, communicatie\n",
                 "Rina van der Werfma")


def test_the_councils_nestor() -> None:
    assert_kept("Tijdens de raadsvergadering roemde Henk Veurinkma, als raadsnestor, de inzet van Chris.",
                "Henk Veurinkma")


def test_leaving_an_elected_body() -> None:
    assert_kept("Renata Vossema heeft per 1 augustus 2017 de Tweede Kamer verlaten.", "Renata Vossema")
    assert_kept("Piet Jansma verliet in 2019 de gemeenteraad.", "Piet Jansma")
    assert_found("Kees de Boerma heeft de raad van toezicht verlaten.", "Kees de Boerma")
    assert_found("Jan Pietersma had de raad gebeld over zijn aanvraag.", "Jan Pietersma")


def test_a_given_name_before_a_surname_that_is_also_a_word() -> None:
    text = "Mevrouw Ariane Hoog sprak over de begroting."
    findings = analyze_text(text)
    assert fully_covered(text, findings, "Ariane Hoog")  # the surname too, not the given name alone
    assert_kept("Het dagelijks bestuur bestaat uit mevrouw Ariane Hoog (VVD) en de heer Rolf Steenwinkelma (PvdA).",
                "Ariane Hoog")


def test_a_party_after_a_comma_at_a_lines_end() -> None:
    text = ("3. Vaststellen agenda\nDan gaan we naar het vaststellen van de agenda. Als ik het wel heb, de heer "
            "Van der Heidema, CU.\n")
    assert_kept(text, "Van der Heidema")
    assert_found("Dat schreef de heer Van der Heidema, Amsterdam.\n", "Van der Heidema")


def test_a_rulings_president_in_its_closing_formula() -> None:
    text = ("De president wijst het verzoek om een voorlopige voorziening af. Aldus gewezen door mr R.R. Winterma, "
            "president, in tegenwoordigheid van mr A. Bruiningma, als griffier, en uitgesproken in het openbaar.")
    assert_kept(text, "R.R. Winterma", "A. Bruiningma")


def test_a_working_group_named_after_its_chair() -> None:
    text = ("Gezien het rapport van april 1995 van de werkgroep Craemerma;\n\nBesluit:\n\nArtikel 2\nDe commissie "
            "bestaat uit:\nmr R. W. M. Craemerma, tevens voorzitter\nmr drs. P. Jansma\n")
    assert_kept(text, "R. W. M. Craemerma")
    assert_found(text, "P. Jansma")


def test_an_elided_particle_opening_a_lists_first_surname() -> None:
    text = ("Voor de werving is een begeleidingsgroep gevormd bestaande uit de raadsleden d’Anjoux, Van de Berg en "
            "Pieterse. De groep heeft tien kandidaten gesproken.")
    assert_kept(text, "Van de Berg", "Pieterse")
    assert_found("Voor de werving sprak zij met d’Anjoux, Van de Berg en Pieterse, drie inwoners.", "Van de Berg",
                 "Pieterse")
