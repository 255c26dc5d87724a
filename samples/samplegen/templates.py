"""The document templates. Each ``build_<kind>(ctx)`` lays out one document and returns ``Built``.

Personal data is always passed as ``Seg(text, category)`` (directly or via a ``Person`` in ``fmt``),
public strings that a test must find again as ``keep(...)``; everything else is plain prose.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from xml.sax.saxutils import escape

import pymupdf

from .common import (
    BODY_X0,
    BODY_X1,
    Built,
    Ctx,
    address_items,
    cap,
    contact_items,
    date_str,
    field_items,
    fmt,
    keep,
    page_numbers,
    rijks_canvas,
    tel,
    unit_items,
)
from .layout import A4_HEIGHT, A4_WIDTH, BLACK, GREY, Canvas, Seg, Text
from .orgs import ORGANISATIONS
from .people import Person, birth_date, bsn, fmt_weekday_date, home_address, iban, landline, mobile

FUNCTIONS = (
    "senior beleidsmedewerker",
    "beleidsmedewerker",
    "coördinerend beleidsmedewerker",
    "strategisch adviseur",
    "juridisch adviseur",
    "programmamanager",
    "senior jurist",
)
PARTNERS = {
    "jenv": "het Openbaar Ministerie, de politie en de reclasseringsorganisaties",
    "bzk": "de VNG, het IPO en de Unie van Waterschappen",
    "fin": "de Belastingdienst en Dienst Toeslagen",
    "vws": "het RIVM en de Nederlandse Zorgautoriteit",
    "ezk": "RVO en de Autoriteit Consument en Markt",
    "ienw": "Rijkswaterstaat en ProRail",
}
EXTERNAL = {  # organisation abbreviation in an attendance list, name in running text
    "jenv": (("OM", "het OM"), ("Reclassering Nederland", "Reclassering Nederland")),
    "bzk": (("VNG", "de VNG"), ("IPO", "het IPO")),
    "fin": (("Belastingdienst", "de Belastingdienst"), ("Toeslagen", "Dienst Toeslagen")),
    "vws": (("RIVM", "het RIVM"), ("NZa", "de NZa")),
    "ezk": (("RVO", "RVO"), ("ACM", "de ACM")),
    "ienw": (("RWS", "Rijkswaterstaat"), ("ProRail", "ProRail")),
}
MAIL_DOMAINS = ("gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "xs4all.nl")


def _phone(ctx: Ctx, mobile_share: float = 0.5) -> Seg:
    return tel(mobile(ctx.rng) if ctx.rng.random() < mobile_share else landline(ctx.rng))


def _letter_date(ctx: Ctx, n: int) -> str:
    return date_str(ctx.workday(n))


# ---------------------------------------------------------------------------------------------- nota
def build_nota(ctx: Ctx) -> Built:
    m, u, r, rng, pp = ctx.ministry, ctx.unit, ctx.report, ctx.rng, ctx.people
    a, b, c = pp.person(), pp.person(), pp.person()
    minister, stas = pp.official(), pp.official()
    a_phone = _phone(ctx)
    a_mail = ctx.email(a)
    contact_on_later = rng.random() < 0.5
    pub = ctx.workday(-rng.randint(40, 90))
    debate = ctx.workday(-rng.randint(10, 30))

    def first() -> list[tuple[Text, str] | float]:
        return [
            *unit_items(u),
            8.0,
            *address_items(m),
            8.0,
            *contact_items("Contactpersoon", a, a_phone, a_mail),
            8.0,
            *field_items("Datum", date_str(ctx.date)),
            *field_items("Onze referentie", keep(ctx.ref)),
            *field_items("Bijlage(n)", "2"),
        ]

    def later() -> list[tuple[Text, str] | float]:
        items = [*unit_items(u), 8.0]
        if contact_on_later:
            items += [*contact_items("Contactpersoon", a, a_phone, None), 8.0]
        return [
            *items,
            *field_items("Datum", date_str(ctx.date)),
            *field_items("Onze referentie", keep(ctx.ref)),
        ]

    v: dict[str, str | Seg | Person] = {
        "a": a,
        "b": b,
        "c": c,
        "report": r.title,
        "author": r.author,
        "Author": cap(r.author),
        "theme": r.theme,
        "pub": date_str(pub),
        "debate": date_str(debate),
        "minister": keep(m.minister),
        "stas": keep(m.stas),
        "minister_named": ctx.minister_named(minister),
        "stas_named": keep(f"staatssecretaris {stas.alone}"),
        "code": u.code,
        "partners": PARTNERS[m.key],
        "directie": u.directie,
        "afdeling": u.afdeling,
        "web": keep(m.web),
        "n": rng.choice(["drie", "vier", "vijf", "zes"]),
        "func": rng.choice(FUNCTIONS),
        "dir": u.dir_abbr,
        "overleg": date_str(ctx.workday(-rng.randint(3, 9))),
    }
    cv = rijks_canvas(ctx, first, later)
    cv.new_page()
    cv.para("nota", size=18, after=8)
    cv.para(fmt("Beleidsreactie op het rapport '{report}' van {author}", v), style="b", size=10.5, after=12)
    label_w = 95.0
    cv.para(keep(m.minister_cap), label="Aan", label_width=label_w, after=2)
    cv.para(
        fmt("{a.full}, {func} {dir}", v),
        label=rng.choice(["Van", "Opgesteld door"]),
        label_width=label_w,
        after=8,
    )
    cv.table(
        [
            ["Paraaf", "Functie", "Datum"],
            [b.seg("paraaf"), f"afdelingshoofd {u.afdeling}", _letter_date(ctx, -2)],
            [c.seg("paraaf"), f"directeur {u.directie.removeprefix('Directie ')}", _letter_date(ctx, -1)],
        ],
        [60, 190, 80],
        size=8.5,
    )
    cv.heading("Bijlage(n)", before=0)
    cv.para(
        fmt("Kamerbrief beleidsreactie '{report}'", v), label="1.", label_style="r", label_width=16, after=1
    )
    cv.para(fmt("Rapport '{report}'", v), label="2.", label_style="r", label_width=16)

    cv.heading("1. Aanleiding")
    cv.para(
        fmt(
            "Op {pub} heeft {author} het rapport '{report}' gepubliceerd. Het rapport gaat over {theme}. "
            "In de bijgevoegde brief aan de Tweede Kamer staat de beleidsreactie op het rapport en op de "
            "daarin gedane aanbevelingen.",
            v,
        )
    )
    cv.para(
        fmt(
            "De brief wordt ondertekend door de {minister}, mede namens de {stas}. Omdat enkele "
            "aanbevelingen ook de uitvoeringsorganisaties raken, is de reactie met hen voorbereid.",
            v,
        )
    )

    cv.heading("2. Geadviseerd besluit")
    cv.para(
        fmt(
            "U wordt gevraagd in te stemmen met de beleidsreactie op het rapport '{report}' en de "
            "bijgevoegde Kamerbrief te ondertekenen. Na ondertekening wordt de brief digitaal aan de "
            "Tweede Kamer verzonden.",
            v,
        )
    )

    cv.heading("3. Kernpunten")
    bullets = [
        "{Author} doet {n} aanbevelingen. Deze worden in de beleidsreactie grotendeels overgenomen; één "
        "aanbeveling wordt niet overgenomen omdat de uitvoering ervan niet past binnen de huidige "
        "budgettaire kaders.",
        "De beleidsreactie sluit aan bij lopende trajecten, waaronder het programma dat vorig jaar aan de "
        "Kamer is toegezonden. Nieuwe financiële toezeggingen worden niet gedaan.",
        "Met de uitvoeringsorganisaties is afgesproken dat zij binnen zes maanden een plan van aanpak "
        "opstellen. Over de voortgang wordt de Kamer in de eerstvolgende voortgangsbrief geïnformeerd.",
        "De reactie is ambtelijk afgestemd met de betrokken departementen en uitvoeringsorganisaties; er "
        "zijn geen openstaande punten.",
    ]
    rng.shuffle(bullets)
    bullet = "•" if ctx.fonts.covers("•") else "-"
    for text in bullets[: rng.randint(3, 4)]:
        cv.para(fmt(text, v), bullet=bullet, after=3)
    cv.space(3)
    cv.para(
        fmt(
            "{a.alone} heeft de conceptreactie op {overleg} besproken met de betrokken ketenpartners. "
            "Hun opmerkingen zijn verwerkt in de bijgevoegde versie. Op één punt bestaat nog een "
            "verschil van inzicht over de termijn waarbinnen de aanbevelingen kunnen worden uitgevoerd; "
            "de brief noemt daarom een indicatieve planning.",
            v,
        )
    )

    cv.heading("4. Toelichting")
    cv.heading("4.1. Politieke context", style="i", before=0)
    cv.para(
        fmt(
            "Het rapport is op {pub} aan de Tweede Kamer aangeboden. Tijdens het commissiedebat van "
            "{debate} heeft de {minister_named} toegezegd voor het zomerreces een inhoudelijke "
            "reactie te sturen. Met deze brief wordt die toezegging nagekomen.",
            v,
        )
    )
    cv.para(
        fmt(
            "Daarnaast heeft {stas_named} in het debat aangegeven dat de aanbevelingen over {theme} in "
            "samenhang worden bezien met de lopende wetgevingstrajecten. Leden van verschillende "
            "fracties hebben gevraagd om een concreet tijdpad; de brief bevat daarom een planning per "
            "aanbeveling.",
            v,
        )
    )
    cv.heading("4.2. Krachtenveld", style="i", before=0)
    cv.para(
        fmt(
            "De beleidsreactie is opgesteld door {a.short} ({code}) en afgestemd met {partners}. "
            "{Author} is op de hoogte gesteld van het moment van verzending. Er worden geen bezwaren "
            "verwacht van de betrokken organisaties.",
            v,
        )
    )
    cv.heading("4.3. Financiële gevolgen", style="i", before=0)
    cv.para(
        fmt(
            "Aan de beleidsreactie zijn geen directe financiële gevolgen verbonden. De maatregelen die "
            "in de brief worden aangekondigd, worden gefinancierd uit de bestaande middelen van de "
            "{directie}.",
            v,
        )
    )
    if cv.doc.page_count == 1 and cv.y < 600:
        cv.new_page()
    cv.heading("4.4. Communicatie", style="i", before=0)
    cv.para(
        fmt(
            "Er is geen persbericht voorzien. Wel wordt de brief na verzending gepubliceerd op {web}. "
            "Bij vragen van de pers kan worden verwezen naar de brief. Voor inhoudelijke vragen kunt u "
            "contact opnemen met {a.alone} of met {b.short}, afdelingshoofd {afdeling}.",
            v,
        )
    )
    cv.heading("5. Informatie die niet openbaar gemaakt kan worden")
    cv.para(
        "De persoonsgegevens van de ambtenaren in deze nota zijn niet openbaar ter bescherming van de "
        "persoonlijke levenssfeer."
    )
    if cv.doc.page_count < 2:
        cv.new_page()
    page_numbers(cv)
    return Built(
        cv,
        f"Nota beleidsreactie {r.title}",
        f"Nota van {u.code} aan de {m.minister} over de beleidsreactie op het rapport "
        f"'{r.title}'; colofon met contactpersoon, parafen, bewindspersonen bij naam.",
        author=m.name,
    )


# --------------------------------------------------------------------------------------------- email
def _outlook_address(ctx: Ctx, p: Person, unit: str, mail: Seg | None) -> list[Seg]:
    out = [p.seg("outlook"), Seg(f" ({unit})")]
    if mail is not None:
        out += [Seg(" <"), mail, Seg(">")]
    return out


def _header_block(cv: Canvas, rows: list[tuple[str, list[Seg]]], *, label_w: float, size: float) -> None:
    for label, value in rows:
        cv.para(value, label=f"{label}:", label_width=label_w, size=size, after=1.5)


def build_email(ctx: Ctx) -> Built:
    m, u, r, rng, pp = ctx.ministry, ctx.unit, ctx.report, ctx.rng, ctx.people
    s, r1, r2, c1 = pp.person(), pp.person(), pp.person(), pp.person()
    stas = pp.official()
    code = u.code
    other_code = rng.choice([x for x in m.units if x != u]).code if len(m.units) > 1 else code
    s_mail, r1_mail = ctx.email(s), ctx.email(r1)
    s_mobile = tel(mobile(rng))
    with_addresses = rng.random() < 0.5
    sent = dt.datetime.combine(ctx.date, dt.time(rng.randint(8, 17), rng.randint(0, 59)))
    earlier = sent - dt.timedelta(days=rng.randint(1, 3), hours=rng.randint(0, 5), minutes=rng.randint(1, 50))
    subject = f"Conceptnota beleidsreactie '{r.title}'"
    size = 10.0
    cv = Canvas(pymupdf.open(), ctx.fonts, body_x0=56, body_x1=540, top=50, bottom=790)
    cv.new_page()
    cv.para([s.seg("outlook"), Seg(f" ({code})")], style="b", size=13, after=2)
    cv.rule(56, 540, cv.y, width=2.0, color=BLACK)
    cv.space(10)

    def when(t: dt.datetime) -> str:
        return f"{fmt_weekday_date(t.date())} {t:%H:%M}"

    rows = [
        ("Van", _outlook_address(ctx, s, code, s_mail)),
        ("Verzonden", [Seg(when(sent))]),
        (
            "Aan",
            [
                *_outlook_address(ctx, r1, code, r1_mail if with_addresses else None),
                Seg("; "),
                *_outlook_address(ctx, r2, other_code, ctx.email(r2) if with_addresses else None),
            ],
        ),
        ("CC", _outlook_address(ctx, c1, "FEZ", None)),
        ("Onderwerp", [Seg(f"RE: {subject}")]),
    ]
    if rng.random() < 0.6:
        rows.append(("Bijlagen", [Seg(f"Conceptnota beleidsreactie {r.title} v{rng.randint(2, 5)}.docx")]))
    _header_block(cv, rows, label_w=80, size=size)
    cv.space(12)
    deadline = ctx.workday(rng.randint(1, 3))
    v: dict[str, str | Seg | Person] = {
        "s": s,
        "r1": r1,
        "r2": r2,
        "c1": c1,
        "theme": r.theme,
        "report": r.title,
        "mobile": s_mobile,
        "stas_named": keep(f"staatssecretaris {stas.alone}"),
        "deadline": fmt_weekday_date(deadline),
        "send": date_str(ctx.workday(rng.randint(8, 15))),
        "partner": PARTNERS[m.key],
    }
    cv.para(fmt("Hoi {r1.first},", v), size=size, after=8)
    body = [
        "Dank voor je snelle reactie. Ik heb je opmerkingen over {theme} verwerkt in de bijgevoegde versie "
        "van de nota. De passage over de financiële gevolgen heb ik ingekort; volgens {c1.alone} is er geen "
        "dekkingsvraagstuk, zolang we geen nieuwe toezeggingen doen.",
        "Kun jij de nota vóór {deadline} in de parafenlijn zetten? De minister wil de Kamerbrief uiterlijk "
        "{send} versturen, zodat die nog voor het commissiedebat bij de Kamer ligt. Ook {stas_named} is via "
        "de politiek assistent op de hoogte gebracht.",
        "{r2.first}, wil jij nog een laatste blik werpen op de vragen en antwoorden voor het debat? Als het "
        "makkelijker is, kunnen we morgen even bellen; ik ben de hele dag bereikbaar op {mobile}.",
    ]
    for text in body:
        cv.para(fmt(text, v), size=size, after=8)
    cv.ensure(150)
    cv.para("Met vriendelijke groet,", size=size, after=10)
    sig: list[Text] = [
        s.seg("full"),
        cap(rng.choice(FUNCTIONS)),
        u.directie,
        m.name,
        [keep(m.visit[0]), Seg(" | "), keep(m.visit[1])],
        [Seg("M "), s_mobile],
    ]
    if rng.random() < 0.5:
        sig.append([Seg("T "), _phone(ctx, 0.0)])
    sig.append(s_mail)
    for line in sig:
        cv.para(line, size=size, after=1)
    cv.space(14)

    # the earlier message
    r1_phone = _phone(ctx, 0.3)
    if rng.random() < 0.5:
        cv.para("-----Oorspronkelijk bericht-----", size=size, after=2)
        label_w = 80.0
    else:
        cv.rule(56, 540, cv.y, width=0.8, color=GREY)
        cv.space(6)
        label_w = 80.0
    _header_block(
        cv,
        [
            ("Van", _outlook_address(ctx, r1, code, r1_mail)),
            ("Verzonden", [Seg(when(earlier))]),
            ("Aan", _outlook_address(ctx, s, code, None)),
            ("CC", _outlook_address(ctx, r2, other_code, None)),
            ("Onderwerp", [Seg(subject)]),
        ],
        label_w=label_w,
        size=size,
    )
    cv.space(10)
    earlier_body = [
        "Hoi {s.first},",
        "Ik heb de conceptnota gelezen. Inhoudelijk kan ik me er goed in vinden, maar ik zou in de "
        "kernpunten "
        "duidelijker maken waarom we één aanbeveling niet overnemen. Daar is in het ketenoverleg ook naar "
        "gevraagd.",
        "Verder staat in paragraaf 4.2 dat de reactie is afgestemd met {partner}, maar het laatste overleg "
        "vindt pas volgende week plaats. Zullen we dat aanpassen? {r2.alone} weet precies hoe het er nu voor "
        "staat.",
        "Groet,\n{r1.first}",
    ]
    for text in earlier_body:
        cv.para(fmt(text, v), size=size, after=8)
    cv.para([r1.seg("full"), Seg(f" | {code} | T "), r1_phone], size=size - 1, color=GREY)
    return Built(
        cv,
        subject,
        f"E-mailwisseling ({code}) over een conceptnota: Outlook-kopregels met namen en "
        "adressen, aanhef met voornaam, handtekening met mobiel nummer, eerder bericht geciteerd.",
        author="",
    )


# ------------------------------------------------------------------------------------------- verslag
def build_verslag(ctx: Ctx) -> Built:
    m, u, r, rng, pp = ctx.ministry, ctx.unit, ctx.report, ctx.rng, ctx.people
    p = [pp.person() for _ in range(6)]
    minister = pp.official()
    ext1, ext2 = EXTERNAL[m.key]
    online = rng.random() < 0.3

    def items() -> list[tuple[Text, str] | float]:
        return [
            *unit_items(u),
            8.0,
            *address_items(m),
            8.0,
            *field_items("Datum", date_str(ctx.date)),
            *field_items("Onze referentie", keep(ctx.ref)),
        ]

    cv = rijks_canvas(ctx, items, items)
    cv.new_page()
    cv.para("Verslag", size=18, after=6)
    cv.para(f"Overleg uitvoering aanbevelingen '{r.title}'", style="b", size=10.5, after=10)
    v: dict[str, str | Seg | Person] = {f"p{i + 1}": x for i, x in enumerate(p)}
    v.update(
        {
            "code": u.code,
            "ext1": ext1[1],
            "ext2": ext2[1],
            "Ext2": cap(ext2[1]),
            "theme": r.theme,
            "minister": keep(m.minister),
            "minister_named": ctx.minister_named(minister),
            "date1": date_str(ctx.workday(-rng.randint(7, 20))),
            "date2": date_str(ctx.workday(7)),
            "report": r.title,
        }
    )
    lw = 78.0
    rows: list[tuple[str, Text]] = [
        ("Datum", date_str(ctx.date)),
        ("Tijd", "10.00 - 11.30 uur"),
        (
            "Locatie",
            "MS Teams"
            if online
            else [keep(m.visit[0]), Seg(f", vergaderzaal {rng.randint(2, 9)}.1{rng.randint(0, 9)}")],
        ),
        (
            "Aanwezig",
            fmt(
                "{p1.full} (voorzitter), {p2.full}, {p3.full} ({code}), {p4.full} (" + ext1[0] + "), "
                "{p5.full} (" + ext2[0] + ")",
                v,
            ),
        ),
        ("Afwezig", fmt("{p6.full} (m.k.)", v)),
        ("Verslag", fmt("{p2.short}", v)),
    ]
    for label, value in rows:
        cv.para(value, label=label, label_width=lw, after=2)
    cv.space(8)
    initials_in_text = rng.random() < 0.6
    v["p3x"] = p[2].seg("paraaf") if initials_in_text else p[2].seg("alone")
    v["p4x"] = p[3].seg("paraaf") if initials_in_text else p[3].seg("alone")
    agenda = [
        (
            "Opening en mededelingen",
            [
                "{p1.alone} opent de vergadering en heet iedereen welkom, in het bijzonder {p5.short}, die "
                "namens "
                "{ext2} voor het eerst aansluit. {p6.alone} heeft zich afgemeld.",
                "Mededeling: de {minister} heeft de Kamer op {date1} geïnformeerd over de voortgang van de "
                "aanpak. De brief wordt na afloop van het overleg rondgestuurd.",
            ],
        ),
        (
            "Verslag vorig overleg en actielijst",
            [
                "Het verslag van het vorige overleg wordt ongewijzigd vastgesteld. Actie 3 (uitvraag "
                "cijfers) is "
                "afgerond; actie 4 blijft staan tot het volgende overleg."
            ],
        ),
        (
            f"Stand van zaken {r.theme}",
            [
                "{p3.alone} licht de stand van zaken toe. De eerste resultaten laten zien dat de "
                "aanbevelingen "
                "uit "
                "het rapport '{report}' goed aansluiten bij de praktijk, maar dat de registratie bij de "
                "uitvoeringsorganisaties nog niet op orde is.",
                "{p4x} geeft aan dat {ext1} de signalen herkent, maar wijst op de beperkte capaciteit in de "
                "regio's. "
                "Afgesproken wordt dat {p3x} en {p4x} voor het volgende overleg een voorstel uitwerken voor "
                "de "
                "verdeling van de capaciteit.",
            ],
        ),
        (
            "Kamerbrief",
            [
                "De {minister_named} heeft toegezegd de Kamer voor het einde van het jaar te informeren. "
                "{p2.alone} "
                "stuurt het concept uiterlijk {date2} rond. {Ext2} vraagt om de passage over de cijfers "
                "vooraf "
                "te "
                "mogen zien; dat wordt toegezegd."
            ],
        ),
        (
            "Rondvraag en sluiting",
            [
                "{p5.alone} vraagt of de cijfers uit de regio's gedeeld kunnen worden. Dat is het geval, "
                "mits de "
                "gegevens niet herleidbaar zijn tot personen. {p1.alone} dankt de aanwezigen en sluit de "
                "vergadering om 11.30 uur."
            ],
        ),
    ]
    for i, (title, paras) in enumerate(agenda, 1):
        cv.heading(f"{i}. {title}", before=4)
        for text in paras:
            cv.para(fmt(text, v))
    cv.heading("Actielijst", before=8)
    cv.table(
        [
            ["Nr.", "Actie", "Wie", "Gereed"],
            [
                "1",
                "Voorstel uitwerken voor de verdeling van de capaciteit",
                fmt("{p3.paraaf}/{p4.paraaf}", v),
                date_str(ctx.workday(14)),
            ],
            ["2", "Concept-Kamerbrief rondsturen", fmt("{p2.paraaf}", v), date_str(ctx.workday(7))],
            ["3", f"Cijfers regio's delen met {ext2[1]}", fmt("{p1.paraaf}", v), "volgend overleg"],
            ["4", "Datum volgend overleg plannen", "secretariaat", date_str(ctx.workday(3))],
        ],
        [30, 175, 60, 65],
        size=9,
    )
    cv.para(f"Volgend overleg: {fmt_weekday_date(ctx.workday(28))}, 10.00 uur", style="i")
    page_numbers(cv)
    return Built(
        cv,
        f"Verslag overleg {r.title}",
        f"Verslag van een overleg ({u.code}) met aanwezigen, afwezige, agendapunten en een "
        f"actielijst "
        "met initialen; de minister bij naam na de functie.",
        author=m.name,
    )


# ------------------------------------------------------------------------------------ brief-minister
def _letter_head(cv: Canvas, ctx: Ctx, to: list[Text], *, date: str, subject: str) -> None:
    m = ctx.ministry
    cv.write_line(
        BODY_X0,
        150,
        [Seg("> Retouradres "), keep(m.post[0]), Seg(" "), keep(m.post[1])],
        size=6.5,
        color=GREY,
    )
    y = 175.0
    for line in to:
        cv.write_line(BODY_X0, y, line, size=10)
        y += 13.5
    y = max(y + 40, 270.0)
    cv.write_line(BODY_X0, y, "Datum", size=8, color=GREY)
    cv.write_line(BODY_X0 + 55, y, date, size=10)
    cv.write_line(BODY_X0, y + 15, "Betreft", size=8, color=GREY)
    end = cv.column(BODY_X0 + 55, BODY_X1, y + 15 - 10, [(subject, "r")], size=10, lead=1.3)
    cv.y = end + 30


def build_brief_minister(ctx: Ctx) -> Built:
    m, u, r, rng, pp = ctx.ministry, ctx.unit, ctx.report, ctx.rng, ctx.people
    cs = pp.person()
    minister, stas = pp.official(), pp.official()
    org = rng.choice(ORGANISATIONS)
    cs_phone, cs_mail = _phone(ctx), ctx.email(cs)
    their_date = ctx.workday(-rng.randint(20, 60))

    def first() -> list[tuple[Text, str] | float]:
        return [
            *unit_items(u, afdeling=False),
            8.0,
            *address_items(m),
            8.0,
            *contact_items("Contactpersoon", cs, cs_phone, cs_mail),
            8.0,
            *field_items("Onze referentie", keep(ctx.ref)),
            *field_items("Uw brief van", date_str(their_date)),
            *field_items("Bijlage(n)", "1"),
        ]

    def later() -> list[tuple[Text, str] | float]:
        return [
            *unit_items(u, afdeling=False),
            8.0,
            *field_items("Datum", date_str(ctx.date)),
            *field_items("Onze referentie", keep(ctx.ref)),
        ]

    cv = rijks_canvas(ctx, first, later)
    cv.new_page()
    subject = f"Reactie op uw brief over {r.theme}"
    _letter_head(
        cv,
        ctx,
        [keep(org.name), org.attention, keep(org.post[0]), keep(org.post[1])],
        date=date_str(ctx.date),
        subject=subject,
    )
    v: dict[str, str | Seg | Person] = {
        "cs": cs,
        "their": date_str(their_date),
        "theme": r.theme,
        "report": r.title,
        "author": r.author,
        "org": org.name,
        "stas": keep(m.stas),
        "stas_named": keep(f"staatssecretaris {stas.alone}"),
        "aanhef": cs.aanhef,
        "directie": u.directie,
        "switchboard": keep(m.switchboard),
        "kamer": date_str(ctx.workday(-rng.randint(5, 15))),
    }
    cv.para(org.salutation, after=10)
    paras = [
        "Op {their} heeft u mij een brief gestuurd over {theme}. Met deze brief reageer ik op uw vragen en "
        "informeer ik u over de vervolgstappen die het kabinet zet.",
        "Ik deel uw zorg dat de uitvoering onder druk staat. In het rapport '{report}' van {author} wordt "
        "geconstateerd dat de samenwerking tussen de betrokken organisaties beter kan en dat de informatie-"
        "uitwisseling te vaak afhankelijk is van individuele medewerkers. Ik neem de aanbevelingen uit dat "
        "rapport over, zoals ik ook in mijn brief aan de Tweede Kamer van {kamer} heb aangegeven.",
        "U vraagt in uw brief om een structurele bijdrage in de kosten. Ik begrijp die vraag, maar binnen de "
        "huidige begroting is daarvoor geen ruimte. Wel ben ik bereid om samen met u te onderzoeken hoe de "
        "bestaande middelen doelmatiger kunnen worden ingezet. De uitkomsten daarvan wil ik betrekken bij de "
        "besluitvorming over de begroting voor het komende jaar.",
        "Ik hecht eraan dat uw organisatie nauw betrokken blijft bij de uitwerking. Mijn ministerie neemt "
        "daarom de komende weken contact met u op om een werkbezoek in te plannen, waarbij ook "
        "{stas_named} aanwezig zal zijn.",
        "Voor vragen over deze brief kunt u contact opnemen met {aanhef} {cs.short} van de {directie}. "
        "Algemene vragen kunt u stellen via het algemene nummer van het ministerie, {switchboard}.",
    ]
    for text in paras:
        cv.para(fmt(text, v), after=8)
    cv.ensure(110)  # keep the signature block together
    cv.para("Hoogachtend,", after=8)
    cv.para(keep(f"De {m.minister_cap},"), after=36)
    cv.para(keep(minister.short), after=0)
    page_numbers(cv)
    return Built(
        cv,
        subject,
        f"Brief van de {m.minister} aan {org.name}; ondertekend door de minister (blijft), "
        "contactpersoon in het colofon (weglakken), algemeen nummer (blijft).",
        author=m.name,
        extra_keep=[minister.short],
    )


# ------------------------------------------------------------------------------------- brief-burger
def build_brief_burger(ctx: Ctx) -> Built:
    m, u, rng, pp = ctx.ministry, ctx.unit, ctx.rng, ctx.people
    cz = pp.person(double=rng.random() < 0.15)
    handler, signer = pp.person(), pp.person()
    addr = home_address(rng, ctx.fake, ctx.fonts.covers)
    number = bsn(rng)
    if rng.random() < 0.3:
        number = f"{number[:4]}.{number[4:6]}.{number[6:]}"
    account = iban(rng, spaced=rng.random() < 0.7)
    dob = birth_date(rng)
    h_phone, h_mail = _phone(ctx, 0.2), ctx.email(handler)
    received = ctx.workday(-rng.randint(20, 70))
    amount = rng.choice(["500", "750", "1.000", "1.250", "2.500"])
    topic = rng.choice(
        [
            ("Besluit op uw aanvraag voor een tegemoetkoming", "een tegemoetkoming", "de tegemoetkoming"),
            (
                "Besluit op uw verzoek om schadevergoeding",
                "vergoeding van de schade die u stelt te hebben geleden "
                "door de lange behandelduur van uw zaak",
                "de schadevergoeding",
            ),
            (
                "Terugbetaling van teveel betaalde kosten",
                "terugbetaling van de kosten die u te veel heeft betaald",
                "de terugbetaling",
            ),
        ]
    )
    cz_phone = tel(mobile(rng)) if rng.random() < 0.6 else None
    cz_mail = (
        Seg(
            f"{cz.email_local(rng.randrange(4))}{rng.choice(['', '', str(dob.year % 100)])}@"
            f"{rng.choice(MAIL_DOMAINS)}",
            "EMAIL",
        )
        if rng.random() < 0.5
        else None
    )

    def first() -> list[tuple[Text, str] | float]:
        return [
            *unit_items(u),
            8.0,
            *address_items(m),
            8.0,
            *contact_items("Behandeld door", handler, h_phone, h_mail),
            8.0,
            *field_items("Onze referentie", keep(ctx.ref)),
            *field_items("Uw aanvraag van", date_str(received)),
            *field_items("Bijlage(n)", "geen"),
        ]

    def later() -> list[tuple[Text, str] | float]:
        return [
            *unit_items(u),
            8.0,
            *field_items("Datum", date_str(ctx.date)),
            *field_items("Onze referentie", keep(ctx.ref)),
        ]

    cv = rijks_canvas(ctx, first, later)
    cv.new_page()
    title = "De heer" if not cz.female else "Mevrouw"
    _letter_head(
        cv,
        ctx,
        [[Seg(f"{title} "), cz.seg("short")], Seg(addr.street, "ADRES"), Seg(addr.place, "ADRES")],
        date=date_str(ctx.date),
        subject=topic[0],
    )
    v: dict[str, str | Seg | Person] = {
        "cz": cz,
        "h": handler,
        "received": date_str(received),
        "what": topic[1],
        "thing": topic[2],
        "amount": amount,
        "iban": Seg(account, "IBAN"),
        "bsn": (bsn_seg := Seg(number, "BSN")),
        "dob": (dob_seg := Seg(date_str(dob), "GEBOORTEDATUM")),
        "hm": cz.heer_mevrouw,
        "ministry": keep(m.name),
        "directie": u.directie,
        "post0": keep(m.post[0]),
        "post1": keep(m.post[1]),
        "ref": keep(ctx.ref),
        "street": Seg(addr.street, "ADRES"),
        "place": Seg(addr.place, "ADRES"),
    }
    cv.para(fmt("Geachte {hm} {cz.alone},", v), after=10)
    cv.para(
        fmt(
            "Op {received} hebben wij uw aanvraag ontvangen voor {what}. In deze brief leest u ons "
            "besluit en waarom wij zo hebben besloten.",
            v,
        ),
        after=8,
    )
    cv.heading("Uw gegevens", before=2)
    for label, value in (
        ("Naam", [cz.seg("short")]),
        ("Adres", [Seg(addr.street, "ADRES"), Seg(", "), Seg(addr.place, "ADRES")]),
        ("Geboortedatum", [dob_seg]),
        ("Burgerservicenummer", [bsn_seg]),
    ):
        cv.para(value, label=label, label_style="r", label_width=120, after=1)
    cv.space(8)
    cv.heading("Ons besluit", before=2)
    cv.para(
        fmt(
            "Wij kennen u {thing} toe van {amount} euro. Wij hebben uw aanvraag beoordeeld aan de hand van "
            "de stukken die u heeft meegestuurd en de gegevens die bij ons bekend zijn. Uit die gegevens "
            "blijkt dat u, geboren op {dob}, voldoet aan de voorwaarden.",
            v,
        ),
        after=8,
    )
    cv.para(
        fmt(
            "Wij maken het bedrag binnen zes weken over op rekeningnummer {iban} ten name van {cz.short}. "
            "Klopt dit rekeningnummer niet meer? Geef dan uw nieuwe rekeningnummer zo snel mogelijk aan "
            "ons "
            "door en vermeld daarbij uw burgerservicenummer {bsn}.",
            v,
        ),
        after=8,
    )
    if cz_phone is not None:
        v["phone"] = cz_phone
        cv.para(
            fmt(
                "Zoals u heeft gevraagd, hebben wij u ook telefonisch over dit besluit geïnformeerd via het "
                "nummer {phone}.",
                v,
            ),
            after=8,
        )
    if cz_mail is not None:
        v["mail"] = cz_mail
        cv.para(
            fmt("Een kopie van deze brief sturen wij op uw verzoek ook per e-mail naar {mail}.", v), after=8
        )
    cv.heading("Bent u het niet eens met dit besluit?", before=2)
    cv.para(
        fmt(
            "Dan kunt u binnen zes weken na de dag waarop deze brief is verzonden bezwaar maken. Stuur uw "
            "bezwaarschrift naar: {ministry}, {directie}, {post0}, {post1}. Vermeld in uw bezwaarschrift "
            "het kenmerk {ref}, de reden waarom u het niet eens bent met het besluit en uw handtekening.",
            v,
        ),
        after=8,
    )
    cv.para(
        fmt(
            "Heeft u nog vragen? Neem dan contact op met de behandelaar van uw aanvraag. U vindt de "
            "gegevens in de rechterkolom van deze brief.",
            v,
        ),
        after=10,
    )
    cv.ensure(120)  # keep the signature block together
    cv.para("Met vriendelijke groet,", after=6)
    cv.para(keep(f"De {m.minister_cap},"), after=1)
    cv.para("namens deze,", after=30)
    cv.para(signer.seg("full"), after=1)
    cv.para(f"hoofd afdeling {u.afdeling}", after=0)
    page_numbers(cv)
    return Built(
        cv,
        topic[0],
        f"Brief van {m.abbr} ({u.code}) aan een burger: naam en huisadres, aanhef, BSN, IBAN, "
        "geboortedatum, behandelaar en ondertekenaar (namens de minister) weglakken.",
        author=m.name,
    )


# ----------------------------------------------------------------------------------------- metadata
def build_metadata(ctx: Ctx) -> Built:
    m, u, r, pp = ctx.ministry, ctx.unit, ctx.report, ctx.people
    a, b = pp.person(), pp.person()
    minister = pp.official()
    cv = Canvas(pymupdf.open(), ctx.fonts, body_x0=72, body_x1=523, top=72, bottom=770)
    cv.new_page()
    v: dict[str, str | Seg | Person] = {
        "a": a,
        "b": b,
        "theme": r.theme,
        "report": r.title,
        "author": r.author,
        "dir": u.dir_abbr,
        "minister": keep(m.minister),
        "minister_named": ctx.minister_named(minister, short=False),
        "partners": PARTNERS[m.key],
        "code": u.code,
    }
    title = f"Notitie over {r.theme}"
    cv.para("Notitie", style="b", size=16, after=8)
    for label, value in (
        ("Aan", f"directeur {u.dir_abbr}"),
        ("Van", fmt("{a.full} ({code})", v)),
        ("Datum", date_str(ctx.date)),
        ("Onderwerp", f"Eerste analyse van {r.theme}"),
    ):
        cv.para(value, label=f"{label}:", label_width=80, after=2)
    cv.rule(72, 523, cv.y + 4, width=0.8, color=BLACK)
    cv.space(16)
    sections: list[tuple[str, list[str]]] = [
        (
            "1. Inleiding",
            [
                "Deze notitie geeft een eerste analyse van {theme}, naar aanleiding van het rapport "
                "'{report}' "
                "van "
                "{author}. De notitie is bedoeld als basis voor het gesprek in het directieoverleg en is nog "
                "niet "
                "afgestemd met {partners}.",
                "De {minister_named} heeft in het laatste commissiedebat toegezegd de Kamer over dit "
                "onderwerp "
                "te informeren. Deze notitie loopt daarop vooruit.",
            ],
        ),
        (
            "2. Analyse",
            [
                "Uit de beschikbare cijfers blijkt dat de problemen zich vooral voordoen bij kleinere "
                "organisaties. "
                "Zij beschikken vaak niet over de capaciteit om de nieuwe verplichtingen tijdig uit te "
                "voeren. "
                "Grotere organisaties hebben de afgelopen jaren al geïnvesteerd in hun processen.",
                "In gesprekken met de uitvoering is daarnaast naar voren gekomen dat de regelgeving op "
                "onderdelen "
                "onduidelijk is. Dat leidt tot verschillen in de toepassing tussen regio's. Een handreiking "
                "kan "
                "daarbij helpen, maar lost het onderliggende probleem niet op.",
                "{b.full} heeft de cijfers over de afgelopen drie jaar verzameld; de tabellen zijn "
                "opgenomen in "
                "de bijlage bij deze notitie. {b.alone} wijst erop dat de cijfers over het laatste jaar nog "
                "voorlopig zijn.",
            ],
        ),
        (
            "3. Conclusie en vervolg",
            [
                "Voorgesteld wordt om in het directieoverleg te bespreken of een handreiking volstaat of "
                "dat een "
                "wijziging van de regelgeving nodig is. In het laatste geval is een uitvoeringstoets nodig.",
                "Na het directieoverleg werkt {a.alone} de notitie uit tot een nota aan de minister. Daarin "
                "worden ook de financiële gevolgen en het krachtenveld beschreven.",
                "Vragen over deze notitie kunnen worden gesteld aan {a.short}.",
            ],
        ),
    ]
    toc: list[list[object]] = []
    for title_, paras in sections:
        if title_.startswith("3.") and cv.doc.page_count == 1:
            cv.new_page()  # a manual page break, as in the Word original
        toc.append([1, title_, cv.doc.page_count])
        cv.heading(title_)
        for text in paras:
            cv.para(fmt(text, v), after=8)
    for i, page in enumerate(cv.doc):
        cv.write_line(297 - cv.fonts.regular.length(str(i + 1), 9) / 2, 810, str(i + 1), size=9, page=page)
    note = cv.doc[0].add_text_annot(
        (530, 140),
        f"Graag nog laten checken door {b.full} voordat dit naar de directeur gaat.",
        icon="Comment",
    )
    note.set_info(
        title=a.full, subject="Opmerking", creationDate=_pdf_date(ctx.date, 9), modDate=_pdf_date(ctx.date, 9)
    )
    note.update()
    xmp = _xmp(title=title, creator=a.full, date=ctx.date)
    return Built(
        cv,
        title,
        "Notitie van twee pagina's waarvan de metadata (Author, XMP dc:creator) en een "
        "opmerking (tekstannotatie) de naam van een ambtenaar bevatten; bladwijzers zonder namen.",
        author=a.full,
        creator="Microsoft® Word voor Microsoft 365",
        in_metadata=[a.seg("full"), b.seg("full")],
        xmp=xmp,
        toc=toc,
    )


def _pdf_date(d: dt.date, hour: int) -> str:
    return f"D:{d:%Y%m%d}{hour:02d}0000+02'00'"


def _xmp(*, title: str, creator: str, date: dt.date) -> str:
    iso = f"{date:%Y-%m-%d}T09:00:00+02:00"
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
        f'   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>\n'
        f"   <dc:creator><rdf:Seq><rdf:li>{escape(creator)}</rdf:li></rdf:Seq></dc:creator>\n"
        f"   <xmp:CreateDate>{iso}</xmp:CreateDate>\n"
        f"   <xmp:ModifyDate>{iso}</xmp:ModifyDate>\n"
        "   <xmp:CreatorTool>Microsoft® Word voor Microsoft 365</xmp:CreatorTool>\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )


BUILDERS: dict[str, Callable[[Ctx], Built]] = {
    "nota": build_nota,
    "email": build_email,
    "verslag": build_verslag,
    "brief-minister": build_brief_minister,
    "brief-burger": build_brief_burger,
    "metadata": build_metadata,
}

__all__ = ["A4_HEIGHT", "A4_WIDTH", "BUILDERS"]
