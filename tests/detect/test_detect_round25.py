"""Office holders and private persons after studying held-out round 25 (issue 14): an office compounded with its
portfolio, a portfolio in lower case after "voor", members among a plural role, an office taken up or left after
the name, the successor in an office, "zowel A als B", the secretary of a council whose heading breaks, parties of
the past, a civil servant's compound function, the given name "Co", a married name joined by a hyphen, businesses
named after their founder, a place under a signature, a double surname joined by a hyphen and a predicate of
nobility inside a name."""

from __future__ import annotations

from redact.detect.public import PublicContext
from redact.rules import load_rules
from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept


def _evidence(text: str, name: str) -> tuple[str, ...]:
    i = text.index(name)
    return PublicContext(text, load_rules()).evidence(i, i + len(name))


def test_an_office_compounded_with_its_portfolio() -> None:
    _kept("Mogelijk gaat landbouwgedeputeerde Elles Lemkes in gesprek met de boeren.\n", "Elles Lemkes")
    _kept("Ook stikstofminister Christianne van der Wal was er.\n", "Christianne van der Wal")
    assert _evidence("Heidema sprak na de uitleg van landbouwgedeputeerde Ten Bolscher.\n", "Ten Bolscher") == (
        "publiek:rol:landbouwgedeputeerde",)
    # a children's council's "wethouder" is a child, a child mayor too
    _found("De kinderwethouder Piet Bakker opende de vergadering.\n", "Piet Bakker")
    _found("De kinderburgemeester Sanne Jansen opende het feest.\n", "Sanne Jansen")


def test_a_portfolio_in_lower_case_after_voor() -> None:
    _kept("Zo ziet ook wethouder voor toerisme Bert van den Kieboom het.\n", "Bert van den Kieboom")


def test_members_named_among_a_plural_role() -> None:
    text = ("Onder de begeleidende raadsleden zijn onder andere Geertje Veenstra, André Hatzman en Mark Feenstra "
            "aanwezig.\n")
    _kept(text, "Geertje Veenstra", "André Hatzman", "Mark Feenstra")
    _found("Onder de begeleidende ouders zijn onder andere Geertje Veenstra en Mark Feenstra.\n",
           "Geertje Veenstra", "Mark Feenstra")
    _kept("In Uithoorn namen acht raadsleden afscheid, te weten de heren Jaap Baak en Nick Roosendaal (VVD).\n",
          "Jaap Baak", "Nick Roosendaal")
    _found("Er spraken bewoners, te weten de heren Jaap Baak en Kees Jansen.\n", "Jaap Baak", "Kees Jansen")


def test_an_office_taken_up_or_left_after_the_name() -> None:
    _kept("Ook Bart van Spaandonk nam afscheid als raadslid, weliswaar als DDE-er.\n", "Bart van Spaandonk")
    _kept("Jeanine Vonk is op 19 maart 2019 aan de slag gegaan als gemeentesecretaris van Sint Anthonis.\n",
          "Jeanine Vonk")
    # either title of a double one: the general director is the gemeentesecretaris
    _kept("Bertus Brinkman stopt per 1 september 2019 als algemeen directeur/gemeentesecretaris van Doesburg.\n",
          "Bertus Brinkman")
    _found("Piet Jansen begint 1 april 2024 als beleidsmedewerker.\n", "Piet Jansen")


def test_the_successor_in_an_office_not_the_predecessor() -> None:
    _kept("In Houten wordt hij vanaf 1 april 2019 als gemeentesecretaris opgevolgd door Aletta Barink.\n",
          "Aletta Barink")
    _kept("Secretaris-generaal Roel Bekker vertrekt per 1 april 2007 bij VWS. Hij wordt opgevolgd door Herman "
          "Groothuis.\n", "Herman Groothuis")
    # one who has left the office is private (realtext convention), and the sentence seldom says whether they have
    _found("Chantal Minnaert wordt gemeentesecretaris. Zij wordt de opvolger van Anky Griekspoor, die in september "
           "vertrok.\n", "Anky Griekspoor")
    _found("Piet de Vries is de nieuwe beleidsmedewerker. Hij wordt opgevolgd door Kees Jansen.\n", "Kees Jansen")


def test_zowel_a_als_b_names_no_office() -> None:
    text = "Zowel de bedrijfscontactambtenaar J.J. van Beek als wethouder P. Spitteler waren niet bereikbaar.\n"
    _found(text, "J.J. van Beek")
    _kept(text, "P. Spitteler")
    assert any(c.startswith("prive:") and c.endswith(":bedrijfscontactambtenaar") for c in _evidence(
        "De bedrijfscontactambtenaar J.J. van Beek was niet bereikbaar.\n", "J.J. van Beek"))


def test_the_secretary_of_a_council_meeting_whose_heading_breaks() -> None:
    text = ("OPENBARE VERGADERING\nRaad der Gemeente Heemstede\nop VRIJDAG 28 JUNI 1946.\nVoorzitter: de heer "
            "Jhr. J. P. W. van Doorn, Burgemeester.\nTegenwoordig zijn de heeren: J. van der Erf en A. N. Zonneveld, "
            "raadsleden.\nSecretaris: de heer N. Vos.\nDe Voorzitter opent de vergadering op de gebruikelijke wijze.\n"
            "De heer Zonneveld wordt door het lot aangewezen om bij eventueele stemmingen het eerst zijn stem uit te "
            "brengen.\nAGENDA:\nI. Vaststelling notulen van 25 April 1946.\n")
    assert "publiek:rol:secretaris" in _evidence(text, "N. Vos")
    _kept(text, "N. Vos")


def test_parties_of_the_past_and_the_chair_of_the_council() -> None:
    _kept("Met de benoeming van KVP’er Theo Thurlings in september 1973 kwam een einde aan die hegemonie.\n",
          "Theo Thurlings")
    _kept("“De kiezer heeft altijd gelijk”, zo stelde raadsvoorzitter Ruud van den Belt vanavond.\n",
          "Ruud van den Belt")


def test_the_given_name_co() -> None:
    _found("Communicatieadviseurs gemeente Geldermalsen: o Co van Leeuwen tel. (0345)\n", "Co van Leeuwen")
    _kept("De leverancier is Jansen & Co uit Delft.\n", "Co")


def test_a_married_name_joined_by_a_hyphen_continues_the_name() -> None:
    _found("Tevens zijn verschenen mr. M.H.A. van der Meer Mohr-Soons en mr. C.A. Nortier.\n",
           "M.H.A. van der Meer Mohr-Soons", "C.A. Nortier")
    _found("het verzoek gaat over de begrafenis van Mevrouw F.S. Rost van Tonningen-Heubel op 31 maart 2007.\n",
           "F.S. Rost van Tonningen-Heubel")


def test_businesses_named_after_their_founder_and_a_place_under_a_signature() -> None:
    _kept("De bijeenkomst is in de zaal van café Lanting, Hoofdstraat 27.\n", "Lanting")
    _kept("Dat concludeert het onderzoeksinstituut Hoffmann na gesprekken met iedereen.\n", "Hoffmann")
    _found("Bureau Ingrid Bakhuis leidt de avond.\n", "Ingrid Bakhuis")  # a consultant's own name
    # the region in a body's name ends the name before it: "van de Noordelijke" is no part of the surname
    _found("Directeur Linze Schaap van de Noordelijke Rekenkamer: 'Wij zijn vooral bedoeld'\n", "Linze Schaap")
    _kept("Directeur Linze Schaap van de Noordelijke Rekenkamer: 'Wij zijn vooral bedoeld'\n", "Noordelijke")
    text = "Met vriendelijke groeten,\n\nRients Turkstra\nProjectleider Delfzijl\n"
    _found(text, "Rients Turkstra")
    _kept(text, "Delfzijl")


def test_a_double_surname_joined_by_a_hyphen_is_one_name() -> None:
    # the party after the whole name is the cue ("De Vries" alone was proposed, with no cue after it)
    _kept("Samenstelling: Nagel (50PLUS), De Vries-Leggedoor (CDA) (voorzitter), Beuving (PvdA).\n",
          "De Vries-Leggedoor")
    _found("Verslag: De Vries-Leggedoor\n", "De Vries-Leggedoor")


def test_a_predicate_of_nobility_inside_a_name() -> None:
    # before, "van Rappard" alone was proposed and "A. G. A. ridder" stayed readable beside the box
    _found("Contactpersoon: mr. A. G. A. ridder van Rappard, kamer 12.\n", "A. G. A. ridder van Rappard")
    _kept("Burgemeester A. G. A. ridder van Rappard opende de vergadering.\n", "A. G. A. ridder van Rappard")
    text = ("b. tot leden: als vertegenwoordigers van de Unie van Waterschappen: de heer K. J. A. baron Collot "
            "d'Escury, lid van het dagelijks bestuur van de Unie van Waterschappen;\n")
    _found("Contactpersoon: de heer K. J. A. baron Collot d'Escury, tel. 06-12345678\n",
           "K. J. A. baron Collot d'Escury")
    assert _evidence(text, "K. J. A. baron Collot d'Escury") == ("publiek:rol:lid van het dagelijks bestuur",)
