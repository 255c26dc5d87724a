"""Which documents a batch covers, in which order, and where their outputs go.

Guarantees:
- inputs are files (taken as given, even when they are not PDFs: they fail with a clear reason),
  folders (searched recursively; hidden files and folders are skipped; a file is a PDF when its
  content says so, whatever its extension, or when it is called ``*.pdf``) and list files (one path
  per line, relative to the current folder; blank lines and ``#`` comments skipped);
- the order is stable: inputs in the order given, each folder's files in natural order of their
  path (``2.pdf`` before ``10.pdf``); ``Item.number`` (1, 2, …) is the document's ID in the
  inventory list; the same file given twice is taken once;
- every document gets its own output path under OUT (its path relative to the folder it was found
  in, or its file name); when two would share one, each of them gets its path relative to their
  common folder; if they still clash the batch is refused;
- OUT may not be an input folder, lie inside one, or contain an input, unless the caller allows it
  explicitly; even then OUT's own files are never taken as inputs and OUT may not equal an input
  folder (outputs would replace inputs).
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from redact.errors import UsageError

_SNIFF = 1024
_DIGITS = re.compile(r"(\d+)")


@dataclass(frozen=True, slots=True)
class Item:
    """One document of a batch: its source, its path under OUT (before the ``.pdf`` suffix is
    enforced) and its number (the ID in the inventory list)."""

    source: Path
    relative: Path
    number: int = 0


def _natural(path: Path) -> tuple[tuple[tuple[int | str, ...], str], ...]:
    """Sort key: natural order per path component (case-insensitive), ties broken by the exact name."""
    key = []
    for part in path.parts:
        pieces = _DIGITS.split(part)
        key.append((tuple(int(p) if i % 2 else p.casefold() for i, p in enumerate(pieces)), part))
    return tuple(key)


def sniff_pdf(path: Path) -> bool:
    """True when the file's first kilobyte holds a ``%PDF-`` header."""
    try:
        with path.open("rb") as fh:
            return b"%PDF-" in fh.read(_SNIFF)
    except OSError:
        return False


def read_list(path: Path) -> list[str]:
    """The paths in a list file (``--from-list``): one per line, blank lines and ``#`` comments skipped."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as e:
        raise UsageError(f"cannot read list file {path}: {e.strerror or e}") from e
    except UnicodeDecodeError as e:
        raise UsageError(f"list file {path} is not UTF-8 text") from e
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _inside(child: Path, parent: Path) -> bool:
    return child == parent or parent in child.parents


def check_output_dir(inputs: Sequence[str | Path], out_dir: Path, *, allow_nested: bool = False) -> None:
    """Refuse an OUT that would mix outputs and inputs (see the module's guarantees)."""
    out = out_dir.resolve()
    for raw in inputs:
        p = Path(raw).resolve()
        if p.is_dir():
            if out == p:
                raise UsageError(f"output folder {out_dir} is input folder {raw}: outputs would replace "
                                 "inputs; choose another -o")
            if _inside(out, p) and not allow_nested:
                raise UsageError(f"output folder {out_dir} lies inside input folder {raw}; choose another -o "
                                 "(or pass --allow-nested-output)")
        if _inside(p, out) and not allow_nested:
            raise UsageError(f"input {raw} lies inside output folder {out_dir}; choose another -o "
                             "(or pass --allow-nested-output)")


def discover(inputs: Sequence[str | Path], *, exclude: Path | None = None) -> list[Item]:
    """The batch's documents, numbered, with unique output paths (see the module's guarantees)."""
    skip = exclude.resolve() if exclude is not None else None
    items: list[Item] = []
    seen: set[Path] = set()

    def add(source: Path, relative: Path) -> None:
        key = source.resolve()
        if key not in seen:
            seen.add(key)
            items.append(Item(source, relative, len(items) + 1))

    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            found: list[Path] = []
            for dirpath, dirnames, filenames in os.walk(p):
                here = Path(dirpath)
                dirnames[:] = [d for d in dirnames if not d.startswith(".")
                               and (skip is None or not _inside((here / d).resolve(), skip))]
                found.extend(here / f for f in filenames if not f.startswith("."))
            for f in sorted(found, key=lambda q: _natural(q.relative_to(p))):
                if f.is_file() and (f.suffix.lower() == ".pdf" or sniff_pdf(f)):
                    add(f, f.relative_to(p))
        else:
            add(p, Path(p.name))
    return _unique_outputs(items)


def output_relative(item: Item) -> Path:
    """The output's path under OUT: the item's relative path, with a ``.pdf`` suffix."""
    rel = item.relative
    return rel if rel.suffix.lower() == ".pdf" else rel.with_name(rel.name + ".pdf")


def _unique_outputs(items: list[Item]) -> list[Item]:
    groups: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        groups[output_relative(item).as_posix()].append(i)
    for idxs in groups.values():
        if len(idxs) < 2:
            continue
        sources = [items[i].source.resolve() for i in idxs]
        common = Path(os.path.commonpath([str(s.parent) for s in sources]))
        for i, s in zip(idxs, sources, strict=True):
            items[i] = replace(items[i], relative=s.relative_to(common))
    final: dict[str, Item] = {}
    for item in items:
        key = output_relative(item).as_posix()
        if key in final:
            raise UsageError(f"{final[key].source} and {item.source} would both be written to {key}; "
                             "run them in separate batches")
        final[key] = item
    return items
