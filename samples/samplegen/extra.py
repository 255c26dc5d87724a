"""More document kinds: a chat export (Teams / WhatsApp / Signal printout) and a Woo decision letter.

They add what the first six kinds lack: speakers in chat exports (``[10:12] Jansen, Piet``), @-mentions,
names in running text without any cue, names in capitals, possessives (``De Vries' notitie``), licence
plates (``KENTEKEN``), law citations, reference numbers that look like phone numbers, and a street
named after a person that must stay readable.
"""

from __future__ import annotations

import datetime as dt
from random import Random

import pymupdf

from .common import BODY_X0, Built, Ctx, address_items, cap, date_str, field_items, fmt, keep, rijks_canvas, tel
from .layout import BLACK, GREY, Canvas, Seg, Text
from .people import Person, fmt_weekday_date, home_address, landline, mobile

# Dutch licence plates by sidecode (letters without vowels, as issued since 1978).
_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


def plate(rng: Random) -> str:
    """A licence plate in one of the sidecodes 4-11 (``12-BDF-3``, ``GT-123-B``, ``1-KBN-12`` …)."""

    def ls(n: int) -> str:
        return "".join(rng.choice(_PLATE_LETTERS) for _ in range(n))

    def ds(n: int) -> str:
        return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))

    code = rng.randrange(8)
    return (
        f"{ls(2)}-{ls(2)}-{ds(2)}",
        f"{ds(2)}-{ls(2)}-{ls(2)}",
        f"{ds(2)}-{ls(3)}-{ds(1)}",
        f"{ds(1)}-{ls(3)}-{ds(2)}",
        f"{ls(2)}-{ds(3)}-{ls(1)}",
        f"{ls(1)}-{ds(3)}-{ls(2)}",
        f"{ls(3)}-{ds(2)}-{ls(1)}",
        f"{ds(1)}-{ls(2)}-{ds(3)}",
    )[code]


def possessive(p: Person) -> str | None:
    """``Jansens`` / ``De Vries'``: the possessive of the surname alone, None when awkward."""
    alone = p.alone
    if alone[-1] in "sxz":
        return f"{alone}'"
    if alone[-1] in "aeiouy":
        return None
    return f"{alone}s"


# --- chat export ----------------------------------------------------------------------------------
def build_chat(ctx: Ctx) -> Built:
    """A chat printed for a Woo request: Teams (``[10:12] Jansen, Piet``), WhatsApp or Signal style."""
    m, rng, pp = ctx.ministry, ctx.rng, ctx.people
    a, b, c, d = pp.person(), pp.person(), pp.person(), pp.person()
    minister = pp.official()
    style = rng.choice(("teams", "whatsapp", "signal"))
    a_mobile, c_mobile = tel(mobile(rng)), tel(mobile(rng))
    size = 9.5
    cv = Canvas(pymupdf.open(), ctx.fonts, body_x0=56, body_x1=540, top=50, bottom=790)
    cv.new_page()
    title = {"teams": "Chatgesprek Microsoft Teams", "whatsapp": "WhatsApp-chat", "signal": "Signal-groep"}[style]
    group = f"Afstemming {ctx.report.title}"
    cv.para([Seg(f"{title}: "), keep(group)], style="b", size=12, after=4)
    cv.para(f"Geëxporteerd op {date_str(ctx.workday(rng.randint(20, 60)))} ten behoeve van een Woo-verzoek",
            size=size, color=GREY, after=6)
    if style == "teams":
        members: list[Text] = [Seg("Deelnemers: "), a.seg("full"), Seg("; "), b.seg("outlook"),
                               Seg(f" ({ctx.unit.code}); "), c.seg("full"), Seg("; "), d.seg("full")]
    else:
        members = [Seg("Leden: "), a.seg("full"), Seg(", "), b.seg("full"), Seg(", "), c.seg("full"), Seg(", "),
                   d.seg("full")]
    cv.para(members, size=size, after=10)
    t = dt.datetime.combine(ctx.date, dt.time(rng.randint(8, 11), rng.randint(0, 50)))
    v: dict[str, str | Seg | Person] = {
        "a": a, "b": b, "c": c, "d": d, "report": ctx.report.title, "theme": ctx.report.theme,
        "a_mobile": a_mobile, "c_mobile": c_mobile,
        "minister": keep(f"minister {minister.alone}"),
        "ministry": keep(m.name),
        "ref": keep(f"kenmerk {rng.randint(10, 99)}{rng.randint(100000, 999999)}"),
        "zaak": keep(f"zaaknummer 06{rng.randint(10000000, 99999999)}"),
        "amount": keep(f"€ {rng.randint(1, 9)}.{rng.randint(100, 999)}.000"),
    }
    script: list[tuple[Person, str]] = [
        (a, "Goedemorgen allemaal! Heeft iemand de laatste versie van de nota over {theme}?"),
        (b, "@{a.first} staat in de map, ik heb de opmerkingen van {d.alone} verwerkt."),
        (c, "Top. {minister} wil de Kamerbrief nog deze week versturen, dus graag vandaag reageren."),
        (a, "Ik heb net met {d.full} gebeld, die kijkt er vanmiddag naar. Bel me anders even op {a_mobile}."),
        (d, "Klopt. Het gaat om {ref}; de bedragen ({amount}) staan in bijlage 2."),
        (b, "Is {zaak} ook al gekoppeld? Dan kan {c.first} het dossier sluiten."),
        (c, "Ja. Ik ben morgen alleen mobiel bereikbaar: {c_mobile}. Dank {b.first}!"),
        (a, "Mooi. {ministry} wacht verder op de reactie van {d.short}."),
    ]
    for speaker, text in script:
        t += dt.timedelta(minutes=rng.randint(1, 40))
        body = fmt(text, v)
        if style == "teams":
            head: list[Seg] = [Seg(f"[{t:%H:%M}] "), speaker.seg("outlook" if rng.random() < 0.5 else "full")]
            cv.para(head, style="b", size=size, after=1)
            cv.para(body, size=size, after=6, x0=BODY_X0 - 10)
        elif style == "whatsapp":
            cv.para([Seg(f"{t:%d-%m-%Y %H:%M} - "), speaker.seg("full"), Seg(": "), *body], size=size, after=4)
        else:
            cv.para([Seg(f"[{t:%d-%m-%Y %H:%M}] "), speaker.seg("full"), Seg(": "), *body], size=size, after=4)
    return Built(cv, title=f"{title} {group}", description=f"{title} ({style}) over {ctx.report.title}; "
                 "sprekers, @-vermeldingen, namen zonder aanwijzing, mobiele nummers, kenmerken.")


# --- Woo decision letter --------------------------------------------------------------------------
_STREET_NAMED = ("Johan de Wittlaan", "Prins Clauslaan", "Koningin Julianaplein", "Anna van Buerenplein",
                 "Willem Witsenplein", "Jan van Nassaustraat")


def build_besluit(ctx: Ctx) -> Built:
    """A decision on a Woo request to a citizen: address block, plate, law citations, named officials."""
    m, u, rng, pp = ctx.ministry, ctx.unit, ctx.rng, ctx.people
    citizen, officer, jurist, other = pp.person(), pp.person(), pp.person(), pp.person()
    minister = pp.official()
    addr = home_address(rng, ctx.fake, ctx.fonts.covers)
    phone = tel(landline(rng))
    kenteken = Seg(plate(rng), "KENTEKEN")
    poss = possessive(other)
    caps = Seg(citizen.alone.upper(), "NAAM")

    def first() -> list[tuple[Text, str] | float]:
        return [*address_items(m), 8.0, *field_items("Behandeld door", officer.seg("short")),
                *field_items("T", phone), *field_items("Onze referentie", keep(f"2024-{ctx.ref}")),
                *field_items("Datum", date_str(ctx.date))]

    def later() -> list[tuple[Text, str] | float]:
        return [*field_items("Onze referentie", keep(f"2024-{ctx.ref}"))]

    cv = rijks_canvas(ctx, first, later)
    cv.new_page()
    block: list[Text] = [[Seg(citizen.aanhef.capitalize() + " "), citizen.seg("short")],
                         Seg(addr.street, "ADRES"), Seg(addr.place, "ADRES")]
    for line in block:
        cv.para(line, size=10, after=1)
    cv.space(24)
    cv.para("Onderwerp: besluit op uw Woo-verzoek", style="b", size=10, after=10)
    sal = "heer" if not citizen.female else "mevrouw"
    cv.para([Seg(f"Geachte {sal} "), citizen.seg("alone"), Seg(",")], size=10, after=8)
    street = rng.choice(_STREET_NAMED)
    v: dict[str, str | Seg | Person] = {
        "citizen": citizen, "officer": officer, "jurist": jurist, "other": other,
        "date": date_str(ctx.days(-rng.randint(40, 90))), "kenteken": kenteken,
        "woo": keep("artikel 5.1, tweede lid, aanhef en onder e, van de Woo"),
        "awb": keep("artikel 6:7 van de Algemene wet bestuursrecht"),
        "minister": keep(f"{m.minister}, {minister.titled}"),
        "street": keep(f"{street} {rng.randint(2, 90)}"),
        "ref": keep(f"2024-{ctx.ref}"),
        "poss": Seg(poss, "NAAM") if poss else other.seg("alone"),
        "caps": caps,
        "dg": keep(u.dg),
    }
    paras = [
        "Op {date} heeft u een verzoek ingediend op grond van de Wet open overheid (Woo). U vraagt om "
        "documenten over de verkeerscontrole waarbij uw voertuig met kenteken {kenteken} betrokken was. "
        "Uw verzoek is geregistreerd onder nummer {ref}.",
        "Bij de beoordeling heb ik advies gevraagd aan {jurist.full} van de {dg}. In de documenten staan "
        "namen van medewerkers; die maak ik niet openbaar op grond van {woo}. Dat geldt niet voor "
        "{minister}: de namen van bewindspersonen zijn openbaar.",
        "In het verslag van het gesprek op het kantoor aan de {street} wordt {poss} notitie genoemd. "
        "{other.full} was daarbij aanwezig als notulist.",
        "In het proces-verbaal staat uw achternaam in hoofdletters ({caps}); in de openbare versie wordt die "
        "weggelakt.",
        "Tegen dit besluit kunt u binnen zes weken bezwaar maken ({awb}). Heeft u vragen, neemt u dan "
        "contact op met {officer.full}.",
    ]
    for p in paras:
        cv.para(fmt(p, v), size=10, after=8)
    cv.ensure(120)
    cv.para("Hoogachtend,", size=10, after=4)
    cv.para([keep(cap(m.minister)), Seg(",")], size=10, after=2)
    cv.para("namens deze,", size=10, after=24)
    cv.para(officer.seg("full"), size=10, after=1)
    cv.para("Afdelingshoofd Informatieverzoeken", size=10, color=BLACK)
    return Built(cv, title="Besluit op uw Woo-verzoek", author="",
                 description="Woo-besluit aan een burger: adresblok, kenteken, wetsartikelen, straat naar een "
                 "persoon genoemd, naam in hoofdletters, bezitsvorm, behandelaar.")


__all__ = ["build_besluit", "build_chat", "fmt_weekday_date", "plate", "possessive"]
