"""Office holders and private persons after studying held-out round 24 (issue 14): a residents' wijkteam, a document
word as a surname after two initials, a list entry with a bare initial, the employer named by an office, members who
"form" a governing body, a body that appoints a name, an office held "in zijn tijd als", members who "come back as",
portfolios in lower case and the secretary of an installation meeting."""

from __future__ import annotations

from redact import analyze_text
from redact.detect.public import PublicContext
from redact.rules import load_rules
from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept


def _evidence(text: str, name: str) -> tuple[str, ...]:
    i = text.index(name)
    return PublicContext(text, load_rules()).evidence(i, i + len(name))


def test_the_attendees_of_a_residents_wijkteam_are_private() -> None:
    text = ("Verslag van de vergadering van 22 augustus 2017\n\nVerslag vergadering wijkteam 22 augustus 2017\n\n"
            "Aanwezig:  Addy Vos, Sandra van Grieken, Gerda Nederhoff\n\nWethouder: Laura Leijendekkers\n\n"
            "Addy opent de vergadering en verwelkomt gemeenteraadslid Lisbeth Hertog.\n")
    _found(text, "Addy Vos", "Sandra van Grieken", "Gerda Nederhoff")
    _kept(text, "Laura Leijendekkers")


def test_two_initials_make_a_document_word_a_surname() -> None:
    _found("gemachtigden: mr. F.S. Helder en mr. M.W. van Nijendaal.\n", "F.S. Helder", "M.W. van Nijendaal")
    _kept("Agenda\n\nA. Opening\nB. Mededelingen\n", "Opening", "Mededelingen")


def test_a_list_entry_with_an_initial_without_its_dot() -> None:
    text = ("Aanwezig:\nSjaan van Dijk – Algemeen bestuurslid\nC van de Wiel – BC Zomertuinen\n"
            "H de Vries – Huurder Woonbron\n")
    _found(text, "C van de Wiel", "H de Vries")
    _kept("Bijlagen\nA van de begroting, zie boven\n", "van de begroting")


def test_an_office_that_names_the_employer() -> None:
    text = "Inhoud\n\nWerken bij de ombudsman: Jamal Libari\n\n17\n\n2 Werkwijze en aanpak\n"
    assert not any(c.startswith("publiek") for c in _evidence(text, "Jamal Libari"))
    _found(text, "Jamal Libari")
    assert "publiek:rol:ombudsman" in _evidence("De ombudsman: Jamal Libari.\n", "Jamal Libari")


def test_members_who_form_a_governing_body() -> None:
    text = ("Vandaag werden 4 nieuwe hoogheemraden benoemd. Manita Koop, Ruud Egas, Marcel Belt en Peter Ouwendijk "
            "vormen nu samen met dijkgraaf Piet-Hein Daverveldt het dagelijks bestuur van het hoogheemraadschap.\n")
    for name in ("Manita Koop", "Ruud Egas", "Peter Ouwendijk"):
        assert "publiek:rol:bestuurslid" in _evidence(text, name)
    _kept(text, "Manita Koop", "Ruud Egas", "Peter Ouwendijk")
    for other in ("Anna Bakker en Karel Mol vormen het college van bestuur van de hogeschool.\n",
                  "Anna Bakker en Karel Mol vormen het dagelijks bestuur van de vereniging.\n"):
        assert _evidence(other, "Anna Bakker") == ()


def test_a_body_that_appoints_a_name_to_an_office() -> None:
    assert _evidence("De raad benoemde Anna Bakker gisteren tot wethouder.\n", "Anna Bakker") == (
        "publiek:rol:wethouder",)
    assert _evidence("De raad koos Matthias Kuiterman unaniem tot commissielid.\n", "Matthias Kuiterman") == (
        "publiek:zwak:commissielid",)
    assert _evidence("Het bestuur koos Anna Bakker als penningmeester.\n", "Anna Bakker") == ()


def test_an_office_held_in_a_past_period_and_members_who_come_back() -> None:
    text = "Hugo de Jonge heeft in zijn tijd als minister van Volksgezondheid een privéadres gebruikt.\n"
    assert _evidence(text, "Hugo de Jonge") == ("publiek:rol:minister",)
    text = ("Verschillenden van hen, zoals Cock Weerheim en Annemieke Hulsbergen, komen terug als fractielid van "
            "buiten de raad.\n")
    assert _evidence(text, "Annemieke Hulsbergen") == ("publiek:rol:fractielid",)
    assert _evidence(text, "Cock Weerheim") == ("publiek:rol:fractielid",)
    assert _evidence("Anna Bakker komt terug als beleidsmedewerker.\n", "Anna Bakker") == ()


def test_portfolios_in_lower_case_and_plural_committees() -> None:
    text = ("Een jury, die bestaat uit burgemeester Marianne Besselink, wethouder van onderwijs Paul Hofman en "
            "raadslid Yoeri Klein Braskamp, kiest de nieuwe jeugdburgemeester.\n")
    _kept(text, "Marianne Besselink", "Paul Hofman", "Yoeri Klein Braskamp")
    text = ("De voorzitter van de commissie van de Eerste Kamer, Van Strien\nDe griffier van de commissies, Roovers\n"
            "Inleiding\n")
    assert "publiek:rol:griffier" in _evidence(text, "Roovers")


def test_the_secretary_of_a_council_s_installation_meeting() -> None:
    text = ("Gemeente Etten-Leur - 15 Notulen van de installatievergadering van mr. F.J.M. Houben als burgemeester "
            "van Etten-Leur, gehouden op vrijdag 4 februari 1977. Aanwezig: L.J.M. de Bruijn, wethouder, "
            "A.A.W. Luijkx, wethouder, alle raadsleden. A.P. Snijders, secretaris. W.H.G. Nijs, notulist. "
            "Hierna opent de voorzitter de raadsvergadering met gebed.\n")
    assert "publiek:rol:secretaris" in _evidence(text, "A.P. Snijders")
    _kept(text, "A.P. Snijders")
    _found(text, "W.H.G. Nijs")


def test_a_committee_seat_for_a_party_is_public() -> None:
    assert _evidence("De raad koos Matthias Kuiterman unaniem tot commissielid voor de ChristenUnie.\n",
                     "Matthias Kuiterman") == ("publiek:rol:commissielid",)
    assert _evidence("Anna Bakker, commissielid namens D66, vroeg het woord.\n", "Anna Bakker") == (
        "publiek:rol:commissielid",)
    assert _evidence("Anna Bakker, commissielid voor de Bomenstichting, vroeg het woord.\n", "Anna Bakker") == (
        "publiek:zwak:commissielid",)


def test_an_unknown_given_name_before_a_surname_that_is_also_a_given_name() -> None:
    _found("De affaire met Sywert Jansen werd ontdekt door de krant.\n", "Sywert Jansen")
    _found("Het werd ontdekt rondom de affaire met Sywert van Dijk door de krant.\n", "Sywert van Dijk")
    _kept("Het Huis van Oranje ontving de Tweede Kamer van Nederland.\n", "Oranje", "Nederland")


def test_a_second_full_name_in_a_flattened_row_does_not_take_the_role() -> None:
    text = ("Overzicht woordvoerders\nWoordvoerder Woordvoerder van Vervanger Portefeuille\n\n"
            "Gedeputeerde Jeannette Baljeu Michiel Groeneveld\n • Financiën\n\nMichiel Groeneveld\n\n0636105363\n")
    assert _evidence(text, "Jeannette Baljeu") == ("publiek:rol:gedeputeerde",)
    assert _evidence(text, "Michiel Groeneveld") == ()
    _found(text, "Michiel Groeneveld")  # also inside the row: two full names side by side stay two findings
    _kept(text, "Jeannette Baljeu")
    assert [f.text for f in analyze_text("Toen kwam Piet Jansen binnen.\n")] == ["Piet Jansen"]
    assert _evidence("Wethouder Jan Willem Jansen opent de vergadering.\n", "Jansen") == ("publiek:rol:wethouder",)
