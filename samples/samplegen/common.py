"""Shared pieces of the templates: the drawing context, placeholder formatting, the colophon."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from random import Random
from typing import Any

import pymupdf
from faker import Faker

from .layout import Canvas, FontSet, Seg, Text, draw_logo
from .orgs import Ministry, Report, Unit
from .people import People, Person, fmt_date

SIDEBAR_X0, SIDEBAR_X1 = 440.0, 580.0
BODY_X0, BODY_X1 = 80.0, 410.0
COLOPHON_SIZE = 7.5


@dataclass
class Ctx:
    """Everything a template draws from: one per (kind, seed, attempt)."""

    kind: str
    seed: int
    rng: Random
    fake: Faker
    fonts: FontSet
    people: People
    ministry: Ministry
    unit: Unit
    report: Report
    date: dt.date
    ref: str
    variant: int = 0  # held-out rounds from 3 on: the held-out template varies its wording and order

    def days(self, n: int) -> dt.date:
        return self.date + dt.timedelta(days=n)

    def workday(self, n: int) -> dt.date:
        """The date ``n`` days from the document date, moved off the weekend."""
        d = self.days(n)
        while d.weekday() >= 5:
            d += dt.timedelta(days=1 if n >= 0 else -1)
        return d

    def email(self, p: Person, domain: str | None = None) -> Seg:
        return Seg(f"{p.email_local(self.rng.randrange(4))}@{domain or self.ministry.domain}", "EMAIL")

    def minister_named(self, minister: Person, short: bool = True) -> Seg:
        role = self.ministry.minister_short if short else self.ministry.minister
        return keep(f"{role}, {minister.titled}")


@dataclass
class Built:
    """A laid-out document plus what the expected-results file needs beyond the page text."""

    canvas: Canvas
    title: str
    description: str
    author: str = ""
    creator: str = "samples/generate.py (redact)"
    in_metadata: list[Seg] = field(default_factory=list)
    xmp: str | None = None
    toc: list[list[Any]] | None = None
    extra_keep: list[str] = field(default_factory=list)
    # issue 15 kinds (traps.py): "regions"/"keep_regions" (signatures; expected-file keys of the same name),
    # "subject"/"keywords" (Info values), "info" (custom Info keys), "scan" (every page printed and scanned)
    extra: dict[str, Any] = field(default_factory=dict)


def keep(text: str) -> Seg:
    return Seg(text, keep=True)


def tel(number: str) -> Seg:
    return Seg(number, "TELEFOON")


_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?:\.([a-z_]+))?\}")


def fmt(template: str, values: Mapping[str, str | Seg | Person]) -> list[Seg]:
    """Fill ``{name}`` / ``{person.form}`` placeholders; persons and Seg values stay segments."""
    out: list[Seg] = []
    pos = 0
    for m in _PLACEHOLDER.finditer(template):
        if m.start() > pos:
            out.append(Seg(template[pos : m.start()]))
        value = values[m.group(1)]
        if isinstance(value, Person):
            out.append(value.seg(m.group(2) or "full"))
        elif isinstance(value, Seg):
            out.append(value)
        else:
            out.append(Seg(str(value)))
        pos = m.end()
    if pos < len(template):
        out.append(Seg(template[pos:]))
    return out


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


def address_items(m: Ministry) -> list[tuple[Text, str] | float]:
    return [
        (keep(m.visit[0]), "r"),
        (keep(m.visit[1]), "r"),
        (keep(m.post[0]), "r"),
        (keep(m.post[1]), "r"),
        (keep(m.web), "r"),
    ]


def unit_items(u: Unit, *, afdeling: bool = True) -> list[tuple[Text, str] | float]:
    items: list[tuple[Text, str] | float] = [(u.dg, "b"), (u.directie, "r")]
    if afdeling:
        items.append((u.afdeling, "r"))
    return items


def contact_items(
    label: str, p: Person, phone: Seg | None, email: Seg | None
) -> list[tuple[Text, str] | float]:
    items: list[tuple[Text, str] | float] = [(keep(label), "b"), (p.seg("full"), "r")]
    if phone is not None:
        items.append(([Seg("T "), phone], "r"))
    if email is not None:
        items.append(([Seg("E "), email], "r"))
    return items


def field_items(label: str, value: Text) -> list[tuple[Text, str] | float]:
    return [(keep(label), "b"), (value, "r"), 6.0]


def rijks_canvas(
    ctx: Ctx,
    first: Callable[[], list[tuple[Text, str] | float]],
    later: Callable[[], list[tuple[Text, str] | float]],
    *,
    first_top: float = 150.0,
    later_top: float = 150.0,
) -> Canvas:
    """A canvas in the Rijkshuisstijl: logo on every page, colophon column at the right.

    ``first`` and ``later`` are callables returning the colophon items (called per page so that the
    personal data in them is recorded for every page it appears on).
    """

    def decorate(canvas: Canvas, index: int) -> float:
        page = canvas.page
        assert page is not None
        draw_logo(canvas, page, ctx.ministry.name)
        items = first() if index == 0 else later()
        canvas.column(SIDEBAR_X0, SIDEBAR_X1, 150, items, size=COLOPHON_SIZE, page=page)
        return first_top if index == 0 else later_top

    return Canvas(
        pymupdf.open(), ctx.fonts, body_x0=BODY_X0, body_x1=BODY_X1, top=150, bottom=780, decorate=decorate
    )


def page_numbers(
    canvas: Canvas, *, x: float = SIDEBAR_X0, y: float = 800.0, size: float = COLOPHON_SIZE
) -> None:
    n = canvas.doc.page_count
    for i in range(n):
        canvas.write_line(
            x, y, f"Pagina {i + 1} van {n}", size=size, color=(0.3, 0.3, 0.3), page=canvas.doc[i]
        )


def date_str(d: dt.date) -> str:
    return fmt_date(d)
