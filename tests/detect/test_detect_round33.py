"""Held-out round 33 (issue 14): what studying it fixed - the Kamer's attendance list of the 1950s ("Tegenwoordig,
met de Voorzitter, 77 leden, te weten: …") up to the chair's first words, leave to put questions and a member standing
in for another in a section, amendments signed in capitals, the applicant a naturalisation bill is named after and the
committee that signs its report, a plural office after a coordination, a meeting page with its values under their
labels, the EVP; and what round 33 left: names after the verb of leaving office, a committee page
that names the wethouders, a local party label with "!", the member who puts questions in the Aanhangsel, a Kamer
committee's composition with an untagged member."""

from __future__ import annotations

from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept

_ROLL = ("Voorzitter: de heer Kortenbosch\nTegenwoordig, met de Voorzitter, 77 leden, te weten: de heren Van der "
         "Zaalberg, Droesma, Vondelman, mevrouw Fortanier—De Wittert, de heren Fensman, Lemairé. mejuffrouw Klompers, "
         "de heren Scheppers, Egasse, me-vrouw Ploegman, en de heer Beelaerts, Vice-Minister-President, Minister van "
         "Binnenlandse Zaken.\nDe Voorzitter: Ik deel aan de Kamer mede, dat zijn ingekomen: een adres van W. C. "
         "Hopmeijer te Utrecht, betreffende zijn pensioen; een adres van D. F. F. Abbinkhof te Zwolle.\n"
         "— Verlof verleend aan de heer Gerbrandts tot het stellen van vragen aan de Minister-President.\nGedurende "
         "bedoeld afdelingsonderzoek zullen zitting hebben: de heer Hazenberg als plaatsvervanger van de heer C. van "
         "den Heuvelman in de tweede afdeling; de heer Van Leeuwenhorst als plaatsvervanger van de heer Oudshoorn in "
         "de derde afdeling.\n")


def test_the_kamers_attendance_list_of_the_1950s() -> None:
    _kept(_ROLL, "Van der Zaalberg", "Droesma", "Fortanier—De Wittert", "Fensman", "Klompers", "Scheppers", "Egasse",
          "Beelaerts")


def test_the_petitioners_after_the_chairs_first_words_stay_private() -> None:
    _found(_ROLL, "W. C. Hopmeijer", "D. F. F. Abbinkhof")


def test_leave_to_put_questions_and_a_member_standing_in_for_another_in_a_section() -> None:
    _kept(_ROLL, "Gerbrandts", "Hazenberg", "Van Leeuwenhorst", "Oudshoorn")


_AMENDMENTS = ("VI\nvan de heer Pieterse c.s.\nOndergetekenden hebben de eer de navolgende amendementen voor te "
               "stellen:\nArtikel 7 wordt gelezen: Nederlandse taal en letterkunde.\nToelichting\nDe bedoeling is, "
               "de huidige regel te handhaven.\nFORTANIER—DE WITTERT\nDE LOORMAN\nPIETERSE\n"
               "STUFKENSMA VAN DEN BORNE\nVII\n"
               "van de heer De Loorman c.s.\nArtikel 44. Aan dit lid worde toegevoegd: „c. één der bewijzen\".\n"
               "ROOSJENS KROLLER VAN DISSEL FOKKEMAN.\n")


def test_amendments_signed_in_capitals() -> None:
    _kept(_AMENDMENTS, "FORTANIER—DE WITTERT", "DE LOORMAN", "STUFKENSMA VAN DEN BORNE", "ROOSJENS", "KROLLER",
          "FOKKEMAN", "De Loorman")


_NATURALISATION = ("7678, 7679 en 7698\nNaturalisatie van Barneveldt, Wilhelm Walter en 19 anderen\nNaturalisatie van "
                   "Fabrizi, Mario Giuseppe en 27 anderen\nNaturalisatie van Abdel Azizi en 26 anderen\nVERSLAG\nHet "
                   "onderzoek van bovengenoemde wetsontwerpen heeft de vaste Commissie voor de Naturalisaties geen "
                   "aanleiding gegeven tot het maken van opmerkingen.\nVastgesteld 2 juli 1964. WTTEWAALL VAN "
                   "STOETWIJK\nSCHEPPERS\nBAETENS\nVAN BENNEKOMME.\n")


def test_the_applicant_a_naturalisation_bill_is_named_after() -> None:
    _found(_NATURALISATION, "Barneveldt, Wilhelm Walter", "Fabrizi, Mario Giuseppe", "Abdel Azizi")


def test_the_committee_that_signs_the_report_under_its_date() -> None:
    _kept(_NATURALISATION, "WTTEWAALL VAN STOETWIJK", "SCHEPPERS", "BAETENS", "VAN BENNEKOMME")


def test_a_plural_office_after_a_coordination_of_names() -> None:
    text = ("Besluitenlijst commissie Fysiek\n\n- de griffier: W. Cornelisse.\n\nMede deelnemend aan de "
            "beraadslagingen:\n\n- A. Walravens en P. Verlindt (collegeleden);\n\n- M. Gerardts (strateeg ruimte) "
            "m.b.t. agendapunt 5.3;\n")
    _kept(text, "A. Walravens", "P. Verlindt")
    _found(text, "M. Gerardts")


def test_a_meeting_page_with_its_values_under_their_labels() -> None:
    text = ("Vergaderkalender\n\nCommissievergadering Fysiek\n\ndinsdag 15 september 2020 19:30 - 20:27\nLocatie:\n"
            "Raadzaal\nVoorzitter:\nmevrouw H. Wijnands-van der Lint\n\nAgendapunten\n\n • 0.1\n\n  Mevrouw T. "
            "Kerckhoffs spreekt in namens de bewoners van de Dorpsstraat.\n")
    _kept(text, "H. Wijnands-van der Lint")
    _found(text, "T. Kerckhoffs")


def test_the_evangelische_volkspartij() -> None:
    text = ("Samenstelling: Leden: Engwerda (D'66), Stemerding (PvdA), voorzitter, Ubels-Veenstra (EVP), Voorhoeven "
            "(VVD).\n")
    _kept(text, "Ubels-Veenstra")


# -- left over from round 33, fixed before round 34 was read --------------------------------------------------


def test_names_after_the_verb_of_leaving_office_in_an_inversion() -> None:
    text = ("Afscheid wethouders\n\nOp woensdag 25 april namen Hendrik Gerritsma en Rob Benschoten afscheid als "
            "wethouders.\n\nVorige maand nam Karin Veldhuizen afscheid als beleidsmedewerker van de gemeente.\n")
    _kept(text, "Hendrik Gerritsma", "Rob Benschoten")
    _found(text, "Karin Veldhuizen")


def test_a_committee_page_in_the_council_chamber_that_names_the_wethouders() -> None:
    text = ("Commissievergadering Fysiek\n\ndinsdag 15 september 2020 19:30 - 20:27\nLocatie:\nRaadzaal\nVoorzitter:\n"
            "mevrouw H. Wijnands-van der Lint\n\nAgendapunten\n\n • 1\n\n  De voorzitter opent de vergadering en meldt "
            "berichten van verhindering van: • de wethouders A. Walravens en S. Backes.\n")
    _kept(text, "H. Wijnands-van der Lint")


def test_a_local_party_label_with_an_exclamation_mark_among_known_parties() -> None:
    text = ("Verslag van de raadsvergadering\n\nDe raad heeft besloten: * de volgende raadsleden te benoemen tot lid "
            "van de vertrouwenscommissie: - de heer L. Sietsema (CDA, voorzitter) – met 24 stemmen voor - de heer A. "
            "Koonstra (FNP, plaatsvervangend voorzitter) – met 24 stemmen voor - mevrouw R. Slijkhuis (S!N) – met 24 "
            "stemmen voor - de heer J.J. van der Tolk (ChristenUnie) – met 23 stemmen voor.\n")
    _kept(text, "R. Slijkhuis")


def test_the_member_who_puts_questions_in_the_kamers_aanhangsel() -> None:
    text = ("Aanhangsel tot het Verslag van de Handelingen der Tweede Kamer\nVRAGEN door de leden der Kamer gesteld "
            "overeenkomstig artikel 107 van het Reglement van Orde\n1469. VRAGEN van de heer Nijpelsma P'66) naar "
            "aan-leiding van het voornemen van de PTT om een aantal woonhuizen af te breken. (Ingezonden 31 januari "
            "1972.)\n1. Is het waar, dat de heer Brouwerink, bewoner van de Bazarlaan, is aangeschreven?\n")
    _kept(text, "Nijpelsma")
    _found(text, "Brouwerink")


def test_a_kamer_committees_composition_with_an_untagged_member_and_the_chairs_function() -> None:
    text = ("Tweede Kamer, vergaderjaar 1985-1986, 19 350, nr. 2\nSamenstelling: Leden: Ter Beekman (PvdA), Kejser "
            "(VVD), Evenhuizen (VVD), voorzitter, Frinkema (CDA), Wagenaars, De Waardt (PvdA), Ubels-Veen (EVP), "
            "Brouwers (CPN). Plv. leden: Van der Doeff (PvdA).\nHet verslag is opgesteld door de heer Verhoeckx, "
            "medewerker van het ministerie.\n")
    _kept(text, "Frinkema", "Wagenaars", "Ubels-Veen")
    _found(text, "Verhoeckx")
