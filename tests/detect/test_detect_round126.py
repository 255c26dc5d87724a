"""Held-out rounds 126 to 133 (issue 14; names altered): a street before its postcode, a sports park's name, a chair
of a school board who speaks at a council, a state secretary with the portfolio in lower case, a Kamer roll that goes
on past its line's comma, up to the petitions report after it, the notices of "de navolgende leden" kept away, a roll
that ends at "Aan de orde is:", a numbered profile of burgemeesters, a candidate taking a council seat, a family name
whose rest the grammar left before its party tag, a printed council record with reported speakers in capitals, a
predecessor who left for an office named in a relative clause, a party's spokesperson by a compound (round 132), and
members excused or leaving early, a committee seat beside one council member and a party chair's title split in two
(round 133)."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found, assert_kept, untouched


def test_a_street_named_like_a_family_before_its_house_number_and_postcode() -> None:
    text = "Secretaris : A. Smit, De Brink 106, 3703 AT Zeist, tel. 030 - 1234567."
    findings = analyze_text(text)
    assert untouched(text, [f for f in findings if f.entity == "NAAM"], "De Brink")
    assert_found(text, "A. Smit")


def test_a_sports_parks_name_after_its_noun() -> None:
    text = ("Er zijn gesprekken gevoerd over de mogelijke nieuwe herinrichting van sportpark Haasbroek en onze eigen "
            "skeelerbaan. Bert Jansen gaf een toelichting.")
    findings = analyze_text(text)
    assert untouched(text, findings, "Haasbroek")
    assert_found(text, "Bert Jansen")


def test_the_chair_of_a_school_board_speaking_at_a_council_is_no_office_holder() -> None:
    text = ("Raadsavond gemeente Hoogeveen.\nVoorzitter: de heer Jansen (burgemeester).\n\n2. Spreekrecht\nDe heer "
            "Pijlman is voorzitter van het schoolbestuur BOPO.\nHij zegt dat de schoolbus een prima voorziening is die "
            "niet mag verdwijnen. De heer Pijlman vindt deze wijze van informeren onzorgvuldig.\n")
    assert_found(text, "Pijlman")


def test_a_state_secretary_with_the_portfolio_in_lower_case() -> None:
    text = ("Volgens staatssecretaris voor het hoger onderwijs Halbe Zijlstra is er geen sprake van een "
            "koerswijziging. Dit schrijft Zijlstra als antwoord op vragen.")
    assert_kept(text, "Halbe Zijlstra", "Zijlstra")


def test_a_kamer_roll_that_goes_on_past_a_comma_ends_before_the_petitions_report() -> None:
    members = ", ".join(["Kodde", "Egas", "Bogaers", "Duynstee", "Vondeling", "Ruygers", "Peschar", "Nederhorst",
                         "Baeten", "Mellema", "Albering", "Moorman", "Roolvink", "Posthumus", "Kranenburg", "Wierda",
                         "Franssen", "Blom", "Couzy", "Diepenhorst", "Ritmeester", "Tilanus", "Visch", "Kikkert"])
    text = ("VERGADERING VAN DONDERDAG 7 MAART 1963\nVoorzitter: de heer Van Thiel\nTegenwoordig zijn 100 leden, te "
            f"weten: de heren Van Thiel, {members}, Smallenbroek,\nen de heer Toxopeus, Minister van Binnenlandse "
            "Zaken. Aan de orde is de behandeling van het wetsontwerp Gemeentelijke herindeling van de Vechtstreek en "
            "wijziging van de grenzen van enkele nabij deze streek gelegen gemeenten.\n"
            "De heer Beernink, voorzitter van de vaste Commissie voor Binnenlandse Zaken brengt het volgende verslag "
            "uit: In haar handen zijn gesteld de volgende adressen: een, van de raad der gemeente Breukelen; een, van "
            "A. Hellingwerf, te Vreeland, waarin wordt verzocht dit wetsontwerp niet aan te nemen.\n")
    assert_kept(text, "Smallenbroek", "Toxopeus", "Kikkert")
    assert_found(text, "A. Hellingwerf")


def test_the_notices_of_the_following_members_kept_away() -> None:
    text = ("Eerste Kamer.\n17de VERGADERING. — 28 JANUARI 1889.\nVoorzitter: de heer Van der Oye\nTegenwoordig, met "
            "den Voorzitter, 38 leden, te weten de heeren:\nPyls, Alberda van Ekenstein, Stork, Moolenburgh, Viruly, "
            "Thooft, Six, Melvil van Lynden, Van Gennep, Vening Meinesz, Welt, Smitz, Insinger, Verheijen, De Bruyn, "
            "Hengst, Blussé, Regout, Wertheim, Bultman, Prins, Pijnappel, Breuning en Muller;\nen al de heeren "
            "Ministers.\nDe notulen van het verhandelde in de vorige vergadering worden gelezen en goedgekeurd.\nDe "
            "Voorzitter deelt mede dat zijn ingekomen berichten van de navolgende leden , die verhinderd zijn deze "
            "ver\xadgadering bij te wonen : de heeren Van Roijen , Van Lier en Donker wegens ambtsbezigheden, de heer "
            "Huydecoper van Maarsseveen door ongesteldheid.\nDeze berichten worden voor kennisgeving aangenomen.\n")
    assert_kept(text, "Van Roijen", "Van Lier", "Donker", "Huydecoper van Maarsseveen")


def test_a_line_broken_roll_ends_at_the_first_item_with_a_colon() -> None:
    text = ("De voorzitter. Ingevolge het Reglement van orde open ik de vergadering.\nPresentielijst\nAanwezig zijn 43 "
            "leden: Arp (SP), Assad (D66), Bos (GroenLinks), Van den Bos\n(PvdD), Butt (GroenLinks), Van Doorn (D66), "
            "Dumoulin (VVD), Van Esch (D66), Etalle (FVD)\nen Hofstra (VVD).\nDe voorzitter. Aangezien het vereiste "
            "aantal leden aanwezig is, kan de vergadering voortgang vinden.\nAan de orde is:\nA.\nStad in de raad.\nDe "
            "voorzitter. Er zijn 54 insprekers aangemeld. Ik geef als eerste het woord aan D. Celtik.\nMevrouw Celtik. "
            "Goedemiddag. Ik ben Dilek Celtik, penningmeester van een voetbalvereniging.\n")
    assert_kept(text, "Arp", "Dumoulin", "Hofstra")
    assert_found(text, "D. Celtik", "Dilek Celtik")


def test_a_numbered_profile_whose_paragraph_opens_with_the_office_and_its_term() -> None:
    text = ("Voor wie het niet meer bij kan houden, zetten we de burgemeesters op een rijtje.\n\n1. Jaap "
            "Gelok\n\nBurgemeester van Borsele van 2002 tot 2017. Is nu gepensioneerd.\n\n2. Gerben "
            "Dijksterhuis\n\nBurgemeester sinds 2017. Was eerst wethouder in Zeewolde.\n\n3. Huub "
            "Hieltjes\n\nWaarnemend burgemeester in Kapelle sinds 1 januari 2018. Was daarvoor lid van een "
            "waterschap.\n")
    assert_kept(text, "Jaap Gelok", "Gerben Dijksterhuis", "Huub Hieltjes")


def test_the_next_candidate_who_takes_the_vacant_council_seat() -> None:
    text = ("Als gevolg van het vertrek van een raadslid zal Wietse Snijders de vrij gekomen raadszetel innemen. Het "
            "is voor een beperkte periode, namelijk tot aan de installatie van de nieuwe raad.")
    assert_kept(text, "Wietse Snijders")


def test_a_committee_member_whose_family_name_holds_a_particle_and_a_place() -> None:
    text = ("Samenstelling: Mw. Leyten (CDA), (voorzitter), Wagemakers (CDA), Kuiper (CDA), Burkens (VVD), Glastra van "
            "Loon (D'66), Mw. Van Leeuwen (PSP), Hoekstra (CPN), Abma (SGP).")
    assert_kept(text, "Glastra van Loon", "Wagemakers", "Abma")


def test_a_printed_council_record_whose_speakers_in_capitals_are_reported() -> None:
    text = ("De VOORZITTER acht het niet juist, de commissie in de sfeer van de plaatselijke politiek te brengen. De "
            "heer DE JONG veronderstelt, dat het niet zo gemakkelijk is, zich als lid van deze commissie in te werken. "
            "De VOORZITTER heeft alle respect voor het werk van de commissieleden. De heer THEUNISSE merkt op, dat de "
            "heer Moerings geen zitting wou nemen in de commissie. De heer KOPPENOL zegt, dat de indruk gewekt is, dat "
            "de leden van de fractie hebben staan trappelen. De heer MOERINGS onderschrijft, dat hij niet in deze "
            "commissie wil zitten.")
    assert_kept(text, "DE JONG", "THEUNISSE", "KOPPENOL", "MOERINGS", "Moerings")


def test_the_predecessor_who_left_for_an_office_in_a_relative_clause() -> None:
    text = ("Op 25 november is Sjraar Roelofs geïnstalleerd als lid van het Algemeen Bestuur van het Waterschap. "
            "Sjraar volgt Gerard IJff op die benoemd is tot wethouder van de gemeente Meerssen.")
    assert_kept(text, "Gerard IJff")


def test_a_partys_spokesperson_in_the_house_by_a_compound() -> None:
    text = ("“Dat was in strijd met de regels die de archiefwet stelt”, erkende de minister. Volgens D66-woordvoerder "
            "Scheltema is de Tweede Kamer in deze kwestie gewoon misleid.")
    assert_kept(text, "Scheltema")


def test_members_excused_or_leaving_early_in_a_councils_decision_list() -> None:
    text = ("Raadsvergadering\n\ndinsdag 10 november 2020\nVoorzitter:\nJ.A. de Boer\n\nAgendapunten\n\n • 1\n\n  "
            "Besluit\n  De voorzitter opent de vergadering. Hij geeft aan bericht van verhindering te hebben ontvangen "
            "van mevrouw Tetteroo en de heer Zaaijer. Ook de heer Molleman is afwezig. Mevrouw Van Dam en de heer Van "
            "Tuil zullen de vergadering eerder verlaten.\n • 2\n\n  Besluit\n  De voorzitter geeft mevrouw Zwart het "
            "woord. Mevrouw Zwart legt een korte verklaring af over haar uittreden uit de fractie van de VVD.\n")
    assert_kept(text, "Tetteroo", "Zaaijer", "Van Dam", "Van Tuil")


def test_a_committee_seat_given_beside_a_council_member_and_a_party_chair_split_in_two() -> None:
    text = ("Raadslid Kadra neemt afscheid en de heer Heuvelmans wordt benoemd tot raadslid tevens wordt de heer "
            "Schoenmaker benoemd tot commissielid. Zie hieronder onze algemene beschouwingen, gehouden door onze "
            "fractie voorzitter Piet Kome.")
    assert_kept(text, "Schoenmaker", "Piet Kome")
