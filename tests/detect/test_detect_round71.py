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


def test_a_ministers_signature_in_capitals_after_a_full_stop_and_signers_under_an_ordinal_date() -> None:
    text = ("EINDVERSLAG VAN DE COMMISSIE VAN RAPPORTEURS\nNiettemin zegt de ondergetekende gaarne toe, dat het "
            "artikel zo nauwkeurig mogelijk zal worden geraamd.\nDe Minister van Financiën.\nVAN DE KIEFTMA.\nDe "
            "Commissie van Rapporteurs heeft gemeend haar Eindverslag te kunnen sluiten.\nVastgesteld de 8ste "
            "December 1952.\nDE DREUMA\nDE VOS VAN STEENWIJKMA\nWENDELAARMA\nI 2806, 2822 23a\nHet adres van P. "
            "Pietersma te Weert wordt behandeld.")
    assert_kept(text, "VAN DE KIEFTMA", "DE DREUMA", "DE VOS VAN STEENWIJKMA", "WENDELAARMA")
    assert_found(text, "P. Pietersma")


def test_the_portfolio_holder_column_of_a_gs_decision_list() -> None:
    text = ("Besluitenlijst van de vergadering van Gedeputeerde Staten van Gelderland\n \nNummer Commissoriaal "
            "Afdeling Gedeputeerde Openbaar\n3 2009-020080 P&CMERO Van Beek\nOnderwerp\nStatennotitie Provinciaal "
            "Herstructurerings Programma.\n \nNummer Commissoriaal Afdeling Gedeputeerde Openbaar\n4 2009-022107 "
            "P&CWSC Smit\nOnderwerp\nVerdeelnotitie aanvragen.\nInlichtingen bij mevrouw J. Pietersma, afdeling WSC.")
    assert_kept(text, "Van Beek", "Smit")
    assert_found(text, "J. Pietersma")
