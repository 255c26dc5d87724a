"""Office holders and private persons after studying held-out round 23 (issue 14): a tussenvoegsel in capitals after
a role, the oath taken in a council's minutes, a speaker label with a web page's icon text, the gemeentelijke
ombudsman, tenants' councils, double given names, adjective surnames after "de", and places whose name opens with a
tussenvoegsel."""

from __future__ import annotations

from redact.detect.public import PublicContext
from redact.rules import load_rules
from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept


def test_a_capital_tussenvoegsel_after_a_role_starts_a_name_not_a_portfolio() -> None:
    rules = load_rules()
    text = "Het nieuws van de week.\n\nBurgemeester Van Rumund krijgt een lintje.\n"
    assert [text[s:e] for s, e in PublicContext(text, rules).mentions()] == ["Van Rumund"]
    text = "Het nieuws van de week.\n\nBurgemeester Van Wageningen Jan Jansen krijgt een lintje.\n"
    assert "Wageningen" not in [text[s:e] for s, e in PublicContext(text, rules).mentions()]


def test_the_oath_before_the_chair_in_a_council_s_minutes() -> None:
    text = ("NOTULEN van de openbare vergadering van de gemeenteraad van Soest op 12 maart 1953.\n"
            "Tegenwoordig: de heren A. Bakker, B. Smit en C. de Vries.\n"
            "De heer Pesten komt ter vergadering en legt in handen van de Voorzitter de eed van zuivering en de eed "
            "van trouw af. De VOORZITTER zegt daarop: Ik dank U wel, mijnheer Pesten.\n")
    _kept(text, "Pesten")
    _found("Verslag van de jaarvergadering van de schutterij.\n\nDe heer Pesten vertelt over de eed die hij als "
           "kind aflegde bij de padvinderij.\n", "Pesten")


def test_a_speaker_label_with_an_icon_s_text() -> None:
    text = ("Verslag van de vergadering van 24 oktober 2017\n\nDe heer Flierman i (CDA):\n\nVoorzitter, dank u wel. "
            "Laat ik om te beginnen de leden bedanken.\n")
    _kept(text, "Flierman")


def test_the_gemeentelijke_ombudsman_signs_her_report() -> None:
    text = ("Veel klachten ontstaan door gebrekkige communicatie.\n\nMw. mr M.J. van Dasselaar\nGemeentelijke ombudsman"
            "\n\nVoorwoord\n")
    _kept(text, "M.J. van Dasselaar")


def test_a_tenants_council_is_no_public_body() -> None:
    text = ("Verslag vergadering van het algemeen bestuur van de Huurdersraad H-S op 8 februari 2010\n\n"
            "1. Opening en mededelingen\nDe heer Klok deelt mee dat de ANBO een brief heeft gestuurd.\n"
            "Mevrouw Van der Veen zal de flatcommissies op de hoogte stellen.\n")
    _found(text, "Klok", "Van der Veen")
    _found("Aanwezige leden :\n\nDe dames J. de Hoog, J. de Hooge, P. Strootman en A. Gijzen.\n", "J. de Hoog")


def test_a_double_given_name_is_one_name() -> None:
    _found("Jochem en Jan-Willem zijn er helaas niet. Wij zagen Anne-Marie gisteren.\n", "Jan-Willem", "Anne-Marie")
    _found("Jan-Willem vertelt dat de schouw in oktober was.\n", "Jan-Willem")
    _kept("Noord-Holland is een provincie.\n", "Noord-Holland")


def test_a_place_that_opens_with_a_tussenvoegsel() -> None:
    text = ("DEN BOSCH, 9 OKT. De staatssecretaris sprak tijdens het jaarcongres in Den Bosch. Het volgende congres "
            "is in Den Burg op Texel.\n")
    _kept(text, "DEN BOSCH", "Den Bosch", "Den Burg")
    _found("Het verslag is van de heer Den Bosch en van Kees van den Bosch.\n", "Den Bosch", "Kees van den Bosch")
