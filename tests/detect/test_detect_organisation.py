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


BUSINESS_FORM = (
    "Gegevens vestiging of bedrijf aanvrager\nKVK-nummer\n12345678\nVooraf ingevuld antwoord.\nHandelsnaam\n"
    "Tuinbouw Peelrand\nVooraf ingevuld antwoord.\nRSIN\n-\nAdresgegevens bedrijf aanvrager\nStraatnaam\n"
    "Molenweg\nVooraf ingevuld antwoord.\nHuisnummer\n12\nVooraf ingevuld antwoord.\nHuisletter\n-\n"
    "Huisnummertoevoeging\n-\nPostcode\n5761AB\nVooraf ingevuld antwoord.\nPlaats\nBakel\n"
)
PERSON_FORM = (
    "Gegevens aanvrager\nVoornamen\nPieter\nAchternaam\nDekkers\nGeboortedatum\n01-02-1970\nStraatnaam\n"
    "Molenweg\nHuisnummer\n12\nHuisletter\n-\nHuisnummertoevoeging\n-\nPostcode\n5761AB\nWoonplaats\nBakel\n"
)


def test_postcode_in_a_business_section_of_a_form_stays(detector: Detector) -> None:
    """The address fields of a company in a form ("Adresgegevens bedrijf …", "Soort bedrijf:") are the
    organisation's, even when the section heading stands more lines above than an owner is looked for."""
    assert untouched(BUSINESS_FORM, detector.analyze(BUSINESS_FORM), "5761AB")
    text = ("Naam van uw restaurant\nPizzeria Roma\nKamer van Koophandel-nummer:\n34170438\nSoort bedrijf:\n"
            "restaurant\n|\nStraat en nummer:\nMarkt 4\n|\n|\n|\n|\nPostcode en plaats:\n1017 PG Amsterdam\n")
    assert untouched(text, detector.analyze(text), "1017 PG Amsterdam")
    # OCR noise read as a name above the section's field ("… 34170438 An") does not make it a person's
    text = ("Adres van de onderneming\n\nNaam van uw restaurant Pizzeria Roma\n\nKamer van Koophandel-nummer: "
            "34170438 An\nSoort bedrijf: restaurant\nStraat en nummer: Markt 4 5 (2.\nPostcode en plaats: 1017PG "
            "Amsterdam\n\nTelefoonnummer: EN\n")
    assert untouched(text, detector.analyze(text), "1017PG Amsterdam")


def test_postcode_in_a_person_section_of_a_form_goes(detector: Detector) -> None:
    assert fully_covered(PERSON_FORM, detector.analyze(PERSON_FORM), "5761AB")
    # a person's section after a business's: the nearest section decides
    text = BUSINESS_FORM + PERSON_FORM.replace("5761AB", "5762CD")
    findings = detector.analyze(text)
    assert fully_covered(text, findings, "5762CD") and untouched(text, findings, "5761AB")
