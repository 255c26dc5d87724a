from __future__ import annotations

from pathlib import Path

import pytest

import redact.convert as convert_pkg
from redact.convert import cache, convert_bytes
from tests.convert.conftest import make_eml


def test_second_run_comes_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = make_eml()
    first = convert_bytes(data, "a.eml", cache_dir=tmp_path)
    entries = list(tmp_path.glob("*/*/meta.json"))
    assert len(entries) == 1 and not list(tmp_path.glob("*/.tmp-*"))
    assert (entries[0].parent.stat().st_mode & 0o777) == 0o700

    def boom(*args: object) -> None:
        raise AssertionError("converted again")

    monkeypatch.setattr(convert_pkg, "_convert", boom)
    second = convert_bytes(data, "a.eml", cache_dir=tmp_path, name_is_personal=lambda n: "Piet" in n)
    assert second.pdf == first.pdf and second.warnings == first.warnings
    assert [c.data for c in second.children] == [c.data for c in first.children]
    assert second.children[1].output_name == "bijlage-2.docx"  # the hook applies after the cache


def test_damaged_entry_is_a_miss(tmp_path: Path) -> None:
    data = make_eml(nested=False)
    first = convert_bytes(data, cache_dir=tmp_path)
    (pdf,) = tmp_path.glob("*/*/out.pdf")
    pdf.write_bytes(b"%PDF-1.7 tampered")
    key = cache.key(first.source_sha256, convert_pkg.CONVERTER_VERSION)
    assert cache.load(tmp_path, key) is None
    assert convert_bytes(data, cache_dir=tmp_path).pdf == first.pdf


def test_version_is_part_of_the_key() -> None:
    assert cache.key("ab", "1") != cache.key("ab", "2")
