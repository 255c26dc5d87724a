"""Held-out round 47 (issue 14): what studying it fixed - prose that ends in a colon after "aanwezigen" is no
attendance label ("Diverse vragen worden door aanwezigen gesteld en ingebracht:\\nM.J. Vinke: …"), a water board's
members named in prose after their plural office ("De gezworenen kwamen allen uit de landbouw. Het waren A uit B,
…"), an office put before "werden benoemd", an ordinal before a function, "lid van de Euratom-Commissie", the
President of the Algemene Rekenkamer, "een motie van meneer X", firms named after their founders (names altered)."""

from __future__ import annotations

from redact.detect.attendance import attendance
from redact.detect.roles import role_lexicon
from redact.rules import load_rules
from tests.detect.util import assert_found, assert_kept


def _covered(text: str, name: str) -> bool:
    """Whether an attendance block of a representative body's text covers ``name``."""
    i = text.index(name)
    regions = attendance(text, role_lexicon(load_rules()), True)
    return any(r.start <= i < r.end for r in regions)


def test_prose_about_those_present_is_no_attendance_label() -> None:
    text = ("4. Vragen en opmerkingen\nDiverse vragen / opmerkingen worden door aanwezigen gesteld en ingebracht:\n"
            "M.J. Vinkema: Geef niets weg aan de onderhandelingstafel.\nP. van der Maasland: Blijf achter de boeren.\n")
    assert not _covered(text, "M.J. Vinkema") and not _covered(text, "P. van der Maasland")
    # a label stays a label
    assert _covered("Aanwezigen: J. Jansema, P. de Vriesma\n\n1. Opening\n", "J. Jansema")
    assert _covered("Aanwezig zijn de leden: J. Jansema en P. de Vriesma\n\n1. Opening\n", "P. de Vriesma")


def test_a_married_name_whose_second_part_is_a_place() -> None:
    assert_found("BESLUIT: Aan te wijzen als ambtenaar van de burgerlijke stand voor de gemeente Olst-Wijhe: mevrouw "
                 "Arja Dullema- van Gortel.", "Arja Dullema- van Gortel")


def test_a_plural_office_heads_a_list_in_the_next_sentence_or_after_a_copula() -> None:
    text = ("Op 31 december 1958 werden de dijkgraaf en gezworenen benoemd. De gezworenen kwamen allen uit de "
            "landbouw. Het waren P.L. Visma uit Haamstede, C.D. Gastma uit Ellemeet, J. van der Stolpema uit "
            "Ouwerkerk en J. Kwaakma uit Oosterland. Voor de eerste keer werden de hoofdingelanden benoemd.")
    assert_kept(text, "P.L. Visma", "C.D. Gastma", "J. van der Stolpema", "J. Kwaakma")
    assert_kept("De heemraden zijn P.L. Visma, C.D. Gastma en J. Kwaakma.", "P.L. Visma", "J. Kwaakma")
    assert_kept("Tot wethouders werden benoemd P.L. Visma, C.D. Gastma en J. Kwaakma.", "C.D. Gastma", "J. Kwaakma")
    # a copula before no name, and a sentence about the office that no "Het waren" continues, head nothing
    assert_found("De wethouders zijn verantwoordelijk voor het beleid. Mevrouw P.L. Visma stelde een vraag.",
                 "P.L. Visma")
    assert_found("De heemraden kwamen allen uit de landbouw. Mevrouw P.L. Visma uit Haamstede schreef een brief.",
                 "P.L. Visma")


def test_functions_with_an_ordinal_and_offices_of_europe_and_the_rekenkamer() -> None:
    assert_kept("B&W besluiten 16-05-2023\n\nAanwezig\n\n • de heer M. Blindema, wethouder\n • mevrouw P. Nijmanna, 2e "
                "loco-secretaris\n • mevrouw drs. J. Compagnema, wethouder\n", "P. Nijmanna")
    assert_kept("een uitlating van mr. E. M. J. A. Sassema, lid van de Euratom-Commissie. De heer Sassema heeft "
                "verklaard dat", "E. M. J. A. Sassema", "Sassema")
    assert_kept("met mr. H. E. Konings als President van de Algemene Rekenkamer. In de vergadering was de heer Konings "
                "als adviseur aanwezig.", "H. E. Konings", "Konings")
    assert_kept("Na een hele mooie motie van meneer Dubbelma voor het behoud van de markt volgde er een keuzemenu.",
                "Dubbelma")


def test_a_firm_named_after_its_founders_is_no_person_but_its_partner_is() -> None:
    from redact.api import analyze_text

    text = ("Het secretariaat is opgedragen aan drs. H. Andersson, vennoot Andersson Elffers Felix bv, en aan ir. "
            "H.N.J. Smitsma (Arthur D. Little). Twynstra Gudde schreef het evaluatierapport.")
    found = {f.text for f in analyze_text(text)}
    assert found == {"H. Andersson", "H.N.J. Smitsma"}, found
