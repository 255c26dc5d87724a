"""Public facts about ministries (addresses, web sites, mail domains, switchboards, units) and the
public organisations letters are sent to. Addresses and switchboards are the real public ones;
directorate names follow the real structure; reports named in the samples are invented.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Unit:
    dg: str  # "Directoraat-Generaal Rechtspleging en Rechtshandhaving"
    dg_abbr: str  # "DGRR"
    directie: str  # "Directie Rechtshandhaving en Criminaliteitsbestrijding"
    dir_abbr: str  # "DRC"
    afdeling: str  # "Cybercrime en zeden"

    @property
    def code(self) -> str:
        return f"{self.dg_abbr}/{self.dir_abbr}"


@dataclass(frozen=True)
class Report:
    title: str
    author: str  # "de Inspectie Justitie en Veiligheid"
    theme: str  # a noun phrase: "de aanpak van seksuele uitbuiting"


@dataclass(frozen=True)
class Ministry:
    key: str
    name: str  # "Ministerie van Justitie en Veiligheid"
    abbr: str  # "JenV"
    domain: str  # "minjenv.nl"
    web: str  # "www.rijksoverheid.nl/jenv"
    visit: tuple[str, str]  # street, postcode + place
    post: tuple[str, str]  # Postbus, postcode + place
    switchboard: str  # as printed: "070 370 79 11"
    minister: str  # role, lower case: "minister van Justitie en Veiligheid"
    minister_short: str  # role as used in running text of memos: "minister van JenV"
    stas: str  # "staatssecretaris van Justitie en Veiligheid"
    units: tuple[Unit, ...]
    reports: tuple[Report, ...]

    @property
    def minister_cap(self) -> str:
        return self.minister[0].upper() + self.minister[1:]


MINISTRIES: dict[str, Ministry] = {
    m.key: m
    for m in (
        Ministry(
            "jenv",
            "Ministerie van Justitie en Veiligheid",
            "JenV",
            "minjenv.nl",
            "www.rijksoverheid.nl/jenv",
            ("Turfmarkt 147", "2511 DP Den Haag"),
            ("Postbus 20301", "2500 EH Den Haag"),
            "070 370 79 11",
            "minister van Justitie en Veiligheid",
            "minister van Justitie en Veiligheid",
            "staatssecretaris van Justitie en Veiligheid",
            (
                Unit(
                    "Directoraat-Generaal Rechtspleging en Rechtshandhaving",
                    "DGRR",
                    "Directie Rechtshandhaving en Criminaliteitsbestrijding",
                    "DRC",
                    "Cybercrime en zeden",
                ),
                Unit(
                    "Directoraat-Generaal Straffen en Beschermen",
                    "DGSenB",
                    "Directie Sanctietoepassing en Jeugd",
                    "DSenJ",
                    "Jeugdbescherming en reclassering",
                ),
                Unit(
                    "Directoraat-Generaal Migratie",
                    "DGM",
                    "Directie Migratiebeleid",
                    "DMB",
                    "Asiel en terugkeer",
                ),
                Unit(
                    "Directoraat-Generaal Politie en Veiligheidsregio's",
                    "DGPenV",
                    "Directie Politie",
                    "DPOL",
                    "Sturing en bedrijfsvoering",
                ),
            ),
            (
                Report(
                    "Brede blik op ouderschap", "de Nationaal Rapporteur", "de aanpak van seksuele uitbuiting"
                ),
                Report(
                    "Slachtofferrechten in de praktijk",
                    "de Inspectie Justitie en Veiligheid",
                    "de positie van slachtoffers in het strafproces",
                ),
                Report(
                    "Toezicht op maat",
                    "de Raad voor Strafrechtstoepassing en Jeugdbescherming",
                    "het reclasseringstoezicht",
                ),
            ),
        ),
        Ministry(
            "bzk",
            "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
            "BZK",
            "minbzk.nl",
            "www.rijksoverheid.nl/bzk",
            ("Turfmarkt 147", "2511 DP Den Haag"),
            ("Postbus 20011", "2500 EA Den Haag"),
            "070 426 64 26",
            "minister van Binnenlandse Zaken en Koninkrijksrelaties",
            "minister van BZK",
            "staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties",
            (
                Unit(
                    "Directoraat-Generaal Openbaar Bestuur en Democratische Rechtsstaat",
                    "DGOBDR",
                    "Directie Democratie en Bestuur",
                    "DB",
                    "Decentrale democratie",
                ),
                Unit(
                    "Directoraat-Generaal Digitalisering en Overheidsorganisatie",
                    "DGDOO",
                    "Directie Digitale Overheid",
                    "DO",
                    "Informatiehuishouding",
                ),
            ),
            (
                Report(
                    "Digitale weerbaarheid van gemeenten",
                    "de Algemene Rekenkamer",
                    "de informatiebeveiliging bij gemeenten",
                ),
                Report(
                    "Open overheid in uitvoering",
                    "het Adviescollege Openbaarheid en Informatiehuishouding",
                    "de uitvoering van de Wet open overheid",
                ),
            ),
        ),
        Ministry(
            "fin",
            "Ministerie van Financiën",
            "Fin",
            "minfin.nl",
            "www.rijksoverheid.nl/fin",
            ("Korte Voorhout 7", "2511 CW Den Haag"),
            ("Postbus 20201", "2500 EE Den Haag"),
            "070 342 80 00",
            "minister van Financiën",
            "minister van Financiën",
            "staatssecretaris van Financiën",
            (
                Unit(
                    "Directoraat-Generaal Fiscale Zaken",
                    "DGFZ",
                    "Directie Algemene Fiscale Politiek",
                    "AFP",
                    "Inkomstenbelasting",
                ),
                Unit(
                    "Directoraat-Generaal Rijksbegroting",
                    "DGRB",
                    "Inspectie der Rijksfinanciën",
                    "IRF",
                    "Begrotingszaken",
                ),
            ),
            (
                Report(
                    "Fiscale regelingen doorgelicht",
                    "de Algemene Rekenkamer",
                    "de evaluatie van fiscale regelingen",
                ),
                Report(
                    "Eenvoud loont",
                    "de Studiegroep Belastingstelsel",
                    "de vereenvoudiging van het belastingstelsel",
                ),
            ),
        ),
        Ministry(
            "vws",
            "Ministerie van Volksgezondheid, Welzijn en Sport",
            "VWS",
            "minvws.nl",
            "www.rijksoverheid.nl/vws",
            ("Parnassusplein 5", "2511 VX Den Haag"),
            ("Postbus 20350", "2500 EJ Den Haag"),
            "070 340 79 11",
            "minister van Volksgezondheid, Welzijn en Sport",
            "minister van VWS",
            "staatssecretaris van Volksgezondheid, Welzijn en Sport",
            (
                Unit(
                    "Directoraat-Generaal Volksgezondheid",
                    "DGV",
                    "Directie Publieke Gezondheid",
                    "PG",
                    "Infectieziekten en vaccinaties",
                ),
                Unit(
                    "Directoraat-Generaal Curatieve Zorg",
                    "DGCZ",
                    "Directie Zorgverzekeringen",
                    "Z",
                    "Pakket en premies",
                ),
            ),
            (
                Report(
                    "Wachttijden in de ggz", "de Nederlandse Zorgautoriteit", "de toegankelijkheid van de ggz"
                ),
                Report("Gezond opgroeien", "de Gezondheidsraad", "de preventie bij jongeren"),
            ),
        ),
        Ministry(
            "ezk",
            "Ministerie van Economische Zaken",
            "EZ",
            "minezk.nl",
            "www.rijksoverheid.nl/ez",
            ("Bezuidenhoutseweg 73", "2594 AC Den Haag"),
            ("Postbus 20401", "2500 EK Den Haag"),
            "070 379 89 11",
            "minister van Economische Zaken",
            "minister van Economische Zaken",
            "staatssecretaris van Economische Zaken",
            (
                Unit(
                    "Directoraat-Generaal Economie en Digitalisering",
                    "DGED",
                    "Directie Digitale Economie",
                    "DE",
                    "Cybersecurity en telecom",
                ),
                Unit(
                    "Directoraat-Generaal Bedrijfsleven en Innovatie",
                    "DGBI",
                    "Directie Ondernemerschap",
                    "DO",
                    "Mkb-beleid",
                ),
            ),
            (
                Report(
                    "Netcongestie en het mkb",
                    "de Autoriteit Consument en Markt",
                    "de toegang van het mkb tot het net",
                ),
                Report(
                    "Digitale economie in cijfers",
                    "het Centraal Planbureau",
                    "de groei van de digitale economie",
                ),
            ),
        ),
        Ministry(
            "ienw",
            "Ministerie van Infrastructuur en Waterstaat",
            "IenW",
            "minienw.nl",
            "www.rijksoverheid.nl/ienw",
            ("Rijnstraat 8", "2515 XP Den Haag"),
            ("Postbus 20901", "2500 EX Den Haag"),
            "070 456 00 00",
            "minister van Infrastructuur en Waterstaat",
            "minister van IenW",
            "staatssecretaris van Infrastructuur en Waterstaat",
            (
                Unit(
                    "Directoraat-Generaal Mobiliteit",
                    "DGMo",
                    "Directie Openbaar Vervoer en Spoor",
                    "OVS",
                    "Regionaal openbaar vervoer",
                ),
                Unit(
                    "Directoraat-Generaal Water en Bodem",
                    "DGWB",
                    "Directie Water en Ruimte",
                    "WR",
                    "Waterveiligheid",
                ),
            ),
            (
                Report(
                    "Bereikbaarheid van de regio",
                    "het Kennisinstituut voor Mobiliteitsbeleid",
                    "de bereikbaarheid van landelijke regio's",
                ),
                Report(
                    "Waterkwaliteit onder druk",
                    "het Planbureau voor de Leefomgeving",
                    "de kwaliteit van het oppervlaktewater",
                ),
            ),
        ),
    )
}


@dataclass(frozen=True)
class Organisation:
    name: str
    attention: str
    post: tuple[str, str]
    salutation: str


ORGANISATIONS = (
    Organisation(
        "Vereniging van Nederlandse Gemeenten",
        "T.a.v. het bestuur",
        ("Postbus 30435", "2500 GK Den Haag"),
        "Geacht bestuur,",
    ),
    Organisation(
        "Raad voor de rechtspraak",
        "T.a.v. de voorzitter",
        ("Postbus 90613", "2509 LP Den Haag"),
        "Geachte voorzitter,",
    ),
    Organisation(
        "Slachtofferhulp Nederland",
        "T.a.v. de directie",
        ("Postbus 14208", "3508 SG Utrecht"),
        "Geachte directie,",
    ),
    Organisation(
        "Interprovinciaal Overleg",
        "T.a.v. het bestuur",
        ("Postbus 16107", "2500 BC Den Haag"),
        "Geacht bestuur,",
    ),
    Organisation(
        "Nederlandse Orde van Advocaten",
        "T.a.v. de algemene raad",
        ("Postbus 30851", "2500 GW Den Haag"),
        "Geachte leden van de algemene raad,",
    ),
    Organisation(
        "Unie van Waterschappen",
        "T.a.v. het dagelijks bestuur",
        ("Postbus 93218", "2509 AE Den Haag"),
        "Geacht bestuur,",
    ),
)
