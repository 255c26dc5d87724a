"""Signatures in a sign-off block of a redacted person are proposed as HANDTEKENING; a minister's are not."""

from __future__ import annotations

from pathlib import Path

import pymupdf

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
