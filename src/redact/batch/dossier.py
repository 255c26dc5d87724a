"""A dossier as it arrives: files of any kind turned into documents the pipeline redacts.

``convert_job(task)`` (run in a worker, see ``redact.execution``) converts one input file with
``redact.convert`` and, for a message, each attachment in turn (recursively: a message attached to a
message); every resulting PDF is stored content-addressed in ``store`` and the conversion itself in
the cache, so a resumed run converts nothing again. ``expand(items, nodes)`` flattens the inputs and
their families into the batch's documents: a message is followed by its attachments, depth first, so a
family keeps consecutive IDs, and each attachment is written next to its parent
(``mail/bericht-01.pdf`` → ``mail/bericht-01.bijlagen/notitie-1.pdf``).

Guarantees:
- nothing is ignored silently: a file that cannot be converted (unsupported type, password-protected,
  corrupt mail, converter failure) becomes a document with a ``failure`` (message, reason), which the
  batch writes to ``errors.csv``; its attachments, if any were read, still follow;
- an attachment's file name that holds personal data (the detector finds something in it) is replaced by
  a neutral one (``bijlage-2.pdf``); the original name is kept only in memory, for the log's salted hash;
- the same inputs give the same documents, IDs and output paths, whatever the number of workers;
- a family is at most ``MAX_DEPTH`` levels deep and ``MAX_CHILDREN`` attachments large (deeper or more
  is a failure of that document, never a hang).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from redact.batch.inputs import Item, output_relative
from redact.errors import DocumentFailedError, InputError, RedactError
from redact.files import write_atomic

if TYPE_CHECKING:
    from redact.pipeline.document import DocumentReport

MAX_DEPTH = 8
MAX_CHILDREN = 500
CONVERSION_SECONDS = 120.0

__all__ = ["ConvertTask", "Node", "convert_job", "expand", "needs_conversion", "redact_one"]


@dataclass(frozen=True, slots=True)
class ConvertTask:
    """One input file to convert: where converted PDFs and the conversion cache go, the rules whose
    detector judges attachment names."""

    number: int
    source: Path
    store: Path
    cache: Path
    rules_version: str
    time_limit: float = CONVERSION_SECONDS


@dataclass(frozen=True, slots=True)
class Node:
    """A converted file: its PDF in the store (``None`` when it failed), what it was, the conversion's
    warnings, the failure (message, reason), and its attachments. For an attachment: ``name`` is its
    output file name (neutral when renamed) and ``renamed`` the original name it replaced."""

    pdf: Path | None
    kind: str
    warnings: tuple[str, ...] = ()
    failure: tuple[str, str] | None = None
    name: str = ""
    renamed: str = ""
    children: tuple[Node, ...] = ()


def needs_conversion(path: Path) -> bool:
    """False for a PDF (by content), and for a file called ``*.pdf`` whose content is of no known type
    (the PDF triage then says precisely what is wrong with it: not a PDF, truncated, empty …); true for
    anything else."""
    try:
        with path.open("rb") as fh:  # a PDF is known by its first kilobyte: never read a big one whole here
            if b"%PDF-" in fh.read(1024):
                return False
        from redact.convert import Kind, sniff  # only now: importing the converters costs ≈ 0.3 s

        kind = sniff(path)
    except OSError:
        return False  # missing or unreadable: the PDF triage names the file and the reason
    except RedactError:
        return path.suffix.lower() != ".pdf"  # the conversion reports what is wrong with it
    return kind is not Kind.PDF and not (kind is Kind.UNKNOWN and path.suffix.lower() == ".pdf")


def _failure(e: RedactError) -> tuple[str, str]:
    return str(e), e.reason if isinstance(e, InputError) else type(e).__name__


def _personal_name(rules_version: str) -> Callable[[str], bool]:
    """The hook that decides whether an attachment's name holds personal data: the detector's verdict
    on the name's stem read as text (separators as spaces)."""
    from redact.batch.tasks import rules_for
    from redact.pipeline.detect import get_detector

    detector = get_detector(rules_for(rules_version))

    def personal(name: str) -> bool:
        text = re.sub(r"[_.\-+]+", " ", PurePath(name).stem).strip()
        return bool(text) and bool(detector.analyze(text))

    return personal


def _store(store: Path, pdf: bytes) -> Path:
    path = store / f"{hashlib.sha256(pdf).hexdigest()[:40]}.pdf"
    if not path.is_file() or path.stat().st_size != len(pdf):
        write_atomic(path, pdf, mode=0o600)
    return path


def convert_job(task: ConvertTask) -> Node:
    """Convert ``task.source`` and its attachments (see the module's guarantees)."""
    from redact.convert import Child, convert, convert_child

    hook = _personal_name(task.rules_version)
    budget = [MAX_CHILDREN]

    def node(what: Child | None, depth: int) -> Node:
        name = what.pdf_name if what is not None else ""
        renamed = what.original_name if what is not None and what.renamed else ""
        try:
            conv = (convert(task.source, cache_dir=task.cache, time_limit=task.time_limit, name_is_personal=hook)
                    if what is None else
                    convert_child(what, task.source, cache_dir=task.cache, time_limit=task.time_limit,
                                  name_is_personal=hook))
        except RedactError as e:
            return Node(None, what.kind.value if what is not None else "unknown", failure=_failure(e), name=name,
                        renamed=renamed)
        children: list[Node] = []
        for child in conv.children:
            budget[0] -= 1
            if depth + 1 >= MAX_DEPTH or budget[0] < 0:
                children.append(Node(None, child.kind.value, name=child.pdf_name,
                                     renamed=child.original_name if child.renamed else "",
                                     failure=(f"{task.source}: attachments nested too deeply or too many (more "
                                              f"than {MAX_DEPTH} levels or {MAX_CHILDREN} files); split the "
                                              "message", "too-many-attachments")))
            else:
                children.append(node(child, depth + 1))
        return Node(_store(task.store, conv.pdf), conv.kind.value, conv.warnings, None, name, renamed,
                    tuple(children))

    return node(None, 0)


def expand(items: Sequence[Item], nodes: Mapping[int, Node]) -> list[Item]:
    """The batch's documents: ``items`` (numbered as discovered) with each converted item (its ``Node``
    in ``nodes``, by number) replaced by its PDF and followed by its attachments; IDs renumbered so
    that a family's IDs are consecutive."""
    out: list[Item] = []

    def add(item: Item, node: Node, origin: Path, parent: int | None) -> None:
        number = len(out) + 1
        out.append(replace(item, source=node.pdf if node.pdf is not None else origin, number=number, origin=origin,
                           parent=parent, kind=node.kind, warnings=node.warnings, failure=node.failure,
                           renamed=node.renamed))
        folder = output_relative(out[-1]).with_suffix(".bijlagen")
        taken: set[str] = set()
        for child in node.children:
            name = child.name or f"bijlage-{len(taken) + 1}.pdf"
            if name.lower() in taken:  # two attachments of the same name: the later ones get a number
                stem = PurePath(name).stem
                k = 2
                while f"{stem}-{k}.pdf".lower() in taken:
                    k += 1
                name = f"{stem}-{k}.pdf"
            taken.add(name.lower())
            add(Item(origin, folder / name), child, origin, number)

    for item in items:
        node = nodes.get(item.number)
        if node is None:
            out.append(replace(item, number=len(out) + 1))
        else:
            add(item, node, item.source, None)
    return out


def redact_one(src: Path, dst: Path, run: Callable[[Path, Path], DocumentReport], rules_version: str) -> DocumentReport:
    """``src`` of any kind redacted into ``dst`` (``api.redact_file``): converted in a temporary folder, its
    attachments redacted into ``<dst stem>.bijlagen/`` next to it (recursively) by ``run(pdf, out)``.
    Returns the report of ``src`` itself; when an attachment fails, the others are still done and its
    error is raised at the end (the outputs written are verified ones)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="redact-convert-") as tmp:
        node = convert_job(ConvertTask(0, src, Path(tmp) / "store", Path(tmp) / "cache", rules_version))
        items = expand([Item(src, Path(dst.name), 1)], {1: node})
        first: RedactError | None = None
        top: DocumentReport | None = None
        for item in items:
            out = dst if item.parent is None else dst.parent / output_relative(item)
            try:
                if item.failure is not None:
                    raise DocumentFailedError(item.label, *item.failure)
                rep = run(item.source, out)
            except RedactError as e:
                if item.parent is None:
                    raise
                first = first or e
                continue
            if item.parent is None:
                top = rep
        if first is not None:
            raise first
        assert top is not None
        return top
