"""Discovery: files, folders, list files; stable numbering; unique outputs; OUT never mixes with inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.batch.inputs import check_output_dir, discover, output_relative, read_list
from redact.errors import UsageError
from tests.conftest import make_pdf


def _pdf(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return make_pdf(path, ["Nota over het beleid"])


def test_folder_recursive_natural_order_every_file_hidden_skipped(tmp_path: Path) -> None:
    """Every file of a folder is an input (a text file too: it is converted, or fails with a reason);
    hidden files and folders are skipped."""
    d = tmp_path / "dossier"
    _pdf(d / "10.pdf")
    _pdf(d / "2.pdf")
    _pdf(d / "sub" / "1.pdf")
    _pdf(d / "scan-zonder-extensie")  # a PDF by content
    _pdf(d / "Bijlage.PDF")
    _pdf(d / ".verborgen.pdf")
    _pdf(d / ".git" / "x.pdf")
    (d / "notities.txt").write_text("geen pdf")
    items = discover([d])
    assert [i.relative.as_posix() for i in items] == [
        "2.pdf", "10.pdf", "Bijlage.PDF", "notities.txt", "scan-zonder-extensie", "sub/1.pdf"]
    assert [i.number for i in items] == [1, 2, 3, 4, 5, 6]
    assert output_relative(items[3]).as_posix() == "notities.pdf"
    assert output_relative(items[4]).as_posix() == "scan-zonder-extensie.pdf"
    assert discover([d]) == items  # stable


def test_redactignore_leaves_out_what_it_lists_and_says_so(tmp_path: Path) -> None:
    d = tmp_path / "dossier"
    _pdf(d / "a.pdf")
    _pdf(d / "sub" / "b.pdf")
    _pdf(d / "sub" / "concept" / "c.pdf")
    (d / "a.expected.yaml").write_text("x")
    (d / "sub" / "notes.md").write_text("x")
    (d / ".redactignore").write_text("# niet publiceren\n*.yaml\nsub/concept/\n", encoding="utf-8")
    (d / "sub" / ".redactignore").write_text("*.md\n", encoding="utf-8")
    left_out: list[Path] = []
    items = discover([d], ignored=left_out)
    assert [i.relative.as_posix() for i in items] == ["a.pdf", "sub/b.pdf"]
    assert sorted(p.relative_to(d).as_posix() for p in left_out) == [
        "a.expected.yaml", "sub/concept/c.pdf", "sub/notes.md"]


def test_converted_output_keeps_its_whole_name_when_the_short_one_is_taken(tmp_path: Path) -> None:
    d = tmp_path / "dossier"
    _pdf(d / "brief.pdf")
    (d / "brief.docx").write_bytes(b"x")
    (d / "memo.docx").write_bytes(b"x")
    outs = sorted(output_relative(i).as_posix() for i in discover([d]))
    assert outs == ["brief.docx.pdf", "brief.pdf", "memo.pdf"]


def test_files_then_list_in_given_order_duplicates_once(tmp_path: Path) -> None:
    a, b, c = (_pdf(tmp_path / n) for n in ("a.pdf", "b.pdf", "c.pdf"))
    lst = tmp_path / "lijst.txt"
    lst.write_text(f"# documenten voor besluit 12\n{c}\n\n{a}\n  {b}  \n", encoding="utf-8")
    assert read_list(lst) == [str(c), str(a), str(b)]
    items = discover([b, *read_list(lst)])
    assert [i.source.name for i in items] == ["b.pdf", "c.pdf", "a.pdf"]
    assert [i.number for i in items] == [1, 2, 3]


def test_missing_file_is_kept_to_fail_later(tmp_path: Path) -> None:
    items = discover([tmp_path / "weg.pdf"])
    assert len(items) == 1 and items[0].relative == Path("weg.pdf")


def test_same_name_in_two_folders_gets_distinct_outputs(tmp_path: Path) -> None:
    one = _pdf(tmp_path / "mail1" / "bijlage.pdf")
    two = _pdf(tmp_path / "mail2" / "bijlage.pdf")
    items = discover([one, two])
    assert [i.relative.as_posix() for i in items] == ["mail1/bijlage.pdf", "mail2/bijlage.pdf"]
    folders = discover([tmp_path / "mail1", tmp_path / "mail2"])
    assert [i.relative.as_posix() for i in folders] == ["mail1/bijlage.pdf", "mail2/bijlage.pdf"]


def test_output_inside_or_equal_to_input_refused(tmp_path: Path) -> None:
    d = tmp_path / "docs"
    _pdf(d / "a.pdf")
    with pytest.raises(UsageError, match="inside input folder"):
        check_output_dir([d], d / "out")
    with pytest.raises(UsageError, match="outputs would replace"):
        check_output_dir([d], d, allow_nested=True)
    with pytest.raises(UsageError, match="inside output folder"):
        check_output_dir([d / "a.pdf"], d)
    check_output_dir([d], tmp_path / "out")


def test_allowed_nested_output_is_never_taken_as_input(tmp_path: Path) -> None:
    d = tmp_path / "docs"
    _pdf(d / "a.pdf")
    _pdf(d / "out" / "a.pdf")  # an output of an earlier run
    check_output_dir([d], d / "out", allow_nested=True)
    items = discover([d], exclude=d / "out")
    assert [i.relative.as_posix() for i in items] == ["a.pdf"]
