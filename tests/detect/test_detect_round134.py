"""Held-out rounds 134 to 139 (issue 14; names altered): the secretary on the roll of a college meeting whose heading
writes "b en w" in lower case, fire fighters "van de groep" of their station (no Kamer group), a party's label read as a
name in a roll by party, a firm named after its owner with its trade in the plural (round 134); the Kiesraad's temporary
appointments "X voor D66, in de plaats van Y", an appointment with its date before the name, and a Kamer roll counted
"met den tijdelijken Voorzitter" (round 135); a party's members named by what they do in the council, "De CDA-leden die
de raad verlaten zijn A, B en C" (round 136); a new council's seats filled by party, "tien zetels die gevuld worden door
A, B, …", "De vijf zetels van GroenLinks zijn voor A, B …", "D66 gaat de raad in met A, B …", also "Voor X zijn de
raadsleden voor de komende periode A – B, C", "Namens de PvdA worden het A, B", "De twee zetels van SP worden gevuld
door A en B", "1 zetel die gevuld wordt door A", and "A nam eerder tijdens de raadsvergadering afscheid als raadslid"
(round 137); a place in brackets after a name, "(Den Burg)", is no "burg." (round 137); a mayor installed "als eerste
Kroonbenoemde burgemeester" and one who "afscheid nam als burgemeester", a wethouder "namens de duofractie
PvdA/GroenLinks", "De raadszetels die hierdoor vrij komen worden ingevuld door A en B", a married name after a spaced
dash with its particle, "De Kiesraad S.F.J. (Sidney) X" (no given name), "De vacature was ontstaan door het ontslag van
X", credentials under a capitalised heading and a fruit farm named after its owner, "Fruittuin X" (round 138); a Kamer
roll of 1849, "Er zijn 61 leden tegenwoordig, te weten : de heeren : …", and a photo caption under the council's name
alone, "Gemeenteraad\nStaand vanaf links: A, B" (round 139); the members of another college ("plaatsvervangend
Collegeleden van het College voor de Rechten van de Mens: A, B") are no college of B&W."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found, assert_kept, untouched


def test_the_secretary_on_the_roll_of_a_college_meeting_headed_in_lower_case() -> None:
    text = ("Besluitenlijst 5 september 2023\n\nNotulen b en w vergadering 5 september 2023\nRegistratienummer: 1588507"
            "\n\nAanwezig:\n\n • E. van Dam, burgemeester\n • M. Hovers, wethouder\n • H. Rotmans, wethouder\n"
            " • A. Heinsius, secretaris\n • M. de Goeij, notulist\n\nNotulen\n\n • Vaststellen notulen 1 augustus "
            "2023, worden vastgesteld\n")
    assert_kept(text, "A. Heinsius", "M. Hovers")
    assert_found(text, "M. de Goeij")


def test_fire_fighters_of_their_stations_group_are_no_kamer_group() -> None:
    text = ("Vier mensen kregen het diploma pompbediener. Christa Hoek en Marcel Plenders van de groep Emmeloord 1 "
            "en 2 slaagden voor de opleiding tot hoofdbrandwacht. Dick van Kranenbos van de groep Rutten, Edwin "
            "Lugtenhof van de groep Creil en Alice Scheers van de groep Emmeloord 2 mochten het diploma "
            "onderbrandmeester in ontvangst nemen.")
    assert_found(text, "Marcel Plenders", "Dick van Kranenbos", "Edwin Lugtenhof", "Alice Scheers")


def test_a_partys_label_in_a_roll_by_party_is_no_name() -> None:
    text = ("Voorzitter:\n\nDhr. E. Eerland\n\nSecretaris:\n\nJ.G.M. Hovens\n\nDeelnemers vergadering:\n\nPvdA: D. "
            "Bouwhuis, G.C. Hanse; VVD: P.C.M. van der Vliet; D66: mw. C.S.M. Groot; J.Sundar CDA: E.J. Ilhan; "
            "Burgerbelangen: A.J. Le Lou; GroenLinks: mw. T. Hanninks; SP: mw. J.E.L. Futsel; CU: B. Veldhuis\n")
    findings = analyze_text(text)
    assert untouched(text, [f for f in findings if f.entity == "NAAM"], "Burgerbelangen")


def test_a_firm_named_after_its_owner_with_its_trade_in_the_plural() -> None:
    text = ("Arend prees de steun van Patrimonium en Paul Casterman Hoveniers, die zwaarder tuingereedschap aan de "
            "vrijwilligers uitleent. Voorzitter Jan Bakker opende de tuin.")
    findings = analyze_text(text)
    assert untouched(text, [f for f in findings if f.entity == "NAAM"], "Paul Casterman Hoveniers")
    assert_found(text, "Jan Bakker")


def test_temporary_members_appointed_for_a_party_in_the_place_of_members_on_leave() -> None:
    text = ("Daarnaast benoemde de Kiesraad drie tijdelijke Tweede Kamerleden.\n\nTijdelijke benoemingen:\n\n"
            "  • De heer T.C. (Tjeerd) de Gruijter voor D66, in de plaats van mevrouw I. (Ilana) Roodhart\n"
            "  • Mevrouw M. (Marijke) Synhout voor D66, in de plaats van mevrouw J.J. (Hanneke) van der Wiel\n\n"
            "Tweede Kamerleden kunnen bij langdurige ziekte tijdelijk ontslag nemen.")
    assert_kept(text, "T.C. (Tjeerd) de Gruijter", "I. (Ilana) Roodhart", "M. (Marijke) Synhout",
                "J.J. (Hanneke) van der Wiel")


def test_an_appointment_with_its_date_between_the_verb_and_the_name() -> None:
    text = ("De Kiesraad benoemde op 27 september 2022 Mirjam Krijger tot lid van de Eerste Kamer. Krijger vult de "
            "tussentijdse vacature.\n\nBeeld: ©Eerste Kamer/Hans Kouwenberg")
    assert_kept(text, "Mirjam Krijger", "Krijger")
    assert_found(text, "Hans Kouwenberg")


def test_a_kamer_roll_counted_with_the_acting_chair() -> None:
    text = ("Tegenwoordig, met den tijdelijken Voorzitter, 12 leden, te weten de heeren: Beelaerts van Blokland, "
            "Haffmans, Roell, Walter, Seret, Veegens, Heemskerk, Van Alphen, Harte, Schepel, Bool, Kolkhuis, "
            "Vermeulen, De Ram en Clercx;\nDe tijdelijke Voorzitter: Ik geef het woord aan den heer Haffmans.\n")
    assert_kept(text, "Kolkhuis", "Vermeulen", "De Ram", "Clercx")


def test_a_partys_members_named_by_what_they_do_in_the_council() -> None:
    text = ("Grote mutatie\n\nDe CDA-leden die de raad verlaten zijn Karin Reinders, Tonny Eilers, Leo Stamsma, "
            "Hubert Stevens en Wim Weeringa. Raadsleden die allemaal regelmatig aan de bel trokken.\n\nStamsma is in "
            "dit gezelschap het raadslid met de meeste dienstjaren. Fotograaf Jan Pieters maakte de foto's.")
    assert_kept(text, "Karin Reinders", "Tonny Eilers", "Leo Stamsma", "Hubert Stevens", "Wim Weeringa")
    assert_found(text, "Jan Pieters")


def test_a_new_councils_seats_filled_by_party() -> None:
    text = ("BREDA - De nieuwe gemeenteraad van Breda is woensdagavond geïnstalleerd.\n\nDe grootste fractie is "
            "die van VVD. De partij heeft drie zetels die gevuld worden door Boaz Adema, Daan Quist en Arnoud van "
            "Vliet. De twee zetels van GroenLinks zijn voor Marike de Noble en Thom Dijkman. PvdA heeft twee zetels. "
            "Deze zijn voor Arjen van Drunnen en Younes Nahdi. D66 gaat de raad in met Dion Meuwsen, Fons Pothoven en "
            "Joris Vrensink.\n\nFoto: Jan Pieters")
    assert_kept(text, "Boaz Adema", "Daan Quist", "Arnoud van Vliet", "Marike de Noble", "Thom Dijkman",
                "Arjen van Drunnen", "Younes Nahdi", "Dion Meuwsen", "Fons Pothoven", "Joris Vrensink")
    assert_found(text, "Jan Pieters")


def test_a_partys_members_named_for_the_period_with_a_spaced_dash_in_a_double_surname() -> None:
    text = ("Drieëntwintig raadsleden werden er geïnstalleerd. Voor Gemeentebelangen zijn de raadsleden voor de "
            "komende periode Bregje Peijnenbroek – Van Gemeren, Eddie van Doorne, Jos den Oudsten en Guus van "
            "Woesink. De VVD gaat de raad in met Mark du Mainé, Nathalie Pullen – Robeers, Bert Timmers en Albert "
            "Verlinden. Namens de PvdA worden het Kim Dorn, Nino de Langen en Karin Sprikke.\n\nFoto: Jan Pieters")
    assert_kept(text, "Bregje Peijnenbroek", "Van Gemeren", "Eddie van Doorne", "Jos den Oudsten", "Guus van Woesink",
                "Bert Timmers", "Albert Verlinden", "Nino de Langen", "Karin Sprikke")
    assert_found(text, "Jan Pieters")


def test_a_partys_seats_filled_in_the_passive_and_a_single_seat() -> None:
    text = ("De twee zetels van SP worden gevuld door Inge Verdonk en Michel Verschuur. 50Plus heeft 1 zetel die "
            "gevuld wordt door Peter de Jongh. De zetel van Forum voor Democratie is voor Marnix van Woudenbergh.\n\n"
            "Tekst: Jan Pieters")
    assert_kept(text, "Inge Verdonk", "Michel Verschuur", "Peter de Jongh", "Marnix van Woudenbergh")
    assert_found(text, "Jan Pieters")


def test_a_member_who_took_leave_as_councillor_earlier_in_the_meeting() -> None:
    text = ("Eli de Graauw is beëdigd als raadslid en volgt Maarten Kerstens op. Maarten nam eerder tijdens de "
            "raadsvergadering afscheid als raadslid. Zijn buurman Piet Smeltink keek toe.")
    findings = analyze_text(text)
    assert untouched(text, findings, "Maarten nam"), [f.text for f in findings]
    assert_found(text, "Piet Smeltink")


def test_a_place_in_brackets_after_a_name_is_no_role() -> None:
    text = ("In de vrije standaardklasse won Wybe de Vriesema (Hantum). Bertus Uitgeester (Oosterend) finishte als "
            "tweede, Danny van der Staal (Den Burg) als derde. Koos Wiering (burg) reikte de bekers uit.")
    assert_found(text, "Danny van der Staal", "Bertus Uitgeester")
    assert_kept(text, "Koos Wiering")


def test_a_mayor_installed_as_the_first_crown_appointed_and_a_predecessor_who_left_as_mayor() -> None:
    text = ("Woensdagavond is Adriaan Hoogenboom geïnstalleerd als eerste Kroonbenoemde burgemeester van "
            "Midden-Groningen. Het gebeurde precies een jaar nadat Geert-Jan ten Brinke afscheid nam als burgemeester "
            "van de voormalige gemeente Slochteren.\n\nFoto: Jan Pieters")
    assert_kept(text, "Adriaan Hoogenboom", "Geert-Jan ten Brinke")
    assert_found(text, "Jan Pieters")


def test_a_wethouder_for_a_duo_group_and_vacant_council_seats_filled() -> None:
    text = ("Samen met Robert Meijers namens de VVD, Alex Wekkema namens de duofractie PvdA/GroenLinks en burgemeester "
            "Klaas Smits vormen zij het college. De raadszetels die hierdoor vrij komen worden ingevuld door Casper "
            "Colenbrink en Jan ten Hoorn.\n\nFoto: Jan Pieters")
    assert_kept(text, "Alex Wekkema", "Casper Colenbrink", "Jan ten Hoorn")
    assert_found(text, "Jan Pieters")


def test_a_married_name_after_a_spaced_dash_with_its_particle_is_one_name() -> None:
    text = "De rubriek werd gewonnen door Anna Jansen – van Bijnen met haar pony."
    findings = [f for f in analyze_text(text) if f.entity == "NAAM"]
    assert [f.text for f in findings] == ["Anna Jansen – van Bijnen"]


def test_the_electoral_council_is_no_given_name_and_a_resignation_opened_the_seat() -> None:
    text = ("De Kiesraad benoemde op 6 juli 2023 J.C.M. (Hans) Teunisse als Tweede Kamerlid voor D66. De vacature was "
            "ontstaan door het ontslag van M.J.T.G. (Marijke) van Beukeren-Huijbers per 2 juni 2023. Eerder benoemde "
            "de Kiesraad S.F.J. (Sidney) Smeet in deze vacature, hij nam de benoeming niet aan.")
    findings = analyze_text(text)
    assert untouched(text, [f for f in findings if f.entity == "NAAM"], "Kiesraad")
    assert_kept(text, "M.J.T.G. (Marijke) van Beukeren-Huijbers", "J.C.M. (Hans) Teunisse")
    assert_found(text, "S.F.J. (Sidney) Smeet")


def test_credentials_under_a_capitalised_heading() -> None:
    text = ("II. Geloofsbrieven van den heer R. Ph. de Bouzies.\n\nDe Commissie heeft de akte van benoeming in orde "
            "bevonden. Het rapport werd opgesteld door de heer Jan Pieters, inwoner van Bergen.")
    assert_kept(text, "R. Ph. de Bouzies")


def test_a_fruit_farm_named_after_its_owner() -> None:
    text = ("Het initiatief kwam van Gerjan Puttenberg. Iedereen kon zaadjes ophalen bij Fruittuin Verbeek en de "
            "Welkoop. De boomgaard van Fruittuin Verbeek lag vol pompoenen.")
    findings = [f for f in analyze_text(text) if f.entity == "NAAM"]
    assert untouched(text, findings, "Fruittuin Verbeek")
    assert_found(text, "Gerjan Puttenberg")


def test_a_kamer_roll_of_1849_counted_before_te_weten() -> None:
    text = ("Er zijn 61 leden tegenwoordig, te weten : de heeren : Thorbeek, Westerhof, Leclerq, Bakker, Dirksen, van "
            "Doorne, Jesper, Verweij Mejan, van Hallen, Godefroy.\nDe Voorzitter opent de vergadering.")
    assert_kept(text, "Thorbeek", "Westerhof", "Leclerq", "Dirksen", "van Doorne", "Godefroy")


def test_a_photo_caption_under_the_councils_name_alone() -> None:
    text = ("De verordening is vastgesteld.\n\nGemeenteraad\nStaand vanaf links: Stefan van Someren, Jan Eerbeek, Gert "
            "van Leeuwen, Geerten van der Lugt (achter), Kees van Hattem. Vooraan vanaf links: Thomas de Vree, Amy "
            "Mathijsen, Gonny den Hartogh.\n\nTekst: Jan Pieters")
    assert_kept(text, "Stefan van Someren", "Jan Eerbeek", "Geerten van der Lugt", "Kees van Hattem", "Thomas de Vree",
                "Gonny den Hartogh")
    assert_found(text, "Jan Pieters")



def test_the_members_of_another_college_are_no_college_of_b_en_w() -> None:
    text = ("Benoeming interim-voorzitter College voor de Rechten van de Mens\n\nDe ministerraad heeft ook ingestemd "
            "met de benoeming van drie plaatsvervangend Collegeleden: Mr. N.A (Nynke) Hilbers-Baars, Mr. J. (Jildou) "
            "Boerlee – van den Bosch, Mr. V.C. (Vera) Kolen en Mr. K. (Veeni) Nagarajan.")
    assert_found(text, "V.C. (Vera) Kolen", "K. (Veeni) Nagarajan")  # (the list runs on past the spaced dash)
    text = ("Het college van burgemeester en wethouders vergaderde. Aanwezig waren de collegeleden A. Jansen, P. de "
            "Vries en K. Smit. Notulist: Jan Pieters.")
    assert_kept(text, "A. Jansen", "P. de Vries", "K. Smit")
