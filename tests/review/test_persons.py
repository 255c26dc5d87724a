"""Decide once per person, across the whole dossier (issue 18): `redact persons` lists every person of a work
folder merged across documents; `redact decide --keep-person/--redact-person` applies to every mention in
every document, also to documents proposed later; merges, splits and the export to a --public-list file."""

from __future__ import annotations

import json
import shutil
import stat
from pathlib import Path

import pymupdf
import pytest

from redact.api import (
    apply_review,
    decide_person,
    export_public,
    list_persons,
    merge_persons,
    propose_review,
    split_person,
)
from redact.errors import ExitCode, UsageError
from redact.publiclist import read_public_list
from redact.review import ReviewSet
from redact.review.persons import PERSONS_FILE
from tests.conftest import SAMPLES, make_pdf, redact_cli
from tests.review.util import count, texts

BY = "A. de Boer"


def _text(pdf: Path) -> str:
    with pymupdf.open(pdf) as doc:
        return " ".join(" ".join(p.get_text().split()) for p in doc)


@pytest.fixture()
def dossier(tmp_path: Path) -> tuple[Path, Path]:
    """Two copies of the memo (one person in both) and the e-mail, proposed into a work folder."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SAMPLES / "01-nota.pdf", inputs / "nota-a.pdf")
    shutil.copy(SAMPLES / "02-email.pdf", inputs / "mail.pdf")
    doc = pymupdf.open(SAMPLES / "01-nota.pdf")
    doc.set_metadata({"title": "tweede exemplaar"})  # other bytes, the same text: a second document
    doc.save(inputs / "nota-b.pdf")
    work = tmp_path / "work"
    assert all(o.status == "ok" for o in propose_review([inputs], work))
    return inputs, work


def test_persons_are_merged_across_documents_with_their_variants(dossier: tuple[Path, Path]) -> None:
    _, work = dossier
    people = {p.name: p for p in list_persons(work)}
    steen = people["Jordy van der Steen"]
    # the e-mail names a bare "Van der Steen": it joins the dossier's one Van der Steen (a reviewer may split)
    assert steen.documents == 3 and steen.detected != "public"
    assert {"J. van der Steen", "Van der Steen"} <= set(steen.variants)
    assert any(m.category == "EMAIL" for m in steen.mentions)  # j.vandersteen@… follows the person
    minister = next(p for p in people.values() if p.detected == "public")
    assert "publiek:rol:minister" in minister.evidence or "publiek:rol:staatssecretaris" in minister.evidence
    as_json = json.loads(redact_cli("persons", work, "--json").stdout)
    assert {"name", "variants", "documents", "occurrences", "status", "evidence"} <= set(as_json[0])
    assert as_json[0]["occurrences"] >= as_json[-1]["occurrences"]  # most occurrences first


def test_keep_a_person_everywhere_then_apply(dossier: tuple[Path, Path], tmp_path: Path) -> None:
    _, work = dossier
    r = redact_cli("decide", work, "--keep-person", "J. van der Steen", "--by", BY, "--reason", "woordvoerder")
    assert r.returncode == ExitCode.OK, r.stderr
    assert "2 document(s)" in r.stdout
    persons_file = work / PERSONS_FILE
    assert stat.S_IMODE(persons_file.stat().st_mode) == 0o600
    done = apply_review(work, tmp_path / "out", approve_pending_by=BY)
    assert done.count("ok") == 3
    for name in ("nota-a.pdf", "nota-b.pdf"):
        for tool, text in texts(tmp_path / "out" / name).items():
            assert count("Jordy van der Steen", text) == 2, tool  # the person stays, at every variant
            assert count("J. van der Steen", text) == 1, tool
            assert count("R. van der Velde-Kramer", text) == 0, tool  # the others still go
    rs = ReviewSet.load(work / "nota-a.review.json")
    kept = [p for p in rs.proposals if p.person == "van der steen" and p.category == "NAAM"]
    assert kept and all(p.status == "rejected" and p.by == BY and p.reason.startswith("[persoon]") for p in kept)


def test_redact_a_public_person_and_a_later_document_follows(dossier: tuple[Path, Path], tmp_path: Path) -> None:
    inputs, work = dossier
    minister = next(p for p in list_persons(work) if p.detected == "public")
    name = minister.name
    decide_person(work, name, "redact", by=BY, reason="treedt hier op als privépersoon")
    apply_review(work, tmp_path / "out", approve_pending_by=BY)
    for pdf in (tmp_path / "out").glob("*.pdf"):
        assert count(name, _text(pdf)) == 0, pdf.name
    # a document proposed into the work folder later gets the dossier's decision too
    shutil.copy(SAMPLES / "01-nota.pdf", inputs / "nota-c.pdf")
    propose_review([inputs], work)
    later = ReviewSet.load(work / "nota-c.review.json")
    mine = [p for p in later.proposals if p.text.strip() in minister.variants]
    assert mine and all(p.status == "approved" and p.by == BY for p in mine)


def test_a_reviewers_own_decision_on_one_mention_stands(dossier: tuple[Path, Path]) -> None:
    _, work = dossier
    rs = ReviewSet.load(work / "nota-a.review.json")
    one = next(p for p in rs.proposals if p.text == "Jordy van der Steen")
    rs.approve(one.id, by="C. Controleur", reason="hier als burger")
    rs.save()
    decide_person(work, "Jordy van der Steen", "keep", by=BY)
    again = ReviewSet.load(work / "nota-a.review.json")
    assert again.get(one.id).status == "approved" and again.get(one.id).by == "C. Controleur"


def test_merge_split_and_export(dossier: tuple[Path, Path], tmp_path: Path) -> None:
    _, work = dossier
    new = split_person(work, "Van der Steen", by=BY, document="mail.pdf")  # another Van der Steen
    people = {p.id: p for p in list_persons(work)}
    assert {m.document for m in people[new].mentions} == {"mail.pdf"}
    assert "mail.pdf" not in {m.document for m in people["van der steen|j"].mentions}
    a, b = people[new], people["van der steen|j"]
    target = merge_persons(work, a.id, b.id, by=BY, reason="toch dezelfde persoon")
    merged = next(p for p in list_persons(work) if p.id == target)
    assert target == b.id and merged.occurrences == a.occurrences + b.occurrences
    with pytest.raises(UsageError, match="no person"):
        decide_person(work, "Niemand Bestaatniet", "keep", by=BY)
    decide_person(work, "J. van der Steen", "keep", by=BY)
    out = tmp_path / "public.yaml"
    n = export_public(work, out)
    names = {p.name for p in read_public_list(out)}  # the format --public-list reads
    assert n == len(names) and "Jordy van der Steen" in names
    history = json.loads((work / PERSONS_FILE).read_text())["history"]
    assert [h["action"] for h in history] == ["split", "merge", "decide"]


def test_an_unreadable_persons_file_is_refused(dossier: tuple[Path, Path]) -> None:
    _, work = dossier
    (work / PERSONS_FILE).write_text("{not json", encoding="utf-8")
    r = redact_cli("persons", work)
    assert r.returncode == ExitCode.INPUT and "persons file cannot be read" in r.stderr


def test_kept_public_mentions_are_in_the_review_file_and_never_burnt(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    src = make_pdf(tmp_path / "in" / "brief.pdf", ["De wethouder Jan de Vries opende de vergadering.",
                                                    "Contactpersoon: Piet Jansen, beleidsmedewerker"])
    propose_review([src], tmp_path / "work")
    rs = ReviewSet.load(tmp_path / "work" / "brief.review.json")
    kept = [p for p in rs.proposals if p.by == "redact propose"]
    assert [p.text for p in kept] == ["Jan de Vries"] and kept[0].status == "rejected"
    assert kept[0].reason == "openbaar: publiek:rol:wethouder"
    apply_review(tmp_path / "work", tmp_path / "out", approve_pending_by=BY)
    text = _text(tmp_path / "out" / "brief.pdf")
    assert "Jan de Vries" in text and "Piet Jansen" not in text
