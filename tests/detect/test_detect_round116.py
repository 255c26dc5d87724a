"""Held-out round 116 (issue 14; names altered): an 1833 sitting's counted roll in its own word order ("Er zijn met den
Voorzitter 39 leden tegenwoordig, te weten de heeren:"), cut by a page's running head."""

from __future__ import annotations

from tests.detect.util import assert_kept


def test_an_old_counted_roll_in_its_own_order() -> None:
    text = ("Vel 5.\n17\n7DE ZITTING. —\nUitbrengen van een centraal verslag. —\n7DE ZITTING.\n"
            "ZITTING VAN WOENSDAG 6 NOVEMBER 1833.\n(GEOPEND TEN 2 URE.)\nCentraal verslag uitgebragt omtrent het "
            "wetsontwerp; bepaling van den dag der beraadslaging. — Ingekomen : verzoekschriften.\n"
            "Voorzitter de heer Tammingama.\n"
            "Er zijn met den Voorzitter 39 leden tegenwoordig, te weten de heeren:\n"
            "de Boer van Campens Nieuwland, Hinlopen, Kniphorst, Cats Epz., Lemker, Mulder, Visser, van Rappard, 6 "
            "NOVEMBER 1833.\nMededeeling van ingekomen\nverzoekschriften.\n"
            "Hoynck van Papendrecht, Op den Bosch, Meijer, Brouwer, van Dam, Dekker.\n"
            "De notulen van het verhandelde in de vorige zitting worden gelezen en goedgekeurd.")
    assert_kept(text, "Mulder", "Visser", "Op den Bosch", "Meijer", "Brouwer", "Dekker")
