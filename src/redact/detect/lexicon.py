"""Word lists the name recognizers and the resolver share (Dutch government documents).

These lists are about *shapes* of text, not about people: tussenvoegsels, titles, labels, and words
that look like names in Dutch memos but never are (document labels, units, institutions, months).
They contain no personal data. The grammar of names and documents stays here, in code: tussenvoegsels,
titles, months and weekdays, and the labels that structure a document (person, list, paraph and e-mail
header labels, greetings, sign-offs). The vocabulary of what is *not* a name - document words, form
fields, abbreviations, places, common words that are also names, noun and street endings, venue,
institution, business and saint words - is data: ``rules/vocabulary.yaml``, validated by
``redact.rules.load_vocabulary`` and read once per process, at import, from the shipped rules (a custom
``--rules`` directory cannot change it; ``load_rules`` refuses one with a different vocabulary.yaml).

Limits: the lists are curated by hand; a surname that is also listed in ``NOT_NAME`` (e.g. a person
called "Raad") is never proposed by the structural recognizers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from redact.rules import load_vocabulary

VOCABULARY = load_vocabulary()  # rules/vocabulary.yaml of the shipped rules (fails closed: RulesError)


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
            "vd", "v.d.", "v.d", "v. d.", "v/d", "v.", "v", "'s", "’s", "el", "al", "ben", "bin", "ibn", "abu", "lo",
            "ait", "ould", "thoe",  # "W.L. van Harinxma thoe Slooten" (a noble double name)
        },
        key=lambda s: (-len(s), s),
    )
)

# The single words of the tussenvoegsels ("van der" gives "van" and "der").
TV_WORDS: frozenset[str] = frozenset(w for t in TUSSENVOEGSELS for w in t.split())

# Particles of other languages that are also a whole surname ("mevrouw A. Dos", "T. Le", "J. Du"): after
# initials, with no surname following, such a word is the surname (a Dutch one, "D. De", never is).
PARTICLE_SURNAMES: frozenset[str] = frozenset({"dos", "da", "du", "le", "di", "del", "el"})  # ("Liesbeth van El")

# Titles and forms of address that precede a name; never part of the redacted span.
TITLES: tuple[str, ...] = (
    "de heer", "den heer", "mevrouw", "meneer", "mejuffrouw", "dhr", "mevr", "mw", "mej", "mr", "drs", "dr", "ir",
    "prof", "ing", "ds", "jhr", "jkvr", "bc", "w.g", "heer",  # ("den heer": the old spelling's dative, before 1947)
    "de hear", "mefrou",  # Frisian: "de hear Y. Dijkstra", "mefrou J. Dekker-Hoogeveen"
    "familie", "fam",  # "de stal van familie Lindeboom", "tegenover Fam. van Vulpen": private households
)
# a school's forms of address for its teachers and staff, in lower case only ("afscheid van juf Jansen en meester
# Van Dam"; a capital "Meester van het Amsterdamse Kabinet" names an anonymous painter)
SCHOOL_TITLES: tuple[str, ...] = ("juf", "juffrouw", "meester")

# Words after a title or an initial that indicate a reference, not a person ("bijlage B. Jansen..." is
# rare, "bijlage A. Deze" is common).
INITIAL_BLOCKERS: frozenset[str] = frozenset(VOCABULARY.initial_blockers)

# Initials-like strings that are abbreviations, not a person ("N.B.", "B.V.").
INITIALS_BLOCKLIST: frozenset[str] = frozenset(VOCABULARY.initials_blocklist)
# Royal styles among them (Hare/Zijne Majesteit, Koninklijke Hoogheid) stand before a royal word ("H.M. de
# Koningin", "Z.K.H. Prins Constantijn"); before any other surname they are a person's initials ("H.M. Alleman").
_ROYAL_STYLES = frozenset({"HM", "ZM", "HKH", "ZKH"})
_ROYAL_WORDS = frozenset({"koning", "koningin", "prins", "prinses", "keizer", "keizerin", "kroonprins",
                          "kroonprinses", "majesteit", "hoogheid"})


def royal_style(initials: str) -> bool:
    """True when ``initials`` ("H.M.", "Z.K.H.", any case) are a royal style."""
    return re.sub(r"[^A-Z]", "", initials.upper()) in _ROYAL_STYLES


# a compass quarter before a province or region is no initials: "Z.O. Drenthe", "N.W. Veluwe"
_COMPASS = frozenset({"ZO", "ZW", "NO", "NW"})
_REGIONS = frozenset({"drenthe", "friesland", "groningen", "overijssel", "gelderland", "utrecht", "brabant", "limburg",
                      "zeeland", "holland", "flevoland", "veluwe", "twente", "achterhoek", "nederland"})


def blocked_initials(initials: str, surname: str) -> bool:
    """True when ``initials`` (letters, any case) before ``surname`` are an abbreviation, not a person's: also "R.K."
    (roman catholic) before a word never a name alone ("R.K. Drumband Maasbree"; "R.K. Keizer" is a person)."""
    if royal_style(initials):
        return surname.lower().replace("’", "'").split("-")[0] in _ROYAL_WORDS
    letters = re.sub(r"[^A-Z]", "", initials.upper())
    return letters in INITIALS_BLOCKLIST or (letters in _COMPASS and surname.lower() in _REGIONS) \
        or (letters == "RK" and surname.lower() in NOT_NAME)


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

# Capitalised words of Dutch government documents that are never (part of) a person's name
# (``document_words`` of rules/vocabulary.yaml), months and weekdays.
NOT_NAME: frozenset[str] = frozenset(w.lower() for w in VOCABULARY.document_words) | MONTHS | WEEKDAYS

# Field names of forms ("Naam\nAdres\nPostcode"): never a name on their own, but possible after a
# tussenvoegsel ("Van der Plaats", "Van 't Land").
FORM_FIELDS: frozenset[str] = frozenset(VOCABULARY.form_fields)

# spaCy's Dutch stop words, minus a few that are also common surnames/first names (``stop_word_names``).
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


# adverbs a sentence opens with that spaCy's stop words lack, never a name ("art. 94 F. Daartoe verwijst …"): the
# pronominal ones ("daartoe", "hiermee", "waarvoor", "ervan"; not the given names "Erna", "Erin") and formal ones
_ADVERBS = frozenset(
    {a + b for a in ("daar", "hier", "waar", "er") for b in (
        "aan", "achter", "af", "bij", "binnen", "boven", "buiten", "door", "heen", "in", "langs", "mee", "na", "naar",
        "naast", "om", "omheen", "omtrent", "onder", "op", "over", "tegen", "tegenover", "toe", "tussen", "uit", "van",
        "vandaan", "voor", "zonder")} - {"erna", "erin"}
) | {"derhalve", "dientengevolge", "nochtans", "weliswaar", "desalniettemin", "niettemin", "immers", "alsmede",
     "mitsdien", "zodoende", "daarentegen", "integendeel"}
STOP_WORDS: frozenset[str] = (_spacy_stop_words() | _ADVERBS) - frozenset(VOCABULARY.stop_word_names)
# stop words that are also first names: a name in a sign-off ("Groet, Ben") or as a call name in brackets
# ("B. (Ben) de Vries")
GIVEN_STOP_WORDS: frozenset[str] = frozenset({"ben", "wil", "dien", "elke"})
# … of which a determiner is a given name only before a listed family name or a tussenvoegsel ("Elke Vaessen", "Elke de
# Vries"; not "Elke Nederlander", "Elke Groningse gemeente")
DETERMINER_NAMES: frozenset[str] = frozenset({"elke"})

# Surnames and first names that are also ordinary Dutch words: a bare occurrence is propagated only
# when capitalised and not at the start of a sentence (e.g. "Groot" vs "Groot deel van ...").
COMMON_WORD_NAMES: frozenset[str] = frozenset(VOCABULARY.common_word_names)

# Common given names that the Dutch word list also holds in lower case ("jan", "peter"): capitalised in the middle
# of a sentence they are a person.
GIVEN_NAME_WORDS: frozenset[str] = frozenset(VOCABULARY.given_name_words)

# Places (and countries) that are also used as surnames after a tussenvoegsel ("Van Amsterdam"):
# never a name on their own, propagated only with an upper-case tussenvoegsel or initials.
PLACES: frozenset[str] = frozenset(VOCABULARY.places)

# Street-name endings: "Johan de Wittlaan" contains a person's name but is an address.
STREET_SUFFIXES: tuple[str, ...] = tuple(VOCABULARY.street_suffixes)
# the shortest stem before a street ending that makes the word a street: "Visserwei", "Parklaan", "Kerksteeg" and
# "Christiaanpark" (a park or a street named after one: "Pieter Christiaanpark"), not
# the surnames "Verwei", "Verlaan" and "Versteeg" (any other ending: two letters)
STREET_STEMS: dict[str, int] = {"wei": 4, "laan": 4, "steeg": 4, "park": 4}
# family names with a street's ending: a name after a given name ("Christian Groeneweg"), a street alone
STREET_SURNAMES: frozenset[str] = frozenset(VOCABULARY.street_surnames)

# Organisation, unit and other upper-case abbreviations: never initials or a paraph.
ORG_ABBREVIATIONS: frozenset[str] = frozenset(VOCABULARY.org_abbreviations)
# the nouns that open an organisation's name, lower case: "Stichting X", "Vereniging Vrienden van het Beatrixpark"
ORG_HEADS: frozenset[str] = frozenset({"stichting", "vereniging", "gemeente", "provincie", "ministerie", "bureau",
                                       "directie", "afdeling", "team", "dienst", "college", "raad", "inspectie",
                                       "politie", "waterschap", "hoogheemraadschap", "omroep",
                                       # Frisian: "Omrop Fryslân", "Wetterskip Fryslân", "gemeinte", "provinsje"
                                       "omrop", "wetterskip", "gemeinte", "provinsje"})


def org_head(word: str) -> bool:
    """True when ``word`` opens an organisation's name: one of ``ORG_HEADS`` or a compound of an association's or a
    foundation's noun ("Bewonersvereniging", "Zorgstichting")."""
    w = word.lower().strip("\"'“”‘’")
    return w in ORG_HEADS or w.endswith(("vereniging", "stichting"))

# Dutch function words in capitals: in running text ("actie EN …") never a paraph; alone in a table
# cell of a "Wie"/"Paraaf" column they are initials.
CAPITAL_WORDS: frozenset[str] = frozenset(VOCABULARY.capital_words)

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
    # the civil servant who advises on an item of a decision list ("Adviseur: Grim")
    "adviseur", "beleidsadviseur", "beleidsmedewerker", "ambtelijk adviseur", "jurist",
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
    "hoogachtend", "kind regards", "best regards", "regards", "with kind regards", "yours sincerely",
    "yours faithfully", "sincerely", "dank en groet",
    "alvast bedankt", "bedankt en groet", "namens deze", "voor deze",
)


# Endings of Dutch compound nouns for organisations and activities: "Procedurekamer",
# "Vergunningverlening", "Woo-loket". A word longer than the ending that ends with it is no name.
NOUN_SUFFIXES: tuple[str, ...] = tuple(VOCABULARY.noun_suffixes)
# the names of the name lists that end so ("Karlijn", "Hoogkamer"): names, not nouns
SUFFIX_NAMES: frozenset[str] = frozenset(VOCABULARY.suffix_names)

# Venues, institutions, businesses and saints (``detect.ordinary``, ``recognizers.person_gazetteer``):
# the words their regular expressions are built from, with ``alternation``.
VENUE_NOUNS: tuple[str, ...] = tuple(VOCABULARY.venue_nouns)  # "café De Ster", "wijk De Laar"
VENUE_APPOSITIONS: tuple[str, ...] = tuple(VOCABULARY.venue_appositions)  # "De Schakel, een … vereniging"
INSTITUTIONS_AFTER: tuple[str, ...] = tuple(VOCABULARY.institutions_after)  # "Anne Frank Huis"
INSTITUTION_ENDINGS: tuple[str, ...] = tuple(VOCABULARY.institution_endings)  # "…ziekenhuis"
BUSINESSES_BEFORE: tuple[str, ...] = tuple(VOCABULARY.businesses_before)  # "Restaurant De Jong"
SAINTS: tuple[str, ...] = tuple(VOCABULARY.saints)  # "Sint Joseph", "St. Jan"


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of ``words`` taken literally, in their order (the first that
    matches wins, as in a hand-written ``a|b|c``)."""
    return "|".join(re.escape(w) for w in words)


def is_not_name(word: str) -> bool:
    """True when ``word`` (any case) is a document/institution word, a stop word, a form field or an
    organisation noun: never a name on its own."""
    w = word.lower().strip(".")
    return w in NOT_NAME or w in STOP_WORDS or w in FORM_FIELDS or has_noun_suffix(w)


def is_not_call_name(word: str) -> bool:
    """True when ``word``, a call name in brackets or quotes, is no name (``is_not_name``), unless it is a stop word
    that is also a first name ("B. (Ben) de Vries")."""
    return is_not_name(word) and word.lower().strip(".") not in GIVEN_STOP_WORDS


def has_noun_suffix(word: str) -> bool:
    """True for "Procedurekamer", "Vergunningverlening": an organisation noun, not a name ("Karlijn", "Hoogkamer" are
    names: ``SUFFIX_NAMES``)."""
    w = word.lower()
    # one C-level test first: most words end in none of the suffixes
    return w.endswith(NOUN_SUFFIXES) and any(w.endswith(s) and len(w) > len(s) + 2 for s in NOUN_SUFFIXES) \
        and w not in SUFFIX_NAMES


def has_street_suffix(word: str) -> bool:
    """True for "Wittlaan", "Jansenstraat": a street name, not a person ("Verkade" is a surname, so
    "-kade" does not count here)."""
    w = word.lower()  # (``STREET_STEMS``: "Visserwei", "Parklaan", not the surnames "Verwei", "Verlaan")
    return any(w.endswith(s) and len(w) - len(s) >= STREET_STEMS.get(s, 2) for s in STREET_SUFFIXES if s != "kade")
