"""Held-out round 95 (issue 14; names altered): a page of a council's minutes headed "VERGADERING VAN DEN
GEMEENTERAAD" (the old spelling), its roll "alle leden met uitzondering van de Heeren A en B" and its credentials
committee "bestaande uit de heeren Jac. A, Seb. B en A.M. C"; a committee that "bestaat uit de heren A, B en C"."""

from __future__ import annotations

from tests.detect.util import assert_kept


def test_an_old_council_page_with_its_roll_and_credentials_committee() -> None:
    text = ("VERGADERING VAN DEN GEMEENTERAAD. Dinsdag 8 Augustus 1939, des namiddags 3 uur. Tegenwoordig: alle leden "
            "met uitzondering van de Heeren Aardenma en Deijkersma, die verhinderd zijn de vergadering bij te wonen. "
            "Voorzitter is P.J. Jansen, Burgemeester. I. B. en W. stellen voor, het onderzoek van de geloofsbrieven "
            "te doen plaats vinden door een commissie, bestaande uit de heeren Jac. van de Klundertma, Seb. de Jongma "
            "en A.M. Muldersma. Hiertoe besloten zijnde, wordt de vergadering geschorst.\n")
    assert_kept(text, "Aardenma", "Deijkersma", "Jac. van de Klundertma", "Seb. de Jongma", "A.M. Muldersma")


def test_a_committee_that_consists_of_members() -> None:
    text = ("Gemeenteraad\n\ndonderdag 7 juni 2018 18:00 - 22:14\nLocatie:\nRaadzaal\nVoorzitter:\nMw. M.J.D. Donders "
            "( Burgemeester )\n\nAgendapunten\n\n • 2.1\n  Besluit\n  De commissie voor onderzoek van de "
            "geloofsbrieven bestaat uit de heren Celebima, Trinesma en Zwijnenbergma. De commissie voert haar "
            "onderzoek uit tijdens een schorsing van de raadsvergadering.\n")
    assert_kept(text, "Celebima", "Trinesma", "Zwijnenbergma")
