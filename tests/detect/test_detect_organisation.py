"""Organisation data stays (issue 14, item 4); a person's own contact data still goes."""

from __future__ import annotations

import pytest

from redact.detect.engine import Detector
from redact.detect.gazetteer import load_gazetteer
from redact.detect.organisation import functional_mailbox
from redact.rules import Rules
from tests.detect.util import fully_covered, untouched

LETTERHEAD = (
    "Landgoed Baasdam B.V.\nReutummerweg 39\n7651 KK TUBBERGEN\n\nProvincie Overijssel\n\nLuttenbergstraat 2\n\n"
    "Postbus 10078\n\n8000 GB Zwolle\n\nTelefoon 038 499 88 99\n\nOverijssel.nl\n\noverijsselloket@overijssel.nl\n\n"
    "KvK 51048329\n\nIBAN NL45 RABO 0397 3411 21\n\nInlichtingen bij\n\nOverijssel Loket\n\nTelefoon: 038 499 88 99\n\n"
    "Geachte lezer,\n\nOp 26 augustus ontvingen wij uw melding."
)


@pytest.mark.parametrize("needle", ["038 499 88 99", "NL45 RABO 0397 3411 21", "overijsselloket@overijssel.nl"])
def test_organisation_numbers_in_a_letterhead_stay(detector: Detector, needle: str) -> None:
    assert untouched(LETTERHEAD, detector.analyze(LETTERHEAD), needle)


def test_footer_repeated_on_every_page_stays(detector: Detector) -> None:
    footer = "Cardan, Burgemeester Brokxlaan 32 5041 SB Tilburg\n\n0885004070, contact@cardan.com"
    pages = [f"Bevinding {i}: de knop heeft geen label.\n\n{footer}" for i in range(4)]
    text = ("\n\f\n".join(pages)
            + "\n\f\nOver Cardan\n\nAdres: Burgemeester Brokxlaan 32 5041 SB Tilburg\n\nTelefoon: 0885004070")
    findings = detector.analyze(text)
    assert untouched(text, findings, "0885004070")
    assert untouched(text, findings, "contact@cardan.com")


@pytest.mark.parametrize("text, needle", [
    # the contact person's own number in a colophon repeated on every page
    ("\n\f\n".join(["Ministerie van Financiën\nPostbus 20201\nContactpersoon\nIsis Kooistra\nT 070 882 5836\n"
                    f"E is.kooistra@minfin.nl\n\nBlad {i}" for i in range(3)]), "070 882 5836"),
    # a signature: name, function, organisation, mobile, direct line
    ("Met vriendelijke groet,\nLeon van der Berg\nJuridisch adviseur\nMinisterie van Justitie en Veiligheid\n"
     "Turfmarkt 147 | 2511 DP Den Haag\nM 06-13970623\nT 070-8486931\nleon.vanderberg@minjenv.nl", "070-8486931"),
    ("Wij maken het bedrag over op rekeningnummer NL06SNSB6280558572 ten name van\nM. van Leeuwen.",
     "NL06SNSB6280558572"),
    ("Provincie Overijssel\nPostbus 10078\nMobiel 06-12345678", "06-12345678"),
])
def test_a_persons_own_contact_data_still_goes(detector: Detector, text: str, needle: str) -> None:
    assert fully_covered(text, detector.analyze(text), needle)


@pytest.mark.parametrize("address, functional", [
    ("Proceduremedewerkers@overijssel.nl", True),
    ("overijsselloket@overijssel.nl", True),
    ("contact@cardan.com", True),
    ("cardan@cardan.com", True),
    ("j.jansen@overijssel.nl", False),
    ("leon.vanderberg@minjenv.nl", False),
    ("pieter@bakkerij.nl", False),
])
def test_functional_mailboxes(rules: Rules, address: str, functional: bool) -> None:
    assert functional_mailbox(address, load_gazetteer(rules)) is functional
