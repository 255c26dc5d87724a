"""Held-out round 94 (issue 14; names altered): a call name that is also a place, after initials ("R. (Rien) van
der Veldema"); "de tijdelijke vacature van mevrouw X" names a member; the Kamer's notices of absence before 1900
("kennisgevingen van de heeren A, B … en C, dat zij …"); "… niet ter vergadering kunnen tegenwoordig zijn." is no roll's
label, so the citizens named after it stay private."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_a_call_name_that_is_also_a_place() -> None:
    text = ("De Kiesraad heeft de heer R. (Rien) van der Veldema op 14 december 2016 benoemd als Tweede Kamerlid voor "
            "de PvdA.\n")
    assert_kept(text, "R. (Rien) van der Veldema")
    assert_found("Ons bestuurslid R. (Rien) van der Veldema opende de vergadering.", "R. (Rien) van der Veldema")


def test_a_members_temporary_vacancy() -> None:
    text = ("Het centraal stembureau heeft een kandidaat benoemd voor de resterende periode van de tijdelijke vacature "
            "van mevrouw S.W. (Sjoera) Dikkersma. De vacature van mevrouw Dikkersma duurt zestien weken.\n")
    assert_kept(text, "S.W. (Sjoera) Dikkersma", "Dikkersma")


def test_notices_of_absence_and_a_sentence_that_is_no_roll() -> None:
    text = ("ZITTING VAN DINSDAG 28 AUGUSTUS 1866.\nVoorzitter: de heer Philipsema.\nTegenwoordig, met den Voorzitter, "
            "24 leden, te weten de heeren: Blankenheyma, Cost Jordensma en Verschoorma;\nDe notulen van het "
            "verhandelde in de vorige zitting worden gelezen en goedgekeurd.\nDe Voorzitter deelt mede dat zijn "
            "ingekomen:\n1°. kennisgevingen van de heeren Messchert van Vollenhovenma, van Eysingama en Hengstma, dat "
            "zij, ieder om verschillende redenen, niet ter vergadering kunnen tegenwoordig zijn.\n2°. missives van "
            "den Minister van Staat houdende kennisgeving van de bekrachtiging van wets-ontwerpen, als: naturalisatie "
            "van G. Rosenthal en negen anderen; het verleenen aan W. E. Kimball van eenen naderen termijn.\n")
    assert_kept(text, "Messchert van Vollenhovenma", "van Eysingama", "Hengstma")
    assert_found(text, "G. Rosenthal", "W. E. Kimball")
