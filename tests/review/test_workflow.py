"""propose → decide → apply on every sample: rejected text stays, approved text goes, a box drawn by hand
blacks out its area with its ground code; apply refuses undecided proposals and changed sources; a
re-run of propose after a rules change keeps the earlier decisions."""

from __future__ import annotations

import csv
import json
import shutil
from collections import Counter
from pathlib import Path

import pymupdf
import pytest
import yaml

from redact.api import apply_review, decide_review, propose_review
from redact.errors import SourceChangedError, UsageError
from redact.pdf.text import extract_document
from redact.review import PendingError, ReviewError, ReviewSet
from redact.review.schema import DETECTION
from redact.rules import load_rules
from tests.conftest import SAMPLES
from tests.review.util import copy_samples, count, dark_fraction, find_public_span, texts

SAMPLE_NAMES = sorted(p.stem for p in SAMPLES.glob("*.pdf"))
REVIEWER = "W. Coördinator"


def _biggest_person(rs: ReviewSet) -> str | None:
    people = Counter(p.person for p in rs.proposals if p.person)
    return people.most_common(1)[0][0] if people else None


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_full_loop_on_sample(name: str, workdir: Path, tmp_path: Path) -> None:
    path = workdir / f"{name}.review.json"
    rs = ReviewSet.load(path)
    person = _biggest_person(rs)
    rejected = set(rs.select(person=person)) if person else {rs.proposals[0].id}
    rs.decide(sorted(rejected), "rejected", by=REVIEWER, reason="publiek bekend", scope="test")
    rs.decide([p.id for p in rs.pending], "approved", by=REVIEWER)
    spec = yaml.safe_load((SAMPLES / f"{name}.expected.yaml").read_text(encoding="utf-8"))
    src = Path(rs.source.path)
    found = find_public_span(src, list(spec.get("keep", [])), [p.text for p in rs.proposals if p.by != DETECTION])
    assert found is not None, "no public string to draw a box over"
    page, rect, public = found
    box = rs.add(page, rect, "5.2", by=REVIEWER, note="beleidsopvatting")
    rs.save()

    out = tmp_path / "out"
    summary = apply_review(path, out)
    assert [o.status for o in summary.outcomes] == ["ok"], [o.error for o in summary.outcomes]
    result = summary.outcomes[0].result
    assert result is not None and result.verify is not None and result.verify.ok
    assert result.verify.collateral == 0
    pdf = out / f"{name}.pdf"
    got = texts(pdf)
    with pymupdf.open(src) as doc:
        original = " ".join(" ".join(p.text.split()) for p in extract_document(doc))
    final = ReviewSet.load(path)
    gone = [p for p in final.proposals if p.burnt and not p.drawn]
    kept = [p for p in final.proposals if p.status == "rejected"]
    for p in kept:  # a rejection means the text stays: as often as in the source, minus approved overlaps
        t = " ".join(p.text.split())
        if any(t in g.text or g.text in t for g in gone) or public in t or t in public:
            continue  # approved overlaps, or the string under the drawn box
        for tool, text in got.items():
            assert count(t, text) == count(t, original), f"{tool}: rejected text lost ({p.category})"
    for p in gone:
        t = " ".join(p.text.split())
        if any(t in k.text or k.text in t for k in kept):
            continue
        for tool, text in got.items():
            assert count(t, text) == 0, f"{tool}: approved {p.category} still readable"
    for tool, text in got.items():  # the drawn box took exactly the public string
        assert count(public, text) == 0, f"{tool}: text under the drawn box is still there"
    assert dark_fraction(pdf, page, rect) > 0.5
    with pymupdf.open(pdf) as doc:
        label = doc[page].get_text("text", clip=pymupdf.Rect(rect.as_tuple()).include_rect(
            pymupdf.Rect(box.rects[0])))
    assert "5.2" in label

    rows = list(csv.DictReader((out / "redaction-log.csv").open(encoding="utf-8")))
    side = [r for r in rows if not r["pagina"].isdigit()]  # outside the pages: automatic, no reviewer
    assert len(side) == len(result.side) and {r["besluit"] for r in side} <= {"vervangen", "verwijderd"}
    rows = [r for r in rows if r["pagina"].isdigit()]
    assert len(rows) == len(result.boxes)
    assert {r["beoordelaar"] for r in rows} == {REVIEWER}
    approved = {"goedgekeurd"} if any(p.status == "approved" for p in final.proposals) else set()
    assert {r["besluit"] for r in rows} == approved | {"handmatig toegevoegd"}
    assert all(r["tijdstip"].endswith("Z") for r in rows)
    manual_rows = [r for r in rows if r["besluit"] == "handmatig toegevoegd"]
    assert [(r["grond"], r["categorie"]) for r in manual_rows] == [("5.2", "HANDMATIG")]
    log = (out / "redaction-log.csv").read_text(encoding="utf-8") + (out / "redaction-log.jsonl").read_text()
    for p in final.proposals:
        if len(p.text) >= 4:
            assert p.text not in log, "personal data in the log"


def test_apply_refuses_undecided_proposals(workdir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(PendingError) as e:
        apply_review(workdir, out)
    assert "still undecided" in str(e.value) and "--approve-pending" in str(e.value)
    assert not out.exists(), "nothing may be written when apply refuses"


def test_approve_pending_is_recorded(workdir: Path, tmp_path: Path) -> None:
    rs = ReviewSet.load(workdir / "01-nota.review.json")
    first = rs.proposals[0]
    rs.reject(first.id, by="Anna")
    rs.save()
    summary = apply_review(workdir, tmp_path / "out", approve_pending_by="Bert", reason="akkoord")
    assert summary.count("ok") == len(SAMPLE_NAMES)
    after = ReviewSet.load(workdir / "01-nota.review.json")
    assert after.get(first.id).status == "rejected" and after.get(first.id).by == "Anna"
    assert all(p.by == "Bert" and p.reason == "akkoord" for p in after.proposals
               if p.id != first.id and p.by != DETECTION)  # a person detection kept public is no pending one
    assert after.history[-1].scope == "pending" and after.history[-1].by == "Bert"


def test_apply_refuses_changed_source(tmp_path: Path) -> None:
    inputs = copy_samples(tmp_path / "in", ["04-brief-minister.pdf"])
    work = tmp_path / "work"
    propose_review([inputs], work)
    decide_review(work, by="R", approve_all=True)
    with pymupdf.open(inputs / "04-brief-minister.pdf") as doc:
        doc.set_metadata({"title": "een andere versie"})
        data = doc.tobytes()
    (inputs / "04-brief-minister.pdf").write_bytes(data)
    out = tmp_path / "out"
    with pytest.raises(SourceChangedError, match="changed since `redact propose`") as e:
        apply_review(work, out)
    assert e.value.exit_code == 3
    assert not out.exists()
    (inputs / "04-brief-minister.pdf").unlink()
    with pytest.raises(SourceChangedError, match="gone"):
        apply_review(work, out)


def test_decide_categories_ids_and_all(workdir: Path) -> None:
    rs = ReviewSet.load(workdir / "02-email.review.json")
    phone = rs.select(category="TELEFOON")[0]
    changed = decide_review(workdir, by="D", reject_categories=["TELEFOON"], approve=[phone], reason="r")
    assert changed["02-email.pdf"] == len(rs.select(category="TELEFOON"))
    after = ReviewSet.load(workdir / "02-email.review.json")
    assert after.get(phone).status == "approved"  # an explicit id wins over its category
    assert {after.get(i).status for i in rs.select(category="TELEFOON") if i != phone} == {"rejected"}
    assert all(p.status == "proposed" for p in after.proposals if p.category != "TELEFOON" and p.by != DETECTION)
    decide_review(workdir, by="D", approve_all=True)
    after = ReviewSet.load(workdir / "02-email.review.json")
    assert not after.pending and after.get(rs.select(category="TELEFOON")[1]).status == "rejected"


def test_decide_checks_everything_first(workdir: Path) -> None:
    before = {f.name: f.read_bytes() for f in workdir.glob("*.review.json")}
    with pytest.raises(ReviewError, match="no proposal with id"):
        decide_review(workdir, by="D", approve_categories=["NAAM"], reject=["0000000000000000"])
    with pytest.raises(ReviewError, match="unknown category"):
        decide_review(workdir, by="D", approve_categories=["NAMEN"])
    with pytest.raises(UsageError, match="both approved and rejected"):
        decide_review(workdir, by="D", approve_categories=["NAAM"], reject_categories=["NAAM"])
    with pytest.raises(UsageError, match="nothing to decide"):
        decide_review(workdir, by="D")
    with pytest.raises(ReviewError, match="reviewer name"):
        decide_review(workdir, by=" ", approve_all=True)
    assert {f.name: f.read_bytes() for f in workdir.glob("*.review.json")} == before


def _changed_rules(tmp_path: Path) -> Path:
    """A copy of the rules in which names get another ground."""
    d = tmp_path / "rules"
    shutil.copytree(load_rules().directory, d)
    cats = d / "categories.yaml"
    text = cats.read_text(encoding="utf-8")
    new = text.replace('NAAM:         {ground: "5.1.2e"', 'NAAM:         {ground: "5.1.2i"')
    assert new != text
    cats.write_text(new, encoding="utf-8")
    return d


def test_repropose_after_rules_change_keeps_decisions(tmp_path: Path) -> None:
    inputs = copy_samples(tmp_path / "in", ["03-verslag.pdf"])
    work = tmp_path / "work"
    propose_review([inputs], work)
    path = work / "03-verslag.review.json"
    rs = ReviewSet.load(path)
    by_text = {p.text: p for p in rs.proposals}
    approved, rejected, reground = by_text["Cato Nijhuis"], by_text["Mila Kuit"], by_text["Floor van Leeuwen"]
    vanishing = by_text["Hatice Çelik"]
    rs.approve(approved.id, by="R")
    rs.reject(rejected.id, by="R", reason="publiek")
    rs.set_ground(reground.id, "5.2", by="R")
    rs.reject(vanishing.id, by="R")
    box = rs.add(0, (300, 60, 400, 80), "5.2", by="R", note="handmatig")
    rs.save()

    # the rules change: names get another ground, and one person is now listed as public
    rules = load_rules(_changed_rules(tmp_path)).with_public_persons(("Hatice Çelik",))
    outcomes = propose_review([inputs], work, rules=rules)
    assert outcomes[0].status == "ok"
    after = ReviewSet.load(path)
    assert after.get(approved.id).status == "approved" and after.get(approved.id).by == "R"
    assert after.get(rejected.id).status == "rejected" and after.get(rejected.id).reason == "publiek"
    assert after.get(reground.id).ground == "5.2"  # the reviewer's ground survives the rules change
    assert after.get(approved.id).ground == "5.1.2i"  # the others follow the new rules
    assert after.get(box.id).status == "added" and after.get(box.id).note == "handmatig"
    # now on the public list: listed as a person kept public; the reviewer's rejection stands
    assert after.get(vanishing.id).status == "rejected" and after.get(vanishing.id).by == "R"
    assert sorted(p.by for p in after.proposals if p.person == "çelik") == ["R", DETECTION]  # other mention
    assert (outcomes[0].kept, outcomes[0].dropped) == (5, 0)
    assert all(p.status == "proposed" for p in after.proposals
               if p.id not in (approved.id, rejected.id, reground.id, box.id, vanishing.id) and p.by != DETECTION)
    assert after.history[-1].action == "propose" and "5 earlier decision(s) kept, 0 dropped" in (
        after.history[-1].reason)
    assert [e.action for e in after.history].count("propose") == 2
    assert after.rules_version == rules.version


def test_work_folder_not_inside_input(tmp_path: Path) -> None:
    inputs = copy_samples(tmp_path / "in", ["01-nota.pdf"])
    with pytest.raises(UsageError, match="inside input folder"):
        propose_review([inputs], inputs / "work")


def test_failed_document_does_not_stop_propose(tmp_path: Path) -> None:
    inputs = copy_samples(tmp_path / "in", ["01-nota.pdf"])
    (inputs / "kapot.pdf").write_text("geen pdf")
    outcomes = propose_review([inputs], tmp_path / "work")
    assert {o.relative: o.status for o in outcomes} == {"01-nota.pdf": "ok", "kapot.pdf": "failed"}
    assert "not a PDF" in next(o.error for o in outcomes if o.status == "failed")


def test_log_and_errors_files(workdir: Path, tmp_path: Path) -> None:
    decide_review(workdir, by="R", approve_all=True)
    out = tmp_path / "out"
    summary = apply_review(workdir, out)
    assert summary.count("ok") == len(SAMPLE_NAMES)
    assert (out / "errors.csv").read_text().strip() == "document,reden,melding"
    rows = [json.loads(line) for line in (out / "redaction-log.jsonl").read_text().splitlines()]
    assert {r["document"] for r in rows} == {f"{n}.pdf" for n in SAMPLE_NAMES}


def test_invalid_earlier_review_file_is_not_overwritten(tmp_path: Path) -> None:
    inputs = copy_samples(tmp_path / "in", ["04-brief-minister.pdf"])
    work = tmp_path / "work"
    propose_review([inputs], work)
    path = work / "04-brief-minister.review.json"
    path.write_text('{"schema": "redact-review", "version": 1}')
    outcomes = propose_review([inputs], work)
    assert outcomes[0].status == "failed" and outcomes[0].reason == "invalid-review-file"
    assert "move it away to start over" in outcomes[0].error
    assert path.read_text() == '{"schema": "redact-review", "version": 1}'
