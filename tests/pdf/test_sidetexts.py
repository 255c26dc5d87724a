"""Personal data outside the page content (issue 15): collected before prepare, detected with the document's
persons, redacted by the metadata policy, logged with its place, verified everywhere, the same through
every door."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest

from redact.api import apply_review, propose_review, run_batch, verify_file
from redact.pdf.needles import load_needles
from redact.pdf.sidetexts import collect, xmp_text
from redact.pipeline import Chosen, apply_document, propose_document, run_document

PAGE_NAME = "Jan van der Linden"
HIDDEN = ("Karel Pietersen", "M. de Groot-Bakker", "m.degroot@minjenv.nl", "Sandra Wolters", "Petra Hoogendoorn",
          "Willem Smit", "Anouk Visser")


def _doc(path: Path) -> Path:
    d = pymupdf.open()
    p = d.new_page()
    p.insert_text((72, 72), f"Nota over het toezicht. Contactpersoon: {PAGE_NAME}", fontsize=10)
    p.insert_text((72, 100), "De minister van Justitie en Veiligheid besluit.", fontsize=10)
    d.set_metadata({"title": "Nota toezicht", "author": "Karel Pietersen", "subject": "Opsteller: M. de Groot-Bakker",
                    "keywords": "toezicht; m.degroot@minjenv.nl", "creator": "Word"})
    info = int(d.xref_get_key(-1, "Info")[1].split()[0])
    d.xref_set_key(info, "Afdeling", "(Sandra Wolters)")
    d.set_toc([[1, "Reactie J. van der Linden", 1], [1, "Inleiding", 1]])
    a = p.add_text_annot((300, 300), "Graag nog even checken met Petra Hoogendoorn")
    a.set_info(title="Willem Smit")
    a.update()
    d.embfile_add("notitie.txt", b"Gesprek met Anouk Visser op 3 mei", filename="notitie.txt")
    d.save(path)
    return path


@pytest.fixture(scope="module")
def doc(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _doc(tmp_path_factory.mktemp("side") / "nota.pdf")


def test_collect_sees_every_place_before_prepare(doc: Path) -> None:
    with pymupdf.open(doc) as d:
        side = {(s.place, s.text): s.keep for s in collect(d)}
    assert side[("metadata Subject", "Opsteller: M. de Groot-Bakker")] is True
    assert side[("metadata Author", "Karel Pietersen")] is False
    assert side[("metadata Afdeling", "Sandra Wolters")] is False  # a custom key is removed
    assert side[("bookmark 1", "Reactie J. van der Linden")] is True
    assert side[("page 1 annotation", "Graag nog even checken met Petra Hoogendoorn")] is False
    assert side[("page 1 annotation", "Willem Smit")] is False
    assert side[("attachment", "Gesprek met Anouk Visser op 3 mei")] is False


def test_xmp_fields_stay_apart() -> None:
    xmp = "<x><dc:creator>Suzanne</dc:creator><pdf:Producer>Adobe PDF Library</pdf:Producer></x>"
    assert xmp_text(xmp) == "Suzanne\n\nAdobe PDF Library"  # never "Suzanne Adobe", a name


def test_metadata_only_names_are_found_and_redacted(doc: Path, tmp_path: Path) -> None:
    plan = propose_document(doc)
    found = {(s.place, s.text) for s in plan.side}
    assert ("metadata Subject", "M. de Groot-Bakker") in found
    assert ("metadata Keywords", "m.degroot@minjenv.nl") in found
    assert ("bookmark 1", "J. van der Linden") in found
    assert {t for _, t in found} >= set(HIDDEN)
    rep = run_document(doc, tmp_path / "out.pdf")
    assert rep.result.verify is not None and rep.result.verify.ok
    assert {s.place for s in rep.result.side} >= {"metadata Author", "metadata Subject", "bookmark 1", "attachment"}
    data = (tmp_path / "out.pdf").read_bytes()
    with pymupdf.open(tmp_path / "out.pdf") as out:
        assert out.metadata["subject"] == "Opsteller: [5.1.2e]"
        assert out.metadata["keywords"] == "toezicht; [5.1.2e]"
        assert out.metadata["author"] == "" and out.metadata["creator"] == ""
        assert out.get_toc()[0][1] == "Reactie [5.1.2e]" and out.get_toc()[1][1] == "Inleiding"
        assert not out.embfile_names()
        text = " ".join(str(v) for v in out.metadata.values()) + out.get_xml_metadata()
    for name in HIDDEN:
        assert name not in text and name.encode() not in data


def test_run_equals_propose_and_apply(doc: Path, tmp_path: Path) -> None:
    rep = run_document(doc, tmp_path / "run.pdf")
    plan = propose_document(doc)
    app = apply_document(doc, tmp_path / "apply.pdf", Chosen.of(plan.proposals), sha256=plan.sha256)
    assert rep.result.side == app.result.side == plan.side
    assert (tmp_path / "run.pdf").read_bytes() == (tmp_path / "apply.pdf").read_bytes()


def test_log_review_file_and_verify_cover_side_data(doc: Path, tmp_path: Path) -> None:
    summary = run_batch([doc], tmp_path / "out", jobs=1)
    assert summary.count("ok") == 1
    rows = (tmp_path / "out" / "redaction-log.csv").read_text().splitlines()
    places = [r.split(",")[1] for r in rows[1:]]
    assert "metadata Subject" in places and "bookmark 1" in places and "1" in places
    assert not any(name in "\n".join(rows) for name in HIDDEN)  # a salted hash stands in for the text
    assert any(",verwijderd," in r for r in rows) and any(",vervangen," in r for r in rows)
    propose_review([doc], tmp_path / "work")
    review = json.loads((tmp_path / "work" / "nota.review.json").read_text())
    assert {s["text"] for s in review["side"]} >= set(HIDDEN)
    needles = load_needles(tmp_path / "work" / "nota.review.json")
    assert set(HIDDEN) <= set(needles.texts)
    applied = apply_review(tmp_path / "work", tmp_path / "apply", approve_pending_by="T. Ester", jobs=1)
    assert applied.count("ok") == 1
    assert verify_file(tmp_path / "apply" / "nota.pdf", tmp_path / "work" / "nota.review.json").ok
