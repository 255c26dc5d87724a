"""Held-out round 55 (issue 14): what studying it fixed (names altered) - a roll by party group with the party before a
colon; an office between dashes; a second political post before the name; a firm's name of initials before its legal
form; a full name typed in lower case; a Markdown attendance table; a family name with a noun's ending after initials;
the chair of a vertrouwenscommissie."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_a_roll_by_party_group_with_the_party_before_a_colon() -> None:
    text = ("De gemeenteraad bestaat nu uit de volgende raadsleden:\n\n"
            "  • SGP: Gert van Laarma, Gert Hovestma, Peter de Rooima\n"
            "  • VVD: Leo Schenkma, Richard Salarma\n"
            "  • Rhenens Belang: Geertje Wiesenma, Ana Hulsema-Salgado\n"
            "  • CDA: Rik ter Horstma\n")
    assert_kept(text, "Gert Hovestma", "Leo Schenkma", "Geertje Wiesenma", "Rik ter Horstma")
    # labels that are no parties
    assert_found("Aanwezig: Gert Hovestma, Leo Schenkma\nAfwezig: Rik ter Horstma\n", "Gert Hovestma")


def test_an_office_between_dashes() -> None:
    text = ("Andrea Ernma - die voor 0,7 fte wethouder wordt - zit sinds oktober vorig jaar in de gemeenteraad.\n")
    assert_kept(text, "Andrea Ernma")


def test_a_second_political_post_before_the_name() -> None:
    text = "Volgens fractievoorzitter en lijsttrekker Robert Honingma wordt daarmee verloochend dat de kiezer koos.\n"
    assert_kept(text, "Robert Honingma")


def test_a_firms_name_of_initials_before_its_legal_form() -> None:
    text = ("De jaarrond-produktie is volledig nieuw voor W.P.K. Madema B.V. en voor Nederland. Daarom verricht "
            "W.P.K. Madema onderzoek naar de mogelijkheden. De directeur, de heer J.K. Pietma, tekende.\n")
    assert_kept(text, "W.P.K. Madema")
    assert_found(text, "J.K. Pietma")
    # a titled name is a person's, also where a firm bears it
    assert_found("De heer W.P.K. Madema is eigenaar van W.P.K. Madema B.V. te Venlo.\n", "W.P.K. Madema")


def test_a_full_name_typed_in_lower_case() -> None:
    text = ("**Aanwezig:**\n\nPaul Damma (forum standaardisatie, voorzitter), Frits bouwma(DUO), Remco schaarma(Logius)"
            "\n\nFrits Bouwma: Heeft in zijn usecases behoefte aan dienstbemiddeling.\n\nRemco Schaarma licht de "
            "aspecten toe.\n")
    assert_found(text, "Frits bouwma", "Remco schaarma")


def test_a_markdown_attendance_table() -> None:
    text = ("## Aanwezig\n| Naam                | Organisatie       | Opmerking                 |\n"
            "| ------------------- | ----------------- | ------------------------- |\n"
            "| Dennis Passma       | Logius            | vandaag voorzitter        |\n"
            "| Stas Mironma        | Logius            |                           |\n")
    assert_found(text, "Stas Mironma")


def test_a_family_name_with_a_nouns_ending_after_initials() -> None:
    text = "Haar directie wordt gevormd door E.A.J. van den Heuvma en W.H. de Redelijkheid.\n"
    assert_found(text, "W.H. de Redelijkheid")
    # one initial numbers an item
    assert_kept("A. De gemeenschap\nB. De verantwoordelijkheid\n", "De verantwoordelijkheid")


def test_the_chair_of_a_vertrouwenscommissie() -> None:
    text = ("In een bijzondere raadsvergadering werd de profielschets toegelicht door Lou Cremma, voorzitter van de "
            "vertrouwenscommissie.\n")
    assert_kept(text, "Lou Cremma")
