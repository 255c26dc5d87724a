"""Signature blocks: who signs a document for a governing body or a minister, and in what capacity.

``signatures(text, lex)`` gives the regions of

* the signature block of a governing body ("Gedeputeerde Staten van Overijssel,\n voorzitter,\n A.P. Heidema\n
  secretaris,\n N. Versteeg"; "burgemeester en wethouders van …"): its office holders, public;
* a minister's own signature in an old record, the name in capitals on the line under the office ("De Minister van
  Financiën.\nVAN DE KIEFT."): public;
* the official who signs for a governing body by mandate ("Namens het college van burgemeester en wethouders
  van Amsterdam,\n Iris van Scheppingen\n Directeur Verkeer"; "…,\n namens deze,") or for a minister ("De
  Minister van Landbouw, Natuur en Voedselkwaliteit,\n namens deze,\n mr. J.F.L. Roording\n Divisiehoofd …",
  and "i.o." who signs by order): the first name line and the function under it, a left redaction code and
  titles skipped, or else the block up to the notice of appeal;

``court_bench(text)``: the bench and the griffier who sign a court's ruling or the Raad van State's ("Deze
uitspraak is gedaan door mr. X, voorzitter, en mr. Y en mr. Z, leden, in aanwezigheid van mr. W, griffier"; "Aldus
vastgesteld door …"): public (the realtext convention: rulings are pronounced in public and name them, Grondwet
art. 121; it is the parties that are anonymised);

``recommended(text)``: in the Hoge Raad's list of recommendation for a seat on the court ("LIJST van aanbeveling van
zes candidaten, …"), each numbered candidate named in a judicial office ("3°. J. A. M. Bichon van IJsselmonde,
vice-president der arrondissements-regtbank te Rotterdam"; not one named only as "advocaat" or "hoogleraar"), the
raadsheer whose seat fell vacant and the court's president and griffier who sign it ("DE SAVORNIN LOHMAN,
President."): public (the court's own publication, like a ruling);

``committee_signers(text)``: the members who sign a parliamentary committee's report in capitals under "Aldus
vastgesteld 16 juni 1959." (public), or in ordinary case in the Kamer's papers ("Vastgesteld, 28 augustus 1975.\n
W. Scholten\nWorrell Waltmans"; also one a line with a comma, "Terwindt (voorzitter),\nReijnen (plv.),"; "Aldus
vastgesteld door de Commissie van Rapporteurs, den 20sten November 1873. SANDBERG."), and the members present at the
sections' examination of a bill ("Bij dat onderzoek waren tegenwoordig de heeren A, B, … en Z.");

``amendment_signers(text)``: the members who sign an amendment, a motion or a proposal in capitals under its text,
after "Ondergetekenden hebben de eer … voor te stellen" (before 1947 "ondergeteekenden"; public);

``monarch(text)``: the King or Queen who opens a royal decree or an Act ("Wij Juliana, bij de gratie Gods,
Koningin der Nederlanden") and signs it under the date ("Soestdijk, 28 november 1963.\n JULIANA."): every mention
of that name alone, public;

``decision_signer(text, genre, lex)``: in a Woo decision, the block under the first closing ("Met
vriendelijke groet,\n\n Natascha Erkelens – Boering\n Teammanager …").

A signer by mandate stands as the rules' ``mandate_signers`` says (``public-officials.yaml``): public
(``publiek:ondertekening``), uncertain (``publiek:zwak:mandaat``: proposed, "twijfel" for the reviewer; the
default) or private (no region). Guarantees: pure functions of the text; a region never passes a page break
of the block it is cut from, nor the notice of appeal, attachments or copies after a decision's signature.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from redact.detect import cues as cue
from redact.detect.attendance import Region
from redact.detect.names import LONG_INITIALS, up_to_full_stop
from redact.detect.roles import RoleLexicon

__all__ = ["NAME_LINE", "amendment_signers", "committee_signers", "court_bench", "decision_signer", "monarch",
           "recommended", "signatures"]

# a line holding a name (or a short capitalised phrase) alone
NAME_LINE = re.compile(r"[ \t]*(?:[A-ZÀ-Þ][\w.'’ -]{1,50}|[A-ZÀ-Þ][\w'’-]+)[ \t]*\n")


# the formula that closes a ruling, up to its griffier: "Deze uitspraak is gedaan door mr. M. Zoethout, voorzitter,
# en mr. M.G.L. de Vette en mr. J.J. Turenhout, leden, in aanwezigheid van mr. N.S.J. Letschert, griffier."
# (also "Deze beslissing is gegeven door mrs. A, B en C, rechters, in tegenwoordigheid van mr. D als griffier", "Aldus
# gegeven door mr. A als voorzitter en mr. B en mr. C als leden, …")
# (the Hoge Raad's: "Dit arrest is op 17 januari 1996 vastgesteld door de vice-president X als voorzitter, en de
# raadsheren A, B en C, in tegenwoordigheid van de waarnemend griffier Y")
_BENCH = re.compile(r"(?:(?i:deze|dit|de)[ \t]+(?i:uitspraak|vonnis|beschikking|beslissing|arrest)[ \t]+is[ \t]+"
                    r"(?:op[ \t]+\d{1,2}[ \t]+[a-z]+[ \t]+\d{4}[ \t]+)?(?:gedaan|gewezen|gegeven|vastgesteld)"
                    r"|(?i:aldus)[ \t]+(?:vastgesteld|gedaan|gewezen|gegeven))"
                    r"(?:[ \t]+te[ \t]+[A-Z][\w'’-]*)?[ \t]+door"  # "Deze beschikking is gegeven te Almelo door"
                    # (a line may break inside it: "mr R.R. Winter, fungerend president,\nin aanwezigheid van …")
                    r"(?P<names>(?:[^;\n]|\n(?![ \t]*\n)){5,400}?(?:in[ \t]+(?:aanwezigheid|tegenwoordigheid)[ \t]+van"
                    r"(?:[^;\n]|\n(?![ \t]*\n)){3,80}?"
                    r"(?:[ \t]*,[ \t]*|[ \t]+als[ \t]+|[ \t]+)griffier|"
                    # (or one judge's full stop, not a title's or an initial's: "mrs. Van den Berg en Van Ginneken,
                    # rechters", "mrs. Chr. M. Aarts, …")
                    r"(?<![A-Z])(?<!mr)(?<!mrs)(?<!dr)(?<!ir)(?<!drs)(?<!prof)"
                    + "".join(rf"(?<!\b{i})" for i in LONG_INITIALS) + r"(?=\.(?:\s|\Z))))")


def court_bench(text: str) -> list[Region]:
    """The judges and the griffier of a ruling's closing formula (``_BENCH``): public."""
    return [Region(m.start("names"), m.end("names"), "public", "publiek:rechtspraak") for m in _BENCH.finditer(text)]


# the Hoge Raad's list of recommendation of candidates for a seat, sent to the Tweede Kamer (1861, 1919, 1976: "LIJST
# van aanbeveling van zes candidaten", "Voordracht ter vervulling van een vacature in de Hoge Raad")
_RECOMMENDATION = re.compile(r"(?i)lijst(?:en)?[ \t]+van[ \t]+aanbeveling|voordracht[ \t]+ter[ \t]+vervulling")
# a numbered candidate and the office named after the comma: "2°. A. van der Laan, griffier der Provinciale Staten in
# Fries-land.", "4". jhr. mr. G. A. H. X, advocaat en procureur, rechter-plaatsvervanger in de …;" (OCR reads "6°" as
# "G°"), "5. mej. mr. A. C. van den Blink, rechter in de Arrondissements-Rechtbank te Amsterdam;"
_CANDIDATE = re.compile(r"(?:(?<=\s)|^)(?:\d|G)[°\"”'e]?\.[ \t]+(?P<name>[^,;\n]{3,80}?),"
                        r"(?P<office>[^;:\n]{3,300}?)(?=[ \t]*[;:]|[ \t]*\n|[ \t]*\Z|\.[ \t]+\S)", re.M)
# a judicial office (not a former one: "oud Minister van Justitie"), in the old spellings too ("regter", "geregtshof")
_JUDICIAL = re.compile(r"(?i)(?<![\w-])(?<!oud[ -])(?:vice-?|plv\.?[ \t]*)?(?:president|rechter|regter|raadsheer|"
                       r"griffier|advocaat-generaal|procureur-generaal)(?:-plaatsvervanger)?(?![\w-])")
# the court's president and griffier who sign, after the name ("F. VAN PANHUYS, Griffier."), and the raadsheer whose
# seat fell vacant ("door het overlijden van mr. X, raadsheer in denzelven Raad", "door de benoeming van den raadsheer
# mr. A. P. L. NELISSEN tot vice-president")
_COURT_SIGNER = re.compile(r"(?:^|(?<=[.,][ \t]))[ \t]*[•]?(?P<name>[^,.;\n][^,;\n]{2,50}?),[ \t]*"
                           r"(?:President|Griffier|Vice-[Pp]resident|[Rr]aadsheer)(?![\w])", re.M)
_SEAT_OF = re.compile(r"(?i:raadsheer)[ \t]+(?P<name>(?:mr\.?[ \t]*)?[A-ZÀ-Þ][^,;\n]{2,50}?)"
                      r"(?=[ \t]+(?:tot|op)[ \t]|[ \t]*[,;])")


def recommended(text: str) -> list[Region]:
    """The persons the Hoge Raad's list of recommendation names in a judicial office (see the module docstring)."""
    if not _RECOMMENDATION.search(text, 0, 3000) or "Raad" not in text[:3000]:
        return []
    out = [Region(m.start("name"), m.end("name"), "public", "publiek:rechtspraak")
           for m in _CANDIDATE.finditer(text) if _JUDICIAL.search(m["office"])]
    return out + [Region(m.start("name"), m.end("name"), "public", "publiek:rechtspraak")
                  for rx in (_COURT_SIGNER, _SEAT_OF) for m in rx.finditer(text)]


# a parliamentary committee's report signed by its members in capitals, the way the Kamer printed it until the
# 1990s: "Aldus vastgesteld 16 juni 1959.\nROOSJEN\nVAN DIS\nPATIJN 1)\nJ. M. PETERS x)\nVAN VLIET RITMEESTER"
# (also without "Aldus", the first name on the date's line: "Vastgesteld 2 juli 1964. WTTEWAALL VAN STOETWEGEN\nSCHEPS")
# (a comma after the verb: "Vastgesteld, 24 januari 1974.\nW. SCHOLTEN\n…"; an ordinal: "Vastgesteld de 8ste December
# 1952.\nDE DREU", "Aldus vastgesteld den 5den September 1939.", as OCR may read it: "Aldus vastgesteld den loden
# Juni 1898.")
# ("Aldus vastgesteld door de Commissie van Rapporteurs, den 20sten November 1873. SANDBERG.\nVIRULY VERBRUGGE.")
_ADOPTED = re.compile(r"(?m)^[ \t]*(?i:(?:aldus[ \t]+)?vastgesteld)"
                      r"(?:[ \t]+door[ \t]+de[ \t]+[Cc]ommissie(?:[ \t]+van[ \t]+[Rr]apport[eo]urs)?)?"
                      r",?[ \t]+(?:op[ \t]+|den?[ \t]+)?"
                      # (OCR's "den loden Juni 1898": the 10th)
                      r"(?:\d{1,2}(?:sten|ste|den|de|e)?|[\dlIoO]{2}(?:ste|den|de))"
                      r"[ \t]+[A-Za-z]+[ \t]+"
                      r"\d{4}[ \t]*[\"”']?[ \t]*\.?[ \t]*\n?"  # (OCR's quote: "Vastgesteld 17 april 1973\".")
                      # the committees' labels above their columns: "De vaste Commissie voor\nBuitenlandse Zaken:\n"
                      r"(?:[ \t]*(?:De[ \t]+)?(?:vaste[ \t]+)?Commissie[^\n]{0,80}\n"
                      r"|[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Za-z]+){0,3}[ \t]*:[ \t]*\n){0,4}")
_CAPS_WORD = r"(?:(?:[A-Z]\.[ \t]?)+[ \t]*)?[A-ZÀ-Þ][A-ZÀ-Þ0-9'’—-]+\.?"  # "J. M. PETERS", "COUZY.", OCR's "FRUYT1ER."
# the signer's function in brackets: "MAZURE (Voorzitter)", "ALGRA (plv.)", "Terwindt (voorzitter),"
_FUNCTION = r"\((?:plv\.?|(?i:voorzitter|ondervoorzitter|secretaris|griffier))\)"
# (or a footnote mark "1)")
_CAPS_LINE = re.compile(rf"[ \t]*{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD})*(?:[ \t]*[\w*!]{{1,2}}\)|[ \t]*{_FUNCTION})?"
                        r"[ \t]*(?:\n|\Z)")
_NUMERAL = re.compile(r"[ \t]*[IVXLC]+\.?[ \t]*(?:\n|\Z)")  # a line that numbers an amendment: "VII"


def _name_lines(text: str, pos: int, line_rx: re.Pattern[str], ends: Callable[[str], bool]) -> tuple[int, int]:
    """The end and the number of the lines ``line_rx`` matches from ``pos`` on, up to the first that ``ends``."""
    lines = 0
    while (line := line_rx.match(text, pos)) and not ends(line.group()):
        pos, lines = line.end(), lines + 1
    return pos, lines


def _caps_lines(text: str, pos: int, *, numerals: bool = True) -> tuple[int, int]:
    """The end and the number of the lines of names in capitals from ``pos`` on (``numerals=False``: a line of a
    Roman numeral ends them)."""
    return _name_lines(text, pos, _CAPS_LINE, lambda line: not numerals and _NUMERAL.fullmatch(line) is not None)


# … printed in ordinary case from the 1970s, in the Kamer's papers: "Vastgesteld, 28 augustus 1975.\nW. Scholten\n
# Langedijk-de Jong Koning\nWorrell Waltmans" (one to three names a line: capitalised words, particles, initials), also
# one a line with a comma after it
_TV = r"(?:de|van|der|den|ter|ten)"
_CASED_WORD = (rf"(?:(?:[A-Z]\.[ \t]?)+[ \t]*)?[A-ZÀ-Þ][a-zà-ÿ'’]+"
               rf"(?:-(?:{_TV}[ \t]+)?[A-ZÀ-Þ][a-zà-ÿ'’]+)*")  # "W. Scholten", "Langedijk-de Jong"
_CASED_LINE = re.compile(rf"[ \t]*{_CASED_WORD}(?:[ \t]+(?:(?:{_TV}|[Vv]an|[Dd]e)[ \t]+)*{_CASED_WORD}){{0,5}}"
                         # (a function and a comma after each: "Terwindt (voorzitter),\nReijnen (plv.),")
                         rf"(?:[ \t]*{_FUNCTION})?[ \t]*,?"
                         r"[ \t]*(?:\n|\Z)")
_KAMER_PAPER = re.compile(r"(?<![\w-])(?:(?:Tweede|Eerste)[ \t]+Kamer|Staten-Generaal)(?![\w-])")


def _cased_lines(text: str, pos: int) -> tuple[int, int]:
    """The end and the number of the lines of names in ordinary case from ``pos`` on (a line of more than six words
    ends them)."""
    return _name_lines(text, pos, _CASED_LINE, lambda line: len(line.split()) > 6)


# a footnote to the signers: "1) De heer Snoek was verhinderd aan de vaststelling van dit verslag mede te werken"
_KEPT_FROM_REPORT = re.compile(r"(?<![\w])(?:[Dd]e[ \t]+heer|[Dd]en[ \t]+heer|[Mm]evrouw)[ \t]+"
                               r"(?P<name>[A-ZÀ-Þa-z][^\n.,;:()]{1,60}?)[ \t]+(?:was|is)[ \t]+verhinderd[ \t]+"
                               r"(?:aan|bij)[ \t]+de[ \t]+vaststelling[ \t]+van[ \t]+(?:dit|het)[ \t]+verslag")


# the members present at the sections' examination of a bill, a footnote to the rapporteurs' report: "(1) Bij dat
# onderzoek waren tegenwoordig de heeren van Zuijlen van Nyevelt, Sandberg, … en Wybenga." (in a text that speaks of
# the sections: "bij het onderzoek in hare afdeelingen (1)")
_SECTIONS_PRESENT = re.compile(r"(?:[Bb]ij|[Ii]n)[ \t]+(?:dat|het|de)[ \t]+(?:onderzoek|afdee?lingen)[ \t]+waren[ \t]+"
                               rf"(?:tegenwoordig|aanwezig)[ \t]+(?P<names>de[ \t]+hee?ren[ \t]{up_to_full_stop(1500)})"
                               r"(?=[ \t]*[.;](?:\s|$))")


def committee_signers(text: str) -> list[Region]:
    """The members who sign a committee's report under "Aldus vastgesteld <date>.": two or more lines of
    capitalised names (footnote marks allowed), or in the Kamer's papers two or more lines of names in ordinary
    case; and a member kept from adopting it ("De heer X was verhinderd aan de vaststelling van dit verslag mede te
    werken"), and the members present at the sections' examination of a bill (``_SECTIONS_PRESENT``); public."""
    out: list[Region] = []
    for m in _ADOPTED.finditer(text):
        end, lines = _caps_lines(text, m.end())
        if lines < 2 and _KAMER_PAPER.search(text):
            end, lines = _cased_lines(text, m.end())
        if lines >= 2:
            out.append(Region(m.end(), end, "public", "publiek:lid"))
    out += [Region(m.start("name"), m.end("name"), "public", "publiek:lid") for m in _KEPT_FROM_REPORT.finditer(text)]
    if re.search(r"(?i)afdee?ling", text):
        out += [Region(m.start("names"), m.end("names"), "public", "publiek:lijst:leden")
                for m in _SECTIONS_PRESENT.finditer(text)]
    return out


# "WIJ WILLEM III" (OCR's "WU JULIANA, BU DE GRATIE GODS")
_WE = re.compile(r"(?i:\bwij|\bWU)[ \t]+([A-ZÀ-Þ][\w'’-]+(?:[ \t]+[IVX]{1,4})?)(?=[ \t]*,)")


def monarch(text: str) -> list[Region]:
    """Every mention, alone, of the name in a royal formula (``cues.ROYAL_FORMULA``): the monarch, public."""
    names = {m.group(1).lower() for m in _WE.finditer(text) if cue.ROYAL_FORMULA.match(text, m.end())}
    if not names:
        return []
    alone = re.compile(rf"(?i)(?<![\w-])(?:{'|'.join(map(re.escape, names))})(?![\w-])")
    return [Region(m.start(), m.end(), "public", "publiek:rol:koning") for m in alone.finditer(text)]


# the members who sign an amendment or a motion in capitals under its text, the way the Kamer printed them until the
# 1960s: "Ondergetekenden hebben de eer de navolgende amendementen voor te stellen: … \nROOSJEN PETERS STOKMAN DE
# RUITER KROL.", one name a line or several; a line of Roman numerals numbers the next amendment (also "Ondergetekenden
# stellen het navolgende amendement voor: …\nBURGER\nGOEDHART\n…"; before 1947 spelt "ondergeteekenden")
_UNDERSIGNED = re.compile(r"(?i)\bondergetee?kenden\s+(?:hebben\s+de\s+eer|stellen\s+(?:het|de)\s+(?:na)?volgende\s+"
                          r"(?:amendement|wijziging))")


def amendment_signers(text: str) -> list[Region]:
    """The lines of names in capitals in a text whose amendments open "Ondergetekenden hebben de eer …" or
    "Ondergetekenden stellen het navolgende amendement voor" (public;
    the whole text: an excerpt may start with the signatures of the amendment before)."""
    if not _UNDERSIGNED.search(text):
        return []
    out: list[Region] = []
    for line in re.finditer(r"(?m)^", text):
        start = line.start()
        if out and start < out[-1].end:
            continue
        end, lines = _caps_lines(text, start, numerals=False)
        if lines:
            out.append(Region(start, end, "public", "publiek:motie-indiener"))
    return out


# the functions that sign for a governing body (Frisian: "Deputearre Steaten fan Fryslân,\n drs. X, foarsitter\n mr. Y,
# sekretaris")
_SIGNER_ROLE = re.compile(r"(?i)\b(?:voorzitter|secretaris|burgemeester|griffier|dijkgraaf|foarsitter|sekretaris|"
                          r"boargemaster)\b")
_PREAMBLE = re.compile(r"(?i:gelet|gezien|gelezen|overwegende|beslissende|op[ \t]+voorstel|besluit)\b")


def signatures(text: str, lex: RoleLexicon) -> list[Region]:
    """The signature block after a governing body's name followed by a comma: "Gedeputeerde Staten van
    Overijssel,\n voorzitter,\n A.P. Heidema\n secretaris,\n N. Versteeg"."""
    if lex.body is None:
        return []
    out: list[Region] = []
    for m in lex.body.finditer(text):
        # (the article of the first function may end the line: "… van de Provincie Zeeland, De \nsecretaris,")
        tail = re.match(r"[ \t]*(?:van|der|fan)?[ \t]*[\w' -]{0,40},[ \t]*(?:[Dd]e[ \t]*)?\n",
                        text[m.end():m.end() + 60])
        if tail is None:
            continue
        start = m.end() + tail.end()
        while start < len(text) and text[start] in " \t\n":
            start += 1
        if _PREAMBLE.match(text, start):
            continue  # a decision's preamble, not its signature: "De raad van de gemeente Den Haag,\nGelet op …"
        window = text[start:start + 400]
        # blank lines end the block, unless the next signer's function follows them ("voorzitter\nA.P. HEIDEMA\n
        # \n \n \nsecretaris\nN. VERSTEEG": a layout's space between the two columns of a signature)
        cut = next((c for c in re.finditer(r"\n[ \t]*\n[ \t]*\n|\f", window)
                    if not _SIGNER_ROLE.match(window, len(window) - len(window[c.end():].lstrip()))), None)
        end = start + (cut.start() if cut else len(window))
        if _SIGNER_ROLE.search(text, start, end):
            out.append(Region(start, end, "public", "publiek:ondertekening"))
        elif (mandate := _mandate(text, m.start(), start)) is not None:
            out += _signed_by_mandate(start, mandate, lex)
    for m in _MINISTER_MANDATE.finditer(text):
        if (signer := _signer(text, m.end()) or _signer_block(text, m.end())) is not None:
            out += _signed_by_mandate(m.end(), signer, lex)
    out += [Region(m.start("name"), m.end("name"), "public", "publiek:ondertekening")
            for m in _MINISTER_CAPS.finditer(text)]
    return out


# a minister's own signature in an old record, the name in capitals under the office, whose comma OCR read as a full
# stop: "De Minister van Financiën.\nVAN DE KIEFT." (a signature by mandate has "namens deze" between them)
_MINISTER_CAPS = re.compile(r"(?m)^[ \t]*(?:De|DE)[ \t]+(?i:minister|staatssecretaris)\b[^\n]{0,80}[.,][ \t]*\n"
                            r"[ \t]*(?P<name>(?:[A-Z]\.[ \t]?)*[A-Z][A-Z'’ -]{1,40}[A-Z])\.?[ \t]*$")


def _signed_by_mandate(start: int, end: int, lex: RoleLexicon) -> list[Region]:
    """The region of an official who signs by mandate, as the rules' ``mandate_signers`` policy says: public
    (the organisation publishes these names), uncertain (proposed, "twijfel" for the reviewer: the default,
    as organisations differ) or private (no region: the signer's own cues decide, as for any civil servant)."""
    if lex.mandate == "public":
        return [Region(start, end, "public", "publiek:ondertekening")]
    if lex.mandate == "uncertain":
        return [Region(start, end, "uncertain", "publiek:zwak:mandaat")]
    return []


# the end of a signature block: the notice of appeal, attachments, copies, a page footer
_BLOCK_END = re.compile(r"(?im)^[ \t]*(?:tegen dit besluit|bezwaar|beroep|bijlage|kopie|afschrift|cc\b|pagina|"
                        r"datum|kenmerk|ons kenmerk|onze referentie)|\n[ \t]*\n[ \t]*\n[ \t]*\n|\f")
_SIGN_OFF_LINE = re.compile(r"(?im)^[ \t]*(?:hoogachtend|met vriendelijke groet(?:en)?)[ \t]*,?[ \t]*$")


def _signer_block(text: str, start: int) -> int | None:
    """The lines under a decision's closing, up to the notice of appeal, attachments, copies or a page
    footer (at most ten lines): who signs a decision, with a function line, a bracketed note in between
    ("de directeur van de directie …,\n[Deze brief is niet voorzien van een handtekening …]\nAndré Driessen")."""
    while start < len(text) and text[start] in " \t\n":
        start += 1  # the blank lines where the signature was
    window = text[start:start + 600]
    cut = _BLOCK_END.search(window)
    end = start + (cut.start() if cut else len(window))
    lines = text[start:end].split("\n")
    if len(lines) > 12:
        end = start + len("\n".join(lines[:12]))
    return end if text[start:end].strip() else None


def decision_signer(text: str, genre: str, lex: RoleLexicon) -> list[Region]:
    """In a Woo decision, the signature block under the first closing ("Met vriendelijke groet,\n\n
    Natascha Erkelens – Boering\n Teammanager …"): the official who decides for the administrative body
    signs in that public capacity (released decisions leave this name in)."""
    if genre != "woo-besluit":
        return []
    m = _SIGN_OFF_LINE.search(text)
    if m is None or (end := _signer_block(text, m.end())) is None:
        return []
    return _signed_by_mandate(m.end(), end, lex)


# "Namens het college van burgemeester en wethouders van Amsterdam," / "…van Amsterdam,\nnamens deze,"
_NAMENS_BEFORE = re.compile(r"(?i)\bnamens[ \t]+(?:het|de)?[ \t]*\Z")
_NAMENS_DEZE = re.compile(r"(?i)namens\W{0,2}[ \t]*deze\W{0,2}[ \t]*\n")
# "De Minister van Landbouw, Natuur en Voedselkwaliteit,\nnamens deze,": a minister's decision signed by mandate
_MINISTER_MANDATE = re.compile(
    r"(?im)^[ \t]*(?:de[ \t]+|het[ \t]+)?(?:minister|staatssecretaris|minister-president)\b[^\n]{0,100}\n"
    r"[ \t]*namens\W{0,2}[ \t]*deze\W{0,2}[ \t]*\n")
_SIGN_TITLES = re.compile(r"[ \t]*(?:(?i:mr|drs|dr|ir|ing|prof|ds|bc)\.[ \t]*)+")
# "i.o. mr. A.A. ten Cate teamleider …": the one who signs by order of the mandated official
_BY_ORDER = re.compile(r"(?:[ \t]*\n){1,3}[ \t]*(?i:i\.o\.|i\.a\.)[ \t]+[^\n]{3,100}")
# a redaction code left in a published copy ("5.1.2e", "5.1,2,e", "S12e") is no name line
_CODE_LINE = re.compile(r"[ \t]*(?:\d[\d.,]*[ \t]*[a-z]|S?\d{1,3}[a-z])[ \t]*\n")
_BLANK_LINE = re.compile(r"[ \t]*\n")
_FUNCTION_LINE = re.compile(r"[ \t]*\n?[ \t]*[A-ZÀ-Þ][^\n]{2,80}")  # the signer's function under the name


def _mandate(text: str, body_start: int, start: int) -> int | None:
    """The end of the signer's lines when a governing body signs through a mandated official ("Namens het
    college …,\\n Iris van Scheppingen\\n Directeur Verkeer"): the one who signs a decision for the college
    does so in that public capacity. The signer is the first name line (after "namens deze" and a left
    redaction code) and the function line under it; nothing further down."""
    line_start = text.rfind("\n", 0, body_start) + 1
    before = text[line_start:body_start]
    if (d := _NAMENS_DEZE.match(text, start)) is not None:
        start = d.end()
    elif not _NAMENS_BEFORE.search(before):
        return None
    return _signer(text, start)


def _signer(text: str, start: int) -> int | None:
    """The end of the signer's name line and the function line under it (and of an "i.o." line after
    that), from ``start``: blank lines, a left redaction code and titles before the name skipped."""
    while (skip := _BLANK_LINE.match(text, start) or _CODE_LINE.match(text, start)) is not None:
        start = skip.end()
    if (titles := _SIGN_TITLES.match(text, start)) is not None:
        start = titles.end()  # "mr. drs. M.A.A. di Bucchianico"
    name = NAME_LINE.match(text, start)
    if name is None or len(name.group().split()) > 6:
        return None
    function = _FUNCTION_LINE.match(text, name.end())
    end = function.end() if function is not None else name.end() - 1
    order = _BY_ORDER.match(text, end)
    return order.end() if order is not None else end
