"""Members a representative body's record names outside its attendance block.

``absent(text)``: the members reported absent or excused by the chair, signed off, sworn in (also as a list),
replaced or kept away, stood in for by a substitute, joining later or leaving early, moving a motion or explaining a
vote, counting the votes ("verzoekt de heren A en B met hem het bureau van stemopneming te vormen"), appointed
rapporteurs by the Kamer's sections, drawn to vote first ("Trekking stemmingnummer 5, X."), or listed "te weten", each
as a ``Region`` whose default is public (``genre.regions`` applies them to the records of a representative body only:
the same sentences in a company's or an association's minutes say nothing about an office).

``MOTION_OF`` and ``CENSURED`` match, in any genre, right before a name: a motion's or an amendment's mover ("het
amendement van Bram van Stee", also a member's initiative: "de initiatiefnota van X", "Voorstel van wet van mevrouw A
en de heer B") and the office holder a motion of censure is aimed at ("Motie van afkeuring Van Merrienboer").

Guarantees: a pure function of the text; a region never runs past the sentence that reports the event (a list
signed off: up to the chair's next line, at most 600 characters).
"""

from __future__ import annotations

import re

from redact.detect import cues as cue
from redact.detect.attendance import Region
from redact.detect.names import up_to_full_stop
from redact.detect.roles import RoleLexicon

__all__ = ["CENSURED", "MOTION_OF", "absent", "appointed", "question_hour"]

# (cues for ``PublicContext.left``, in any genre)
# a motion or an amendment named by its mover: "het amendement van Bram van Stee" (a member), also a member's
# initiative: "de initiatiefnota van Pieter X", "Voorstel van wet van mevrouw X en de heer Y tot wijziging van …"
# (also the second of two movers: "het amendement van de heer A en mevrouw B", "van de heren A en B")
_MOVER = r"(?:(?i:de[ \t]+heer|de[ \t]+heren|mevrouw)[ \t]+)?"
_FIRST_MOVER = (rf"(?:{_MOVER}[A-ZÀ-Þ][\w'’-]*(?:[ \t]+(?:van|de|der|den|ter|ten|[A-ZÀ-Þ][\w'’-]*)){{0,3}}"
                r"[ \t]+en[ \t]+)?")
MOTION_OF = re.compile(rf"(?<![\w-])(?i:motie|amendement|voorstel[ \t]+van[ \t]+wet|"
                       rf"initiatief-?(?:nota|(?:wets)?voorstel))[ \t]+van[ \t]+{_FIRST_MOVER}{_MOVER}{cue.LEAD}\Z")
# the office holder a motion of censure is aimed at: "Motie van afkeuring Van Merrienboer", "een motie van
# wantrouwen tegen wethouder X" (a member of the executive; a motion of censure is put only to one)
CENSURED = re.compile(rf"(?<![\w-])(?i:motie)[ \t]+van[ \t]+(?i:afkeuring|wantrouwen|treurnis)[ \t]+"
                      rf"(?:(?i:tegen|jegens)[ \t]+)?(?:(?i:de[ \t]+heer|mevrouw)[ \t]+)?{cue.LEAD}\Z")

# a form of address before the names a chair reports (also before 1947: "den heer", "mejuffrouw")
_ADDRESSED = r"(?i:de[ \t]+he?eren|de[ \t]+dames|den?[ \t]+heer|mevrouw|mejuffrouw|mevr\.|dhr\.)"
# "Verder meld ik dat met kennisgeving afwezig zijn de heren Kuijper en Kleuver en mevrouw Van Gemert.",
# "afwezig was en is mevrouw Van der Laan": the chair of a representative body reports absent members
_TO_STOP_TH = up_to_full_stop(200, r"[\s.][A-Z]{2}")  # (a long initial in capitals: "C. TH. BOGMANS")
_ABSENT = re.compile(
    # "zijn: de heer", "dat er twee afwezigen zijn; de heren A en B"; old minutes' "Afwezig de heer C. TH. BOGMANS."
    # without a verb (a full stop there only of an initial), also "Afwezig: de heeren A en B", "Afwezig wegens
    # ongesteldheid de heeren A en B" (a newspaper's report of a council's meeting)
    r"(?i:afwezig(?:en)?)[ \t]+(?:(?:is|zijn|was|waren)(?:[ \t]+en[ \t]+(?:is|zijn))?)[ \t]*[:;]?[ \t]+"
    rf"(?P<names>{_ADDRESSED}[ \t]+[^.;:\n]{{2,200}})"
    rf"|Afwezig(?:[ \t]*:)?(?:[ \t]+wegens[ \t]+[a-z]+)?[ \t]+(?P<names2>{_ADDRESSED}[ \t]+{_TO_STOP_TH})(?=\.)"
    # (or the members by their seat, initials and all: "Afwezig zijn raadslid J. Drijfhout, J. Mulder, G. Hoorn.")
    rf"|(?i:afwezig)[ \t]+(?:zijn|is|waren|was)[ \t]*:?[ \t]+(?P<names3>(?i:raadsleden|raadslid|statenleden|statenlid)"
    rf"[ \t]+{_TO_STOP_TH})(?=\.)"
)


# "Ik heb het bericht van verhindering ontvangen van de heer Wilschut, mevrouw Steinebach en de heer Oorburg", "Hij
# geeft aan bericht van verhindering te hebben ontvangen van mevrouw A en de heer B",
# "Er zijn afmeldingen ontvangen van de heer Fonk en de heer Santes" (not a foundation's "Afmeldingen van de heren
# A en B" in its donors' meeting, which some body's words make a body's minutes): the chair of a representative body
# reports the members excused
_EXCUSED = re.compile(
    r"(?:(?i:berichte?n?[ \t]+van[ \t]+verhindering)[ \t]+(?:(?:(?i:is|zijn|te[ \t]+hebben)[ \t]+)?"
    r"(?i:ontvangen|gekregen)[ \t]+)?"
    r"(?i:van)|(?i:afmeldingen?[ \t]+(?:ontvangen|gekregen)[ \t]+van)|"
    r"(?i:afwezigen[ \t]+met[ \t]+kennisgeving[ \t]*:))[ \t]+"  # "Hij noemt de overige afwezigen met …:"
    rf"(?P<names>{_ADDRESSED}[ \t]+[^.;:\n]{{2,200}})"
)

# the chair of the Kamer reads out a member's notice: "een bericht van de heer Roosjen, dat hij wegens werkzaamheden
# elders verhinderd is de vergadering bij te wonen", "berichten van de heren A en B, dat zij verhinderd zijn", "een
# bericht van den heer Moolenburgh, dat hij wegens … den Haag heeft moeten verlaten en de zitting niet kan bijwonen"
_NOTICE = re.compile(
    rf"(?i:berichte?n?)[ \t]+van[ \t]+(?P<names>{_ADDRESSED}[ \t]+[^.;:\n]{{2,200}}?)[ \t]*,?[ \t]+dat[ \t]+"
    # (an abbreviation's full stop inside: "dat hij, tot 26 Juni a.s., wegens verblijf in het buitenland verhinderd is")
    r"(?:hij|zij|ze)[ \t,]+(?:[^.;:]|(?<=[a-z])\.(?=[a-z,]))*?"
    r"(?:\bverhinderd\b|\bniet[ \t]+(?:kan|kunnen)[ \t]+bijwonen\b)"
)
# the Kamer's chair reads out the notices of members kept away, up to "Deze berichten worden voor kennisgeving
# aangenomen": "berichten van leden, die verhinderd zijn de vergadering bij te wonen: van de heren A, B en C, wegens
# ziekte: van de heer D, …", "berichten van verhindering tot bijwoning van de vergadering van: de heer A, ook morgen, …"
_NOTICES = re.compile(r"(?i:berichten)[ \t]+van[ \t]+(?:(?i:de[ \t]+)?(?i:(?:na)?volgende[ \t]+)?leden|verhindering)\b"
                      r"[^:;.]{0,120}?:")  # (also "van de navolgende leden , die verhinderd zijn …")
_NOTICES_END = re.compile(r"(?i:deze[ \t]+berichten[ \t]+worden)")

_TITLED_NAME = (r"(?P<NAME>(?i:de[ \t]+heer|mevrouw|mevr\.|dhr\.|de[ \t]+hear|mefrou)[ \t]+"
                r"(?:[A-ZÀ-Þ][\w'’.-]*|van|de|der|den|ter|ten|'t|’t)"
                r"(?:[ \t]+(?:[A-ZÀ-Þ][\w'’.-]*|van|de|der|den|ter|ten|'t|’t)){0,4})")
# "Marleen Persoon is vervangen door Wouter van Duivendijk": a given name and a surname, without titles
_PLAIN_NAME = r"[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:[ \t]+(?:van|de|der|den|ter|ten|'t|’t))*[ \t]+[A-ZÀ-Þ][\w'’-]+"
# a member kept away: "niet aanwezig kan zijn", "verhinderd is", "afwezig is"
_KEPT_AWAY = r"niet[ \t]+aanwezig[ \t]+(?:kan[ \t]+zijn|is)|verhinderd[ \t]+is|afwezig[ \t]+is"
# in a representative body's minutes: a member sworn in or admitted ("Beëdiging de heer W.J. Moorlag", "de
# installatie van mevrouw Jansen"), a member replaced or kept away ("De heer Van Lingen vervangt mevrouw Pieters",
# "mevrouw Pieters, die niet aanwezig kan zijn")
_MEMBER_EVENT = re.compile(
    r"(?i:beëdiging|installatie|toelating|herdenking)[ \t]+(?:(?i:van)[ \t]+)?" + _TITLED_NAME.replace("NAME", "name")
    + r"|(?<![\w])vervangt[ \t]+" + _TITLED_NAME.replace("NAME", "name2")
    # "Zij worden waargenomen door de heer S. Backus respectievelijk de heer A. Thomassen"
    + r"|(?<![\w])(?:waargenomen|vervangen)[ \t]+door[ \t]+" + _TITLED_NAME.replace("NAME", "name6")
    + r"(?:[ \t]+(?:respectievelijk|en)[ \t]+" + _TITLED_NAME.replace("NAME", "name7") + ")?"
    + r"|" + _TITLED_NAME.replace("NAME", "name8") + r"[ \t]+de[ \t]+vacature[ \t]+(?:waarnemen|vervullen)"
    # a correction of the list of members present: "Mevrouw J. Kramer dient te worden vervangen door de heer X"
    + r"|" + _TITLED_NAME.replace("NAME", "name12") + r"[ \t]+(?:dient|moet)[ \t]+te[ \t]+worden[ \t]+vervangen\b"
    # a vote explained, a seat taken again ("stemverklaring van de heer X", "De heer X neemt zijn plaats weer in")
    + r"|(?i:stemverklaring|stimferklearring)[ \t]+(?i:van|fan)[ \t]+" + _TITLED_NAME.replace("NAME", "name10")
    + r"|" + _TITLED_NAME.replace("NAME", "name11") + r"[ \t]+(?:neemt[ \t]+(?:zijn|haar)[ \t]+plaats|nimt[ \t]+"
    r"(?:syn|har)[ \t]+plak)[ \t]+(?:weer[ \t]+|wer[ \t]+)?(?:in|yn)\b"
    # leave to put questions ("Verlof verleend aan de heer X tot het stellen van vragen"), a member standing in for
    # another in a section of the Kamer ("de heer X als plaatsvervanger van de heer Y in de derde afdeling")
    + r"|(?i:verlof)[ \t]+(?:is[ \t]+|wordt[ \t]+)?verleend[ \t]+aan[ \t]+" + _TITLED_NAME.replace("NAME", "name13")
    + r"|" + _TITLED_NAME.replace("NAME", "name14") + r"[ \t]+als[ \t]+plaatsvervanger[ \t]+van[ \t]+"
    + _TITLED_NAME.replace("NAME", "name15") + r"[ \t]+in[ \t]+de[ \t]+\w+[ \t]+afdeling\b"
    + r"|(?P<name4>" + _PLAIN_NAME + r")[ \t]+is[ \t]+vervangen[ \t]+door[ \t]+(?P<name5>" + _PLAIN_NAME + ")"
    + r"|" + _TITLED_NAME.replace("NAME", "name3")
    + rf"[ \t]*,?[ \t]+(?:die|dat)[ \t]+(?:{_KEPT_AWAY})"
    # the chair reports it: "Hij deelt mee, dat de heer J.Bakx wegens ziekte niet aanwezig kan zijn", "Ook de heer
    # Noordam is (vanavond) afwezig; hij is herstellend", "dat ook de heer Dorresteijn bericht van verhindering heeft
    # gezonden", "terwijl ook de heer Berkelbach van der Sprenkel is verhinderd"
    + r"|(?:(?<![\w])(?:dat|terwijl)(?:[ \t]+ook)?|(?:^|(?<=[.;\n]))[ \t]*(?i:ook)?)[ \t]*"
    + _TITLED_NAME.replace("NAME", "name9")
    + rf"[ \t]+(?:wegens[ \t]+[a-z]+[ \t]+)?(?:{_KEPT_AWAY}|is[ \t]+verhinderd\b"
    r"|is[ \t]+(?:(?:vanavond|vandaag|vanmiddag|vanochtend|helaas)[ \t]+)*(?:met[ \t]+kennisgeving[ \t]+)?afwezig\b"
    r"|(?:heeft[ \t]+)?bericht[ \t]+van[ \t]+verhindering\b)"
)


# members sworn in together: "leggen de heren van Steen, Traets, … en mevr. Huijzers-de Geus achtereenvolgens de
# zuiverings- en ambtseed af"
_SWORN_LIST = re.compile(r"(?i:leggen|legden)[ \t]+(?P<names>(?i:de[ \t]+heren|de[ \t]+dames)[ \t]+[^.;:\n]{2,300}?)"
                         r"[ \t]+(?:achtereenvolgens[ \t]+)?(?:de|het)[ \t]+[^.;:\n]{0,60}?(?:eed|belofte|gelofte)\b")
# members who join the meeting later: "Mevrouw Souren (vanaf 16.40 uur) en de heren De Weerd (vanaf 17.00 uur) en
# Maagd (vanaf 17.20 uur) schuiven iets later in de vergadering aan", "… sluiten tijdens agendapunt 3 alsnog aan"
_JOIN_LATER = re.compile(r"(?P<names>(?:Mevrouw|De[ \t]+heer|De[ \t]+heren|De[ \t]+dames)[ \t]+"
                         r"(?:[^.;:\n]|(?<=\d)[.:](?=\d)){2,200}?"
                         # (or a full name opening its line: "Mijntje van Beers sluit een half uur later aan.")
                         r"|(?m:^)[ \t]*[A-ZÀ-Þ][a-zà-ÿ]+(?:[ \t]+(?:van|de|der|den|ter|ten|het))*[ \t]+"
                         r"[A-ZÀ-Þ][\w'’-]+)[ \t]+"
                         r"(?:schuift|schuiven|schoof|schoven|sluit|sluiten)[ \t]+(?!zich\b)(?:\w+[ \t]+){0,6}aan\b")
# a member who leaves early: "dhr. J. van Beekhuizen zal aanwezig zijn tot 16.30 uur", "Mevrouw X verlaat om 21.15 uur
# de vergadering", "Mevrouw A en de heer B zullen de vergadering eerder verlaten"
_LEAVES_EARLY = re.compile(r"(?P<names>(?:[Dd]hr\.|[Dd]e[ \t]+heer|[Mm]evrouw|[Mm]evr\.|[Mm]w\.)[ \t]*"
                           r"(?:[^.;:\n]|(?<=[A-Z])\.){2,80}?)[ \t]+"
                           r"(?:(?:zal[ \t]+aanwezig[ \t]+zijn|is[ \t]+aanwezig)[ \t]+tot[ \t]+\d{1,2}[.:]\d{2}"
                           r"[ \t]+uur"
                           r"|verlaat[ \t]+om[ \t]+\d{1,2}[.:]\d{2}[ \t]+uur[ \t]+de[ \t]+vergadering"
                           r"|(?:zal|zullen)[ \t]+de[ \t]+vergadering[ \t]+(?:eerder|vroegtijdig|voortijdig)"
                           r"[ \t]+verlaten)")
# members named before the report that they are absent: "Dhr. René de Vink (Sterk Westerkwartier), mevr.Jacquelien
# Dijkstra (ChristenUnie) en dhr.Harry Rook (VZ Westerkwartier) zijn vanavond met kennisgeving afwezig."
_ABSENT_LIST = re.compile(r"(?P<names>(?:Dhr\.|De[ \t]+heer|Mevr\.|Mevrouw|Mw\.)[ \t]*"
                          r"(?:[^.;:\n]|(?<=(?i:hr|vr|mw))\.|(?<=[A-Z])\.){2,300}?)[ \t]+(?:zijn|is|waren|was)[ \t]+"
                          r"(?:[a-z]+[ \t]+){0,2}met[ \t]+"
                          r"(?:kennisgeving|bericht[ \t]+van[ \t]+verhindering)[ \t]+afwezig")
# (without the notice right after the count of the members present, the others are the absent ones: "Er zijn 14
# raadsleden aanwezig. De heer Van den Berg, de heer Van den Heuvel en de heer De Kleijn zijn afwezig.")
_ABSENT_COUNTED = re.compile(r"(?<![\w])\d{1,3}[ \t]+(?:raads|staten|commissie)?leden[ \t]+aanwezig[ \t]*\.[ \t]*"
                             r"(?P<names>(?:De[ \t]+heer|Mevrouw|Dhr\.|Mevr\.|Mw\.)[ \t]*"
                             r"(?:[^.;:\n]|(?<=(?i:hr|vr|mw))\.|(?<=[A-Z])\.){2,300}?)[ \t]+(?:zijn|is)[ \t]+afwezig\b")
# "De voorzitter meldt dat Roel van Leeuwen (PRO) afwezig is met bericht van verhindering": the absent member
# named before the report (with bericht/kennisgeving: a member excused from the meeting, not a passer-by)
_ABSENT_AFTER = re.compile(
    r"(?P<name>(?:[A-ZÀ-Þ][\w'’.-]*|van|de|der|den|ter|ten|het|in|'t|’t)(?:[ \t]+(?:[A-ZÀ-Þ][\w'’.-]*|van|de|der|"
    r"den|ter|ten|het|in|'t|’t)){0,4})[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:is[ \t]+afwezig|afwezig[ \t]+is)[ \t]+"
    r"(?:met|wegens)[ \t]+(?:bericht|kennisgeving)"
    # "De voorzitter meldt dat heer Cuperus (SAM) vanwege ziekte afwezig is"
    r"|(?i:meldt)[ \t]+dat[ \t]+(?:de[ \t]+)?(?i:heer|mevrouw)[ \t]+"
    r"(?P<name2>[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*)?)[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?"
    # "Hij meldt dat mevrouw Souren en mevrouw Buitendijk afwezig zijn"
    r"(?:en[ \t]+(?:de[ \t]+)?(?i:heer|mevrouw)[ \t]+(?P<name3>[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*)?)[ \t]*"
    r"(?:\([^()\n]{1,30}\)[ \t]*)?)?"
    r"(?:[a-z]+[ \t]+){0,3}afwezig"
    # a council information system's minutes, a line each: "Turgut Celebi is afwezig.", "Loes Strous is afwezig van
    # 10.50 tot 13.00 uur."
    rf"|(?m:^)[ \t]*(?P<name4>{_PLAIN_NAME})[ \t]+is[ \t]+afwezig\b"
)
# "Ik deel aan de Kamer mee dat het volgende lid zich heeft afgemeld:\n\nVan Dijk, wegens bezigheden elders."
_SIGNED_OFF = re.compile(r"(?i)\bzich[ \t]+(?:heeft|hebben)[ \t]+(?:afgemeld|laten[ \t]+verontschuldigen)[ \t]*:")
# a committee's decision list: "De voorzitter opent de vergadering om 19.00 uur. Afgemeld zijn: mw. E. Rademakers,
# mw. B. Santegoeds (wordt vervangen door mw. H. Heine), …" (to the line's end)
_SIGNED_OFF_LINE = re.compile(r"(?i)\bafgemeld[ \t]+(?:zijn|hebben[ \t]+zich)[ \t]*:")
# … or the same platform's "Afmeldingen: Leon X en Marc Y." (to the full stop)
_SIGN_OFFS = re.compile(r"(?i:afmeldingen)[ \t]*:[ \t]*(?P<names>[A-ZÀ-Þ][^.;:\n]{2,200}?)(?=[ \t]*\.)")
# "De heer Terpstra kondigt een motie … aan", "mevrouw Bos dient een amendement in": a member moves it (also after the
# verb, with the party: "Bij dit agendapunt dient mevrouw Koot van GroenZwart een motie in"), "Dhr. X doet een
# ordevoorstel" (a point of order)
_MOVES = re.compile(r"(?:De heer|Mevrouw|de heer|mevrouw|[Dd]hr\.|[Mm]evr\.|[Mm]w\.)[ \t]+"
                    r"(?P<name>[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*)?)"
                    r"[ \t]+(?:(?:kondigt|dient)[ \t]+(?:een[ \t]+|de[ \t]+)?(?:motie|moties|amendement)"
                    r"|doet[ \t]+een[ \t]+ordevoorstel)"
                    r"|(?<![\w])(?:dient|diende)[ \t]+(?:de heer|mevrouw)[ \t]+(?P<name2>[A-ZÀ-Þ][\w'’-]*)"
                    r"(?:[ \t]+(?:van|namens)[ \t]+(?:de[ \t]+|het[ \t]+)?[A-ZÀ-Þ][\w'’&/-]*)?[ \t]+(?:een|de)[ \t]+"
                    r"(?:motie|amendement)\b")
# the members a committee's substitutes stood in for: "Als plaatsvervangers van respectievelijk de heren E. A. Vermeer,
# Koersen, Fens, Calmeyer, die niet aan de vaststelling van dit verslag hebben kunnen medewerken."
_SUBSTITUTED = re.compile(r"(?i:als[ \t]+plaatsvervangers?[ \t]+van)[ \t]+(?:respectievelijk[ \t]+)?"
                          r"(?P<names>(?i:de[ \t]+heren|de[ \t]+dames|de[ \t]+heer|mevrouw)[ \t]+"
                          r"(?:[^.;:\n]|(?<=[A-Z])\.){2,300}?)(?=[ \t]*,[ \t]*die\b|(?<![A-Z])[.;:\n])")
# the members who count the votes: "De Voorzitter verzoekt de heren Dijkstra en Hopstaken met hem het bureau van
# stemopneming te vormen", "het stembureau wordt gevormd door de voorzitter en de heren A en B"
_VOTE_COUNT = "(?:het[ \t]+)?(?:bureau[ \t]+van[ \t]+stemopneming|stembureau|commissie[ \t]+van[ \t]+stemopneming)"
_COUNTED_BY = r"(?i:de[ \t]+hee?ren|de[ \t]+dames)[ \t]+(?=[A-ZÀ-Þ])"  # the names after "de heren", "de heeren"
_COUNTERS = re.compile(
    rf"(?i:verzoekt)[ \t]+(?:(?i:de[ \t]+voor-?[ \t]*zitter)[ \t]+)?"  # "verzoekt de Voor- zitter de heeren Tel en …"
    rf"(?P<names>{_COUNTED_BY}[^.;:\n]{{2,120}}?)[ \t]+(?:(?i:met[ \t]+hem)[ \t]+)?{_VOTE_COUNT}"
    rf"|{_VOTE_COUNT}[ \t]+(?:wordt[ \t]+)?gevormd[ \t]+door[ \t]+(?:de[ \t]+voorzitter[ \t]+en[ \t]+)?"
    rf"(?P<names2>{_COUNTED_BY}[^.;:\n]{{2,120}}?)(?=[.;:\n]|,[ \t]*[a-z])")
# the member whose number is drawn to vote first: "Als beginnummer voor hoofdelijke stemming wordt getrokken nr. 19, de
# heer Noordam." (also the member a vote by lot begins with: "Bij loting wordt bepaald dat een eventuele mondelinge
# stemming zal beginnen bij de heer Baas.")
_DRAWN = re.compile(r"(?i:getrokken)[ \t]+(?i:nr\.?|nummer)[ \t]*\d{1,3}[ \t]*,[ \t]*"
                    r"(?P<names>(?i:de[ \t]+heer|mevrouw)[ \t]+[^.;:,()\n]{2,60}?)(?=[ \t]*[.;,(\n])"
                    r"|(?i:stemming)[^.;:\n]{0,30}?(?:begint|beginnen|zal[ \t]+beginnen)[ \t]+bij[ \t]+"
                    r"(?P<names2>(?i:de[ \t]+heer|mevrouw)[ \t]+[^.;:,()\n]{2,60}?)(?=[ \t]*[.;,(\n])"
                    # "Het lot wijst de heer Nuijten aan om … het eerst zijn stem uit te brengen"
                    r"|(?i:het[ \t]+lot[ \t]+(?:wijst|wees))[ \t]+(?P<names3>(?i:de[ \t]+heer|mevrouw)[ \t]+"
                    r"[^.;:,()\n]{2,60}?)[ \t]+aan\b"
                    # a council platform's minutes: "Trekking stemmingnummer 5, Ben Peters."
                    r"|(?i:trekking[ \t]+stemmings?nummer)[ \t]*\d{1,3}[ \t]*,[ \t]*"
                    r"(?P<names4>[A-ZÀ-Þ][^.;:,()\n]{2,60}?)(?=[ \t]*[.;\n])")
# the Kamer's notices of absence before 1900: "kennisgevingen van de heeren A, B … en C, dat zij, ieder om verschillende
# redenen, niet ter vergadering kunnen tegenwoordig zijn"
_NOTIFIED = re.compile(r"(?i:kennisgevingen|berigten|berichten)[ \t]+van[ \t]+(?P<names>(?i:de[ \t]+hee?ren)[ \t]"
                       r"[^.;:()\n]{2,600}?)[ \t]*,[ \t]*dat[ \t]+zij\b")
# the Kamer's rapporteurs, whom its sections appoint from its members: "dat door de afdeelingen zijn benoemd tot
# rapporteurs voor de wetsontwerpen: …, de heeren A, B en C;\nvoor de overige wetsontwerpen, …, de heeren D en E."
# (every "de heeren" list up to a blank line or the chair's next item, at most 1,500 characters on)
_RAPPORTEURS = re.compile(r"(?i:benoemd)[ \t]+tot[ \t]+rapporteurs\b")
_RAPPORTEURS_END = re.compile(r"\n[ \t]*\n|\n[ \t]*(?:[A-Z]\.[ \t]|Aan[ \t]+de[ \t]+orde)|\f")
_RAPPORTEUR_LIST = re.compile(r"(?<![\w])de[ \t]+hee?ren[ \t]+(?P<names>[A-ZÀ-Þ][^.;:()\n]{2,400}?)"
                              r"(?=[ \t]*(?:[.;\n]|\Z))")
# the roll of old minutes: "Aanwezig: Alle leden, met uitzondering van de heer Siemons, die wegens ziekte …"
_ALL_BUT = re.compile(r"(?i:alle[ \t]+leden)[ \t]*,?[ \t]*met[ \t]+uitzondering[ \t]+van[ \t]+"
                      r"(?P<names>(?i:de[ \t]+he?eren|de[ \t]+heer|mevrouw)[ \t]+[^.;:()\n]{2,120}?)"
                      r"(?=[ \t]*(?:,[ \t]*die\b|[.;(\n]))")
# members to be sworn in: "De heer A en mevrouw B zullen in de volgende vergadering worden beëdigd."
_TO_BE_SWORN = re.compile(r"(?<![\w])(?P<names>(?:Mevrouw|De[ \t]+heer|De[ \t]+heren|De[ \t]+dames)[ \t]+"
                          r"[^.;:\n]{2,120}?)[ \t]+(?:zullen|zal)[ \t]+(?:[a-z]+[ \t]+){0,5}?worden[ \t]+"
                          r"(?:beëdigd|geïnstalleerd)\b")
# "vier leden kandidaat gesteld voor de functie van Voorzitter, …, te weten: mevrouw A, de heer B en mevrouw C."
_MEMBERS_NAMED = re.compile(r"\bleden\b[^.:\n]{0,200}?\bte[ \t]+weten:(?P<names>[^.\n]{3,300})")

# a roll-call vote in a body's minutes: "Voor de motie stemden:\nStadspartij: de dames A en B en de heren C, D;\nCDA:
# mevrouw E", "Tegen het amendement stemden de leden: …", "Vóór stemmen de leden: …"
_VOTE_ROLL = re.compile(r"(?im)^[ \t]*(?:v[oó]{2}r|tegen)[ \t]+(?:(?:de|het)[ \t]+(?:motie|amendement|voorstel|besluit)"
                        r"[ \t]+)?(?:stemden|stemmen|hebben[ \t]+gestemd)(?:[ \t]+de[ \t]+leden)?[ \t]*:")
# the end of a roll call's list: a blank line, the next numbered item ("17. Sluiting."), at most 1,500 characters
_ROLL_END = re.compile(r"\n[ \t]*\n|\n[ \t]*\d{1,3}[.)][ \t]|\f")
# a vote's roll after its count: "Stemgedrag: 19 stemmen vóór t.w. de heren A, B (allen CDA), … ." (to the line's end)
# … or in a sentence of old minutes: "Tegen stemden de heeren A, B en C. Vóór waren de heeren D, E en mevr. F." (to
# the sentence's end; a full stop only of an initial or an abbreviated form of address)
_TO_STOP_MEVR = up_to_full_stop(600, r"\smevr", r"\smej")  # (and an abbreviated form of address: "mevr.")
_VOTED_PROSE = re.compile(r"(?<![\w])(?:(?:V[oó]{2}r|Tegen|v[oó]{2}r|tegen)[ \t]+(?:stemden|stemmen|waren|hebben"
                          r"[ \t]+gestemd)|(?:stemden|hebben[ \t]+gestemd)[ \t]+(?:v[oó]{2}r|tegen))[ \t]+"
                          rf"(?P<names>(?:de[ \t]+)?(?:hee?ren|dames|leden)[ \t]{_TO_STOP_MEVR})"
                          r"(?=[ \t]*[.;](?:\s|$))")
_VOTES_NAMED = re.compile(r"(?i)\bstemmen[ \t]+(?:v[oó]{2}r|tegen)[ \t]*,?[ \t]*(?:t\.[ \t]?w\.|te[ \t]+weten)[ \t]*:?")
_LINE_END = re.compile(r"\n")
# the end of the list of members who signed off: the chair's closing line or a blank line after it, at most 600
_SIGNED_OFF_END = re.compile(r"\n[ \t]*(?:Deze mededeling|Ik stel voor|Aan de orde)|\n[ \t]*\n[ \t]*(?=[A-Z][^\n]{60})"
                             r"|\f")


# a council's question hour, in which members put questions to the college: "Vragenuur:\n- Mw. Bos vroeg naar …\n- Dhr.
# Lanting vroeg n.a.v. …" (the block ends at a blank line before a line that is no dashed item)
_QUESTION_HOUR = re.compile(r"(?im)^[ \t]*vragenuur(?:[ \t]+(?:van[ \t]+de[ \t]+)?raad(?:sleden)?)?[ \t]*:?[ \t]*$")
_QUESTION_HOUR_END = re.compile(r"\n[ \t]*\n(?![ \t]*[-–•*][ \t])")
_ASKS = re.compile(r"(?m)^[ \t]*(?:[-–•*][ \t]+)?(?P<name>(?i:mw\.?|mevr\.|dhr\.|de[ \t]+heer|mevrouw)[ \t]+"
                   r"(?:[A-ZÀ-Þ][\w'’.-]*|van|de|der|den|ter|ten|'t|’t)"
                   r"(?:[ \t]+(?:[A-ZÀ-Þ][\w'’.-]*|van|de|der|den|ter|ten|'t|’t)){0,4})[ \t]+"
                   r"(?:vroeg|vraagt|stelde|stelt|informeerde|informeert|wilde[ \t]+weten|wil[ \t]+weten)(?![\w])")


def _list_end(text: str, start: int, end: re.Pattern[str], limit: int) -> int:
    """The end of a list of members that starts at ``start``: where ``end`` first matches, at most ``limit``
    characters on."""
    stop = min(len(text), start + limit)
    m = end.search(text, start, stop)
    return m.start() if m else stop


def absent(text: str) -> list[Region]:
    """Members reported absent, excused, signed off, sworn in, replaced, moving a motion, named in a roll-call vote
    or listed as members (only in a representative body's minutes and proceedings)."""
    out = [Region(m.start(g), m.end(g), "public", "publiek:afwezig") for rx in (_ABSENT, _EXCUSED, _NOTICE)
           for m in rx.finditer(text) for g in ("names", "names2", "names3") if g in rx.groupindex and m.group(g)]
    out += [Region(m.start(n), m.end(n), "public", "publiek:afwezig") for m in _ABSENT_AFTER.finditer(text)
            for n in ("name", "name2", "name3", "name4") if m.group(n)]
    out += [Region(m.end(), _list_end(text, m.end(), _SIGNED_OFF_END, 600), "public", "publiek:afwezig")
            for m in _SIGNED_OFF.finditer(text)]
    out += [Region(m.end(), _list_end(text, m.end(), _LINE_END, 600), "public", "publiek:afwezig")
            for m in _SIGNED_OFF_LINE.finditer(text)]
    out += [Region(m.start(n), m.end(n), "public", "publiek:lid") for m in _MOVES.finditer(text)
            for n in ("name", "name2") if m.group(n)]
    out += [Region(m.end(), _list_end(text, m.end(), _ROLL_END, 1500), "public", "publiek:lijst:leden")
            for m in _VOTE_ROLL.finditer(text)]
    out += [Region(m.end(), _list_end(text, m.end(), _LINE_END, 1500), "public", "publiek:lijst:leden")
            for m in _VOTES_NAMED.finditer(text)]
    out += [Region(m.end(), e.start(), "public", "publiek:afwezig") for m in _NOTICES.finditer(text)
            if (e := _NOTICES_END.search(text, m.end(), min(len(text), m.end() + 1500))) is not None]
    out += [Region(m.start("names"), m.end("names"), "public", "publiek:lijst:leden")
            for rx in (_MEMBERS_NAMED, _SWORN_LIST, _TO_BE_SWORN, _JOIN_LATER, _LEAVES_EARLY, _ABSENT_LIST,
                       _ABSENT_COUNTED, _SUBSTITUTED, _VOTED_PROSE, _ALL_BUT, _NOTIFIED, _SIGN_OFFS)
            for m in rx.finditer(text)]
    out += [Region(m.start(g), m.end(g), "public", "publiek:lijst:leden") for rx in (_DRAWN, _COUNTERS)
            for m in rx.finditer(text) for g in ("names", "names2", "names3", "names4")
            if g in rx.groupindex and m.group(g)]
    out += [Region(n.start("names"), n.end("names"), "public", "publiek:lijst:leden")
            for m in _RAPPORTEURS.finditer(text)
            for n in _RAPPORTEUR_LIST.finditer(text, m.end(), _list_end(text, m.end(), _RAPPORTEURS_END, 1500))]
    out += [Region(m.start(g), m.end(g), "public", "publiek:lid") for m in _MEMBER_EVENT.finditer(text)
            for g in ("name", *(f"name{i}" for i in range(2, 16))) if m.group(g)]
    return out


def question_hour(text: str) -> list[Region]:
    """The members asking in a council's question hour (``_QUESTION_HOUR``; in a body's minutes or a report of its
    meeting)."""
    out: list[Region] = []
    for m in _QUESTION_HOUR.finditer(text):
        end = _list_end(text, m.end(), _QUESTION_HOUR_END, 4000)
        out += [Region(a.start("name"), a.end("name"), "public", "publiek:lid")
                for a in _ASKS.finditer(text, m.end(), end)]
    return out


# a decision's list of the persons it appoints to a public office, each on its own dashed line, the office after the
# list: "-    de heer G. de Hoop, geboren op 16 april 1970, woonachtig in Geesteren\n- … \n te benoemen als
# burgercommissieleden." (any genre: the office decides)
_APPOINTED_LIST = re.compile(
    r"(?m)(?P<names>(?:^[ \t]*[-–•][ \t]+[^\n]{3,200}\n){1,20})[ \t]*(?:te[ \t]+(?:her)?benoemen|te[ \t]+installeren|"
    r"toe[ \t]+te[ \t]+laten|(?:zijn|worden|werden)[ \t]+(?:her)?benoemd)[ \t]+(?:als|tot)[ \t]+"
    r"(?P<role>[^.,;:\n]{3,60})"
)
# the members a body's credentials committee consists of, in any genre (only members of the body sit on it): "De
# commissie geloofsbrieven bestaand uit dhr. Gernaat (voorzitter), dhr. Loman en dhr. Logtmeijer heeft …"
_CREDENTIALS_COMMITTEE = (r"(?i:commissie[ \t]+(?:voor[ \t]+)?(?:(?:het[ \t]+)?onderzoek[ \t]+(?:van[ \t]+)?)?"
                          r"(?:de[ \t]+)?geloofsbrieven|geloofsbrievencommissie)")
_CREDENTIALS = re.compile(_CREDENTIALS_COMMITTEE + r",?[ \t]+(?:bestaande?|bestaat)[ \t]+uit"
                          r"[ \t]+(?P<names>(?:dhr\.|mevr\.|mw\.|de[ \t]+he?er(?:en)?|mevrouw|de[ \t]+dames)[ \t]"
                          + up_to_full_stop(200, r"\sdhr", r"\smevr", r"\smw", r"\s[A-Z][a-z]{2}") + ")"
                          r"(?=[ \t]+(?:heeft|hebben)[ \t]|[ \t]*[.;:]|[ \t]*,[ \t]*(?:dat|die|heeft|hebben)[ \t])")
# … or named to it in a decision, one a numbered line: "de volgende drie raadsleden te benoemen tot lid van de commissie
# geloofsbrieven:\n  1. X (vz.)\n  2. Y"
_CREDENTIALS_LIST = re.compile(_CREDENTIALS_COMMITTEE + r"[ \t]*:[ \t]*\n"
                               r"(?P<names>(?:[ \t]*\d{1,2}\.[ \t]+[^\n]{3,80}\n){1,9})")
# … or set up with its members after the colon, in a line: "Instellen commissie geloofsbrieven: A, B en C."
_CREDENTIALS_SET = re.compile(_CREDENTIALS_COMMITTEE + r"[ \t]*:[ \t]*(?P<names>[A-ZÀ-Þ][^.;:\n]{2,200}?)(?=[ \t]*\.)")
# written council questions named by their askers, members of the council's party groups: "de 7 raadsvragen (Questions)
# van Harrie X, Anja Y en Kim Z voorafgegaan door hun inleiding"
_COUNCIL_QUESTIONS = re.compile(r"(?i:raadsvragen)(?:[ \t]*\([^()\n]{1,20}\))?[ \t]+van[ \t]+"
                                r"(?P<names>[A-ZÀ-Þ][^.;:\n]{2,300}?)"
                                r"(?=[ \t]+(?:voorafgegaan|over|naar|aan|inzake|betreffende|met)\b|[ \t]*[.;:\n])")
# plural offices that may be a private body's ("leden van de commissie bezwaarschriften"), unless of the council
_ANY_BODY = frozenset({"leden", "de leden", "leden van de commissie", "commissieleden", "collega's", "collega’s"})


# the members whose credentials a committee examines, one roll after the heading ("RAPPORT VAN DE COMMISSIE TOT
# ONDERZOEK VAN DE GELOOFSBRIEVEN VAN\n\nde benoemde leden der Kamer – … –\n\nDe heer A, mevrouw B, …", "…, te
# weten:\n\nDe heer A te Leiden\n\nMevrouw B te Wassenaar"): lines of titled names only, each opened by a form of
# address
_EXAMINED = re.compile(r"(?i:geloofsbrieven)\s+(?i:van)\s+(?:(?i:de)\s+)?"
                       r"(?i:(?:nieuw(?:e|\s+)?)?(?:benoemde|gekozen)\s+)?"
                       r"(?i:leden)\s+(?i:der|van\s+de)\s+(?i:kamer|raad|staten)\b[^:\n]{0,120}:?[ \t]*(?=\n)")
_ROLL_LINE = re.compile(r"\s*(?P<line>(?i:de[ \t]+heer|mevrouw|de[ \t]+heren|de[ \t]+dames)[ \t][^\n]*)")
_ROLL_WORDS = frozenset({"de", "heer", "heren", "mevrouw", "dames", "en", "te", "van", "der", "den", "ter", "ten", "op",
                         "aan", "bij", "voorzitter"})  # (a place: "te Loon op Zand", "te 's-Gravenhage")


def _examined(text: str) -> list[Region]:
    """The roll after each heading of ``_EXAMINED``: its lines up to the first that is no line of titled names."""
    out: list[Region] = []
    for m in _EXAMINED.finditer(text):
        pos = end = m.end()
        while (line := _ROLL_LINE.match(text, pos)) and all(
                w[:1].isupper() or w.lower() in _ROLL_WORDS or w[:3] in ("'s-", "’s-")
                for w in re.findall(r"[^\s(),.;]+", line.group("line"))):
            pos = end = line.end()
        if end > m.end():
            out.append(Region(m.end(), end, "public", "publiek:lijst:leden"))
    return out


def appointed(text: str, lex: RoleLexicon) -> list[Region]:
    """The dashed list a decision appoints to a public office named after it (``_APPOINTED_LIST``), the members
    of a credentials committee (``_CREDENTIALS``), those whose credentials it examines (``_EXAMINED``) and the
    askers of written council questions (``_COUNCIL_QUESTIONS``)."""
    out: list[Region] = []
    for m in _APPOINTED_LIST.finditer(text):
        role = m.group("role").strip()
        kind = lex.classify(role)
        if kind is None or kind[0] != "public" or not cue.opens_with(role, kind[1]):
            continue
        if kind[1] in _ANY_BODY and not cue.OF_HOUSE.match(role[len(kind[1]):]):
            continue
        out.append(Region(m.start("names"), m.end("names"), "public", "publiek:lijst:benoemd"))
    return out + [Region(m.start("names"), m.end("names"), "public", "publiek:benoemd:commissie")
                  for rx in (_CREDENTIALS, _CREDENTIALS_LIST, _CREDENTIALS_SET)
                  for m in (rx.finditer(text) if "geloofsbrieven" in text else ())] \
        + (_examined(text) if "eloofsbrieven" in text.lower() else []) \
        + [Region(m.start("names"), m.end("names"), "public", "publiek:lijst:leden")
           for m in (_COUNCIL_QUESTIONS.finditer(text) if "aadsvragen" in text else ())]
