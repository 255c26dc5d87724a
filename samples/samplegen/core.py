"""Build one sample document: draw a context, lay out, finish the PDF, derive and check the expected
results. A document whose random choices collide (a name that also occurs in public text, a keep string
containing a name, text that does not fit) is drawn again with the next attempt number, so the result
is still a pure function of (kind, seed, options).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from random import Random
from typing import Any

import pymupdf
import yaml
from faker import Faker

from .common import Built, Ctx
from .extra import build_besluit, build_chat
from .heldout import HELDOUT_BUILDERS, HeldoutPeople, round_locales
from .layout import Reroll, font_sets, pick_fonts
from .orgs import MINISTRIES
from .people import People
from .producer import PRODUCERS, to_reportlab
from .templates import BUILDERS as _BASE_BUILDERS
from .traps import TRAP_BUILDERS

BUILDERS = {**_BASE_BUILDERS, "chat": build_chat, "besluit": build_besluit}
KINDS: tuple[str, ...] = tuple(BUILDERS)
HELDOUT_KINDS: tuple[str, ...] = tuple(HELDOUT_BUILDERS)
TRAP_KINDS: tuple[str, ...] = tuple(TRAP_BUILDERS)  # issue 15: metadata, phones, addresses, initials, signatures, scans
SCAN_DPIS = (150, 200, 300)
NAME_SOURCES = ("tuning", "heldout")  # and "heldout-N": held-out round N (N >= 3; see heldout.py)
MAX_ATTEMPTS = 200
RULES_DIR = Path(__file__).resolve().parents[2] / "rules"
_FALLBACK_GROUNDS = {
    c: "5.1.2e"
    for c in (
        "NAAM",
        "EMAIL",
        "TELEFOON",
        "INITIALEN",
        "HANDTEKENING",
        "ADRES",
        "IBAN",
        "GEBOORTEDATUM",
        "KENTEKEN",
        "HANDMATIG",
    )
} | {"BSN": "5.1.1e"}
FONT_CHOICES = ("helv", "tiro", "dejavu-sans", "dejavu-serif", "liberation-sans")
MINISTRY_WEIGHTS = {"jenv": 5, "bzk": 2, "fin": 1, "vws": 1, "ezk": 1, "ienw": 1}


def grounds() -> dict[str, str]:
    """Category → Woo ground, from rules/categories.yaml when the repository has it."""
    path = RULES_DIR / "categories.yaml"
    if not path.is_file():
        return dict(_FALLBACK_GROUNDS)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {name: str(spec["ground"]) for name, spec in data["categories"].items()}


def normalise(text: str) -> str:
    """Whitespace-normalised text: what the expected strings are matched against."""
    return " ".join(text.split())


def page_text(doc: pymupdf.Document) -> str:
    return normalise(" ".join(page.get_text() for page in doc))


@dataclass(frozen=True)
class Sample:
    pdf: bytes
    expected: dict[str, Any]


def make_ctx(
    kind: str,
    seed: int,
    attempt: int,
    *,
    ministry: str | None = None,
    fonts: str | None = None,
    names: str = "tuning",
    avoid: frozenset[str] = frozenset(),
) -> Ctx:
    key = f"{kind}/{seed}/{attempt}"
    round_no = heldout_round(names)
    rng = Random(key)
    fake = Faker("nl_NL")
    fake.seed_instance(int.from_bytes(hashlib.sha256(f"faker/{key}".encode()).digest()[:8], "big"))
    available = [f for f in FONT_CHOICES if f in font_sets()]
    font_set = pick_fonts([fonts] if fonts else [rng.choice(available)])
    mkey = ministry or rng.choices(list(MINISTRY_WEIGHTS), list(MINISTRY_WEIGHTS.values()))[0]
    m = MINISTRIES[mkey]
    date = dt.date(2022, 1, 3) + dt.timedelta(days=rng.randrange(3 * 365 - 14))
    while date.weekday() >= 5:
        date += dt.timedelta(days=1)
    if round_no is None:
        people: People = People(rng, fake, font_set.covers)
    elif round_no <= 2:
        people = HeldoutPeople(rng, fake, font_set.covers)
    else:
        people = HeldoutPeople(rng, fake, font_set.covers, locales=round_locales(round_no), avoid=avoid)
    return Ctx(
        kind,
        seed,
        rng,
        fake,
        font_set,
        people,
        m,
        rng.choice(m.units),
        rng.choice(m.reports),
        date,
        str(rng.randint(3_000_000, 5_999_999)),
        variant=round_no if round_no is not None and round_no > 2 else 0,
    )


def heldout_round(names: str) -> int | None:
    """None for the tuning names; the held-out round for ``heldout`` (rounds 1 and 2) or ``heldout-N``."""
    if names == "tuning":
        return None
    if names == "heldout":
        return 1
    m = re.fullmatch(r"heldout-([1-9]\d*)", names)
    if m is None:
        raise ValueError(f"names must be one of {NAME_SOURCES} or heldout-N, not {names!r}")
    return int(m.group(1))


def build(
    kind: str,
    seed: int,
    *,
    name: str,
    ministry: str | None = None,
    fonts: str | None = None,
    names: str = "tuning",
    producer: str = "pymupdf",
    avoid: frozenset[str] = frozenset(),
) -> Sample:
    """One sample. ``names="heldout"`` draws persons from other locales (see ``heldout``), ``heldout-N``
    those of held-out round N, whose persons share no name with ``avoid``; ``producer="reportlab"``
    writes the laid-out pages again with reportlab (base-14 fonts only)."""
    builders = {**BUILDERS, **HELDOUT_BUILDERS, **TRAP_BUILDERS}
    if kind not in builders:
        raise ValueError(f"unknown kind {kind!r}; choose from {', '.join(builders)}")
    heldout_round(names)  # a valid name source
    if producer not in PRODUCERS:
        raise ValueError(f"producer must be one of {PRODUCERS}")
    if producer == "reportlab":
        if kind == "metadata":
            raise ValueError("the metadata kind needs PyMuPDF (annotations, XMP)")
        fonts = fonts if fonts in ("helv", "tiro") else "helv"
    last: Exception | None = None
    for attempt in range(MAX_ATTEMPTS):
        ctx = make_ctx(kind, seed, attempt, ministry=ministry, fonts=fonts, names=names, avoid=avoid)
        try:
            built = builders[kind](ctx)
            pdf = _finish(built, ctx)
            if producer == "reportlab":
                pdf = to_reportlab(pdf, title=built.title, author=built.author)
            expected = _expected(built, ctx, pdf, name)
            if built.extra.get("scan"):
                pdf, expected = _scanned(pdf, expected, Random(f"scan/{kind}/{seed}"))
            if names != "tuning":
                expected["names"] = names
            if producer != "pymupdf":
                expected["producer"] = producer
            return Sample(pdf, expected)
        except Reroll as e:
            last = e
    raise RuntimeError(f"{kind}/{seed}: no valid layout in {MAX_ATTEMPTS} attempts ({last})")


def _pdf_date(d: dt.date) -> str:
    return f"D:{d:%Y%m%d}090000+02'00'"


def _finish(built: Built, ctx: Ctx) -> bytes:
    doc = built.canvas.doc
    doc.set_metadata(
        {
            "title": built.title,
            "author": built.author,
            "creator": built.creator,
            "producer": "PyMuPDF",
            "creationDate": _pdf_date(ctx.date),
            "modDate": _pdf_date(ctx.date),
            **{k: built.extra[k] for k in ("subject", "keywords") if k in built.extra},
        }
    )
    if built.extra.get("info"):
        info = int(doc.xref_get_key(-1, "Info")[1].split()[0])
        for key, value in built.extra["info"].items():
            doc.xref_set_key(info, key, pymupdf.get_pdf_str(value))
    if built.xmp:
        doc.set_xml_metadata(built.xmp)
    if built.toc:
        doc.set_toc(built.toc)
    for page in doc:
        page.clean_contents()  # insert_text adds one content stream per call: merge them
    if ctx.fonts.regular.fontfile is not None:
        doc.subset_fonts()
    doc.xref_set_key(doc.pdf_catalog(), "Info", "null")  # MuPDF 1.28 puts a stray /Info in new catalogs
    file_id = hashlib.md5(f"redact-sample/{ctx.kind}/{ctx.seed}".encode()).hexdigest().upper()
    doc.xref_set_key(-1, "ID", f"[<{file_id}><{file_id}>]")
    return bytes(doc.tobytes(garbage=4, deflate=True, no_new_id=True, use_objstms=True))


def metadata_strings(doc: pymupdf.Document) -> list[str]:
    """Every place outside the page text where a sample may plant a name."""
    out = [v for v in doc.metadata.values() if v]
    out.append(doc.get_xml_metadata())
    kind, ref = doc.xref_get_key(-1, "Info")
    if kind == "xref":
        info = int(ref.split()[0])
        out.extend(doc.xref_get_key(info, k)[1] for k in doc.xref_get_keys(info))
    out.extend(str(entry[1]) for entry in doc.get_toc())
    for page in doc:
        for annot in page.annots():
            out.extend(v for v in annot.info.values() if v)
    return out


def _expected(built: Built, ctx: Ctx, pdf: bytes, name: str) -> dict[str, Any]:
    doc = pymupdf.open("pdf", pdf)
    text = page_text(doc)
    planted = built.canvas.planted
    cats: dict[str, str] = {}
    for seg in [*planted, *built.in_metadata]:
        assert seg.category is not None
        if cats.setdefault(seg.text, seg.category) != seg.category:
            raise RuntimeError(f"{seg.text!r} planted with two categories")
    occurrences: dict[str, int] = {}
    for form in cats:
        found = text.count(form)
        planted_count = sum(seg.text.count(form) for seg in planted)
        bounded = len(re.findall(rf"(?<!\w){re.escape(form)}(?!\w)", text))
        if found > planted_count or bounded != found:
            raise Reroll(f"a {cats[form]} form also occurs in public text")
        if found < planted_count:
            raise RuntimeError(f"{ctx.kind}/{ctx.seed}: extracted text lost a planted {cats[form]}")
        occurrences[form] = found
    keeps = list(dict.fromkeys([*built.canvas.keeps, *built.extra_keep]))
    for k in keeps:
        if k not in text:
            raise RuntimeError(f"{ctx.kind}/{ctx.seed}: keep string missing from extracted text")
        if any(form in k for form in cats):
            raise Reroll("a keep string contains personal data")
    meta = metadata_strings(doc)
    in_metadata = list(dict.fromkeys(seg.text for seg in built.in_metadata))
    for s in in_metadata:
        if not any(s in m for m in meta):
            raise RuntimeError(f"{ctx.kind}/{ctx.seed}: metadata string not found in metadata")
    # nothing personal may leak into metadata unless the sample means it to
    for form in cats:
        planted_there = any(form in s for s in in_metadata)
        if not planted_there and len(form) > 3 and any(form in m for m in meta):
            raise Reroll("personal data in metadata by accident")
    g = grounds()
    return {
        "document": f"{name}.pdf",
        "kind": ctx.kind,
        "seed": ctx.seed,
        "ministry": ctx.ministry.abbr,
        "font": ctx.fonts.key,
        "pages": doc.page_count,
        "description": built.description,
        "redact": [{"text": t, "category": c, "ground": g[c]} for t, c in cats.items()],
        "keep": keeps,
        "occurrences": occurrences,
        "in_metadata": in_metadata,
        **{k: built.extra[k] for k in ("regions", "keep_regions") if built.extra.get(k)},
    }


def _scanned(pdf: bytes, expected: dict[str, Any], rng: Random) -> tuple[bytes, dict[str, Any]]:
    """Print and scan every page: each becomes one grey image without a text layer, at 150, 200 or 300
    dpi, with specks of dirt and a grey cast like a real scan. The personal data on the pages becomes
    ``regions`` (its boxes measured before scanning), since the text that counts is what OCR will read."""
    import numpy as np

    src = pymupdf.open("pdf", pdf)
    regions = list(expected.get("regions", []))
    for item in expected["redact"]:
        for page in src:
            for r in page.search_for(item["text"]):
                regions.append({"page": page.number + 1, "rect": [round(v, 1) for v in (r.x0, r.y0, r.x1, r.y1)],
                                "category": item["category"], "text": item["text"]})
    out = pymupdf.open()
    dpi = rng.choice(SCAN_DPIS)
    noise = np.random.default_rng(rng.randrange(2**32))
    for page in src:
        pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, annots=False)
        img = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]
        img = img.astype(np.int16) - int(rng.uniform(0, 25))  # the grey cast of recycled paper
        specks = noise.random(img.shape) < 0.0015
        img[specks] = noise.integers(0, 90, int(specks.sum()))
        grey = np.clip(img, 0, 255).astype(np.uint8)
        scan = pymupdf.Pixmap(pymupdf.csGRAY, pix.width, pix.height, grey.tobytes(), False)
        new = out.new_page(width=page.rect.width, height=page.rect.height)
        new.insert_image(new.rect, pixmap=scan)
    out.set_metadata({"title": src.metadata.get("title", ""), "producer": "scanner",
                      "creationDate": src.metadata.get("creationDate", ""), "modDate": src.metadata.get("modDate", "")})
    out.xref_set_key(-1, "ID", src.xref_get_key(-1, "ID")[1])
    data = out.tobytes(garbage=4, deflate=True, no_new_id=True)
    expected = {**expected, "pages": out.page_count, "regions": regions,
                "scanned_pages": list(range(1, out.page_count + 1))}
    return data, expected


def _q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def dump_expected(e: dict[str, Any]) -> str:
    """The expected-results file in a stable, diff-friendly YAML layout (one item per line)."""
    lines = [
        f"document: {e['document']}",
        f"kind: {e['kind']}",
        f"seed: {e['seed']}",
        f"ministry: {e['ministry']}",
        f"font: {e['font']}",
        f"pages: {e['pages']}",
        f"description: {_q(e['description'])}",
        "redact:",
    ]
    lines += [
        f"  - {{text: {_q(r['text'])}, category: {r['category']}, ground: {_q(r['ground'])}}}"
        for r in e["redact"]
    ]
    lines.append("keep:")
    lines += [f"  - {_q(k)}" for k in e["keep"]]
    lines.append("occurrences:")
    lines += [f"  {_q(t)}: {n}" for t, n in e["occurrences"].items()]
    lines.append(f"in_metadata: [{', '.join(_q(s) for s in e['in_metadata'])}]")
    for key in ("regions", "keep_regions"):
        if key in e:
            lines.append(f"{key}:")
            lines += [f"  - {json.dumps(r, ensure_ascii=False)}" for r in e[key]]
    if "scanned_pages" in e:
        lines.append(f"scanned_pages: {json.dumps(e['scanned_pages'])}")
    lines += [f"{k}: {e[k]}" for k in ("names", "producer") if k in e]
    out = "\n".join(lines) + "\n"
    assert yaml.safe_load(out) == e
    return out
