"""Fixtures of the batch tests: a small set of generated Woo documents and helpers to compare runs."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import SAMPLES

SALT = "00112233445566778899aabbccddeeff"


def load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("redact_samples_generate", SAMPLES / "generate.py")
    assert spec is not None and spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    return gen


def generate_docs(out: Path, count: int, seed: int = 300) -> list[Path]:
    """``count`` generated documents (all kinds in turn), named ``NNN-kind.pdf``. A seed the generator
    cannot satisfy is skipped (the generator redraws within limits and may give up)."""
    gen = load_generator()
    out.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    s = seed
    while len(made) < count:
        kind = gen.KINDS[len(made) % len(gen.KINDS)]
        try:
            pdf, yaml_file = gen.generate(kind, s, out, name=f"{len(made) + 1:03d}-{kind}")
        except RuntimeError:
            s += 1
            continue
        yaml_file.unlink()
        made.append(pdf)
        s += 1
    return made


@pytest.fixture(scope="session")
def doc_set(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of 8 generated documents (read-only for the tests: copy it to modify it)."""
    folder = tmp_path_factory.mktemp("docs")
    generate_docs(folder, 8)
    return folder


def with_salt(out: Path) -> Path:
    """Give an output folder a fixed log salt, so that two runs into different folders can be
    compared byte for byte (the salt is otherwise random per folder)."""
    out.mkdir(parents=True, exist_ok=True)
    (out / ".redact-salt").write_text(SALT)
    (out / ".redact-salt").chmod(0o600)
    return out


def published_files(out: Path) -> dict[str, bytes]:
    """Every file of an output folder except the private state (``.redact/``, the salt)."""
    files = {}
    for p in sorted(out.rglob("*")):
        rel = p.relative_to(out).as_posix()
        if p.is_file() and not rel.startswith(".redact"):
            files[rel] = p.read_bytes()
    return files


def copy_docs(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst
