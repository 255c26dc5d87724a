"""Generated hostile cases: what the robustness corpus lacks, each hiding the name ``NAME`` somewhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pymupdf

NAME = "Piet Jansen"
OTHER = "Klaas Vaak"


def _doc_with_body(body: str = f"Contactpersoon {NAME} over de aanvraag") -> pymupdf.Document:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), body, fontsize=11)
    page.insert_text((72, 130), "Deze regel blijft gewoon staan", fontsize=11)
    return doc


def form_xobject(path: Path) -> None:
    src = _doc_with_body()
    doc = pymupdf.open()
    page = doc.new_page()
    page.show_pdf_page(page.rect, src, 0)  # the whole page becomes a Form XObject
    doc.save(path)


def nested_form_xobject(path: Path) -> None:
    inner = pymupdf.open()
    inner.new_page().show_pdf_page(pymupdf.Rect(0, 0, 595, 842), _doc_with_body(), 0)
    doc = pymupdf.open()
    page = doc.new_page()
    page.show_pdf_page(page.rect, inner, 0)
    page2 = doc.new_page()
    page2.insert_text((72, 100), "Tweede pagina zonder naam", fontsize=11)
    doc.save(path)


def freetext_annotation(path: Path) -> None:
    doc = _doc_with_body("Een brief met een opmerking in de marge")
    page = doc[0]
    annot = page.add_freetext_annot(pymupdf.Rect(300, 200, 540, 240), f"Opmerking van {NAME}", fontsize=10)
    annot.set_info(title=NAME, subject=f"Notitie {NAME}")
    annot.update()
    note = page.add_text_annot((100, 300), f"Vraag van {NAME}")
    note.set_info(title=NAME)
    note.update()
    doc.save(path)


def incremental_update(path: Path) -> None:
    doc = _doc_with_body()
    doc.set_metadata({"title": f"Nota {NAME}", "author": NAME})
    doc.save(path)
    doc.close()
    doc = pymupdf.open(path)
    page = doc[0]
    page.add_redact_annot(page.search_for(NAME)[0], text=OTHER)  # the newest revision shows another name
    page.apply_redactions()
    doc.set_metadata({"title": f"Nota {OTHER}"})
    doc.save(path, incremental=True, encryption=pymupdf.PDF_ENCRYPT_KEEP)


def bookmark_and_attachment(path: Path) -> None:
    doc = _doc_with_body()
    doc.set_toc([[1, f"Reactie {NAME}", 1], [2, "Bijlage", 1]])
    doc.embfile_add(f"brief {NAME}.txt", f"Brief van {NAME}".encode(), filename=f"brief {NAME}.txt",
                    desc=f"Bijlage van {NAME}")
    page = doc[0]
    page.add_file_annot((400, 400), f"Notities {NAME}".encode(), f"notities {NAME}.txt", desc=NAME)
    doc.save(path)


def invisible_ocr_layer(path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 300, 100), False)
    pix.set_rect(pix.irect, (240, 240, 240))
    page.insert_image(pymupdf.Rect(60, 80, 540, 240), pixmap=pix)
    page.insert_text((72, 100), f"Aanvraag ingediend door {NAME} te Utrecht", fontsize=11, render_mode=3)
    page.insert_text((72, 130), "Deze onzichtbare regel blijft staan", fontsize=11, render_mode=3)
    doc.save(path)


def white_and_tiny_text(path: Path) -> None:
    doc = _doc_with_body("Een gewone regel zonder naam")
    page = doc[0]
    page.insert_text((72, 200), f"Wit: {NAME} staat hier", fontsize=11, color=(1, 1, 1))
    page.insert_text((72, 230), f"Klein: {NAME} staat hier", fontsize=0.8)
    doc.save(path)


def outside_cropbox(path: Path) -> None:
    doc = _doc_with_body("Een gewone regel zonder naam")
    page = doc[0]
    page.insert_text((72, 800), f"Onder de rand {NAME}", fontsize=11)
    page.set_cropbox(pymupdf.Rect(0, 0, 595, 700))
    doc.save(path)


def hidden_layer(path: Path) -> None:
    doc = _doc_with_body("Een gewone regel zonder naam")
    ocg = doc.add_ocg("Verborgen", on=False)
    doc[0].insert_text((72, 200), f"Verborgen laag {NAME}", fontsize=11, oc=ocg)
    doc.save(path)


def form_fields(path: Path) -> None:
    doc = _doc_with_body()
    page = doc[0]
    w = pymupdf.Widget()
    w.field_name = f"aanvrager {NAME}"
    w.field_label = f"Naam ({NAME})"
    w.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    w.rect = pymupdf.Rect(72, 300, 300, 320)
    w.field_value = NAME
    page.add_widget(w)
    doc.save(path)


def labels_js_metadata(path: Path) -> None:
    doc = _doc_with_body()
    doc.set_page_labels([{"startpage": 0, "prefix": f"{NAME}-", "style": "D", "firstpagenum": 1}])
    doc.set_metadata({"author": NAME, "title": f"Nota over {NAME}", "keywords": NAME, "subject": "Woo"})
    doc.set_xml_metadata(f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>{NAME}</dc:creator></x:xmpmeta>')
    js = doc.get_new_xref()
    doc.update_object(js, f"<</S/JavaScript/JS(app.alert\\('{NAME}'\\))>>")
    doc.xref_set_key(doc.pdf_catalog(), "OpenAction", f"{js} 0 R")
    doc.save(path)


def actual_text(path: Path) -> None:
    """Tagged text whose ``/ActualText`` (in the content stream) and structure ``/Alt`` name the person."""
    doc = _doc_with_body("Een gewone regel zonder naam")
    page = doc[0]
    font = page.insert_font(fontname="helv", fontname_="helv") if False else None  # noqa: F841
    xref = doc.get_new_xref()
    doc.update_object(xref, "<<>>")
    content = (
        f"/Span <</ActualText ({NAME})>> BDC BT /helv 11 Tf 72 300 Td ({NAME}) Tj ET EMC"
    ).encode()
    doc.update_stream(xref, content, new=True)
    doc.xref_set_key(page.xref, "Contents", f"[{page.get_contents()[0]} 0 R {xref} 0 R]")
    st = doc.get_new_xref()
    doc.update_object(st, f"<</Type/StructElem/S/Figure/Alt({NAME})/T({NAME})>>")
    doc.xref_set_key(doc.pdf_catalog(), "StructTreeRoot", f"<</Type/StructTreeRoot/K {st} 0 R>>")
    doc.save(path)


CASES: dict[str, Callable[[Path], None]] = {
    "form-xobject": form_xobject,
    "nested-form-xobject": nested_form_xobject,
    "freetext-annotation": freetext_annotation,
    "incremental-update": incremental_update,
    "bookmark-and-attachment": bookmark_and_attachment,
    "invisible-ocr-layer": invisible_ocr_layer,
    "white-and-tiny-text": white_and_tiny_text,
    "outside-cropbox": outside_cropbox,
    "hidden-layer": hidden_layer,
    "form-fields": form_fields,
    "labels-js-metadata": labels_js_metadata,
    "actual-text": actual_text,
}


def huge_page(path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=20000, height=600)
    page.insert_text((72, 100), f"Contactpersoon {NAME}", fontsize=11)
    doc.save(path)
