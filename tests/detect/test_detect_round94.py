"""Held-out round 94 (issue 14; names altered): a call name that is also a place, after initials ("R. (Rien) van
der Veldema"); "de tijdelijke vacature van mevrouw X" names a member; the Kamer's notices of absence before 1900
("kennisgevingen van de heeren A, B … en C, dat zij …"); "… niet ter vergadering kunnen tegenwoordig zijn." is no roll's
label, so the citizens named after it stay private; the appointment of a coordination of names to an office after
the last ("de benoeming van de heeren A, B en C tot leden van den Raad van State", "Benoemingen A en B tot Tweede
Kamerlid"), but not to a private body's honour ("tot leden van verdienste"); a former member of the Raad van State
("vml. lid van de Raad van State") or one in extraordinary service named in a committee's list is not made public by
it."""

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


def test_the_appointment_of_several_names_to_an_office() -> None:
    text = ("Eene missive van den Minister van Justitie, houdende kennisgeving van de benoeming van de heeren J. J. "
            "van Mulkema, N. Trakanema en O. W. Stavenma tot leden van den Raad van State, met ingang van 1 Junij.\n\n"
            "Benoemingen R. van der Veldema en E. Ünverma tot Tweede Kamerlid\n\nDe Kiesraad heeft vandaag beide "
            "benoemingen bekendgemaakt.\n")
    assert_kept(text, "J. J. van Mulkema", "N. Trakanema", "O. W. Stavenma", "R. van der Veldema", "E. Ünverma")


def test_an_honour_of_a_club_given_to_several_members_is_no_office() -> None:
    text = ("Op de jaarvergadering van de harmonie volgde de benoeming van Gerrit Hoekstra en Piet Dekker tot leden "
            "van verdienste van de vereniging. Zij spelen al veertig jaar mee.\n")
    assert_found(text, "Gerrit Hoekstra", "Piet Dekker")


def test_a_former_or_extraordinary_member_of_the_raad_van_state_in_another_capacity() -> None:
    text = ("Voor de expertbijeenkomst zijn de volgende deskundigen uitgenodigd: de heer prof. dr. C. Fijnautma "
            "(emeritus hoogleraar strafrecht), de heer dr. H.Ph.J.A.M. Hennekensma (vml. lid van de Raad van State), "
            "de heer dr. P. Smeetsma (vml. staatsraad).\n\n"
            "Artikel 2\nDe commissie bestaat uit: a. als voorzitter: prof. mr. J. Pietersma; b. als leden: mr. B.J. "
            "van Ettekovenma, lid van de Raad van State in buitengewone dienst; prof. mr. N. Hulsma, hoogleraar "
            "rechtssociologie.\n")
    assert_found(text, "H.Ph.J.A.M. Hennekensma", "P. Smeetsma", "B.J. van Ettekovenma")
