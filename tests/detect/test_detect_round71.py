"""Held-out round 71 (issue 14): what studying it fixed (names altered) - the Handelingen's alphabetical list of
members, written "Surname, (initials)"; a college's decision list in a municipality's English translation; OCR's
"ministervan"; two titles glued by their full stop ("Mr.dr.") in a minister's signature."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found, assert_kept


def test_the_handelingen_alphabetical_list_of_members_with_bracketed_initials() -> None:
    text = ("ALPHABETISCHE\nNAAMLIJSTEN\nVAN DE LEDEN DER STATEN-GENERAAL EN DE MINISTERS, HOOFDEN VAN\nDEPARTEMENTEN "
            "VAN ALGEMEEN BESTUUR, GEDURENDE DE\nZITTING 1948—1949\nLEDEN VAN DE EERSTE KAMER\nGroep I (Noordbrabant, "
            "Zeeland, Utrecht en Limburg).\nGroep IV (Zuidholland).\nNamen der leden\nGroep\nJaren van op-en van "
            "aftreding\nBijzonderheden\nAlgrama, (H.)\nIII\n23 Juli\n1946—1954 Jansen, (Mr. A.)\nIV\n20 Sept. "
            "1921—1951 Bargema, (Dr. J. A. J.) Beaufortma, (Dr. L. J. C.)\nIV II\n21 Sept. 25 Aug. 1937—1951 "
            "1948—1951 Kieftma, (J. van de)\nIV\n18 Oct.\n1945—1951 Ruijsma de Beerenbrouck, (Jhr. Mr. G. A. M. J.)\n"
            "I\n27 Juli\n1948—1954\nHandelingen der Staten-Generaal. Zitting 1948—1949.")
    assert_kept(text, "Algrama", "Jansen", "Bargema", "Beaufortma", "Kieftma", "Ruijsma de Beerenbrouck")


def test_a_register_entry_with_bracketed_initials_is_a_name() -> None:
    text = ("Verslag van de hoorzitting van de bezwaarschriftencommissie.\nAanwezige bezwaarden:\nPietersma, "
            "(mw. J.)\nKorstanjema, (P. A. van)\nDe commissie hoort de bezwaarden.")
    findings = analyze_text(text)
    assert [f.text for f in findings if "Pietersma" in f.text] == ["Pietersma, (mw. J.)"], [f.text for f in findings]
    assert_found(text, "Korstanjema, (P. A. van)")


def test_a_college_decision_list_in_english_translation() -> None:
    text = ("Public decision list April 19, 2022\nPresent:\nHans Gaillardma, Mayor\nJohn Frenkenma, Alderman\nJan "
            "Boersmaa, Alderman\n1. Hans Gaillardma |\nOverview of decisions taken during mandate week 16 2022. |\n"
            "2. John Frenkenma |\nCouncil information local food bank. |")
    assert_kept(text, "Hans Gaillardma", "John Frenkenma", "Jan Boersmaa")


def test_ocr_glued_ministervan() -> None:
    text = ("Antwoord\nAntwoord van de heer Ter Beekma, ministervan Defensie. (Ontvangen 9-2-1993)\nHet verschil "
            "tussen de antwoorden is door mevrouw J. Pietersma van de sprekerspool toegelicht.")
    assert_kept(text, "Ter Beekma")
    assert_found(text, "J. Pietersma")


def test_two_titles_glued_by_their_full_stop_in_a_ministers_signature() -> None:
    text = ("Hierbij bied ik u een notitie aan over de positie van het Kabinet der Koningin.\nDe MINISTER-PRESIDENT,\n"
            "Minister van Algemene Zaken,\nMr.dr. J.P. Balkenendema\nHet Kabinet der Koningin\n1. Aanleiding")
    assert_kept(text, "J.P. Balkenendema")
