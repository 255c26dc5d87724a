"""Public office holders are not proposed and never propagated; listed public persons neither."""

from __future__ import annotations

import pytest

from redact.detect.engine import Detector
from redact.detect.resolve import resolve
from redact.models import Finding
from redact.rules import Rules
from tests.detect.util import fully_covered, texts, untouched

# Each civil servant is seeded by a structural cue, so that the same surname after a role word would
# be proposed by propagation if the public-official rule did not stop it.
SEEDS = (
    "Contactpersoon: P. Jansen\nOpgesteld door: K. de Vries\nBehandeld door: M. Bakker\n"
    "Auteur: T. van der Berg\nNotulist: H. Halsema\n\n"
)


@pytest.mark.parametrize(
    "phrase",
    [
        "minister Jansen",
        "Minister Jansen",
        "de minister van Justitie en Veiligheid, mr. D. Jansen",
        "de minister voor Rechtsbescherming, Jansen",
        "staatssecretaris De Vries",
        "de staatssecretaris van Justitie en Veiligheid De Vries",
        "het lid Bakker (VVD)",
        "Kamerlid Van der Berg",
        "Tweede Kamerlid Van der Berg",
        "burgemeester Halsema",
        "oud-minister Jansen",
        "minister-president Jansen",
    ],
)
def test_name_after_role_word_is_not_proposed(detector: Detector, phrase: str) -> None:
    text = SEEDS + f"Het overleg met {phrase} verliep goed."
    findings = detector.analyze(text)
    start = text.index(phrase)
    body = [f for f in findings if f.start >= start]
    assert body == [], [f.text for f in body]
    assert len([f for f in findings if f.entity == "NAAM"]) == 5  # the seeds themselves stay


def test_list_after_role_word(detector: Detector) -> None:
    text = SEEDS + "In de raadsvergadering. Volgens de leden Jansen en De Vries is dat onjuist."
    findings = detector.analyze(text)
    assert not [f for f in findings if f.start >= text.index("Volgens")]
    # "de leden" of no body the text names may be a club's or a committee's: uncertain, proposed (fail closed)
    text = SEEDS + "Volgens de leden Jansen en De Vries is dat onjuist."
    findings = detector.analyze(text)
    assert {f.text for f in findings if f.start >= text.index("Volgens")} == {"Jansen", "De Vries"}


def test_civil_servant_with_same_surname_is_still_proposed(detector: Detector) -> None:
    text = SEEDS + "Minister Jansen vroeg Jansen om advies."
    findings = detector.analyze(text)
    second = text.rindex("Jansen")
    assert any(f.start == second for f in findings)
    assert not any(f.start == text.index("Minister Jansen") + len("Minister ") for f in findings)


def test_letter_signature_of_minister(detector: Detector) -> None:
    text = (
        "Met vriendelijke groet,\n\nDe minister van Justitie en Veiligheid,\n\n\n\nD. van Aalst\n\n"
        "Geachte voorzitter,\n\nmr. D. van Aalst\nMinister van Justitie en Veiligheid"
    )
    assert texts(detector.analyze(text), "NAAM") == set()


def test_apposition_with_role(detector: Detector) -> None:
    text = "Aanwezig: D. van Aalst, minister van Justitie en Veiligheid; P. Jansen (DRC)"
    assert texts(detector.analyze(text), "NAAM") == {"P. Jansen"}


def test_public_official_is_never_propagated(detector: Detector) -> None:
    text = (
        "In het debat zei de minister van Justitie en Veiligheid, mr. D. van Aalst, "
        "dat Van Aalst het stuk steunt."
    )
    findings = detector.analyze(text)
    assert texts(findings, "NAAM") == set()
    assert untouched(text, findings, "Van Aalst")


def test_public_persons_from_rules(detector: Detector, rules: Rules) -> None:
    text = "Contactpersoon: Dilan Yildiz\nOpgesteld door: P. Jansen\n\nYildiz en Jansen overleggen."
    public_rules = rules.with_public_persons(("Dilan Yildiz",))
    raw = detector.raw(text)
    findings = resolve(text, raw, public_rules)
    assert untouched(text, findings, "Yildiz")
    assert untouched(text, findings, "Dilan Yildiz")
    assert fully_covered(text, findings, "Jansen")
    # without the per-dossier list the person is proposed
    assert fully_covered(text, resolve(text, raw, rules), "Yildiz")


def test_role_word_in_other_sentence_does_not_count(detector: Detector, rules: Rules) -> None:
    text = "De minister is akkoord. P. Jansen werkt het uit."
    assert texts(detector.analyze(text), "NAAM") == {"P. Jansen"}


def test_resolve_drops_public_findings_from_any_recognizer(rules: Rules) -> None:
    text = "burgemeester Halsema opende"
    s = text.index("Halsema")
    f = Finding("NAAM", s, s + 7, 0.9, "other", "Halsema", ("test",))
    assert resolve(text, [f], rules) == []


def test_role_in_brackets_after_the_name(detector: Detector) -> None:
    text = "A.s. maandag spreken we met de heer Van Aalst (minister) en mevrouw Jansen (DRC)."
    assert texts(detector.analyze(text), "NAAM") == {"Jansen"}
