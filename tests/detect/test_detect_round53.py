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
