"""Persons in real layouts (issue 14, second round): attendance lists of the Kamers that name no body
("Tegenwoordig zijn 136 leden, te weten:"), and private persons with a call name in brackets
("Albertus Johannes (Bert) Dijk") - every part of such a name is redacted, and the person is one person."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.api import analyze_text
from redact.detect.genre import genre_of
from redact.rules import Rules
from tests.detect.util import fully_covered, untouched

_MEMBERS = ("Atsma, Backer, Baay-Timmerman, Van Apeldoorn, Bikker, Van Bijsterveld, De Boer, Bruijn, Cliteur, "
            "Diederik van Dijk, Faber-van de Klashorst, Ganzevoort, Van Hattem, Jorritsma-Lebbink, Karimi, Koffeman, "
            "Oomen-Ruijten, Rombouts, Schalk, Teunissen, Vendrik, Van der Voort en Wever,")


def _attendance(label: str) -> str:
    return (f"Vergadering van dinsdag 11 juni 2019\n\nVoorzitter: Broekers-Knol\n\n{label}\n\n{_MEMBERS}\n\n"
            "en mevrouw Van Engelshoven, minister van Onderwijs, Cultuur en Wetenschap.\n")


@pytest.mark.parametrize("label", ["Tegenwoordig zijn 75 leden, te weten:", "Aanwezig zijn 136 leden, te weten:",
                                   "Tegenwoordig zijn 71 leden:", "Aanwezig zijn achtenzeventig leden, te weten:"])
def test_counted_members_of_a_kamer_are_public(label: str) -> None:
    text = _attendance(label)
    assert genre_of(text) == "handelingen"
    findings = analyze_text(text)
    for name in ("Atsma", "Van Apeldoorn", "Diederik van Dijk", "Faber-van de Klashorst", "Wever", "Broekers-Knol",
                 "Van Engelshoven"):
        assert untouched(text, findings, name), (name, [f.text for f in findings])


def test_an_uncounted_list_without_a_body_stays_redacted() -> None:
    text = _attendance("Aanwezig:")  # which meeting? fail closed
    findings = analyze_text(text)
    assert fully_covered(text, findings, "Atsma")


def test_present_label_in_a_councils_minutes() -> None:
    text = ("Notulen van de vergadering van de gemeenteraad van Hoorn\n\nPresent:\n\nAtsma, Backer, Van Apeldoorn "
            "en Wever\n\n1. Opening\n")
    findings = analyze_text(text)
    assert untouched(text, findings, "Van Apeldoorn") and untouched(text, findings, "Backer")


_LINTJES = ("Lintjesregen in Almere\n\nDe volgende inwoners zijn benoemd tot Lid in de Orde van Oranje-Nassau:\n\n"
            "De heer Albertus Johannes (Bert) Dijk, 68 jaar, uit Almere. De heer Dijk is vrijwilliger bij de "
            "voetbalclub. Bert Dijk is ook penningmeester. Bert is al 40 jaar lid.\n\n"
            "Mevrouw Hendrika Maria (Riet) de Boer-Jansen, 72 jaar. Riet de Boer is actief in de kerk.\n\n"
            "Johannes (Hans) Pietersen\n\n"
            "A.J. \"Ton\" van Leeuwen kreeg de versierselen. Ton van Leeuwen is 80.\n\n"
            "Wilhelmina Dijkstra (Mien) uit Harderwijk.\n")


@pytest.mark.parametrize("name", ["Albertus Johannes (Bert) Dijk", "Bert Dijk", "Bert", "Dijk",
                                  "Hendrika Maria (Riet) de Boer-Jansen", "Riet de Boer", "Johannes (Hans) Pietersen",
                                  "A.J. \"Ton\" van Leeuwen", "Ton van Leeuwen", "Wilhelmina Dijkstra (Mien)"])
def test_every_part_of_a_name_with_a_call_name_is_redacted(name: str) -> None:
    findings = analyze_text(_LINTJES)
    assert fully_covered(_LINTJES, findings, name), (name, [f.text for f in findings])


def test_a_call_name_is_one_of_the_persons_given_names(rules: Rules) -> None:
    from redact.detect.names import call_names, parse_name

    parts = parse_name("Albertus Johannes (Bert) Dijk")
    assert parts is not None and parts.given == ("Albertus", "Johannes", "Bert") and parts.surname == "Dijk"
    assert call_names("A.J. 'Ton' van Leeuwen") == ("Ton",)
    assert parse_name("Jan (VVD) Dijk") is None and parse_name("Jansen (Piet)") is None


def test_an_office_holder_with_a_call_name_stays_public() -> None:
    text = ("Aanwezig was wethouder Johannes (Hans) Kuipers. Hans Kuipers opende het overleg. Ook de notulist "
            "Maria (Mies) Bakker was er.\n")
    findings = analyze_text(text)
    assert untouched(text, findings, "Johannes (Hans) Kuipers") and untouched(text, findings, "Hans Kuipers")
    assert fully_covered(text, findings, "Maria (Mies) Bakker")


@pytest.mark.parametrize("text", ["De motie van P. Jansen (VVD) is aangenomen.", "Jan Jansen (Voorzitter) opent.",
                                  "Piet Jansen (Hoorn) vraagt het woord."])
def test_a_bracketed_party_role_or_place_is_no_call_name(text: str) -> None:
    from redact.detect.recognizers.person_callname import CallNameRecognizer
    from redact.rules import load_rules

    assert CallNameRecognizer(load_rules()).analyze(text, ["NAAM"]) == []


def test_a_name_with_a_call_name_and_its_call_name_variants_are_one_person(rules: Rules) -> None:
    from redact.detect.persons import decide
    from redact.detect.public import PublicContext
    from redact.models import Finding

    text = "De heer Albertus Johannes (Bert) Dijk is 68. Bert Dijk is penningmeester. A.J. Dijk tekende."
    spans = ["Albertus Johannes (Bert) Dijk", "Bert Dijk", "A.J. Dijk"]
    findings = [Finding("NAAM", text.index(s), text.index(s) + len(s), 0.8, "t", s, ()) for s in spans]
    _, decisions, _ = decide(text, findings, PublicContext(text, rules))
    assert [d.mentions for d in decisions] == [3]


def test_a_column_of_names_with_couples_and_word_first_names() -> None:
    text = ("De volgende inwoners ontvingen een onderscheiding:\n\nBoudewijn Vlam\n\nEgbert Boxma\n\n"
            "Theo en Tineke Wolterink-Riezebos\n\nBen Francooy\n\nLex Burgersdijk\n\n"
            "Het echtpaar Tjesjen Douma en Menno Kuiper\n\nPieter Stigter\n")
    findings = analyze_text(text)
    for name in ("Theo", "Tineke Wolterink-Riezebos", "Ben Francooy", "Tjesjen Douma", "Menno Kuiper"):
        assert fully_covered(text, findings, name), (name, [f.text for f in findings])
    assert untouched(text, findings, "echtpaar")


def test_absent_members_reported_by_the_chair_are_public() -> None:
    text = ("NOTULEN VERGADERING GEMEENTERAAD UTRECHT\n\nTegenwoordig zijn de leden: Van Asperen, Beerlage en "
            "Zwanenberg.\n\nOpening van de vergadering\n\nDe VOORZITTER opent de vergadering. Verder meld ik dat met "
            "kennisgeving afwezig zijn de heren Kuijper en Kleuver en mevrouw Van Gemert.\n")
    findings = analyze_text(text)
    for name in ("Kuijper", "Kleuver", "Van Gemert"):
        assert untouched(text, findings, name), (name, [f.text for f in findings])


def test_absent_in_a_letter_says_nothing() -> None:
    text = ("Beste buren,\n\nHelaas is mevrouw Van Gemert afwezig. Afwezig is de heer Piet Kleuver.\n\n"
            "Met vriendelijke groet")
    findings = analyze_text(text)
    assert fully_covered(text, findings, "Piet Kleuver")


def test_lid_before_a_name_in_a_councils_minutes() -> None:
    lines = (Path(__file__).parents[1] / "data/realtext/tune/r48-notulen-gemeente-amsterdam-commissie-mow-2023.txt"
             ).read_text(encoding="utf-8").splitlines()
    text = "\n".join([*lines[:30], next(line for line in lines if "Lid DE VOS" in line)]) + "\n"
    assert "Lid DE VOS" in text
    findings = analyze_text(text)
    assert untouched(text, findings, "De Vos") and untouched(text, findings, "DE VOS"), [f.text for f in findings]


def test_lid_of_an_order_stays_uncertain() -> None:
    text = "De decorandi zijn: de heer B.I.A. Ruskauff (Lid) en Lid Jansen van de vereniging.\n"
    findings = analyze_text(text)
    assert fully_covered(text, findings, "B.I.A. Ruskauff")


def test_a_party_code_after_a_name_is_no_persons_initials() -> None:
    text = ("Verslag van de commissie. Aanwezig: A.C. Heij (voorzitter), E.M. Koestal (PvdA), M. Duijn-Visser (DSD), "
            "Rik Oosterhout (RO)\n\n1. Opening\n- DSD vraagt of de parkeerbonkwestie is opgelost.\n"
            "- RO meldt dat het is opgelost.\n")
    findings = analyze_text(text)
    assert untouched(text, findings, "DSD"), [f.text for f in findings]
    ro = text.index("RO meldt")
    assert any(f.start <= ro and ro + 2 <= f.end for f in findings)  # a person's initials stay a person's


def test_a_function_at_the_end_of_the_entry_above_is_not_the_next_persons_role() -> None:
    text = ("Verslag overleg fietspad 12 maart 2013\n\nDeelnemers:\nde heer G. Smit, wethouder\nmevrouw H. Bos\n"
            "de heer K. Kuipers, beleidsadviseur\n\nMevrouw Bos vraagt naar de planning.\n")
    findings = analyze_text(text)
    assert fully_covered(text, findings, "H. Bos") and fully_covered(text, findings, "Bos")
    assert untouched(text, findings, "G. Smit")


def test_a_signature_under_a_role_heading_stays_public() -> None:
    text = "Hoogachtend,\n\nDe minister van Financiën,\n\nW.B. Hoekstra\n"
    findings = analyze_text(text)
    assert untouched(text, findings, "W.B. Hoekstra")


def test_a_function_after_a_name_is_no_sub_label_of_the_attendance_list() -> None:
    text = ("Verslag van de vergadering van het algemeen bestuur van Waterschap Rivierenland\n\nAanwezig:\n"
            "de heer H.C. van der Veen, dijkgraaf, voorzitter\nde heren B. de Boer, C. Pietersen, leden van het "
            "algemeen bestuur\nmevrouw H. Bos, notulist\n\nAfwezig: de heren I. Meijer en J. de Groot\n\n1. Opening\n"
            "De heer Meijer heeft zich afgemeld.\n")
    findings = analyze_text(text)
    assert untouched(text, findings, "I. Meijer") and untouched(text, findings, "J. de Groot")
    assert fully_covered(text, findings, "H. Bos")


def test_a_venue_named_after_its_noun_is_no_person() -> None:
    text = "De onderscheidingen werden uitgereikt in café/zaal De Ster in Maasniel en in basisschool De Regenboog.\n"
    findings = analyze_text(text)
    assert untouched(text, findings, "De Ster") and untouched(text, findings, "De Regenboog")
    text = "Het feest was in café De Ster. Mevrouw De Ster was er ook.\n"  # a person of that name: fail closed
    assert fully_covered(text, analyze_text(text), "De Ster")


def test_an_inspreker_introduced_by_the_chair_stays_private() -> None:
    text = ("VERSLAG van de openbare vergadering van de raad van de gemeente Deventer.\n\nAanwezig: de leden: de heer "
            "H.J. Lenderink (PvdA), de heer K. Koopmans (CDA); de wethouders: de heer P. Grashoff.\n\n1. Opening\n"
            "De heer LENDERINK (PvdA): Voorzitter, ik wil de wethouder bedanken.\n"
            "De VOORZITTER: Ik geef het woord aan de inspreker, de heer P. Jansen van de bewonersvereniging.\n"
            "De heer P. JANSEN: Ik woon al dertig jaar in de wijk.\n")
    findings = analyze_text(text)
    assert fully_covered(text, findings, "P. Jansen") and fully_covered(text, findings, "P. JANSEN")
    assert untouched(text, findings, "LENDERINK") and untouched(text, findings, "P. Grashoff")


def test_a_role_tag_after_the_final_initial_of_an_email_address_line() -> None:
    text = ("Van: Jansen, Pieter <pieter.jansen@minbzk.nl>\nAan: Ollongren, K.H. (minister)\nOnderwerp: nota\n\n"
            "Hoi,\n\nMinister Ollongren wil het voor vrijdag hebben.\n\nGroet,\nPieter\n")
    findings = analyze_text(text)
    assert untouched(text, findings, "Ollongren, K.H") and untouched(text, findings, "Ollongren")
    assert fully_covered(text, findings, "Jansen, Pieter")


@pytest.mark.parametrize("name", ["Harm (H.) Kroeze", "Bert Dijk", "G.J.M. (Gerrie) van den Broek-van der Werf",
                                  "Gerrie van den Broek", "Jan-Willem (Jan) ter Horst"])
def test_more_forms_of_decorated_citizens(name: str) -> None:
    text = ("Lintjesregen in Meppel\n\nMevr. G.J.M. (Gerrie) van den Broek-van der Werf (71)\nZij is 30 jaar actief. "
            "Gerrie van den Broek zorgt voor de ouderen.\n\nDe heer Harm (H.) Kroeze\nKroeze is bestuurslid.\n\n"
            "Dhr. Jan-Willem (Jan) ter Horst\nTer Horst was lid van de fanfare.\n\n"
            "Bert Dijk (74) uit Meppel is al veertig jaar scheidsrechter.\n")
    findings = analyze_text(text)
    assert fully_covered(text, findings, name), (name, [f.text for f in findings])


def test_an_institution_named_after_a_person_is_still_no_person() -> None:
    text = "Het Anne Frank Huis, de Johan Cruijff Arena en de Erasmus Universiteit. Gisteren belde Jan Bos.\n"
    findings = analyze_text(text)
    assert untouched(text, findings, "Anne Frank") and untouched(text, findings, "Johan Cruijff")
    assert fully_covered(text, findings, "Jan Bos")


def test_counted_members_of_a_private_body_stay_redacted() -> None:
    text = ("Verslag\n\nAanwezig zijn 8 leden van de cliëntenraad, te weten:\n\nAtsma, Backer, Van Apeldoorn, Bikker "
            "en Wever.\n\n1. Opening\n")
    assert fully_covered(text, analyze_text(text), "Van Apeldoorn")


def test_a_role_in_prose_wrapped_before_the_name_still_counts() -> None:
    text = ("Namen van medewerkers maak ik niet openbaar. Dat geldt niet voor minister van Binnenlandse Zaken en "
            "Koninkrijksrelaties,\ndrs. D.C. van de Plas: de namen van bewindspersonen zijn openbaar.\n")
    assert untouched(text, analyze_text(text), "D.C. van de Plas")


@pytest.mark.parametrize("text", ["Carrier: Pacific International Lines (Pte) Ltd, Singapore.",
                                  "Leverancier Jansen Techniek (Holland) B.V. te Zwolle."])
def test_a_company_with_a_bracketed_word_is_no_call_name(text: str) -> None:
    assert not [f for f in analyze_text(text) if f.recognizer == "CallNameRecognizer"]
