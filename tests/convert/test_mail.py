from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pymupdf
import pytest

from redact.convert import Kind, convert, convert_bytes, convert_child
from redact.convert.mail import dutch_date, parse_eml
from redact.errors import CorruptMailError, UnsupportedTypeError
from tests.convert.conftest import assert_text, make_eml, needs_soffice, texts


def test_dutch_date_keeps_everything() -> None:
    assert dutch_date("Tue, 05 Mar 2024 14:03:00 +0100") == "dinsdag 5 maart 2024 14:03 (UTC+01:00)"
    assert dutch_date("Sun, 1 Dec 2024 08:00:07 -0500") == "zondag 1 december 2024 08:00:07 (UTC-05:00)"
    assert dutch_date("Mon, 05 Mar 2024 14:03:00 +0100") == "Mon, 05 Mar 2024 14:03:00 +0100"  # wrong weekday
    assert dutch_date("gisteren rond de middag") == "gisteren rond de middag"
    assert dutch_date("5 Mar 2024 14:03:00 -0000") == "dinsdag 5 maart 2024 14:03"  # zone unknown


def test_eml_header_body_and_children(tmp_path: Path) -> None:
    conv = convert_bytes(make_eml(), "bericht.eml")
    assert conv.kind is Kind.EML
    assert_text(conv.pdf, tmp_path,
                "Van:", "Jan Jansen <jan.jansen@gemeente.example>",
                "Verzonden:", "dinsdag 5 maart 2024 14:03 (UTC+01:00)",
                "Aan:", "Piet de Vries <piet@example.nl>, Kees Bakker <kees@example.nl>",
                "CC:", "Secretariaat <secretariaat@gemeente.example>",
                "Onderwerp:", "Overleg woonwijk Noord – vervolg",
                "Bijlagen:", "notitie.pdf; Brief aan Piet de Vries.docx; scan.png; Eerder bericht.eml",
                "Beste Piet,", "Tekst die verborgen was", "het plan [https://example.nl/plan]",
                "[externe afbeelding niet geladen]",
                "Op 4 maart schreef Kees Bakker: eerder bericht over de woonwijk")
    found = texts(conv.pdf, tmp_path)
    assert all("alert" not in t for t in found.values())
    with pymupdf.open("pdf", conv.pdf) as doc:
        assert len(doc[0].get_images()) == 1  # the inline logo is part of the body
        assert not doc[0].get_links()
    assert [(c.ordinal, c.original_name, c.kind) for c in conv.children] == [
        (1, "notitie.pdf", Kind.PDF), (2, "Brief aan Piet de Vries.docx", Kind.DOCX), (3, "scan.png", Kind.PNG),
        (4, "Eerder bericht.eml", Kind.EML)]
    assert "1 external image(s) not loaded (shown as a note)" in conv.warnings


def test_nested_message_is_converted_recursively(tmp_path: Path) -> None:
    conv = convert_bytes(make_eml(), "bericht.eml")
    inner = convert_child(conv.children[3], "bericht.eml")
    assert inner.kind is Kind.EML
    assert_text(inner.pdf, tmp_path, "Kees Bakker <kees@example.nl>", "maandag 4 maart 2024 09:15",
                "Onderwerp: Eerder bericht", "Dit is het doorgestuurde bericht.", "Bijlagen: lijst.csv")
    (csv_child,) = inner.children
    assert csv_child.kind is Kind.CSV
    assert_text(convert_child(csv_child, "x").pdf, tmp_path, "Kees", "0612345678")
    pdf_child = convert_child(conv.children[0], "bericht.eml")
    assert pdf_child.pdf == conv.children[0].data  # a PDF attachment is passed on unchanged


@needs_soffice
def test_docx_attachment_converts(tmp_path: Path) -> None:
    conv = convert_bytes(make_eml(nested=False), "bericht.eml")
    assert_text(convert_child(conv.children[1], "bericht.eml").pdf, tmp_path, "Brief van de wethouder")


def test_personal_names_are_replaced_by_the_hook() -> None:
    conv = convert_bytes(make_eml(), "bericht.eml", name_is_personal=lambda name: "Piet" in name)
    names = [(c.output_name, c.renamed, c.pdf_name) for c in conv.children]
    assert names == [("notitie.pdf", False, "notitie.pdf"), ("bijlage-2.docx", True, "bijlage-2.pdf"),
                     ("scan.png", False, "scan.pdf"), ("Eerder bericht.eml", False, "Eerder bericht.pdf")]
    assert conv.children[1].original_name == "Brief aan Piet de Vries.docx"


def test_text_only_message_is_preformatted(tmp_path: Path) -> None:
    m = EmailMessage()
    m["From"] = "a@example.nl"
    m["Subject"] = "Alleen tekst"
    m["Date"] = "Wed, 06 Mar 2024 10:00:00 +0100"
    m.set_content("Regel een\n    ingesprongen regel\n> citaat van eerder\n")
    conv = convert_bytes(m.as_bytes(), "x.eml")
    assert_text(conv.pdf, tmp_path, "Regel een", "ingesprongen regel", "> citaat van eerder")
    assert conv.children == ()


def test_deterministic(tmp_path: Path) -> None:
    data = make_eml()
    assert convert_bytes(data).pdf == convert_bytes(data).pdf
    with pymupdf.open("pdf", convert_bytes(data).pdf) as doc:
        assert not any(doc.metadata.get(k) for k in ("producer", "creationDate", "modDate"))


def test_corrupt_mail_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(CorruptMailError) as err:
        parse_eml(b"", tmp_path / "leeg.eml")
    assert "leeg.eml" in str(err.value)
    assert err.value.exit_code == 3


def test_unsupported_and_empty(tmp_path: Path) -> None:
    f = tmp_path / "x.bin"
    f.write_bytes(b"\x00\x01binary\xff" * 10)
    with pytest.raises(UnsupportedTypeError) as err:
        convert(f)
    assert err.value.reason == "unsupported-type" and "x.bin" in str(err.value)
    f.write_bytes(b"")
    with pytest.raises(UnsupportedTypeError):
        convert(f)
