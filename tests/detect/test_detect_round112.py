"""Held-out round 112 (issue 14; names altered): an 1878 contract's line of parties in capitals, given names before
family names among words in lower case (no heading)."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_a_contracts_parties_in_capitals() -> None:
    text = ("Tusschen den Staat der Nederlanden en:\nA. vrouwe MARIA ALDEGONDA HOEBERECHTSMA, weduwe van den heer "
            "PETRUS REGOUTMA, wonende te Vaeshartelt, voor de eene helft, en\n1°. vrouwe MARIA REGOUTMA, weduwe van "
            "den heer ADOLF WEUSTENRAADMA; 2°. PETRUS REGOUTMA, zoon, industrieel; 3°. EDOUARD REGOUTMA, industrieel, "
            "allen wonende te Maastricht,\nis overeengekomen als volgt:\n")
    assert_found(text, "PETRUS REGOUTMA", "MARIA REGOUTMA", "EDOUARD REGOUTMA")
    # a heading in capitals stays no name
    assert_kept("VAN DE MINISTER VAN BINNENLANDSCHE ZAKEN AAN DE TWEEDE KAMER\nDe Minister zendt het verslag.",
                "MINISTER")

