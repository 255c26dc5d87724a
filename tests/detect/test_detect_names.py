"""The name grammar: parsing, plausibility and list scanning."""

from __future__ import annotations

import pytest

from redact.detect.names import NameParts, is_sentence_initial, parse_name
from redact.detect.scan import is_paraph, next_line, scan_names


@pytest.mark.parametrize(
    ("text", "given", "initials", "tv", "surname"),
    [
        ("P.J. de Vries", (), "PJ", "de", "Vries"),
        ("mr. drs. P.J. de Vries", (), "PJ", "de", "Vries"),
        ("Jansen, P.", (), "P", "", "Jansen"),
        ("Jansen, P", (), "P", "", "Jansen"),  # the dot trimmed by the resolver
        ("Vries, P.J. de", (), "PJ", "de", "Vries"),
        ("Vries de, P.J.", (), "PJ", "de", "Vries"),
        ("Jansen, Piet", ("Piet",), "", "", "Jansen"),
        ("Pieter Jansen", ("Pieter",), "", "", "Jansen"),
        ("Jan P. Jansen", ("Jan",), "P", "", "Jansen"),
        ("Anne-Marie van den Berg", ("Anne-Marie",), "", "van den", "Berg"),
        ("Th. van 't Hek", (), "Th", "van 't", "Hek"),
        ("De Vries", (), "", "de", "Vries"),
        ("Van der Meer", (), "", "van der", "Meer"),  # "meer" is a stop word, fine after a tussenvoegsel
        ("P. van der Plaats", (), "P", "van der", "Plaats"),  # "plaats" is a form field, idem
        ("M. Bakker-Smit", (), "M", "", "Bakker-Smit"),
        ("Jansen-de Vries", (), "", "", "Jansen-de Vries"),
        ("Dilan Yeşilgöz", ("Dilan",), "", "", "Yeşilgöz"),
        ("S. el Amrani", (), "S", "el", "Amrani"),
        ("IJzerman", (), "", "", "IJzerman"),
        ("D'Hondt", (), "", "", "D'Hondt"),
        ("Piet", (), "", "", "Piet"),
        ("A. Dos", (), "A", "", "Dos"),  # a particle of another language that is the whole surname
        ("T. Le", (), "T", "", "Le"),
    ],
)
def test_parse_name(text: str, given: tuple[str, ...], initials: str, tv: str, surname: str) -> None:
    parts = parse_name(text)
    assert parts is not None
    assert (parts.given, parts.initials, parts.tv, parts.surname) == (given, initials, tv, surname)


@pytest.mark.parametrize(
    "text",
    [
        "Datum", "Onderwerp", "Bijlagen", "Directie Rechtsbestel", "Ministerie", "Maandag", "Juni",
        "Minister van Justitie", "Johan de Wittlaan", "P. Meer", "D. De", "D. Van", "Dos", "Amsterdam", "Team Woo",
        "Deze", "Zie", "Senior beleidsmedewerker", "JANSEN", "jansen", "De", "Beste collega's",
    ],
)
def test_not_a_name(text: str) -> None:
    assert parse_name(text) is None


def test_compatible_names() -> None:
    a = NameParts((), "P", "de", "Vries", "initials")
    assert a.compatible(NameParts(("Pieter",), "", "de", "Vries", "full"))
    assert a.compatible(NameParts((), "", "de", "Vries", "tv"))
    assert not a.compatible(NameParts((), "K", "de", "Vries", "initials"))
    assert not a.compatible(NameParts((), "P", "", "Vries", "initials"))


def _scan(text: str, **kw: object) -> list[str]:
    return [text[n.start : n.end] for n in scan_names(text, 0, len(text), **kw)]  # type: ignore[arg-type]


def test_scan_header_list() -> None:
    text = "Jansen, P. (DGRR/DRC) <p.jansen@minjenv.nl>; Vries, K. de (DJI) <k.devries@dji.nl>"
    assert _scan(text, mode="lenient", allow_inverted_given=True) == ["Jansen, P.", "Vries, K. de"]


def test_scan_attendees_skips_non_names() -> None:
    text = "Piet Jansen (voorzitter), de directeur DRC, K. de Vries (DGRR), Marieke Bakker-Smit en T. Yilmaz"
    assert _scan(text, mode="lenient") == [
        "Piet Jansen", "K. de Vries", "Marieke Bakker-Smit", "T. Yilmaz",
    ]


def test_scan_comma_list_is_not_inverted() -> None:
    assert _scan("Jansen, P. de Vries, K. Bakker", mode="lenient") == ["Jansen", "P. de Vries", "K. Bakker"]


def test_scan_modes() -> None:
    assert _scan("Senior beleidsmedewerker", mode="strict") == []
    assert _scan("Piet Jansen heeft gebeld", mode="strict") == []
    assert _scan("Piet, hierbij stuur ik", mode="stop") == ["Piet"]
    assert _scan("heer De Vries,", mode="stop") == ["De Vries"]
    assert _scan("mevrouw de Vries,", mode="stop") == ["de Vries"]
    assert _scan("PJ / KV", mode="lenient", paraph_ok=True) == ["PJ", "KV"]


def test_paraphs() -> None:
    assert is_paraph("PJ") and is_paraph("P.J.") and is_paraph("KdV") and is_paraph("PvdB")
    assert not is_paraph("DGRR") and not is_paraph("OM") and not is_paraph("JenV")
    assert not is_paraph("N.B.") and not is_paraph("Piet")


def test_sentence_initial() -> None:
    text = "Groot deel. Met Groot besproken:\n- Groot"
    assert is_sentence_initial(text, 0)
    assert not is_sentence_initial(text, text.index("Groot besproken"))
    assert is_sentence_initial(text, text.rindex("Groot"))


def test_next_line_stops_at_page_break_and_second_blank_line() -> None:
    text = "Contactpersoon\n\nP. Jansen\n\f\nX"
    s, e = next_line(text, len("Contactpersoon")) or (0, 0)
    assert text[s:e] == "P. Jansen"
    assert next_line(text, text.index("\f") - 1) is None
    assert next_line("A\n\n\nB", 1) is None
