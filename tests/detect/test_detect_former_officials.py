"""Former office holders (issue 14; the rule settled after round 50 in tests/data/realtext/README.md, names altered):
an office that is public only while held, a civil servant's or a judge's (rules: ``appointed``), makes no former
holder public; a former minister or wethouder, mostly named for his acts in office, stays public."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_a_former_top_official_is_no_office_holder() -> None:
    assert_found("De commissie bestaat uit oud-secretaris-generaal P. Riedstma (voorzitter) en prof. K. de Boer.",
                 "P. Riedstma")
    assert_found("Ik sprak met voormalig inspecteur-generaal Kete Kervezma over vijftien jaar toezicht.",
                 "Kete Kervezma")
    assert_found("Aanwezig waren de heer P. Riedstma (oud-griffier) en de heer K. Boerma (griffier).", "P. Riedstma")
    assert_found("Ook ex-plaatsvervangend directeur-generaal mr. J. Barendma schoof aan.", "J. Barendma")


def test_serving_officials_and_former_politicians_stay_public() -> None:
    assert_kept("Aanwezig waren de heer P. Riedstma (oud-griffier) en de heer K. Boerma (griffier).", "K. Boerma")
    assert_kept("De secretaris-generaal P. Riedstma opende de bijeenkomst.", "P. Riedstma")
    assert_kept("De overleden oud-wethouder Jan Pietersma werd herdacht.", "Jan Pietersma")
    assert_kept("Het voorstel van oud-minister Van Agtma uit 1978 werd nooit uitgevoerd.", "Van Agtma")
