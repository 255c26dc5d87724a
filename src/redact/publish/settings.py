"""Dossier settings of a publication: ``rules/publication.yaml`` (defaults), a dossier file, CLI options.

Guarantees (fail closed): an unknown key, a malformed file or a value that is not in its TOOI list is an
error naming the file or option; a missing publisher is an error (DiWoo requires one and there is no
sensible default). Later sources override earlier ones key by key: shipped defaults < dossier file <
options.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from redact.errors import RulesError, UsageError
from redact.publish.tooi import Value, lookup

FILE = "publication.yaml"


class _Hint(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    pattern: str
    documentsoort: str


class _Settings(BaseModel):
    """The keys of ``publication.yaml`` and of a dossier file (every key optional in a dossier file)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int = 1
    publisher: str | None = None
    opsteller: str | None = None
    informatiecategorie: str | None = None
    documentsoort: str | None = None
    documentsoort_hints: list[_Hint] | None = None
    woo_verzoek: str | None = None
    titel: str | None = None


@dataclass(frozen=True, slots=True)
class KindHint:
    pattern: re.Pattern[str]
    kind: Value


@dataclass(frozen=True, slots=True)
class Dossier:
    """Resolved settings: every TOOI value looked up in its list."""

    publisher: Value
    opsteller: Value
    category: Value
    kind: Value | None
    hints: tuple[KindHint, ...]
    reference: str
    title: str

    def kind_for(self, first_page: str) -> Value | None:
        """The document kind: the dossier's, else the first matching hint, else None."""
        if self.kind is not None:
            return self.kind
        for h in self.hints:
            if h.pattern.search(first_page):
                return h.kind
        return None


def _read(path: Path, *, shipped: bool) -> dict[str, Any]:
    err = RulesError if shipped else UsageError
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise err(f"{path}: file missing") from e
    except (OSError, yaml.YAMLError) as e:
        raise err(f"{path}: cannot read the publication settings ({e})") from e
    try:
        model = _Settings.model_validate(raw if raw is not None else {})
    except ValidationError as e:
        problems = "; ".join(f"{'.'.join(map(str, x['loc']))}: {x['msg']}" for x in e.errors()[:5])
        raise err(f"{path}: invalid publication settings ({problems})") from e
    if model.version != 1:
        raise err(f"{path}: unsupported version {model.version} (this redact reads version 1)")
    return model.model_dump(exclude_unset=True, exclude={"version"})


def load_dossier(dossier_file: Path | None = None, overrides: Mapping[str, str | None] | None = None, *,
                 rules_dir: Path | None = None, default_title: str = "") -> Dossier:
    """The settings for one publication: shipped defaults, then ``dossier_file``, then ``overrides``
    (options; ``None`` values are ignored)."""
    from redact.rules import default_rules_dir

    merged: dict[str, Any] = _read((rules_dir or default_rules_dir()) / FILE, shipped=True)
    if dossier_file is not None:
        merged.update(_read(dossier_file, shipped=False))
    merged.update({k: v for k, v in (overrides or {}).items() if v is not None})
    if not merged.get("publisher"):
        raise UsageError("no publisher given: pass --publisher ORGANISATION (e.g. \"ministerie van Justitie "
                         "en Veiligheid\", \"gemeente Utrecht\" or its TOOI URI) or set `publisher` in the "
                         "dossier file (--dossier)")
    publisher = lookup("organisatie", merged["publisher"])
    opsteller = lookup("organisatie", merged["opsteller"]) if merged.get("opsteller") else publisher
    category = lookup("informatiecategorielijst", merged.get("informatiecategorie") or "")
    kind = lookup("documentsoortlijst", merged["documentsoort"]) if merged.get("documentsoort") else None
    hints = []
    for h in merged.get("documentsoort_hints") or ():
        hint = h if isinstance(h, _Hint) else _Hint.model_validate(h)
        try:
            pattern = re.compile(hint.pattern, re.IGNORECASE | re.MULTILINE)
        except re.error as e:
            raise UsageError(f"documentsoort hint {hint.pattern!r} is not a valid regular expression ({e})") from e
        hints.append(KindHint(pattern, lookup("documentsoortlijst", hint.documentsoort)))
    reference = (merged.get("woo_verzoek") or "").strip()
    title = (merged.get("titel") or "").strip() or reference or default_title
    return Dossier(publisher, opsteller, category, kind, tuple(hints), reference, title)
