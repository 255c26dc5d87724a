"""Held-out round 64 (issue 14): what studying it fixed (names altered) - a roll by party group with bullets before the
forms of address or with bare names and a web page's link icon; a closing bracket that OCR read as a letter in a
committee's composition and "fungerend voorzitter" between its entries; a second family name before a bracketed
public office; the applicants a naturalisation memorandum names by their number; an abbreviation of an office is no
office after a hyphen ("Duis-burg"); a local party's short tag beside a known party's; the guests after "alsmede:" in
a Kamer committee's roll; the short name a ruling defines for a firm; an amendment named by its
mover; a label with its other gender's ending in brackets ("Notulist(e):"); a coordination before an office and
a plural verb ("A en B wethouder worden"); the college's secretary under the college's label; a German given name and
a given name that is also a word ("Nop")."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_a_roll_by_party_group_with_bullets_before_the_forms_of_address() -> None:
    text = ("De voorlopige uitslag is als volgt:\n\nChristenUnie\n\n\n* de heer Bosma, J. J. *\n\n* de heer Huisma, "
            "W. G.\n\nPartij van de Arbeid (P.v.d.A.)\n\n\n* de heer Rubenma, H. *\n\n* mevrouw Morsma-de Ruijter, "
            "Y. M. M.\n\nVVD\n\n\n* de heer Meijerma, R.P. *\n")
    assert_kept(text, "Bosma", "Huisma", "Rubenma", "Morsma-de Ruijter", "Meijerma")


def test_a_roll_by_party_group_of_bare_names_with_a_link_icon() -> None:
    text = ("Een overzicht van de niet terugkerende Eerste Kamerleden:\n\nVVD (6)\n\nAlfred Arbouwma i\n\nMirjam de "
            "Blecourtma i\n\nCDA (6)\n\nJoop Atsmama i\n\nPeter Essersma i\n\nGroenLinks (2)\n\nPaul Rosenma i\n")
    assert_kept(text, "Alfred Arbouwma", "Mirjam de Blecourtma", "Joop Atsmama", "Paul Rosenma")
    # one party's heading is no roll
    assert_found("Contact\n\nVVD\n\nAlfred Arbouwma\n\nMirjam de Blecourtma\n", "Alfred Arbouwma")


def test_a_committees_composition_with_ocr_brackets_and_an_acting_chair() -> None:
    text = ("Tweede Kamer der Staten-Generaal\n1 Samenstelling: Leden: Buurmeijerma (PvdA), Doelman-Pelma (CDA), "
            "fungerend voorzitter, Biesheuvelma (CDA), De Vries (CDAI, Van Dam (GPVl, Schimmelma (D66), "
            "Bakker (PvdAI, Adelmundma (PvdA).\n")
    assert_kept(text, "Biesheuvelma", "De Vries", "Van Dam", "Bakker", "Adelmundma")


def test_a_second_family_name_before_a_bracketed_public_office() -> None:
    text = ("2014-09-22 notulen overleg B&W\n\nOverleg Burgemeester & Wethouders met Dorpsraad Hoogwoud\n\n"
            "Aanwezig:\n\n"
            "College van B&W:\n\nG.J.A.M. Nijpelsma (burgemeester), E. Deutekamp-Muntje Werffma (wethouder),\n\nH. "
            "Stokerma (wethouder)\n\nDorpsraad Hoogwoud:\n\nA. Vlaarma (voorzitter), W. de Haanma (secretaris)\n")
    assert_kept(text, "E. Deutekamp-Muntje Werffma")
    assert_found(text, "W. de Haanma")


def test_the_applicants_a_naturalisation_memorandum_names_by_their_number() -> None:
    text = ("Tijdens de oorlog diende hij bij de R.A.F. Bartlomiej Gdulama, de verzoeker van Poolse herkomst ge-noemd "
            "onder 3, werd in 1916 te Wlosow in Polen geboren. Adressante is huishoudster. Onder 9 wordt genoemd "
            "Ralf Kuleszama, die in 1940 te Duis-burg werd geboren. De Turkse verzoeker Zilber Eskiciogluma, "
            "genoemd onder 2, woont in Delft.")
    assert_found(text, "Bartlomiej Gdulama", "Ralf Kuleszama", "Zilber Eskiciogluma")


def test_an_offices_abbreviation_after_a_hyphen() -> None:
    assert_found("Peter Jansen, die in 1940 te Duis-burg werd geboren, woont in Delft.", "Peter Jansen")
    assert_kept("Aanvullend meldt Burg Wiersma dat de raad akkoord is.", "Wiersma")


def test_a_local_partys_short_tag_beside_a_known_partys() -> None:
    text = ("Besproken en besloten\n\nTijdens het vragenhalfuur voor de raad hebben Jaap Wiechersma (CU) en Gerrie "
            "Hempenma (Gb) vragen gesteld.")
    assert_kept(text, "Jaap Wiechersma", "Gerrie Hempenma")
    assert_found("Op de cursus waren Jaap Wiechersma (Rabobank) en Gerrie Hempenma (Gb) aanwezig.", "Gerrie Hempenma")


def test_the_guests_after_alsmede_in_a_kamer_committees_roll() -> None:
    text = ("Voorzitter: Dittrichma\nGriffier: De Graagma\nAanwezig zijn zestien leden der Kamer, te weten: Van "
            "Bijsterveldma, Crollma en Vogelsma,\nalsmede:\n– mevrouw Dubbelmanma, senior officier van justitie;\n"
            "– de heer Soeharnoma, redacteur van de onderzoeksbundel;\n– de heer Ottema, voorzitter van het College "
            "van procureurs-generaal.\nAanvang 9.00 uur.\n")
    assert_kept(text, "Van Bijsterveldma", "Crollma")
    assert_found(text, "Dubbelmanma", "Soeharnoma")


def test_the_short_name_a_ruling_defines_for_a_firm() -> None:
    text = ("Het beroep is gericht tegen de dienstregeling van Hermes Openbaar Vervoer B.V. (hierna: Hermes) te "
            "Eindhoven. Hermes heeft zich niet laten vertegenwoordigen. Namens appellant verscheen Jan Hermes.")
    assert_kept(text.split(" Namens")[0], "Hermes")
    assert_found(text, "Jan Hermes")


def test_an_amendment_named_by_its_mover() -> None:
    text = ("Uit de raad\n\nHet hoogtepunt van de raadsvergaderingen in mei was wel het amendement van Bram van Stema, "
            "zijn eerste amendement in zijn loopbaan.")
    assert_kept(text, "Bram van Stema")
    assert_found("Het boek van Bram van Stema ligt in de winkel.", "Bram van Stema")


def test_a_label_with_its_other_genders_ending_in_brackets() -> None:
    text = "Overleg met de dorpsraad\n\nNotulist(e): P. Jonker.\n\nDe voorzitter opent de vergadering."
    assert_found(text, "P. Jonker")


def test_a_coordination_before_the_office_and_a_plural_verb() -> None:
    text = ("Namens Leefbaar Zeewolde zullen Winnie Prinsma en Rein Zijlstrama wethouder worden; Gerben Dijkma namens "
            "de ChristenUnie.")
    assert_kept(text, "Winnie Prinsma", "Rein Zijlstrama")
    assert_found("Volgens het plan zullen Winnie Prinsma en Rein Zijlstrama beleidsmedewerker worden.",
                 "Winnie Prinsma", "Rein Zijlstrama")


def test_the_colleges_secretary_under_the_colleges_label() -> None:
    text = ("Aanwezig:\n\nCollege van B&W:\n\nG.J.A.M. Nijpelsma (burgemeester), E. Deutekamp (wethouder),\n\n"
            "H. Stokerma (wethouder) en M.A.S. Winderma (secretaris)\n\nNotulist(e): A. Jonkerma.\n\n"
            "Dorpsraad Hoogwoud:\n\nA. Vlaarma (voorzitter), W. de Haanma (secretaris)\n")
    assert_kept(text, "M.A.S. Winderma")
    assert_found(text, "W. de Haanma", "A. Jonkerma")


def test_a_neighbours_given_name_and_a_given_name_that_is_a_word() -> None:
    text = ("In de wijk Zuid was 2,5 jaar Ute Emmen als buurtcoördinator actief. Ute vertelt over de buurten. De "
            "huidige gebiedscoördinatoren zijn Chantal Mintjesma, Nop van Warmerdamma en Guido Schipperma.")
    assert_found(text, "Ute Emmen", "Nop van Warmerdamma")
    assert_kept("Er zit een nop op de stof. Uwe Excellentie heeft het adres ontvangen.", "nop", "Uwe Excellentie")
