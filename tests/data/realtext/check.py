"""Check the annotated real-text yardstick (tests/data/realtext) and the real-nl expectations.

Usage:
    python tests/data/realtext/check.py            # check everything, print counts
    python tests/data/realtext/check.py --uncovered ID   # list capitalised words of one text that no
                                                   # mention or not_name covers (an annotation aid)
    python tests/data/realtext/check.py --overlap SPLIT  # texts of SPLIT that share passages with any other
                                                   # text of the yardstick or with a PDF of the shared
                                                   # real-nl corpus (a reuse check by content)

Checks for every ``<split>/<id>.yaml`` of tests/data/realtext:
- the schema (keys, types, allowed genre and status values) and that ``<id>.txt`` exists and is UTF-8;
- the split rule of README.md: heldout iff int(sha256(id), 16) % 3 == 0 (for tune/ and heldout/; rounds 2 to 15,
  ``heldout-2/`` to ``heldout-15/``, are held out as a whole and get every other check);
- every mention and every not_name occurs literally in the text;
- no two persons of different status share a mention string, and no mention is also a not_name.
For every ``tests/data/real-nl/*.expected.yaml`` and ``tests/data/real-nl-2/*.expected.yaml`` (when PyMuPDF
is installed and the shared corpus is present): the schema, and that every redact/keep text and every mention
occurs in the PDF's extracted text (whitespace runs normalised to one space on both sides). Image-only pages
have no text layer: their OCR text is committed as ``<pdf-stem>.ocr.txt`` next to the expectation and searched
as well.
Exits 1 on any error. Prints counts of documents per genre and persons per status for each split.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
REAL_NL = HERE.parent / "real-nl"
REAL_NL_2 = HERE.parent / "real-nl-2"  # held-out real-nl PDFs (annotated 2026-12-03), same schema and checks
CORPUS = HERE.parents[3] / "shared" / "corpus" / "real-nl"  # /work/shared/corpus/real-nl next to the repo

GENRES = {
    "motie",
    "handelingen",
    "presentielijst",
    "kamervragen",
    "kamerbrief",
    "statenvoorstel",
    "notulen-provincie",
    "besluitenlijst-gs",
    "raadsvoorstel",
    "notulen-gemeente",
    "besluitenlijst-college",
    "notulen-waterschap",
    "woo-besluit",
    "woo-document",
    "email",
    "brief",
    "other",
}
STATUSES = {"public", "private", "unsure"}
CATEGORIES = {"NAAM", "EMAIL", "TELEFOON", "ADRES", "INITIALEN", "BSN", "IBAN", "GEBOORTEDATUM", "KENTEKEN"}
DOC_KEYS = {"source", "retrieved", "title", "genre", "organisation", "persons", "not_names"}
PERSON_KEYS = {"name", "status", "reason", "mentions"}


HASH_SPLITS = ("tune", "heldout")  # round 1: the hash split rule of SPLIT.md
# rounds 2-43: held out as a whole (collected after tuning)
SPLITS = (*HASH_SPLITS, *(f"heldout-{n}" for n in range(2, 142)))


def split_of(doc_id: str) -> str:
    """The split rule, fixed before any text was collected."""
    return "heldout" if int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "tune"


def _check_persons(persons: object, text: str, where: str, errors: list[str], norm=lambda s: s) -> list[dict]:
    if not isinstance(persons, list):
        errors.append(f"{where}: persons must be a list")
        return []
    seen: dict[str, tuple[str, str]] = {}
    for i, p in enumerate(persons):
        w = f"{where}: persons[{i}]"
        if not isinstance(p, dict) or set(p) != PERSON_KEYS:
            errors.append(f"{w}: keys must be exactly {sorted(PERSON_KEYS)}, got {p!r}")
            continue
        if not isinstance(p["name"], str) or not p["name"].strip():
            errors.append(f"{w}: empty name")
        if p["status"] not in STATUSES:
            errors.append(f"{w}: status {p['status']!r} not in {sorted(STATUSES)}")
        if not isinstance(p["reason"], str) or not p["reason"].strip():
            errors.append(f"{w}: empty reason")
        ms = p["mentions"]
        if not isinstance(ms, list) or not ms or not all(isinstance(m, str) and m for m in ms):
            errors.append(f"{w}: mentions must be a non-empty list of strings")
            continue
        if len(set(ms)) != len(ms):
            errors.append(f"{w}: duplicate mention in {ms}")
        for m in ms:
            if norm(m) not in text:
                errors.append(f"{w} ({p['name']}): mention {m!r} not in text")
            if m in seen and seen[m][0] != p["name"] and seen[m][1] != p["status"]:
                errors.append(f"{w}: mention {m!r} also belongs to {seen[m][0]!r} with another status")
            seen[m] = (p["name"], p["status"])
    return [p for p in persons if isinstance(p, dict)]


def check_realtext(errors: list[str]) -> dict[str, dict]:
    stats: dict[str, dict] = {}
    for split in SPLITS:
        genres: Counter[str] = Counter()
        status: Counter[str] = Counter()
        mentions: Counter[str] = Counter()
        for y in sorted((HERE / split).glob("*.yaml")):
            doc_id = y.stem
            where = f"{split}/{y.name}"
            if split in HASH_SPLITS and split_of(doc_id) != split:
                errors.append(f"{where}: split rule puts {doc_id} in {split_of(doc_id)}")
            t = y.with_suffix(".txt")
            if not t.is_file():
                errors.append(f"{where}: {t.name} missing")
                continue
            try:
                text = t.read_bytes().decode("utf-8")
            except UnicodeDecodeError:
                errors.append(f"{where}: {t.name} is not UTF-8")
                continue
            if "\r" in text:
                errors.append(f"{where}: {t.name} has CR line endings")
            doc = yaml.safe_load(y.read_text(encoding="utf-8"))
            if not isinstance(doc, dict) or set(doc) != DOC_KEYS:
                errors.append(f"{where}: keys must be exactly {sorted(DOC_KEYS)}, got {sorted(doc or {})}")
                continue
            for k in ("source", "title", "organisation"):
                if not isinstance(doc[k], str) or not doc[k].strip():
                    errors.append(f"{where}: {k} must be a non-empty string")
            if not isinstance(doc["retrieved"], date):
                errors.append(f"{where}: retrieved must be a date (YYYY-MM-DD)")
            if doc["genre"] not in GENRES:
                errors.append(f"{where}: genre {doc['genre']!r} unknown")
            persons = _check_persons(doc["persons"], text, where, errors)
            nn = doc["not_names"]
            if not isinstance(nn, list) or not all(isinstance(s, str) and s for s in nn):
                errors.append(f"{where}: not_names must be a list of strings")
                nn = []
            all_mentions = {m for p in persons for m in p.get("mentions") or []}
            for s in nn:
                if s not in text:
                    errors.append(f"{where}: not_name {s!r} not in text")
                if s in all_mentions:
                    errors.append(f"{where}: {s!r} is both a mention and a not_name")
            genres[doc["genre"]] += 1
            for p in persons:
                status[p.get("status")] += 1
                mentions[p.get("status")] += len(p.get("mentions") or [])
        stats[split] = {"docs": sum(genres.values()), "genres": genres, "persons": status, "mentions": mentions}
    return stats


def _pdf_text(pdf: Path) -> str | None:
    try:
        import pymupdf  # type: ignore[import-not-found]
    except ImportError:
        try:
            import fitz as pymupdf  # type: ignore[import-not-found,no-redef]
        except ImportError:
            return None
    with pymupdf.open(pdf) as doc:
        return " ".join(page.get_text() for page in doc)


def _ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def check_real_nl(errors: list[str], folder: Path = REAL_NL) -> list[tuple[str, int, int, int]]:
    rows = []
    for y in sorted(folder.glob("*.expected.yaml")):
        where = f"{folder.name}/{y.name}"
        doc = yaml.safe_load(y.read_text(encoding="utf-8"))
        keys = {"document", "genre", "redact", "keep", "persons"}
        if not isinstance(doc, dict) or set(doc) != keys:
            errors.append(f"{where}: keys must be exactly {sorted(keys)}")
            continue
        if y.name != f"{Path(doc['document']).stem}.expected.yaml":
            errors.append(f"{where}: file name does not match document {doc['document']!r}")
        if doc["genre"] not in GENRES:
            errors.append(f"{where}: genre {doc['genre']!r} unknown")
        pdf = CORPUS / doc["document"]
        raw = _pdf_text(pdf) if pdf.is_file() else None
        sidecar = folder / f"{Path(doc['document']).stem}.ocr.txt"  # OCR of image-only pages, see README
        if raw is not None and sidecar.is_file():
            raw += " " + sidecar.read_text(encoding="utf-8")
        text = _ws(raw) if raw is not None else None
        for kind, extra in (("redact", "category"), ("keep", "why")):
            items = doc[kind] or []
            if not isinstance(items, list):
                errors.append(f"{where}: {kind} must be a list")
                continue
            for it in items:
                if not isinstance(it, dict) or set(it) != {"text", extra}:
                    errors.append(f"{where}: {kind} item {it!r} must have exactly text and {extra}")
                    continue
                if kind == "redact" and it["category"] not in CATEGORIES:
                    errors.append(f"{where}: category {it['category']!r} unknown")
                if text is not None and _ws(it["text"]) not in text:
                    errors.append(f"{where}: {kind} text {it['text']!r} not in the PDF text")
        if text is not None:
            _check_persons(doc["persons"] or [], text, where, errors, norm=_ws)
        rows.append((doc["document"], len(doc["redact"] or []), len(doc["keep"] or []), len(doc["persons"] or [])))
    return rows


def uncovered(doc_id: str) -> None:
    split = next((s for s in SPLITS if (HERE / s / f"{doc_id}.txt").is_file()), split_of(doc_id))
    text = (HERE / split / f"{doc_id}.txt").read_text(encoding="utf-8")
    doc = yaml.safe_load((HERE / split / f"{doc_id}.yaml").read_text(encoding="utf-8"))
    covered = [m for p in doc["persons"] for m in p["mentions"]] + list(doc["not_names"] or [])
    spans = [(mt.start(), mt.end()) for c in covered for mt in re.finditer(re.escape(c), text)]
    words = Counter()
    for mt in re.finditer(r"\b[A-ZÀ-Ý][\w'’-]+", text):
        if not any(a <= mt.start() < b for a, b in spans):
            words[mt.group()] += 1
    print(", ".join(f"{w}×{n}" if n > 1 else w for w, n in sorted(words.items())))


WINDOW = 60  # characters of normalised text: longer than any boilerplate line shared by unrelated documents


def _norm(text: str) -> str:
    """Lower case letters and digits only: PDF extraction, OCR spacing and line breaks do not hide a copy."""
    return re.sub(r"[^0-9a-zà-ÿ]+", "", text.lower())


def overlap(split: str, min_share: float = 0.15) -> int:
    """Print each text of ``split`` of which at least ``min_share`` of its passages (WINDOW characters, taken
    every WINDOW // 2) occur in another text of the yardstick or in a real-nl PDF; returns the pairs printed.
    Shared boilerplate (a ruling's heading, a standard answer's opening) stays below the share."""
    step = WINDOW // 2
    new = {t.stem: _norm(t.read_text(encoding="utf-8")) for t in sorted((HERE / split).glob("*.txt"))}
    owner: dict[str, set[str]] = {}
    total: Counter[str] = Counter()
    for doc_id, text in new.items():
        for i in range(0, max(0, len(text) - WINDOW + 1), step):
            owner.setdefault(text[i:i + WINDOW], set()).add(doc_id)
            total[doc_id] += 1
    def others() -> Iterator[tuple[str, str]]:
        """Every other text, normalised; the split's own texts (already read) for overlaps inside the round."""
        for other in SPLITS:
            if other != split:
                for t in sorted((HERE / other).glob("*.txt")):
                    yield f"{other}/{t.stem}", _norm(t.read_text(encoding="utf-8"))
        yield from ((f"{split}/{doc_id}", text) for doc_id, text in new.items())
        for pdf in sorted(CORPUS.glob("*.pdf")) if CORPUS.is_dir() else []:
            raw = _pdf_text(pdf)
            if raw is None:  # without PyMuPDF the PDFs cannot be compared: say so, never pass silently
                print(f"WARNING: PyMuPDF is not installed; the {CORPUS} PDFs were not compared", file=sys.stderr)
                return
            yield f"real-nl/{pdf.name}", _norm(raw)

    pairs = 0
    for name, text in others():
        shared: dict[str, set[str]] = {}
        for i in range(len(text) - WINDOW + 1):
            for doc_id in owner.get(text[i:i + WINDOW], ()):
                if name != f"{split}/{doc_id}":
                    shared.setdefault(doc_id, set()).add(text[i:i + WINDOW])
        for doc_id, windows in sorted(shared.items()):
            share = len(windows) / total[doc_id]
            if share >= min_share and not (name.startswith(f"{split}/") and name.split("/")[1] > doc_id):
                print(f"{split}/{doc_id}: {share:.0%} of its passages occur in {name}")
                pairs += 1
    return pairs


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--uncovered", metavar="ID")
    ap.add_argument("--overlap", metavar="SPLIT")
    args = ap.parse_args()
    if args.uncovered:
        uncovered(args.uncovered)
        return 0
    if args.overlap:
        pairs = overlap(args.overlap)
        print(f"{pairs} overlapping pair(s)")
        return 1 if pairs else 0
    errors: list[str] = []
    stats = check_realtext(errors)
    for split, s in stats.items():
        print(f"{split}: {s['docs']} documents")
        print("  genres:  " + ", ".join(f"{g} {n}" for g, n in sorted(s["genres"].items())))
        print("  persons: " + ", ".join(f"{k} {n}" for k, n in sorted(s["persons"].items())))
        print("  mention strings: " + ", ".join(f"{k} {n}" for k, n in sorted(s["mentions"].items())))
    for folder in (REAL_NL, REAL_NL_2):
        rows = check_real_nl(errors, folder)
        if rows:
            print(f"{folder.name}: {len(rows)} documents annotated")
            for name, r, k, p in rows:
                print(f"  {name}: redact {r}, keep {k}, persons {p}")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
