"""Document genres, and what a genre says about the persons it names.

``genre_of(text)`` recognises the kind of a Dutch government text from its own wording: ``motie``, ``handelingen``
(plenary proceedings, stenograms, attendance lists of the Kamers), ``kamervragen`` (questions and answers), ``notulen``
(minutes and decision lists of councils, States, water boards and their committees), ``voorstel`` (Statenvoorstel,
raadsvoorstel, collegevoordracht), ``woo-besluit``, ``brief`` or ``other``. ``public_body(text)`` says whether the
minutes are those of a representative or governing body (and not of an internal meeting of civil servants).

``regions(text, genre, lex)`` marks the stretches of text where the genre makes a named person public or
private, each with its evidence:

* attendance blocks of a public body's meeting ("Aanwezig: …", "Tegenwoordig zijn de leden: …") up to the opening of the
  meeting: members, chairs and clerks listed there are public, unless the entry carries its own function or stands under
  a sub-label such as "Notulist", "Verslag", "Managementteam" or "Ambtelijke ondersteuning"; stacked labels of a table
  layout that mix both ("Afwezig: Verslag: …") give no default; an attendance list that counts the members
  ("Tegenwoordig zijn 136 leden, te weten:"), or that names its chair and a griffier as functions of entries ("H. Koster
  (voorzitter), …, P. Wind (griffier)": a clerk of a council, the States or a Kamer, ``clerks`` in the rules), is a
  public body's whatever the genre;
* stacked labels with colons whose values follow on one flattened line ("Voorzitter: Wethouders: Griffier: Verslag:
  Mevrouw A … Mevrouw B, de heer C … Mevrouw D … Mevrouw E"): each value its own label's default when the values (split
  at a capitalised form of address) are as many as the labels, else uncertain;
* the speakers of plenary proceedings (``De heer Jansen:``, ``Mevrouw Bikker (SP):``);
* in a representative body's minutes, the members the chair reports absent ("met kennisgeving afwezig zijn de heren
  Kuijper en Kleuver en mevrouw Van Gemert", "dat Roel van Leeuwen (PRO) afwezig is met bericht van verhindering", "Ik
  heb het bericht van verhindering ontvangen van de heer Wilschut, mevrouw …"), and the members sworn in, replaced or
  kept away ("Beëdiging de heer W.J. Moorlag", "De heer A vervangt mevrouw B", "mevrouw B, die niet aanwezig kan zijn");
* the signatories of a motie (after "en gaat over tot de orde van de dag", under "Indieners") and its mover in "de
  motie-Jansen" / "de motie Jansen";
* with ``detect.tables``: the rows of a table of moties with a column of their movers ("Nr. Titel Indiener(s) Partij
  Indiening"), the rows of an election result ("Dessing J. (2)"), a body's members by party group ("BBB: Jos
  Beemsterboer, …"), in a body's meeting its video index's chair, and who answered written questions in their header
  ("Beantwoord door X" below "Indiener(s) …");
* the signature block of a governing body, and the official who signs for it or for a minister by mandate
  (``detect.signers``: public, or uncertain as the rules' ``mandate_signers`` policy says);
* the portfolio holder's field of a note to a governing body ("NOTA GS-MANDAAT", "GS-nota", "Collegenota") whose label
  is missing: the one line holding only an initialled name among the labelled fields of its head, when the head has an
  author field ("Auteur:") and no "Portefeuillehouder" label.

Guarantees: pure functions of the text; regions never overlap a page break more than their own bound
(``attendance.BLOCK_CHARS``). Limits: an attendance list that is not introduced by one of the labels below, or that runs
longer than ``BLOCK_CHARS`` characters, is only partly covered; the genre is a guess from wording, and a text may mix
genres (a motie inside Handelingen is found by its own markers).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from redact.detect.attendance import ASSOCIATION, COUNTED, Region, attendance, political
from redact.detect.fields import HEAD as _HEAD
from redact.detect.fields import holder_column, label_columns, meeting_chair, note_holder
from redact.detect.member_events import absent, appointed, question_hour
from redact.detect.roles import RoleLexicon
from redact.detect.signers import (
    NAME_LINE,
    amendment_signers,
    committee_signers,
    court_bench,
    decision_signer,
    monarch,
    recommended,
    signatures,
)
from redact.detect.speakers import REPORTED, capitals_record, council_record, is_clause, speakers
from redact.detect.tables import answered_by, election, index_chair, index_members, party_table, signer_table

__all__ = ["GENRES", "Region", "association", "genre_of", "public_body", "regions", "representative"]

GENRES = ("motie", "handelingen", "kamervragen", "notulen", "voorstel", "woo-besluit", "brief", "other")



def _count(rx: str, text: str, flags: int = re.IGNORECASE | re.MULTILINE) -> int:
    return len(re.findall(rx, text, flags))


def genre_of(text: str) -> str:
    """The genre of ``text`` (one of ``GENRES``), from its wording."""
    head = text[:_HEAD]
    body = text[:30000]
    scores = {
        "motie": 3 * _count(r"^\s*motie\b|\bMOTIE\b|motie van (?:het lid|de leden)", head, re.MULTILINE)
        + 2 * _count(r"(?:gaat|gaan) over tot de orde van de dag", body)
        + _count(r"\bverzoekt (?:de regering|het college)", body),
        # (a speaker's label, not a mandate's signature "Minister van Buitenlandse Zaken, namens deze:")
        "handelingen": 2 * sum(not is_clause(m.group()) for m in re.finditer(
            r"^\s*(?:De heer|Mevrouw|De voorzitter|Minister|Staatssecretaris)\b(?![^\n]*\bnamens[ \t]+dezen?\b)"
            r"[^\n:]{0,60}:\s*$", body, re.IGNORECASE | re.MULTILINE))  # (not a sentence ending in a colon)
        # ("VERENIGDE VERGADERING VAN DE BEIDE KAMERS", not a water board's; "Ik deel aan de Kamer mede" past the head)
        + 3 * _count(r"leden der kamer|aan de orde is|regeling van werkzaamheden|stenogra|handelingen|verenigde "
                     r"vergadering (?:van de |der )?beide kamers", head) + 3 * _count("aan de kamer mede", body)
        + 3 * _count(COUNTED.pattern, head) * (not _MEMBERS_MEETING.search(text[:300])),  # (not an ALV's count)
        # (not a council's question hour, "Vraag 1: X (GroenLinks) over …")
        "kamervragen": 3 * _count(r"vragen van (?:het lid|de leden)|antwoord van (?:minister|staatssecretaris)|"
                                  r"aanhangsel|schriftelijke vragen|^\s*vraag \d(?!\d*[ \t]*:)", head),
        # not "jaarverslag"; Frisian "Ferslach fan de gearkomste fan de ried"
        "notulen": 2 * _count(r"notulen|\bverslag\b|\bverslag van|besluitenlijst|\bferslach\b|riedsgearkomste", head)
        # a body's own review of its meeting ("Terugblik raadsvergadering 16 oktober 2023"), whatever it reports
        + 4 * _count(r"^[ \t]*terugblik\b[^\n]{0,20}?(?:raads|staten|commissie)vergadering", text[:200])
        + _count(r"\b(?:aanwezig|afwezig|tegenwoordig|opening|rondvraag|vaststell\w* (?:van )?de agenda)\b", head)
        + _count(r"^[ \t]*(?:De heer|Mevrouw) [A-ZÀ-Þ'’ -]{2,40}(?:\([^()\n]{1,30}\))?:", body)
        + _count(r"De VOORZITTER", body, re.MULTILINE)
        # old minutes print their speakers in capitals: "De heer SCHAAFSMA acht …", "Mevrouw VAN DER SWAN-de Kiewit"
        + (_count(r"(?:De heer|Mevrouw)[ \t]+(?:[A-Z]\.)*[ \t]*[A-Z][A-Z'’-]{2,}\b", body, re.MULTILINE) >= 2)
        # reported speech of two or more speakers ("De heer VAN IERSEL is ervan overtuigd, … De heer STULEMEIJER
        # wijst erop"): a page from the middle of minutes, without their heading
        + 2 * (len({m.group("name") for m in REPORTED.finditer(body)}) >= 2)
        # the formula of a representative body's decisions (Gemeentewet art. 32), or the heading of a council's meeting
        + 2 * _count(r"zonder hoofdelijke stemming", body) + 2 * bool(_COUNCIL_MEETING.search(text, 0, 200))
        # a wethouder or the burgemeester given the floor by a label, twice: a page of a council's minutes
        + 2 * council_record(body)
        # the fields of a meeting's page in a council information system ("Locatie", "Voorzitter",
        # "Agendapunten", "Uitzending" on lines of their own, maybe as bullets)
        + 2 * _count(r"^[ \t]*(?:[-•][ \t]*)?(?:locatie|voorzitter|agendapunten|uitzending)[ \t]*:?[ \t]*$", head),
        "voorstel": 3 * _count(r"\b(?:statenvoorstel|raadsvoorstel|collegevoordracht|voordracht voor|"
                               r"voorstel aan (?:de raad|provinciale staten))\b", head),
        "woo-besluit": 3 * _count(r"\b(?:woo|wob)[- ]verzoek|besluit op (?:uw|het) verzoek|openbaarmaking", head),
        "brief": _count(r"^\s*(?:geachte|beste)\b|met vriendelijke groet|hoogachtend", text[:20000]),
    }
    if re.search(r"(?i)\bjaarverslag\b(?![ \t]+(?:van|over)\b)", text[:300]):
        scores["notulen"] = 0  # an annual report (of an advisory council) is no minutes, whatever it reports; not
        # one a council receives ("brief … waarbij het jaarverslag van het streekgewest over 1980 wordt overgelegd")
    best = max(scores, key=lambda g: scores[g])
    return best if scores[best] >= 2 else "other"


# (never "gemeenteraad" inside a hyphenated compound: "bijeenkomst ‘dorpsraad-gemeenteraad-college’")
_BODY = re.compile(
    r"(?<![\w-])gemeenteraad(?!-)|\braad van de gemeente|\braad der gemeente|\bde raad\b|"
    r"(?<![\w-])raads[ \t]?(?:vergadering|avond)|raadscommissie|"  # ("Verslag raadsavond besluiten 05-02-2009")
    r"\bvergadering[ \t]+raad\b(?![ \t]+(?:van|voor|der)\b)|"  # "Notulen vergadering Raad Gehouden op …"
    r"provinciale staten|statencommissie|\bstaten\b|algemeen bestuur|dagelijks bestuur|verenigde vergadering|"
    r"tweede kamer|eerste kamer|leden der kamer|drechtraad|algemene vergadering|\bwaterschap\b|hoogheemraadschap\b|"
    r"stadsdeelcommissie|eilandsraad|commissie [\w ,&()-]{0,60}(?:raad|staten|gemeente|provincie|waterschap)"
    r"|\bde ried\b|\bgemeenteried\b|riedsgearkomste"  # Frisian: "gearkomste fan de ried fan de gemeente …"
    # "01. AB Besluitvormend", "AB-vergadering": a board's general meeting (not "tussen AB en werkgroep" in running
    # text: a village platform's board)
    r"|(?-i:(?:^|(?<=\n))[ \t]*(?:\d+\.?[ \t]+)?AB\b)|(?-i:\bAB)(?=[ \t-]*(?i:vergadering))"
    r"|(?-i:(?<=\n)[ \t]*Raad[ \t]*(?=\n))"  # a council information system's page titled "Raad" (its meeting)
    r"|(?-i:(?:^|(?<=[\n.]))[ \t]*Raad[ \t]+[A-Z][a-z]+\.)",  # a newspaper's report headed "Raad Oudkarspel."
    re.IGNORECASE,
)


# an attendance entry's organisation: "Wolfram Schmidt | Waterschap Drents Overijsselse Delta", "Kier van Gijssel
# (Waterschap Hollands Noorderkwartier)": the line so far is a table's cells, or a person's name and a bracket
_ENTRY_BEFORE = re.compile(r"\|[^\n]*\Z|^[ \t]*(?:[A-ZÀ-Þ][\w.'’-]*[ \t]+){1,4}"
                           r"(?:(?:van|de|der|den|ter|ten)[ \t]+){0,3}[A-ZÀ-Þ][\w'’-]+[ \t]*[(,–-][ \t]*\Z")


def _heading_body(text: str) -> bool:
    """True when the head of ``text`` names a representative or governing body (``_BODY``) other than as the
    organisation of an attendee ("Wolfram Schmidt | Waterschap Drents Overijsselse Delta": officials of many
    organisations meeting, not the water board's own meeting) or as a body it refers to ("op de agenda van de
    raadscommissie": an advisory council's minutes)."""
    for m in itertools.chain(_BODY.finditer(text, 0, 800), _BODY_WORD.finditer(text, 0, _HEAD)):
        if not _ENTRY_BEFORE.search(text[text.rfind("\n", 0, m.start()) + 1:m.start()]) \
                and not _OTHER_BODY.search(text, max(0, m.start() - 30), m.start()):
            return True
    return False


# a body the text only refers to: "staat op de agenda van de raadscommissie", "een brief aan de gemeenteraad"
_OTHER_BODY = re.compile(r"(?i)(?:(?<![\w])(?:aan|voor|naar|met|bij|door|tot)|agenda[ \t]+van)[ \t]+(?:de|het)[ \t]+\Z")


# decided "without a roll-call vote": the formula of a representative body's minutes (Gemeentewet art. 32)
_ROLL_CALL = re.compile(r"(?i)zonder[ \t\n]+hoofdelijke[ \t\n]+stemming")


# the archaic roll of old minutes ("Tegenwoordig de heeren", "Tegenwoordig: Mevr. A, en de Heren:")
_OLD_ROLL = re.compile(r"(?i)\btegenwoordig[ \t]*:?[ \t]+(?:zijn[ \t]+)?(?:[^\n:]{0,80}?[ \t]en[ \t]+)?de[ \t]+hee?ren")
# a council's or the States' committee named by its compound word: a transcript whose heading is a web page's
# (never inside a hyphenated compound: "bijeenkomst ‘dorpsraad-gemeenteraad-college’" in a village council's minutes)
_BODY_WORD = re.compile(r"(?i)(?<![\w-])(?:raadscommissie|statencommissie|gemeenteraad|raads[ \t]?vergadering|"
                        r"statenvergadering)(?![\w-])")


# the States' papers received from their executive: "Ingekomen stukken GS en CvdK" (a heading of the States' agenda)
_STATES_MAIL = re.compile(r"(?im)^[ \t]*ingekomen[ \t]+stukken[ \t]+(?:van[ \t]+)?(?-i:GS|Gedeputeerde[ \t]+Staten)\b")
# a griffier named in the heading of minutes ("Voorzitter: de heer J. Smit\nGriffier: de heer B.S.M Sepers"):
# only a council, the States, a Kamer or their committees have one; "PS"/"GS" (Provinciale/Gedeputeerde Staten)
_CLERK_HEAD = re.compile(
    r"(?im)^[ \t]*(?:plv\.?[ \t]+|plaatsvervangend[ \t]+)?(?:staten|raads|commissie)?griffier[ \t]*:")
# "Inbreng 50PLUS PS 9 maart 2022", "GS-Besluiten", "Besluitenlijst GS", "vergadering van PS"
# a meeting page headed by a committee and run by the council's griffie (the raadzaal alone is no proof)
_COMMITTEE_HEAD = re.compile(r"(?im)^[ \t]*(?:raads)?commissie(?:vergadering)?\b|\b(?:raads)?commissievergadering\b")
# a committee page held in the council chamber that names a wethouder or a party group ("fractie D66")
_CHAMBER = re.compile(r"(?i)\braads?zaal\b")
# (or its portfolio holders: "Er zijn geen mededelingen gedaan door de portefeuillehouders")
_COUNCIL_PRESENCE = re.compile(r"(?i)\bwethouders?\b|\braadslid\b|\bportefeuillehouders?\b|"
                               r"\bfracties?[ \t]+(?-i:[A-Z][\w/&-]*)")
# a committee's report signed by its griffier ("De griffier van de vaste commissie voor Veiligheid en Justitie,
# Van Dooren"): a Kamer's, the States' or a council's committee
_COMMITTEE_CLERK = re.compile(r"(?i)\bde[ \t]+griffier[ \t]+van[ \t]+de[ \t]+(?:(?:vaste|tijdelijke|algemene)[ \t]+)?"
                             r"commissie\b")
_GRIFFIE = re.compile(r"(?i)\bgriffie@|\b(?:raads|staten)griffie\b")
# a committee's decision list or minutes named with its capitals ("Vaststelling besluitenlijst commissie Middelen en
# Bestuur") in a text that speaks of councillors or party groups ("een cursus voor raadsleden", "zijn fractie"): a
# council's committee whose heading a web page dropped
_COMMITTEE_RECORD = re.compile(r"(?i:besluitenlijst|verslag|notulen)\s+(?:(?i:van|der)\s+(?:(?i:de)\s+)?)?"
                               r"(?i:commissie)\s+[A-Z]")
_COUNCILLORS = re.compile(r"(?i)\b(?:raadsleden|statenleden|fracties?|fractievoorzitters?|wethouders?|"
                          r"gedeputeerden?)\b")
_PS = re.compile(r"\b[PG]S[ \t]+\d{1,2}[ \t]+[a-z]+[ \t]+\d{4}|\b[PG]S-?(?i:vergadering|besluiten\w*|notulen)\b"
                 r"|(?i:vergadering|besluitenlijst|notulen|verslag)[ \t]+(?:(?i:van|der)[ \t]+)?[PG]S\b")
_OFFICIALS_MEETING = re.compile(r"(?i)\b(?:ambtelijk\w*|vooroverleg|voorbereiding\w*|project\w*|werkgroep\w*|"
                                r"afstemming\w*|team\w*|stafoverleg|mt-overleg|managementteam)\b")
# the meeting of an association's members ("Verslag Ledenvergadering", "ALV", "jaarvergadering"), also of a political
# party or a residents' association: its attendees hold no office by being there (also a board meeting "met de
# voorzitters van de werkgroepen", a village platform's; a club's "Algemene Vergadering van de Amsterdamsche Football
# Club", not a water board's; minutes headed by a private body's name: "Verslag bespreking Stichting X", a foundation's)
_MEMBERS_MEETING = re.compile(r"(?i)\b(?:(?:algemene[ \t]+)?ledenvergadering|ALV|jaarvergadering|bewonersvergadering|"
                              r"voorzitters[ \t]+van[ \t]+de[ \t]+werkgroepen|algemene[ \t]+vergadering[ \t]+van[ \t]+"
                              r"(?:de|het)[ \t]+[^\n.,]{0,60}?(?:club|vereniging|coöperatie)|"
                              r"(?m:^)[ \t]*(?:verslag|notulen)\b[^\n]{0,60}?(?<![\w-])(?:stichting|vereniging))\b")


# a club's own words in a meeting's opening: "Voorzitter X heet alle aanwezigen welkom, in het bijzonder erelid Y"
_CLUB_WORDS = re.compile(r"(?i)\b(?:erelid|ereleden|lid[ \t]+van[ \t]+verdienste|kascommissie|kascontrolecommissie)\b")
# "De wijkraad vergadert vanavond in de nieuwe samenstelling": minutes without a heading say whose meeting it is
_ASSOCIATION_MEETS = re.compile(
    rf"(?i)\b(?:de|het|onze)[ \t]+{ASSOCIATION.pattern[4:]}[ \t]+(?:vergadert|vergaderde)\b")


def association(text: str) -> bool:
    """True when the heading of ``text`` names an association's members' meeting, a foundation's or association's
    minutes or a residents', village or advisory council (or its opening says that such a council meets, or speaks of an
    honorary member or a kascommissie): its "leden" are members of a club, not of a representative body."""
    return bool(_MEMBERS_MEETING.search(text[:300]) or ASSOCIATION.search(text[:120])
                or _ASSOCIATION_MEETS.search(text[:_HEAD]) or _CLUB_WORDS.search(text[:600]))


@lru_cache(maxsize=8)  # asked by the regions, the representative test and the cues of one text
def public_body(text: str) -> bool:
    """True when the heading of ``text`` names a representative or governing body's meeting (or, further
    into the head, a council's or the States' committee by its compound name), and not an association's
    members' meeting nor a residents', village or advisory council's."""
    if association(text):
        return False
    if _heading_body(text) or COUNTED.search(text[:_HEAD]):
        return True
    if _STATES_MAIL.search(text[:_HEAD]):
        return True  # "Ingekomen stukken GS en CvdK": a heading of the States' agenda (their letters come in)
    if _COMMITTEE_CLERK.search(text[:_HEAD]):
        return True  # "De griffier van de vaste commissie voor …, Van Dooren": a Kamer committee's report
    if council_record(text):
        return True  # "Wethouder Keizer: …", "Wethouder De Haan: …": a page from a council's (committee's) minutes
    if _ROLL_CALL.search(text[:30000]):
        return True  # "Zonder hoofdelijke stemming wordt besloten": a page from a council's minutes
    if _OLD_ROLL.search(text[:_HEAD]) and re.search(r"(?i)\bsecretaris\b", text[:_HEAD]):
        return True  # "Tegenwoordig de heeren … Secretaris de heer …": old minutes of a council or a board
    if _COMMITTEE_RECORD.search(text[:3000]) and _COUNCILLORS.search(text[:3000]):
        return True  # "Vaststelling besluitenlijst commissie Middelen en Bestuur … cursus voor raadsleden"
    if _COMMITTEE_HEAD.search(text[:400]) and _GRIFFIE.search(text[:_HEAD]):
        return True  # "Commissie Wonen, Ruimte & Groen Voorschoten … griffie@voorschoten.nl": the council's
    if _COMMITTEE_HEAD.search(text[:400]) and _CHAMBER.search(text[:800]) and _COUNCIL_PRESENCE.search(text[:3000]):
        return True  # "Commissievergadering Fysiek … Raadzaal … wethouder P. Verlinden": the council's
    # a griffier or "PS"/"GS" in the heading, unless the heading is of civil servants preparing their papers
    return bool((_CLERK_HEAD.search(text[:800]) or _PS.search(text[:300]))
                and not _OFFICIALS_MEETING.search(text[:300]))


# the heading of a municipal council's own meeting (not a committee's): its secretaris is the gemeentesecretaris;
# also "Notulen van de installatievergadering van mr. X als burgemeester", a newspaper's report "GEMEENTERAAD VAN
# ZAAMSLAG."; "OPENBARE VERGADERING\nRaad der Gemeente Heemstede" (OCR: "van -de raad", "Raad der geneente")
_COUNCIL_MEETING = re.compile(r"(?i)vergade[ \t]?ring\s+(?:van[ \t]+(?:-?den?[ \t]+)?)?(?:gemeenteraad|raad[ \t]+"
                              r"(?:der|van[ \t]+de)[ \t]+ge-?[ \t]?(?:m|n|rn|ra)eente)\b"
                              r"|(?i:installatievergadering|raads[ \t]?vergadering)[ \t]+van[ \t]|(?i:raadsavond)\b"
                              r"|(?-i:\bGEMEENTERAAD[ \t]+VAN[ \t]+[A-Z'’-]{3,}\.)")


# the heading of the college's meeting: "Besluitenlijst B&W 1 juli 2025", "Notulen van de vergadering van het college
# van burgemeester en wethouders", "Besluitenlijst collegevergadering 26 maart", "Notulen b en w vergadering"
_COLLEGE_MEETING = re.compile(
    r"(?i:besluitenlijst|vergadering|notulen)[ \t]+(?:(?i:van[ \t]+(?:de[ \t]+vergadering[ \t]+van[ \t]+)?)?"
    r"(?i:het[ \t]+)?(?i:college[ \t]+van[ \t]+))?"
    r"(?i:b[ \t]*&[ \t]*w|b[ \t]+en[ \t]+w|burgemeester[ \t]+en[ \t]+wethouders)(?![\w])"
    r"|(?m:^)[ \t]*(?:(?i:besluitenlijst[ \t]+)?(?i:collegevergadering)|(?i:besluitenlijst[ \t]+(?:van[ \t]+)?het[ \t]+"
    r"college)\b)")


# the college's roll: "Aanwezig: • Burgemeester: J. Kuin • Wethouders: … • Secretaris: J. van der Woude", "Aanwezig:
# burgemeester de heer R. Bergsma, wethouder de heer S. Stegen, … en secretaris mevrouw B. de Vries"
_COLLEGE_ROLL = re.compile(r"(?is)\baanwezig\b[^a-z]{0,12}[^.;]{0,40}?\bburgemeester\b[^;]{0,300}?\bwethouders?\b"
                           r"[^;]{0,500}?\bsecretaris\b")
# the counted (or old) roll under the burgemeester as chair: "Aanwezig 37 leden. PvdA de dames … Voorzitter: de
# heer mr. G.J. te Loo, burgemeester. Secretaris: de heer mr. W.J.G. Reumer." (a page from the middle of the minutes)
_CHAIRED_ROLL = re.compile(r"(?is)\bvoorzitter[ \t]*:[^;\n]{0,80}?,[ \t]*burgemeester\b[^;]{0,200}?"
                           r"\bsecretaris[ \t]*:")


def council_meeting(text: str) -> bool:
    """True when the heading of ``text`` names a meeting of a municipal council itself, not of a committee, or of
    the college of B&W ("Besluitenlijst B&W 1 juli 2025"), or its roll lists the burgemeester, the wethouders and a
    secretaris, or counts (or calls, "Tegenwoordig:") members under the burgemeester as chair: its secretaris, too."""
    head = text[:400]
    roll = _COLLEGE_ROLL.search(text[:1500]) or ((COUNTED.search(text[:3000]) or _OLD_ROLL.search(text[:_HEAD]))
                                                  and _CHAIRED_ROLL.search(text[:3000]))
    own = bool(_COUNCIL_MEETING.search(head) or roll) and not _COMMITTEE.search(head)
    return own or bool(_COLLEGE_MEETING.search(head))


def representative(text: str, genre: str, lex: RoleLexicon) -> bool:
    """True for the proceedings or minutes of a representative or governing body: Handelingen, or minutes
    whose heading names the body, or whose bracketed tags are mostly party labels (three or more: "de heer
    Jansen (CDA)", a committee of the council whose heading names only the committee), or whose head lists
    members in rows led by their party ("VVD : Eric Kampinga")."""
    return genre == "handelingen" or (genre == "notulen" and (
        public_body(text) or political(text, 0, min(len(text), 30000), lex)
        or lex.party_rows(text, 0, min(len(text), _HEAD)) > 0 or capitals_record(text)))


# "De VVD is met 3 personen vertegenwoordigd in het Algemeen Bestuur, te weten Henri Mulder, …" (any genre)
_BODY_NAMED = re.compile(r"(?i:algemeen[ \t]+bestuur|dagelijks[ \t]+bestuur|gemeenteraad|provinciale[ \t]+staten|"
                         r"tweede[ \t]+kamer|eerste[ \t]+kamer)[ \t]*,?[ \t]*te[ \t]+weten:?(?P<names>[^.\n(]{3,300})")

# a text about a public body: "De volgende bestuurders zijn geïnstalleerd: A (Henk), B …", "De geborgde zetels zijn
# ingenomen voor Ongebouwd door de heren A, B …": the members installed or seated, to the end of the paragraph
_SEATED = re.compile(r"(?i:leden|bestuurders|raadsleden|statenleden|heemraden|commissieleden|burgerleden|wethouders|"
                     r"gedeputeerden)[ \t]+(?:zijn|werden|worden)[ \t]+(?:[a-z]+[ \t]+)?(?:geïnstalleerd|beëdigd|"
                     r"toegelaten)[ \t]*:(?P<names>[^\n]{3,1500})|(?i:zetels?)[ \t]+(?:zijn|is|werden|werd)[ \t]+"
                     r"ingenomen\b(?P<seats>[^\n]{3,1500})")


# -- motie signatories (speakers: detect.speakers; signature blocks: detect.signers) ----------------------

# a committee's meeting (insprekers speak there); not a committee named in passing as a compound ("gehoord het advies
# van de geloofsbrievencommissie") or as the author of a proposal ("Voorstel van de commissie voor de …"); a council's
# printed record (``capitals_record``) may name one in passing too ("dat de commissie niet gehoord is")
_COMMITTEE = re.compile(r"(?i)(?<![\w-])(?<!van de )(?<!door de )(?:raads|staten)?commissie")
# "en gaat over tot de orde van de dag" (a Kamer, a council), "en gaan over …" (the Staten)
_MOTIE_END = re.compile(r"en\s+(?:gaat|gaan)\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\.?", re.IGNORECASE)
_SIGNERS = re.compile(r"(?im)^[ \t]*(?:indieners?|indiener\(s\)|ondertekenaars?|ondergetekenden?)[ \t]*[:,]?[ \t]*$")

# a row of a motie's signatories' surnames, too long for ``NAME_LINE``: "Rosenmöller Willems Linschoten Schimmel Van der
# Vlies" (every word capitalised but the particles)
# (a comma may follow a name: "Faber, De Vries Hermsen Andela-Baur Weijers")
_SURNAME_ROW = re.compile(r"[ \t]*(?:(?:[A-ZÀ-Þ][\w.'’-]*,?|van|de|der|den|ter|ten)[ \t]+){1,12}"
                          r"[A-ZÀ-Þ][\w.'’-]*[ \t]*\n")


def _name_lines(text: str, pos: int, limit: int = 12, *, rows: bool = False) -> int:
    """The end of the block of short name lines that starts at ``pos`` (blank lines allowed between); ``rows``:
    a line may be a row of surnames (``_SURNAME_ROW``)."""
    end = pos
    lines = 0
    i = pos
    while lines < limit and i < len(text):
        while i < len(text) and text[i] in " \t\n":
            i += 1
        m = NAME_LINE.match(text, i) or (_SURNAME_ROW.match(text, i) if rows else None)
        if m is None or "\f" in m.group():
            break
        end = i + len(m.group().rstrip())
        i = m.end()
        lines += 1
    return end


# "de motie-Van Aalst/Remco Dijkstra", "het amendement-Jansen", "het voorstel-T. de Jong": the members who moved it;
# "de eenmansfractie-Duthler": the member who forms it
_MOTIE_NAME = re.compile(
    r"(?i:motie|amendement|initiatiefwetsvoorstel|initiatiefvoorstel|voorstel|fractie|eenmansfractie)-"
    r"(?P<names>[A-ZÀ-Þ][\w.'’ -]{1,40}?"
    r"(?:/[A-ZÀ-Þ][\w.'’ -]{1,40}?)*)(?=[ \t]+(?:over|inzake|betreffende|ter|tot|van|om|met|en|\(|,)|[,;:)\n]"
    r"|(?<!(?<![\w])[A-ZÀ-Þ])\.(?!\w))"  # a full stop, not that of an initial
)


# "de motie Geurts aangenomen", "het amendement Van der Staaij": the same without the hyphen
_MOTIE_SPACED = re.compile(
    r"\b(?i:motie|amendement)[ \t]+(?P<names>[A-ZÀ-Þ][\w.'’ -]{1,40}?(?:/[A-ZÀ-Þ][\w.'’ -]{1,40}?)*)"
    r"(?=[ \t]+(?!(?:van|de|der|den|ter|te|in|op)\b)[a-z]|[ \t]*\(|[,;:)\n]|(?<!(?<![\w])[A-ZÀ-Þ])\.(?!\w))"
)


# a page headed by a governing body whose lines below name its members ("College van Gedeputeerde Staten\n\nPeter
# Drenth\n\nJan van der Meer …")
_COLLEGE_HEAD = re.compile(
    r"(?im)^[ \t]*(?:(?:het[ \t]+)?college[ \t]+van[ \t]+(?:gedeputeerde[ \t]+staten|burgemeester[ \t]+en[ \t]+"
    r"wethouders|b[ \t]*(?:&|en)[ \t]*w)|leden[ \t]+van[ \t]+(?:provinciale[ \t]+staten|de[ \t]+gemeenteraad))"
    r"[ \t]*:?[ \t]*\n")


# "het Voorstel van de heer De Geer van Oudegein c.s. (gedrukt stuk Eerste Kamer …)": members who move a proposal
# "cum suis" (not "eiser c.s.": the parties of a ruling)
_MOVED_CS = re.compile(r"(?i:voorstel|initiatiefvoorstel|initiatiefwetsvoorstel|motie|amendement)[ \t]+van[ \t]+"
                       r"(?:de[ \t]+heer|mevrouw|het[ \t]+lid|de[ \t]+leden)[ \t]+(?P<names>[A-ZÀ-Þ][^\n()]{1,60}?)"
                       r"[ \t]+c\.s\.")
# "het amendement van de heer Dittrich CLVI, letters AA", "de motie van mevrouw Van Dijk over …": its mover
# (spoken: "een hele mooie motie van meneer Dubbelaar")
_MOVED = re.compile(r"(?i:motie|amendement|subamendement)[ \t]+van[ \t]+"
                    r"(?:de[ \t]+heer|meneer|mevrouw|het[ \t]+lid)[ \t]+"
                    r"(?P<names>(?:(?:[Vv]an|[Dd]e|der|den|[Tt]er|[Tt]en)[ \t]+){0,3}[A-ZÀ-Þ][a-zà-ÿ'’]+"
                    r"(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?)(?=[ \t]+(?:[a-z]|[IVXLC]{2,}\b|\()|[,.;:)])")


def _motie(text: str) -> list[Region]:
    out: list[Region] = [Region(m.start("names"), m.end("names"), "public", "publiek:motie-indiener")
                         for rx in (_MOTIE_NAME, _MOTIE_SPACED, _MOVED_CS, _MOVED)
                         for m in rx.finditer(text)]
    out += signer_table(text)
    for m in list(_MOTIE_END.finditer(text)) + list(_SIGNERS.finditer(text)):
        end = _name_lines(text, m.end(), rows=True)
        if end > m.end():
            out.append(Region(m.end(), end, "public", "publiek:motie-indiener"))
    return out


def _college(text: str) -> list[Region]:
    """The lines of names right below a governing body's heading: its members."""
    return [Region(m.end(), end, "public", "publiek:lijst:college")
            for m in _COLLEGE_HEAD.finditer(text) if (end := _name_lines(text, m.end())) > m.end()]


def regions(text: str, genre: str, lex: RoleLexicon) -> list[Region]:
    """The regions where ``genre`` decides about the persons named (see the module docstring)."""
    out: list[Region] = []
    body = representative(text, genre, lex)
    if genre in ("notulen", "handelingen", "kamervragen", "voorstel", "other", "brief", "motie", "woo-besluit"):
        # the roll of the college's own meeting lists its members (and its secretary); a Woo decision may release
        # a committee's minutes with their roll by party
        out += attendance(text, lex, body or bool(_COLLEGE_MEETING.search(text[:400])))
    if genre == "handelingen" or (genre == "notulen" and body):
        out += speakers(text, genre == "handelingen" or not _COMMITTEE.search(text[:600]) or capitals_record(text))
    if body:
        out += absent(text)
        out += index_chair(text)
    if "ragenuur" in text and (body or public_body(text)):
        out += question_hour(text)  # also a report of the council's meeting on a local news site
    out += index_members(text, lex, body)
    out += _motie(text)
    out += _college(text)
    out += [Region(m.start("names"), m.end("names"), "public", "publiek:lijst:leden")
            for m in _BODY_NAMED.finditer(text)]
    if public_body(text):
        out += [Region(m.start(g), m.end(g), "public", "publiek:lijst:leden") for m in _SEATED.finditer(text)
                for g in ("names", "seats") if m.group(g)]
    out += election(text) + answered_by(text)
    out += party_table(text, lex)
    out += signatures(text, lex)
    out += decision_signer(text, genre, lex) + court_bench(text) + recommended(text) + committee_signers(text)
    out += monarch(text)
    out += amendment_signers(text)
    out += label_columns(text, lex) + note_holder(text) + meeting_chair(text, body) + holder_column(text, lex)
    out += appointed(text, lex)
    return sorted(out, key=lambda r: (r.start, r.end))
