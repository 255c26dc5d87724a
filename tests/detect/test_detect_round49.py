"""Held-out round 49 (issue 14): what studying it fixed (names altered) - a council committee's meeting page in the
"Raadszaal" whose portfolio holders are named, its members signed off ("Afgemeld zijn: …") and raising questions ("Er
zijn vragen gesteld door de leden:\\n S. Bayrakma inzake …"); a committee's report adopted "Vastgesteld, <date>." above
its signers in capitals; a portfolio before a comma and a title; an office after a bracketed tag or after a pair of
names; the council's counted roll under the burgemeester as chair; a decision's preamble is no signature."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_a_council_committees_meeting_page() -> None:
    text = ("Ga naar de inhoud van deze pagina\nVorige pagina\n\nCommissie Maatschappij en Welzijn\n\nwoensdag 11 "
            "februari 2026\n\n19:00 - 21:00\nLocatie\n\nRaadszaal\n\nVoorzitter\nPeter Pauwelsma\n\nAgendapunten\n\n"
            "  1. 1\n\n"
            "    Besluit\n\n    De voorzitter opent de vergadering om 19.00 uur. Afgemeld zijn: mw. E. Rademakma, "
            "mw. B. Santegoedsma (wordt vervangen door mw. H. Heinema), dhr. J. Bertholetma.\n\n  2. 2\n\n"
            "    Besluit\n\n"
            "    Er zijn vragen gesteld door de leden:\n    S. Bayrakma inzake geen goede brillen voor kinderen.\n"
            "    F. Janssenma inzake bericht provincie m.b.t. leven lang ontwikkelen\n\n    Toezeggingen\n\n"
            "  3. 3\n\n    Besluit\n\n    Er zijn geen mededelingen gedaan door de portefeuillehouders.\n")
    assert_kept(text, "Peter Pauwelsma", "E. Rademakma", "B. Santegoedsma", "J. Bertholetma", "S. Bayrakma",
                "F. Janssenma")


def test_a_report_adopted_with_a_comma_and_its_signers_in_capitals() -> None:
    text = ("De Commissie voor de Verzoekschriften heeft het adres onderzocht.\n"
            "Zij heeft daarover het advies van de Minister van Financiën ingewonnen; van oordeel,\n"
            "dat niet is gebleken dat ten aanzien van adressant een onjuist fiscaal beleid is gevoerd,\n"
            "stelt aan de Kamer voor, ten aanzien van dit adres over te gaan tot de orde van de dag.\n"
            "Vastgesteld, 24 januari 1974.\nW. BAKKER\nVAN HEEL-KASTEEL\nKONING\nJ. N. BAKKER\nMEIJER\n"
            "DE VRIES-HOOGLAND\nDRAGSTRA\n")
    assert_kept(text, "MEIJER", "DE VRIES-HOOGLAND", "DRAGSTRA")


def test_offices_after_a_portfolio_a_tag_or_a_pair() -> None:
    assert_kept("De bewindsman werd terzijde gestaan door de Directeur-Generaal Landbouw en Voedselvoorziening, ir. "
                "A. de Zeeuwma, door de directeur Voorlichting, mr. W. van den Hendema.", "A. de Zeeuwma")
    text = ("- Peter Glasma (voorzitter), watergraaf Waterschap de Dommel\n\n- Erik van Heijningma / Lenie "
            "Dwarshuisma, gedeputeerden Provincie Zuid-Holland\n\n- Joost Buntsma, V&W DGW\n")
    assert_kept(text, "Peter Glasma", "Erik van Heijningma", "Lenie Dwarshuisma")
    assert_found(text, "Joost Buntsma")


def test_the_councils_counted_roll_under_the_burgemeester() -> None:
    text = ("Aanwezig 37 leden. PvdA de dames G. Doevendamma, H.J. de Haanma en de heren A. Bosma en B. Kokma. CDA de "
            "heer C. Smitma. Voorzitter: de heer mr. G.J. te Loomma, burgemeester. Secretaris: de heer mr. W.J.G. "
            "Reumerma. Voorts zijn aanwezig: mevrouw drs. M.S.P. Kleinma, ambtenaar van de afdeling Financiën.\n")
    assert_kept(text, "W.J.G. Reumerma", "C. Smitma")
    assert_found(text, "M.S.P. Kleinma")


def test_a_decisions_preamble_is_no_signature() -> None:
    text = ("De raad van de gemeente Den Haag,\nGelet op de Wet open overheid en de Algemene wet bestuursrecht,\n"
            "Besluit:\nI.\nHet bezwaarschrift van de heer M.E. Goldbachma van 10 februari 2025 ongegrond te "
            "verklaren.\n\nAldus besloten in de openbare raadsvergadering van 9 juli 2025.\nDe griffier,\n\n"
            "De voorzitter,\n")
    assert_found(text, "M.E. Goldbachma")


def test_a_coordination_appointed_and_an_office_after_a_party_tag() -> None:
    assert_kept("Het presidium stelt voor:\n\nDhr. F. Mandersma en dhr. V. Boldewma te benoemen tot wethouder.\n",
                "F. Mandersma", "V. Boldewma")
    # a private function after a party's tag and before the next name is no apposition of the name
    text = ("Aanwezig: de leden C. Raveling (CDA), B.C.J. Ravenma (Burger en Gemeenschap), de commissiesecretaris, "
            "H. Petersma en de commissiegriffier, A. Berghuisma.\n")
    assert_kept(text, "B.C.J. Ravenma")
    # nor is the next name's office: "(Waalwijk), oud-minister Y"
    assert_found("Oud-zwemmer Maarten van der Weijma (Waalwijk), oud-minister Melanie Schultma (Leiden) en Henk "
                 "Bresma wonnen voorkeurszetels.", "Maarten van der Weijma")
    assert_kept("mevrouw Coby van der Kooima per 1 mei 2025 te benoemen als\nJeugdombudsman voor de duur van zes jaar.",
                "Coby van der Kooima")
