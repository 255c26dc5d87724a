"""The patterns of role cues around a name: what stands between a role word and the name it gives an office, and
the phrases before or after a name that say which office, body, party or person it belongs to.

* before the name (matched at the end of the text before it): ``BEFORE_NAME`` (a single office: "wethouder
  Financiën, mr. X"; "Voorzitter A/B"), ``BEFORE_NAMES`` (a plural role heading a list: "De wethouders A, B en C"),
  ``BEFORE_NAME_TITLED`` (a portfolio without a preposition, told by the title before the name), ``REPLACED_BY``
  (a successor), ``QUESTIONS_OF`` (the member who puts questions in the Kamer), ``SUBMITTER_PARTY`` ("Indiener
  CDA, X"), ``IN_GROUP`` (a Kamer group named after its members),
  ``PARTY_DASH`` ("CU - Abel van Dijken"), ``OF_SOMEONE`` (a person tied to an office holder), ``CREDENTIALS`` (an
  elected member's credentials approved); a motion's mover and the office holder a motion of censure is aimed at
  are ``detect.member_events``' (``MOTION_OF``, ``CENSURED``);
* after the name: ``APPOSITION`` (the function after a comma, a dash or a table's gap: "X, wethouder"; ``DEPUTY``
  the deputy's or acting prefix of that function), ``INSTALLED`` / ``ADMITTED`` (appointed to, holding or leaving an
  office; ``office_of`` and ``opens_with`` read the office it names), ``SINCE`` (a date before the office in an
  apposition),
  ``ROYAL_FORMULA``, ``PARTY_AFTER``, ``OF_GROUP``;
* after a weak role: the board, house, authority, party or organisation it is of (``OF_BOARD``, ``OF_HOUSE``,
  ``OF_AUTHORITY``, ``FOR_PARTY``, ``OF_ORGANISATION``);
* ``name_start``: where the name after a role starts; ``eponyms`` / ``eponym_chair``: committees named after their
  chair; ``GROUP``: a Kamer group's label; ``PARTY_COLON``: a party label heading a row of names; ``COMPOSITION`` in
  a ``KAMER_PAPER``: a Kamer committee's members in the footnote of its report; ``ELECTED``: an elected body, its
  members or its clerk named anywhere in a text; ``BODY_MEMBERS``: the council's or the States' members in a sentence;
  ``NAMENS_ORG`` (speaking for an association); ``BODY_COMMITTEES``, ``COUNCIL_SITTING`` (a page headed by the
  body's committees or by its sitting), ``TREASURER`` (a club's board), ``CARNIVAL`` (a carnival's text: its "prins"
  is no royal).

The role words themselves (the vocabulary of ``rules/public-officials.yaml``) are compiled by ``detect.roles``;
these patterns hold no rules, only the grammar around them. ``PublicContext`` of ``detect.public`` and
``detect.clauses`` apply them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from redact.detect.names import GIVEN_WORD, INITIALS, TITLES_RE, TV_ANY, UP

__all__ = [
    "ACTING", "ADMITTED", "APPOSITION", "BEFORE_NAME", "BEFORE_NAMES", "BEFORE_NAME_TITLED", "BODY_COMMITTEES",
    "BODY_MEMBERS", "CARNIVAL", "COMPOSITION", "COUNCIL_SITTING", "CREDENTIALS", "DEPUTY", "ELECTED", "FOR_PARTY",
    "GROUP", "INSTALLED", "IN_GROUP", "KAMER_PAPER", "LEAD", "NAMENS_ORG", "OF_AUTHORITY", "OF_BOARD", "OF_GROUP",
    "OF_HOUSE", "OF_ORGANISATION", "OF_SOMEONE", "PARTY_AFTER", "PARTY_COLON", "PARTY_DASH", "PORTFOLIO",
    "POSTNOMINALS", "QUESTIONS_OF", "QUESTIONS_OF_MANY", "REPLACED_BY", "ROYAL_FORMULA", "SINCE", "SUBMITTER_PARTY",
    "TREASURER", "eponym_chair", "eponyms", "name_start", "office_of", "opens_with",
]

# words after a role that belong to it: "minister van Justitie en Veiligheid", "wethouder Financiën"
_PORTFOLIO_WORD = (r"(?:[A-ZÀ-Þ][\w'’&-]*|(?i:en|de|het|der|van|voor|'t|op|in|aan|[\w-]*commissies?|[\w-]*raad|"
                   r"gemeente|stad|provincie|kamer|staten|huis|afgevaardigden|waterschap|college|stadsdeel|tweede|eerste|vaste|algemeen|"
                   r"dagelijks|bestuur|(?:coalitie|oppositie|regerings)?partij|"  # "van coalitiepartij VVD"
                   # portfolios in lower case: "wethouder van onderwijs Paul Hofman"
                   r"onderwijs|financi[eë]n|zorg|jeugd|sport|cultuur|wonen|economie|verkeer|vervoer|milieu|welzijn|"
                   r"werk|inkomen|duurzaamheid|natuur|landbouw|mobiliteit|energie|klimaat|volkshuisvesting|toerisme|"
                   r"recreatie|ruimtelijke|ordening|openbare|ruimte|veiligheid|handhaving|armoede|participatie|"
                   r"stikstof|asiel|migratie|water|erfgoed|media|digitalisering|infrastructuur|hoger|wetenschap))(?![\w'’&-])")
# (a line may break after "van", or after a comma before a ministry's last "X en Y": "het lid van\nde
# stadsdeelcommissie", "de Staatssecretaris van Volksgezondheid,\nWelzijn en Sport,\n\nmw. dr. J. Bussemaker", never
# before a name: "De Minister van Financiën,\nJan Jansen"; "commissaris van de Koning in Noord-Brabant";
# "gedeputeerde bij de provincie Gelderland"; "het lid dier Kamer": of that Kamer)
# (or the organisation's acronym before the comma of a signature: "De directeur-generaal DUO,\nR.J.A. Kerstens")
PORTFOLIO = (rf"(?:[ \t]+(?i:van|voor|der|dier|in|bij|namens)(?:[ \t]+|[ \t]*\n[ \t]*){_PORTFOLIO_WORD}"
             rf"(?:,?[ \t]+{_PORTFOLIO_WORD}){{0,6}}"
             rf"(?:,[ \t]*\n[ \t]*{_PORTFOLIO_WORD}[ \t]+en[ \t]+{_PORTFOLIO_WORD})?"
             rf"|[ \t]+[A-Z]{{2,6}}(?=[ \t]*,))")

_LEAD = re.compile(rf"{PORTFOLIO}?[ \t]*,?[ \t]*(?:{TITLES_RE})?")
# a tussenvoegsel in capitals after a role starts a name ("Burgemeester Van Rumund", "Minister Van der Meer"),
# not a portfolio, unless a place follows ("Burgemeester Van Wageningen")
_CAPITAL_TV = re.compile(r"[ \t]+(?=(?:Van|De|Ter|Ten)(?:[ \t]+(?:de|den|der|het|'t))?[ \t]+"
                         r"([A-ZÀ-Þ][\w'’-]+)(?![\w-]))")


def name_start(text: str, pos: int, is_place: Callable[[str], bool]) -> int:
    """Where the name after a role that ends at ``pos`` starts: after the role's portfolio and titles."""
    if (tv := _CAPITAL_TV.match(text, pos)) and not is_place(tv.group(1)):
        return tv.end()
    lead = _LEAD.match(text, pos)
    return lead.end() if lead else pos


# "Voorzitter - H.P. Klazenga"; a value on the next line, maybe as a bullet ("- Voorzitter\n- G.W.A. Temmink", the
# fields of a meeting's page in a council information system)
# (or a blank line after a label alone on its line: a web page's "Portefeuillehouder\n\nAppelman, J.N.J.")
# (a label's colon, maybe before a bullet on the next line, "Voorzitter:\n- X", or a table's bar, "Voorzitter | X")
_SEP = (r"(?:[ \t]*[,:|]\s*(?:(?<=\n)[-•][ \t]+)?|[ \t]+[-–][ \t]+|[ \t]+|[ \t]*\n[ \t]*(?:[-•][ \t]+)?"
        r"|[ \t]*\n[ \t]*\n[ \t]*"
        r"|(?<=[A-Z])[ \t]*;[ \t]*"  # OCR read a heading's colon as a semicolon: "SECRETARIS; de heer X"
        # the name in brackets after the office, with its form of address: "de directeur-generaal Straffen en
        # Beschermen (de heer Saris)", "zoals Kamerleden (de heer Van Nispen en de heer Postema)"
        rf"|[ \t]*\((?=[ \t]*(?:{TITLES_RE})))")
# (each with its form of address: "(de heer Van Nispen en de heer\nPostema)"; a short list of forms, as the whole title
# grammar at every item doubles the cost of the cues before a name)
_ITEM_ADDRESS = r"(?:(?:[Dd]e[ \t]+heer|[Mm]evrouw|[Mm]eneer|dhr\.|mw\.|mevr\.)[ \t]+)?+"
_LIST_ITEM = (
    rf"{_ITEM_ADDRESS}(?:(?:{TV_ANY}|{INITIALS}|{UP}[\w'’-]+(?![\w'’-]))[ \t]*)+(?:\([^()\n]{{1,30}}\)[ \t]*)?"
    r"(?:,[ \t]*|en[ \t]+|/[ \t]*)"
)
_ALTERNATE = _LIST_ITEM.replace(r"(?:,[ \t]*|en[ \t]+|/[ \t]*)", r"/[ \t]*")  # "Voorzitter\nA/B": one of two
# titles and given names or initials before a surname (the late one's too: "lid van uw Kamer, wijlen de heer X")
LEAD = rf"(?:(?:wijlen[ \t]+)?{TITLES_RE}(?:\n[ \t]*)?)?(?:(?:{INITIALS}[ \t]?|{GIVEN_WORD}[ \t]+)){{0,3}}"
# "De commissievoorzitter is Nelleke Bouman", "De huidige ministers van Staat zijn de heren A, B en C"
_COPULA = (r"(?:[ \t]+(?:is|was|wordt|werd|zijn|waren)(?:[ \t]+de[ \t]+(?:heren|dames))?"
           # a holder found for the office, before a colon: "een externe wethouder binnengehaald: X"
           r"|[ \t]+(?:binnengehaald|gevonden|aangetrokken|voorgedragen)(?=[ \t]*:))?")
# "Onder de begeleidende raadsleden zijn onder andere A, B en C aanwezig", "namen acht raadsleden afscheid, te weten
# de heren A en B": a plural role, a word, "among others" or "namely"
_AMONG = (r"(?:(?:[ \t]+[a-z]+,?)?[ \t]+(?:onder[ \t]+(?:andere|anderen|meer)|o\.a\.|te[ \t]+weten|namelijk)"
          r"(?:[ \t]+(?:de[ \t]+)?(?:heren|dames))?)?")
_NAMED = r"(?:[ \t]+(?i:voornoemd|voormeld))?"  # a signature: "De provinciesecretaris voornoemd,\nW.F. Brenkman"
_PLURAL_TAIL = r"(?:\((?:s|n|en)\))"  # "Portefeuillehouder(s): X"
# the office's abbreviation in brackets, its portfolio, maybe held ad interim: "de Commissaris van de Koning (CvdK) in
# Noord-Holland, de heer X", "… a.i. X"
_HELD = rf"(?:[ \t]*\([A-Z][A-Za-z&]{{1,7}}\))?{PORTFOLIO}?(?:[ \t]+a\.[ \t]?i\.)?"
_ITEMS = rf"{_HELD}{_COPULA}{_NAMED}{_SEP}(?:{_LIST_ITEM}){{0,6}}{LEAD}\Z"
# (cues for ``PublicContext.left``) standing in for an office holder named in the same sentence: "De
# Minister-President wordt vervangen door mr. dr. X";
# the successor in an office the sentence names, or the one before when this one is about its holder: "…
# Secretaris-generaal Roel Bekker vertrekt per 1 april. Hij wordt opgevolgd door X". Not the predecessor ("Zij
# volgt X op", "na het vertrek van X"): one who has left the office is private (realtext convention, round 21),
# and the sentence seldom says whether they have left
# the member who puts questions to the government, in the Kamer's records: "VRAGEN van de heer Nypels P'66) naar
# aanleiding van …" (also "… van de heer A en mevrouw B"; before 1947 "VRAAG van den heer Beumer"; OCR's "VBAGEN van
# den lieer X"; in a later question "vragen over dezelfde problematiek, gesteld door de heer W. Scholten")
QUESTIONS_OF = re.compile(rf"(?<![\w])(?i:(?:v[rb]agen|vraag)[ \t]+van|gesteld[ \t]+door)[ \t]+"
                          rf"(?:(?i:den?[ \t]+heer|mevrouw|mejuffrouw)[ \t]+{UP}[\w'’-]*+[ \t]+en[ \t]+)?"
                          rf"(?i:den?[ \t]+(?:heer|lieer)|mevrouw|mejuffrouw)[ \t]+{LEAD}\Z")
# … also several members at once, in the Kamer's papers: "de vragen van de heren Engelsman, Berkhouwer en Assmann,
# met de door de Regering verstrekte antwoorden opgenomen in het Aanhangsel", "de kamervragen van de heren A en B"
QUESTIONS_OF_MANY = re.compile(rf"(?<![\w])(?i:(?:kamer)?vragen)[ \t]+van[ \t]+(?i:de[ \t]+heren|de[ \t]+leden)[ \t]+"
                               rf"(?:(?:(?:{TV_ANY})[ \t]+)*{UP}[\w'’-]*+[ \t]*(?:,|(?<![\w])en(?![\w]))[ \t]*){{0,7}}+"
                               rf"(?:(?:{TV_ANY})[ \t]+)*\Z")
# the member whose leave opened a temporary seat, in the Kamer's (or a council's) papers: "in de tijdelijke vacature die
# is ontstaan door het zwangerschapsverlof van mevrouw B. Becker", "de tijdelijke vacature van mevrouw X"; or whose
# resignation or death opened a seat, "De vacature was ontstaan door het ontslag van X" (not a departure: "het vertrek
# van X, voorzitter van de Commissie van Toezicht" left a board's seat)
LEAVE_OF = re.compile(rf"(?<![\w])(?:(?i:vacature)[^.;\n]{{0,40}}?[ \t]+ontstaan[ \t]+door[ \t]+(?:het|de)[ \t]+"
                      rf"(?:[a-z]*verlof|ontslag|overlijden)|(?i:tijdelijke)[ \t]+vacature)[ \t]+van[ \t]+"
                      rf"{LEAD}\Z")
# a council's committee seats in the sentence before "commissieleden": its members sit for the council's parties (also
# one member, "Raadslid X neemt afscheid … de heer Y benoemd tot commissielid")
BODY_MEMBERS = re.compile(r"(?i)(?<![\w-])(?:raads|staten|fractie)(?:leden|lid)(?![\w-])")
# an elected body or its members, named anywhere in the text
ELECTED = re.compile(r"(?i)(?<![\w-])(?:(?:gemeente)?raads(?:lid|leden|vergadering|fractie)|gemeenteraad|statenleden|"
                     r"statenlid|provinciale[ \t]+staten|(?:tweede|eerste)[ \t]+kamer|kamerleden|kamerlid|fracties?|"
                     r"algemeen[ \t]+bestuur|verenigde[ \t]+vergadering|senaat|senatoren|"
                     r"(?:raads|staten|commissie)?griffier|raad[ \t]+(?:der|van[ \t]+de)[ \t]+gemeente|motie|"
                     r"amendement|gedeputeerde[ \t]+staten|commissaris[ \t]+van[ \t]+de[ \t]+koning(?:in)?)(?![\w-])"
                     r"|(?<![\w-])(?-i:Kamer)(?![\w-])")
# an elected member's credentials, approved before the oath: "De geloofsbrieven van Edwin Meijerhof worden goedgekeurd"
CREDENTIALS = re.compile(rf"(?<![\w])(?i:geloofsbrieven)[ \t]+van[ \t]+{LEAD}\Z")
# (or the seat taken from someone: "X geïnstalleerd als raadslid. Hij neemt de plaats in van Y", "is benoemd als
# Eerste Kamerlid voor de SGP, in de plaats van de heer Z": after a comma)
# ("… benoemd tot raadslid en vervangt in deze rol tijdelijk Y": the replaced, in the present)
REPLACED_BY = re.compile(rf"(?<![\w])(?:(?i:vervangen|waargenomen|opgevolgd)[ \t]+door|(?i:neemt|nam)[ \t]+de[ \t]+"
                         r"(?:plaats|zetel)[ \t]+in[ \t]+van|(?<=,)[ \t]*in[ \t]+de[ \t]+plaats[ \t]+van|"
                         r"(?i:vervangt|verving)(?:[ \t]+(?:in[ \t]+(?:deze|die|haar|zijn)[ \t]+rol|tijdelijk))*)"
                         rf"[ \t]+{LEAD}\Z")
# the chair who opens or closes a council's or the States' own meeting (the burgemeester, the commissaris): "Voorzitter
# Van Wolfswinkel opent de raadsvergadering"
OPENS_BODY = re.compile(r"[ \t]+(?:opent|opende|sluit|sloot|heropent|heropende)[ \t]+de[ \t]+"
                        r"(?:raads|staten|gemeenteraads)vergadering(?![\w-])")
# the office held, as a noun of the office before the name: "nam het raadslidmaatschap van de heer X waar" (a public
# office only; "het lidmaatschap van X" says of what only elsewhere)
OFFICE_HELD = re.compile(rf"(?<![\w-])(?i:(?P<role>raadslid|statenlid|kamerlid)maatschap|(?P<office>wethouder|"
                         rf"burgemeester|gedeputeerde|dijkgraaf)schap)[ \t]+van[ \t]+{LEAD}\Z")
# matched at a role, up to where a name starts: a plural role heads a list ("De wethouders A, B en C"), a
# single one only as "Portefeuillehouder(s): A, B" or "Voorzitter A/B" ("wethouder Jansen, Kees Brinkman": Jansen)
BEFORE_NAMES = re.compile(rf"{_PLURAL_TAIL}?{PORTFOLIO}?{_AMONG}{_ITEMS}")


# the submitter of written questions named with the party first, alone on the line: "Indiener CDA, Geart Benedictus",
# Frisian "Yntsjinner CDA, X" (``PublicContext.left``: a party's member)
SUBMITTER_PARTY = re.compile(r"[ \t]*(?i:indieners?|yntsjinners?|vragenstellers?)[ \t]*:?[ \t]+([^,\n]{1,40}?)[ \t]*,"
                             r"[ \t]*")
# the opening formula of a royal decree or an Act: "Wij Beatrix, bij de gratie Gods, Koningin der Nederlanden",
# also in capitals and as OCR reads old prints ("WIJ JULIANA, nu DE GRATIE Gons, KONINGIN DER NEDER-LANDEN")
ROYAL_FORMULA = re.compile(r"(?i)[ \t]*,[ \t]*(?:\w{2,3}[ \t]+de[ \t]+gratie[ \t]+\w{3,5}[ \t]*[,.][ \t]*"
                           r"(?:Koning|Koningin|Konin[a-z]{2,3})(?![\w])|enz\.)")  # "GODS. KONINOIN"; "WIJ X, ENZ."
# a minister's second post in a signature: "De Minister-President, Minister van Algemene Zaken,\nM. Rutte"
# (or a political post the same person holds: "fractievoorzitter en lijsttrekker X")
_SECOND_POST = (rf"(?:,[ \t]*(?i:minister|staatssecretaris)(?![\w-]){PORTFOLIO}?|[ \t]+en[ \t]+(?i:lijsttrekker|"
                r"partijleider|partijvoorzitter|fractievoorzitter|fractieleider|raadslid|statenlid|kamerlid|wethouder|"
                r"gedeputeerde)(?![\w-]))?")
BEFORE_NAME = re.compile(rf"{_PLURAL_TAIL}{_ITEMS}"
                         rf"|{_HELD}{_SECOND_POST}{_COPULA}{_NAMED}{_SEP}(?:{_ALTERNATE}){{0,2}}{LEAD}\Z")
# after a public office also a portfolio without a preposition, told from the name by the title before it, words
# one space apart (not cells of a flattened table): "Gedeputeerde Nieuwe Natuur dhr J.N.J. Appelman", "wethouder
# Ruimtelijke Ordening mevrouw A. Jansen" (words in lower case after the capital: not "De Koning SIKB Drs. X"), also
# in brackets: "de directeur-generaal Straffen en Beschermen (de heer Saris)"
_CAPS_PORTFOLIO = r"(?: [A-ZÀ-Þ][a-zà-ÿ'’&-]+(?: en [A-ZÀ-Þ][a-zà-ÿ'’&-]+)?){1,3}"
BEFORE_NAME_TITLED = re.compile(rf"{BEFORE_NAME.pattern}|{_CAPS_PORTFOLIO} \(?{TITLES_RE}"
                                rf"(?:{INITIALS}[ \t]?|{GIVEN_WORD}[ \t]+){{0,3}}\Z")


# sworn in, installed, appointed, elected to or leaving an office after the name: "de heer A.J.M Spooren voor
# 50PLUS beëdigd als Statenlid", "X is gekozen tot dijkgraaf", "mevrouw C. Houben is vertrokken als lid van de
# commissie" (a public role counts, a weak one as weak: "benoemd tot beleidsmedewerker" is a job), "als ons ‘nieuwe’ …"
ACTING = (r"(?:(?i:[‘'\"“]?nieuwe?[’'\"”]?|beoogde?|tijdelijke?|waarnemende?|interim|plaatsvervangende?|huidige|de|het|"
          r"ons|onze|eerste|kroonbenoemde|vrouwelijke)[ \t]+)*")  # "als eerste Kroonbenoemde burgemeester van …"
# degrees after a name: "J.N. (Jan) Helmond MPM wordt …", "drs. M.A.C. Galesloot MBA, directeur-generaal"
POSTNOMINALS = r"(?:MSc|MA|MBA|MPM|MPA|LLM|LLB|BSc|BA|PhD|RA|RC|EMIA|EMPM)"
# "beëdigde X als (nieuwe) watergraaf"
# a committee seat of a citizen, past its comma: "als commissielid, niet zijnde statenlid"
NOT_BEING = r"(?:,[ \t]*niet[ \t]+zijnde[ \t]+[a-z]+)?"
INSTALLED = re.compile(r"(?:(?:[ \t]+(?:is|fungeert|fungeerde|werd|wordt|werden))?[ \t]+als[ \t]+"
                       # "… werden A en B als tijdelijke wethouders benoemd"
                       rf"{ACTING}([^,;.()\n]{{2,50}}{NOT_BEING})"
                       # "JULIAN WOODLEY, in zijn hoedanigheid van waarnemend gezaghebber van …"
                       # "Hugo de Jonge heeft in zijn tijd als minister van Volksgezondheid …"
                       r"|,?[ \t]+(?:heeft[ \t]+|had[ \t]+)?in[ \t]+(?:zijn|haar)[ \t]+"
                       r"(?:hoedanigheid[ \t]+(?:van|als)|(?:tijd|periode|functie|rol)[ \t]+als)[ \t]+"
                       rf"{ACTING}([^,;.()\n]{{2,50}})"
                       # "X is door de commissaris van de Koning René Paas benoemd tot waarnemend burgemeester"
                       r"|(?:[ \t]+(?:is|wordt|werd)[ \t]+(?:door|troch)[ \t]"
                       # a full stop only of an initial or a title: "door de commissaris …, mr. B. Staal, per …"
                       r"(?:[^.;:\n]|(?<=[\s.][A-Z])\.|(?<=\s[a-z]{2})\.|(?<=\s[a-z]{3})\.){0,110}?|[^.;:\n]{0,50}?)"
                       r"(?<![\w])(?i:beëdigd|geïnstalleerd|benoemd|gekozen|verkozen|herkozen|"
                       r"toegelaten|toe[ \t]+te[ \t]+laten|herbenoemd|aangewezen|aan[ \t]+te[ \t]+wijzen|"
                       r"te[ \t]+benoemen|te[ \t]+installeren|vertrokken|ontslag[ \t]+(?:neemt|genomen)|begonnen|"
                       r"voorgedragen|aangesteld|geselecteerd|"  # "… geselecteerd als kandidaat-gedeputeerde"
                       r"naar[ \t]+voren[ \t]+geschoven|"  # "heeft A en B naar voren geschoven als gedeputeerden"
                       # "zal Jaap Slootmaker langer aanblijven als …", "aan te bevelen voor benoeming tot dijkgraaf"
                       r"aanblijven|aan[ \t]+te[ \t]+blijven|blijft[ \t]+aan|(?:voor[ \t]+)?benoeming|"
                       r"gestart|aangetreden|neemt[ \t]+afscheid|"
                       # "Bart van Spaandonk nam afscheid als raadslid" (also "nam eerder tijdens de raadsvergadering
                       # afscheid als raadslid", "… nadat X afscheid nam als burgemeester"), "X is op 19 maart aan de
                       # slag gegaan als …", "A en B komen terug als fractielid", "X keerde na 4 jaar in de oppositie
                       # weer als wethouder terug"
                       r"(?:nam|namen)[ \t]+(?:[^.;:\n]{0,40}?[ \t])?afscheid|"
                       r"afscheid[ \t]+(?:neemt|genomen|nam|namen)|aan[ \t]+de[ \t]+slag(?:[ \t]+gegaan)?|"
                       r"(?:treedt|trad)[ \t]+(?:aan|af|terug)|(?:af|terug|afge|terugge)treden|vertrekt|vertrok|"
                       r"(?:komt|komen|keert|keren)[ \t]+terug|(?:keerde|keerden)[^.;:\n]{0,40}?(?=[ \t]+als[ \t])|"
                       # "X stopt als gemeentesecretaris", "mag nog zes jaar doorgaan als burgemeester", "neemt
                       # … de taken van Y waar als gemeentesecretaris"
                       r"stopt|stopte|gestopt|doorgaan|door[ \t]+te[ \t]+gaan|gaat[ \t]+door|waar|"
                       r"begint|start|verwelkomen|verwelkomd|"  # "begint … als griffier", "verwelkomen als staatsraad"
                       r"ontslag[ \t]+(?:te[ \t]+verlenen|verleend)|ontslagen|"
                       r"beneamd|ynstallearre|ynsward|beëdige)"  # Frisian: "X beneamd as …", "ynsward as"
                       # a date after the verb: "begint 1 april 2024 als …", "stopt per 1 september 2019 als …"
                       r"(?:[ \t]+(?:op[ \t]+|per[ \t]+|vanaf[ \t]+)?\d{1,2}[ \t]+[a-z]+(?:[ \t]+\d{4})?)?"
                       r"[ \t]+(?i:als|tot|as|ta|uit[ \t]+(?:zijn|haar)[ \t]+functie[ \t]+(?:van|als))"
                       r"(?:[ \t]+|[ \t]*\n[ \t]*)"
                       rf"{ACTING}([^,;.()\n]{{2,50}}{NOT_BEING})"  # "wordt benoemd als\nprogramma-secretaris-generaal"
                       # "J.N. (Jan) Helmond MPM wordt waarnemend Rijksvertegenwoordiger", "X wordt de gezaghebber"
                       rf"|(?:[ \t]+{POSTNOMINALS})?[ \t]+(?:wordt|werd)"
                       r"(?:[ \t]+|[ \t]*\n[ \t]*)(?:(?:opnieuw|weer)[ \t]+)?"
                       rf"{ACTING}([^,;.()\n]{{2,50}})"
                       # "X is vanaf begin mei 2024 de nieuwe gemeentesecretaris van Ermelo"
                       r"|[ \t]+(?:is|wordt|werd)[ \t]+(?:(?:vanaf|per|sinds|op|in|met[ \t]+ingang[ \t]+van)[ \t]+"
                       r"[\w ]{1,25}?[ \t]+)?(?:de|het)[ \t]+nieuwe[ \t]+([^,;.()\n]{2,50})"
                       # "De heer R.T. Bakker is drie perioden lid geweest van de gemeenteraad van Urk", "F. Brouwer
                       # is vanaf september 1995 lid geweest van …", "Janssen was van 2018 tot en met 2022 raadslid
                       # voor het CDA", "was ook sinds 2018 lid van de gemeenteraad" (``opens_with``)
                       r"|[ \t]+(?:is|was)[ \t]+(?:ook[ \t]+)?(?:[\w]+[ \t]+(?:perioden|periodes|jaar|jaren)[ \t]+"
                       r"|(?:van|vanaf|sinds|tot|in)[ \t]+[\w \t]{1,30}?[ \t]+)?"
                       r"(lid[ \t]+(?:geweest[ \t]+)?van[ \t]+[^,;.()\n]{2,50}"
                       r"|(?!opnieuw[ \t]|weer[ \t])[\w-]+[ \t]+(?:geweest[ \t]+)?(?:voor|namens)[ \t]+"
                       r"[^,;.()\n]{2,50})"
                       # the verb last: "X is tot wethouder gekozen", "X is ta kommisjelid beneamd" (Frisian)
                       r"|[ \t]+(?:is|wordt|werd)[ \t]+(?:tot|ta|als|as)[ \t]+([a-zà-ÿ][\w-]{2,30})[ \t]+"
                       r"(?:benoemd|gekozen|beëdigd|beneamd|beëdige)(?![\w])"
                       # "X is thans nog waarnemend burgemeester in …", "X wie sûnt 2004 dykgraaf" (a past tense only
                       # with "since", not "X was staatssecretaris"); an ordinal or a seniority before the office, "X
                       # is het derde raadslid van wie …", "X is het langstzittende scheidend raadslid"
                       r"|[ \t]+(?:is[ \t]+|blijft[ \t]+|(?:was|wie)[ \t]+(?=(?:sinds|sûnt)[ \t]))"
                       # (or how long: "Bernd Roks is bijna anderhalf jaar burgemeester van de gemeente"; for whom:
                       # "Mirjam Sterk is opnieuw namens het CDA gedeputeerde", "X blijft namens GroenLinks …")
                       r"(?:(?:thans|nog|nu|momenteel|opnieuw|weer|(?:sinds|sûnt)[ \t]+\d{4}|"
                       r"(?:(?:bijna|ruim|al|pas)[ \t]+)?"
                       r"(?:[a-z]{2,12}|\d{1,2})[ \t]+(?:jaar|maanden|maand)|namens[ \t]+(?:de[ \t]+|het[ \t]+)?"
                       r"[A-Z][\w/&'’-]*)[ \t]+)*"
                       rf"{ACTING}(?:(?:[a-zà-ÿ]+ste|tweede|derde|vierde|vijfde|zesde|zevende|negende|[a-z]*tiende|"
                       rf"elfde|twaalfde|[a-z]*zittende|scheidend)[ \t]+){{0,2}}([^,;.()\n]{{2,50}})"
                       # the verb last: "zodat ook X nog raadslid wordt voor de VVD", "A en B zullen wethouder worden"
                       r"|[ \t]+(?:(?:nog|ook|alsnog|toch|dan|straks|opnieuw)[ \t]+)*(?!lid[ \t])"
                       r"([a-zà-ÿ][\w-]{2,30})[ \t]+(?:wordt|werd|worden|werden)(?![\w]))")


# a date before the office in an apposition: "Hans Oosters, vanaf 1 februari de nieuwe commissaris van de koning"
# (or a date without the article: "Mr. A. Hammerstein, per 1 augustus 2004 President Gerechtshof Arnhem")
SINCE = re.compile(r"^(?:vanaf|per|sinds|met ingang van)[ \t]+(?:\d{1,2}[ \t]+[a-z]+(?:[ \t]+\d{4})?[ \t]+"
                   r"(?:(?:de|het)[ \t]+)?|[\w \t]{1,30}?[ \t]+(?:de|het)[ \t]+)(?:nieuwe[ \t]+)?")


def office_of(m: re.Match[str]) -> str:
    """The office an ``INSTALLED`` match names, without a perfect's "geweest" ("lid geweest van de gemeenteraad")."""
    return (m[m.lastindex or 0] or "").replace(" geweest ", " ")


# admitted to a body as its member: "toe te laten tot de raad" (INSTALLED's office is then the body)
ADMITTED = re.compile(r"(?i:toegelaten|toe[ \t]+te[ \t]+laten|geïnstalleerd|beëdigd)[ \t]+tot[ \t]+"
                      r"([^,;.()\n]+?)[ \t]*\Z")


def opens_with(office: str, role: str) -> bool:
    """True when ``office`` starts with the first word of ``role`` (maybe plural, after a prefix: "interim-griffier"):
    the role is the office itself, not a word further on or a compound it opens ("fractieassistent" is no "fractie")."""
    return re.match(rf"(?:\w+-)?{re.escape(role.split()[0])}(?:s|n|en)?(?![\w])", office.lower()) is not None


# the board or part of an organisation a weak role is of: "van het bestuur van Buddy-to-buddy"
OF_BOARD = re.compile(r"[ \t]+(?:van|bij)[ \t]+(?:de[ \t]+|het[ \t]+)?([a-z]+)[ \t]+(?:van|bij)[ \t]+"
                      r"(?:de[ \t]+|het[ \t]+)?[A-ZÀ-Þ]")
# a party after a committee seat: "commissielid voor de ChristenUnie", "commissielid namens D66"
FOR_PARTY = re.compile(r"[ \t]+(?:voor|namens)[ \t]+(?:de[ \t]+|het[ \t]+)?([A-Z][\w/&'’-]*)")
# the organisation a weak role is of: "voorzitter Bomenbond Rijnland", "secretaris van de Vereniging X", "voorzitter
# der St. Lebuinus-Vereeniging" (before 1947)
OF_ORGANISATION = re.compile(r"[ \t]+(?:(?:van|bij)[ \t]+(?:de[ \t]+|het[ \t]+)?|der[ \t]+)?[A-ZÀ-Þ]"
                             # in lower case, by its kind: "voorzitter van de beroepsvereniging docenten mbo"
                             r"|[ \t]+(?:van|bij)[ \t]+(?:de|het|een)[ \t]+[a-z]*(?:vereniging|bond|stichting|"
                             r"federatie|organisatie|coöperatie|onderneming|universiteit|hogeschool|"
                             # a board of a school, a church or a club: "voorzitter van het schoolbestuur BOPO"
                             r"(?:school|kerk|club|verenigings|stichtings)bestuur)(?![\w-])")
# a person named by their tie to the office holder the role names: "de woordvoerder van de minister, X"
OF_SOMEONE = re.compile(r"(?<!\w)(?i:echtgeno(?:ot|te)|vrouw|man|partner|weduwe|zoon|dochter|vader|moeder|broer|"
                        r"zus|zuster|kind|secretaresse|secretaris|assistente?|adviseur|medewerker|medewerkster|"
                        r"woordvoerder|woordvoerster|chauffeur|voorlichter|persvoorlichter)[ \t]+van[ \t]+"
                        r"(?:(?i:de|het|onze|zijn|haar)[ \t]+)?\Z")
# a representative or governing body after a weak role: "lid Tweede Kamer", "voorzitter van Provinciale Staten",
# "lid van het college van Gedeputeerde Staten"
# (also a committee of the council or the States: "tot lid voor de raadscommissies Bestuur en Middelen", or its
# presidium of chair and group leaders: "plaatsvervangend voorzitter van het Presidium")
OF_HOUSE = re.compile(r"[ \t]+(?:(?:der|van[ \t]+de|van[ \t]+uw)[ \t]+(?:Tweede[ \t]+|Eerste[ \t]+)?Kamer(?![\w-])"
                      r"(?![ \t]+van[ \t]+Koophandel)|"
                      r"(?:(?:van|voor)[ \t]+(?:de[ \t]+|het[ \t]+)?)?(?:Tweede[ \t]+Kamer|Eerste[ \t]+Kamer|"
                      r"Provinciale[ \t]+Staten|[Gg]emeenteraad|(?:[Rr]aads|[Ss]taten)commissies?|[Pp]residium|"
                      r"[Cc]ollege[ \t]+van[ \t]+(?:Gedeputeerde[ \t]+Staten|"
                      r"[Bb]urgemeester[ \t]+en[ \t]+[Ww]ethouders|B[ \t]*&[ \t]*W|GS))"
                      # the council by its short name where the phrase ends: "(plaatsvervangend voorzitter van de
                      # raad)", also a table's cell: "Vice voorzitter Raad      Job Westerhuis"
                      r"|van[ \t]+de[ \t]+raad(?=[ \t]*(?:[),;:]|\n|\Z))|Raad(?=[ \t]*(?:[),;:]|\n|\Z)|[ \t]{2}))"
                      r"(?![\w-])")
# a carnival's text: its "prins" reigns over a club's realm ("prins Geert van Puitenol"), no royal house
CARNIVAL = re.compile(r"(?i)\bcarnaval|\bvastelaovend|\bvastenavond|\bsleuteloverdracht|\braad[ \t]+van[ \t]+elf\b")
# a parliamentary group named after its members (Tweede Kamer, 2014-2017): "de Groep Bontes/Van Klaveren"
_GROUP_NAME = r"[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*)?"
GROUP = re.compile(rf"[Gg]roep[ \t-]+(?:Van[ \t]+|De[ \t]+)?{_GROUP_NAME}(?:/(?:Van[ \t]+|De[ \t]+)?{_GROUP_NAME})?")
IN_GROUP = re.compile(rf"(?<![\w-])Groep[ \t]+(?:(?:Van[ \t]+|De[ \t]+)?{_GROUP_NAME}/)?\Z")
# a committee named after its chair: "Commissie Hoekstra", "commissie-Meijdam", "de werkgroep Craemer"
_EPONYM = re.compile(r"(?i:commissie|werkgroep)[ \t-]+(?:(?i:de|van|der|den|ter|ten)[ \t]+)*"
                     r"([A-Z][a-zà-ÿ'’-]+)(?![\w-])")


def eponyms(text: str) -> frozenset[str]:
    """The (lower-case) surnames that committees in ``text`` are named after."""
    return frozenset(m.group(1).lower() for m in _EPONYM.finditer(text))


def eponym_chair(text: str, name: str, surname: str, names: frozenset[str]) -> bool:
    """True when ``name`` (with ``surname``) chairs a committee of ``text`` named after them, "voorzitter" standing
    close before or after the name (the yardstick's convention makes that chair public)."""
    words = surname.split()
    # either part of a double surname: "Commissie Samson" chaired by "H.W. Samson-Geerlings"
    if not words or not any(part in names for part in (words[-1].lower(), *words[-1].lower().split("-"))):
        return False
    at = re.escape(name)
    near = rf"(?i:voorzitter)[^\n]{{0,30}}\s{{0,4}}[^\n]{{0,30}}{at}|{at}[^\n]{{0,120}}(?i:voorzitter)"
    return re.search(near, text) is not None


# a public authority after a weak role is the body's own, not an association's: "voorzitter Gemeente Winsum",
# "voorzitter van het waterschap DODelta"
OF_AUTHORITY = re.compile(r"[ \t]+(?:van[ \t]+(?:de[ \t]+|het[ \t]+)?(?i:gemeente|provincie|waterschap|"
                          r"hoogheemraadschap|wetterskip|veiligheidsregio|omgevingsdienst)"
                          r"|(?:Gemeente|Provincie|Waterschap|Hoogheemraadschap|Wetterskip|Veiligheidsregio|"
                          r"Omgevingsdienst))(?![\w-])")
# a party group after a name: "de heer Jan Nieuwenhuis van de fractie Water, Wonen en Natuur", "namens de
# samenwerkende fracties CDA, ChristenUnie en SGP", "namens de duofractie PvdA/GroenLinks"
OF_GROUP = re.compile(r"[ \t]+(?:van|namens)[ \t]+(?:[a-z]+[ \t]+){0,2}(?:eenmans|duo)?fracties?[ \t]+[A-Z]")
# a party label right after a name, without brackets: "(Hans Knapp VVD, Henri de Jong CDA)"
_AFTER_LABEL = r"([A-Z][\w/&-]{1,20}(?:[ \t]+[A-Z][\w/&-]+){0,2})"
PARTY_AFTER = re.compile(rf"[ \t]+{_AFTER_LABEL}(?=[ \t]*(?:[,.;:)]|\n|$)|[ \t]+en[ \t])"
                         # a signature's column after a comma: "Wim Koks,          SP Groningen          Marjet …";
                         # a speaker's party before a quotation: "Eelco van Hoecke, Forum voor Democratie: "…""; a
                         # chair giving the floor at a line's end: "… de heer Van der Heide, CU."
                         rf"|,[ \t]+{_AFTER_LABEL}(?=\.?[ \t]*\n|\.?[ \t]*\Z|[ \t]{{3,}})"
                         r"|,[ \t]+([A-Z][\w/&-]{1,20}(?:[ \t]+(?:(?:voor|van|de|en)[ \t]+)?[A-Z][\w/&-]+){0,3})"
                         r"(?=[ \t]*:)")
# a party label beside a dash: up to three capitalised words
_DASHED_LABEL = r"([A-Z][\w/&'’-]{1,20}(?:[ \t]+[A-Z][\w/&'’-]+){0,2})"
# "(CU - Abel van Dijken, VVD - Jorn Lok)": a party label, a dash, the name
PARTY_DASH = re.compile(rf"(?:^|[(,;\n])[ \t]*{_DASHED_LABEL}[ \t]+[-–][ \t]+\Z")
# "VVD : Eric Kampinga", "Leefbaar 3B: …": a party label as the label of a row of names; also a table's row whose
# cells a tab or a bar divides ("SGP\tA.J. Scheppink, …", "CDA | drs. R. Ekhart, …")
PARTY_COLON = re.compile(rf"[ \t]*([A-Z0-9][\w'’&/ -]{{1,39}}?)(?:[ \t]*[:|]|\t)[ \t]*(?:{TITLES_RE})?[A-ZÀ-Þ]")
# the function on the line after a blank one below a name alone on its line, as a PDF's text of a signature or an
# address block has it ("Femke Halsema\n\nBurgemeester van Amsterdam", "Ms Femke Halsema\n\nMayor of Amsterdam"):
# the line holds the function only, or the function "of" (or "in") a body, a place (capitalised words, particles; never
# a name right after the function: "Gedeputeerde Berend Potjer" in a table's next row)
GAP_LINE = re.compile(r"[ \t]*,?[ \t]*\n[ \t]*\n[ \t]*(?:de[ \t]+|het[ \t]+)?([^\n]{2,60}?)[ \t]*(?=\n|\Z"
                      # (or the office a profile opens with, before its term: "Burgemeester van Borsele van 2002 tot")
                      r"|[ \t]+(?:sinds|van|in|tot)[ \t]+(?:\d{1,4}|vorig[ \t]+jaar)\b)")
_OF_NAMED = re.compile(r"(?:[ \t]+(?:van|of|voor|in)(?:[ \t]+(?:der|den|de|het|the|en|and|gemeente|provincie|"
                       r"[A-ZÀ-Þ'’][\w&'’.-]*))+)?[ \t]*")


def role_line(line: str, role: str) -> bool:
    """True when ``line`` is the function ``role`` alone, or the function of a named body or place."""
    return line.lower().startswith(role) and bool(_OF_NAMED.fullmatch(line[len(role):]))


# "X, wethouder", "X - Voorzitter", "X — burgemeester van Winterswijk", "X, tevens burgemeester",
# "X, plv. DG Veiligheid", "X   Directeur" (a table's columns), "X. secretaris-generaal" (a full stop for a comma)
APPOSITION = re.compile(rf"(?:[ \t]+{POSTNOMINALS}(?=[ \t]*,))?"  # "X MBA, directeur-generaal"
                        # "mr. H. B. Greven. directeur-generaal …": a list that separates with a full stop
                        # "drs. P.E. de Jongh, — plv. directeur-generaal": a comma before the dash
                        r"(?:[ \t]*,(?:[ \t]+[-–—](?=[ \t]))?|[ \t]+[-–—](?=[ \t])|[ \t]{3,}|\t"
                        # "Jean Paul Gebben de beoogde burgemeester van Dronten", "Han Looijen waarnemend
                        # burgemeester in Valkenswaard", "J. Koster burgemeester van Winkel", "J. Hazenberg (57)
                        # wethouder van Wassenaar": without a comma only so, one office of a place or body ("geeft
                        # Paas de nieuwe Statenleden mee" is a dative)
                        r"|\.[ \t]+(?=[a-z])|[ \t]+(?=(?:de[ \t]+(?:nieuwe|beoogde|huidige|kersverse|scheidende)|"
                        r"waarnemend|beoogd)[ \t]+[a-z][\w-]*[ \t]+(?:van|in)[ \t]+[A-ZÀ-Þ]|"
                        r"(?:burgemeester|dijkgraaf|wethouder|gedeputeerde)[ \t]+van[ \t]+[A-ZÀ-Þ]))[ \t]*"
                        r"(?:(?:als|tevens|thans|momenteel|inmiddels)[ \t]+)?"  # "X, thans inspecteur-generaal …"
                        # the ministry before the function: "A. J. Gijsbers, Ministerie van Welzijn, Volksgezondheid en
                        # Cultuur, plv. directeur-generaal …" (its name's parts capitalised, the function's not)
                        r"(?:Ministerie[ \t]+van[ \t]+[A-ZÀ-Þ][^,;.\n()]{1,50}"
                        r"(?:,[ \t]*[A-ZÀ-Þ][^,;.\n()]{1,50})*,[ \t]*(?=[a-z]))?"
                        # "Bas Peeters (25), voor de VVD lid van het dagelijks bestuur van waterschap De Dommel"
                        r"(?:voor[ \t]+(?:de[ \t]+|het[ \t]+)?[A-Z][\w/&'’-]*[ \t]+(?=lid[ \t]))?"
                        # ("X, onze wethouder Financiën": a party's own)
                        r"(?:de[ \t]+|het[ \t]+|onze[ \t]+|oud-|oud[ \t]+|ex-)?((?:plv\.[ \t]*)?[^,;.\n()]{2,60})")
# the deputy's or acting prefix of a function: "plv. DG Veiligheid" is read as the office of a DG (and the one
# taking or leaving it: "X, de nieuwe burgemeester van Dronten", "beoogd burgemeester", "scheidend dijkgraaf")
# (an ordinal: "mevrouw P. Nijman, 2e loco-secretaris", "eerste loco-burgemeester")
DEPUTY = re.compile(r"^(?:(?:algemeen|plv\.?|plaatsvervangend|waarnemend|adjunct-?|nieuwe?|beoogde?|huidige|kersverse|"
                    r"scheidende?|eerste|tweede|derde|vierde|[1-9](?:e|ste|de))[ \t]+)+")  # (also "de huidige plv. DG")
# a Kamer paper's head ("Tweede Kamer der Staten-Generaal", "Eerste Kamer der Staten-Generaal") and its committee's
# composition, a label with a colon before the list ("Samenstelling: …"; never a decree's heading "Samenstelling")
KAMER_PAPER = re.compile(r"(?:Tweede|Eerste)[ \t]+Kamer(?:[ \t]+der[ \t]+Staten-Generaal)?")
COMPOSITION = re.compile(r"(?<![\w])Samenstelling[ \t]*:[ \t]*(?:Leden[ \t]*:[ \t]*)?")


# someone speaking for an association after the name: "X namens de bewonersvereniging", "Y van Stichting Z"
NAMENS_ORG = re.compile(
    r"[ \t]*,?[ \t]+(?:namens|van)[ \t]+(?:de[ \t]+|het[ \t]+)?[^\n.;]{0,40}?(?i:vereniging|stichting|comit[eé]"
    r"|bewoners|buurt|werkgroep|belangengroep|ondernemers|b\.v\.|bedrijf|actiegroep|klankbordgroep|fietsersbond)"
)

# a page whose title is the council's or the States' committees ("Statencommissies\n\n… voorzitter: A en B"): their
# chairs are members of the body (not a letter to a committee)
BODY_COMMITTEES = re.compile(r"\s*(?i:de[ \t]+)?(?i:staten|raads)commissies?[ \t]*\n")
# a treasurer in the sentence before "de leden": a foundation's or a club's board
TREASURER = re.compile(r"(?i)(?<![\w-])penningmeester(?![\w-])")
# a heading that names a sitting of the council or the States: "Impressie raadsvergadering 26 april 2018" (its
# "commissieleden" were sworn in by the council)
COUNCIL_SITTING = re.compile(r"(?i)(?<![\w-])(?:raads|staten|gemeenteraads)vergadering(?![\w-])")
