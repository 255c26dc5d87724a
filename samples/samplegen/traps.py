"""Document kinds for what slipped through before issue 15: metadata-only names, phone numbers outside the
number plan, citizens' address blocks, initials in minutes and action lists, signatures in table
columns, and scanned pages.

* ``burgerbrief``: a citizen's letter (sender block without labels, an unlabelled mobile number outside
  the number plan, a signature between the sign-off and the name) and a form on page 2 (``Adres``,
  ``Postcode en woonplaats``, ``Telefoon``, a ``Handtekening`` cell with ink);
* ``notulen``: minutes that name people by initials (``ST meldt dat …``, ``Actie: LV``), an action list
  with a ``Wie`` column on the same line as the action, organisation codes that stay (DJI, IND,
  DGSenB), an e-mail sign-off ``Groet, PV`` and an attendance list with a ``Handtekening`` column;
* ``paraafnota``: a memo whose authors live only in the metadata (Subject ``Opsteller: …``, Keywords with
  an e-mail address, a bookmark ``Reactie J. van der Linden``, Author, a custom Info key, a comment, an
  attachment) and a paraph table with ink in the ``Paraaf`` column; the minister's paraph stays;
* ``scan``: a memo with Aan/Van/Contactpersoon rows, a table of names and a signed sign-off, printed
  and scanned (every page an image, no text layer).

Expected results add ``regions`` (page, rectangle, category: signatures, and the personal data on
scanned pages, measured on the page before it was scanned) and ``keep_regions`` (a public office
holder's signature) to the format of samples/README.md.
"""

from __future__ import annotations

import math
from random import Random

import pymupdf

from .common import Built, Ctx, cap, date_str, fmt, keep
from .layout import BLACK, GREY, LINE_GREY, Canvas, Seg, Text
from .people import Person, home_address

# codes that an organisation or unit uses: a person whose paraph equals one is drawn again
_ORG_CODES = frozenset({
    "OM", "DJI", "IND", "COA", "NFI", "DG", "SG", "PV", "NB", "PS", "EU", "VN", "NL", "CV", "DGSENB", "DWJZ",
    "FEZ", "BZK", "AZ", "EZ", "TK", "EK", "KV",
})
_DISTRACTORS = ("DJI", "IND", "DGSenB", "COA", "DWJZ")


def outside_plan_mobile(rng: Random) -> str:
    """A mobile number printed in documents that phonenumbers calls invalid (06-7…, 06-9…)."""
    d = "6" + rng.choice("79") + "".join(str(rng.randint(0, 9)) for _ in range(7))
    return (
        f"0{d[:1]}-{d[1:]}",
        f"0{d[:1]} {d[1:5]} {d[5:]}",
        f"+31 (0){d[:1]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}",
        f"+31 {d[:1]} {d[1:5]} {d[5:]}",
        f"0{d[:1]}.{d[1:3]}.{d[3:5]}.{d[5:7]}.{d[7:]}",
    )[rng.randrange(5)]


def signature(page: pymupdf.Page, box: pymupdf.Rect, rng: Random, *, image: bool | None = None) -> pymupdf.Rect:
    """Draw a handwritten-looking signature inside ``box`` (vector strokes or an image); returns its ink box."""
    image = rng.random() < 0.4 if image is None else image
    w, h = box.width, box.height
    x0, y0 = box.x0 + w * rng.uniform(0.02, 0.12), box.y0 + h * 0.15
    x1, y1 = box.x1 - w * rng.uniform(0.05, 0.25), box.y1 - h * 0.15
    if image:
        pw, ph = int((x1 - x0) * 3), int((y1 - y0) * 3)
        pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, pw, ph), False)
        pix.set_rect(pix.irect, (255,))
        a, f, phase = rng.uniform(0.25, 0.4), rng.uniform(2.5, 5.0), rng.uniform(0, 6.3)
        for x in range(2, pw - 2):
            t = x / pw
            y = int(ph / 2 + ph * a * math.sin(f * 6.28 * t + phase) * (1 - 0.5 * t))
            for dy in (-1, 0, 1):
                pix.set_pixel(x, max(0, min(ph - 1, y + dy)), (20,))
        page.insert_image(pymupdf.Rect(x0, y0, x1, y1), pixmap=pix)
        return pymupdf.Rect(x0, y0, x1, y1)
    shape = page.new_shape()
    pts = [pymupdf.Point(x0 + (x1 - x0) * i / 6, rng.uniform(y0, y1)) for i in range(7)]
    for i in range(0, 6, 2):
        shape.draw_bezier(pts[i], pymupdf.Point(pts[i].x + 8, y0), pymupdf.Point(pts[i + 1].x, y1), pts[i + 2])
    shape.draw_line(pymupdf.Point(x0 + 4, y1 - 2), pymupdf.Point(x1 - 6, y0 + 3))
    shape.finish(color=(0.05, 0.1, 0.35), width=1.2, closePath=False)
    shape.commit()
    return pymupdf.Rect(x0, y0, x1, y1)


def _region(page: pymupdf.Page, r: pymupdf.Rect, category: str = "HANDTEKENING") -> dict[str, object]:
    return {"page": (page.number or 0) + 1, "rect": [round(v, 1) for v in (r.x0, r.y0, r.x1, r.y1)],
            "category": category}


def _grid_table(cv: Canvas, rows: list[list[Text]], widths: list[float], *, height: float = 16.0,
                size: float = 9.0, sign_col: int | None = None, sign_rows: tuple[int, ...] = (),
                rng: Random | None = None, regions: list[dict[str, object]] | None = None,
                keep_rows: tuple[int, ...] = (), keep_regions: list[dict[str, object]] | None = None) -> None:
    """A ruled table at the cursor; the first row is the header. Rows in ``sign_rows`` get a signature in
    column ``sign_col`` (recorded in ``regions``, or in ``keep_regions`` for ``keep_rows``)."""
    page = cv.page
    assert page is not None
    x_start = cv.body_x0
    for i, row in enumerate(rows):
        h = height if i == 0 else (30.0 if sign_col is not None else height)
        x = x_start
        for j, (cell, w) in enumerate(zip(row, widths, strict=True)):
            cv.write_line(x + 3, cv.y + 3 + size, cell, style="b" if i == 0 else "r", size=size)
            if i in sign_rows and j == sign_col and rng is not None:
                ink = signature(page, pymupdf.Rect(x + 2, cv.y + 2, x + w - 2, cv.y + h - 2), rng)
                target = keep_regions if i in keep_rows else regions
                if target is not None:
                    target.append(_region(page, ink))
            x += w
        page.draw_rect(pymupdf.Rect(x_start, cv.y, x_start + sum(widths), cv.y + h), color=LINE_GREY, width=0.5)
        x = x_start
        for w in widths[:-1]:
            x += w
            page.draw_line((x, cv.y), (x, cv.y + h), color=LINE_GREY, width=0.5)
        cv.y += h
    cv.y += 10


def _person(ctx: Ctx) -> Person:
    for _ in range(50):
        p = ctx.people.person()
        if p.paraaf.upper() not in _ORG_CODES and 2 <= len(p.paraaf) <= 4:
            return p
    raise RuntimeError("no person with a usable paraph")


# --- a citizen's letter and form ------------------------------------------------------------------
def build_burgerbrief(ctx: Ctx) -> Built:
    m, rng, pp = ctx.ministry, ctx.rng, ctx.people
    citizen, neighbour = pp.person(), pp.person()
    addr = home_address(rng, ctx.fake, ctx.fonts.covers)
    phone = Seg(outside_plan_mobile(rng), "TELEFOON")
    email = Seg(f"{citizen.email_local(rng.randrange(4))}@{rng.choice(['gmail.com', 'hotmail.com', 'ziggo.nl'])}",
                "EMAIL")
    cv = Canvas(pymupdf.open(), ctx.fonts, body_x0=72, body_x1=523, top=72, bottom=780)
    cv.new_page()
    regions: list[dict[str, object]] = []
    for line in (citizen.seg("full"), Seg(addr.street, "ADRES"), Seg(addr.place, "ADRES")):
        cv.para(line, size=10, after=1)
    if rng.random() < 0.5:
        cv.para(phone, size=10, after=1)  # a mobile number alone on its line, no label
    else:
        cv.para([Seg("Tel. "), phone], size=10, after=1)
    cv.para(email, size=10, after=18)
    for line in (m.name, m.post[0], m.post[1]):
        cv.para(keep(line), size=10, after=1)
    cv.space(18)
    cv.para(f"Datum: {date_str(ctx.date)}", size=10, after=10)
    cv.para("Betreft: bezwaar tegen het besluit over mijn aanvraag", style="b", size=10, after=10)
    cv.para("Geachte heer, mevrouw,", size=10, after=8)
    v: dict[str, str | Seg | Person] = {"n": neighbour, "theme": ctx.report.theme}
    for text in (
        "Hierbij maak ik bezwaar tegen uw besluit over mijn aanvraag. Ik ben het niet eens met de motivering "
        "en wil graag worden gehoord.",
        "Mijn buurman {n.full} kan bevestigen dat de situatie sinds vorig jaar is veranderd. U kunt hem "
        "daarover bellen; {n.alone} is overdag thuis.",
        "Ik verzoek u om het besluit te herzien en mij binnen zes weken te laten weten wat u beslist.",
    ):
        cv.para(fmt(text, v), size=10, after=8)
    cv.para("Met vriendelijke groet,", size=10, after=2)
    assert cv.page is not None
    regions.append(_region(cv.page, signature(cv.page, pymupdf.Rect(72, cv.y, 260, cv.y + 40), rng)))
    cv.space(44)
    cv.para(citizen.seg("full"), size=10, after=1)
    # page 2: the form that came with the letter
    cv.new_page()
    cv.para("Aanvraagformulier", style="b", size=14, after=10)
    for label, value in (
        ("Naam", citizen.seg("short")), ("Adres", Seg(addr.street, "ADRES")),
        ("Postcode en woonplaats", Seg(addr.place, "ADRES")), ("Telefoon", phone), ("E-mailadres", email),
        ("Datum", date_str(ctx.date)),
    ):
        cv.para([Seg(f"{label}: "), value] if isinstance(value, Seg) else f"{label}: {value}", size=10, after=4)
    cv.space(8)
    _grid_table(cv, [["Datum", "Handtekening aanvrager"], [date_str(ctx.date), ""]], [150, 220],
                sign_col=1, sign_rows=(1,), rng=rng, regions=regions)
    return Built(cv, title="Bezwaarschrift", description="Brief van een burger: afzenderblok zonder labels, "
                 "mobiel nummer buiten het nummerplan, handtekening; formulier met adresvelden en "
                 "handtekeningvak.", extra={"regions": regions})


# --- minutes with initials ----------------------------------------------------------------------------
def build_notulen(ctx: Ctx) -> Built:
    rng, u = ctx.rng, ctx.unit
    people = [_person(ctx) for _ in range(4)]
    a, b, c, d = people
    cv = Canvas(pymupdf.open(), ctx.fonts, body_x0=72, body_x1=523, top=72, bottom=780)
    cv.new_page()
    regions: list[dict[str, object]] = []
    cv.para(f"Verslag overleg {ctx.report.theme}", style="b", size=13, after=6)
    cv.para(f"Datum: {date_str(ctx.date)}", size=10, after=2)
    cv.para([Seg("Aanwezig: "), a.seg("full"), Seg(f" ({u.code}, voorzitter), "), b.seg("full"), Seg(", "),
             c.seg("full"), Seg(", "), d.seg("full")], size=10, after=10)
    dj, ind, dg = rng.sample(_DISTRACTORS, 3)
    v: dict[str, str | Seg | Person] = {
        "A": a.seg("paraaf"), "B": b.seg("paraaf"), "C": c.seg("paraaf"), "D": d.seg("paraaf"),
        "org1": keep(dj), "org2": keep(ind), "org3": keep(dg), "theme": ctx.report.theme,
    }
    cv.heading("1. Opening en mededelingen")
    for text in (
        "{A} opent het overleg. {B} meldt dat de {org1} de cijfers over {theme} heeft aangeleverd.",
        "{C} vraagt of de {org2} al heeft gereageerd op de conceptnota. Dat is nog niet het geval.",
        "- {D} licht toe dat {org3} akkoord is met de planning.",
    ):
        cv.para(fmt(text, v), size=10, after=6)
    cv.para(fmt("Actie: {B}", v), size=10, after=8)
    cv.heading("2. Actielijst")
    rows: list[list[Text]] = [["Nr", "Actie", "Wie", "Gereed"]]
    for n, (who, what) in enumerate(((c, "Uitvoeringstoets opvragen"), (a, f"Nota afstemmen met de {dj}"),
                                     (d, "Reactie aan de Kamer voorbereiden")), 1):
        rows.append([str(n), what, who.seg("paraaf"), date_str(ctx.workday(7 * n))])
    if rng.random() < 0.5:
        _grid_table(cv, rows, [30, 230, 60, 110])
    else:  # a list typed with spaces: the actor on the same line as the action
        for row in rows:
            line: list[Seg] = []
            for cell in row:
                line += [*(cell if isinstance(cell, list) else [cell if isinstance(cell, Seg) else Seg(cell)]),
                         Seg("  ")]
            cv.para(line[:-1], size=10, after=2, style="b" if row is rows[0] else "r")
        cv.space(8)
    cv.para(fmt("Groet, {B}", v), size=10, after=12)
    cv.heading("Presentielijst")
    _grid_table(cv, [["Naam", "Organisatie", "Handtekening"]] + [[p.seg("full"), keep(u.code), ""] for p in people],
                [170, 90, 170], sign_col=2, sign_rows=(1, 2, 3, 4), rng=rng, regions=regions)
    return Built(cv, title=f"Verslag {ctx.report.theme}", description="Verslag met initialen als onderwerp, "
                 "actielijst met Wie-kolom, organisatiecodes die blijven, ondertekening Groet, XX en "
                 "presentielijst met handtekeningen.", extra={"regions": regions})


# --- a memo whose authors live only in the metadata, with a paraph table --------------------------------
def build_paraafnota(ctx: Ctx) -> Built:
    m, rng, u = ctx.ministry, ctx.rng, ctx.unit
    author, reviewer, head, director = (_person(ctx) for _ in range(4))
    minister = ctx.people.official()
    cv = Canvas(pymupdf.open(), ctx.fonts, body_x0=72, body_x1=523, top=72, bottom=780)
    cv.new_page()
    regions: list[dict[str, object]] = []
    keep_regions: list[dict[str, object]] = []
    cv.para("Nota", style="b", size=16, after=8)
    cv.para(keep(m.minister_cap), label="Aan", label_width=80, after=2)
    cv.para(f"directeur {u.dir_abbr}", label="Van", label_width=80, after=2)
    cv.para(date_str(ctx.date), label="Datum", label_width=80, after=10)
    _grid_table(cv, [["Functie", "Naam", "Paraaf", "Datum"],
                     [f"afdelingshoofd {u.afdeling}"[:38], head.seg("short"), "", date_str(ctx.workday(-2))],
                     [f"directeur {u.dir_abbr}", director.seg("short"), "", date_str(ctx.workday(-1))],
                     [keep(cap(m.minister_short)), keep(minister.titled), "", date_str(ctx.date)]],
                [150, 120, 110, 70], size=8.5, sign_col=2, sign_rows=(1, 2, 3), rng=rng, regions=regions,
                keep_rows=(3,), keep_regions=keep_regions)
    cv.heading("1. Aanleiding")
    cv.para(f"In deze nota leggen wij u de beleidsreactie op het rapport over {ctx.report.theme} voor. "
            "De reactie is afgestemd met de betrokken directies.", size=10, after=8)
    cv.heading("2. Advies")
    cv.para("Wij adviseren u in te stemmen met de beleidsreactie en de Kamerbrief te ondertekenen.", size=10)
    mail = f"{author.email_local(rng.randrange(4))}@{m.domain}"
    in_meta = [Seg(author.short, "NAAM"), Seg(mail, "EMAIL"), Seg(reviewer.short, "NAAM"),
               Seg(author.full, "NAAM"), Seg(reviewer.full, "NAAM")]
    cv.doc[0].add_text_annot((540, 100), f"Nog even langs {reviewer.full} laten gaan.").set_info(title=author.full)
    toc = [[1, "1. Aanleiding", 1], [1, f"Reactie {reviewer.short}", 1], [1, "2. Advies", 1]]
    return Built(cv, title=f"Nota beleidsreactie {ctx.report.theme}", author=author.full,
                 description="Nota waarvan de opstellers alleen in de metadata staan (Subject, Keywords, "
                 "bladwijzer, auteur, eigen veld, opmerking) met een parafentabel met handtekeningen; de "
                 "paraaf van de minister blijft.", in_metadata=in_meta, toc=toc,
                 extra={"regions": regions, "keep_regions": keep_regions, "subject": f"Opsteller: {author.short}",
                        "keywords": f"{ctx.report.theme}; {mail}", "info": {"Afdeling": f"{u.code} {author.full}"}})


# --- a scanned memo ----------------------------------------------------------------------------------------
def build_scan(ctx: Ctx) -> Built:
    m, rng, u = ctx.ministry, ctx.rng, ctx.unit
    writer, contact, other, member = (_person(ctx) for _ in range(4))
    cv = Canvas(pymupdf.open(), ctx.fonts, body_x0=72, body_x1=523, top=72, bottom=780)
    cv.new_page()
    regions: list[dict[str, object]] = []
    size = rng.choice((8.0, 9.0, 10.0, 11.0))  # small print is what OCR gets wrong
    cv.para("Memo", style="b", size=18, after=10)
    cv.para(keep(m.minister_cap), label="Aan:", label_width=110, size=size, after=3)
    cv.para(writer.seg("full"), label="Van:", label_width=110, size=size, after=3)
    cv.para(contact.seg("short"), label="Contactpersoon:", label_width=110, size=size, after=3)
    cv.para(date_str(ctx.date), label="Datum:", label_width=110, size=size, after=12)
    v: dict[str, str | Seg | Person] = {"o": other, "c": contact, "theme": ctx.report.theme}
    for text in (
        "Naar aanleiding van het overleg over {theme} stuur ik u deze memo. {o.full} heeft de cijfers "
        "verzameld; {o.alone} licht ze graag toe.",
        "Voor vragen kunt u terecht bij {c.short}.",
    ):
        cv.para(fmt(text, v), size=size, after=8)
    cv.heading("Betrokken medewerkers", size=size)
    _grid_table(cv, [["Naam", "Functie", "Handtekening"], [other.seg("full"), "beleidsmedewerker", ""],
                     [member.seg("full"), "jurist", ""]], [160, 120, 150], size=size - 1, sign_col=2, sign_rows=(1, 2),
                rng=rng, regions=regions)
    cv.para("Met vriendelijke groet,", size=size, after=2)
    assert cv.page is not None
    regions.append(_region(cv.page, signature(cv.page, pymupdf.Rect(72, cv.y, 250, cv.y + 40), rng, image=False)))
    cv.space(44)
    cv.para(writer.seg("full"), size=size, after=1)
    cv.para(f"{u.afdeling}", size=size, color=GREY)
    return Built(cv, title="Memo", description="Gescande memo: Aan/Van/Contactpersoon, namen in de tekst en in "
                 "een tabel met handtekeningen, ondertekening met handtekening; elke pagina is een afbeelding.",
                 extra={"regions": regions, "scan": True})


TRAP_BUILDERS = {"burgerbrief": build_burgerbrief, "notulen": build_notulen, "paraafnota": build_paraafnota,
                 "scan": build_scan}

__all__ = ["BLACK", "TRAP_BUILDERS", "outside_plan_mobile", "signature"]
