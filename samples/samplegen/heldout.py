"""The held-out part of the evaluation set: other names, another template, written before tuning.

Detection is tuned on documents made by the ordinary kinds with Faker ``nl_NL`` names and the lists in
``people.py``. The held-out documents differ in three ways, so that the scores measured on them say how
the detector does on documents nobody tuned it on:

* names come from other Faker locales (Flemish ``nl_BE``, German, French, British, Italian, Turkish,
  Polish), drawn by ``HeldoutPeople``;
* they use a seed range of their own (9000 and up) and one template of their own, ``hoorzitting``
  (the report of a hearing on an objection), with distractors written before any tuning: names of
  organisations, prizes and buildings that contain a person's name, municipal phone numbers, case
  numbers that look like phone numbers, law citations;
* they are listed in ``tests/data/eval/SPLIT.txt`` and never used to tune the detector.

A new round (``python samples/generate.py --heldout-round N --out tests/data/eval``, N >= 3) differs from
every earlier one again: its own seeds, names from locales drawn for that round (``round_locales``) that
avoid every name of the sets already there (``avoid``), and the held-out template in a wording and
order of its own (``Ctx.variant``). Rounds 1 and 2 are reproduced unchanged by ``--eval-set``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from random import Random

from faker import Faker

from .common import Built, Ctx, address_items, date_str, field_items, fmt, keep, rijks_canvas, tel
from .layout import Seg, Text
from .people import People, Person, birth_date, bsn, home_address, landline, mobile

LOCALES = ("nl_BE", "nl_BE", "nl_BE", "de_DE", "fr_FR", "en_GB", "it_IT", "tr_TR", "pl_PL")  # rounds 1 and 2
# Latin-script Faker locales none of rounds 1 and 2 used: each later round draws its own from these
LATER_LOCALES = ("de_AT", "de_CH", "fr_BE", "fr_CH", "es_ES", "pt_PT", "pt_BR", "da_DK", "sv_SE", "no_NO",
                 "fi_FI", "cs_CZ", "sk_SK", "sl_SI", "hr_HR", "hu_HU", "ro_RO", "en_IE", "es_MX", "id_ID",
                 "lt_LT", "lv_LV", "et_EE", "en_NG")


def round_locales(round_no: int) -> tuple[str, ...]:
    """The locales persons of held-out round ``round_no`` come from (Flemish always among them)."""
    if round_no <= 2:
        return LOCALES
    return ("nl_BE", "nl_BE", *sorted(Random(f"heldout-round/{round_no}").sample(LATER_LOCALES, 7)))

_TV = re.compile(
    r"^((?:[Vv]an [Dd]e[nr]?|[Vv]an|[Dd]e|[Dd]en|[Tt]er|[Tt]en|[Vv]ande[nr]?|[Dd]e [Ll]a|[Ll]e|[Vv]on) )?(.+)$"
)


@dataclass
class HeldoutPeople(People):
    """Persons whose names come from other locales than the tuning set's; none of them shares a first
    name or surname with a name in ``avoid`` (the names of the sets made before)."""

    locales: tuple[str, ...] = LOCALES
    avoid: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        super().__post_init__()
        self.used |= self.avoid
        seed = int.from_bytes(hashlib.sha256(repr(self.rng.random()).encode()).digest()[:8], "big")
        self.fakers = {loc: Faker(loc) for loc in sorted(set(self.locales))}
        for i, f in enumerate(self.fakers.values()):
            f.seed_instance(seed + i)

    def _draw(self, female: bool | None, origin: str | None, double: bool | None) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        fk = self.fakers[rng.choice(self.locales)]
        first = fk.first_name_female() if female else fk.first_name_male()
        first = first.split()[0].split("-")[0] if rng.random() < 0.8 else first.split()[0]
        last = fk.last_name()
        m = _TV.match(last)
        tv, surname = ((m.group(1) or "").strip(), m.group(2)) if m else ("", last)
        if " " in surname or not surname[:1].isupper() or len(surname) < 3:
            tv, surname = "", surname.replace(" ", "-")
        if tv and tv[0].isupper():
            tv = tv[0].lower() + tv[1:]  # written "van den Broeck" after a first name
        if double if double is not None else rng.random() < 0.1:
            other = self.fakers["nl_BE"].last_name()
            if " " not in other:
                surname = f"{surname}-{other}"
        initials = first[0].upper() + "."
        if rng.random() < 0.35:
            initials += rng.choice([c for c in "ABDEGHJKLMNRSTVW" if c != initials[0]]) + "."
        return Person(first, initials, tv, surname, female)


# The held-out template's wording: [0] for rounds 1 and 2, the others drawn per document in later rounds.
WORDING: tuple[dict[str, str], ...] = (
    {"title": "Verslag van de hoorzitting", "committee": "Commissie bezwaarschriften, ", "chair": "Voorzitter",
     "member": "Lid", "secretary": "Secretaris", "objector": "Bezwaarmaker", "counsel": "Gemachtigde",
     "official": "Namens verweerder"},
    {"title": "Hoorzittingsverslag", "committee": "Adviescommissie voor de bezwaarschriften van het ",
     "chair": "Voorzitter commissie", "member": "Commissielid", "secretary": "Ambtelijk secretaris",
     "objector": "Indiener bezwaar", "counsel": "Advocaat", "official": "Voor het bestuursorgaan"},
    {"title": "Verslag hoorzitting bezwaar", "committee": "Bezwaarschriftencommissie, ", "chair": "Voorzitter",
     "member": "Tweede lid", "secretary": "Verslaglegging", "objector": "Bezwaarde partij",
     "counsel": "Raadsman", "official": "Vertegenwoordiger verweerder"},
)


def build_hoorzitting(ctx: Ctx) -> Built:
    """Report of a hearing on an objection (bezwaar): committee, objector, counsel, officials."""
    m, u, rng, pp = ctx.ministry, ctx.unit, ctx.rng, ctx.people
    chair, member, secretary, objector, counsel, official = (pp.person() for _ in range(6))
    minister, mayor = pp.official(), pp.official()
    addr = home_address(rng, ctx.fake, ctx.fonts.covers)
    born = birth_date(rng)
    number = bsn(rng)
    counsel_phone, objector_phone = tel(landline(rng, area=rng.choice(["20", "30", "10"]))), tel(mobile(rng))
    counsel_mail = Seg(f"{counsel.email_local(rng.randrange(4))}@{rng.choice(['advocatuur.nl', 'law.nl'])}", "EMAIL")

    def first() -> list[tuple[Text, str] | float]:
        return [*address_items(m), 8.0, *field_items("Secretaris", secretary.seg("short")),
                *field_items("Datum hoorzitting", date_str(ctx.date)),
                *field_items("Zaaknummer", keep(f"BZ-{ctx.ref[:3]}-{ctx.ref[3:]}"))]

    def later() -> list[tuple[Text, str] | float]:
        return [*field_items("Zaaknummer", keep(f"BZ-{ctx.ref[:3]}-{ctx.ref[3:]}"))]

    cv = rijks_canvas(ctx, first, later)
    cv.new_page()
    words = WORDING[0] if not ctx.variant else WORDING[1 + (ctx.variant + rng.randrange(len(WORDING) - 1)) % (
        len(WORDING) - 1)]
    cv.para(words["title"], style="b", size=13, after=6)
    cv.para([Seg(words["committee"]), keep(m.name)], size=10, after=10)
    rows: list[tuple[str, list[Seg]]] = [
        (words["chair"], [chair.seg("titled") if chair.title else chair.seg("full")]),
        (words["member"], [member.seg("short")]),
        (words["secretary"], [secretary.seg("full")]),
        (words["objector"], [objector.seg("full"), Seg(", geboren "), Seg(date_str(born), "GEBOORTEDATUM")]),
        (words["counsel"], [Seg("mr. "), counsel.seg("short"), Seg(" ("), counsel_mail, Seg(")")]),
        (words["official"], [official.seg("full"), Seg(f", {u.directie}")]),
    ]
    if ctx.variant:  # later rounds: the attendance in another order (the chair stays first)
        rows = [rows[0], *rng.sample(rows[1:], len(rows) - 1)]
    for label, value in rows:
        cv.para(value, size=10, label=f"{label}:", label_width=110, after=2)
    cv.space(8)
    v: dict[str, str | Seg | Person] = {
        "chair": chair, "member": member, "secretary": secretary, "objector": objector, "counsel": counsel,
        "official": official, "addr_street": Seg(addr.street, "ADRES"), "addr_place": Seg(addr.place, "ADRES"),
        "bsn": Seg(number, "BSN"), "counsel_phone": counsel_phone, "objector_phone": objector_phone,
        "minister": keep(f"de {m.minister}, {minister.titled}"),
        "mayor": keep(f"burgemeester {mayor.alone}"),
        "prize": keep(rng.choice(["het Prins Bernhard Cultuurfonds", "de Erasmus Universiteit Rotterdam",
                                  "het Anne Frank Huis", "de Johan Cruijff ArenA", "het Vincent van Gogh Museum"])),
        "municipal": keep("14 020"),
        "case": keep(f"zaak 06-{rng.randint(1000000, 9999999)}"),
        "law": keep("artikel 7:2 van de Algemene wet bestuursrecht"),
        "date": date_str(ctx.days(-rng.randint(30, 80))),
        "report": ctx.report.title,
    }
    paras = [
        "De voorzitter, {chair.alone}, opent de hoorzitting en stelt de aanwezigen voor. De hoorzitting vindt "
        "plaats op grond van {law}. Mevrouw {secretary.alone} maakt het verslag.",
        "Bezwaarmaker, wonende aan {addr_street}, {addr_place}, is bekend onder burgerservicenummer {bsn}. Hij is "
        "telefonisch bereikbaar via {objector_phone}; de gemachtigde via {counsel_phone}.",
        "{counsel.short} licht het bezwaar toe. Volgens de gemachtigde heeft {official.full} in het primaire "
        "besluit van {date} ten onrechte verwezen naar {report}. Ook {minister} heeft zich daarover in de "
        "Kamer uitgelaten, en {mayor} heeft een brief gestuurd.",
        "{member.alone} vraagt of bezwaarmaker eerder contact heeft gehad met {prize}. {objector.first} "
        "antwoordt dat hij in {case} alleen de gemeente heeft gebeld via {municipal}.",
        "{official.first} {official.alone} reageert namens de minister. De voorzitter dankt {objector.alone} en "
        "{counsel.alone} voor hun komst en sluit de zitting. {secretary.short} stuurt het verslag binnen "
        "twee weken toe.",
    ]
    if ctx.variant:  # later rounds: the middle of the hearing in another order
        paras = [paras[0], *rng.sample(paras[1:-1], len(paras) - 2), paras[-1]]
    for p in paras:
        cv.para(fmt(p, v), size=10, after=8)
    return Built(cv, title="Verslag hoorzitting", description="Verslag van een hoorzitting over een bezwaar "
                 "(held-out): commissie, bezwaarmaker met BSN en adres, gemachtigde, ambtenaar, "
                 "publieke personen, afleiders.")


HELDOUT_BUILDERS = {"hoorzitting": build_hoorzitting}

__all__ = ["HELDOUT_BUILDERS", "LATER_LOCALES", "LOCALES", "WORDING", "HeldoutPeople", "build_hoorzitting",
           "round_locales"]
