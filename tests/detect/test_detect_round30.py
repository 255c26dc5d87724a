"""Held-out round 30 (issue 14): what studying it fixed - a Kamer committee's report known by its griffier, whose list
of members ends with its paragraph (the invited guests below it keep their own functions), the president of the Hoge
Raad and a member of the College van procureurs-generaal in a list of speakers, a griffier who "fungeerde als" one,
the mover of an amendement, the college's roll that makes its secretaris the gemeentesecretaris, attendees present
for one agenda item, members who join later, and a room named after a person."""

from __future__ import annotations

from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept

_EXPERTS = ("33 750 VI Vaststelling van de begrotingsstaten\n\nVERSLAG VAN EEN DESKUNDIGENBIJEENKOMST\n\n"
            "De voorzitter van de vaste commissie voor Veiligheid en Justitie, Hoekstra\n\n"
            "De griffier van de vaste commissie voor Veiligheid en Justitie, Van Rhijn\n\n"
            "Voorzitter: Hoekstra\n\nAanwezige leden: Van Kampen, Hoekstra, Terpstra, Quint-Haverkamp en "
            "Wijnbergen.\n\n"
            "Algemene inleiding door de heer A.F.M. Dijkgraaf, voormalige Nationale ombudsman\n\n"
            "Thema 1 Rechtspraak\n\nMr. Dr. G.J.M. Verhoeckx, president Hoge Raad\n\n"
            "Mr. W.F. Hendriks, algemeen deken Nederlandse Orde van Advocaten\n\n"
            "Mevrouw mr. J.M. Pels-te Riele, lid College van procureurs-generaal\n\nAanvang 9.00 uur\n")


def test_a_kamer_committees_members_and_its_clerk() -> None:
    _kept(_EXPERTS, "Hoekstra", "Van Rhijn", "Van Kampen", "Quint-Haverkamp", "Wijnbergen")


def test_the_guests_after_the_members_paragraph_keep_their_own_functions() -> None:
    _found(_EXPERTS, "A.F.M. Dijkgraaf", "W.F. Hendriks")


def test_top_judicial_offices_in_a_list_of_speakers() -> None:
    _kept(_EXPERTS, "G.J.M. Verhoeckx", "J.M. Pels-te Riele")


def test_the_griffier_a_committee_report_names_by_a_verb() -> None:
    text = ("De commissie bestond uit Mr. dr. M.H.A. Stroek (GroenLinks) en Drs. A. Postma (PvdA).\n\n"
            "Drs. F.J. Bergsma fungeerde als griffier van de commissie. De commissie werd verder ondersteund door de "
            "stafmedewerker "
            "P. Jacobs.")
    _kept(text, "F.J. Bergsma")
    _found(text, "P. Jacobs")


def test_the_mover_of_an_amendement_in_proceedings() -> None:
    text = ("Verslag van de vergadering van 16 mei 2023\n\nDe voorzitter:\n\nDan gaan we nu beginnen met de "
            "stemmingen. Vervolgens stemmen wij over de amendementen, met uitzondering van het amendement van de "
            "heer Dietvorst "
            "CLVI, letters AA.\n")
    _kept(text, "Dietvorst")


def test_the_colleges_roll_makes_its_secretaris_the_gemeentesecretaris() -> None:
    text = ("Besluitenlijst 21 april 2020\n\nAanwezig:\n\n • Burgemeester: J. Kroeze\n • Wethouders: H. Hemsing, "
            "J. van Marle en H. Buurman\n • Secretaris: J. van der Woerd\n •  bij agendapunt A7 R. Dijkhuis\n\n"
            "Beheer voormalig AZC terrein\n\nHet college heeft besloten in te stemmen met het voorstel.\n")
    _kept(text, "J. van der Woerd", "J. Kroeze")
    _found(text, "R. Dijkhuis")


def test_attendees_for_one_item_are_no_members() -> None:
    text = ("Notulen van de openbare vergadering van de Raadscommissie van de gemeente Noordenveld. Aanwezig: CDA: de "
            "heren G. Alsema en J.W. Stevens VVD: mevrouw J.P. Schrale Griffier: de heer W.F.C. Damsma. "
            "Aanwezig t.b.v. agendapunt 5: de heer H. Holtkamp en mevrouw D. Bruinsma. 1. Opening De voorzitter "
            "opent de vergadering.")
    _kept(text, "G. Alsema", "J.W. Stevens")
    _found(text, "H. Holtkamp", "D. Bruinsma")


def test_members_who_join_later() -> None:
    text = ("Commissievergadering Samenleving en Bestuur\n\nLocatie: Raadzaal\n\nAanwezig: de heer Visser (CDA), "
            "mevrouw Thenu (PvdA), de heer Kardol (VVD) en wethouder Van Dijk.\n\n1. Opening\n\nDe voorzitter opent "
            "de vergadering. De heer Jozefzoon en de heer Bethlem sluiten tijdens agendapunt 3 Spreekrecht alsnog "
            "aan.\n")
    _kept(text, "Jozefzoon", "Bethlem")


def test_a_room_named_after_a_person() -> None:
    _kept("Locatie\n\nRaadzaal (Paul Rüpp-zaal)\n\nDe vergadering is openbaar.", "Paul Rüpp")
    _found("Namens de bewoners spreekt Piet Jansen-van Dam over het plan.", "Piet Jansen-van Dam")
