from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pymupdf
from openpyxl.comments import Comment

from redact.convert import Kind, convert_bytes, office
from tests.convert.conftest import assert_text, needs_soffice


def _workbook() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Aanwezigen"
    ws.append(["Naam", "Functie", "Telefoon", "Uren"])
    ws.append(["Jan Jansen", "wethouder", "06-12345678", 12.5])
    ws.append(["Piet Pietersen", "beleidsmedewerker", "06-87654321", 7.25])
    ws.append(["Totaal", None, None, "=SUM(D2:D3)"])
    ws.row_dimensions[3].hidden = True
    ws.column_dimensions["C"].hidden = True
    ws["A2"].comment = Comment("Gebeld op maandag", "auteur")
    secret = wb.create_sheet("Geheim")
    secret["A1"] = "Tekst op een verborgen blad"
    secret.sheet_state = "hidden"
    wide = wb.create_sheet("Breed")
    wide.append([f"kolom{i}" for i in range(1, 61)])
    wide.append([f"waarde{i}" for i in range(1, 61)])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_every_cell_is_shown(tmp_path: Path) -> None:
    conv = convert_bytes(_workbook(), "lijst.xlsx")
    assert conv.kind is Kind.XLSX
    assert_text(conv.pdf, tmp_path, "Blad: Aanwezigen", "Jan Jansen", "06-12345678", "Piet Pietersen",
                "06-87654321", "7.25", "3 (verborgen)", "C (verborgen)", "Opmerking bij A2: Gebeld op maandag",
                "Blad: Geheim (verborgen blad)", "Tekst op een verborgen blad", "kolom1", "kolom60", "waarde60",
                "=SUM(D2:D3)")
    assert conv.warnings == ("1 hidden sheet(s) shown", "1 hidden row(s) shown", "1 hidden column(s) shown",
                             "1 formula(s) without a stored value shown as formulas")
    with pymupdf.open("pdf", conv.pdf) as doc:
        assert doc[0].rect.width > doc[0].rect.height  # landscape
        wide = doc[doc.page_count - 1]
        text_right = max(b[2] for b in wide.get_text("blocks"))
        assert text_right <= wide.rect.width  # the widest sheet is on the page


@needs_soffice
def test_formulas_show_their_cached_values(tmp_path: Path) -> None:
    computed = office.convert_with_soffice(_workbook(), ".xlsx", "xlsx", "x.xlsx")  # LibreOffice stores values
    conv = convert_bytes(computed, "lijst.xlsx")
    assert_text(conv.pdf, tmp_path, "19.75")
    assert not any("formula" in w for w in conv.warnings)


def test_csv_semicolon_cp1252(tmp_path: Path) -> None:
    data = "naam;bedrag;plaats\nJosé Jansen;1,50;Den Haag\nKees;2;Zwolle\n".encode("cp1252")
    conv = convert_bytes(data, "lijst.csv")
    assert conv.kind is Kind.CSV
    assert_text(conv.pdf, tmp_path, "José Jansen", "1,50", "Den Haag", "Zwolle")


def test_deterministic() -> None:
    data = _workbook()
    assert convert_bytes(data, "a.xlsx").pdf == convert_bytes(data, "a.xlsx").pdf
