"""Held-out round 46 (issue 14): what studying it fixed - the member who requested a Kamer debate, an appointment
whose office follows a comma ("de benoeming van X, als jongste raadslid"), a ruling's closing formula over two lines,
the staff in a water board's attendance list ("van ambtelijke zijde:") and a committee's secretary (names altered)."""

from __future__ import annotations

from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept


def test_the_member_who_requested_the_debate() -> None:
    text = ("Ik geef nu als eerste het woord aan de heer Bosmans, de aanvrager van het debat. Hij is van de PVV.\n\n"
            "De heer Martin Bosmans (PVV):\n\nVoorzitter. Waarom …\n")
    _kept(text, "Bosmans", "Martin Bosmans")
    _found("De heer Jansema, de aanvrager van de vergunning, belde gisteren.", "Jansema")


def test_an_appointment_whose_office_follows_a_comma() -> None:
    _kept("Met het voorstellen van de burgerraadsleden en de benoeming van Evie Peeters, als jongste raadslid van "
          "Nederland, kreeg de vergadering een feestelijk tintje.", "Evie Peeters")


def test_a_rulings_closing_formula_over_two_lines() -> None:
    text = ("6. Beslissing\nDe president wijst het verzoek om voorlopige voorziening af.\nAldus gewezen door mr R.R. "
            "Wintermans, fungerend president,\nin aanwezigheid van mr M.M. Smorenberg, als griffier,\nen uitgesproken "
            "in het openbaar op 18 november 1998.\n")
    _kept(text, "R.R. Wintermans", "M.M. Smorenberg")


def test_staff_in_an_attendance_list_and_a_committees_secretary() -> None:
    text = ("Vergadering van de commissie voor advies en bijstand van het waterschap\nAanwezig\nDhr. Van Blaaderen, "
            "mw. Di Bucchianico (voorzitter), mw. Van Vliet, dhr. De Wildt en dhr. Van der Zaag van ambtelijke zijde: "
            "Dhr. Hatzmannus (secretaris) mw. Ottolinia (sectordirecteur Klant) dhr. Koolhoff (bestuursondersteuning)\n"
            "Afwezig\n1. Opening\n")
    _found(text, "Ottolinia", "Koolhoff")
    _kept(text, "Van Blaaderen", "Van der Zaag")
    text = ("Verslag van de raadscommissie Stad en Ruimte.\nAanwezig: F. Janssen (PvdA), S.A. Willemse (CDA), N.A.M.E. "
            "Wignij (CDA), de commissiesecretaris, H. Petersma en de commissiegriffier, A. Berghuis.\n")
    _found(text, "H. Petersma")
