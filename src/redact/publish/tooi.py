"""TOOI value lists of DiWoo 0.9.8 (organisations, information categories, document kinds, …).

The values ship as ``diwoo-lijsten.json`` next to this module, derived from ``diwoo-metadata-lijsten.xsd``
(DiWoo metadata 0.9.8, standaarden.overheid.nl) by ``extract_lists``; ``python -m redact.publish.tooi
XSD > diwoo-lijsten.json`` regenerates it, and a test checks that the shipped file equals what the XSD
says. Nothing here is invented: a value that is not in a list is an error (``lookup`` fails closed).
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from redact.errors import UsageError

LISTS = {
    # simpleType name in the XSD -> what it holds
    "informatiecategorielijst": "informatiecategorie",
    "documentsoortlijst": "documentsoort",
    "soorthandelinglijst": "documenthandeling",
    "taallijst": "taal",
    "formatlijst": "formaat",
    "ministerielijst": "organisatie",
    "gemeentelijst": "organisatie",
    "provincielijst": "organisatie",
    "waterschapslijst": "organisatie",
    "zbolijst": "organisatie",
    "oorglijst": "organisatie",
    "solijst": "organisatie",
    "collijst": "organisatie",
}
ORGANISATION_LISTS = tuple(k for k, v in LISTS.items() if v == "organisatie")
_XS = "{http://www.w3.org/2001/XMLSchema}"
_DITA = "{http://dita.oasis-open.org/architecture/2005/}"
DATA = Path(__file__).with_name("diwoo-lijsten.json")


@dataclass(frozen=True, slots=True)
class Value:
    """One value of a TOOI list: its URI (``resource``) and its Dutch label."""

    uri: str
    label: str


def extract_lists(xsd: Path) -> dict[str, list[dict[str, str]]]:
    """The lists of ``LISTS`` from the DiWoo value-list XSD: ``{list: [{uri, label}, …]}``."""
    root = ET.parse(xsd).getroot()
    out: dict[str, list[dict[str, str]]] = {}
    for st in root.findall(f"{_XS}simpleType"):
        name = st.get("name") or ""
        if name not in LISTS:
            continue
        values = []
        for enum in st.iter(f"{_XS}enumeration"):
            labels = [p.text or "" for p in enum.iter(f"{_DITA}p")]
            values.append({"uri": enum.get("value") or "", "label": (labels[0] if labels else "").strip()})
        out[name] = values
    missing = set(LISTS) - set(out)
    if missing:
        raise ValueError(f"{xsd}: value lists missing: {', '.join(sorted(missing))}")
    return out


@lru_cache(maxsize=1)
def lists() -> dict[str, tuple[Value, ...]]:
    """The shipped value lists."""
    try:
        raw = json.loads(DATA.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:  # a broken installation: fail closed
        raise UsageError(f"{DATA}: the TOOI value lists cannot be read ({e}); reinstall redact") from e
    return {name: tuple(Value(v["uri"], v["label"]) for v in values) for name, values in raw.items()}


def lookup(kind: str, given: str) -> Value:
    """The value of list(s) ``kind`` (a list name, or ``organisatie`` for all organisation lists) that
    ``given`` names: its URI, its label (case-insensitive) or the last part of its URI (``mnre1058``,
    ``c_3baef532``). Raises ``UsageError`` naming the list when there is no such value."""
    names = ORGANISATION_LISTS if kind == "organisatie" else (kind,)
    key = given.strip().casefold()
    if not key:
        raise UsageError(f"an empty {kind} was given")
    everything = [v for name in names for v in lists()[name]]
    keys: tuple[Callable[[Value], str], ...] = (
        lambda v: v.uri, lambda v: v.label, lambda v: v.uri.rsplit("/", 1)[-1])
    for key_of in keys:
        found = [v for v in everything if key_of(v).casefold() == key]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise UsageError(f"{given!r} names several values of the TOOI list {kind}; give the URI")
    raise UsageError(f"{given!r} is not in the TOOI list {kind} of DiWoo 0.9.8; give a value from "
                     f"that list (its URI, label or code), see {DATA.name}")


def main(argv: list[str]) -> int:
    """``python -m redact.publish.tooi XSD``: print the JSON that ships as ``diwoo-lijsten.json``."""
    if len(argv) != 1:
        print("usage: python -m redact.publish.tooi diwoo-metadata-lijsten.xsd", file=sys.stderr)
        return 2
    print(dump(extract_lists(Path(argv[0]))), end="")
    return 0


def dump(data: dict[str, list[dict[str, str]]]) -> str:
    """The canonical text of the shipped file (one value per line, sorted keys)."""
    parts = []
    for name in sorted(data):
        rows = ",\n".join("    " + json.dumps(v, ensure_ascii=False, sort_keys=True) for v in data[name])
        parts.append(f"  {json.dumps(name)}: [\n{rows}\n  ]")
    return "{\n" + ",\n".join(parts) + "\n}\n"


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
