"""Signatures in a sign-off block of a redacted person are proposed as HANDTEKENING; a minister's are not."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redact.api import apply, propose


def _letter(path: Path, signer: str, function: str) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 100
    for line in ("Geachte heer Bakker,", "", "Hierbij ontvangt u het besluit.", "", "Met vriendelijke groet,"):
        page.insert_text((72, y), line, fontsize=11)
        y += 14
    sig = pymupdf.Rect(72, y, 200, y + 40)  # a scribble as vector ink inside an image-like area
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 128, 40), False)
    pix.set_rect(pix.irect, (255,))
    for x in range(10, 118):
        pix.set_pixel(x, 20 + (x % 7) - 3, (0,))
    page.insert_image(sig, pixmap=pix)
    y += 52
    page.insert_text((72, y), signer, fontsize=11)
    page.insert_text((72, y + 14), function, fontsize=11)
    doc.save(path)
    return path


def test_civil_servant_signature_is_proposed(tmp_path: Path) -> None:
    src = _letter(tmp_path / "a.pdf", "Pieter de Vries", "Senior beleidsmedewerker")
    plan = propose(src)
    sigs = [p for p in plan.proposals if p.category == "HANDTEKENING"]
    assert len(sigs) == 1 and sigs[0].ground == "5.1.2e"
    res = apply(plan, plan.proposals, tmp_path / "out.pdf")
    assert res.verify is not None and res.verify.ok
    with pymupdf.open(tmp_path / "out.pdf") as doc:
        xref = doc[0].get_images()[0][0]
        img = pymupdf.Pixmap(doc, xref)
        assert all(img.pixel(x, 20 + (x % 7) - 3)[0] != 0 or x < 12 for x in range(10, 118))


def test_minister_signature_is_kept(tmp_path: Path) -> None:
    src = _letter(tmp_path / "m.pdf", "De Minister van Justitie en Veiligheid,", "")
    plan = propose(src)
    assert not [p for p in plan.proposals if p.category == "HANDTEKENING"]


def _ink(page: pymupdf.Page, r: pymupdf.Rect) -> None:
    """Vector strokes like a pen signature (curves), inside ``r``."""
    shape = page.new_shape()
    shape.draw_bezier((r.x0, r.y1 - 4), (r.x0 + 20, r.y0), (r.x0 + 40, r.y1), (r.x1, r.y0 + 4))
    shape.finish(color=(0, 0, 0.3), width=1.2, closePath=False)
    shape.commit()


def _table(path: Path, header: str, rows: list[tuple[str, str]], *, image_row: int | None = None) -> Path:
    """A ruled table "Functie | Naam | <header>" with a signature in the last column of every row."""
    doc = pymupdf.open()
    page = doc.new_page()
    xs, y = (72, 200, 330, 480), 100.0
    page.insert_text((xs[0] + 3, y + 12), "Functie", fontsize=9)
    page.insert_text((xs[1] + 3, y + 12), "Naam", fontsize=9)
    page.insert_text((xs[2] + 3, y + 12), header, fontsize=9)
    page.draw_rect(pymupdf.Rect(xs[0], y, xs[3], y + 16), color=(0.6, 0.6, 0.6), width=0.5)
    y += 16
    for i, (function, name) in enumerate(rows):
        page.insert_text((xs[0] + 3, y + 12), function, fontsize=9)
        page.insert_text((xs[1] + 3, y + 12), name, fontsize=9)
        cell = pymupdf.Rect(xs[2] + 5, y + 4, xs[3] - 20, y + 26)
        if i == image_row:
            pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 100, 22), False)
            pix.set_rect(pix.irect, (255,))
            for x in range(5, 95):
                pix.set_pixel(x, 11 + (x % 9) - 4, (0,))
            page.insert_image(cell, pixmap=pix)
        else:
            _ink(page, cell)
        page.draw_rect(pymupdf.Rect(xs[0], y, xs[3], y + 30), color=(0.6, 0.6, 0.6), width=0.5)
        y += 30
    for x in xs[1:3]:
        page.draw_line((x, 100), (x, y), color=(0.6, 0.6, 0.6), width=0.5)
    doc.save(path)
    return path


def test_ink_in_a_paraph_column_is_proposed_and_removed(tmp_path: Path) -> None:
    src = _table(tmp_path / "p.pdf", "Paraaf", [("afdelingshoofd", "P. de Vries"), ("directeur", "K. Bakker")],
                 image_row=1)
    plan = propose(src)
    sigs = [p for p in plan.proposals if p.category == "HANDTEKENING"]
    assert len(sigs) == 2
    res = apply(plan, plan.proposals, tmp_path / "out.pdf")
    assert res.verify is not None and res.verify.ok
    with pymupdf.open(tmp_path / "out.pdf") as doc:
        curves = [d for d in doc[0].get_drawings() if any(it[0] == "c" for it in d["items"])]
        assert not curves  # the vector strokes are gone, not covered


@pytest.mark.parametrize("header", ["Handtekening", "Akkoord", "Ondertekening"])
def test_signature_column_headers(tmp_path: Path, header: str) -> None:
    src = _table(tmp_path / "h.pdf", header, [("jurist", "P. de Vries")])
    assert [p for p in propose(src).proposals if p.category == "HANDTEKENING"]


def test_minister_in_a_paraph_table_keeps_the_signature(tmp_path: Path) -> None:
    src = _table(tmp_path / "m.pdf", "Paraaf", [("directeur", "P. de Vries"),
                                                ("minister van Justitie en Veiligheid", "")])
    sigs = [p for p in propose(src).proposals if p.category == "HANDTEKENING"]
    assert len(sigs) == 1 and sigs[0].rects[0].y0 < 150  # the civil servant's row only


def test_a_header_word_in_prose_opens_no_column(tmp_path: Path) -> None:
    """A sentence that mentions "handtekeningen en parafen" above a paragraph of text is no table header: the
    text under it is never taken for ink (real Wob decisions lost whole lines this way)."""
    doc = pymupdf.open()
    page = doc.new_page()
    lines = ["In documenten staan namen, e-mailadressen en handtekeningen en parafen van ambtenaren.",
             "Er is nog geen akkoord of niet akkoord beoordeling gegeven op de programma's.",
             "Het bezwaarschrift wordt gericht aan de burgemeester en is voorzien van een datum."]
    y = 100.0
    for line in lines:
        page.insert_text((72, y), line, fontsize=10)
        y += 16
    _ink(page, pymupdf.Rect(300, y, 380, y + 20))  # a stroke under the prose, left of which text stands
    page.insert_text((72, y + 14), "P. de Vries, jurist", fontsize=10)
    doc.save(tmp_path / "prose.pdf")
    assert not [p for p in propose(tmp_path / "prose.pdf").proposals if p.category == "HANDTEKENING"]


def test_no_signature_column_no_region(tmp_path: Path) -> None:
    src = _table(tmp_path / "n.pdf", "Opmerking", [("jurist", "P. de Vries")])
    assert not [p for p in propose(src).proposals if p.category == "HANDTEKENING"]


def test_scanned_signature_column(tmp_path: Path) -> None:
    """A scanned attendance list: the ink in the Handtekening column is found in the pixels."""
    from redact.pdf.ocr import tesseract_available

    if not tesseract_available():
        pytest.skip("needs tesseract")
    src = _table(tmp_path / "t.pdf", "Handtekening", [("jurist", "Pieter de Vries"), ("adviseur", "Karin Bakker")])
    with pymupdf.open(src) as doc:
        pix = doc[0].get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
        scan = pymupdf.open()
        scan.new_page(width=doc[0].rect.width, height=doc[0].rect.height).insert_image(doc[0].rect, pixmap=pix)
        scan.save(tmp_path / "scan.pdf")
    plan = propose(tmp_path / "scan.pdf")
    sigs = [p.rects[0] for p in plan.proposals if p.category == "HANDTEKENING"]
    assert len(sigs) == 2 and all(r.x0 > 320 for r in sigs)
