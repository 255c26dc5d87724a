"""Lists of names that a plural role, a party's members or a Kamer committee's composition head: every name in them
holds that office.

``lists(text, lex, weak_members)`` returns a ``Region`` per list: "De wethouders A, B en C", "Aanwezig zijn 88 leden der
Kamer, te weten: …", "de PvdA'ers A en B", an appointment to a public office before the appointed ("tot wethouder van de
gemeente Hoogeveen te benoemen:\n A, B en C", "Tot heemraden werden benoemd A, B en C"), a plural role before a copula
("De heemraden zijn A, B en C") or the next sentence's ("De gezworenen kwamen allen uit de landbouw. Het waren A uit
Haamstede, B uit Ellemeet en …", "de nieuwe wethouders. Benoemd werden: A, B …"), a relative clause on the role before a
colon ("Van de raadsleden die … in de raad hebben gezeten, zien we niet meer terug:"), the rolls by party group that
``detect.party_rolls`` finds ("CDA\nde heer A\n\nVVD\n\nmw C", "• SGP: A, B", "• A, B en C (PvdA)", a flattened
attendance table in OCR), a party's seats filled ("Voor de VVD komen A, B en C in de raad", "• A, B, C (CDA, 6 zetels)",
"komen voor Harderwijk Anders A, B en C donderdag in de raad", "De ChristenUnie mag vijf zetels bezetten. In eerste
instantie zijn dat A, B en C.", "tien zetels die gevuld worden door A, B, …", "De vijf zetels van GroenLinks zijn voor
A, B …", "De twee zetels van SP worden gevuld door A en B", "De raadszetels die hierdoor vrij komen worden ingevuld door
A en B", "D66 gaat de raad in met A, B en C", "Voor X zijn de raadsleden voor de komende periode A, B", "Namens de PvdA
worden het A, B"), a heading of the event above its paragraph ("Beëdiging fractieassistenten\n\nDe heren A en B."), "de
volgende leden deel: uit de Eerste Kamer de dames A en B en uit de Tweede Kamer de heren C en D", "De raadsleden zijn
nu:\n\n* CDA\n\nJ.R. (Jaap) Jonk, …" (a party's heading, call names in brackets), a bulleted list ("De vier nieuwe
wethouders zijn:\n • De heer A (CDA)\n • …"; never a committee's "leden"), a web page's card of a person whose field
names a public office or a party ("FunctieFractievoorzitter"; on such a page also a weak role, "FunctieVoorzitter"), the
members a party group is formed by ("een fractie die wordt gevormd door A, B en C"), a party's members named by what
they do in the council ("De CDA-leden die de raad verlaten zijn A, B en C"), a local party's acronym that the text also
puts in a bracket ("(allen GBBL)" … "namens GBBL: A, B en C"), and a Kamer paper's footnote "2 Samenstelling: Koning,
Dragstra, …". A role's portfolio that ran into the list's first initial or article gives them back ("de leden van
Gedeputeerde Staten G.R.J. van Heukelom", "de leden van de Kamer, de heren A en B").
"Collegeleden" head no list in a text that names another college ("College voor de Rechten van de Mens").
Entries may be separated by the title that opens the next only ("Wethouders: drs. A mw. drs. B"), an entry's double
surname may have a spaced dash ("Bregje Peijnenburg – Van Gemert"), a participle may stand
before the list's comma ("wethouders beëdigd, A en B"), a word of how long an entry has sat before an entry
("oudgedienden A en B … en nieuwkomer C") and a reason of absence between semicolons after one ("Voogd, wegens ziekte;
Van Dijk, …"). ``ITEM`` (one entry of such a list), ``PAREN`` (a bracketed tag after a name)
and the labels that head names on their line or above them (``SHARED_LABEL``: one office's label before two holders,
"voorzitter: A en B"; ``GS_LABEL``: the deputies a committee's page lists; ``COLLEGE_LABEL``: the college above its
members' entries) are shared with ``detect.public``.

Guarantees: pure functions of the text; a list ends at the first entry that is no name, at a page break and at more
than two line breaks in a row. Limits: a list that no plural role, party or composition label heads is not recognised
here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from redact.detect import cues as cue
from redact.detect import party_cues, party_rolls
from redact.detect.attendance import Region
from redact.detect.names import INITIALS, TITLES_RE, TV_ANY, UP
from redact.detect.role_scope import OF_COMMITTEE, advisory_members, name_before, other_body
from redact.detect.roles import RoleLexicon

__all__ = ["COLLEGE_LABEL", "GS_LABEL", "ITEM", "PAREN", "SHARED_LABEL", "lists"]

# a list of names: items of capitalised words, initials and tussenvoegsels, with an optional tag
ITEM = re.compile(  # "de dames A. E. Brinkman, T.A.M. Buis, de heer P. van Es": titles of several entries
    # (never a byline: "Boxtel beëdigt vier nieuwe raadsleden\n\nDOOR HENK VAN WEERT" names the reporter)
    # (nor a label of the staff or the absent that ends a roll: "Ambtelijk, De heer J. van Gorp en mevr. E. Van Gils")
    rf"(?!(?i:door)[ \t])(?!(?i:ambtelijk|ambtenaren|notulist(?:e)?|afwezig)(?![\w]))"
    rf"(?:(?:(?i:de)[ \t]+(?i:dames|heren)|(?i:dhrn|dhren)\.?)[ \t]*:?[ \t]*)?(?:{TITLES_RE})?"
    # (initials with the call name in brackets: "J.R. (Jaap) Jonk")
    # (an elided particle before a surname: "d’Anjou")
    rf"(?:(?:{INITIALS}[ \t]?(?:\({UP}[\w'’ -]{{1,30}}\)[ \t]+)?|(?:{TV_ANY})[ \t]+|"
    # (a spaced dash inside a double surname: "Bregje Peijnenburg – Van Gemert")
    rf"(?:d['’])?{UP}[\w'’—–-]*(?:[ \t]+[–—](?=[ \t]+(?:{UP}|(?:{TV_ANY})[ \t])))?[ \t]*)){{1,6}}"
    # (a closing bracket that OCR read as a letter before the comma: "De Jong (CDAI, Van Middelkoop (GPVl, …")
    r"(?:[ \t]*\((?:[^()\n]{1,60}\)|[A-Za-z0-9]{1,12}[Il1](?=[ \t]*,)))?")
# an explanation after a list entry: "Van Bommel, wegens ziekte;", "Buijs wegens familieomstandigheden;"
# (a reason up to the semicolon, which separates the next entry: "Voogd, wegens ziekte; Van Der Gun, ook morgen, wegens
# …; Van Gorkum"; another explanation takes the semicolon and so ends the list: "X, voorzitter; Y, ondervoorzitter")
_EXPLAIN = re.compile(r"[ \t]*,?[^;\n]{0,40}?(?<![\w])(?:wegens|vanwege|in verband met|i\.v\.m\.)(?![\w])"
                      r"[^;\n]{0,120}(?=;)|[ \t]*,[ \t]*[a-z][^;\n]{0,120};")
# the chair's function between a list's entries: "Evenhuis (VVD), voorzitter, Frinking (CDA)", ", fungerend voorzitter,"
_CHAIR_NOTE = re.compile(r"[ \t]*,[ \t]*(?:plv\.[ \t]*|vice-?|onder|fungerend[ \t]+)?voorzitter(?=[ \t]*,)")
# a place of residence after an entry: "P.L. Vis uit Haamstede, C.D. Gast uit Ellemeet en J. Kwaak uit Oosterland"
_RESIDENCE = re.compile(r"[ \t]*(?:uit|te)[ \t]+(?:'s-)?[A-ZÀ-Þ][\w'’-]*(?:[ \t]+(?:aan[ \t]+de[ \t]+|aan[ \t]+)?"
                        r"[A-ZÀ-Þ][\w'’-]*)?(?=[ \t]*(?:[,;]|en[ \t]|\.|\n|$))")
# the function each entry is appointed to, closing its line: "R. Sluijs, als lid-voorzitter\n\n2.\n\nJ. Noorlander, als
# lid"
_AS_FUNCTION = re.compile(r"[ \t]*,[ \t]*als[ \t]+[a-zà-ÿ][\w-]*(?=[ \t]*(?:\n|$))")
# the subject each entry raised, closing its line: "Er zijn vragen gesteld door de leden:\n S. Bayraktar inzake …\n H.
# Heine-van Dartel inzake …"
_TOPIC = re.compile(r"[ \t]*(?<=[ \t])(?:inzake|betreffende|m\.b\.t\.?)[ \t]+[^\n]{2,200}(?=\n)")
# a numbered list's next number on a line of its own (a PDF's list: "1.\n\nR. Sluijs, …\n\n2.\n\nJ. Noorlander, …")
_NUMBER_SEP = re.compile(r"[ \t]*[,;]?[ \t]*\n\s*\d{1,2}[.)][ \t]*\n\s*")
# a dated row of a list ("Recent benoemde burgemeesters\n\n01-04-2019: drs. R.F.I. Palmen, Horst aan de Maas")
_DATED = r"(?:(?<=\n)[ \t]*\d{1,2}-\d{1,2}-\d{4}[ \t]*:)"
# the house the members of a delegation come from: "de volgende leden deel: uit de Eerste Kamer de dames A en B en uit
# de Tweede Kamer de heren C en D"
_FROM_HOUSE = r"uit[ \t]+de[ \t]+(?:Eerste|Tweede)[ \t]+Kamer"
# a word that says how long an entry has sat: "oudgedienden A en B en voor het CDA C en nieuwkomer D"
_NEWCOMER = r"(?:nieuwkomers?|nieuwelingen?|oudgedienden?|debutant(?:e|en|es)?)"
# ("+" between two entries: "de beide kandidaat-wethouders S. Backus + R. Verheul"; a full stop before a form of
# address in lower case: OCR's reading of a comma, "Lemaire. mejuffrouw Klompé")
_LIST_SEP = re.compile(rf"(?:[ \t]*(?:[,;/&+]|\n|{_DATED}|"
                       rf"(?<![\w])(?:en|alsmede|te[ \t]+weten|{_FROM_HOUSE}|{_NEWCOMER})(?![\w])|"
                       r"\.(?=[ \t]+(?:de[ \t]+he(?:e?ren|er)|mevrouw|mejuffrouw|jonkvrouwe?)[ \t]))[ \t]*)+")
# an abbreviated title that opens the next entry where a flattened list has no separator: "Wethouders: drs. H.J.A. van
# Merrienboer mw. drs. M.C.T. Fiers"
_TITLE_SEP = re.compile(r"[ \t]*(?<=[ \t])"
                        r"(?=(?:(?:mw|mevr|dhr|drs|dr|mr|ir|ing|prof)\.?[ \t]+)+(?:[A-ZÀ-Þ]|[a-z]{1,3}\.[ \t]))")
# a list's bullet at the start of its line
_BULLET = r"[•▪*-]"
_LIST_LEAD = re.compile(  # "leden der Kamer, te weten:", "leden van het bestuur zijn verhinderd:"
    # (or examples of the role: "oud-senatoren zoals mevrouw A en de heer B", "zijn wethouders, waarvan A …", "leden,
    # onder wie mevrouw A, de heer B")
    # (a phrase before "te weten": "beëdiging raadsleden voor de komende zittingsperiode, t.w. dhrn. A (VVD), …")
    rf"{cue.PORTFOLIO}?[ \t]*(?:\([^()\n]*\))?[ \t]*,?[ \t]*"
    rf"(?:(?:[a-z][^.:;,\n]{{0,60}}?,[ \t]*)?(?:te[ \t]+weten|t\.[ \t]?w\.)|zoals|waarvan|(?:van|onder)[ \t]+wie)?"
    # a copula ("De heemraden zijn A, B en C"), or the next sentence's ("De gezworenen kwamen allen uit de landbouw.
    # Het waren A, B en C")
    # (after a blank that the optional parts before may have taken)
    r"(?:(?<=[ \t])(?:zijn|waren)(?:[ \t]+(?:nu|thans|voortaan|momenteel|toen|dan))?(?=[ \t]*:?[ \t]*[A-Z])|"
    # (or the appointed: "benoemde de gemeenteraad de nieuwe wethouders. Benoemd werden: A, B …")
    # (or the next sentence's "Het gaat om": "… vier nieuwe staatsraden … voor te dragen … Het gaat om de heer A, …")
    r"(?:(?<=[ \t])[a-z][^.:;\n]{0,160})?\.[ \t]+(?:(?:(?:Het|Dit|Dat|Zij|Ze)[ \t]+(?:zijn|waren)|"
    r"(?:Benoemd|Gekozen|Geïnstalleerd|Beëdigd)[ \t]+(?:werden|zijn|waren|worden))(?=[ \t]*:?[ \t]*[A-Z])|"
    r"Het[ \t]+gaat[ \t]+om(?=[ \t]+(?:[A-Z]|de[ \t]+he|mevrouw))))?"
    # (a relative clause on the role: "Van de raadsleden die de afgelopen vier jaar (of een periode daarvan) in de raad
    # hebben gezeten, zien we niet meer terug (niet op de foto):"; a predicate before the colon, "Drie van de vijf
    # gedeputeerden hadden er toen ook al een politiek functie:")
    # (a participle before a comma: "Zo zijn er 2 nieuwe wethouders beëdigd, A en B")
    r"(?:[ \t]*(?<=[ \t])die[ \t][^.:;\n]{0,160}:|[ \t]*[a-z][^.:;\n]{0,90}:|"
    r"[ \t]*(?<=[ \t])(?:beëdigd|benoemd|gekozen|verkozen|geïnstalleerd|aangesteld)(?=[ \t]*,))?"
    # a photo caption: "raadsleden v.l.n.r.:", "de fractie Water Natuurlijk, vanaf links:"
    # (a bulleted list: "De vier nieuwe wethouders zijn:\n\n  • De heer A (CDA)\n  • …")
    r"(?:[^.:;\n]{0,40}?(?:v\.l\.n\.r\.|vanaf[ \t]+links|van[ \t]+links[ \t]+naar[ \t]+rechts))?[ \t]*[,:]?"
    rf"(?:\s*\n[ \t]*{_BULLET}[ \t]+|\s*)"
    rf"(?:{_DATED}[ \t]*)?(?:{_FROM_HOUSE}[ \t]+)?"
    r"(?:(?<=\n)[ \t]*1[.)][ \t]*\n\s*)?"  # the first number of a numbered list on its own line
)
# a bulleted list's item: its bullet before it, and the next line's after it ("• De heer A (CDA)\n  • De heer B")
_BULLETED = re.compile(rf"\n[ \t]*{_BULLET}[ \t]+\Z")
_BULLET_SEP = re.compile(rf"[ \t]*[,;]?[ \t]*\n(?:[ \t]*\n)?[ \t]*{_BULLET}[ \t]+")  # (a blank line between)
# an appointment to a public office that heads the list of the appointed: "Zij stellen voor tot wethouder van de
# gemeente Hoogeveen te benoemen:\n A, B, C en D", "De raad benoemt tot wethouder: A en B"
_APPOINTED = re.compile(r"(?<![\w])(?:(?i:tot|als)[ \t]+(?P<role>[a-zà-ÿ][^.:;()\n]{1,60}?)[ \t]+te[ \t]+"
                        r"(?:her)?benoemen|(?:benoemt|benoemen|benoemd|kiest|kiezen|gekozen)[ \t]+(?:tot|als)[ \t]+"
                        r"(?P<role2>[a-zà-ÿ][^.:;()\n]{1,60}?))[ \t]*:\s*|"
                        # the office put first: "Tot heemraden werden benoemd A, B en C", "Als wethouder is gekozen:"
                        # (its name capitalised, a bulleted list under it: "Als Statenlid zijn beëdigd:\n\n  • A")
                        r"(?<![\w])(?i:tot|als)[ \t]+(?P<role3>[A-Za-zà-ÿ][^.:;()\n]{1,60}?)[ \t]+"
                        r"(?:werd(?:en)?|zijn|is)"
                        r"[ \t]+(?:(?:her)?benoemd|gekozen|beëdigd|geïnstalleerd)(?![\w])"
                        rf"(?:[ \t]*:\s*\n[ \t]*{_BULLET}[ \t]+|[ \t]*:?[ \t]*)(?=\S)|"
                        # a heading of the event above its paragraph: "Beëdiging fractieassistenten\n\nDe heren A en B."
                        r"(?m:^)[ \t]*(?i:installatie|beëdiging|benoeming|toelating)[ \t]+(?:(?i:van)[ \t]+"
                        r"(?:de[ \t]+|het[ \t]+)?)?(?P<role4>[a-zà-ÿ][^.:;()\n]{1,40}?)[ \t]*\n(?:[ \t]*\n)?[ \t]*"
                        r"(?=(?:De[ \t]+he?eren|De[ \t]+heer|De[ \t]+dames|Mevrouw)[ \t])")
# a field of a web page's card of a person, its label maybe glued to its value: "FunctieFractievoorzitter", "Politieke
# partijPvdA", "Functie: Wethouder"
_CARD_FIELD = re.compile(r"(?m)^[ \t]*(?:Functie|(?P<party>Politieke[ \t]+partij))[ \t]*:?[ \t]*"
                         r"(?P<value>[A-Za-zÀ-ÿ][^\n:]{1,40}?)[ \t]*$")
# a photo of a governing body under its heading, its caption naming who stands where: "Groepsfoto gemeenteraad\n\nOp
# de foto v.l.n.r. staand: A, B (griffier), burgemeester C, D, gehurkt: E, F. Op de foto ontbreken G, H en I."
# (or on one line: "Foto: Het college van B en W. Van links naar rechts: gemeentesecretaris A, B, …"; or the caption
# under the body's name alone, "Gemeenteraad\nStaand vanaf links: A, B, …. Vooraan vanaf links: C, D.")
_BODY_PHOTO = re.compile(r"(?im)^[ \t]*(?:(?:groeps)?foto[ \t]*:?[ \t]+)?(?:van[ \t]+)?(?:de[ \t]+|het[ \t]+)?"
                         r"(?:nieuwe[ \t]+)?"
                         r"(?:gemeenteraad|raad|provinciale[ \t]+staten|staten|algemeen[ \t]+bestuur|college"
                         r"(?:[ \t]+van[ \t]+(?:b[ \t]*(?:en|&)[ \t]*w|burgemeester[ \t]+en[ \t]+wethouders))?)"
                         r"(?:[ \t]*\n\s*|[ \t]*\.[ \t]+)"
                         r"(?:op[ \t]+de[ \t]+foto[ \t]+)?(?:(?:staand|zittend|achteraan|boven)[ \t]+)?"
                         r"(?:\(?v\.l\.n\.r\.?\)?|van[ \t]+links[ \t]+naar[ \t]+rechts|vanaf[ \t]+links)"
                         r"[^:\n]{0,30}:[ \t]*")
# the next part of such a caption: ", gehurkt: ", ". Op de foto ontbreken "
_PHOTO_PART = re.compile(r"[ \t]*[,.;]?[ \t]*(?:(?i:gehurkt|zittend|staand|knielend|voor|achter|vooraan|achteraan)"
                         r"[^:\n]{0,20}:|(?i:op[ \t]+de[ \t]+foto[ \t]+)?(?i:ontbreken|ontbreekt)(?:[ \t]+nog)?"
                         r"[ \t]*:?)[ \t]*")
# an item that its role opens: "burgemeester C", at the caption's start or after a comma
_ROLE_OPEN = re.compile(r"(?:[a-z][\w-]+[ \t]+){1,2}(?=[A-ZÀ-Þ])")
_ROLE_ITEM = re.compile(r"[ \t]*,[ \t]*" + _ROLE_OPEN.pattern)
# a party's seats filled: "Voor de VVD komen A, B en C in de raad", "… en voor de PvdA D en E", "voor de SGP F", "Voor
# het CDA keert X terug in de gemeenteraad"; or left, by party: "Bij de VVD A, B. Bij D66 verdwijnen C en D"
# (an age before the name: "voor de VVD de pas 25-jarige Kevin Steeghs (Kessel)"; a colon after the party, "Dat zijn
# namens GBBL: A, B en C"; the members named, "Voor X zijn de raadsleden voor de komende periode A, B", "Namens de PvdA
# worden het A, B")
_FOR_PARTY = re.compile(r"(?<![\w])(?i:voor|namens|foar|bij)[ \t]+(?:de[ \t]+|het[ \t]+)?(?P<party>[A-Z][\w/&'’-]*)"
                        r"(?:[ \t]+(?:komen|komt|zijn|is|zitten|zit|mogen|mag|keert|keren|verdwijnen|verdwijnt|worden"
                        r"|wordt)(?:[ \t]+(?:het|dat|de[ \t]+(?:raads|fractie)?leden(?:[ \t]+[a-z][^\n,.:;]{0,40}?)?)"
                        r")?)?"
                        r"[ \t]*:?[ \t]+"
                        r"(?:de[ \t]+(?:(?:pas|nog|slechts|eveneens)[ \t]+){0,2}\d{2}-jarige[ \t]+)?"
                        rf"(?:{_NEWCOMER}[ \t]+)?"
                        r"(?=[A-ZÀ-Þ]|de[ \t]+he(?:e?ren|er)[ \t]|mevrouw[ \t])")
# a sentence that opens with a listed party and a colon before its members: "… niet terug. CDA :Riëtte Wollerich, A, B"
_PARTY_COLON = re.compile(r"(?:^|(?<=[.!?][ \t]))(?P<party>[A-Z][\w/&'’-]*)[ \t]*:[ \t]*(?=[A-ZÀ-Þ])", re.M)
# a local party's seats filled, known by where the list goes: "Officieel komen voor Harderwijk Anders A, B en C
# donderdag in de raad" (the list starts after the party's name, at the first word from which it runs to "in de raad");
# and the seats a party's sentence counted: "De ChristenUnie mag vijf zetels bezetten. In eerste instantie zijn dat A,
# B en C."
# a party's seats by the sentence "zitten in de raad", also bulleted: "Voor PGB zitten in de raad:\n\n • A, ook de
# fractievoorzitter;\n • B" (the seats make any name a party's)
_SIT_FOR = re.compile(r"(?<![\w])(?i:voor|namens)[ \t]+(?:de[ \t]+|het[ \t]+)?[A-Z][\w/&'’-]*"
                      r"(?:[ \t]+[A-Z][\w/&'’-]*){0,3}[ \t]+(?:zitten|zit|zaten|zat)[ \t]+in[ \t]+de[ \t]+"
                      rf"(?:gemeente)?raad[ \t]*:?\s*(?:{_BULLET}[ \t]+)?(?=[A-ZÀ-Þ])")
_COMES_FOR = re.compile(r"(?<![\w])(?i:komen|komt)[ \t]+(?:voor|namens)[ \t]+(?:de[ \t]+|het[ \t]+)?(?=[A-Z])")
_INTO_COUNCIL = re.compile(r"[ \t]*(?:[a-z]+[ \t]+){0,2}in[ \t]+de[ \t]+(?:gemeente)?raad(?![\w])")
# (or "Deze zijn voor A, B …"; the seats filled in the same sentence: "tien zetels die gevuld worden door A, B …", "De
# vijf zetels van GroenLinks zijn voor A, B …", "twee zetels die voor A en B zijn", "De twee zetels van SP worden gevuld
# door A en B", "De raadszetels die hierdoor vrij komen worden ingevuld door A en B"; a single seat by one name, "de
# zetel van Forum voor Democratie is voor A")
_FILLED = r"(?:(?:in)?gevuld|bezet|ingenomen)"
_BE = r"(?:worden|wordt|werden|werd)"
_SEATS_ARE = re.compile(r"(?<![\w])(?:raads)?zetels?(?![\w])(?:[^.\n]{0,60}\.[ \t]+"
                        r"(?:[A-Z][a-z]+(?:[ \t]+[a-z]+){0,3}[ \t]+)?(?:zijn|waren)[ \t]+(?:dat|het|voor)"
                        rf"|[^.;:\n]{{0,40}}?(?:{_FILLED}[ \t]+{_BE}|{_BE}[ \t]+{_FILLED})[ \t]+door"
                        r"|[^.;:\n]{0,40}?(?:zijn|gaan|die|is)[ \t]+(?:voor|naar))[ \t]+(?=[A-Z])")
# a college that is no body of office holders ("College voor de Rechten van de Mens", "College van Beroep voor het
# bedrijfsleven"; not the college of B&W, of GS or of dijkgraaf en heemraden)
_OTHER_COLLEGE = re.compile(r"(?<![\w])College[ \t]+(?!(?:van[ \t]+)?(?:[Bb]urgemeester|B[ \t]*(?:&|en)[ \t]*W|"
                            r"[Gg]edeputeerde|GS|[Dd]ijkgraaf)(?![\w]))"
                            r"(?:(?:voor|van)[ \t]+(?:de[ \t]+|het[ \t]+)?)?[A-Z]")
# a party's members by the council they go into: "D66 gaat de raad in met A, B en C"
_INTO_COUNCIL_WITH = re.compile(r"(?<![\w])(?:gaat|gaan)[ \t]+de[ \t]+(?:gemeente)?raad[ \t]+in[ \t]+met[ \t]+"
                                r"(?=[A-ZÀ-Þ])")
# a party's members in the council by what they do there: "De CDA-leden die de raad verlaten zijn A, B en C"
_MEMBERS_WHO = re.compile(r"(?<![\w-])(?P<party>[A-Z][\w/&'’]*)-(?:raads|fractie)?leden[ \t]+die[ \t]+[^.;:\n]{0,30}?"
                          r"(?<![\w])(?:raad|gemeenteraad|staten|kamer|fractie)(?![\w])[^.;:\n]{0,30}?[ \t]+"
                          r"(?:zijn|waren)[ \t]+(?=[A-ZÀ-Þ])")
# the members a party group is formed by: "met een fractie die wordt gevormd door A, B en C" (two names at least)
_GROUP_FORMED = re.compile(r"(?<![\w-])(?i:fractie)[^.;:\n]{0,30}?[ \t]+(?:wordt|werd|is)[ \t]+gevormd[ \t]+door[ \t]+")
# a line of a party's seats: "• Yvonne Nijhof, Riekele Bijleveld, Arjan Zandvoort (CDA, 6 zetels)" (a local party too:
# the seats make it one)
_SEATS = re.compile(r"(?m)^[ \t]*(?:[*•-][ \t]+)?(?P<names>(?=[A-ZÀ-Þ])[^\n]{2,400}?)\([^()\n]{1,40},[ \t]*\d+"
                    r"[ \t]+zetels?\)[ \t]*$")
# a party's name alone on its line (maybe a bullet) above the list of its members
_PARTY_HEAD = re.compile(r"[ \t]*(?:[*•-][ \t]+)?([A-Z][\w/&'’-]*(?:[ \t]+[\w/&'’-]+){0,3})[ \t]*\n\s*")
# one office's label with two holders on its line, up to the second: "voorzitter: Han Thomassen en " (co-chairs)
SHARED_LABEL = re.compile(r"[ \t]*[A-Za-z][\w -]{2,40}?[ \t]*:[ \t]*(?P<first>\S[^\n:]{2,60}?)[ \t]+en[ \t]+")
# the label "GS:" of a Statencommissie's page before the deputies who attend it, as a list of names only
GS_LABEL = re.compile(r"[ \t]*GS[ \t]*:(?:[ \t]*+(?:en|dhr\.|mw\.|mevr\.|de[ \t]+heer|mevrouw|[A-Z][\w'’.-]*+|van|de"
                      r"|der|den|ter|ten|,))*+[ \t]*")
# the college's label heading the entries the name is among, with no other label between: "College van B&W:\n\nA
# (burgemeester), …\n\nB (wethouder) en C (secretaris)" (its secretaris is the gemeentesecretaris)
COLLEGE_LABEL = re.compile(r"(?im)^[ \t]*(?:het[ \t]+)?(?:college(?:[ \t]+van[ \t]+(?:B[ \t]*&[ \t]*W|B[ \t]+en[ \t]+W|"
                           r"burgemeester[ \t]+en[ \t]+wethouders))?|B[ \t]*&[ \t]*W|burgemeester[ \t]+en[ \t]+"
                           r"wethouders)[ \t]*:[ \t]*$(?![^:]*:)")
# ".": after a final initial ("K.H. (minister)"); a long tag counts only when it opens with a public role
# ("(viceminister-president , minister volksgezondheid, welzijn en sport)")
# (after a place of residence: "Atze Holwerda uit Ee (CDA)", or the rest of a family name the name grammar left,
# "Glastra van Loon (D'66)"; a tag may wrap once: "(Water Natuurlijk,\nportefeuille: …)")
# (" i": the text of a web page's info icon after a speaker's name, "De heer Flierman i (CDA):" on eerstekamer.nl)
# (the tag may open the next line: "voorgedragen de heer Cees Pluimgraaff\n(CDA). De commissie …")
PAREN = re.compile(r"(?:[ \t]+(?:uit|van|de)[ \t]+[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*)?|[ \t]+i(?=[ \t]+\())?"
                   r"\.?[ \t]*(?:\n[ \t]*)?\(([^()\n]{1,100}(?:\n[^()\n]{1,100})?)\)")


def lists(text: str, lex: RoleLexicon, weak_members: Callable[[str, int], bool]) -> list[Region]:
    """Lists of names under a plural role; "(de) leden" / "collega's" name office holders for sure unless
    ``weak_members(role, pos)`` says they may not (outside a political genre and outside a public body's attendance
    block; inside one: "Afwezig met kennisgeving: de leden B. Okken, …"), then the list is uncertain."""
    out: list[Region] = []
    if lex.plural is None:
        return out
    members = [m for m in party_cues.PARTY_MEMBERS.finditer(text) if lex.is_party_label(m.group(1))]
    out += party_rolls.rolls(text, lex, lambda pos: _listed(text, lex, pos))
    out += _body_photo(text, lex)
    out += _cards(text, lex) if "unctie" in text or "partij" in text else []
    for m in _FOR_PARTY.finditer(text):
        if lex.is_party_label(m["party"]) or _tagged_acronym(text, m["party"]):
            out += _listed(text, lex, m.end())
    for m in _PARTY_COLON.finditer(text):
        if lex.is_party_label(m["party"]):
            out += _listed(text, lex, m.end(), least=2)
    for m in _SIT_FOR.finditer(text) if "in de" in text else ():
        out += _listed(text, lex, m.end())
    for m in _COMES_FOR.finditer(text):
        for word in re.finditer(r"(?<![\w'’-])[A-Z]", text[m.end():m.end() + 40]):
            span = _items(text, lex, m.end() + word.start())
            if span[3] >= 2 and _INTO_COUNCIL.match(text, span[1]):
                out.append(Region(span[0], span[1], "public", "publiek:partij"))
                break
    for m in _MEMBERS_WHO.finditer(text) if "leden die" in text else ():
        if lex.is_party_label(m["party"]):
            out += _listed(text, lex, m.end(), least=2)
    for m in _GROUP_FORMED.finditer(text) if "gevormd" in text else ():
        out += _listed(text, lex, m.end(), least=2)
    seats = "zetel" in text
    for m in _SEATS_ARE.finditer(text) if seats else ():  # (one seat, one name: "1 zetel die gevuld wordt door A")
        out += _listed(text, lex, m.end(), least=1 if m.group().startswith(("zetel ", "raadszetel ")) else 2)
    for m in _SEATS.finditer(text) if seats else ():
        out += _listed(text, lex, m.start("names"), least=2)
    for m in _INTO_COUNCIL_WITH.finditer(text) if "raad in met" in text else ():
        out += _listed(text, lex, m.end(), least=2)
    # a Kamer committee's composition in the footnote of its report ("2 Samenstelling: Koning, Dragstra, …")
    for m in cue.COMPOSITION.finditer(text) if cue.KAMER_PAPER.search(text, 0, 600) else ():
        start, end, _, _ = _items(text, lex, m.end())
        if end > start:
            out.append(Region(start, end, "public", "publiek:lijst:samenstelling"))
    for m in _APPOINTED.finditer(text):
        role = m["role"] or m["role2"] or m["role3"] or m["role4"]
        kind = lex.classify(role)
        if kind is not None and kind[0] == "public" and cue.opens_with(role, kind[1]) \
                and not OF_COMMITTEE.match(role, len(kind[1])):  # "tot leden van de commissie bezwaarschriften"
            start, end, _, _ = _items(text, lex, m.end())
            if end > start:
                out.append(Region(start, end, "public", f"publiek:benoemd:{kind[1]}"))
    for m in sorted([*lex.plural.finditer(text), *members], key=lambda m: m.start()):
        if m not in members and _BOTH.search(text, max(0, m.start() - 20), m.start()) \
                and not advisory_members(text, m.start(), m.end()):
            out += _both(text, lex, text.rfind(",", 0, m.start()), " ".join(m.group().lower().split()))
            continue  # "Martijn Buijsse en Rosemarijn Dral, beide wethouders, komen …"
        if name_before(text[max(0, m.start() - 60):m.start()], 60 if m.start() >= 60 else m.start()):
            continue
        if "ollegele" in m.group() and _OTHER_COLLEGE.search(text):
            continue  # "plaatsvervangend Collegeleden: A, B" of the College voor de Rechten van de Mens: no B&W
        if advisory_members(text, m.start(), m.end()):
            continue  # "kandidaat-raadsleden A en B" of a youth council: citizens, no office
        # (a capital particle opens the first name, not a portfolio: "de wethouders Van Adrichem, Van de Kraan en …")
        lead = _LIST_LEAD.match(text, m.end()) if not _CAPITAL_TV_LIST.match(text, m.end()) else None
        if lead and "leden" in m.group().lower().split() and _BULLETED.search(lead.group()):
            continue  # "De leden van deze commissie zijn:\n  • …": a committee of any kind, not a body's office
        pos = lead.end() if lead else (b.end() if (b := _BLANKS.match(text, m.end())) else m.end())
        if text.startswith(".", pos) and re.search(r"[ \t][A-ZÀ-Þ]\Z", text[m.end():pos]):
            pos -= 1  # the portfolio took the first initial: "de leden van Gedeputeerde Staten G.R.J. van Heukelom"
        elif ITEM.match(text, pos) is None and (art := re.search(r"(?<=[,\s])de[ \t]+\Z", text[m.end():pos])):
            pos = m.end() + art.start()  # … or the article of the list: "de leden van de Kamer, de heren A en B"
        if (head := _PARTY_HEAD.match(text, pos)) and lex.is_party_label(head.group(1)):
            pos = head.end()  # "De raadsleden zijn nu:\n\n* CDA\n\nJ.R. (Jaap) Jonk, …": the party's group heads them
        start, end, tagged, items = _items(text, lex, pos)
        if end > start and m in members:
            out.append(Region(start, end, "public", "publiek:partij"))  # "de PvdA'ers A en B"
        elif end > start:
            role = " ".join(m.group().lower().split())
            # a chat group, a club; not a list whose members mostly carry a party ("Samenstelling: Leden: Ter Beek
            # (PvdA), …, Wagenaar, …": a Kamer committee in the footnote of its report)
            # (or the members of a citizens' committee or an organisation: "tot leden van de referendumcommissie:")
            if (weak_members(role, m.start()) or (role in ("leden", "de leden") and other_body(
                    text[m.end():pos], lex.body, of=True))) and not (items >= 4 and 2 * tagged >= items):
                out.append(Region(start, end, "uncertain", "publiek:zwak:leden"))
            else:
                out.append(Region(start, end, "public", f"publiek:lijst:{role}"))
    return out


def _body_photo(text: str, lex: RoleLexicon) -> list[Region]:
    """The persons a governing body's photo caption names (``_BODY_PHOTO``), part by part (``_PHOTO_PART``)."""
    out: list[Region] = []
    for m in _BODY_PHOTO.finditer(text) if "oto" in text or "OTO" in text or "links" in text else ():
        pos = m.end()
        if lead := _ROLE_OPEN.match(text, pos):
            pos = lead.end()  # the first item opened by its role: "…: gemeentesecretaris A, B, …"
        for _ in range(8):
            start, end = _items(text, lex, pos)[:2]
            if end <= start:
                break
            out.append(Region(start, end, "public", "publiek:lijst:foto"))
            part = _PHOTO_PART.match(text, end)
            if part is None or part.end() == end:
                part = _ROLE_ITEM.match(text, end)  # ", burgemeester C, D": an item its role opens
            if part is None or part.end() == end:
                break
            pos = part.end()
    return out


def _tagged_acronym(text: str, label: str) -> bool:
    """True when ``label`` is an acronym in capitals that the text also puts in a party's bracket after names, "(allen
    GBBL)", "(GBBL)": a local party no list knows ("Dat zijn namens GBBL: A, B en C")."""
    return re.fullmatch(r"[A-Z]{2,6}", label) is not None and re.search(
        rf"\((?:(?:allen|beiden)[ \t]+)?{label}\)", text) is not None


def _cards(text: str, lex: RoleLexicon) -> list[Region]:
    """A web page's card of a person whose field names a public office or a party (``_CARD_FIELD``): the card's
    paragraph up to that field ("Wassink\ncontactgegevens en taken Bert Wassink\nFunctieFractievoorzitter"); a card
    whose field names a weak role ("FunctieVoorzitter") counts on a page whose other cards make it a body's roll."""
    public: list[re.Match[str]] = []
    weak: list[re.Match[str]] = []
    for m in _CARD_FIELD.finditer(text):
        value = m["value"]
        kind = None if m["party"] else lex.classify(value)
        if (m["party"] and lex.is_party_label(value)) or (
                kind is not None and kind[0] == "public" and cue.opens_with(value, kind[1])):
            public.append(m)
        elif kind is not None and kind[0] == "weak" and cue.opens_with(value, kind[1]):
            weak.append(m)
    out: list[Region] = []
    for m in public + (weak if public else []):
        start = text.rfind("\n\n", max(0, m.start() - 300), m.start())
        out.append(Region(start + 2 if start >= 0 else max(0, m.start() - 300), m.start(), "public",
                          "publiek:lijst:kaart"))
    return out


_BLANKS = re.compile(r"[ \t]*")
# a capital particle and a family name, then the list goes on: "de wethouders Van Adrichem, Van de Kraan en Suyker"
_CAPITAL_TV_LIST = re.compile(r"[ \t]+(?=(?:Van|De|Ter|Ten)(?:[ \t]+(?:de|den|der|het|'t))?[ \t]+[A-ZÀ-Þ][\w'’-]+"
                              r"[ \t]*(?:,|en[ \t]))")
# a plural role in apposition to the coordination before it: "A en B, beide wethouders,", "A, B en C, allen raadsleden"
_BOTH = re.compile(r",[ \t]*(?i:beide|beiden|allen|allebei)[ \t]+\Z")


def _both(text: str, lex: RoleLexicon, end: int, role: str) -> list[Region]:
    """The coordination of two or more names in the sentence that ends at ``end`` (the comma before "beide
    wethouders"): each of them holds the role (never "leden", which names any body's members)."""
    floor = max(text.rfind("\n", 0, end), text.rfind(". ", 0, end), end - 200, -1) + 1
    for w in re.finditer(r"(?<![\w'’-])[A-ZÀ-Þ]", text[floor:end]) if role not in ("leden", "de leden") else ():
        start, stop, _, items = _items(text, lex, floor + w.start())
        if stop == end and items >= 2:
            return [Region(start, stop, "public", f"publiek:lijst:{role}")]
    return []


def _listed(text: str, lex: RoleLexicon, pos: int, *, least: int = 1) -> list[Region]:
    """The list of names from ``pos`` on (``_items``) as a party's members, when it has ``least`` items or more."""
    start, end, _, items = _items(text, lex, pos)
    return [Region(start, end, "public", "publiek:partij")] if items >= least else []


def _items(text: str, lex: RoleLexicon, pos: int) -> tuple[int, int, int, int]:
    """The list of names from ``pos`` on: its start and end, and how many items it has that carry a party's tag
    and in all."""
    start, end, tagged, items = pos, pos, 0, 0
    bulleted = _BULLETED.search(text, max(0, pos - 12), pos) is not None
    while True:
        item = ITEM.match(text, pos)
        if item is None or item.end() == pos or "\f" in item.group():
            break
        end, items = item.end(), items + 1
        tagged += bool((t := PAREN.search(item.group())) and lex.is_party_label(t.group(1)))
        why = (_EXPLAIN.match(text, end) or _CHAIR_NOTE.match(text, end) or _RESIDENCE.match(text, end)
               or _AS_FUNCTION.match(text, end) or _TOPIC.match(text, end))
        at = why.end() if why else end
        if (sep := _NUMBER_SEP.match(text, at)) is not None and sep.group().count("\n") <= 5:
            pass  # "…, als lid\n\n2.\n\nJ. Noorlander": a numbered list's next number
        elif bulleted and (sep := _BULLET_SEP.match(text, at)) is not None:
            pass  # only a list that opened with a bullet goes on at the next bullet
        elif (sep := _LIST_SEP.match(text, at) or _TITLE_SEP.match(text, at)) is None \
                or sep.group().count("\n") > 2:
            break
        if "\f" in sep.group():
            break
        pos = sep.end()
    return start, end, tagged, items
