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


# -- round 35's leftovers (committed before round 36 was read) ----------------------------------------------------


def test_a_function_below_a_blank_line_under_a_name_alone_on_its_line() -> None:
    letter = ("Ms Femke Halsbeek\n\nMayor of Amsterdam\n\nPostbus 202\n\n1000 AE Amsterdam\n\n30 March 2023\n\n"
              "Dear Mayor Halsbeek,\n\nI am contacting you about the proposed locations.\n\nYours sincerely,\n\n"
              "Emer Cookson\nExecutive Director\n")
    _kept(letter, "Femke Halsbeek")
    _found(letter, "Emer Cookson")
    signed = "Wij hopen u hiermee te hebben geïnformeerd.\n\nMet vriendelijke groet,\n\nFemke Halsbeek\n\n" \
             "Burgemeester van Amsterdam\n"
    _kept(signed, "Femke Halsbeek")
    # a sentence that opens with a role on the line after the blank one is no function of the name above it
    prose = "Met vriendelijke groet,\n\nJan de Vriesema\n\nWethouder Pietersma opende de vergadering.\n"
    _found(prose, "Jan de Vriesema")


def test_a_council_committee_seat_given_or_taken() -> None:
    text = ("Vergadering van Gemeenteraad\nDatum: 31-08-2015 19:30 uur\n8\nVoorstel tot het benoemen van de heer "
            "R. Duijnstra tot lid voor de raadscommissies Bestuur en\nMiddelen en Stadsontwikkeling.\nOmdat mevrouw "
            "M. Mooiman op haar verzoek op 31 augustus is ontslagen als\nraadslid, kan de fractie een nieuw lid "
            "laten benoemen.\n")
    _kept(text, "R. Duijnstra", "M. Mooiman")
    # a job is no office: the same clauses with a civil servant's function
    job = "Besluit\n\nHet benoemen van de heer P. Smitsma tot beleidsmedewerker bij de afdeling Ruimte.\n"
    _found(job, "P. Smitsma")


def test_a_dashed_list_appointed_to_a_public_office_named_after_it() -> None:
    text = ("Resultaat stemming\nBesluit\n\n-    de heer G. de Hoopman, geboren op 16 april 1970, woonachtig in "
            "Geesteren\n-    de heer C. Meijerink, woonachtig in Ruurlo\n te benoemen als burgercommissieleden.\n")
    _kept(text, "G. de Hoopman", "C. Meijerink")
    # members of an advisory committee on objections are no office holders
    advisory = ("Besluit\n\n- de heer G. de Hoopman, woonachtig in Geesteren\n- mevrouw C. Meijerink\n te benoemen "
                "tot leden van de commissie bezwaarschriften.\n")
    _found(advisory, "G. de Hoopman", "C. Meijerink")
