"""Office holders and private persons after studying held-out round 18 (issue 14): staying on in an office, an
appointment on the next line, a party before a bracketed name or with a portfolio after it, a photo caption, a
table's columns, the event of an office before the name, the member drawn by lot."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept
from tests.detect.util import fully_covered, untouched


def test_staying_on_in_an_office_and_an_appointment_on_the_next_line() -> None:
    _kept("Door de verlenging zal Jaap Slootmaker langer aanblijven als plaatsvervangend directeur-generaal "
          "Rijkswaterstaat.\n", "Jaap Slootmaker")
    _kept("Mr. R. Bekker wordt benoemd als\nprogramma-secretaris-generaal voor de vernieuwing van de rijksdienst.\n\n"
          "Drs. M. van Gastel wordt\nprogramma-directeur-generaal Jeugd en Gezin.\n", "R. Bekker", "M. van Gastel")
    _kept("Besloten is mevrouw ir. I.G.M. de Bondt officieel aan te bevelen voor benoeming tot dijkgraaf van ons "
          "waterschap.\n", "I.G.M. de Bondt")
    _found("Door de verlenging zal Kees Brinkman langer aanblijven als beleidsmedewerker.\n", "Kees Brinkman")


def test_a_party_before_a_bracketed_name_or_with_a_portfolio_after_the_name() -> None:
    _kept("De overige fracties van CDA (Timon van Zessen), SGP (Erik van den Bosch) en ChristenUnie (Willem Pors) "
          "konden zich vinden in het voorstel.\n", "Timon van Zessen", "Erik van den Bosch", "Willem Pors")
    _kept("Harren portefúljes binne: Sander de Rouwe, CDA (ekonomy, finânsjes en sport), Sietske Poepjes, CDA "
          "(klimaat).\n", "Sander de Rouwe", "Sietske Poepjes")
    _found("De bewoners van de Dorpsstraat (Kees Brinkman) en de Kerkstraat (Anne Verbeek) spraken in.\n",
           "Kees Brinkman", "Anne Verbeek")


def test_a_photo_caption_is_no_photo_credit() -> None:
    _kept("Samenstelling Gedeputeerde Staten\ndrs. A.A.M. Brok, Commissaris van de Koning\nFoto drs. A.A.M. Brok, "
          "Commissaris van de Koning\nGedeputeerde F. Douwstra (CDA)\nFoto Gedeputeerde F. Douwstra (CDA)\n",
          "A.A.M. Brok", "F. Douwstra")
    _found("Gedeputeerde F. Douwstra opende de dag.\nFoto: Kees Brinkman\n", "Kees Brinkman")


def test_the_columns_of_a_table_name_the_function_of_their_own_row() -> None:
    _found("De directie\n\nRenée Bergkamp   Algemeen directeur/ Provinciesecretaris\n"
           "Onno Beljaars      Directeur Concernzaken\n", "Onno Beljaars")


def test_the_event_of_an_office_before_the_name_and_the_member_drawn_by_lot() -> None:
    _kept("Een bijzonder punt was de installatie van mevrouw Christa Hendriksen tot tijdelijk wethouder van deze "
          "gemeente.\n", "Christa Hendriksen")
    _found("Een bijzonder punt was de benoeming van mevrouw Anne Verbeek tot beleidsmedewerker.\n", "Anne Verbeek")
    minutes = ("Notulen van de openbare vergadering van de gemeenteraad van Heemstede.\n\nDe Voorzitter opent de "
               "vergadering. Mevr. van der Meulen wordt door het lot aangewezen om bij eventuele stemmingen het "
               "eerst haar stem uit te brengen.\n")
    _kept(minutes, "van der Meulen")


def test_an_initial_without_its_dot_after_a_title_and_a_court_in_a_place() -> None:
    _found("Namens Wmo-adviesraad: mw. M Eekhout, mw J. Herrema, mw. A. ten Cate\n", "M Eekhout", "J. Herrema")
    text = "GERECHTSHOF TE AMSTERDAM\n\nBESLISSING van de notaris\n"
    assert [f.text for f in analyze_text(text) if f.entity == "NAAM"] == []
    _found("Mevrouw A is er niet, maar de heer B van der Berg wel.\n", "B van der Berg")


def test_after_round_19_table_rows_compound_functions_and_boards() -> None:
    text = ("Aanwezig:\nC.J.A. van Dorst wethouder\nG.J.M. Blom wethouder\nA.J. Moerkerke burgemeester\n"
            "J.C. Slagboom  gemeentesecretaris\nC. Polak Communicatieadviseur\n\nAgendapunten\n")
    findings = analyze_text(text)
    for name in ("C.J.A. van Dorst", "G.J.M. Blom", "A.J. Moerkerke", "J.C. Slagboom"):
        assert untouched(text, findings, name), (name, [f.text for f in findings])
    assert fully_covered(text, findings, "C. Polak")
    # a function followed by a name in an apposition is the next person's
    _kept("Een speciaal welkom voor onze contactwethouder Roel de Jong, dorpencoördinator Karien van Mierlo en "
          "wijkbeheerder Theo Zwerver.\n", "Roel de Jong")
    _found("Een speciaal welkom voor Kees Brinkman, projectmedewerker bij de gemeente.\n", "Kees Brinkman")
    board = ("Verslag bestuurlijk overleg programmeringsafspraken wind\nAanwezig : Tijs de Bree (provincie "
             "Overijssel), Arjan Spaans (gemeente Zwolle), Jan Carlo Bos (gemeente Staphorst)\n")
    _kept(board, "Tijs de Bree", "Arjan Spaans", "Jan Carlo Bos")
    members = ("Algemeen Bestuur\n\nHet Algemeen Bestuur is als volgt samengesteld:\n\nnamens Gemeente Capelle aan "
               "den IJssel\nmw. H. Westerdijk\ndhr. M. Wilson\n\nen namens Gemeente Zuidplas\ndhr. D.A. de Haas\n")
    _kept(members, "M. Wilson", "D.A. de Haas")


def test_after_round_19_an_energy_company_and_a_numbered_point_are_no_names() -> None:
    text = ("De NAM heeft de gasopslag Norg. Volgens de NAM is dat veilig. N.B I. Toehoorders kunnen niet aanwezig "
            "zijn.\n")
    assert [f.text for f in analyze_text(text)] == []
    _found("Aanwezig: V. Bakker en I. Jansen.\n", "V. Bakker", "I. Jansen")


def test_a_speaker_printed_in_capitals_in_old_minutes() -> None:
    minutes = ("Notulen van de openbare vergadering van den Raad der gemeente Breda.\n\nDe Voorzitter opent de "
               "vergadering. De heer VAN IERSEL is ervan overtuigd, dat zijn motie niets meer bereiken kan. De heer "
               "ORANJE ontkent, dat de motie ontoelaatbaar is.\n")
    _kept(minutes, "VAN IERSEL", "ORANJE")
