"""Held-out round 34 (issue 14): what studying it fixed - an association in an e-mail header, a club's quoted name
with its article, a firm named after its partners, a motie's signatories on one row and "c.s." after the mover, a
committee report's signatories with their function in brackets, a naturalisation applicant's foreign name, the members
the chair reads out for the question round, a chair tagged "(voorz.)", members who take the oath together."""

from __future__ import annotations

from redact import analyze_text
from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept
from tests.detect.util import fully_covered


def test_an_association_in_an_e_mail_header_is_no_person() -> None:
    text = ("Van: Vereniging Vrienden van het Beatrixpark\nVan: Bewonersvereniging Ilrenebuurt\nAan: Pieter "
            "Kranenburg; Stichting Anker\nOnderwerp: Woo-verzoek\n\nGeachte heer Kranenburg,\n")
    names = {f.text for f in analyze_text(text) if f.entity == "NAAM"}
    assert not any("Vrienden" in n or "Ilrenebuurt" in n or "Anker" in n for n in names), names
    _found(text, "Pieter Kranenburg")


def test_a_clubs_quoted_name_with_its_article() -> None:
    text = ("Hierbij verzoek ik u namens Bewonersvereniging “De Miranda-Buurt” de stukken openbaar te maken.\n"
            "Met vriendelijke groet,\nBewonersvereniging “De Miranda-Buurt”\n")
    names = {f.text for f in analyze_text(text) if f.entity == "NAAM"}
    assert "Miranda" not in names, names


def test_a_firm_named_after_its_partners() -> None:
    text = ("15311 - Smithuizen, Winters en De Vries advocaten, namens Schot B.V., 18 december 2012.\n15470 – Van "
            "Koppen en Jager advocaten, namens de familie Bijnes, 19 december 2012.\n15402 – P.J. Bruining, 14 "
            "december 2012.\n")
    names = {f.text for f in analyze_text(text) if f.entity == "NAAM"}
    assert "Van Koppen" not in names and "De Vries" not in names, names
    _found(text, "P.J. Bruining")


_MOTIE = ("Tweede Kamer der Staten-Generaal\nVergaderjaar 1991-1992\n22 300 XV\nNr. 48\nMOTIE VAN HET LID ROSENMEIJER "
          "C.S. Voorgesteld 12 december 1991\nDe Kamer,\ngehoord de beraadslaging;\nverzoekt de regering hier alsnog "
          "toe over te gaan,\nen gaat over tot de orde van de dag.\nRosenmeijer Wilhelms Linschoten Schimmelpenning "
          "Van der Vliet\n")


def test_a_motie_signed_on_one_row_of_surnames() -> None:
    _kept(_MOTIE, "Rosenmeijer", "Wilhelms", "Schimmelpenning", "Van der Vliet")


def test_cum_suis_after_the_movers_name_is_no_initials() -> None:
    assert not [f for f in analyze_text(_MOTIE) if "Voorgesteld" in f.text]


def test_a_committee_reports_signatories_with_their_function_in_brackets() -> None:
    text = ("Naturalisatie van Carlos Barcelona y Castilla en 26 anderen (9929);\nNaturalisatie van Harry AUW en 24 "
            "anderen (9944);\nHet onderzoek van deze wetsontwerpen door het College van Senioren heeft niet geleid tot "
            "opmerkingen.\nVastgesteld 17 december 1968. MAZUREK (Voorzitter)\nVAN LIESHOUTEN\nDE NIETEN\n"
            "ALGRAAF (plv.)\nVAN OMMEREN-AVERINKS.\n")
    _kept(text, "MAZUREK", "VAN LIESHOUTEN", "ALGRAAF", "VAN OMMEREN-AVERINKS")


def test_a_naturalisation_applicants_foreign_name_whole() -> None:
    text = ("Naturalisatie van Carlos Barcelona y Castilla en 26 anderen (9929);\nNaturalisatie van Harry AUW en 24 "
            "anderen (9944);\n")
    _found(text, "Carlos Barcelona y Castilla", "Harry AUW")


def test_the_members_the_chair_reads_out_for_the_question_round() -> None:
    text = ("Raadsvergadering 30 maart 2015\n • 6 Rondvraag\n  • 0:49 B. Galema\n   Voorzitter / Burgemeester\n"
            "   B. Galema\n   Maar ik begin met de rondvraag. Mevrouw Wandersma, mevrouw Luijkens, meneer Idsema, "
            "Hofstede, Palsma.\n  • 0:34 A. Ploegsma\n   fractievoorzitter GBS\n   A. Ploegsma\n   Ik heb één vraag.\n"
            "De heer Galema: Dan geef ik het woord aan de heer Ploegsma.\n")
    _kept(text, "Wandersma", "Luijkens", "Idsema", "Hofstede", "Palsma")


def test_a_chair_tagged_voorz_in_a_councils_record() -> None:
    text = ("Agenda - Raadsvergadering 25 februari 2019\n\nRaadzaal gemeentehuis\n19:30 uur\n\n1. Opening\n1:02Mevr. "
            "F.T. de Jongh (voorz.)voorzitter\n\nGoedenavond. Welkom op deze raadsvergadering.\n"
            "2. Mededelingen\n0:20Mevr. F.T. de Jongh (voorz.)voorzitter\n\nDe heer Brouwers (VVD): Dank u.\n")
    _kept(text, "F.T. de Jongh")


def test_members_who_take_the_oath_together() -> None:
    text = ("Raadsvergadering\n\n1. Opening\nDe voorzitter opent de vergadering.\n\n2. Beëdiging\n  De heren Brokkinga "
            "en Van Heldering leggen de belofte af.\n  De heer Brokkinga spreekt de aanwezigen toe.\nDe heer Jansma "
            "(CDA): Gefeliciteerd.\n")
    _kept(text, "Brokkinga", "Van Heldering")


# -- round 34 leftovers, fixed after study ---------------------------------------------------------------------


def test_a_name_on_the_line_after_its_form_of_address() -> None:
    text = ("de gegevensuitwisseling tussen uw medewerkers mevrouw\nd'Almeida, de medewerker van het wijkteam naar wie "
            "de exploitant verwijst, en de heer\nKortenhoeven van de afdeling Vergunningen.\n")
    _found(text, "d'Almeida", "Kortenhoeven")


def test_a_family_name_alone_after_a_persons_function() -> None:
    text = ("Volgens Robert-Jan Buijs, een van de huurders, kwam de sloop als een verrassing. ,,Noch van beheerder "
            "Hulsink van de appartementen noch van de gemeente hebben we iets gehoord.'' De akte werd getekend bij "
            "notaris Wolterink. Ook medewerker Publiekszaken en adviseur Milieu waren er.\n")
    _found(text, "Hulsink", "Wolterink")
    names = {f.text for f in analyze_text(text) if f.entity == "NAAM"}
    assert not {"Publiekszaken", "Milieu"} & names, names


def test_a_first_name_and_initial_before_the_next_sentence() -> None:
    text = ("De commissie sprak over de schikking met Kees J. (Kamerstuk 34 000 VI, nr. 78). De voorzitter: welkom bij "
            "het overleg over de schikking met Kees J. Het is een wat bijzondere bijeenkomst.\n")
    findings = analyze_text(text)
    assert fully_covered(text, findings, "Kees J"), [f.text for f in findings]


def test_the_chair_in_a_municipalitys_review_of_its_council_meeting() -> None:
    text = ("Terugblik raadsvergadering 16 oktober 2023\n\nHerdenking Thijs Hogenboom\n\nDe vergadering begon met de "
            "herdenking van oud-raadslid Thijs Hogenboom. Voorzitter Erica van Lenthe roemde zijn gedrevenheid en "
            "wenste zijn nabestaanden sterkte namens raad en college.\n\nSchriftelijke vragen\n\nDe VVD vroeg of het "
            "college maatregelen treft, zei wethouder Uitslag.\n")
    _kept(text, "Erica van Lenthe")


def test_a_members_notice_of_absence_read_out_by_the_chair() -> None:
    text = ("14de VERGADERING\nIngekomen stukken. — Regeling van werkzaamheden. Voorzitter: de heer Kortenhorst\n"
            "De Voorzitter: Ik deel aan de Kamer mede, dat zijn ingekomen: 1°. een bericht van de heer Roossien, dat "
            "hij wegens werk-\nzaamheden elders "
            "verhinderd is de vergadering bij te wonen. Dit bericht wordt voor kennisgeving aangenomen;\n")
    _kept(text, "Kortenhorst", "Roossien")
