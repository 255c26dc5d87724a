"""A dossier as it arrives (issue 17): e-mails with attachments, a real Outlook message, Word and Excel files,
scans as images and a file of an unknown type go through `redact run`: every message and every attachment
is one output PDF and one inventory row that names its parent, no personal string is left in any output,
public strings stay, the unknown file is in errors.csv; `propose` + `apply --approve-pending` gives the same
outputs; `api.redact_file` takes an e-mail too."""

from __future__ import annotations

import csv
import io
import shutil
from email.message import EmailMessage
from pathlib import Path

import openpyxl
import pymupdf
import pytest

from redact.api import apply_review, propose_review, redact_file, run_batch
from tests.conftest import SAMPLES
from tests.convert.conftest import MSG, docx_bytes, png_bytes, texts

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice (installed by .ci/run)")

# personal data planted in the dossier (fictitious people) and public strings that must stay
PERSONAL = ["Joost Terpstra", "j.terpstra@minbzk.nl", "06-48213377", "Marloes de Wit", "Fenna Bosman",
            "Ruud Hagedoorn"]
PUBLIC = ["Ministerie van Binnenlandse Zaken", "Woo-verzoek", "minister"]


def _mail(subject: str, body: str, attachments: list[tuple[str, bytes, str, str]]) -> bytes:
    m = EmailMessage()
    m["From"] = "Joost Terpstra <j.terpstra@minbzk.nl>"
    m["To"] = "Woo-coördinator <woo@minbzk.nl>"
    m["Subject"] = subject
    m["Date"] = "Tue, 05 Mar 2024 14:03:00 +0100"
    m.set_content(body)
    for name, data, maintype, subtype in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return m.as_bytes()


def _pdf(text: str) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_textbox(pymupdf.Rect(72, 72, 520, 400), text, fontsize=11)
    return doc.tobytes()


def _xlsx() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Presentielijst"
    ws.append(["Naam", "Functie", "Organisatie"])
    ws.append(["Fenna Bosman", "beleidsmedewerker", "Ministerie van Binnenlandse Zaken"])
    ws.append(["Ruud Hagedoorn", "jurist", "Ministerie van Binnenlandse Zaken"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


SIGNATURE = ("\n\nMet vriendelijke groet,\n\nJoost Terpstra\nbeleidsmedewerker\nMinisterie van Binnenlandse Zaken\n"
             "T 06-48213377\nE j.terpstra@minbzk.nl\n")


@pytest.fixture(scope="module")
def dossier(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("dossier")
    (d / "mail").mkdir()
    note = _pdf("Notitie over het Woo-verzoek.\n\nOpgesteld door: Marloes de Wit\nContactpersoon: Marloes de Wit, "
                "T 06-48213377")
    letter = docx_bytes("Ministerie van Binnenlandse Zaken", "Onderwerp: Woo-verzoek",
                        "Opgesteld door: Marloes de Wit", "Contactpersoon: Joost Terpstra")
    (d / "mail" / "bericht-01.eml").write_bytes(_mail(
        "Woo-verzoek: stukken", "Beste collega,\n\nHierbij de stukken voor het Woo-verzoek." + SIGNATURE,
        [("notitie.pdf", note, "application", "pdf"),
         ("Reactie Marloes de Wit.docx", letter, "application",
          "vnd.openxmlformats-officedocument.wordprocessingml.document"),
         ("scan.png", png_bytes((400, 200), "white", 300), "image", "png")]))
    (d / "mail" / "bericht-02.eml").write_bytes(_mail(
        "Aanvulling", "Beste collega,\n\nAanvulling: de minister is geïnformeerd." + SIGNATURE, []))
    shutil.copy(MSG / "attachAndInline.msg", d / "mail" / "outlook.msg")
    (d / "brief.docx").write_bytes(letter)
    (d / "presentielijst.xlsx").write_bytes(_xlsx())
    shutil.copy(SAMPLES / "01-nota.pdf", d / "nota.pdf")
    (d / "archief.zip").write_bytes(b"PK\x03\x04" + b"\0" * 40)  # not a document
    return d


def _inventory(out: Path) -> list[dict[str, str]]:
    with (out / "inventarislijst.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_dossier_through_run(dossier: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = run_batch([dossier], out, jobs=2)
    by_rel = {o.item.relative.as_posix(): o for o in summary.outcomes}
    failed = {rel: o.reason for rel, o in by_rel.items() if o.status == "failed"}
    assert failed == {"archief.zip": "unsupported-type"}, failed
    errors = (out / "errors.csv").read_text(encoding="utf-8")
    assert "archief.zip,unsupported-type," in errors
    pdfs = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.pdf") if ".redact" not in p.parts)
    assert "mail/bericht-01.pdf" in pdfs and "mail/bericht-01.bijlagen/notitie.pdf" in pdfs
    assert "mail/bericht-01.bijlagen/scan.pdf" in pdfs and "brief.pdf" in pdfs and "presentielijst.pdf" in pdfs
    # an attachment whose name holds a person's name gets a neutral one
    assert "mail/bericht-01.bijlagen/bijlage-2.pdf" in pdfs
    assert not [p for p in pdfs if "Marloes" in p]
    rows = _inventory(out)
    assert len(rows) == len(pdfs)
    ids = {r["Document"]: r for r in rows}
    parent = ids["bericht-01.pdf"]["ID"]
    family = [r for r in rows if r["Bijlage bij"] == parent]
    assert sorted(r["Document"] for r in family) == ["bijlage-2.pdf", "notitie.pdf", "scan.pdf"]
    assert sorted(int(r["ID"]) for r in family) == [int(parent) + 1, int(parent) + 2, int(parent) + 3]
    assert ids["bericht-01.pdf"]["Datum"] == "2024-03-05"
    # the renamed attachment is in the log (as a salted hash, never the name)
    log = (out / "redaction-log.csv").read_text(encoding="utf-8")
    assert "bestandsnaam" in log and "Marloes" not in log
    for pdf in pdfs:
        data = (out / pdf).read_bytes()
        for tool, text in texts(data, tmp_path).items():
            left = [s for s in PERSONAL if s.lower() in text.lower()]
            assert not left, f"{pdf} ({tool}) still holds {left}"
    whole = " ".join(t for p in pdfs for t in texts((out / p).read_bytes(), tmp_path).values())
    for s in PUBLIC:
        assert s in whole, f"public string {s!r} was lost"
    again = run_batch([dossier], out, jobs=2)  # resumed: nothing converted or redacted again
    assert again.count("skipped") == len(pdfs) and again.count("ok") == 0


def test_propose_and_apply_give_the_same_outputs(dossier: Path, tmp_path: Path) -> None:
    ran = run_batch([dossier], tmp_path / "run", jobs=1)
    proposed = propose_review([dossier], tmp_path / "work")
    assert {o.relative: o.reason for o in proposed if o.status == "failed"} == {"archief.zip.pdf": "unsupported-type"}
    applied = apply_review(tmp_path / "work", tmp_path / "apply", approve_pending_by="T. Ester")
    assert applied.count("failed") == 0
    outs = [o for o in ran.outcomes if o.status == "ok"]
    assert len(outs) == applied.count("ok")
    for o in outs:
        rel = (tmp_path / "run").joinpath(*o.item.relative.parts)
        name = rel.with_suffix(".pdf").relative_to(tmp_path / "run") if rel.suffix != ".pdf" else rel.relative_to(
            tmp_path / "run")
        assert (tmp_path / "run" / name).read_bytes() == (tmp_path / "apply" / name).read_bytes(), name
    assert _inventory(tmp_path / "run") == _inventory(tmp_path / "apply")


def test_api_redacts_an_email_with_its_attachments(dossier: Path, tmp_path: Path) -> None:
    res = redact_file(dossier / "mail" / "bericht-01.eml", tmp_path / "bericht.pdf")
    assert res.verify is not None and res.verify.ok and res.counts.get("NAAM")
    written = sorted(p.name for p in (tmp_path / "bericht.bijlagen").glob("*.pdf"))
    assert written == ["bijlage-2.pdf", "notitie.pdf", "scan.pdf"]
