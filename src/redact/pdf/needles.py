"""Load the strings that must be absent from an output (the *needles*) for ``redact verify --against``.

One small loader, ``load_needles(path)``, accepts:
- a review file in JSON: ``{"proposals": [{"text": "...", "status": "approved", "page": 0,
  "rects": [[x0, y0, x1, y1], ...]}, ...]}`` — needles are the texts of approved and added proposals,
  except texts that also occur in a rejected proposal (that occurrence may legitimately stay); ``page``
  (0-based) and ``rects`` are optional and enable the image-under-box check;
  the texts of the ``side`` list (personal data outside the page content) are needles too;
- a sample's ``*.expected.yaml``: the ``text`` of every item under ``redact``.

The review file format is being settled elsewhere (issue 4); aligning means changing this function only.
Errors are ``UsageError`` (the file is unreadable or has neither shape): verification never runs on a
silently empty list.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from redact.errors import UsageError
from redact.models import Box, Rect

_REDACT_STATUSES = {"approved", "added"}


@dataclass(frozen=True, slots=True)
class Needles:
    texts: tuple[str, ...]
    boxes: tuple[Box, ...] = ()


def _boxes(items: list[dict[str, Any]]) -> list[Box]:
    out: list[Box] = []
    for it in items:
        page = it.get("page")
        for r in it.get("rects") or ():
            if isinstance(page, int) and isinstance(r, (list, tuple)) and len(r) == 4:
                rect = Rect(*map(float, r))
                out.append(Box(page, rect, str(it.get("category", "")), "", "", "", "", 1.0, ""))
    return out


def load_needles(path: Path) -> Needles:
    """The needles in ``path`` (see the module docstring); raises ``UsageError`` on anything else."""
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as e:
        raise UsageError(f"{path}: cannot read the review file ({e.strerror or e})") from e
    if path.name.endswith((".yaml", ".yml")):
        import yaml

        try:
            data = yaml.safe_load(raw)
            items = data["redact"]
            texts = tuple(str(i["text"]) for i in items)
        except (yaml.YAMLError, KeyError, TypeError) as e:
            raise UsageError(f"{path}: not an expected-results file (needs a 'redact' list of texts)") from e
        return Needles(texts)
    try:
        data = json.loads(raw)
        proposals = data["proposals"]
        if not isinstance(proposals, list):
            raise TypeError
        redacted = [p for p in proposals if str(p.get("status", "")).lower() in _REDACT_STATUSES]
        rejected = {str(p.get("text", "")) for p in proposals
                    if str(p.get("status", "")).lower() == "rejected"}
        texts = tuple(dict.fromkeys(str(p["text"]) for p in redacted if str(p["text"]) not in rejected))
        # personal data found outside the page content (metadata, bookmarks …): always redacted
        texts += tuple(str(s["text"]) for s in data.get("side") or () if str(s["text"]) not in texts)
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        raise UsageError(
            f"{path}: not a review file (needs a 'proposals' list with 'text' and 'status')") from e
    return Needles(texts, tuple(_boxes(redacted)))
