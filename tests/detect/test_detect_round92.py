"""Held-out round 92 (issue 14; names altered): the Eerste Kamer's roll of 1830 ("Tegenwoordig met den Voorzitter 42
leden te weten"); a council's "Afwezig de heeren: A en B."; the rapporteurs who adopt a report "door de Commissie van
Rapporteurs" and the members present at the sections' examination of a bill; a name the grammar cannot read
("H.D. (Herman) Tjeenk Willinkma") and the family name of two words it ends with; a listed party that goes on after a
name a recognizer extended over its start ("van Water Natuurlijk"); a place after "in" before a birth phrase is no
name; "oud gemeenteraadslid" after the name."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found, assert_kept


def test_an_old_roll_counted_with_the_chair_without_a_comma() -> None:
    roll = ("van Dijk , Jansen , Bakker, van der Meer, de Vries en Smit.\nDe notulen van het verhandelde in de vorige "
            "zitting worden gelezen en goedgekeurd.\n")
    text = ("ZITTING VAN WOENSDAG 22 SEPTEMBER 1830.\nTegenwoordig met den Voorzitter 42 leden te weten , de heeren "
            ":\n" + roll)
    assert_kept(text, "van Dijk", "Jansen", "Bakker", "van der Meer")
    assert_found("Bij de notaris verschenen de heeren :\n" + roll, "Jansen", "Smit")  # the names are found as such


def test_a_councils_absent_members_after_the_chair() -> None:
    text = ("VERGADERING VAN DEN RAAD DER GEMEENTE KAMPEN, op Dinsdag 27 Januari 1914\n\n     Voorzitter: de "
            "Burgemeester, Mr. J. D. van Blommesteinma.\n     Afwezig de heeren: Lubbersma en Boelema.\n     De "
            "Voorzitter:     Ik open deze vergadering.\n\n1.\n\n     De Voorzitter:     Heeft een der heeren "
            "aanmerking op de notulen der vorige vergadering?\n     Niet, dan zijn deze vastgesteld.\n")
    assert_kept(text, "Lubbersma", "Boelema")


def test_the_rapporteurs_and_the_members_present_in_the_sections() -> None:
    text = ("De zeven wets-ontwerpen tot naturalisatie hebben bij het onderzoek in hare afdeelingen (1) tot geene "
            "bedenkingen aanleiding gegeven.\nAldus vastgesteld door de Commissie van Rapporteurs, den 20sten "
            "November 1873. JANSEN.\nVAN DER MEER.\nDE VRIES.\n(1) Bij dat onderzoek waren tegenwoordig de heeren "
            "van Dijk, Bakker, Smit, Mulder en de Boer.\n")
    assert_kept(text, "VAN DER MEER", "DE VRIES", "Bakker", "Mulder")


def test_a_family_name_of_two_words_after_initials_and_a_call_name() -> None:
    text = ("Bij Koninklijk Besluit is de heer mr. H.D. (Herman) Tjeenk Willinkma benoemd tot minister van Staat. De "
            "heer Tjeenk Willinkma was van 1997 tot 2012 hoogleraar.\n")
    assert_kept(text, "Tjeenk Willinkma")


def test_a_listed_party_that_goes_on_after_the_name() -> None:
    text = ("Het bestuur bestaat uit Carla Almama van Water Natuurlijk, Eisse Luitjesma van de VVD en Jan Bosma van "
            "de ChristenUnie.\n")
    assert_kept(text, "Carla Almama")


def test_a_place_before_a_birth_phrase_is_no_name() -> None:
    text = ("De hoedanigheid van Nederlander wordt verleend aan Carl Heinrich von Winningma, eersten luitenant bij het "
            "leger in Nederlandsch Indie, geboren te Munster (Pruissen), wonende te Bandoeng.\n")
    assert_found(text, "Carl Heinrich von Winningma")
    assert not [f.text for f in analyze_text(text) if "Indie" in f.text]


def test_a_former_councillor_named_as_such() -> None:
    assert_kept("De voorzitter stond stil bij het overlijden van dhr. Ton Nijpelsma, oud gemeenteraadslid van 1998 "
                "tot 2006.", "Ton Nijpelsma")


def test_the_adjective_aanwezige_is_no_attendance_label() -> None:
    text = ("Notulen van de vergadering van de gemeenteraad\n1°. eene rekening over de nieuwe gezantschapswoning, "
            "alsmede de herstelling van de nog aanwezige gebouwen op dien eigendom :\n2°. eene acte.\nBij den "
            "notaris verscheen Piet Jansen.\n")
    assert_found(text, "Piet Jansen")


def test_long_initials_and_double_names_in_capitals() -> None:
    text = ("Bij Koninklijk besluit hebben de navolgende benoemingen plaats gehad: 1°. van den heer PH. H. TADDELMA, "
            "essayeur, tot controleur;\nVoorts is het lid van het Muntcollegie mr. L. C. HORA SICCAMA belast met de "
            "werkzaamheden van waardijn,\nterwijl de commies jhr. mr. M. M. VAN ASCH VAN WIJCK is bevorderd tot "
            "adjunct-secretaris.\n")
    assert_found(text, "PH. H. TADDELMA", "L. C. HORA SICCAMA", "M. M. VAN ASCH VAN WIJCK")


def test_a_town_clerk_by_his_formal_title_and_a_burgemeester_without_a_comma() -> None:
    text = ("Onder de vele aanwezigen merkten we op de heeren H. van Alphenma, burgemeester van Zandvoort, J. Kosterma "
            "burgemeester van Winkel, A. de Ridderma, secretaris der gemeente Winkel, G. G. Loggersma, secretaris van "
            "de gemeente Barsingerhorn, en verscheidene ambtenaren ter secretarie.\n")
    assert_kept(text, "J. Kosterma", "A. de Ridderma", "G. G. Loggersma")


def test_a_councils_secretary_at_a_raadsavond() -> None:
    text = ("Verslag raadsavond besluiten 05-02-2009\n\nAanwezig: A.A. Steenbergma (voorzitter), Jan Ballastma, "
            "R.A. Berkenboschma en J.P. Windma (griffier).\n\nAfwezig met kennisgeving: het lid J.K. Ottenma, "
            "burgemeester W.P.M. Urlingsma alsmede de secretaris G.H. de Vriesma.\n")
    assert_kept(text, "G.H. de Vriesma")


def test_a_member_of_a_college_that_is_no_representative_body() -> None:
    text = ("Voorts is, bij Koninklijk besluit, het lid van het Muntcollegie mr. L. C. Hora Siccama belast met de "
            "werkzaamheden van waardijn.\n")
    assert_found(text, "L. C. Hora Siccama")
    assert_kept("Het woord is aan het lid van de Tweede Kamer mr. L. C. Jansen, die zegt dat het goed is.",
                "L. C. Jansen")
