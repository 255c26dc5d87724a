"""Private persons, fifth pass (issue 14): lone given names in the minutes of village and neighbourhood councils
and in municipal news, and couples who share a family name."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import fully_covered, texts, untouched


def test_a_given_name_that_opens_a_sentence_with_a_verb_of_speech_or_action_is_a_person() -> None:
    for text, name in (
            ("Het zwembad bestaat vijftig jaar.\nGijs vertelt over wat nodig was om het zwembad te bouwen.\n", "Gijs"),
            ("Punt 3. Wim legt uit dat de subsidie is toegekend.\n", "Wim"),
            ("Anne presenteert de cijfers van het afgelopen jaar.\n", "Anne"),
            ("Daarna sprak Mariska over de kosten. Mariska bedankt iedereen.\n", "Mariska")):
        assert fully_covered(text, analyze_text(text), name), (text, [f.text for f in analyze_text(text)])


def test_a_sentence_that_opens_with_an_ordinary_word_before_such_a_verb_stays() -> None:
    for text, word in (
            ("Vandaag vertelt de wethouder over de plannen.\n", "Vandaag"),
            ("Zomer komt eraan, zegt het weerbericht.\n", "Zomer"),
            ("Groen legt de basis voor een gezonde stad.\n", "Groen")):
        assert untouched(text, analyze_text(text), word), text


def test_the_first_given_name_of_a_couple_is_a_person() -> None:
    text = "Afzeggingen: Desire Schermerhorn, Kees en Yvonne Buijs\n"
    findings = analyze_text(text)
    for name in ("Kees", "Yvonne Buijs", "Desire Schermerhorn"):
        assert fully_covered(text, findings, name), (name, [f.text for f in findings])


def test_a_place_or_a_word_before_en_and_a_name_is_no_couple() -> None:
    for text, word in (
            ("De gemeenten Berg en Dal Gemeente werken samen.\n", "Berg"),
            ("De route loopt langs Bos en Anne de Vries woont daar.\n", "Bos")):
        assert untouched(text, analyze_text(text), word), (text, [f.text for f in analyze_text(text)])


def test_the_parties_of_a_ruling_with_their_family_names_in_capitals_are_found_whole() -> None:
    text = ("VONNIS IN KORT GEDING\n\nIn de zaak van:\n\n  1. Clyde Ivan VAN PUTTEN,\n\n"
            "  2. Rechelline Mururgia Candida LEERDAM, 3.Reuben Elroy MERKMAN,\n\n"
            "4.Derrick Andre Uranus SIMMONS, 5.Charles Albertis WOODLEY,\n\nallen wonende te Sint Eustatius,\n")
    findings = analyze_text(text)
    found = texts(findings, "NAAM")  # "3.Reuben": the helpers' word boundary does not see a name after "3."
    for name in ("Clyde Ivan VAN PUTTEN", "Rechelline Mururgia Candida LEERDAM", "Reuben Elroy MERKMAN",
                 "Derrick Andre Uranus SIMMONS", "Charles Albertis WOODLEY"):
        assert name in found, (name, found)
    assert untouched(text, findings, "IN KORT GEDING"), [f.text for f in findings]


def test_capitals_after_ordinary_words_or_a_place_in_a_heading_stay() -> None:
    for text, word in (
            ("Het college van Burgemeester en Wethouders van LEERDAM besluit.\n", "LEERDAM"),
            ("2. Gemeente Amsterdam ZUIDAS, afdeling Ruimte.\n", "ZUIDAS"),
            ("UITSPRAAK IN KORT GEDING VAN DE RECHTBANK\n", "KORT")):
        assert untouched(text, analyze_text(text), word), (text, [f.text for f in analyze_text(text)])


def test_a_family_name_in_capitals_after_a_title_or_initials_is_a_name() -> None:
    text = ("Allereerst deelt de heer GRAMSBERGEN, wonende te Usquert, mee dat het bedrijf groeit.\n"
            "Aan de heer P. JANSEN\nDorpsstraat 1\n"
            "Ook L.J. VAN DER POEL zegt dat.\n")
    findings = analyze_text(text)
    for name in ("GRAMSBERGEN", "P. JANSEN", "L.J. VAN DER POEL"):
        assert fully_covered(text, findings, name), (name, [f.text for f in findings])


def test_capitals_after_an_abbreviation_a_lettered_heading_or_before_more_capitals_stay() -> None:
    text = ("Agendapunt N.A.V. BESTUURSCONFERENTIE\n"
            "C. FINANCIËLE GEVOLGEN\n"
            "Zie ook A. HOOG.\n"
            "De VOORZITTER opent de vergadering.\n")
    findings = analyze_text(text)
    for word in ("BESTUURSCONFERENTIE", "FINANCIËLE", "HOOG", "VOORZITTER"):
        assert untouched(text, findings, word), (word, [f.text for f in findings])


def test_a_civil_servant_named_by_function_before_the_name_is_found() -> None:
    text = ("Ik sprak met beleidsmedewerker Jansen over de zaak.\n"
            "Spreker memoreert de uitreiking van de ere-medaille aan de ambtenaar Kil bij diens jubileum.\n")
    findings = analyze_text(text)
    for name in ("Jansen", "Kil"):
        assert fully_covered(text, findings, name), (name, [f.text for f in findings])


def test_a_department_after_a_function_without_an_article_stays() -> None:
    text = "Het werk van medewerker Communicatie en medewerker Post wordt verdeeld.\n"
    findings = analyze_text(text)
    for word in ("Communicatie", "Post"):
        assert untouched(text, findings, word), (word, [f.text for f in findings])


def test_names_with_initials_listed_without_commas_stay_separate_findings() -> None:
    text = "Met dank aan P.C. Boden P.A. Bogers M.M. Goossens Th.P.M. Joachems. Ik belde met Jan P. Jansen.\n"
    found = texts(analyze_text(text), "NAAM")
    assert {"P.C. Boden", "P.A. Bogers", "M.M. Goossens", "Th.P.M. Joachems", "Jan P. Jansen"} <= found, found


def test_a_flattened_attendance_list_ends_where_the_minutes_turn_to_prose() -> None:
    text = ("-11- Notulen van de besloten vergadering van de raad der gemeente Wouw van 27 september 1979 Aanwezig: "
            "Voorzitter: mr. A.G.J.M. Rombouts Secretaris: P.Th. Maas Leden P.C. Boden P.A. Bogers M.M. Goossens "
            "H.A.G. Hellegers Th.P.M. Joachems G.J.A. Jonkers C.J.C. Luysterburg E.M.C. Kemperman-de Vet "
            "Na het sluiten van de deuren beslist de raad dat met gesloten deuren zal worden beraadslaagd over het "
            "voorstel om aan de heer J.M. de Vet een erepenning toe te kennen.\n")
    findings = analyze_text(text)
    assert fully_covered(text, findings, "J.M. de Vet"), [f.text for f in findings]
    for name in ("P.A. Bogers", "G.J.A. Jonkers"):
        assert untouched(text, findings, name), (name, [f.text for f in findings])


def test_a_frisian_alderman_is_no_given_name_and_abbreviations_are_no_initials() -> None:
    text = ("Oanwêzich: de hearen F.G. Aukes, A. Bijlsma (wethouder) en J. Zijlstra.\n\n"
            "Wethâlder Bijlsma seit dat hy in brief stjoerd hat.\n"
            "Het jubileum van de Volksabdij O.L.Vrouw ter Duinen. De helft van de aangeslotenen op de G.A.I. te "
            "Noordhoek was niet aanwezig.\n")
    findings = analyze_text(text)
    for word in ("Wethâlder", "O.L.Vrouw", "G.A.I. te Noordhoek"):
        assert untouched(text, findings, word), (word, [f.text for f in findings])


def test_a_given_name_with_the_initial_of_a_personal_mailbox_goes_with_the_surname() -> None:
    text = ("Nop van Warmerdam (gebiedsregisseur van de gemeente Koggenland / n.vanwarmerdam@koggenland.nl) haakt "
            "hierop in. Hier reageert Nop positief op. Namens Van Warmerdam kwam niemand.\n")
    findings = analyze_text(text)
    for name in ("Nop van Warmerdam", "Nop"):
        assert fully_covered(text, findings, name), (name, [f.text for f in findings])
    assert untouched(text, findings, "Namens"), [f.text for f in findings]


def test_a_name_like_street_before_a_house_number_and_a_postcode_is_an_address() -> None:
    text = ("Directie Algemene Fiscale Politiek\n| Afd Analyse\nKate Voorhout 7\n| 2511 CW\n| Den Haag\n\n"
            "Piet Jansen\nDorpsstraat 12\n1234 AB Utrecht\n")
    findings = analyze_text(text)
    assert untouched(text, findings, "Kate Voorhout"), [f.text for f in findings]
    assert fully_covered(text, findings, "Piet Jansen"), [f.text for f in findings]


def test_a_common_given_name_that_is_also_a_word_is_a_person_in_mid_sentence() -> None:
    text = "Daarna vroeg Jan of het kon. Ik heb het met Peter besproken en Iris gebeld.\n"
    findings = analyze_text(text)
    for name in ("Jan", "Peter", "Iris"):
        assert fully_covered(text, findings, name), (name, [f.text for f in findings])


def test_a_month_or_an_idiom_is_no_given_name() -> None:
    text = "Op 3 Jan 2020 was er overleg. Het parlement kan niet Jan en alleman uitnodigen, ook niet Jan Modaal.\n"
    findings = analyze_text(text)
    assert untouched(text, findings, "Jan"), [f.text for f in findings]


def test_a_clerk_s_office_after_a_label_is_no_name() -> None:
    text = "Postadres: Provincie Utrecht\nT.a.v. Statengriffie\nPostbus 80300\n3508 TH Utrecht\n"
    findings = analyze_text(text)
    assert untouched(text, findings, "Statengriffie"), [f.text for f in findings]
