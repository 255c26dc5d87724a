"""Held-out round 35 (issue 14): what studying it fixed - a roll-call vote in a council's decision list, the roll of
the college's own meeting, the members' notices of absence the Kamer's chair reads out, "v. d." as a particle, a
role after an abbreviation's full stop, a councillor's signature with the party's local branch, movers tagged
"(D66 - X, GroenLinks - Y)", a meeting page without colons, "afwezigen zijn; de heren …", an English signature
under a box code, and "Mayor" as the burgemeester's office."""

from __future__ import annotations

from redact import analyze_text
from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept


def test_a_roll_call_vote_in_a_councils_decision_list() -> None:
    text = ("Besluitenlijst raadsvergadering 29 juni 2015 aanvang 17.00 uur\n1. Opening.\n16. Motie herverdeling "
            "taken.\nDe raad besluit in meerderheid (16 stemmen voor en 14 stemmen tegen).\nVoor de motie stemden:\n"
            "Stadspartij Den Helder: de dames Paternotte en Vorstmans en de heren Assorgio, Van Delften,\nKarhoff en "
            "Salverdink;\nChristenUnie: mevrouw Bierstekers;\nTegen de motie stemden:\nCDA: mevrouw Houtvenne en de "
            "heren Bazuin en Slortje;\nVVD: mevrouw Kostelijke.\n17. Sluiting.\n")
    _kept(text, "Paternotte", "Vorstmans", "Assorgio", "Van Delften", "Karhoff", "Salverdink", "Bierstekers",
          "Houtvenne", "Bazuin", "Slortje", "Kostelijke")


def test_the_roll_of_the_colleges_own_meeting() -> None:
    text = ("Besluitenlijst collegevergadering 26 maart\n\nTijd    9:00 - 13:00\nLocatie    Commissiekamer\n"
            "Aanwezig    A.W. Hiemsma (voorzitter), I. Berghuys, R.J. Helingh en M. Zwartsenberg\n\nAgenda\n\n"
            "Het college stelt de agenda ongewijzigd vast.\n\n4. De eindredactie van de brief aan wethouder Berghuys "
            "te mandateren.\n")
    _kept(text, "A.W. Hiemsma", "I. Berghuys", "R.J. Helingh", "M. Zwartsenberg")


def test_the_members_notices_of_absence_in_the_handelingen() -> None:
    text = ("5de VERGADERING\nIngekomen stukken. — Regeling van werkzaamheden. Voorzitter: de heer Kortenhorst\n"
            "De Voorzitter: Ik deel aan de Kamer mede, dat zijn "
            "ingekomen: 1°. berichten van leden, die verhinderd zijn de vergadering bij te wonen: van de heren "
            "Gerbrandts, Weltert en Toxopeuw, wegens ziekte: van de heer Van Rijckevorst, wegens een ongeval; van de "
            "heer Hazenbos, wegens verblijf buitenslands. Deze berichten worden voor kennisgeving aangenomen;\n"
            "2°. een geschrift van L. W. v. d. Starren, te 's-Gravenhage, over de woningnood.\n")
    _kept(text, "Gerbrandts", "Weltert", "Toxopeuw", "Van Rijckevorst", "Hazenbos")
    _found(text, "L. W. v. d. Starren")


def test_a_role_after_an_abbreviations_full_stop() -> None:
    text = "Dit antwoordt op vragen van het CDA. Wethouder Kossen heeft tijdens een persconferentie de wens geuit.\n"
    _kept(text, "Kossen")


def test_a_councillors_signature_with_the_partys_local_branch() -> None:
    text = ("Geachte Raadsleden,\nU bent van harte uitgenodigd.\nMet vriendelijke groet,\nNamens de raadscommissie,\n"
            "Wim Koksma,          SP Groningen                        Jasper Botter,      VVD Groningen\n")
    _kept(text, "Wim Koksma", "Jasper Botter")


def test_movers_tagged_with_their_party_and_a_dash_in_brackets() -> None:
    text = ("Aangekondigd nieuw amendement:\n  - Amendement Aanvullende kaders binnenstad (2023-A0011) (D66 - Yvonne "
            "ten Holt, GroenLinks - Hella Godeau)\n  het amendement wordt betrokken bij het raadsvoorstel.\n")
    _kept(text, "Yvonne ten Holt", "Hella Godeau")


def test_the_chair_of_a_meeting_page_without_colons() -> None:
    text = ("Raadsvergadering\n\nmaandag 3 juli 2023\n\n19:30 - 23:00\nLocatie\n\nBurgerzaal\n\nVoorzitter\nWimar "
            "Jaegers\n\nUitzending\n\nAgendapunten\n")
    _kept(text, "Wimar Jaegers")


def test_members_reported_absent_after_a_semicolon() -> None:
    text = ("Verslag raadscommissie Algemeen Bestuur\n\nDe voorzitter opent de vergadering. De voorzitter meldt dat er "
            "twee afwezigen zijn; de heren Brunnink en Olijven. Het college is voltallig aanwezig.\n")
    _kept(text, "Brunnink", "Olijven")


def test_an_english_signature_under_a_box_code_and_the_mayors_office() -> None:
    text = ("Dear Mayor Halsema,\n\nThank you for your letter on the Erotic Centre.\n\nYours sincerely,\n\n5.1,2,e\n"
            "Lorraine Nolanne\nChair of the Management Board\n")
    _found(text, "Lorraine Nolanne")
    _kept(text, "Halsema")
    assert not [f for f in analyze_text(text) if "Mayor" in f.text]
