"""Fictitious persons and personal numbers: names with their Dutch surface forms, phones, e-mail
addresses, BSNs (11-proef), IBANs (mod 97), dates of birth and home addresses.

Everything is drawn from a ``random.Random`` and a seeded ``Faker("nl_NL")`` passed in by the caller,
so a document seed always yields the same persons. All persons are invented; a match with a real
person is coincidence.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from random import Random

from faker import Faker

from .layout import Seg

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")

# tussenvoegsel → relative weight among Dutch surnames (about 45 % of Dutch surnames carry one)
TV_WORDS = {"van", "de", "der", "den", "ter", "ten", "te", "'t", "in", "op", "het"}
_SURNAME = re.compile(
    r"^(?:(van der|van den|van de|van 't|van|de|den|ter|ten|te|'t|in 't|op de) )?([A-Z][a-zëéèöüïáçó]{2,})$"
)

# Surnames and first names of non-Dutch origin that are common in the Netherlands.
# origin → (male first names, female first names, surnames)
OTHER_ORIGINS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "turks": (
        ("Mehmet", "Emre", "Burak", "Yusuf", "Kerem", "Murat", "Orhan"),
        ("Ayşe", "Zeynep", "Elif", "Esra", "Derya", "Meryem", "Hatice"),
        (
            "Yılmaz",
            "Kaya",
            "Demir",
            "Çelik",
            "Şahin",
            "Öztürk",
            "Aydın",
            "Yıldız",
            "Doğan",
            "Arslan",
            "Koç",
            "Kılıç",
            "Erdem",
            "Polat",
        ),
    ),
    "marokkaans": (
        ("Mohamed", "Karim", "Soufiane", "Bilal", "Youssef", "Hamza", "Anouar", "Rachid"),
        ("Fatima", "Samira", "Nadia", "Khadija", "Salma", "Imane", "Naima", "Loubna"),
        (
            "El Amrani",
            "Bouzid",
            "Benali",
            "El Idrissi",
            "Azzouzi",
            "Ouali",
            "Boukhari",
            "El Khatib",
            "Chaoui",
            "Haddou",
            "Ait Hammou",
            "Bakkali",
        ),
    ),
    "surinaams": (
        ("Ravi", "Anil", "Sanjay", "Rajesh", "Shiva", "Romano", "Errol"),
        ("Priya", "Anjali", "Sunita", "Reshma", "Kavita", "Sharon", "Chantal"),
        (
            "Ramdin",
            "Sewnath",
            "Ramautar",
            "Jagesar",
            "Mahabier",
            "Baldewsingh",
            "Ramsaran",
            "Soekhoe",
            "Kromodikoro",
            "Pinas",
            "Fränkel",
        ),
    ),
    "moluks": (
        ("Johnny", "Ricardo", "Melvin", "Agus"),
        ("Maureen", "Yvonne", "Wilma", "Dewi"),
        ("Pattiasina", "Latumahina", "Tahitu", "Soselisa", "Manuhutu", "Wattimena"),
    ),
    "pools": (
        ("Piotr", "Tomasz", "Krzysztof", "Paweł", "Marek"),
        ("Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Ewa"),
        ("Nowak", "Kowalczyk", "Wójcik", "Mazur", "Krawczyk", "Wiśniewski", "Lewandowski"),
    ),
    "antilliaans": (
        ("Giovanni", "Shurandy", "Jurgen", "Ruthmilo"),
        ("Shanice", "Giselle", "Jozaira", "Sharleen"),
        ("Martina", "Isenia", "Doran", "Rosario", "Croes", "Tromp", "Winklaar", "Statia"),
    ),
    "chinees": (
        ("Wei", "Jun", "Hao", "Ming"),
        ("Mei", "Jing", "Hui", "Xiu"),
        ("Chen", "Wong", "Zhang", "Liu", "Cheung", "Tang"),
    ),
    "overig": (
        ("Kwame", "Ahmad", "Samir", "Dawit", "Hamid", "Mateus"),
        ("Ama", "Farah", "Leila", "Hana", "Amina", "Noor"),
        ("Mensah", "Owusu", "Ahmadi", "Hashimi", "Abdi", "Tesfaye", "Haidari", "Gonçalves"),
    ),
}

# common Dutch surnames, with the tussenvoegsels they really carry
OWN_SURNAMES = (
    "de Jong",
    "Jansen",
    "de Vries",
    "van den Berg",
    "van Dijk",
    "Bakker",
    "Janssen",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "van der Linden",
    "Kok",
    "Jacobs",
    "de Haan",
    "Vermeulen",
    "van den Heuvel",
    "van der Veen",
    "van den Broek",
    "de Bruijn",
    "van der Heijden",
    "Schouten",
    "van Beek",
    "Willems",
    "van Vliet",
    "van de Ven",
    "Hoekstra",
    "Maas",
    "Verhoeven",
    "Koster",
    "van Dam",
    "van der Wal",
    "Prins",
    "Blom",
    "Huisman",
    "Kramer",
    "Kuipers",
    "Postma",
    "Timmermans",
    "Wouters",
    "van der Hoek",
    "Scholten",
    "Post",
    "Kuiper",
    "Veenstra",
    "Kooistra",
    "Zwart",
    "Hermans",
    "Bosman",
    "Evers",
    "Molenaar",
    "Nijhuis",
    "ter Horst",
    "'t Hart",
    "van 't Hof",
    "in 't Veld",
    "op de Beek",
    "den Hollander",
    "te Riele",
    "van der Laan",
    "ten Have",
    "van 't Zand",
    "'t Hooft",
    "ter Beek",
    "van der Sluis",
    "van de Pol",
    "Goossens",
    "Claassen",
    "Hofman",
    "van der Velde",
    "de Ruiter",
    "van Wijk",
    "de Lange",
    "van Rijn",
    "de Kort",
    "van Dongen",
    "van der Steen",
    "van Loon",
)

OWN_STREETS = (
    "Kerkstraat",
    "Dorpsstraat",
    "Molenweg",
    "Schoolstraat",
    "Julianastraat",
    "Beatrixlaan",
    "Wilhelminastraat",
    "Stationsweg",
    "Nieuwstraat",
    "Emmastraat",
    "Parallelweg",
    "Eikenlaan",
    "Lindelaan",
    "Prinses Margrietstraat",
    "Oranjestraat",
    "Hoofdstraat",
    "Industrieweg",
    "Sportlaan",
    "Meidoornstraat",
    "Vondelstraat",
    "Rembrandtlaan",
    "Van Goghstraat",
    "Populierenweg",
    "Zuiderzeestraat",
    "Rozengracht",
    "Prins Hendrikkade",
    "Ambachtsweg",
)
OWN_CITIES = (
    "Amsterdam",
    "Rotterdam",
    "Utrecht",
    "Eindhoven",
    "Groningen",
    "Tilburg",
    "Almere",
    "Breda",
    "Nijmegen",
    "Apeldoorn",
    "Haarlem",
    "Arnhem",
    "Zaandam",
    "Amersfoort",
    "Zwolle",
    "Leiden",
    "Maastricht",
    "Dordrecht",
    "Zoetermeer",
    "Deventer",
    "Delft",
    "Alkmaar",
    "Leeuwarden",
    "Venlo",
    "Hilversum",
    "Assen",
    "Emmen",
    "Gouda",
    "Purmerend",
    "Roosendaal",
    "Helmond",
    "Heerlen",
    "Enschede",
    "Lelystad",
    "Den Helder",
    "Vlaardingen",
    "Capelle aan den IJssel",
    "Schiedam",
)
POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"  # Dutch postcodes use no F, I, O, Q, U, Y
BANKS = ("ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB")
TITLES = ("mr.", "drs.", "dr.", "ir.", "prof. dr.", "")


def fmt_date(d: dt.date) -> str:
    """Dutch long date, e.g. ``3 juni 2024``."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def fmt_weekday_date(d: dt.date) -> str:
    return f"{WEEKDAYS[d.weekday()]} {fmt_date(d)}"


def asciify(text: str) -> str:
    text = text.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _cap(tv: str) -> str:
    return tv[0].upper() + tv[1:] if tv and tv[0].isalpha() else tv


@dataclass(frozen=True)
class Person:
    """An invented person and the surface forms Dutch documents use for them."""

    first: str
    initials: str  # "P." or "P.J."
    tv: str  # tussenvoegsel, "" if none
    surname: str  # without tussenvoegsel; may be double ("Bakker-de Vries")
    female: bool
    title: str = ""  # academic title, used for office holders ("mr.")

    @property
    def last(self) -> str:
        """Surname as written after a first name or initials: ``van der Berg``."""
        return f"{self.tv} {self.surname}" if self.tv else self.surname

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def alone(self) -> str:
        """Surname alone, tussenvoegsel capitalised: ``Van der Berg`` (``'t Hart`` stays)."""
        return _cap(self.last)

    @property
    def short(self) -> str:
        """Initials and surname: ``P. van der Berg``."""
        return f"{self.initials} {self.last}"

    @property
    def titled(self) -> str:
        return f"{self.title} {self.short}" if self.title else self.short

    @property
    def outlook(self) -> str:
        """Display name in the government address book: ``Berg, P. van der``."""
        return f"{self.surname}, {self.initials} {self.tv}" if self.tv else f"{self.surname}, {self.initials}"

    @property
    def paraaf(self) -> str:
        """Initials as used for a paraph or in an action list: ``PvdB``, ``KV``, ``AEA``."""
        out = self.first[0].upper()
        for word in self.tv.split():
            out += word.strip("'")[0].lower()
        for word in re.split(r"[- ]", self.surname):
            if word:
                out += word[0].lower() if word in TV_WORDS else word[0].upper()
        return out

    @property
    def aanhef(self) -> str:
        return "mevrouw" if self.female else "de heer"

    @property
    def heer_mevrouw(self) -> str:
        return "mevrouw" if self.female else "heer"

    def email_local(self, style: int) -> str:
        compact = asciify(self.last).lower().replace(" ", "").replace("'", "")
        dotted = asciify(self.last).lower().replace("'", "").replace(" ", ".")
        first = asciify(self.first).lower().replace(" ", "")
        ini = asciify(self.initials).lower().replace(".", "")
        return (f"{ini[0]}.{compact}", f"{first}.{compact}", f"{ini[0]}.{dotted}", f"{ini}.{compact}")[
            style % 4
        ]

    def forms(self) -> list[str]:
        return [self.full, self.alone, self.short, self.outlook, self.paraaf, self.first, self.last]

    # segments -----------------------------------------------------------------------------------
    def seg(self, form: str) -> Seg:
        """A personal-data segment for one surface form (``full``, ``alone``, ``short``, …)."""
        if form == "paraaf":
            return Seg(self.paraaf, "INITIALEN")
        return Seg(getattr(self, form), "NAAM")


@dataclass
class People:
    """Draws persons that differ in first name and every surname form from those drawn before."""

    rng: Random
    fake: Faker
    covers: Callable[[str], bool]
    other_share: float = 0.3

    def __post_init__(self) -> None:
        self.used: set[str] = set()

    def person(
        self, *, female: bool | None = None, origin: str | None = None, double: bool | None = None
    ) -> Person:
        for _ in range(200):
            p = self._draw(female, origin, double)
            keys = {p.first, p.surname, p.alone, p.paraaf}
            if keys & self.used or not all(self.covers(f) for f in p.forms()):
                continue
            if any(k in u or u in k for k in (p.surname,) for u in self.used if len(u) > 3):
                continue
            self.used |= keys
            return p
        raise RuntimeError("could not draw a distinct person")

    def official(self, *, female: bool | None = None) -> Person:
        """An office holder (minister, state secretary): a titled, single-surname person."""
        p = self.person(female=female, double=False)
        title = self.rng.choice(TITLES)
        return Person(p.first, p.initials, p.tv, p.surname, p.female, title)

    def _draw(self, female: bool | None, origin: str | None, double: bool | None) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "nl" if rng.random() >= self.other_share else rng.choice(sorted(OTHER_ORIGINS))
        if origin == "nl":
            first = self.fake.first_name_female() if female else self.fake.first_name_male()
            tv, surname = self._dutch_surname()
            if double if double is not None else rng.random() < 0.12:
                tv2, core2 = self._dutch_surname()
                surname = f"{surname}-{tv2 + ' ' if tv2 else ''}{core2}"
        else:
            males, females, surnames = OTHER_ORIGINS[origin]
            first = rng.choice(females if female else males)
            surname, tv = rng.choice(surnames), ""
            if double and origin != "chinees":
                surname = f"{self._dutch_core()}-{surname}"
        if " " in first or not first[0].isalpha():
            first = first.split()[0]
        initials = first[0].upper() + "."
        if rng.random() < 0.3:
            initials += rng.choice([c for c in "ACEFHJKLMNPRSTW" if c != initials[0]]) + "."
        return Person(first, initials, tv or "", surname, female)

    def _dutch_surname(self) -> tuple[str, str]:
        """(tussenvoegsel, core) of a common surname or one from Faker's nl_NL list."""
        for _ in range(100):
            name = self.rng.choice(OWN_SURNAMES) if self.rng.random() < 0.5 else self.fake.last_name()
            m = _SURNAME.match(name)
            if m:
                return m.group(1) or "", m.group(2)
        return "", "Jansen"

    def _dutch_core(self) -> str:
        return self._dutch_surname()[1]


# --- numbers --------------------------------------------------------------------------------------
def mobile(rng: Random, style: int | None = None) -> str:
    d = "6" + str(rng.randint(1, 5)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
    style = rng.randrange(6) if style is None else style
    return (
        f"0{d[:1]}-{d[1:]}",
        f"0{d[:1]} {d[1:5]} {d[5:]}",
        f"+31 {d[:1]} {d[1:5]} {d[5:]}",
        f"0{d[:1]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}",
        f"+31 (0){d[:1]} {d[1:]}",
        f"0{d[:1]}-{d[1:5]} {d[5:]}",
    )[style % 6]


def landline(rng: Random, area: str = "70", style: int | None = None) -> str:
    """A direct (personal) number in area ``area``; never a known switchboard number."""
    while True:
        d = area + str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(6))
        if d[2:5] not in {"370", "340", "342", "426", "456", "379", "333", "412", "348", "378", "356"}:
            break
    a, r = d[:2], d[2:]
    style = rng.randrange(5) if style is None else style
    return (
        f"0{a} {r[:3]} {r[3:]}",
        f"0{a}-{r}",
        f"+31 (0){a} {r[:3]} {r[3:]}",
        f"0{a} {r[:3]} {r[3:5]} {r[5:]}",
        f"+31 {a} {r[:3]} {r[3:]}",
    )[style % 5]


def bsn(rng: Random) -> str:
    """A 9-digit number that passes the 11-proef (weights 9..2 and -1)."""
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        check = sum((9 - i) * d for i, d in enumerate(digits)) % 11
        if check < 10:
            return "".join(map(str, [*digits, check]))


def elfproef(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    if len(digits) != 9:
        return False
    return (sum((9 - i) * d for i, d in enumerate(digits[:8])) - digits[8]) % 11 == 0


def iban(rng: Random, spaced: bool = True) -> str:
    bank = rng.choice(BANKS)
    account = "".join(str(rng.randint(0, 9)) for _ in range(10))
    numeric = "".join(str(int(c, 36)) for c in f"{bank}{account}NL00")
    check = 98 - int(numeric) % 97
    compact = f"NL{check:02d}{bank}{account}"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)) if spaced else compact


def birth_date(rng: Random) -> dt.date:
    return dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(365 * 64))


@dataclass(frozen=True)
class Address:
    street: str  # "Kerkstraat 12a"
    place: str  # "1234 AB Utrecht"


def home_address(rng: Random, fake: Faker, covers: Callable[[str], bool]) -> Address:
    for _ in range(100):
        street = fake.street_name() if rng.random() < 0.25 else rng.choice(OWN_STREETS)
        number = str(rng.randint(1, 240)) + rng.choice(["", "", "", "", "a", "b", "-1", " bis"])
        city = fake.city() if rng.random() < 0.3 else rng.choice(OWN_CITIES)
        letters = rng.choice(POSTCODE_LETTERS) + rng.choice(POSTCODE_LETTERS)
        if letters in {"SA", "SD", "SS"}:
            continue
        postcode = f"{fake.random_int(1011, 9999)} {letters}"
        a = Address(f"{street} {number}", f"{postcode} {city}")
        if "Haag" in city or "Gravenhage" in city or not covers(a.street + a.place):
            continue
        return a
    raise RuntimeError("could not draw an address")
