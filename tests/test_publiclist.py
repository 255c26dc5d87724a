"""``--public-list``: a dossier's office holders from text, CSV, XLSX or YAML (name, function,
organisation, period); errors fail closed and never quote a name."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.errors import RulesError
from redact.models import PublicPerson
from redact.publiclist import read_public_list
from redact.rules import load_rules

DE_BREE = PublicPerson("Tijs de Bree", "gedeputeerde", "Provincie Overijssel", "2019-01-01", "2023-12-31")
HEIDEMA = PublicPerson("A.P. Heidema", "commissaris van de Koning", "Provincie Overijssel", "2017-01-01", "")


def test_text_one_name_per_line(tmp_path: Path) -> None:
    p = tmp_path / "namen.txt"
    p.write_text("# wethouders\nTijs de Bree\n\n  A.P.   Heidema \n", encoding="utf-8")
    assert read_public_list(p) == (PublicPerson("Tijs de Bree"), PublicPerson("A.P. Heidema"))


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_csv(tmp_path: Path, delimiter: str) -> None:
    p = tmp_path / "ambtsdragers.csv"
    rows = [["naam", "functie", "organisatie", "periode"],
            ["Tijs de Bree", "gedeputeerde", "Provincie Overijssel", "2019-2023"],
            ["A.P. Heidema", "commissaris van de Koning", "Provincie Overijssel", "vanaf 2017"]]
    p.write_text("\ufeff" + "\n".join(delimiter.join(r) for r in rows) + "\n", encoding="utf-8")
    assert read_public_list(p) == (DE_BREE, HEIDEMA)


def test_xlsx(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Name", "Function", "Organisation", "From", "To"])
    ws.append(["Tijs de Bree", "gedeputeerde", "Provincie Overijssel", 2019, 2023])
    ws.append(["A.P. Heidema", "commissaris van de Koning", "Provincie Overijssel", "2017", None])
    p = tmp_path / "ambtsdragers.xlsx"
    wb.save(p)
    assert read_public_list(p) == (DE_BREE, HEIDEMA)


def test_yaml(tmp_path: Path) -> None:
    p = tmp_path / "ambtsdragers.yaml"
    p.write_text("persons:\n  - {naam: Tijs de Bree, functie: gedeputeerde, organisatie: Provincie Overijssel, "
                 "periode: 2019-2023}\n  - {name: A.P. Heidema, function: commissaris van de Koning, "
                 "organisation: Provincie Overijssel, start: 2017}\n  - Jan Jansen\n", encoding="utf-8")
    assert read_public_list(p) == (DE_BREE, HEIDEMA, PublicPerson("Jan Jansen"))


@pytest.mark.parametrize("content, message", [
    ("functie;organisatie\nwethouder;Gemeente X\n", "no name column"),
    ("naam;periode\nPiet Geheim;ooit\n", "row 2, column period"),
    ("naam;hobby\nPiet Geheim;vissen\n", "unknown column 'hobby'"),
])
def test_errors_fail_closed_without_quoting_a_name(tmp_path: Path, content: str, message: str) -> None:
    p = tmp_path / "lijst.csv"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(RulesError, match=message) as e:
        read_public_list(p)
    assert "Geheim" not in str(e.value)


def test_rules_take_the_roster(tmp_path: Path) -> None:
    rules = load_rules().with_public_persons((DE_BREE,))
    assert rules.public_persons[-1] == "Tijs de Bree" and DE_BREE in rules.public_roster
    assert rules.version != load_rules().version
    assert DE_BREE.in_office("2020-05-01") and not DE_BREE.in_office("2024-01-01") and DE_BREE.in_office("")
