"""Offices that a clause gives a name: appointed, installed, sworn in or holding an office, said by the verb of
the sentence around the name rather than by a role word right beside it.

``offices(text, start, end, lex)`` returns the ``(kind, role, phrase)`` of the offices (``RoleLexicon.classify``:
"public" or "weak"; ``phrase`` the office as the clause says it, "lid van de Raad voor het openbaar bestuur") that
the clause around the mention ``text[start:end]`` gives it:

* after the name (``cues.INSTALLED``), also after a bracketed tag: "X wordt waarnemend Rijksvertegenwoordiger",
  "X is benoemd tot burgemeester", "Johan Remkes (voorzitter) is commissaris van de Koning", "W. (Wim) Kuijken (54)
  wordt …"; a body the name is admitted to ("toe te laten tot de raad"), joins ("kwam nieuw in de fractie en het
  Algemeen Bestuur", "is nieuw in de raad"), sits in ("Hij zat namens de fractie van de ChristenUnie in de
  gemeenteraad", also by a pronoun opening the next sentence) or leaves ("heeft per 1 augustus 2017 de Tweede Kamer
  verlaten") makes it a member (``lid``); a committee seat the name is installed in is the council's ("X wordt
  geïnstalleerd als ons ‘nieuwe’ commissielid": public, where "benoemd tot commissielid" stays weak; "benoemd tot
  commissielid, niet zijnde raadslid" is public, ``cues.NOT_BEING``);
* for every name of a coordination that such a clause follows: "Joan de Zwart-Bloch en Niek Meijer zijn …
  geïnstalleerd als burgemeester", "de heren J.F.J. Zuidgeest, F.J.M. Wilms en H. van Beers … aangesteld tot
  waarnemend burgemeester";
* the members of a governing body who "form" it, also as a coordination: "A, B en C vormen nu samen met dijkgraaf X
  het dagelijks bestuur van het hoogheemraadschap", "… vormen het nieuwe college" (not a "college van bestuur");
* after an event of the office, the office after the name: "de installatie van mevrouw Christa Hendriksen tot
  tijdelijk wethouder" (also past a residence: "Benoeming van de heer X uit Zuidwolde, gemeente De Wolden tot
  wethouder"); likewise after the verb of the body that appoints: "De raad koos X unaniem tot commissielid", also past a
  date, "benoemde op 6 juni X tot Kamerlid"; also for every name of a coordination after the event, a public office
  only, a plural naming its body as the singular would ("de benoeming van de heeren A, B en C tot leden van den Raad van
  State", "Benoemingen A en B tot Tweede Kamerlid"; not "tot leden van verdienste"); in a representative body's minutes,
  the member drawn to vote first ("X wordt door het lot aangewezen", "Primus is mevrouw X") and whoever takes the
  oath before the chair ("X legt in handen van de voorzitter de eed af");
* a decree's line that opens with the name, a public office only: "R. Tieman tot minister van Infrastructuur en
  Waterstaat;";
* in a royal decree's article, a public office only: "Drs. R.W. Knops met ingang van de datum van zijn beëdiging
  … te benoemen tot Minister", or in a council's decision, the office before the verb: "De heer X tot wethouder van
  de gemeente Oldambt te benoemen;", or one a body declared appointed, "de heer X, wonende te Stiens, tot lid van de
  Eerste Kamer … benoemd verklaard"; likewise a candidate a body recommends or nominates for it: "besloten X aan te
  bevelen als nieuwe dijkgraaf";
* the college a wethouder represents in a debate, who speaks: "Het college, vertegenwoordigd door mevrouw X, stelde …"
  (not a ruling's "vertegenwoordigd door mr. X, werkzaam bij de gemeente": the authorised official), or speaks for,
  "X antwoordde namens het college";
* the colleague of the office holders the paragraph just named by a plural public role (not "leden", "collega's"):
  "Twee Amersfoortse wethouders willen … blijven: A en B. Hun collega X wordt …" (never "zijn collega");
* the successor of an office holder the entry names by the office: "de heer A, 49 jaar, als opvolger van Statenlid
  B;" (a public office only);
* a motion or an amendment the name moves, "X (EVA) diende een motie in" (a member);
* the rest of the name's body after it, a plural public role: "Voorzitter Jan Anthonie Bruijn en de overige
  senatoren";
* the event and the office before the name, a public office only: "het opnieuw benoemen tot raadslid van dhr. X";
* the office holder an appointee stands in for, a public office only: "… te benoemen tot wethouder ter (tijdelijke)
  vervanging van de heer X";
* in a relative clause after the name, a public office only: "Cees van den Bos, die eerder burgemeester werd van
  Goes", "de heer Schuurbiers die vandaag geïnstalleerd wordt als wethouder", the office split by its verb: "Eline
  Vedder, die sinds 10 mei lid is geworden van de Tweede Kamer";
* the office the name (or a coordination of names) newly holds, by the copula, a public office only: "A, B, C en D
  zijn de nieuwe wethouders van Zeewolde";
* speaking for the executive, before or after the name: "Namens de vijf wethouders stelde X", "X antwoordde namens
  het college" (a college's member; not a school's "college van bestuur");
* the predecessor whom the sentence's subject succeeds in a public office: "De heer Bus volgt de heer Van Deursen op
  als lid van de raad";
* with the verb before the name, after an adverbial (inversion): "Vanaf 1 januari 2018 is Jan Helmond waarnemend
  Rijksvertegenwoordiger" (also a weak role of a representative body, with its ordinal: "Conform de Provinciewet is
  dhr. X eerste vicevoorzitter van Provinciale Staten"), "Op 1 april 2015 trad Reinier van Zutphen aan als nieuwe
  Nationale ombudsman", also for
  every name of a coordination: "Op 25 april namen Herman Gerritsen en Rob Benschop afscheid als wethouders" (a
  public office only: "Daarom is Piet Jansen voorzitter" stays with what the role words say).

* in the next sentence after the name, by a pronoun, a public office only: "… ingebracht door X. Zij werd in de
  raadsvergadering van 6 juli benoemd tot raadslid".

Guarantees: the office phrase must open with the role (``cues.opens_with``: "benoemd tot lid van de raad van
toezicht" is no council seat); a coordination counts only when its items are names, without a role word among
them. Limits: a pronoun is read only right after the sentence the name ends; an office in another sentence is not
read; coordinations of more than eight names are not followed.
"""

from __future__ import annotations

import re

from redact.detect import cues as cue
from redact.detect.cues import ACTING
from redact.detect.names import INITIALS, TITLES_RE, TV_ANY, UP
from redact.detect.roles import RoleLexicon

__all__ = ["offices"]

# (possessive: a failed coordination is given up at once, not re-split word by word; a call name in brackets may
# stand among the words: "mevrouw mr. W. (Winnie) Sorgdrager"; a party's tag after it: "X (Leefbaar Zeewolde)")
_NAME_ITEM = (rf"(?:{TITLES_RE})?+(?>{INITIALS}[ \t]?|(?:{TV_ANY})[ \t]+|{UP}[\w'’-]*+[ \t]*"
              # (a shared tag: "de heren D. Gorter en M. Vermooten (beide SenP) als commissieleden")
              rf"|\((?:(?:beide|beiden|allen)[ \t]+)?{UP}[\w'’-]*(?:[ \t]+{UP}[\w'’-]*){{0,2}}\)[ \t]*){{1,6}}+")
# the rest of a coordination after a name: ", B, C en D" (the last item joined by "en")
_CHAIN = re.compile(rf"(?:[ \t]*,[ \t]*{_NAME_ITEM}){{0,7}}+[ \t]*(?<![\w])en[ \t]+{_NAME_ITEM}")
# … and the items of a coordination before a name in it ("A, B en "; at most eight)
_ITEMS_BEFORE = rf"(?:{_NAME_ITEM}[ \t]*(?:,|(?<![\w])en(?![\w]))[ \t]*){{0,7}}+"
# the verb before the name: "… is Jan Helmond", "… trad Reinier van Zutphen"
_VERB_BEFORE = re.compile(rf"(?<![\w])(?:is|was|wordt|werd|blijft|bleef)[ \t]+(?:{TITLES_RE})?\Z")
# the verb of taking or leaving office before the name, also before a coordination the name is in: "… trad Reinier
# van Zutphen aan als …", "Op 25 april namen Herman Gerritsen en Rob Benschop afscheid als wethouders"
_VERB_FIRST = re.compile(rf"(?<![\w])(?P<verb>trad|treedt|traden|treden|nam|namen|neemt|nemen)[ \t]+"
                         rf"{_ITEMS_BEFORE}(?:{TITLES_RE})?\Z")
# (an ordinal before the office: "… eerste vicevoorzitter van Provinciale Staten")
_ROLE_AFTER = re.compile(rf"[ \t]+{ACTING}(?:(?:eerste|tweede)[ \t]+)?([^,;.()\n]{{2,50}})")
# the predecessor in an office the successor takes: "De heer Bus volgt de heer Van Deursen op als lid van de raad"
_FOLLOWS_BEFORE = re.compile(rf"(?<![\w])(?:volgt|volgen|volgde|volgden)[ \t]+(?:{TITLES_RE})?\Z")
_UP_AS = re.compile(rf"[ \t]+op[ \t]+als[ \t]+{ACTING}([^,;.()\n]{{2,50}})")
_TAG = re.compile(r"[ \t]*\([^()\n]{1,40}\)")
# an event of the office before the name, the office after it: "de installatie van mevrouw X tot tijdelijk wethouder",
# "de benoeming van Ebie Peeters, als jongste raadslid van Nederland"
# (also the verb as a noun: "Voorstel tot het benoemen van de heer R. Duijnker tot lid voor de raadscommissies")
# (a list of decisions may drop "van" before a title: "• Benoeming Dhr. Vermast als plaatsvervangend griffier")
_EVENT_BEFORE = re.compile(rf"(?i:installatie|benoeminge?n?|herbenoeming|beëdiging|voordracht|aanstelling|promotie|"
                           rf"het[ \t]+(?:her)?benoemen|het[ \t]+installeren|het[ \t]+beëdigen)[ \t]+"
                           rf"(?:van[ \t]+(?:{TITLES_RE})?|(?:{TITLES_RE}))\Z")
# … and the second of a pair: "de benoemingen van Dhr. A als plaatsvervangend griffier en Dhr. B als opvolgend raadslid"
_EVENT_PAIR = re.compile(rf"(?i:benoemingen|installaties|beëdigingen)[ \t]+van[ \t]+[^;:\n]{{2,80}}?[ \t]+(?:tot|als)"
                         rf"[ \t]+[^.;:\n]{{2,50}}?[ \t]+en[ \t]+(?:{TITLES_RE})?\Z")
# … and the later items of a coordination after the event, the office after the last: "kennisgeving van de benoeming
# van de heeren J. J. van Mulken, N. Trakanen en O. W. Stavenisse de Brauw tot leden van den Raad van State",
# a headline's "Benoemingen R. van der Velde en E. Ünver tot Tweede Kamerlid"
_EVENT_LIST_BEFORE = re.compile(rf"(?:(?i:benoemingen|installaties|beëdigingen)[ \t]+(?:(?i:van)[ \t]+)?|"
                                rf"(?i:installatie|benoeming|herbenoeming|beëdiging|voordracht|aanstelling)[ \t]+"
                                rf"(?i:van)[ \t]+)(?:(?i:de[ \t]+hee?ren|de[ \t]+dames)[ \t]+|{TITLES_RE})?"
                                rf"{_ITEMS_BEFORE}(?:{TITLES_RE})?\Z")
_TO_OFFICE = re.compile(rf"[ \t]*,?[ \t]+(?:tot|als)[ \t]+(?:(?:jongste|oudste|nieuwe?|opvolgende?|eerste|tweede|derde)"
                        rf"[ \t]+)?{ACTING}([^,;.()\n]{{2,50}}{cue.NOT_BEING})")
# (the residence between them: "Benoeming van de heer J.H. Lammers uit Zuidwolde, gemeente De Wolden tot wethouder")
_RESIDENCE = re.compile(r"[ \t]+(?:uit|te)[ \t]+[A-ZÀ-Þ][\w'’-]*(?:[ \t]+(?:op|aan|de|den|[A-ZÀ-Þ][\w'’-]*)){0,3}"
                        r"(?:[ \t]*,[ \t]*gemeente[ \t]+[^,;.()\n]{2,30}?(?=[ \t]+(?:tot|als)[ \t]))?")
# an age in brackets and a residence after a name ("Bastiaan Dijk (28) fan Burgum", Frisian)
_AGED = re.compile(r"[ \t]*\(\d{2}\)(?:[ \t]+(?:uit|te|fan|út)[ \t]+[A-ZÀ-Þ][\w'’-]*)?")
# the office holder whom an appointee stands in for: "… te benoemen tot wethouder ter (tijdelijke) vervanging van de
# heer X", "tot wethouder in tijdelijke vervanging wegens ziekte van de heer X" (a public office only)
_STANDS_IN_FOR = re.compile(rf"(?i:tot)[ \t]+{ACTING}(?P<office>[^,;.()\n]{{2,40}}?)[ \t]+(?i:ter|in)[ \t]+"
                            rf"(?:\(?(?i:tijdelijke)\)?[ \t]*)?(?i:vervanging)[ \t]+(?:(?i:wegens)[ \t]+[a-z]+[ \t]+)?"
                            rf"(?i:van)[ \t]+(?:{TITLES_RE})?\Z")
# the event and the office before the name: "het opnieuw benoemen tot raadslid van dhr. X", "de installatie tot
# wethouder van mevrouw X" (a public office only)
_EVENT_TO_BEFORE = re.compile(rf"(?i:benoeming|benoemen|installatie|installeren|beëdiging|beëdigen)[ \t]+(?i:tot|als)"
                              rf"[ \t]+{ACTING}(?P<office>[^,;.()\n]{{2,40}}?)[ \t]+(?i:van)[ \t]+(?:{TITLES_RE})?\Z")
# a body that appoints the name, the office after it: "De raad koos X unaniem tot commissielid", "benoemde op 6 juni X"
_APPOINTED_BEFORE = re.compile(rf"(?<![\w])(?:koos|kozen|kiest|verkoos|benoemde|benoemden|benoemt|installeerde|"
                               rf"installeerden|beëdigde|beëdigden)[ \t]+(?:(?:op|per)[ \t]+\d{{1,2}}[ \t]+[a-z]+[ \t]+"
                               rf"(?:\d{{4}}[ \t]+)?)?(?:{TITLES_RE})?\Z")
_TO_OFFICE_AFTER = re.compile(r"(?:[ \t]+(?:unaniem|opnieuw|officieel|vandaag|gisteren|"
                              r"met[ \t]+algemene[ \t]+stemmen))*" + _TO_OFFICE.pattern)
# a member drawn to vote first, a formula of council minutes: "Mevr. van der Meulen wordt door het lot aangewezen",
# "De naam van mevrouw Hoek is getrokken. Stemming en beraadslaging begint bij de VVD."
# "Primus is mevrouw Wouters (ESA).", "De heer Jansen is primus."
_BY_LOT = re.compile(r"[ \t]+(?:wordt|werd)[ \t]+door[ \t]+het[ \t]+lot[ \t]+aangewezen|"
                     r"[ \t]+(?:is|wordt|werd)[ \t]+getrokken(?=[ \t]*\.[ \t]*(?:De[ \t]+)?[Ss]temming)|"
                     r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]+(?:is|wordt|werd|was)[ \t]+(?:de[ \t]+)?primus(?![\w])")
_PRIMUS_BEFORE = re.compile(r"(?<![\w])(?i:primus)[ \t]+(?:is|wordt|werd|was)[ \t]+"
                            r"(?:(?i:de[ \t]+heer|mevrouw|mevr\.|mw\.|dhr\.)[ \t]+)?\Z")
# in a body's minutes, who takes the oath before its chair takes office there (a member, a wethouder, a secretaris):
# "De heer Pesten komt ter vergadering en legt in handen van de Voorzitter de eed van zuivering … af"
_SWORN = re.compile(r"[ \t]+(?:(?:komt|komen)[ \t]+[^.;:\n]{0,40}?[ \t]+en[ \t]+)?(?:legt|legde|leggen|legden)[ \t]+"
                    r"(?:in[ \t]+handen[ \t]+van[ \t]+de[ \t]+(?i:(?:raads|staten)?voorzitter)[ \t]+)?(?:de|het)[ \t]+"
                    r"(?:(?:wettelijk[ \t]+)?(?:voorgeschreven|vereiste)[ \t]+)?"
                    r"(?:eed|eden|belofte|beloften|gelofte)\b"
                    # the Kamer's formula: "De heer X is in het gebouw der Kamer aanwezig teneinde de voorgeschreven
                    # eden af te leggen"
                    r"|[ \t]+is[ \t]+in[ \t]+het[ \t]+gebouw[ \t]+der[ \t]+Kamer[ \t]+aanwezig[ \t]*,?[ \t]+"
                    r"(?:teneinde|om)[ \t]+de[ \t]+(?:voorgeschreven[ \t]+)?(?:eed|eden|belofte|beloften)\b")
# elected by preference votes, to a council, the States or a Kamer: "Bij het CDA is de heer X uit Wateringen met
# voorkeurstemmen gekozen", "X werd door middel van voorkeurstemmen gekozen"
_BY_PREFERENCE = re.compile(r"[ \t]+(?:uit[ \t]+[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+)?[ \t]+)?"
                            r"(?:(?:is|werd|wordt|zijn|werden)[ \t]+)?(?:met|door|op|via)[ \t]+"
                            r"(?:(?:middel|grond)[ \t]+van[ \t]+)?(?:[a-z]+[ \t]+)?voorkeurstemmen[ \t]+"
                            r"(?:(?:is|zijn)[ \t]+)?(?:gekozen|verkozen)(?![\w])")
# joining an elected body: "Albert X (Amersfoort) kwam nieuw in de fractie en het Algemeen Bestuur", "Y komt in de
# raad", "Sander X kwam in de gemeenteraad van Zeist" (not "in de raad van bestuur"); or leaving it, "Z heeft per 1
# augustus 2017 de Tweede Kamer verlaten", "Z verliet in 2019 de raad"
_ELECTED_BODY = (r"(?i:de[ \t]+gemeenteraad(?![\w-])|(?:de[ \t]+raad|provinciale[ \t]+staten|de[ \t]+staten|het[ \t]+"
                 r"algemeen[ \t]+bestuur)(?![\w-])(?![ \t]+van[ \t])|de[ \t]+(?:tweede|eerste)[ \t]+kamer(?![\w-]))")
_COLLEGE = r"het[ \t]+college(?![ \t]+van[ \t]+bestuur)"  # B&W's (not a school's or a company's board)
_SINCE_DATE = r"(?:(?:per|op|in|sinds|met[ \t]+ingang[ \t]+van)[ \t]+(?:\d{1,2}[ \t]+[a-z]+[ \t]+)?\d{4}[ \t]+)?"
_JOINS_BODY = re.compile(r"(?:[ \t]*\([^()\n]{1,30}\))?(?:[ \t]+|(?=,))(?:(?:kwam|komt|kwamen|komen|is|zijn)[ \t]+"
                         # "X is nieuw in de raad voor de SGP" (not "X is in de raad"), "X kwam in 2007 in de raad"
                         rf"{_SINCE_DATE}(?:(?:nieuw|opnieuw|weer)[ \t]+)?(?<!is )(?<!zijn )in[ \t]+"
                         r"(?:de[ \t]+fractie[ \t]+en[ \t]+)?"
                         rf"{_ELECTED_BODY}|(?:heeft|had)[ \t]+{_SINCE_DATE}{_ELECTED_BODY}[ \t]+verlaten(?![\w])|"
                         rf"(?:verliet|verlaat)[ \t]+{_SINCE_DATE}{_ELECTED_BODY}|"
                         # "Hij zat namens de fractie van de ChristenUnie in de gemeenteraad van Delfzijl"
                         r"(?:zat|zit|zaten|zitten)[ \t]+(?:[^.;:\n]{1,60}?[ \t]+)?in[ \t]+(?i:de[ \t]+gemeenteraad|"
                         rf"provinciale[ \t]+staten|de[ \t]+(?:tweede|eerste)[ \t]+kamer|{_COLLEGE})(?![\w-])|"
                         # "Bert van Dijk, die partijloos in het college zat", "neemt Frank van Raak in het college
                         # plaats"
                         rf",[ \t]*die[ \t]+(?:[^.;:,\n]{{1,40}}?[ \t]+)?in[ \t]+{_COLLEGE}[ \t]+"
                         r"(?:zat|zit|zitting[ \t]+had)\b|"
                         rf"in[ \t]+{_COLLEGE}[ \t]+plaats(?![\w-])|"
                         # "zal Wietse X de vrij gekomen raadszetel innemen" (a seat of an elected body)
                         r"de[ \t]+(?:[a-z]+[ \t]+){0,2}(?:raads|staten|kamer)zetel[ \t]+(?:innemen|inneemt|innam)\b)")
# the members of a governing body named as one group: "A, B en C vormen nu samen met dijkgraaf X het dagelijks bestuur
# van het hoogheemraadschap", "… vormen het nieuwe college van B en W" (not a school's "college van bestuur")
_FORM_BODY = re.compile(
    r"[ \t]+(?:vormen|vormden|vormt|vormde)[ \t]+(?:(?:nu|voortaan|straks|samen)[ \t]+)*"
    r"(?:met[ \t]+[^.;:\n]{1,80}?[ \t]+)?(?:het|de)[ \t]+(?:nieuwe[ \t]+)?"
    r"(?:college(?![ \t]+van[ \t]+bestuur)(?![\w-])|dagelijks[ \t]+bestuur[ \t]+van[ \t]+(?:het|de)[ \t]+"
    r"(?:hoogheemraadschap|waterschap|wetterskip|provincie|gemeente|veiligheidsregio))"
    # "zal Rinus X deel uit gaan maken van het college van Gedeputeerde Staten", "A en B maken deel uit van het
    # college", or of an elected body: "A, B en C maken voor het CDA nu officieel deel uit van Provinciale Staten"
    r"|[ \t]+(?:(?:maakt|maken|maakte|maakten)(?:[ \t]+(?:voor|namens)[ \t]+(?:de[ \t]+|het[ \t]+)?[A-Z][\w'’-]*)?"
    r"(?:[ \t]+(?:nu|voortaan|straks|officieel|weer|opnieuw))*[ \t]+)?"
    r"deel[ \t]+(?:uit[ \t]+(?:gaan[ \t]+|te[ \t]+)?maken|uitmaken|uit)[ \t]+van[ \t]+"
    r"(?:(?:het|de)[ \t]+(?:nieuwe[ \t]+)?college(?![ \t]+van[ \t]+bestuur)|Provinciale[ \t]+Staten|"
    r"de[ \t]+(?:nieuwe[ \t]+)?(?:gemeenteraad|raad|Tweede[ \t]+Kamer|Eerste[ \t]+Kamer|Staten)(?![ \t]+van))(?![\w-])")
_ROLE_AS = re.compile(rf"[ \t]+(aan|afscheid)[ \t]+als[ \t]+{ACTING}([^,;.()\n]{{2,50}})")
# a relative clause that gives the office, its verb last: "Cees van den Bos, die eerder burgemeester werd van Goes",
# "Rob van Reijswoud, die per dezelfde datum gemeentesecretaris van Enkhuizen wordt"
# a royal decree's article, the appointed name first and the office after an adverbial of lower-case words: "Drs.
# R.W. Knops met ingang van de datum van zijn beëdiging … te benoemen tot Minister" (a public office only)
# (a coordination's last item may have taken the "te": "A en dhr. B te benoemen tot …"); likewise the body that
# recommends or nominates a candidate for the Crown's appointment: "besloten X aan te bevelen als nieuwe dijkgraaf"
_DECREED = re.compile(r"(?:[ \t]+[a-z0-9][^\s.;:,()]*){0,30}?(?:(?:[ \t]+te|(?<=[ \t]te))[ \t]+benoemen[ \t]+tot"
                      r"|[ \t]+(?:aan[ \t]+te[ \t]+bevelen|voor[ \t]+te[ \t]+dragen)[ \t]+(?:als|tot))[ \t]+"
                      rf"{ACTING}([^,;.()\n]{{2,50}})")
# … or the office before the verb, as a council's decision words it: "De heer G. (Gert) X tot wethouder van de gemeente
# Oldambt te benoemen;"
# (or declared appointed, past a residence: "heeft de Kiesraad de heer X, wonende te Stiens, tot lid van de Eerste
# Kamer voor de OSF benoemd verklaard")
_TO_APPOINT = re.compile(rf"(?:[ \t]*,[ \t]+wonende[ \t]+te[ \t]+[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*)?[ \t]*,)?"
                         rf"[ \t]+tot[ \t]+{ACTING}([^,;.()\n]{{2,80}}?)[ \t]+(?:te[ \t]+benoemen|"
                         rf"(?:benoemd|gekozen)[ \t]+verklaard)(?![\w])")
# the successor of an office holder named by the office, in the name's own entry: "de heer A.G. (Tom) X, 49 jaar en
# woonachtig in Sittard, als opvolger van Statenlid Schilders;" (a public office only)
_SUCCEEDS = re.compile(r"[^;:\n]{0,90}?[ \t]+als[ \t]+opvolger[ \t]+van[ \t]+(?:de[ \t]+|het[ \t]+)?"
                       r"([a-zA-Zà-ÿ-]+)(?=[ \t]+[A-ZÀ-Þ])")
# (also between dashes, with a number's decimal comma: "Andrea X - die voor 0,7 fte wethouder wordt -")
_WHO = re.compile(r"[ \t]*(?:,|[ \t][-–—])[ \t]+die[ \t]+((?:[^,;.()\n]|(?<=\d)[,.](?=\d)){2,60}?)[ \t]+"
                  r"(?:is|was|wordt|werd|blijft|bleef)(?![\w])")

# … or the office split by the verb of becoming it: "Ze volgt Eline Vedder op, die sinds 10 mei lid is geworden van de
# Tweede Kamer" (not "X, die al lid was van de raad": of which council, the sentence does not say)
_WHO_BECAME = re.compile(r"(?:[ \t]+(?:op|af|aan))?[ \t]*,[ \t]+die[ \t]+(?:[\w]+[ \t]+){0,4}?([a-z][\w-]+)[ \t]+"
                         r"(?:(?:is|was)[ \t]+geworden|werd|wordt)[ \t]+(van[ \t]+[^,;.()\n]{2,50})")
# … or a relative clause of taking the office, the office after the verb: "de heer Schuurbiers die vandaag
# geïnstalleerd wordt als wethouder", "X, die op 1 mei is benoemd tot burgemeester", "volgt X op die benoemd is tot …"
_WHO_TAKES = re.compile(r"(?:[ \t]+(?:op|af|aan))?[ \t]*,?[ \t]+die[ \t]+(?:[\w]+[ \t]+){0,4}?"
                        r"(?:(?:is|wordt|werd|zal[ \t]+worden)[ \t]+)?"
                        r"(?:geïnstalleerd|benoemd|beëdigd|gekozen|herkozen|aangesteld)"
                        r"(?:[ \t]+(?:is|wordt|werd|zal[ \t]+worden))?[ \t]+(?:als|tot)[ \t]+"
                        rf"{ACTING}([^,;.()\n]{{2,50}})")

_Office = tuple[str, str, str]


# a decree's line that names the appointed and the office, after a heading "… benoemd:": "R. Tieman tot minister van
# Infrastructuur en Waterstaat;" (the name opens its line; a public office only)
_LINE_TO_OFFICE = re.compile(rf"[ \t]+tot[ \t]+{ACTING}([^;.()\n]{{2,80}}?)[ \t]*[;.]?[ \t]*(?:\n|\Z)")
# moving a motion or an amendment, which only a member of the body can: "Adrie X (Echt voor Ambacht, EVA) diende een
# motie in", "A en B dienden namens de VVD een amendement in"
_MOVES_MOTION = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+(?:diende|dient|dienden|dienen)[ \t]+"
                           r"(?:(?:namens|mede[ \t]+namens|samen[ \t]+met)[ \t]+[^.;:\n]{1,60}?[ \t]+)?"
                           r"(?:een|de|twee|drie|hun|zijn|haar)[ \t]+(?:[a-z]+[ \t]+)?(?:motie|moties|amendement|"
                           r"amendementen)(?:[ \t]+vreemd[ \t]+aan[ \t]+de[ \t]+orde(?:[ \t]+van[ \t]+de[ \t]+dag)?)?"
                           r"[ \t]+in(?![\w])")
# who speaks for the executive: "Namens de vijf wethouders stelde Lavinja Sleeuwenhoek", "X antwoordde namens het
# college" (a college's member; not "het college van bestuur" of a school, not an association's "dagelijks bestuur")
_FOR_COLLEGE = (rf"(?i:namens)[ \t]+(?:{_COLLEGE}|de[ \t]+(?:\w+[ \t]+)?wethouders|"
                r"(?:het[ \t]+college[ \t]+van[ \t]+)?(?i:gedeputeerde[ \t]+staten)|GS|B[ \t]*&[ \t]*W)")
_SAYS = (r"(?:stelde|stelt|antwoordde|antwoordt|zei|zegt|reageerde|reageert|verklaarde|verklaart|sprak|spreekt|liet|"
         r"laat|meldde|meldt|benadrukte|benadrukt|zegde)")
_FOR_COLLEGE_BEFORE = re.compile(rf"(?<![\w]){_FOR_COLLEGE}[ \t]+{_SAYS}[ \t]+(?:{TITLES_RE})?\Z")
# the college represented in a debate by the name, who speaks: "Het college, vertegenwoordigd door mevrouw X, stelde …"
# (not a ruling's "het college …, vertegenwoordigd door mr. X, werkzaam bij de gemeente": its authorised official)
_REPRESENTED_BEFORE = re.compile(rf"(?<![\w])(?i:het)[ \t]+college[ \t]*,[ \t]+vertegenwoordigd[ \t]+door[ \t]+"
                                 rf"(?:{TITLES_RE})?\Z")
_SAYS_AFTER = re.compile(rf"[ \t]*,[ \t]+{_SAYS}(?![\w])")
_FOR_COLLEGE_AFTER = re.compile(rf"[ \t]+{_SAYS}[ \t]+(?:\w+[ \t]+){{0,2}}?{_FOR_COLLEGE}(?![\w])")
# the office the name newly holds, by the copula: "Winnie Prins, Helmut Hermans, Ernst Bron en Erik van de Beld zijn de
# nieuwe wethouders van Zeewolde" (a public office only; not "X was …", a biography's earlier post)
_IS_NEW = re.compile(r"[ \t]+(?:is|zijn|wordt|worden)[ \t]+(?:(?:de|het)[ \t]+(?:nieuwe|kersverse|beoogde)[ \t]+"
                     # … or a wethouder's rank as the mayor's deputy: "de heer X is 4e loco burgemeester"
                     r"|(?:de[ \t]+)?(?:\d\d?e|eerste|tweede|derde|vierde|vijfde)[ \t]+(?=loco))([^,;.()\n]{2,50})")
# the rest of the name's body after it: "Voorzitter Jan Anthonie Bruijn en de overige senatoren werden ontvangen",
# "X en de andere wethouders" (a plural role; not "leden" or "collega's", which name a club's members too)
_AND_OTHERS = re.compile(r"[ \t]+en[ \t]+(?:de|alle)[ \t]+(?:overige|andere)[ \t]+(?!leden(?![\w'’-])|collega)"
                         r"([a-zà-ÿ][\w'’-]+)(?![\w'’-])")
# the name ends its sentence and the next one opens with a pronoun before the clause: "… ingebracht door X. Zij werd in
# de raadsvergadering van 6 juli benoemd tot raadslid"
_PRONOUN_NEXT = re.compile(r"\.[ \t]+(?:Zij|Hij|Ze)(?=[ \t]+(?:is|werd|wordt|zijn|werden|worden|zat|zit)[ \t])")
# "zowel A als B": the "als" joins two people and names no office
_BOTH = re.compile(r"(?<!\w)(?i:zowel)(?!\w)(?:[^.;:\n]|(?<=[A-Z])\.)*\Z")
# the council's act that seats a member of its committees: "X wordt geïnstalleerd als commissielid" (an advisory
# committee "benoemt" its members)
_INSTALLS = re.compile(r"(?i)geïnstalleerd|te[ \t]+installeren|ynstallearre")
# the members of another body called a college: "als collegeleden van het … ingestelde college ATR" (an advisory or
# supervisory college; not the college of B&W or of GS)
_OTHER_COLLEGE = re.compile(r"(?i)^collegele(?:den|d)[ \t]+van[ \t]+"
                            r"(?!.*(?:burgemeester|gedeputeerde|b[ \t]*[&e]n?[ \t]*w\b|\bgs\b)).*\bcollege\b")


def _installed(text: str, end: int, lex: RoleLexicon) -> list[_Office]:
    """The office of an ``INSTALLED`` clause right after ``end`` (maybe after an age and a residence, "X (28) fan
    Burgum is … beëdige as kommisjelid"), or membership of the body admitted to."""
    i = cue.INSTALLED.match(text, end) or ((a := _AGED.match(text, end)) and cue.INSTALLED.match(text, a.end()))
    if i is None or (i[0].split()[0] in ("als", "is") and _BOTH.search(text[max(0, end - 80):end])):
        return []  # "Zowel de bedrijfscontactambtenaar J.J. van Beek als wethouder P. Spitteler": the next person
    office = cue.office_of(i)
    for part in (office, *office.split("/")[1:]):  # "algemeen directeur/gemeentesecretaris": either title
        kind = lex.classify(part)
        if kind is not None and kind[0] in ("public", "weak") and cue.opens_with(part, kind[1]) \
                and not _OTHER_COLLEGE.match(part + text[i.end():i.end() + 60].split(".")[0]):
            if kind == ("weak", "commissielid") and _INSTALLS.search(i[0]):
                return [("public", *kind[1:], part.strip())]  # the council installs its committees' members
            return [(*kind, part.strip())]
    if (a := cue.ADMITTED.search(i[0])) and lex.body is not None and lex.body.fullmatch(a[1]):
        return [("public", "lid", "lid")]
    return []


def _governing(text: str, end: int) -> list[_Office]:
    """Membership of a governing body that the names "form" (``_FORM_BODY``) right after ``end``."""
    return [("public", "bestuurslid", "lid van het bestuur")] if _FORM_BODY.match(text, end) else []


def _public_office(phrase: str, lex: RoleLexicon) -> list[_Office]:
    """A public office ``phrase`` opens with, or a weak role of a representative body ("vicevoorzitter van
    Provinciale Staten", ``cues.OF_HOUSE``)."""
    kind = lex.classify(phrase)
    if kind is None or not cue.opens_with(phrase, kind[1]):
        return []
    p = phrase.strip()
    if kind[0] == "weak" and p.lower().startswith(kind[1]) and cue.OF_HOUSE.match(p, len(kind[1])):
        return [("public", kind[1], p)]
    return [(*kind, p)] if kind[0] == "public" else []


_MEMBERS = re.compile(r"(?:college|bestuurs|commissie)?leden")  # members of a body the phrase must name


def _list_office(phrase: str, lex: RoleLexicon) -> list[_Office]:
    """The public office a coordination of names is appointed to ("tot Tweede Kamerlid", "tot wethouders van Zeist",
    the old article too: "tot leden van den Raad van State"); bare members ("leden", "collegeleden") only of a
    representative body ("tot leden van de gemeenteraad"), not of a body of another kind ("als collegeleden van het
    college ATR") nor as an honour ("tot leden van verdienste")."""
    p = re.sub(r"(?i)(?<![\w])(van|voor)[ \t]+den(?![\w])", r"\1 de", phrase.strip())
    found = _public_office(p, lex)
    if not found or not _MEMBERS.fullmatch(found[0][1]):
        return found
    rest = p[len(found[0][1]):]
    return found if cue.OF_HOUSE.match(rest) or (
        lex.body is not None and (o := re.match(r"[ \t]+van[ \t]+(?:de[ \t]+|het[ \t]+)?", rest))
        and lex.body.match(rest, o.end())) else []


def _has_role(phrase: str, lex: RoleLexicon) -> bool:
    return any(rx is not None and rx.search(phrase) for rx in (lex.role, lex.weak, lex.plural, lex.private))


def _chain_end(text: str, end: int, lex: RoleLexicon) -> int | None:
    """The end of the coordination of names after the name ending at ``end`` (``_CHAIN``, no role word among its
    items), or None."""
    if " en " not in text[end:end + 400] or not (chain := _CHAIN.match(text, end)) or _has_role(chain.group(), lex):
        return None
    return end + len(chain.group().rstrip(" \t"))


def offices(text: str, start: int, end: int, lex: RoleLexicon, *, body: bool = False) -> list[_Office]:
    """The offices the clause around ``text[start:end]`` gives the name (see the module docstring); ``body``: the
    text is a representative body's minutes."""
    if body and (_BY_LOT.match(text, end) or _PRIMUS_BEFORE.search(text, max(0, start - 40), start)):
        return [("public", "lid", "lid")]
    last = _chain_end(text, end, lex)
    if body and (_SWORN.match(text, end) or (last is not None and _SWORN.match(text, last))):
        return [("public", "beëdigd", "beëdigd")]  # also "De heren Brokking en Van Helden leggen de belofte af"
    if _BY_PREFERENCE.match(text, end):
        return [("public", "gekozen", "gekozen")]
    if _JOINS_BODY.match(text, end) or _MOVES_MOTION.match(text, end) or (
            last is not None and _MOVES_MOTION.match(text, last)):
        return [("public", "lid", "lid")]
    found = _installed(text, end, lex) or _governing(text, end)
    # "… door X. Zij werd … benoemd tot raadslid", "… gekomen A en B. Zij zijn … geïnstalleerd als raadslid"
    if not found and (p := _PRONOUN_NEXT.match(text, end if last is None else last)):
        found = [o for o in _installed(text, p.end(), lex) if o[0] == "public"] or (
            [("public", "lid", "lid")] if _JOINS_BODY.match(text, p.end()) else [])
    if not found and (tag := _TAG.match(text, end)):
        found = _installed(text, tag.end(), lex)  # "Johan Remkes (voorzitter) is commissaris van de Koning"
    if not found and last is not None:
        found = _installed(text, last, lex) or _governing(text, last)
    before = text[max(0, start - 40):start]
    if not found and _VERB_BEFORE.search(before) and (r := _ROLE_AFTER.match(text, end)):
        found = _public_office(r.group(1), lex)
    if not found and (r := _UP_AS.match(text, end)) and _FOLLOWS_BEFORE.search(before):
        found = _public_office(r.group(1), lex)  # "volgt de heer Van Deursen op als lid van de raad"
    # (the verb is looked for only where its particle and office follow: a search back for every name costs)
    if not found and (r := _ROLE_AS.match(text, end if last is None else last)) \
            and (v := _VERB_FIRST.search(text, max(0, start - 300), start)) \
            and r.group(1) == ("aan" if v["verb"].startswith("tr") else "afscheid"):
        found = _public_office(r.group(2), lex)
    if not found and (((_EVENT_BEFORE.search(before) or (" en " in before and _EVENT_PAIR.search(
            text, max(0, start - 160), start)))
             and (r := _TO_OFFICE.match(text, (p.end() if (p := _RESIDENCE.match(text, end)) else end))))
                      or (_APPOINTED_BEFORE.search(before) and (r := _TO_OFFICE_AFTER.match(text, end)))) \
            and (kind := lex.classify(office := r.group(1))) and kind[0] in ("public", "weak") \
            and cue.opens_with(office, kind[1]):
        found = [(*kind, office.strip())]
    if not found and (r := _TO_OFFICE.match(text, end if last is None else last)) \
            and _EVENT_LIST_BEFORE.search(text, max(0, start - 200), start):
        found = _list_office(r.group(1), lex)
    if not found and ((r := _DECREED.match(text, end)) or (last is not None and (r := _DECREED.match(text, last)))
                      or (r := _TO_APPOINT.match(text, end))):
        found = _public_office(r.group(1), lex)  # (also "Dhr. A en dhr. B te benoemen tot wethouder")
    if not found and (_FOR_COLLEGE_AFTER.match(text, end) or _FOR_COLLEGE_BEFORE.search(before) or (
            _SAYS_AFTER.match(text, end) and _REPRESENTED_BEFORE.search(text, max(0, start - 70), start))):
        found = [("public", "bestuurder", "namens het college")]
    if not found and (r := _IS_NEW.match(text, end if last is None else last)):
        found = _public_office(r.group(1), lex)
    if not found and "opvolger" in text[end:end + 130] and (r := _SUCCEEDS.match(text, end)):
        found = _public_office(r.group(1), lex)
    if not found and (start == 0 or text[start - 1] == "\n") and (r := _LINE_TO_OFFICE.match(text, end)):
        found = _public_office(r.group(1), lex)
    if not found and (r := _AND_OTHERS.match(text, end)) and lex.plural is not None and lex.plural.fullmatch(r[1]):
        found = _public_office(r.group(1), lex)
    if not found and (w := _WHO.match(text, end)):
        words = w.group(1).split()
        found = next((o for k in range(len(words)) if (o := _public_office(" ".join(words[k:]), lex))
                      and _office_only(o[0][2], o[0][1])), [])
    if not found and "die " in text[end:end + 11] and (w := _WHO_TAKES.match(text, end)):
        found = _public_office(w.group(1), lex)
    if not found and "die " in text[end:end + 11] and (w := _WHO_BECAME.match(text, end)):
        found = _public_office(f"{w.group(1)} {w.group(2)}", lex)
    if not found and (r := _EVENT_TO_BEFORE.search(text, max(0, start - 90), start)):
        found = _public_office(r.group("office"), lex)
    if not found and "vervanging" in text[max(0, start - 120):start] \
            and (r := _STANDS_IN_FOR.search(text, max(0, start - 120), start)):
        found = _public_office(r.group("office"), lex)
    if not found and (c := _COLLEAGUE.search(before)):
        found = _colleague_of(text, start - len(before) + c.start(), lex)
    return found


# a colleague of the office holders the sentence before names: "Twee wethouders willen blijven: A en B. Hun collega X …"
# (never "zijn collega": his may be anyone's, "A is achttien jaar bij de brandweer geweest, evenals zijn collega X")
_COLLEAGUE = re.compile(r"(?<![\w])[Hh]un[ \t]+collega[ \t]+\Z")
_ANY_MEMBERS = frozenset({"leden", "de leden", "collega's", "collega’s"})  # (a club's members, anyone's colleagues)


def _colleague_of(text: str, pos: int, lex: RoleLexicon) -> list[_Office]:
    """The public office of the plural role the paragraph names last within 250 characters before ``pos``."""
    lo = max(0, pos - 250, text.rfind("\n\n", 0, pos))
    roles = lex.plural.finditer(text, lo, pos) if lex.plural is not None else ()
    last = max(roles, key=lambda m: m.end(), default=None)
    kind = lex.classify(last.group()) if last is not None else None
    return [(*kind, kind[1])] if kind is not None and kind[0] == "public" and kind[1] not in _ANY_MEMBERS else []


def _office_only(phrase: str, role: str) -> bool:
    """True when ``phrase`` is the office ``role`` with at most its portfolio ("gemeentesecretaris van Enkhuizen"),
    not a role inside a longer predicate ("die de burgemeester belde en boos werd")."""
    return re.fullmatch(rf"(?:\w+-)?{re.escape(role)}{cue.PORTFOLIO}?", phrase, re.IGNORECASE) is not None
