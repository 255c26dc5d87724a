"""EMAIL: plain and obfuscated addresses; generic mailboxes from the allow-list are not personal."""

from __future__ import annotations

import pytest

from redact.detect.engine import Detector
from redact.detect.recognizers.email import EmailRecognizer, is_function_mailbox, normalize_email
from redact.rules import Rules
from tests.detect.util import texts


@pytest.fixture(scope="module")
def recognizer(rules: Rules) -> EmailRecognizer:
    return EmailRecognizer(rules)


def found(recognizer: EmailRecognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text, ["EMAIL"]) if r.score > 0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mail p.jansen@minjenv.nl graag.", "p.jansen@minjenv.nl"),
        ("Van: Jansen, P. <p.jansen@minjenv.nl>", "p.jansen@minjenv.nl"),
        ("E piet.jansen@minjenv.nl", "piet.jansen@minjenv.nl"),
        ("Stuur het naar k.vandenberg@dji.minjus.nl.", "k.vandenberg@dji.minjus.nl"),
        ("mailto:m.bakker-smit@minjenv.nl", "m.bakker-smit@minjenv.nl"),
        ("x_y+tag@sub.example.co.uk, daarna", "x_y+tag@sub.example.co.uk"),
        ("J.P.de-Vries@Example.COM", "J.P.de-Vries@Example.COM"),
        ("Contact: p.jansen[at]minjenv.nl", "p.jansen[at]minjenv.nl"),
        ("Contact: p.jansen(at)minjenv.nl", "p.jansen(at)minjenv.nl"),
        ("Contact: p.jansen [at] minjenv [dot] nl", "p.jansen [at] minjenv [dot] nl"),
        ("Contact: p.jansen{at}minjenv(punt)nl", "p.jansen{at}minjenv(punt)nl"),
    ],
)
def test_finds_addresses(recognizer: EmailRecognizer, text: str, expected: str) -> None:
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Vragen? info@minjenv.nl",
        "Stuur het Woo-verzoek naar woo@minjenv.nl.",
        "Woo-verzoeken@minjenv.nl",  # allow-listed, case-insensitive
        "postbus@minjenv.nl",
        "noreply@rijksoverheid.nl",
        "info-dgrr@minjenv.nl",  # mailbox prefix + "-"
        "woo.ondersteuning@amsterdam.nl",  # mailbox prefix + "."
        "volg @minjenv op sociale media",
        "www.rijksoverheid.nl/jenv",
        "p.jansen@",
        "jansen@localhost",
        "__@amsterdam.nl",
        "de prijs is 3@5 euro",
    ],
)
def test_no_address_or_generic_mailbox(recognizer: EmailRecognizer, text: str) -> None:
    assert found(recognizer, text) == []


def test_normalize_obfuscated() -> None:
    assert normalize_email("P.Jansen [at] MinJenV [dot] nl") == "p.jansen@minjenv.nl"


def test_function_mailbox_rules(rules: Rules) -> None:
    assert is_function_mailbox("secretariaat@minjenv.nl", rules)
    assert is_function_mailbox("servicedesk_dji@minjenv.nl", rules)
    assert not is_function_mailbox("p.jansen@minjenv.nl", rules)
    assert not is_function_mailbox("informatie.jansen@minjenv.nl", rules)  # "info" must be the whole word


def test_detector_reports_email_category(detector: Detector) -> None:
    findings = detector.analyze("E p.devries@minjenv.nl\nof info@minjenv.nl")
    assert texts(findings, "EMAIL") == {"p.devries@minjenv.nl"}
    (f,) = [f for f in findings if f.entity == "EMAIL"]
    assert f.recognizer == "EmailRecognizerNL"
    assert "pattern:email" in f.evidence


def test_an_address_whose_nl_ocr_read_as_n1_is_found(recognizer: EmailRecognizer) -> None:
    text = "Contactpersoon A. Blok Beleidsmedewerker M +31(0) aris.blok@minlenm.n1 Datum 13 okt. Zie versie 2.n1.\n"
    assert found(recognizer, text) == ["aris.blok@minlenm.n1"]
