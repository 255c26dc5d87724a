"""Held-out round 53 (issue 14): what studying it fixed (names altered) - a party's seats filled in a news item on the
new council; the Kamer's chair "als Voorzitter der Kamer" in the old spelling."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_a_partys_seats_filled() -> None:
    text = ("De nieuwe gemeenteraad wordt donderdagavond 29 maart geïnstalleerd.\n\nVoor de VVD komen Christianne "
            "van der Walma, Peter de Grootma en Bert van Bijstma in de raad. Voor D66 komen Martijn Pijnenma en Anke "
            "Buurma-Kuipma in de raad en voor de PvdA Wilco Bosma en Laurens de Kleinma.\n")
    assert_kept(text, "Peter de Grootma", "Bert van Bijstma", "Anke Buurma-Kuipma", "Laurens de Kleinma")
    # an association's seats are no party's
    assert_found("Voor de Fietsersbond komen Peter de Grootma en Bert van Bijstma naar de hoorzitting.",
                 "Peter de Grootma")


def test_the_kamers_chair_in_the_old_spelling() -> None:
    text = ("Toespraken van den heer Duymaer van Twist naar aanleiding van het aftreden van den heer Aalbma als "
            "Voorzitter der Kamer. — Schorsing der vergadering.\n")
    assert_kept(text, "Aalbma")
    assert_found("De heer Jansen, voorzitter der Kamer van Koophandel, sprak de vergadering toe.", "Jansen")


def test_successors_named_by_the_office_of_their_predecessor() -> None:
    text = ("Werden tijdens de Statenvergadering hun opvolgers geïnstalleerd. Het betreffen:\n\n"
            " • de heer A.G. (Tom) Baarma, 49 jaar en woonachtig in Sittard, als opvolger van Statenlid Schildma;\n"
            " • de heer M. (Marc) Van Caldenma, 31 jaar en woonachtig in Landgraaf, als opvolger van Statenlid "
            "Kustma;\n")
    assert_kept(text, "A.G. (Tom) Baarma", "M. (Marc) Van Caldenma", "Schildma")
    assert_found("Jan Jansen werd aangesteld als opvolger van directeur Pietersen.", "Jan Jansen")


def test_a_local_partys_seats_and_seats_counted() -> None:
    text = ("HARDERWIJK De nieuwe gemeenteraad wordt donderdagavond 29 maart geïnstalleerd.\n\nOfficieel komen voor "
            "Harderwijk Anders Gert Jan van Noortma, Henk Vermema, Edwin Enklama en Gertien Kostma donderdag in de "
            "raad.\n\nDe ChristenUnie mag vijf zetels bezetten. In eerste instantie zijn dat Marcel Companma, Jos "
            "Aikema en Bart Jonkma. Ook nu ziet het er naar uit dat Van der Walma opnieuw wethouder wordt, zodat ook "
            "Theo Schuurma nog raadslid wordt voor de VVD.\n")
    assert_kept(text, "Gert Jan van Noortma", "Henk Vermema", "Gertien Kostma", "Marcel Companma", "Bart Jonkma",
                "Theo Schuurma")
    # a membership that is no office
    assert_found("Het lijkt erop dat Jan Jansma lid wordt van de vereniging.", "Jan Jansma")
    assert_found("Officieel komen voor Stichting Welzijn Jan Jansma en Piet Pietma donderdag in de raadszaal "
                 "inspreken.", "Jan Jansma")
