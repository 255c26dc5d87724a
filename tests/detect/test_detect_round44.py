"""Held-out round 44 (issue 14): what studying it fixed - the Kamer's roll in the spelling before 1947 ("Tegenwoordig,
met den Voorzitter, 82 leden, te weten:"), a committee's roll by party released in a Woo decision, a party that sends
no one in a table of groups ("SP: geen"), an appointment to a public office before the list of the appointed ("tot
wethouder … te benoemen:"), members reported absent in a council's minutes without "met kennisgeving", a member whose
name is drawn to set the voting order, a chair of a council evening's block after its time, a college's meeting page
with its chair, a predicate of nobility with a capital ("S.P. Baron Bentinck"), a naturalisation bill for one applicant
and a label "Contactpersonen van:" before places (names altered)."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept
from tests.detect.util import texts


def test_the_kamers_roll_in_the_old_spelling() -> None:
    text = ("VERGADERING VAN VRIJDAG 12 FEBRUARI 1932.\nVoorzitter: de heer van Schalkwijk.\nTegenwoordig, met den "
            "Voorzitter, 82 leden, te weten:\nde heeren de Boerma, Krijgers, Bakkerus, Moller, mejuffrouw Meijerink, "
            "de heeren Beumers, Guitink,\nen de heeren Ministers van Justitie en van Financiën.\nDe Voorzitter: Ik "
            "deel aan de Kamer mede, dat zijn ingekomen:\n")
    _kept(text, "Krijgers", "Bakkerus", "Meijerink", "Beumers", "Guitink")


def test_a_committees_roll_by_party_released_in_a_woo_decision() -> None:
    text = ("Besluit op uw Woo-verzoek\nOp 13 december heeft u een Woo-verzoek ingediend. Ik heb besloten tot "
            "openbaarmaking.\nOnderwerp: Woo-verzoek\nGeachte heer of mevrouw,\nIk wil de notulen van die besloten "
            "vergadering opvragen.\nMet vriendelijke groet,\nGemeenteraad Coevorden\nVERSLAG VAN DE NIET-OPENBARE "
            "COMMISSIEVERGADERING van 6 oktober 2020\nAanwezig: mevrouw A.H. Siebenga (voorzitter);\nDe heren T. "
            "Nijenbannink, J. Kampsma en H. Mulders (BBC2014);\nMevrouw L. Klein Gunnewiek en de heer E. Heelinga "
            "(CDA);\nDe dames M. Fisseringa en I. Talensma (VVD);\nDe heer L. Hoedemakers (D66);\nGriffie: de heer "
            "M. Frenseling\n1. Opening\n")
    _kept(text, "T. Nijenbannink", "M. Fisseringa", "I. Talensma", "L. Hoedemakers")


def test_a_party_that_sends_no_one_and_an_appointment_before_the_appointed() -> None:
    text = ("De fracties stellen voor als deelnemer aan de raadsavond te benoemen:\n  CDA: P. Koekoeks\n"
            "  Gemeentebelangen: G. Vos-Baasma\n  SP: geen\n  PvdA: S.M. van Eckhart\n  VVD: A.A. Steenbergma\n")
    _kept(text, "P. Koekoeks", "G. Vos-Baasma", "S.M. van Eckhart")
    text = ("Zij stellen voor tot wethouder van de gemeente Hoogeveen te benoemen:\n  A.W. Hiemstrama, H.B. "
            "Giethoornman, J.H. Steenbergma en G. Vossema.\n  De formateur geeft een toelichting.")
    _kept(text, "A.W. Hiemstrama", "H.B. Giethoornman", "G. Vossema")
    _found("Wij stellen voor als beleidsmedewerker te benoemen: A.W. Hiemstrama.", "A.W. Hiemstrama")


def test_members_absent_and_a_name_drawn_in_a_councils_minutes() -> None:
    text = ("Notulen van de openbare vergadering van de gemeenteraad van Landerd.\n\n1. De voorzitter opent de "
            "vergadering om 19.30 uur. Er zijn 14 raadsleden aanwezig. De heer Van den Bergh, de heer Van der "
            "Heuvelman en de heer De Kleijne zijn afwezig.\n\n2. De heer Roumens spreekt in namens de "
            "belangengroep.\n\n3. De naam van mevrouw Hoeksma is getrokken. Stemming en beraadslaging begint bij de "
            "VVD.\n\n4. De raad besluit conform het voorstel. Ook de heer Dijkstraat is verhinderd, terwijl ook de "
            "heer Berkelbach van der Sprenkels is verhinderd.\n")
    _kept(text, "Van den Bergh", "Van der Heuvelman", "De Kleijne", "Hoeksma", "Berkelbach van der Sprenkels")
    _found(text, "Roumens")


def test_the_chair_of_a_council_evenings_block_and_of_a_colleges_meeting() -> None:
    text = ("Raadsavond 30 januari 2014\n\nOrgaan:\nGemeenteraad\nLocatie:\nRaadzaal\n\n1.\n\n19:00 - 19:15 uur , "
            "Karel Loohuizen\n\nBesluiten (Raadzaal)\n\n 1. Opening\n  Nadere info: Johanna Sellinga, tel. "
            "0528-291201\n")
    _kept(text, "Karel Loohuizen")
    _found(text, "Johanna Sellinga")
    _found("Programma\n\n19:00 - 19:15 uur , Karel Loohuizen\n\nRondleiding\n", "Karel Loohuizen")
    _kept("GS-Besluiten\n\ndinsdag 26 maart 2024\n\n09:30 - 12:30\nLocatie\n\n16.30\n\nVoorzitter\nJ.H. Oostersma\n\n"
          "Agendapunten\n", "J.H. Oostersma")


def test_nobility_a_one_applicant_bill_and_contacts_of_places() -> None:
    assert "S.P.Baron Bentincks" in texts(analyze_text("De brief van S.P.Baron Bentincks over het plan."))
    _found("Verslagen omtrent de wetsontwerpen: Naturalisatie van Khouwa, Hoey Coen (5893) (R 181); Naturalisatie "
           "van Brown. William en 10 anderen (5894).", "Khouwa, Hoey Coen")
    text = ("De wijkagent: Jan Kluitersma\n\nContactpersonen van:\n\nEursinge, Beilervaart, Klatering, Hijken, "
            "Zwiggelte\n\n1. Opening\n")
    _kept(text, "Eursinge", "Beilervaart", "Klatering")
    _found(text, "Jan Kluitersma")


def test_a_local_party_a_council_group_is_named_after() -> None:
    text = ("Raadsvergadering\n\nIda de Boera neemt afscheid als raadslid. Zij verlaat de STIP-fractie. Daarnaast "
            "worden Jan Tilmans namens STIP en Erwin Blinks namens Volt benoemd tot commissielid.\n")
    _kept(text, "Jan Tilmans", "Erwin Blinks")
    _found("Daarnaast belde Jan Tilmans namens STIP over de vergunning.\n", "Jan Tilmans")  # no group named after it
