"""Propagation: a person found once is proposed at every occurrence (resolve + propagate)."""

from __future__ import annotations

import pytest

from redact.detect.engine import Detector
from tests.detect.util import fully_covered, texts, untouched

SEED = "Contactpersoon: P.J. de Vries\n\n"


@pytest.mark.parametrize(
    ("body", "redacted"),
    [
        ("De Vries belt morgen.", ["De Vries"]),
        ("Dit is besproken met de Vries.", ["de Vries"]),
        ("Vries, P.J. de heeft ingestemd.", ["Vries, P.J. de"]),
        ("Volgens P. de Vries en P.J. de Vries klopt het.", ["P. de Vries", "P.J. de Vries"]),
    ],
)
def test_surname_with_tussenvoegsel(detector: Detector, body: str, redacted: list[str]) -> None:
    text = SEED + body
    findings = detector.analyze(text)
    for needle in redacted:
        assert fully_covered(text, findings, needle), needle


def test_full_name_first_name_and_surname(detector: Detector) -> None:
    text = (
        "Met vriendelijke groet,\n\nPieter Bakker\nBeleidsmedewerker\n\n"
        "Bakker heeft het stuk gelezen. Pieter stuurt het door. Ook Pieter Bakker tekent.\n"
        "De bakker op de hoek is dicht."
    )
    findings = detector.analyze(text)
    for needle in ("Pieter Bakker", "Bakker", "Pieter"):
        assert fully_covered(text, findings, needle), needle
    assert untouched(text, findings, "bakker")
    propagated = [f for f in findings if "propagated" in f.evidence]
    assert propagated and all(f.recognizer == "Propagation" or "propagated" in f.evidence for f in propagated)


def test_first_name_from_greeting(detector: Detector) -> None:
    text = "Hoi Kees,\n\nKan Kees dit oppakken?\n\nGroet,\nPiet"
    findings = detector.analyze(text)
    assert fully_covered(text, findings, "Kees")
    assert fully_covered(text, findings, "Piet")


def test_inverted_form_and_initials_extension(detector: Detector) -> None:
    text = "Van: Jansen, P. (DGRR) <p.jansen@minjenv.nl>\n\nIk heb P. Jansen gesproken. Jansen, P. was er."
    body = text.index("Ik heb")
    found = {f.text for f in detector.analyze(text) if f.start >= body}
    assert found == {"P. Jansen", "Jansen, P"}


def test_inverted_tail_is_not_taken_from_a_list(detector: Detector) -> None:
    text = "Aanwezig: Marieke Bakker-Smit, T. Yilmaz"
    assert texts(detector.analyze(text), "NAAM") == {"Marieke Bakker-Smit", "T. Yilmaz"}


def test_common_word_surname_only_mid_sentence(detector: Detector) -> None:
    text = (
        "Contactpersoon: M. Groot\n\n"
        "Groot deel van de stukken is klaar. Dit is met Groot besproken. Een groot probleem.\n"
        "Ook De Groot en de Groot zijn iemand anders."
    )
    findings = detector.analyze(text)
    mask_texts = [text[f.start : f.end] for f in findings]
    assert mask_texts.count("Groot") == 1  # only "met Groot besproken"
    assert "Groot deel" not in " ".join(mask_texts)
    assert untouched(text, findings, "groot")


def test_regular_surname_also_at_sentence_start(detector: Detector) -> None:
    text = "Opgesteld door: K. Bakker\n\nBakker stelt voor om te wachten. Het voorstel van Bakker volgt."
    assert fully_covered(text, detector.analyze(text), "Bakker")


def test_other_surname_with_tussenvoegsel_is_not_the_seed(detector: Detector) -> None:
    text = "Opgesteld door: K. Bakker\n\nDe Bakker-groep en Piet de Bakker zijn iemand anders."
    findings = detector.analyze(text)
    # "Piet de Bakker" is another person: found by the gazetteer, never as a propagation of K. Bakker
    assert [text[f.start : f.end] for f in findings] == ["K. Bakker", "Piet de Bakker"]
    assert all("seed:LabelNameRecognizer" not in f.evidence for f in findings)  # not spread from K. Bakker
    assert untouched(text, findings, "Bakker-groep")


def test_place_name_surname_needs_capital_tussenvoegsel(detector: Detector) -> None:
    text = (
        "Contactpersoon: P. van Amsterdam\n\n"
        "Van Amsterdam is akkoord. Het college van Amsterdam is dat niet. Amsterdam ook niet."
    )
    findings = detector.analyze(text)
    assert fully_covered(text, findings, "Van Amsterdam")
    assert untouched(text, findings, ["college", "van", "Amsterdam"][-1]) is False  # seed itself
    spans = [text[f.start : f.end] for f in findings]
    assert "van Amsterdam" not in spans[1:] and "Amsterdam" not in spans


def test_word_boundaries_and_case(detector: Detector) -> None:
    text = "Contactpersoon: P. Jansen\n\nDe Jansenstraat, Janssen en JANSEN-rapport; jansen@x.nl. JANSEN belde."
    findings = detector.analyze(text)
    # the name in capitals, not the compound "JANSEN-rapport"; Janssen: the gazetteer (another person)
    assert texts(findings, "NAAM") == {"P. Jansen", "Janssen", "JANSEN"}
    assert untouched(text, findings, "JANSEN-rapport")  # the compound stays, "JANSEN belde" is covered
    assert [f.text for f in findings].count("JANSEN") == 1
    assert untouched(text, findings, "Jansenstraat")


def test_not_inside_email_addresses(detector: Detector) -> None:
    text = "Contactpersoon: Piet Jansen\nE piet.jansen@minjenv.nl\nMail Jansen@Example.nl"
    findings = detector.analyze(text)
    assert texts(findings, "NAAM") == {"Piet Jansen"}
    assert "piet.jansen@minjenv.nl" in texts(findings, "EMAIL")


def test_paraph_propagates_as_initials(detector: Detector) -> None:
    text = "Paraaf: PJ\n\nPJ heeft dit gezien. PJV en DJI niet."
    findings = detector.analyze(text)
    assert [f.text for f in findings if f.entity == "INITIALEN"] == ["PJ", "PJ"]


def test_surname_from_email_local_part(detector: Detector) -> None:
    text = (
        "E k.vandenberg@minjenv.nl\nE pieter.de.wit@minjenv.nl\nE m.bakker-smit@minjenv.nl\n\n"
        "Van den Berg en Pieter overleggen; De Wit en Bakker-Smit zijn akkoord. Wit en berg niet."
    )
    findings = detector.analyze(text)
    for needle in ("Van den Berg", "Pieter", "De Wit", "Bakker-Smit"):
        assert fully_covered(text, findings, needle), needle
    last = text.rindex("Wit en berg")
    assert not any(f.start <= last < f.end for f in findings)
    derived = [f for f in findings if "derived:email-localpart" in f.evidence]
    assert derived


def test_function_mailbox_derives_nothing(detector: Detector) -> None:
    text = "Mail woo.ondersteuning@amsterdam.nl of bureau.woo@minjenv.nl\n\nOndersteuning via Woo."
    assert texts(detector.analyze(text), "NAAM") == set()
