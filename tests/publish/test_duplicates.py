"""Duplicates: identical texts and e-mails fully quoted in a later one."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from redact.publish.bundle import publish
from redact.publish.duplicates import email_body, find_duplicates
from tests.publish.conftest import PUBLISHER

MAIL_1 = """Van: Secretariaat DGRR
Verzonden: maandag 2 oktober 2023 10:14
Aan: Directie Rechtspleging
Onderwerp: Planning overleg
Goedemorgen, het overleg over de beleidsreactie verschuift naar donderdag om tien uur in zaal 4.
Met vriendelijke groet, het secretariaat"""

MAIL_2 = """Van: Directie Rechtspleging
Verzonden: dinsdag 3 oktober 2023 09:01
Aan: Secretariaat DGRR
Onderwerp: RE: Planning overleg
Dank, donderdag past ons goed.

> Van: Secretariaat DGRR
> Verzonden: maandag 2 oktober 2023 10:14
> Onderwerp: Planning overleg
> Goedemorgen, het overleg over de beleidsreactie verschuift naar
> donderdag om tien uur in zaal 4.
> Met vriendelijke groet, het secretariaat"""


def test_identical_texts() -> None:
    texts = {"1": "Nota over X.\nTekst", "2": "Iets anders geheel", "3": "nota over x   tekst", "4": ""}
    assert find_duplicates(texts) == {"3": "1"}


def test_email_quoted_in_a_later_one() -> None:
    assert email_body(MAIL_1) is not None and email_body("Gewoon een nota zonder kop") is None
    assert find_duplicates({"1": MAIL_1, "2": MAIL_2}) == {"1": "2"}
    # partly quoted: not a duplicate
    partial = MAIL_2.replace("> Met vriendelijke groet, het secretariaat", "")
    assert find_duplicates({"1": MAIL_1, "2": partial}) == {}


def test_non_email_containment_is_no_duplicate() -> None:
    short = "Het overleg verschuift naar donderdag om tien uur in zaal vier van het ministerie."
    assert find_duplicates({"1": short, "2": "Inleiding. " + short + " Slot."}) == {}


def test_chains_end_at_an_original() -> None:
    copy = MAIL_1 + "\n"
    got = find_duplicates({"1": MAIL_1, "2": copy, "3": MAIL_2})
    assert got == {"2": "3", "1": "3"}  # the copy points past the quoted mail to the one that quotes it


def test_bundle_marks_duplicates_in_the_inventory(out_copy: Path, tmp_path: Path) -> None:
    shutil.copy(out_copy / "02-email.pdf", out_copy / "07-email-kopie.pdf")
    for name in ("inventarislijst.csv", "inventarislijst.xlsx"):  # as an OUT without an inventory list:
        (out_copy / name).unlink(missing_ok=True)  # publish builds it from the log and the PDFs
    result = publish(out_copy, tmp_path / "bundle", overrides={"publisher": PUBLISHER})
    with (result.folder / "inventarislijst.csv").open(encoding="utf-8", newline="") as fh:
        rows = {r["Document"]: r for r in csv.DictReader(fh)}
    original = rows["02-email.pdf"]["ID"]
    assert rows["07-email-kopie.pdf"]["Toelichting"].endswith(f"duplicaat van ID {original}.")
    assert "duplicaat" not in rows["02-email.pdf"]["Toelichting"]
    assert result.duplicates == {rows["07-email-kopie.pdf"]["ID"]: original}
    from openpyxl import load_workbook

    ws = load_workbook(result.folder / "inventarislijst.xlsx").active
    assert ws is not None
    notes = [row[5] for row in ws.iter_rows(min_row=2, values_only=True)]
    assert any(str(n).endswith(f"duplicaat van ID {original}.") for n in notes)
