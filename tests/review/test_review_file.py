"""The review file: schema validation, confidentiality, decisions with audit trail, undo, person keys."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pymupdf
import pytest

from redact.models import Rect
from redact.pipeline.detect import proposal_id
from redact.review import (
    ReviewConflictError,
    ReviewError,
    ReviewFileError,
    ReviewSet,
    context_of,
    person_keys,
    review_files,
)


def _first(work: Path, name: str = "02-email") -> ReviewSet:
    return ReviewSet.load(work / f"{name}.review.json")


def test_one_review_file_and_annotated_copy_per_document(pristine: tuple[Path, Path]) -> None:
    inputs, work = pristine
    files = review_files(work)
    assert [f.name for f in files] == sorted(p.stem + ".review.json" for p in inputs.glob("*.pdf"))
    for f in files:
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f"{f.name} is not 0600"
        annotated = f.with_name(f.name.replace(".review.json", ".review.pdf"))
        assert stat.S_IMODE(annotated.stat().st_mode) == 0o600
        rs = ReviewSet.load(f)
        with pymupdf.open(annotated) as doc:
            annots = [a for page in doc for a in page.annots() or () if a.type[0] == pymupdf.PDF_ANNOT_REDACT]
            text = " ".join(page.get_text() for page in doc)
        assert len(annots) == sum(len(p.rects) for p in rs.proposals)
        for p in rs.proposals:  # annotations only: nothing applied, the text is still there
            assert " ".join(p.text.split()) in " ".join(text.split())


def test_file_holds_what_apply_needs(pristine: tuple[Path, Path]) -> None:
    inputs, work = pristine
    raw = json.loads((work / "05-brief-burger.review.json").read_text())
    assert raw["schema"] == "redact-review" and raw["version"] == 2
    src = raw["source"]
    assert Path(src["path"]) == (inputs / "05-brief-burger.pdf").resolve()
    import hashlib

    assert src["sha256"] == hashlib.sha256((inputs / "05-brief-burger.pdf").read_bytes()).hexdigest()
    assert src["pages"] == 2
    cats = {p["category"] for p in raw["proposals"]}
    assert {"NAAM", "BSN", "IBAN"} <= cats
    for p in raw["proposals"]:
        assert p["status"] == "proposed" and p["rects"] and p["ground"] and p["justification"]
        assert p["id"] == proposal_id(src["sha256"], p["page"], p["start"], p["end"], p["category"])
        assert {"text", "context_before", "context_after", "detector", "score", "evidence"} <= p.keys()
    bsn = next(p for p in raw["proposals"] if p["category"] == "BSN")
    assert bsn["ground"] == "5.1.1e" and "burgerservicenummer" in bsn["context_before"].lower()
    assert raw["history"][0]["action"] == "propose"


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d.update(version=3), "schema version 3 is not supported"),
    (lambda d: d.update(schema="other"), "not a redact-review file"),
    (lambda d: d.update(surprise=1), "surprise"),
    (lambda d: d["proposals"][0].update(status="maybe"), "status"),
    (lambda d: d["proposals"][0].update(rects=[[10, 10, 5, 5]]), "x0 <= x1"),
    (lambda d: d["proposals"][0].update(page=99), "page the source does not have"),
    (lambda d: d["proposals"].append(dict(d["proposals"][0])), "duplicate proposal ids"),
    (lambda d: d["source"].update(sha256="abc"), "sha256"),
    (lambda d: d.pop("source"), "source"),
])
def test_invalid_file_is_refused(workdir: Path, mutate, message: str) -> None:  # type: ignore[no-untyped-def]
    path = workdir / "02-email.review.json"
    data = json.loads(path.read_text())
    mutate(data)
    path.write_text(json.dumps(data))
    with pytest.raises(ReviewFileError) as e:
        ReviewSet.load(path)
    assert message in str(e.value)
    assert e.value.exit_code == 3


def test_unreadable_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "x.review.json"
    bad.write_text("{not json")
    with pytest.raises(ReviewFileError, match="cannot read JSON"):
        ReviewSet.load(bad)
    with pytest.raises(ReviewFileError, match="file not found"):
        ReviewSet.load(tmp_path / "missing.review.json")


def test_decisions_are_saved_with_reviewer_time_reason_and_history(workdir: Path) -> None:
    rs = _first(workdir)
    a, b = rs.proposals[0].id, rs.proposals[1].id
    rs.approve(a, by="Anna Reviewer")
    rs.reject(b, by="Anna Reviewer", reason="openbaar")
    rs.save()
    again = _first(workdir)
    pa, pb = again.get(a), again.get(b)
    assert (pa.status, pa.by) == ("approved", "Anna Reviewer") and pa.at.endswith("Z")
    assert (pb.status, pb.reason) == ("rejected", "openbaar")
    actions = [(e.action, e.by, e.ids) for e in again.history]
    assert actions[-2:] == [("approve", "Anna Reviewer", (a,)), ("reject", "Anna Reviewer", (b,))]
    assert again.history[-1].changes[0].before["status"] == "proposed"
    assert again.history[-1].reason == "openbaar"
    assert stat.S_IMODE((workdir / "02-email.review.json").stat().st_mode) == 0o600


def test_reviewer_name_is_required(workdir: Path) -> None:
    rs = _first(workdir)
    for by in ("", "   "):
        with pytest.raises(ReviewError, match="reviewer name is required"):
            rs.approve(rs.proposals[0].id, by=by)
    with pytest.raises(ReviewError, match="reviewer name is required"):
        rs.add(0, (10, 10, 50, 50), "5.2", by="")


def test_unknown_id_ground_category_are_errors(workdir: Path) -> None:
    rs = _first(workdir)
    with pytest.raises(ReviewError, match="no proposal with id"):
        rs.approve("deadbeefdeadbeef", by="X")
    with pytest.raises(ReviewError, match="unknown Woo ground"):
        rs.set_ground(rs.proposals[0].id, "5.9", by="X")
    with pytest.raises(ReviewError, match="unknown category"):
        rs.select(category="SCHOENMAAT")
    with pytest.raises(ReviewError, match="unknown Woo ground"):
        rs.add(0, (10, 10, 50, 50), "geheim", by="X")
    with pytest.raises(ReviewError, match="does not exist"):
        rs.add(7, (10, 10, 50, 50), "5.2", by="X")
    with pytest.raises(ReviewError, match="width and a height"):
        rs.add(0, (10, 10, 10, 50), "5.2", by="X")


def test_add_manual_box_and_change_ground(workdir: Path) -> None:
    rs = _first(workdir)
    box = rs.add(0, Rect(72, 400, 300, 420), "5.2", by="B. Coordinator", note="beleidsopvatting")
    assert box.status == "added" and box.manual and box.drawn and box.category == "HANDMATIG"
    assert box.ground == "5.2" and "persoonlijke beleidsopvattingen" in box.justification
    pid = rs.proposals[0].id
    changed = rs.set_ground(pid, "5.1.2i", by="B. Coordinator", reason="functioneren")
    assert changed.ground == "5.1.2i" and changed.ground_set_by == "B. Coordinator"
    assert changed.status == "proposed"  # a new ground is no decision
    rs.save()
    again = _first(workdir)
    assert again.get(box.id).note == "beleidsopvatting" and again.get(pid).ground == "5.1.2i"
    rs2 = again
    rs2.reject(box.id, by="C")  # a reviewer's own box can be rejected, and approved again
    assert rs2.get(box.id).status == "rejected"
    rs2.approve(box.id, by="C")
    assert rs2.get(box.id).status == "added"


def test_undo_reverts_latest_first_and_is_logged(workdir: Path) -> None:
    rs = _first(workdir)
    ids = [p.id for p in rs.proposals[:3]]
    rs.decide(ids, "rejected", by="R", scope="ids")
    rs.approve(ids[0], by="R")
    box = rs.add(0, (72, 400, 300, 420), "5.2", by="R")
    assert rs.undo(by="R") is not None  # the box goes
    assert box.id not in rs
    rs.undo(by="R")  # the approval goes: back to rejected
    assert rs.get(ids[0]).status == "rejected"
    rs.undo(by="R")  # the bulk rejection goes
    assert all(rs.get(i).status == "proposed" for i in ids)
    assert rs.undo(by="R") is None  # never past the proposal
    undos = [e for e in rs.history if e.action == "undo"]
    assert [e.undoes for e in undos] == [4, 3, 2]


def test_concurrent_save_is_refused(workdir: Path) -> None:
    one, two = _first(workdir), _first(workdir)
    one.approve(one.proposals[0].id, by="One")
    one.save()
    two.reject(two.proposals[0].id, by="Two")
    with pytest.raises(ReviewConflictError, match="changed by someone else"):
        two.save()
    assert _first(workdir).proposals[0].status == "approved"


def test_bulk_select_by_category_and_person(workdir: Path) -> None:
    rs = _first(workdir)
    phones = rs.select(category="TELEFOON")
    assert phones and all(rs.get(i).category == "TELEFOON" for i in phones)
    person = rs.get(next(p.id for p in rs.proposals if p.person == "van der berg")).person
    ids = rs.select(person=person)
    texts = {rs.get(i).text for i in ids}
    assert "Berg, L. van der" in texts and "Leon van der Berg" in texts
    assert "leon.vanderberg@minjenv.nl" in texts  # the e-mail address of that person too
    assert "Fem" not in texts


@pytest.mark.parametrize("names, expected", [
    (["J. de Vries", "Jan de Vries", "De Vries", "Vries, J. de", "Jan"], ["de vries"] * 5),
    (["Berg, L. van der", "Leon van der Berg", "Leon"], ["van der berg"] * 3),
    (["P. Jansen", "Jansen"], ["jansen", "jansen"]),
    (["Fem"], ["fem"]),
])
def test_person_keys_group_variants(names: list[str], expected: list[str]) -> None:
    items = [(str(i), "NAAM", n) for i, n in enumerate(names)]
    keys = person_keys(items)
    assert [keys[str(i)] for i in range(len(names))] == expected


def test_person_key_of_email_and_other_categories() -> None:
    keys = person_keys([("1", "NAAM", "Pieter de Vries"), ("2", "EMAIL", "p.devries@minbzk.nl"),
                        ("3", "EMAIL", "info@minbzk.nl"), ("4", "TELEFOON", "06-12345678")])
    assert keys == {"1": "de vries", "2": "de vries", "3": None, "4": None}


def test_context_is_short_and_on_word_boundaries() -> None:
    text = "Dit is een lange zin waarin de naam Jan Jansen staat en daarna nog veel meer tekst volgt hier."
    start = text.index("Jan Jansen")
    before, after = context_of(text, start, start + len("Jan Jansen"), width=20)
    assert before.endswith("de naam") and before.startswith("…")
    assert after.startswith("staat") and after.endswith("…")
    assert context_of(text, -1, -1) == ("", "")


def test_span_selected_by_reviewer_gets_stable_id(workdir: Path) -> None:
    from redact.pdf.text import extract_document, rects_for_span

    rs = _first(workdir)
    with pymupdf.open(rs.source.path) as doc:
        page = extract_document(doc)[0]
    start = page.text.index("Onderwerp")
    end = start + len("Onderwerp")
    p = rs.add_span(0, start, end, rects_for_span(page, start, end), "Onderwerp", "5.2", by="R")
    assert p.id == proposal_id(rs.source.sha256, 0, start, end, "HANDMATIG")
    assert p.status == "added" and not p.drawn
    with pytest.raises(ReviewError, match="already proposed"):
        rs.add_span(0, start, end, rects_for_span(page, start, end), "Onderwerp", "5.2", by="R")


def test_a_version_1_file_is_migrated(workdir: Path) -> None:
    """Version 2 added ``doubt`` (an uncertain person); a version-1 file loads with no proposal marked and is
    written as version 2 on the next save."""
    path = workdir / "02-email.review.json"
    raw = json.loads(path.read_text())
    raw["version"] = 1
    for p in raw["proposals"]:
        p.pop("doubt", None)
    path.write_text(json.dumps(raw))
    rs = ReviewSet.load(path)
    assert all(p.doubt == "" for p in rs.proposals)
    rs.approve(rs.proposals[0].id, by="A. de Boer")
    rs.save()
    assert json.loads(path.read_text())["version"] == 2


def test_uncertain_persons_are_marked_in_the_file_and_listed_first(tmp_path: Path) -> None:
    """A person with conflicting cues is proposed with ``doubt`` in the review file, the log row says
    "twijfel", and the review app lists those proposals first."""
    from redact.api import propose_review
    from redact.models import Box
    from redact.pipeline.report import log_rows
    from redact.web.server import document_json
    from redact.web.workspace import Workspace
    from tests.conftest import make_pdf

    src = tmp_path / "in" / "brief.pdf"
    src.parent.mkdir()
    make_pdf(src, ["Contactpersoon: Jan Jansen", "", "Opgesteld door: P. Bakker",
                        "In het overleg zei wethouder Jan Jansen dat het plan doorgaat."])
    assert all(o.status == "ok" for o in propose_review([src], tmp_path / "work"))
    rs = ReviewSet.load(tmp_path / "work" / "brief.review.json")
    doubtful = [p for p in rs.proposals if p.doubt]
    assert doubtful and all("Jansen" in p.text and p.doubt.startswith("twijfel:") for p in doubtful)
    assert all("Jansen" not in p.doubt for p in doubtful)
    ws = Workspace(tmp_path / "work")
    listed = document_json(ws, next(iter(ws.files())), rs)["proposals"]
    assert [bool(p["doubt"]) for p in listed] == sorted((bool(p["doubt"]) for p in listed), reverse=True)
    box = Box(0, Rect(0, 0, 1, 1), "NAAM", "5.1.2e", "x", "Jan Jansen", "T", 0.8, "", doubt=doubtful[0].doubt)
    row = log_rows("brief.pdf", [box], b"salt")[0]
    assert row["twijfel"].startswith("twijfel:") and "Jansen" not in row["twijfel"]
