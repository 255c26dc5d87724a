"""Office holders and private persons after studying held-out round 19 (issue 14): a page from the middle of a
council's minutes, without their heading."""

from __future__ import annotations

from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept

_PAGE = ("20 JUNI 1914. 175 niet geschikt zijn. Spreker acht dus de voorgestelde motie overbodig. De heer VAN "
         "IERSEL is ervan overtuigd, dat hij met zijn motie niets meer bereiken kan. De heer STULEMEIJER wijst erop, "
         "dat de raad enkel tot stemming heeft over te gaan. De VOORZITTER zegt, dat de voordracht eerst na rijpe "
         "overweging is opgemaakt.\n")


def test_reported_speech_of_two_speakers_is_a_page_of_minutes() -> None:
    _kept(_PAGE, "VAN IERSEL", "STULEMEIJER")


def test_one_person_reported_twice_is_no_meeting() -> None:
    _found("Geachte raad,\n\nDe heer Brinkman vraagt of de raad de boom wil laten staan. De heer Brinkman heeft "
           "daartoe handtekeningen verzameld.\n", "Brinkman")


def test_reported_speech_at_a_meeting_with_insprekers_names_no_member() -> None:
    _found("Insprekers over de Kerkstraat. De heer Brinkman vraagt of de raad de boom wil laten staan. De heer "
           "Verbeek zegt dat de bewoners het plan steunen.\n", "Brinkman", "Verbeek")
