"""Held-out round 100 (issue 14; names altered): a broadcaster's news on outgoing Statenleden listed by party ("Bij de
VVD A, B. … CDA :C, D. Bij D66 verdwijnen E en F") and a party's news on a Statenlid who left for the Tweede Kamer
("Ze volgt X op, die sinds 10 mei lid is geworden van de Tweede Kamer"), citizens seated on a committee ("als
commissielid, niet zijnde statenlid"), a council's credentials committee and its deputy chair, and a party's report
("Hij zat namens de fractie van de ChristenUnie in de gemeenteraad")."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_outgoing_members_listed_by_party() -> None:
    text = ("22 leden van Provinciale Staten zien we na vandaag niet meer terug in het Drentse parlement. Bij de VVD "
            "Paul Moltmakerma, Gea Weertsma, Jan Luuk Stelma. Bij de PvdA: Maaike Bakkerma, Rudolf Boschma. "
            "CDA :Riëtte Wollerichma, Henk Reindersma, Klaas Neutelma. Bij D66 verdwijnen Marianne van der Tollma en "
            "Jurr van Dalenma.")
    assert_kept(text, "Paul Moltmakerma", "Jan Luuk Stelma", "Maaike Bakkerma", "Riëtte Wollerichma",
                "Henk Reindersma", "Klaas Neutelma", "Marianne van der Tollma", "Jurr van Dalenma")


def test_a_party_and_a_colon_need_a_list() -> None:
    # one capitalised name after a party's colon is a quote's speaker or a headline, not a roll
    assert_found("De vergadering was lang. VVD: Jan Jansenma sprak namens de buurtvereniging.", "Jan Jansenma")


def test_the_office_split_by_its_verb_in_a_relative_clause() -> None:
    text = ("Sonja Hilgengama werd geïnstalleerd als statenlid. Ze volgt Eline Vedderma op, die sinds 10 mei lid is "
            "geworden van de Tweede Kamer.")
    assert_kept(text, "Eline Vedderma")
    assert_found("Wij spraken met Jan Jansenma, die sinds mei lid is geworden van de tennisclub.", "Jan Jansenma")


def test_committee_members_who_are_not_members_of_the_body() -> None:
    text = ("In dezelfde statenvergadering werden Gertjan Zuurma en Erik-Jan Kreuzema als commissielid, niet zijnde "
            "statenlid benoemd.")
    assert_kept(text, "Gertjan Zuurma", "Erik-Jan Kreuzema")
    assert_kept("De raad heeft Piet Haanstrama benoemd tot commissielid, niet zijnde raadslid.", "Piet Haanstrama")
    # a club's committee stays what "commissielid" alone says: not public
    assert_found("Jan Jansenma werd benoemd tot commissielid, niet zijnde lid van de vereniging.", "Jan Jansenma")


def test_credentials_committee_and_ordinal_deputy_chair() -> None:
    text = ("De gemeenteraad besluit unaniem (24 stemmen) te benoemen tot:\ntweede plaatsvervangend raadsvoorzitter: "
            "Mevrouw I. Havemanma-Regeling.\n\nDe commissie geloofsbrieven bestaand uit dhr. Gernaatma (voorzitter), "
            "dhr. Lomanma en dhr. Logtmeijerma heeft de geloofsbrieven gecontroleerd en akkoord bevonden.")
    assert_kept(text, "I. Havemanma-Regeling", "Gernaatma", "Lomanma", "Logtmeijerma")
    assert_kept("De raad benoemt mevrouw I. Jansenma-Bakker tot tweede plaatsvervangend voorzitter van de raad.",
                "I. Jansenma-Bakker")


def test_a_double_name_with_a_document_word() -> None:
    # one part of a double family name may be a document word when the other is a name: a civil servant is found
    text = "Contact opnemen met mevrouw I. Havemanma-Regeling van de afdeling Subsidies."
    assert_found(text, "I. Havemanma-Regeling")


def test_a_member_who_sat_in_the_council() -> None:
    text = ("Eerste dankwoord daarom gericht aan René Eijgelshovenma. Hij zat namens de fractie van de ChristenUnie in "
            "de gemeenteraad van Delfzijl.")
    assert_kept(text, "René Eijgelshovenma")
    assert_found("Jan Jansenma zit in de raad van bestuur van de bank.", "Jan Jansenma")
