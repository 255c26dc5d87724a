"""Held-out round 73 (issue 14): what studying it fixed (names altered) - "onze wethouder" after a name; a plural
role with its party before the copula ("Wethouders namens EML zijn A en B"); a party before a sentence's names with
two words between ("Namens Water Natuurlijk zijn dit A en B")."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found, assert_kept


def test_onze_wethouder_after_a_name() -> None:
    text = ("In deze vergadering kreeg Mark Gerritsma, onze wethouder Financiën, zijn vuurdoop. Namens de inwoners "
            "sprak Jan Pietersma.")
    assert_kept(text, "Mark Gerritsma")
    assert_found(text, "Jan Pietersma")


def test_a_plural_role_with_its_party_before_the_copula() -> None:
    text = ("Ook werden woensdag de nieuwe wethouders beëdigd. Wethouders namens EML zijn Chris Piatekma en Mark "
            "Gerritsma. In zijn tweede periode als wethouder heeft Piatekma jeugd in zijn portefeuille.")
    assert_kept(text, "Chris Piatekma", "Mark Gerritsma")


def test_a_party_before_a_sentences_names_with_two_words_between() -> None:
    text = ("In het dagelijks bestuur zitten twee vertegenwoordigers namens de fractie Water Natuurlijk.\n\nNamens "
            "Water Natuurlijk zijn dit Ernest de Grootma en Suzanne de Zoetenma, Joël Scherrenbergma voor de VVD. "
            "Namens de buurtvereniging zijn dit Jan Pietersma en Piet Bakkersma.")
    assert_kept(text, "Ernest de Grootma", "Suzanne de Zoetenma")  # (the second of the pair too)
    assert_found(text, "Jan Pietersma", "Piet Bakkersma")


def test_a_party_the_text_names_with_an_article_is_no_person() -> None:
    text = ("Bij verzoekschrift hebben verzoeksters tot cassatie - verder te noemen: de Funds - zich gewend tot de "
            "rechter-commissaris. Het verzoek van de Funds is afgewezen. De advocaat van de Funds heeft geconcludeerd "
            "tot vernietiging. De curator mr. J. Pietersma heeft verweer gevoerd.")
    findings = analyze_text(text)
    assert not [f for f in findings if "Funds" in f.text], [f.text for f in findings]
    assert_found(text, "J. Pietersma")
