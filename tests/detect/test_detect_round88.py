"""Held-out round 88 (issue 14; names altered): a council committee's participants by party in one line, with initials
and forms of address; the Hoge Raad's list of recommendation (judges named in their offices public, an advocate or a
professor alone not); a party's woman member "VVD´ster"; absentees tagged by local parties; a Kamer's absentees with
their reasons between semicolons; a water board's joint list "(Geborgd ongebouwd-CDA-VVD)"; a board's codes of
initials ("Patrick Caspers (PCS)"); a family name that ends like a street ("Christian Groeneweg"); a board's label
after a name ("penningmeester: X, algemeen leden: Y"); clergy before a family name; a table's column gap ends a
name."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found, assert_kept


def test_a_committees_participants_by_party_with_initials() -> None:
    text = ("Besluitenlijst stadsdeelcommissie Zuid\n\nVoorzitter:\n\nMw B.L. Boesma\n\nDeelnemers vergadering:\n\n"
            "PvdA: mw M.E.J.H. Kronenburgma, W. v.d. Noordtma; CDA: S. Gabriëlma; VVD: mw. H.A. Nijhuisma; SP: M.J. "
            "Gloerichma;; GroenLinks: mw. C.J.M. Hanninkma; D'66: E. Eerenbergma.\n"
            "wethouder: W.E. Wallingma; ambtelijk: M. Verhijdema (Stadsdeelmanager Zuid).\n")
    assert_kept(text, "M.E.J.H. Kronenburgma", "W. v.d. Noordtma", "S. Gabriëlma", "H.A. Nijhuisma",
                "C.J.M. Hanninkma", "E. Eerenbergma")
    assert_found(text, "M. Verhijdema")


def test_the_hoge_raads_list_of_recommendation() -> None:
    text = ("LIJST van aanbeveling van zes candidaten, door de Hoge Raad der Nederlanden aan de Tweede Kamer der "
            "Staten-Generaal ingezonden, ten einde daarop te kunnen acht slaan bij het maken der nominatie voor de "
            "vacature van een raadsheerplaats: 1. mr. S. K. Martensma, advocaat bij de Hoge Raad der Nederlanden, "
            "tevens raadsheer-plaatsvervanger in het Gerechtshof te 's-Gravenhage; 2. mr. S. Royerma, raadsheer in het "
            "Gerechtshof te Amsterdam; 3. mej. mr. A. C. van den Blinkma, rechter in de Arrondissements-Rechtbank te "
            "Amsterdam; 4. professor mr. T. Koopmansma, hoogleraar aan de Rijksuniversiteit te Leiden.\n"
            "De Hoge Raad der Nederlanden,\nG. J. Wiardama, President\nM. J. Ch. Reijersma, Griffier\n")
    assert_kept(text, "S. K. Martensma", "S. Royerma", "A. C. van den Blinkma", "G. J. Wiardama")
    assert_found(text, "T. Koopmansma")


def test_a_partys_woman_member_and_a_water_boards_joint_list() -> None:
    text = ("Hij zit nu naast de VVD´ster Elma van den Wormma. Er zijn drie AB-leden benoemd in het nieuwe dagelijks "
            "bestuur: Arie van Wijkma (Water Natuurlijk), Annette van Veldema (Geborgd ongebouwd-CDA-VVD) en Herman "
            "Beerdama (PvdA). De notulen zijn van Anne Jansma.")
    assert_kept(text, "Elma van den Wormma", "Annette van Veldema")
    assert_found(text, "Anne Jansma")


def test_absentees_tagged_by_local_parties_and_a_shared_tag() -> None:
    text = ("Verslag raadvergadering 6 mei 2019\n\nEr waren vandaag vier afmeldingen, te weten: Mevr. van Driestma "
            "(SenP), Mevr. Paterma (BVDH), Mevr. Vorstmanma (BVDH) en Dhr. Donkelaarma (CU),\n\nEr was één inspreker, "
            "te weten Dhr. P. Schaapma, vrijwilliger van de Stichting Museumhaven.\n\nOok het voorstel tot het "
            "ontslaan van de heren D. Gorterma en M. Vermootma (beide SenP) als commissieleden werd aangenomen.\n")
    assert_kept(text, "van Driestma", "Paterma", "Vorstmanma", "Donkelaarma", "D. Gorterma", "M. Vermootma")
    assert_found(text, "P. Schaapma")


def test_a_kamers_absentees_with_their_reasons() -> None:
    text = ("De Voorzitter: Ik deel aan de Kamer mee, dat zijn ingekomen berichten van verhindering tot het bijwonen "
            "van de vergadering van de leden: Voogdma, wegens ziekte; Van Dijk, wegens dringende bezigheden elders, "
            "ook morgen; Wieldraaijerma, wegens verplichtingen elders; Van der Meer, ook morgen, wegens het bijwonen "
            "van vergaderingen van het Europese Parlement te Luxemburg; Van Leeuwen, wegens bezigheden elders. Deze "
            "berichten worden voor kennisgeving aangenomen.\n")
    assert_kept(text, "Voogdma", "Van Dijk", "Wieldraaijerma", "Van der Meer", "Van Leeuwen")


def test_a_boards_codes_of_initials() -> None:
    text = ("Algemene ledenvergadering van de energiecoöperatie.\n\nAanwezig: Voltallig bestuur (Patrick Caspersma "
            "(PCA) voorzitter, Pi van Weertma (PWA) penningmeester.\n\nPCA stelt het bestuur voor aan de aanwezige "
            "leden.\n\nPWA, presenteert het financieel jaarverslag.\n")
    findings = analyze_text(text)
    codes = [f for f in findings if f.entity == "INITIALEN"]
    assert {f.text for f in codes} >= {"PCA", "PWA"}, [(f.entity, f.text) for f in findings]


def test_a_family_name_that_ends_like_a_street() -> None:
    text = ("De nieuwe bestuursleden zijn: Christian Groeneweg (voorzitter) en Anne Bakma. Het clubhuis staat aan de "
            "Groeneweg 12 in Delft.")
    assert_found(text, "Christian Groeneweg")
    findings = analyze_text(text)
    assert not any(f.start >= text.index("aan de Groeneweg") for f in findings if f.entity == "NAAM")


def test_a_boards_label_after_a_name_and_clergy() -> None:
    text = ("Het nieuwe bestuur van de fotoclub. Voorzitter: Paul Appelma, penningmeester: Peter de Boerma, algemeen "
            "leden: Lex Reichenma en Pieter Boerema. Pastoor Lipschma roemt in zijn toespraak de goede band.")
    assert_found(text, "Peter de Boerma", "Lipschma")


def test_a_tables_column_gap_ends_a_name() -> None:
    text = ("Whatsappgroepen;\n"
            "Henk Britoma                                Hof van Capelle                     Sprang-Capelle\n"
            "Desiree Zachtma –                           Rondom Zuidewijn                 Sprang-Capelle\n")
    assert_found(text, "Henk Britoma")
