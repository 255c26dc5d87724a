"""Held-out rounds 140 and 141 (issue 14; names altered): a school's teachers and staff named by their form of address,
"juf X" and "meester Van Y"; a council member acting as its chair, "J. X, waarnemend voorzitter van de gemeenteraad";
the Commissaris van de Koning with the office's abbreviation in brackets before the name, "de Commissaris van de Koning
(CvdK) in Noord-Holland, de heer J. X"; a flattened table's row of parties and names, where a party in camel case
("GroenLinks") is no given name of the person before it; a column of pensioners in an old budget annex, surname first
with the given names written out ("Looth, Daniel Jacob\\nLuitjens, David") (round 140); a meeting page's chair beside
the griffier in bulleted fields ("- Voorzitter\\n- M.C.M. X / griffier Y"), a nominee who holds an office now ("X, thans
inspecteur-generaal …"), a castle named after a family ("Kasteel X"), a video index's speaker with a family name of
two words ("… - Deldjou Farid, Melody") (round 141)."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found, assert_kept, untouched


def test_a_schools_teachers_named_juf_and_meester() -> None:
    text = ("Op donderdag 12 oktober hebben we afscheid genomen van juf Rietveldt en meester Van Achterhoven. Juf "
            "Rietveldt werkte sinds 1992 als leerkracht met kleuters. Dag meester Van Achterhoven!")
    assert_found(text, "Rietveldt", "Van Achterhoven")
    text = "Het paneel is van de Meester van het Amsterdamse Kabinet, een anonieme graveur."
    assert untouched(text, analyze_text(text), "Meester van het Amsterdamse Kabinet")


def test_a_member_acting_as_chair_of_the_council() -> None:
    text = ("Er volgde een toespraak van dhr. J. Lucassen, waarnemend voorzitter van de gemeenteraad, die daarna de "
            "voorzittershamer overdroeg aan de nieuwe burgemeester.")
    assert_kept(text, "J. Lucassen")


def test_the_commissaris_van_de_koning_with_the_offices_abbreviation_in_brackets() -> None:
    text = ("Burgemeester Han ter Heerde heeft begin dit jaar in een gesprek met de Commissaris van de Koning (CvdK) "
            "in Noord-Holland, de heer J. Remmers, laten weten beschikbaar te zijn voor een derde termijn.")
    assert_kept(text, "J. Remmers", "Han ter Heerde")


def test_a_party_in_camel_case_is_no_given_name_in_a_flattened_row() -> None:
    text = ("Wethouders in Vlissingen\n\nDe nieuwe fractie bestaat uit Rens Reijnders GroenLinks Els Verhagen en "
            "anderen.")
    findings = [f for f in analyze_text(text) if f.entity == "NAAM"]
    assert untouched(text, findings, "GroenLinks"), [f.text for f in findings]
    assert {"Rens Reijnders", "Els Verhagen"} <= {f.text for f in findings}
    text = "Initiatiefnemer\n\nJoost HendrixJoost Hendrix\n\nHet Ronald McDonald Fonds steunt de buurt."
    assert_found(text, "Joost HendrixJoost Hendrix")
    assert untouched(text, analyze_text(text), "Ronald McDonald Fonds")


def test_a_column_of_pensioners_surname_first_with_given_names() -> None:
    text = ("Definitieve vaststelling der begrooting van Suriname voor het dienstjaar 1870.\nNAMEN EN VOORNAMEN DER "
            "GEPENSIONEERDEN.\nGeboortejaar.\nLooth, Daniel Jacob\nLuitjens, David\nMan, Antoine Anne Theodor de\n"
            "Mey, Mathias\nMees, D°. Carel Moritz\nBeek, Mathijs van der\nOlst, Egbertus Johannes van\n"
            "Woonplaats.\n1798\nSuriname,\n1817\nZwolle,\n")
    assert_found(text, "Looth, Daniel Jacob", "Luitjens, David", "Man, Antoine Anne Theodor de", "Mey, Mathias",
                 "Mees, D°. Carel Moritz", "Beek, Mathijs van der", "Olst, Egbertus Johannes van")


def test_a_meeting_pages_chair_beside_the_griffier_in_bulleted_fields() -> None:
    text = ("- Locatie\nGemeentehuis, Harlingerweg 18 te Franeker\n- Voorzitter\n- M.C.M. Wanders / griffier T.J.F. "
            "Lykema\n- Toelichting\nUitzending\nAgendapunten\n-\n01\nBesluit\nDe voorzitter meldt de afwezigheid van "
            "de raadsleden Cuperus en Greidanus.\n00:04:59 - 00:06:22 - Voorz. M. Wanders -\n")
    assert_kept(text, "M.C.M. Wanders", "M. Wanders", "T.J.F. Lykema")


def test_a_nominee_who_holds_an_office_now() -> None:
    text = ("De ministerraad heeft ingestemd om de volgende personen voor te dragen voor benoeming tot lid van de "
            "Onderzoeksraad:\n– De heer J.P. Vissers, oud Shell-man, thans lid van de Raad voor de "
            "Transportveiligheid;\n– De heer dr. F.J.H. Merkens, thans inspecteur-generaal Inspectie Verkeer en "
            "Waterstaat;\n– De heer mr. J.A. Hulsebos, thans lid van het College van Procureurs-Generaal.")
    assert_kept(text, "F.J.H. Merkens", "J.A. Hulsebos")
    assert_found(text, "J.P. Vissers")


def test_a_castle_named_after_a_family() -> None:
    text = ("De minister stelt de programma's vast aan de hand van de door de directeur Kasteel Bosveld op te "
            "stellen jaarverslagen. Het gaat om de rol van Kasteel Bosveld inzake de kennisontwikkeling.")
    assert untouched(text, analyze_text(text), "Kasteel Bosveld")


def test_a_video_index_speaker_with_a_family_name_of_two_words() -> None:
    text = ("Geheimhouding\n  09:17:25 - 09:15:47 - Sungar, Mahmoud\n  09:15:48 - 09:15:42 - Dijksman, Sharon A.M.\n"
            "  09:13:49 - 09:13:31 - Deldjou Farid, Melody\n  09:13:30 - 09:13:16 - Dijksman, Sharon A.M.\n")
    assert_found(text, "Deldjou Farid, Melody", "Sungar, Mahmoud")
