"""Which documents a batch covers, in which order, and where their outputs go.

Guarantees:
- inputs are files (taken as given), folders (searched recursively; every file is taken — PDFs,
  e-mails, Office files, images, anything else, which then fails with a clear reason in ``errors.csv``:
  nothing is ignored silently; hidden files and folders are skipped, and so is what a ``.redactignore``
  file in a folder lists, counted and reported) and list files (one path per line, relative to the
  current folder; blank lines and ``#`` comments skipped);
- the order is stable: inputs in the order given, each folder's files in natural order of their
  path (``2.pdf`` before ``10.pdf``); ``Item.number`` (1, 2, …) is the document's ID in the
  inventory list; the same file given twice is taken once;
- every document gets its own output path under OUT (its path relative to the folder it was found
  in, or its file name), ending in ``.pdf``: a file to convert (``bericht.eml``) becomes ``bericht.pdf``,
  or ``bericht.eml.pdf`` when that name is taken; when two would share one, each of them gets its
  path relative to their common folder; if they still clash the batch is refused. The attachments of a
  message are written next to it (``redact.batch.dossier``);
- OUT may not be an input folder, lie inside one, or contain an input, unless the caller allows it
  explicitly; even then OUT's own files are never taken as inputs and OUT may not equal an input
  folder (outputs would replace inputs).
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from redact.errors import UsageError

_SNIFF = 1024
_DIGITS = re.compile(r"(\d+)")


CONVERTIBLE = frozenset({
    ".eml", ".msg", ".docx", ".doc", ".odt", ".rtf", ".xlsx", ".xls", ".ods", ".csv", ".pptx", ".ppt", ".odp",
    ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".txt",
})  # suffixes whose output is named <stem>.pdf (other files keep their whole name: <name>.pdf)


@dataclass(frozen=True, slots=True)
class Item:
    """One document of a batch: the PDF the pipeline reads (``source``), its path under OUT (before the
    ``.pdf`` suffix is enforced) and its number (the ID in the inventory list).

    For a file converted to PDF (``redact.batch.dossier``): ``origin`` is the input file it comes from,
    ``parent`` the ID of the message it is attached to, ``kind`` what it was (``eml``, ``docx`` …),
    ``warnings`` what conversion reports, ``failure`` (message, reason) when it could not be converted,
    ``renamed`` the attachment's original name when that held personal data (confidential: only its
    hash is logged)."""

    source: Path
    relative: Path
    number: int = 0
    origin: Path | None = None
    parent: int | None = None
    kind: str = "pdf"
    warnings: tuple[str, ...] = ()
    failure: tuple[str, str] | None = None
    renamed: str = ""
    whole_name: bool = False  # the output keeps the whole input name (<name>.pdf): <stem>.pdf was taken

    @property
    def label(self) -> Path:
        """How messages name the document: the input file; for an attachment the message's input file
        and the attachment's output path (neutral when its name held personal data)."""
        if self.origin is None:
            return self.source
        if self.parent is None:
            return self.origin
        return Path(f"{self.origin} ({self.relative.as_posix()})")


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


IGNORE_FILE = ".redactignore"


def _ignore_patterns(folder: Path) -> list[str]:
    """The patterns of ``folder/.redactignore``: one per line, ``#`` comments and blank lines skipped."""
    try:
        text = (folder / IGNORE_FILE).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as e:
        raise UsageError(f"cannot read {folder / IGNORE_FILE}: {e}") from e
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _ignored(relative: str, is_dir: bool, rules: Sequence[tuple[str, list[str]]]) -> bool:
    """Whether a path (POSIX, relative to the input folder) matches a ``.redactignore`` rule: a pattern
    without ``/`` matches a name anywhere below its file's folder, one with ``/`` the path relative to
    that folder; a trailing ``/`` matches folders only."""
    for base, patterns in rules:
        if base and not relative.startswith(base + "/"):
            continue
        rel = relative[len(base) + 1:] if base else relative
        name = rel.rsplit("/", 1)[-1]
        for pat in patterns:
            dir_only = pat.endswith("/")
            pat = pat.rstrip("/")
            if dir_only and not is_dir:
                continue
            if fnmatch.fnmatchcase(rel, pat.lstrip("/")) if "/" in pat else fnmatch.fnmatchcase(name, pat):
                return True
    return False


def discover(inputs: Sequence[str | Path], *, exclude: Path | None = None,
             ignored: list[Path] | None = None) -> list[Item]:
    """The batch's documents, numbered, with unique output paths (see the module's guarantees). Files left
    out by a ``.redactignore`` are appended to ``ignored`` when given."""
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
            rules: list[tuple[str, list[str]]] = []
            for dirpath, dirnames, filenames in os.walk(p):
                here = Path(dirpath)
                base = here.relative_to(p).as_posix().strip(".")
                patterns = _ignore_patterns(here)
                if patterns:
                    rules.append((base, patterns))

                def rel(name: str, base: str = base) -> str:
                    return f"{base}/{name}" if base else name

                for d in [d for d in dirnames if not d.startswith(".") and _ignored(rel(d), True, rules)]:
                    if ignored is not None:
                        ignored.extend(Path(r, f) for r, _, fs in os.walk(here / d) for f in fs)
                dirnames[:] = [d for d in dirnames if not d.startswith(".")
                               and (skip is None or not _inside((here / d).resolve(), skip))
                               and not _ignored(rel(d), True, rules)]
                for fname in filenames:
                    if fname.startswith("."):
                        continue
                    if _ignored(rel(fname), False, rules):
                        if ignored is not None:
                            ignored.append(here / fname)
                    else:
                        found.append(here / fname)
            for f in sorted(found, key=lambda q: _natural(q.relative_to(p))):
                if f.is_file():
                    add(f, f.relative_to(p))
        else:
            add(p, Path(p.name))
    return _unique_outputs(items)


def output_relative(item: Item) -> Path:
    """The output's path under OUT: the item's relative path, with a ``.pdf`` suffix (see the module's
    guarantees)."""
    rel = item.relative
    suffix = rel.suffix.lower()
    if suffix == ".pdf":
        return rel
    if suffix in CONVERTIBLE and not item.whole_name:
        return rel.with_suffix(".pdf")
    return rel.with_name(rel.name + ".pdf")


def _unique_outputs(items: list[Item]) -> list[Item]:
    groups: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        groups[output_relative(item).as_posix()].append(i)
    for idxs in groups.values():  # bericht.eml next to bericht.pdf: the converted one keeps its whole name
        if len(idxs) > 1:
            for i in idxs:
                if items[i].relative.suffix.lower() in CONVERTIBLE:
                    items[i] = replace(items[i], whole_name=True)
    groups = defaultdict(list)
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
