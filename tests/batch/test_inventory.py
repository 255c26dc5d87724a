"""The Woo inventory list: exact columns and values, document dates, reproducible files."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from redact.batch.inventory import (
    COLUMNS,
    Assessment,
    InventoryRow,
    assess,
    explanation,
    inventory_csv,
    inventory_xlsx,
    order_grounds,
    read_inventory,
    write_inventory,
)
from redact.detect.dates import document_date
from redact.rules import load_rules

RULES = load_rules()


def test_assessment_values_are_exactly_the_platform_ones() -> None:
    assert [a.value for a in Assessment] == ["Openbaar", "Deels openbaar", "Niet openbaar"]
    assert assess(0, 120) is Assessment.OPENBAAR
    assert assess(0, 0) is Assessment.OPENBAAR  # a scan without text: nothing redacted
    assert assess(3, 120) is Assessment.DEELS_OPENBAAR
    assert assess(3, 0) is Assessment.NIET_OPENBAAR  # nothing readable left
    assert assess(0, 120, withheld=True) is Assessment.NIET_OPENBAAR


def test_grounds_sorted_in_woo_order_and_unique() -> None:
    assert order_grounds(["5.1.2e", "5.1.1e", "5.1.2e"], RULES) == ("5.1.1e", "5.1.2e")
    assert order_grounds(["5.2", "5.1.5", "5.1.2i", "5.1.1a"], RULES) == ("5.1.1a", "5.1.2i", "5.1.5", "5.2")
    assert order_grounds([], RULES) == ()


def test_explanation_names_grounds_and_interests() -> None:
    assert explanation(Assessment.OPENBAAR, (), RULES) == ""
    text = explanation(Assessment.DEELS_OPENBAAR, ("5.1.1e", "5.1.2e"), RULES)
    assert text.startswith("Deels openbaar. 5.1.1e: ")
    assert "5.1.2e: Niet openbaar ter bescherming van de persoonlijke levenssfeer." in text
    assert ".." not in text


@pytest.mark.parametrize(("text", "iso"), [
    ("Directie Wetgeving\nDatum\n20 juni 2022\nOnze referentie\n123", "2022-06-20"),
    ("Van: Berg, L. van der\nVerzonden:\nmaandag 2 oktober 2023 10:13\nAan: x", "2023-10-02"),
    ("Verzonden: vr 29 sep. 2023 08:34", "2023-09-29"),
    ("Datum: 03-11-2021", "2021-11-03"),
    ("Datum 2024-02-29", "2024-02-29"),
    ("DATUM 1 MEI 2020", "2020-05-01"),
    ("Geboortedatum\n9 mei 1958\nDatum\n25 januari 2024", "2024-01-25"),  # a birth date is no label
    ("Datum\nRvdVK\nDatum\n13 maart 2024", "2024-03-13"),  # a label without a date is skipped
    ("Datum 31-02-2023", ""),  # impossible date
    ("Den Haag, 12 maart 2024", ""),  # no label: left empty
    ("", ""),
])
def test_document_date(text: str, iso: str) -> None:
    assert document_date(text) == iso


def test_redacted_date_is_never_the_document_date() -> None:
    text = "Datum\n9 mei 1958\nDatum 1 juli 2024"
    start = text.index("9 mei")
    assert document_date(text, [(start, start + len("9 mei 1958"))]) == "2024-07-01"


ROWS = [
    InventoryRow(1, "01-nota.pdf", "2022-06-20", Assessment.DEELS_OPENBAAR, ("5.1.1e", "5.1.2e"),
                 explanation(Assessment.DEELS_OPENBAAR, ("5.1.1e", "5.1.2e"), RULES), 3, 8),
    InventoryRow(2, "bijlage é.pdf", "", Assessment.OPENBAAR, (), "", 1, 0),
    InventoryRow(3, "dossier.pdf", "", Assessment.NIET_OPENBAAR, ("5.1.2e",),
                 explanation(Assessment.NIET_OPENBAAR, ("5.1.2e",), RULES), 12, 40),
]


def test_xlsx_opens_in_openpyxl_with_exact_columns_and_values(tmp_path: Path) -> None:
    _, xlsx = write_inventory(tmp_path, list(reversed(ROWS)))
    ws = openpyxl.load_workbook(xlsx).active
    assert ws is not None
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("ID", "Document", "Datum", "Beoordeling", "Beoordelingsgrond", "Toelichting",
                       "Aantal pagina's", "Aantal weglakkingen", "Bijlage bij")
    assert rows[0] == COLUMNS
    first = rows[1]
    assert first[0] == 1 and first[1] == "01-nota.pdf"
    assert isinstance(first[2], dt.datetime) and first[2].date() == dt.date(2022, 6, 20)
    assert first[3] == "Deels openbaar" and first[4] == "5.1.1e; 5.1.2e"
    assert first[6] == 3 and first[7] == 8
    assert rows[2][:5] == (2, "bijlage é.pdf", None, "Openbaar", None)
    assert rows[3][3] == "Niet openbaar"
    assert {r[3] for r in rows[1:]} <= {"Openbaar", "Deels openbaar", "Niet openbaar"}


def test_csv_has_the_same_rows(tmp_path: Path) -> None:
    path, _ = write_inventory(tmp_path, ROWS)
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8"), newline="")))
    assert tuple(rows[0]) == COLUMNS
    assert rows[1] == ["1", "01-nota.pdf", "2022-06-20", "Deels openbaar", "5.1.1e; 5.1.2e",
                       ROWS[0].explanation, "3", "8", ""]
    assert rows[2][:5] == ["2", "bijlage é.pdf", "", "Openbaar", ""]
    assert read_inventory(path) == sorted(ROWS, key=lambda r: r.id)  # read back as written


def test_attachment_rows_name_their_parent(tmp_path: Path) -> None:
    rows = [InventoryRow(1, "bericht.pdf", "2024-03-05", Assessment.DEELS_OPENBAAR, ("5.1.2e",), "x", 1, 3),
            InventoryRow(2, "notitie.pdf", "", Assessment.OPENBAAR, (), "", 2, 0, parent=1)]
    path, xlsx = write_inventory(tmp_path, rows)
    got = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    assert [r[-1] for r in got] == ["Bijlage bij", "", "1"]
    assert read_inventory(path) == rows
    ws = openpyxl.load_workbook(xlsx).active
    assert ws is not None and [c.value for c in ws["I"]] == ["Bijlage bij", None, 1]


def test_an_older_list_without_the_parent_column_is_read(tmp_path: Path) -> None:
    path = tmp_path / "inventarislijst.csv"
    path.write_text(",".join(COLUMNS[:-1]) + "\r\n1,a.pdf,,Openbaar,,,1,0\r\n", encoding="utf-8")
    assert read_inventory(path) == [InventoryRow(1, "a.pdf", "", Assessment.OPENBAAR, (), "", 1, 0)]


def test_files_are_reproducible() -> None:
    data = inventory_xlsx(ROWS)
    assert data == inventory_xlsx(ROWS)
    with zipfile.ZipFile(io.BytesIO(data)) as z:  # no clock inside: entry dates and document properties
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = z.read("docProps/core.xml").decode()
    assert str(dt.date.today().year) not in core and "1980-01-01" in core
    assert inventory_csv(ROWS) == inventory_csv(ROWS)
