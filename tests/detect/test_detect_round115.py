"""Held-out round 115 (issue 14; names altered): a council's old roll called "Tegenwoordig: Mevr. A, … en de Heren:" and
its secretaris under the burgemeester as chair, a senator the Kiesraad declared appointed, a party group of the Eerste
Kamer, a roll after a long predicate, and the colleague of the wethouders the sentence before names."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_an_old_roll_with_its_ladies_first() -> None:
    text = ("Tegenwoordig: Mevr. E. M. SLOTPLATTELMA, Mej. J. P. KOPPELAARMA, en de Heren: G. J. BRAAKHUISMA, "
            "A. C. DIRVENMA, Mr. B. W. M. DRIONMA, A. JONGBLOEDMA. Afwezig: de heer F. H. M. MOLMA. Voorzitter: de "
            "heer J. A. MEIJSMA, (waarnemend-Burgemeester). Secretaris: de Heer Mr. Ph. I. E. VAN WOENSELMA. De "
            "VOORZITTER opent de vergadering.")
    assert_kept(text, "E. M. SLOTPLATTELMA", "G. J. BRAAKHUISMA", "A. JONGBLOEDMA", "F. H. M. MOLMA")


def test_the_secretaris_of_an_old_roll_under_the_burgemeester() -> None:
    text = ("ONTWERP 12 DECEMBER 1946 (Voortzetting) Tegenwoordig: de heeren L. JONKERMA, A. C. A. BREKELMANSMA, "
            "H. J. VAN HOUTENMA en C. J. LAUREYMA. Voorzitter: de heer B. W. TH. VAN SLOBBEMA, burgemeester. "
            "Secretaris: de heer Mr. PH. I. E. VAN WOENSELMA. De VOORZITTER heropent de vergadering.")
    assert_kept(text, "PH. I. E. VAN WOENSELMA", "L. JONKERMA")


def test_a_senator_declared_appointed_and_the_senate_group() -> None:
    text = ("De Eerste Kamer heeft besloten om de heer A.J.G. Zinkenma van de Onafhankelijke Senaatsfractie niet toe "
            "te laten. In zijn plaats heeft de Kiesraad vandaag de heer H. ten Hoevema, wonende te Stiens, tot lid van "
            "de Eerste Kamer voor de Onafhankelijke Senaatsfractie benoemd verklaard.")
    assert_kept(text, "A.J.G. Zinkenma", "H. ten Hoevema")


def test_a_roll_after_a_long_predicate_and_their_colleague() -> None:
    text = ("AMERSFOORT Twee Amersfoortse wethouders willen na de verkiezingen in maart volgend jaar op hun plek "
            "blijven: Fleur Immingma en Willem-Jan Stegemanma. Hun collega Bertien Houwingma wordt dan 65 jaar.")
    assert_kept(text, "Fleur Immingma", "Willem-Jan Stegemanma", "Bertien Houwingma")
    # a colleague of anyone is no office holder
    assert_found("Twee leden van de club willen blijven. Hun collega Bertien Houwingma stopt ermee.",
                 "Bertien Houwingma")
