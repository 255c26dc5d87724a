"""Word lists the name recognizers and the resolver share (Dutch government documents).

These lists are about *shapes* of text, not about people: tussenvoegsels, titles, labels, and words
that look like names in Dutch memos but never are (document labels, units, institutions, months).
They contain no personal data. A gazetteer of first names/surnames can be added later next to this
module without changing the recognizers (see ``redact.detect.engine.build_analyzer(extra_recognizers)``).

Limits: the lists are curated by hand; a surname that is also listed in ``NOT_NAME`` (e.g. a person
called "Raad") is never proposed by the structural recognizers.
"""

from __future__ import annotations

from pathlib import Path


def _words(block: str) -> list[str]:
    """The whitespace-separated words of a block of text."""
    return block.split()


# Tussenvoegsels (surname particles), lower case, longest first so regex alternation prefers them.
TUSSENVOEGSELS: tuple[str, ...] = tuple(
    sorted(
        {
            "van der", "van den", "van de", "van het", "van 't", "van ’t", "in 't", "in ’t", "in de",
            "in den", "in der", "in het", "op de", "op den", "op der", "op 't", "op ’t", "op het",
            "uit de", "uit den", "uit het", "aan de", "aan den", "aan het", "bij de", "onder de",
            "over de", "von der", "von dem", "de la", "de le", "van", "de", "der", "den", "ter", "ten",
            "te", "'t", "’t", "von", "zu", "la", "le", "du", "da", "di", "del", "della", "dos", "das",
            "vd", "v.d.", "'s", "’s", "el", "al", "ben", "bin", "ibn", "abu", "lo", "ait", "ould",
        },
        key=lambda s: (-len(s), s),
    )
)

# Particles of other languages that are also a whole surname ("mevrouw A. Dos", "T. Le", "J. Du"): after
# initials, with no surname following, such a word is the surname (a Dutch one, "D. De", never is).
PARTICLE_SURNAMES: frozenset[str] = frozenset({"dos", "da", "du", "le", "di", "del"})

# Titles and forms of address that precede a name; never part of the redacted span.
TITLES: tuple[str, ...] = (
    "de heer", "mevrouw", "meneer", "mejuffrouw", "dhr", "mevr", "mw", "mej", "mr", "drs", "dr", "ir",
    "prof", "ing", "ds", "jhr", "jkvr", "bc", "w.g", "heer",
)

# Words after a title or an initial that indicate a reference, not a person ("bijlage B. Jansen..." is
# rare, "bijlage A. Deze" is common).
INITIAL_BLOCKERS: frozenset[str] = frozenset(
    _words(
        """
    bijlage bijlagen bijl artikel art lid onder sub optie opties variant scenario fase punt categorie
    klasse type model serie blok stap hoofdstuk paragraaf par figuur fig tabel annex deel niveau vraag
    nr no nummer zie kolom rij versie rubriek sectie route zone groep cluster stadium kamer stuk
    station terminal gebouw hal vleugel ad agendapunt item bijlagenummer""")
)

# Initials-like strings that are abbreviations, not a person ("N.B.", "B.V.").
INITIALS_BLOCKLIST: frozenset[str] = frozenset(
    _words("NB PS BV NV ZKH HKH HM ZM AM PM OA IO UI EK TK VS EU VN NL CV VOF")
)

# (not "mei", "april", "jun": they are also given names, "Mei Chen", "Jun Wong")
MONTHS: frozenset[str] = frozenset(
    _words(
        """
    januari februari maart juni juli augustus september oktober november december
    feb mrt jul aug sep sept okt nov dec"""
    )
)
WEEKDAYS: frozenset[str] = frozenset(
    _words("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag")
)

# Capitalised words of Dutch government documents that are never (part of) a person's name.
_DOCUMENT_WORDS = _words(
    """
datum onderwerp bijlage bijlagen kenmerk referentie betreft pagina blad van aan cc bcc verzonden
ontvangen afzender geadresseerde directie directoraat directoraat-generaal ministerie afdeling cluster
team unit sector bureau dienst inspectie raad rechtbank kamer tweede staten state senaat regering
kabinet minister ministers minister-president staatssecretaris directeur directeur-generaal
plaatsvervangend plaatsvervangende secretaris secretaris-generaal voorzitter lid leden kamerlid
kamerleden burgemeester wethouder wethouders gemeente gemeenteraad provincie rijk rijksoverheid overheid
nederland nederlandse justitie veiligheid rechtsbescherming binnenlandse buitenlandse zaken
koninkrijksrelaties financiën defensie politie nationale nationaal openbaar openbare advies nota memo
notitie beslisnota verslag agenda actiepunten actielijst besluitenlijst vergadering overleg bespreking
aanleiding inleiding toelichting samenvatting conclusie conclusies besluit beslispunten kernpunten
achtergrond context vervolg planning financiering juridisch juridische wet wetsvoorstel regeling artikel
hoofdstuk paragraaf woo wob avg kamerbrief kamervragen brief e-mail email mail telefoon tel fax mobiel
internet website postbus contact contactpersoon contactpersonen behandeld opgesteld paraaf parafen
akkoord goedgekeurd gezien urgentie prioriteit belangrijkheid hoog normaal laag vertrouwelijk intern
interne concept definitief versie status informatie beslissing afstemming kennisname geachte beste hoi
hallo hey dag goedemorgen goedemiddag goedenavond groet groeten vriendelijke hartelijke collega
collega's collegae allemaal iedereen heren dames heer mevrouw meneer graag dank bedankt alvast zie nb ps
re fw fwd antw doorst koningin prinses majesteit dear hi hello regards thanks best kind sent subject
from to attachments importance high europese unie commissie parlement rijks rijksdienst ondernemend
centraal justitieel incassobureau jeugdinrichtingen gevangeniswezen immigratie naturalisatie
kinderbescherming reclassering rechtspraak rechter officier procureur advocaat advocaat-generaal
gerechtshof parket marechaussee koninklijke openbaarmaking woo-verzoek wob-verzoek verzoek verzoeker
besluiten inventarislijst inventaris document documenten dossier zaak zaaknummer hierbij bijgaand namens
gelet hoogachtend groetjes gr mvg vriendelijk vriendelijke hartelijk zodat tevens daarnaast tweede derde
vierde vijfde nee oké ok conform beleid beleidsmedewerker medewerker adviseur jurist coördinator
projectleider programmamanager manager hoofd senior junior strategisch strategische secretariaat
bestuursraad bestuur bestuurlijk bestuurlijke programma project portefeuille portefeuillehouder
woordvoerder woordvoering communicatie pers landsadvocaat rijksrecherche belastingdienst toeslagen
douane politieke partij fractie commissaris gedeputeerde gedeputeerden statenlid raadslid griffie
griffier ombudsman rapporteur procureur-generaal gezaghebber gouverneur dijkgraaf waterschap
hoogheemraadschap veiligheidsregio brandweer ggd rijkswaterstaat kadaster rdw uwv svb duo cbs cpb scp
rivm nvwa ilt igj acm afm dnb algemene bijzondere centrale regionale landelijke lokale europees
internationaal internationale nieuwe oude grote goede slecht extra totaal subtotaal bedrag kosten
begroting jaarverslag jaarplan rapport rapportage evaluatie onderzoek analyse reactie antwoord vraag
vragen opmerking opmerkingen voorstel voorstellen besproken afgesproken actie acties actiehouder
deadline gereed afgerond lopend open gesloten ja/nee n.v.t. nvt tbd ondersteuning aanpak algemeen overig
overige diversen rondvraag sluiting opening mededelingen notulen verslagen kortom nou prima super top
helder fijn mooi tenslotte samengevat succes
"""
)

NOT_NAME: frozenset[str] = frozenset(w.lower() for w in _DOCUMENT_WORDS) | MONTHS | WEEKDAYS

# Field names of forms ("Naam\nAdres\nPostcode"): never a name on their own, but possible after a
# tussenvoegsel ("Van der Plaats", "Van 't Land").
FORM_FIELDS: frozenset[str] = frozenset(
    _words(
        """
    adres postcode plaats plaatsnaam woonplaats huisnummer huisnr toevoeging straat straatnaam land
    geboortedatum geboorteplaats telefoonnummer e-mailadres emailadres handtekening regio blz pag functie
    organisatie bedrijf bedrijfsnaam locatie geslacht nationaliteit leeftijd omschrijving tijd nummer
    naam voornaam voornamen achternaam voorletters tussenvoegsel roepnaam"""
    )
)

# spaCy's Dutch stop words, minus a few that are also common surnames/first names.
def _spacy_stop_words() -> frozenset[str]:
    """spaCy's Dutch stop words, read from their module file without importing spaCy itself (almost a
    second of start-up that name parsing, e.g. ``redact persons``, does not need)."""
    import importlib.util

    spec = importlib.util.find_spec("spacy")  # locates the package, runs nothing of it
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("spaCy is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "lang" / "nl" / "stop_words.py"
    namespace: dict[str, object] = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)  # defines STOP_WORDS only
    words = namespace["STOP_WORDS"]
    assert isinstance(words, set | frozenset)
    return frozenset(str(w) for w in words)


STOP_WORDS: frozenset[str] = _spacy_stop_words() - {"lang", "pas", "net", "rond", "wil", "min", "uwe"}

# Surnames and first names that are also ordinary Dutch words: a bare occurrence is propagated only
# when capitalised and not at the start of a sentence (e.g. "Groot" vs "Groot deel van ...").
COMMON_WORD_NAMES: frozenset[str] = frozenset(
    _words(
        """
    groot klein jong oud nieuw bos berg dijk meer veen wit zwart bruin rood groen post koning hoek kort
    lang sterk rijk goed wijs noord zuid oost west storm winter zomer land veld kerk brug plas water zee dam
    blok baas hart wolf vos kok mol roos mark wil will bas rob steen staal boom bloem vogel haas hoop prins
    paus keizer vrij best graaf boer haan hof kamp beek wal ven molen brink vis vink valk zwaan kraai
    snel vroom braaf blij stil vaak""")
)

# Places (and countries) that are also used as surnames after a tussenvoegsel ("Van Amsterdam"):
# never a name on their own, propagated only with an upper-case tussenvoegsel or initials.
PLACES: frozenset[str] = frozenset(
    _words(
        """
    amsterdam rotterdam utrecht groningen eindhoven tilburg almere breda nijmegen apeldoorn arnhem haarlem
    enschede amersfoort zaanstad haag zwolle leiden maastricht dordrecht zoetermeer ede delft venlo deventer
    alkmaar leeuwarden helmond emmen hilversum heerlen assen lelystad middelburg gouda zeist hengelo
    schiedam rijswijk voorburg leidschendam wassenaar westland nederland holland belgië duitsland frankrijk
    europa brussel londen parijs berlijn curaçao aruba bonaire suriname friesland zeeland drenthe
    overijssel gelderland limburg brabant flevoland
    india china japan rusland oekraïne griekenland turkije marokko indonesië canada mexico brazilië
    argentinië colombia egypte israël iran irak syrië afghanistan pakistan bangladesh thailand vietnam korea
    australië kenia nigeria ghana ethiopië somalië eritrea jemen libië tunesië algerije spanje portugal
    italië oostenrijk zwitserland polen roemenië bulgarije hongarije tsjechië slowakije zweden noorwegen
    denemarken finland ierland schotland engeland luxemburg estland letland litouwen kroatië servië bosnië
    albanië cyprus ijsland amerika afrika azië oceanië antarctica""")
)

# Street-name endings: "Johan de Wittlaan" contains a person's name but is an address.
STREET_SUFFIXES: tuple[str, ...] = (
    "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dreef", "plantsoen", "steeg", "markt",
    "boulevard", "allee", "burgwal",
)

# Organisation, unit and other upper-case abbreviations: never initials or a paraph.
ORG_ABBREVIATIONS: frozenset[str] = frozenset(
    _words(
        """
    OM DJI DGRR DRC JENV BZK IND COA NCTV CJIB RVDK KMAR NFI AIVD MIVD DGSENB DGPENV DGM DGB DWJZ FEZ HDFEZ
    SG PSG DG DGO CIO DCOM DIO DBO DSENB DSP DVB DRB DSRT DJOZ RVR RSJ WODC TK EK EU VS NL RVO BZ AZ VWS
    OCW SZW IENW EZK LNV LVVN KGG VRO VNG IPO UVW RVS HR CRVB CBB ABRVS ACM AP AFM DNB NS KLPD MT BO AO SO
    CD WGO NO RO PV VAO VSO NB PS CC BCC RE FW FWD ICT KPI OK NOS BV NV EUR USD BTW CBS CPB SCP RIVM GGD
    UWV SVB DUO BD RDW KVK NVWA ILT IGJ IJENV IVENJ ZBO AOW WW WIA CAO AVG UAVG BSN IBAN WOO WOB WVW SR
    SV AWB BW GW VVD CDA PVV NSC BBB GL PVDA SP PVDD CU SGP DENK JA FVD ZZP PIA DPIA DPO FG CISO BHV PM
    TBS PI JJI ZSM ASAP TBD NVT CEO CFO
    COO CTO HRM FAQ PDF URL WWW ID NR TEL FAX MOB GSM NAW ZIE ACTIE BESLUIT INFO POST WVTTK RVB RVC
    DAGB PG PAG LOC GS PS IT IV ICT KPN EZ GZ JZ MINJENV MINBZK MINFIN MINVWS""")
)

# Dutch function words in capitals: in running text ("actie EN …") never a paraph; alone in a table
# cell of a "Wie"/"Paraaf" column they are initials.
CAPITAL_WORDS: frozenset[str] = frozenset(
    _words("EN OF DE HET IN OP VAN AAN MET NA VOOR TOT ALS BIJ UIT NU ZIE JA NEE")
)

# Labels after which the value is a single person (or a short list): "Contactpersoon: P. Jansen".
PERSON_LABELS: tuple[str, ...] = (
    "contactpersoon", "contactpersonen", "opgesteld door", "behandeld door", "behandelaar", "behandelaars",
    "auteur", "auteurs", "steller", "opsteller", "notulist", "notulen", "verslaglegging", "verslag door",
    "voorzitter", "secretaris", "ondertekenaar", "ondertekend door", "geparafeerd door", "gewijzigd door",
    "gemaakt door", "ingediend door", "goedgekeurd door", "gecontroleerd door", "verzonden door",
    "medewerker", "projectleider", "dossierhouder", "accounthouder", "actiehouder", "eigenaar",
    "ter attentie van", "t.a.v.", "tav", "naam", "aanvrager", "verzoeker", "indiener", "klager", "melder",
    "betrokkene", "gesprekspartner", "gesproken met", "namens", "bezwaarmaker", "bezwaarmakers", "gemachtigde",
    "gemachtigden", "appellant", "appellante", "eiser", "eiseres", "belanghebbende", "lid", "leden", "notulist",
    "namens verweerder", "namens de minister", "vertegenwoordiger", "advocaat", "contact", "aanvrager",
    "interviewer", "geïnterviewde", "spreker", "sprekers", "deelnemer", "getuige", "tolk",
)

# Labels that introduce a list of attendees (may continue over several lines).
LIST_LABELS: tuple[str, ...] = (
    "aanwezig", "aanwezigen", "afwezig", "afwezigen", "afwezig met bericht", "afwezig met kennisgeving",
    "met kennisgeving afwezig", "afgemeld", "deelnemers", "genodigden", "kopie aan", "afschrift aan",
    "verzendlijst", "aanwezig namens",
)

# Labels whose value is a paraph (initials) or a name.
PARAPH_LABELS: tuple[str, ...] = ("paraaf", "parafen", "paraaf voor akkoord", "akkoord", "gezien")

# E-mail header fields (Outlook printouts, Dutch and English).
HEADER_LABELS: tuple[str, ...] = (
    "van", "aan", "cc", "bcc", "from", "to", "afzender", "geadresseerde", "sender", "reply-to",
    "beantwoorden aan", "namens",
)

GREETINGS: tuple[str, ...] = (
    "hoi", "hallo", "hey", "hé", "beste", "dag", "lieve", "goedemorgen", "goedemiddag", "goedenavond",
    "geachte", "dear", "hi", "hello", "morning",
)

SIGN_OFFS: tuple[str, ...] = (
    "met vriendelijke groet", "met vriendelijke groeten", "vriendelijke groet", "vriendelijke groeten",
    "met hartelijke groet", "met hartelijke groeten", "hartelijke groet", "hartelijke groeten",
    "met collegiale groet", "collegiale groet", "met groet", "groet", "groeten", "groetjes", "gr", "mvg",
    "hoogachtend", "kind regards", "best regards", "regards", "with kind regards", "dank en groet",
    "alvast bedankt", "bedankt en groet", "namens deze", "voor deze",
)


# Endings of Dutch compound nouns for organisations and activities: "Procedurekamer",
# "Vergunningverlening", "Woo-loket". A word longer than the ending that ends with it is no name.
NOUN_SUFFIXES: tuple[str, ...] = (
    "kamer", "loket", "team", "bureau", "dienst", "zaken", "beheer", "beleid", "verlening", "voorziening",
    "ontwikkeling", "toezicht", "handhaving", "heid", "schap", "isatie", "atie", "centrum", "commissie",
    "secretariaat", "directie", "afdeling", "groep", "desk", "lijn", "overleg", "project", "programma",
    "medewerkers", "medewerker", "coördinator", "coordinator", "adviseur", "functionaris", "ondersteuning",
    "administratie", "registratie", "informatie", "communicatie", "postkamer", "planning", "module",
    "systeem", "portaal", "formulier", "applicatie", "service", "services",
    "werken",  # "Stadswerken", "Gemeentewerken" (works: a department)
)


def is_not_name(word: str) -> bool:
    """True when ``word`` (any case) is a document/institution word, a stop word, a form field or an
    organisation noun: never a name on its own."""
    w = word.lower().strip(".")
    return w in NOT_NAME or w in STOP_WORDS or w in FORM_FIELDS or has_noun_suffix(w)


def has_noun_suffix(word: str) -> bool:
    """True for "Procedurekamer", "Vergunningverlening": an organisation noun, not a name."""
    w = word.lower()
    # one C-level test first: most words end in none of the suffixes
    return w.endswith(NOUN_SUFFIXES) and any(w.endswith(s) and len(w) > len(s) + 2 for s in NOUN_SUFFIXES)


def has_street_suffix(word: str) -> bool:
    """True for "Wittlaan", "Jansenstraat": a street name, not a person ("Verkade" is a surname, so
    "-kade" does not count here)."""
    w = word.lower()
    return any(w.endswith(s) and len(w) > len(s) + 1 for s in STREET_SUFFIXES if s != "kade")
