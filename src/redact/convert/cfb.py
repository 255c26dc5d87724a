"""Write a compound file (MS-CFB, version 3): used to turn a message embedded in a ``.msg`` into a
stand-alone ``.msg`` file, so that an attached message is a document of its own, byte for byte its
streams.

Guarantees: the file has 512-byte sectors, a 4096-byte mini stream cut-off, FAT, mini FAT and DIFAT as
the specification requires (any size), and a directory whose siblings form a binary search tree in the
specification's order (name length, then upper-case name); it is read back by ``olefile``. The same
tree gives the same bytes (no time stamps, no CLSIDs).

Limits: all directory nodes are black (readers do not check the colours); names longer than 31
characters are refused (``ValueError``), as in the specification.
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass, field

Tree = dict[str, "bytes | Tree"]

_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SECTOR = 512
_MINI = 64
_CUTOFF = 4096
_FREE, _END, _FATSECT, _DIFSECT, _NONE = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFC, 0xFFFFFFFF


@dataclass
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    data: bytes = b""
    children: list[int] = field(default_factory=list)
    left: int = _NONE
    right: int = _NONE
    child: int = _NONE
    start: int = _END
    size: int = 0


def _key(name: str) -> tuple[int, str]:
    return (len(name.encode("utf-16-le")), name.upper())


def build(tree: Tree) -> bytes:
    """The bytes of a compound file holding ``tree`` (a storage is a dict, a stream is bytes)."""
    entries = [_Entry("Root Entry", 5)]

    def add(parent: int, sub: Tree) -> None:
        for name, value in sub.items():
            if len(name) > 31:
                raise ValueError("compound file names are at most 31 characters")
            entries.append(_Entry(name, 1 if isinstance(value, dict) else 2,
                                  value if isinstance(value, bytes) else b""))
            idx = len(entries) - 1
            entries[parent].children.append(idx)
            if isinstance(value, dict):
                add(idx, value)

    add(0, tree)
    for entry in entries:
        kids = sorted(entry.children, key=lambda i: _key(entries[i].name))
        entry.child = _balance(entries, kids)

    mini = bytearray()
    minifat: list[int] = []
    big: list[_Entry] = []
    for entry in entries:
        if entry.kind != 2:
            continue
        entry.size = len(entry.data)
        if entry.size == 0:
            continue
        if entry.size < _CUTOFF:
            count = math.ceil(entry.size / _MINI)
            entry.start = len(minifat)
            minifat.extend(range(entry.start + 1, entry.start + count))
            minifat.append(_END)
            mini += entry.data + b"\0" * (count * _MINI - entry.size)
        else:
            big.append(entry)

    fat: list[int] = []

    def chain(n: int) -> int:
        if n == 0:
            return _END
        start = len(fat)
        fat.extend(range(start + 1, start + n))
        fat.append(_END)
        return start

    blobs: list[bytes] = []
    for entry in big:
        entry.start = chain(math.ceil(entry.size / _SECTOR))
        blobs.append(_pad(entry.data))
    root = entries[0]
    root.size = len(mini)
    root.start = chain(math.ceil(len(mini) / _SECTOR))
    blobs.append(_pad(bytes(mini)))
    minifat_bytes = _pad(struct.pack(f"<{len(minifat)}I", *minifat), fill=b"\xff") if minifat else b""
    minifat_start = chain(len(minifat_bytes) // _SECTOR)
    blobs.append(minifat_bytes)
    dir_bytes = b"".join(_dir_entry(e) for e in entries)
    dir_bytes += _dir_entry(None) * ((-len(entries)) % 4)
    dir_start = chain(len(dir_bytes) // _SECTOR)
    blobs.append(dir_bytes)

    used = len(fat)
    n_fat = 1
    while True:
        n_difat = math.ceil(max(0, n_fat - 109) / 127)
        if used + n_fat + n_difat <= n_fat * 128:
            break
        n_fat += 1
    fat_sectors = list(range(used, used + n_fat))
    difat_sectors = list(range(used + n_fat, used + n_fat + n_difat))
    fat.extend([_FATSECT] * n_fat + [_DIFSECT] * n_difat)
    fat.extend([_FREE] * (n_fat * 128 - len(fat)))
    blobs.append(struct.pack(f"<{len(fat)}I", *fat))
    difat_tail = fat_sectors[109:]
    for i, _sector in enumerate(difat_sectors):
        part = difat_tail[i * 127 : (i + 1) * 127]
        part += [_FREE] * (127 - len(part))
        nxt = difat_sectors[i + 1] if i + 1 < len(difat_sectors) else _END
        blobs.append(struct.pack("<128I", *part, nxt))

    head_difat = fat_sectors[:109] + [_FREE] * (109 - min(109, n_fat))
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII", _SIGNATURE, b"\0" * 16, 0x3E, 3, 0xFFFE, 9, 6, b"\0" * 6, 0, n_fat,
        dir_start, 0, _CUTOFF, minifat_start if minifat else _END, len(minifat_bytes) // _SECTOR,
        difat_sectors[0] if difat_sectors else _END, n_difat,
    ) + struct.pack("<109I", *head_difat)
    return header + b"".join(blobs)


def _pad(data: bytes, fill: bytes = b"\0") -> bytes:
    return data + fill * ((-len(data)) % _SECTOR)


def _balance(entries: list[_Entry], ids: list[int]) -> int:
    if not ids:
        return _NONE
    mid = len(ids) // 2
    node = entries[ids[mid]]
    node.left = _balance(entries, ids[:mid])
    node.right = _balance(entries, ids[mid + 1 :])
    return ids[mid]


def _dir_entry(entry: _Entry | None) -> bytes:
    if entry is None:
        return struct.pack("<64sHBBIII16sIQQIQ", b"", 0, 0, 0, _NONE, _NONE, _NONE, b"", 0, 0, 0, 0, 0)
    name = entry.name.encode("utf-16-le")
    start = entry.start if entry.kind != 1 else 0
    return struct.pack("<64sHBBIII16sIQQIQ", name, len(name) + 2, entry.kind, 1, entry.left, entry.right,
                       entry.child, b"", 0, 0, 0, start, entry.size)
