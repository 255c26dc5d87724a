"""Realistic documents end to end: a nota with a sidebar colophon and an Outlook e-mail printout.

``REDACT`` lists strings every occurrence of which must be covered; ``KEEP`` strings that must stay
readable (no character of them may be covered). The names are fictional.
"""

from __future__ import annotations

from redact.detect.engine import Detector
from tests.detect.util import covered, fully_covered, untouched

NOTA = """\
> Retouradres Postbus 20301 2500 EH Den Haag

Nota
aan de minister van Justitie en Veiligheid

Directoraat-Generaal Rechtspleging en Rechtshandhaving
Directie Rechtsbestel
Turfmarkt 147
2511 DP Den Haag
Postbus 20301
2500 EH Den Haag
www.rijksoverheid.nl/jenv

Contactpersoon
mr. P.J. de Vries
Senior beleidsmedewerker
T 06-12345678
E p.devries@minjenv.nl

Datum
3 juni 2024

Onderwerp
Beslisnota over de evaluatie van de Wet herziening tenuitvoerlegging

Ons kenmerk
5412345

Bijlage(n)
2

Opgesteld door: M. Bakker-Smit (DRC)
Paraaf: PJ
\f
Aanleiding
De Vries heeft op 28 mei 2024 met de minister van Justitie en Veiligheid, mr. D. van Aalst,
gesproken over de evaluatie. Ook staatssecretaris De Wit was bij dit overleg aanwezig.
Het advies is afgestemd met het OM en DJI. Mevrouw Bakker-Smit van de DRC heeft de financiële
paragraaf opgesteld; de kosten bedragen € 1.234.567 (zie bijlage 2, kenmerk 2024-0012345).

Beslispunten
1. Stemt u in met het voorstel van De Vries?
2. Groot deel van de middelen gaat naar de Johan de Wittlaan-locatie.

Bijgaand de reactie van burgemeester Halsema uit het debat van 03-06-2024.
Voor vragen kunt u De Vries bellen (070 370 1234) of het algemene nummer 070-3707911.
Actie: PJ/MB voor 14 juni.
"""

MAIL = """\
Van: Jansen, P. (DGRR/DRC) <p.jansen@minjenv.nl>
Verzonden: maandag 3 juni 2024 10:15
Aan: Vries, P.J. de (DGRR/DRC) <p.devries@minjenv.nl>; Kees van den Berg <k.vandenberg@minjenv.nl>
CC: Woo <woo@minjenv.nl>; Bakker-Smit, M. (DGRR/DRC) <m.bakker-smit@minjenv.nl>
Onderwerp: RE: Evaluatie Wet herziening tenuitvoerlegging

Hoi Piet,

Dank voor je reactie. Ik heb Kees gevraagd de cijfers te checken; Jansen van FEZ kijkt mee.
Zullen we dinsdag bellen? Het voorstel van staatssecretaris De Wit staat in de bijlage.

Met vriendelijke groet,

Pieter Jansen
Senior beleidsmedewerker
Directie Rechtsbestel
Ministerie van Justitie en Veiligheid
Turfmarkt 147 | 2511 DP | Den Haag
M 06-87654321
p.jansen@minjenv.nl

-----Oorspronkelijk bericht-----
Van: Vries, P.J. de (DGRR/DRC) <p.devries@minjenv.nl>
Verzonden: vrijdag 31 mei 2024 16:02
Aan: Jansen, P. (DGRR/DRC) <p.jansen@minjenv.nl>
Onderwerp: Evaluatie Wet herziening tenuitvoerlegging

Beste Pieter,

Zie bijgaand de conceptnota. Kun jij de paragraaf over de kosten nalopen?
Bel me gerust: 06 1234 5678.

Groet,
Piet
"""

NOTA_REDACT = [
    "P.J. de Vries", "06-12345678", "p.devries@minjenv.nl", "M. Bakker-Smit", "Bakker-Smit", "De Vries",
    "070 370 1234", "PJ", "MB",
]
NOTA_KEEP = [
    "Den Haag", "Turfmarkt 147", "Postbus 20301", "Directie Rechtsbestel", "Datum", "3 juni 2024",
    "Onderwerp", "Ons kenmerk", "5412345", "Bijlage(n)", "Senior beleidsmedewerker", "Aanleiding",
    "D. van Aalst", "De Wit", "Halsema", "OM", "DJI", "DRC", "€ 1.234.567", "2024-0012345", "Groot",
    "Johan de Wittlaan", "03-06-2024", "070-3707911", "Beslispunten", "Wet herziening tenuitvoerlegging",
    "Directoraat-Generaal Rechtspleging en Rechtshandhaving", "28 mei 2024", "14 juni", "Nota",
]
MAIL_REDACT = [
    "Jansen, P", "p.jansen@minjenv.nl", "Vries, P.J. de", "p.devries@minjenv.nl", "Kees van den Berg",
    "k.vandenberg@minjenv.nl", "Bakker-Smit, M", "m.bakker-smit@minjenv.nl", "Piet", "Kees", "Jansen",
    "Pieter Jansen", "Pieter", "06-87654321", "06 1234 5678",
]
MAIL_KEEP = [
    "Van", "Verzonden", "maandag 3 juni 2024 10:15", "Aan", "DGRR/DRC", "Woo", "woo@minjenv.nl",
    "Onderwerp", "FEZ", "De Wit", "Senior beleidsmedewerker", "Directie Rechtsbestel",
    "Ministerie van Justitie en Veiligheid", "Turfmarkt 147", "Den Haag", "Oorspronkelijk bericht",
    "vrijdag 31 mei 2024 16:02", "Evaluatie Wet herziening tenuitvoerlegging", "Dank", "Groet",
]


def _check(detector: Detector, text: str, redact: list[str], keep: list[str]) -> None:
    findings = detector.analyze(text)
    missed = [n for n in redact if not fully_covered(text, findings, n)]
    over = [n for n in keep if not untouched(text, findings, n)]
    assert not missed, f"not redacted: {missed}"
    assert not over, f"over-redacted: {over}"
    mask = covered(findings, len(text))
    assert not any(mask[i] for i, c in enumerate(text) if c == "\f")


def test_nota_with_sidebar_colophon(detector: Detector) -> None:
    _check(detector, NOTA, NOTA_REDACT, NOTA_KEEP)


def test_nota_categories(detector: Detector) -> None:
    cats = {(f.entity, f.text) for f in detector.analyze(NOTA)}
    assert ("TELEFOON", "06-12345678") in cats
    assert ("EMAIL", "p.devries@minjenv.nl") in cats
    assert ("INITIALEN", "PJ") in cats
    assert ("NAAM", "P.J. de Vries") in cats


def test_outlook_printout_with_quoted_reply(detector: Detector) -> None:
    _check(detector, MAIL, MAIL_REDACT, MAIL_KEEP)


def test_twenty_six_pages_in_one_text(detector: Detector) -> None:
    """A long text (26 pages, ≈30,000 characters) loses nothing: every page keeps the findings it gives
    alone, and no finding runs over a page break. How fast that goes is measured by
    ``benchmarks/bench_detect.py``, not asserted here."""
    pages = []
    for i in range(26):
        pages.append(NOTA.replace("Vries", f"Vries{chr(97 + i % 26)}") if i % 2 else MAIL)
    text = "\n\f\n".join(pages)
    assert 25_000 < len(text) < 35_000
    findings = detector.analyze(text)
    offset = 0
    for page in pages:
        alone = {(f.entity, f.start + offset, f.end + offset) for f in detector.analyze(page)}
        together = {(f.entity, f.start, f.end) for f in findings if offset <= f.start < offset + len(page)}
        assert alone and together >= alone, page[:60]
        offset += len(page) + len("\n\f\n")
    assert not any("\f" in f.text for f in findings)
