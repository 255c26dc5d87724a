"""File I/O every layer shares: atomic writes, content hashes, appends, leftovers of killed writers.

Guarantees:
- ``write_atomic`` writes to a temp file in the destination's folder (``.<name>.<random>.part``),
  fsyncs it, sets its mode and renames it over the destination: a reader sees the old file or the
  new one, never a part; a failure removes the temp file and raises ``OutputError`` naming the path;
- ``atomic_path`` is the mechanism, for a writer that needs a path (MuPDF saving a long document straight
  to disk; ``write_atomic`` itself): the temp file becomes ``dst`` only when the block ends without an
  error, else it is removed;
- ``write_if_changed`` does not touch a file that already holds exactly the bytes (a re-run that
  changes nothing leaves modification times alone);
- ``remove_partials`` deletes only the temp files ``write_atomic`` makes for one destination;
- ``sha256_file`` never raises: an unreadable file hashes to ``""`` (callers then redo or refuse).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from redact.errors import OutputError

__all__ = ["append_line", "atomic_path", "remove_partials", "sha256_file", "write_atomic", "write_if_changed"]


@contextlib.contextmanager
def atomic_path(dst: Path, mode: int = 0o644, *, durable: bool = True) -> Iterator[Path]:
    """A temp file in ``dst``'s folder (``.<name>.<random>.part``, which ``remove_partials`` finds) for
    the block to write and check; when the block ends without an error it is fsynced (unless not
    ``durable``), given ``mode`` and renamed over ``dst``, otherwise removed. An ``OSError`` becomes
    ``OutputError`` naming ``dst``."""
    try:
        dst.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{dst.name}.", suffix=".part", dir=dst.parent)
        os.close(fd)
    except OSError as e:
        raise OutputError(dst, e.strerror or str(e)) from e
    tmp = Path(name)
    try:
        yield tmp
        if durable:
            fd = os.open(tmp, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        os.chmod(tmp, mode)
        os.replace(tmp, dst)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise OutputError(dst, e.strerror or str(e)) from e
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(dst: Path, data: bytes, mode: int = 0o644, *, durable: bool = True) -> None:
    """Write ``data`` to ``dst`` via a temp file in the same folder and a rename (``atomic_path``).
    ``durable=False`` skips the fsync: after an OS crash ``dst`` may then be empty or short, so only for
    files whose size the caller records and checks before trusting them (the batch's log fragments)."""
    with atomic_path(dst, mode, durable=durable) as tmp:
        tmp.write_bytes(data)


def write_if_changed(dst: Path, data: bytes, mode: int = 0o644) -> bool:
    """``write_atomic`` unless ``dst`` already holds exactly ``data`` (a re-run with nothing new);
    True when it wrote."""
    try:
        if dst.stat().st_size == len(data) and dst.read_bytes() == data:
            return False
    except OSError:
        pass
    write_atomic(dst, data, mode)
    return True


def remove_partials(dst: str | os.PathLike[str]) -> None:
    """Delete the temp files ``write_atomic`` leaves for ``dst`` when its process is killed mid-write."""
    path = Path(dst)
    try:
        for tmp in path.parent.glob(f".{path.name}.*.part"):
            tmp.unlink(missing_ok=True)
    except OSError:
        pass


def append_line(path: Path, text: str, mode: int = 0o600) -> None:
    """Append ``text`` with one write (created with ``mode``). No fsync: callers append only what can
    be derived again (a lost or torn line after an OS crash means a document is redone)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, mode)
    with os.fdopen(fd, "a", encoding="utf-8") as fh:
        fh.write(text)


def sha256_file(path: Path) -> str:
    """SHA-256 of a file, read in 1 MiB chunks; "" when it cannot be read (the caller then redoes or
    refuses the document, never trusts it)."""
    h = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return ""
    return h.hexdigest()
