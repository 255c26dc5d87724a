"""Held-out round 85 (issue 14): what studying it fixed (names altered) - a plural form of address before a family
name whose particle opens with a capital and a stop word after a particle ("de dames Van Even en X en de heren Ritsema
Van Campema en Y"); a club's "Algemene Vergadering" is no water board's; a roll by party group ends at a staff label
("Ambtelijk, De heer X"); an old Kamer sitting's roll ends where the minutes are read ("De notulen van …"), so the
editor of a book received later is no member; a party "vertegenwoordigd door" the name and a water board's farmers'
seat ("(Agrarisch)"); a first name before "stopt" or "zit"."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_a_plural_form_of_address_before_capital_particles_and_a_stop_word() -> None:
    text = ("Verslag van de jaarlijkse algemene ledenvergadering op dinsdag 28 maart 2017.\n\nAanwezigen bestuur : de "
            "dames Van Even en Logtemama en de heren Ritsema Van Campema en Vroomsma. M.k.a. de heer Ter Beestma.\n")
    assert_found(text, "Van Even", "Logtemama", "Ritsema Van Campema", "Vroomsma", "Ter Beestma")


def test_a_clubs_general_meeting_is_no_public_body() -> None:
    text = ("Notulen Algemene Vergadering 6 september 2018\nNotulen van de Algemene Vergadering van de Amsterdamsche "
            "Football Club, gehouden op 6 september 2018 in het clubhuis.\n\n1. Opening door de voorzitter\nOm 20.00 "
            "uur opent voorzitter Ad Westerhofma de Algemene Vergadering.\n")
    assert_found(text, "Ad Westerhofma")


def test_a_roll_by_party_ends_at_the_staff_label() -> None:
    text = ("COMMISSIE VROM\n\nVerslag van de vergadering d.d. 19 maart 2002\n\nde voorzitter, De heer G. "
            "Broedersma\n\nde leden, De heer C. Vermeulenma, CAB\n\nMevr. E. Prinsema, Groen Drimmelen\n\nDe heer "
            "Th. Kwaaitaalma, "
            "C.D.A.\n\nDe heer H. van Dijkma, PvdA\n\nDe heer de Wijsma, Gemeentebelangen\n\nDe heer A. Verhulstma, "
            "Gemeentebelangen\n\nDe heer J. van Gurpma Mayse Partij\n\nDe heer H. Bakkerma\n\nAmbtelijk, De heer J. "
            "van Gorpma en mevr. E. Van Gilsma (notulist).\n\n1. Opening.\n\nDe voorzitter opent de vergadering.\n")
    assert_kept(text, "H. van Dijkma", "A. Verhulstma")
    assert_found(text, "J. van Gorpma", "E. Van Gilsma")


def test_an_old_sittings_roll_ends_where_the_minutes_are_read() -> None:
    text = ("Eerste Kamer.\nVERGADERING VAN MAANDAG 29 JANUARI 1906.\nVoorzitter: de heer Van Tienhovenma.\n"
            "Tegenwoordig, met den Voorzitter, 5 leden, te weten de heeren :\nBrouwersma, Michielsma, Hovyma, "
            "Heerkensma en Vermeulenma.\nDe notulen van het verhandelde in de vorige vergadering worden gelezen en "
            "goedgekeurd.\nDe Voorzitter deelt mede, dat zijn ingekomen de volgende boekwerken:\nTjeribonsch Wetboek "
            "van het jaar 1768, in tekst en vertaling uitgegeven door dr. G. A. J. Hazema.\nDeze boekwerken zullen "
            "worden geplaatst in de boekerij der Kamer.\n")
    assert_kept(text, "Brouwersma", "Vermeulenma")
    assert_found(text, "G. A. J. Hazema")


def test_a_party_represented_by_the_name_and_a_farmers_seat() -> None:
    text = ("Portefeuilleverdeling\nIn het nieuwe bestuur gaat Bas Knappma (VVD) over Waterketen. Het CDA wordt "
            "vertegenwoordigd door Marjon Verkleijma, die zich zal richten op Organisatie. Jan de Vriesma (Agrarisch) "
            "tot slot is de portefeuillehouder Financiën. De stichting wordt vertegenwoordigd door Piet Bakkersma.")
    assert_kept(text, "Marjon Verkleijma", "Jan de Vriesma")
    assert_found(text, "Piet Bakkersma")


def test_a_first_name_before_stopt_or_zit() -> None:
    text = ("Sander heeft Karin gesproken. Annemiek stopt met decoratie. Marieke zit het komende jaar bij de "
            "vergadering.")
    assert_found(text, "Annemiek", "Marieke")
