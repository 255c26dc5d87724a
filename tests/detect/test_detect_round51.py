"""Held-out round 51 (issue 14): what studying it fixed (names altered) - attendees listed with their own
organisations (officials of many bodies, not a water board's meeting); "Versteeg" is a surname and "onderweg" no
street; a governing body's signature whose functions stand apart; the Kamer's questions and roll before 1947; an
association's chair in the old spelling; a stop word after three initials."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_attendees_with_their_own_organisations_are_no_boards_members() -> None:
    text = ("Verslag\nBGT Werksessie - Thema Water\nvergaderdatum\n15 juni 2017\n\naanwezig\n"
            "Stefan van Gerwma | Provincie Noord-Brabant\nWolfram Schmima | Waterschap Drents Overijsselse Delta\n"
            "Yvonne Mentma | Waterschap De Dommel\nArnoud de Boerma | Geonovum\n\nNotulist\nJoyce Versteeg\n\n"
            "1.\n\nOpening en voorstelrondje\n\nArnoud opent om 13.00 uur de vergadering.\n")
    assert_found(text, "Stefan van Gerwma", "Wolfram Schmima", "Yvonne Mentma", "Arnoud de Boerma", "Joyce Versteeg")
    # the water board's own meeting names it in its heading
    assert_kept("Verslag van de vergadering van het algemeen bestuur van het Waterschap De Dommel\n\naanwezig\n"
                "Stefan van Gerwma (voorzitter), Wolfram Schmima, Yvonne Mentma\n\n1. Opening\n", "Wolfram Schmima")


def test_a_surname_or_a_word_that_ends_like_a_street() -> None:
    assert_found("Verslaggever Remco Jansen onderweg met boa Alex.", "Remco Jansen")
    assert_found("Ik sprak met Anna Versteeg over de aanvraag.", "Anna Versteeg")
    # a street stays a street, also when a line break split it after its hyphen
    assert_kept("Het pand aan de Kerksteeg 4 en de Dr. Botke- weg 12 te Leeuwarden.", "Kerksteeg", "Botke")


def test_a_governing_bodys_signature_whose_functions_stand_apart() -> None:
    assert_kept("Wij vertrouwen u hiermee voldoende te hebben geïnformeerd.\n\nGedeputeerde Staten van Overijssel,  \n"
                " \n \n \nvoorzitter  \nA.P. HEIDMA  \n \n \n \nsecretaris  \nN. JANSEN\n", "A.P. HEIDMA",
                "N. JANSEN")


def test_the_kamers_questions_and_roll_before_1947() -> None:
    assert_kept("AANHANGSEL TOT HET VERSLAG VAN DE HANDELINGEN DER TWEEDE KAMER\n\nVRAAG van den heer Beumma "
                "betreffende het antwoord op de schriftelijk gestelde vraag in zake de instelling van een commissie.\n"
                "ANTWOORD van den Minister van Waterstaat.\n", "Beumma")
    text = ("Eerste Kamer.\nBIJEENKOMST VAN MAANDAG 15 APRIL 1918.\nVoorzitter: de heer van Voorst tot Voorst.\n"
            "De Voorzitter: Aangezien het aantal leden nog niet tegenwoordig is, open ik deze bijeenkomst.\n"
            "Uit de voorlezing der lijst blijkt, dat afwezig zijn de heeren: van Lanschma. Diepma, Verheima, "
            "Haffma.\nAanwezig zijn de heeren: van Bastma Batenburg, Colma, Reekma.\nDe Voorzitter: Dienovereenkomstig "
            "deel ik mede, dat zijn ingekomen: 1°. berichten van de volgende leden, die verhinderd zijn de vergadering "
            "bij te wonen: van den heer Verheima, ook morgen; van den heer Fokma, wegens ambtsbezigheden; 2°. een "
            "verzoekschrift van J. Th. van Lentma, voorzitter der St. Lebuinus-Vereeniging, c.s.\n")
    assert_kept(text, "Diepma", "Verheima", "Haffma", "Fokma", "Colma")
    assert_found(text, "J. Th. van Lentma")  # an association's chair petitions the Kamer


def test_a_stop_word_after_three_initials_is_a_surname() -> None:
    assert_found("3. De heer A.J.M. Even, Schout Offermanstraat 35, 6042 XP Roermond, per brief ingekomen.",
                 "A.J.M. Even")
    assert_kept("P.S. Ook dit stuk is openbaar.", "Ook")


def test_offices_a_council_page_gives_in_passing() -> None:
    text = ("Installatie raadslid\n\nOnderzoek geloofsbrieven en toelating raadslid de heer Ravestma. De heer Ravestma "
            "nam het afgelopen jaar het raadslidmaatschap van de heer de Vreedma waar, die wegens ziekte was "
            "uitgevallen.\n\nBeëdiging fractieassistenten\n\nDe heren W. Al-Taqatma en A. El Ghaddma.\n\n"
            "Installatie loco griffier\n\nDe heer J.J. Posthuma,\n\nDe griffier is eerste adviseur van de raad.\n")
    assert_kept(text, "de Vreedma", "W. Al-Taqatma", "A. El Ghaddma", "J.J. Posthuma")
    assert_kept("Gemeenteraad\n\ndonderdag 4 juli 2024\n\n19:30 - 23:30\nLocatie\n\nRaadszaal\n\nAgendapunten\n\n"
                " 1.\n\n  Besluit\n\n  De voorzitter opent de vergadering en heet de aanwezigen welkom. Hij meldt "
                "dat mevrouw Sourma en mevrouw Buitendma afwezig zijn.\n", "Sourma", "Buitendma")
    assert_kept("Dinsdagavond heeft het algemeen bestuur unaniem besloten Luzette Jansen aan te bevelen als nieuwe "
                "dijkgraaf van Wetterskip Fryslân.", "Luzette Jansen")
    # a body's nominee for a board of its own is no office holder
    assert_found("Het bestuur besloot Luzette Jansen voor te dragen als lid van de raad van toezicht.",
                 "Luzette Jansen")


def test_words_a_name_list_supports_that_are_no_names() -> None:
    # a family firm after its founder's name, a product's code, a degree's tail, a base registry, a title, a place
    text = ("2. De heer M.P.H. Poulma namens Theelma en Zonen VOF (vertegenwoordigd door de heer F.M.M Theelma), "
            "Elmpterweg 51, 6042 KJ Roermond.\n")
    assert_kept(text, "Theelma en Zonen")
    assert_found(text, "F.M.M Theelma")
    assert_kept("Gelijktrekken Geo-BOR en LV-BGT berichtenverkeer met versie 1.1.1 van StUF-Geo IMGeo.", "Geo")
    assert_kept("drs. A.B.H. (Annemarie) Blakborma, D.M.O. (Donovan) Karamat Alma M.Sc en drs. A.L. Bakker", "M.Sc")
    assert_kept("Op basis van welke versie een bronhouder heeft gemuteerd. BAG neemt een versienummer op.", "BAG")
    assert_kept("Voorstel:\n  De Lange Termijn Agenda voor kennisgeving aannemen.  Besluit", "De Lange")
    assert_kept("Hij werd overgeplaatst. Te Haarlem komende is zijne vrouw niet meegegaan.", "Te Haarlem")
    assert_kept("De minister verblijft in Ame\xadrika, zodat het antwoord wacht.", "Ame")


def test_a_column_or_a_flattened_table_of_names_with_their_organisations() -> None:
    text = ("Deelnemers\n\n- Wim van der Puttma, NIOO\n\n- Marlea Wagelmans, Bioclear\n\n- Harm Keidma, Blgg "
            "(organisatie)\n\n- Simon Moolenma, NMI (organisatie)\n")
    assert_found(text, "Marlea Wagelmans", "Harm Keidma")
    assert_found("Bert Moonma (Waterschap Drents Overijsselse Delta) Sander Verheima (Waterschap Drents Overijsselse "
                 "Delta) Martin Stamhuis (Waterschap Brabantse Delta) Bas van der Walma (STOWA)", "Martin Stamhuis")
    # organisations in such a column stay readable
    assert_kept("Deelnemers\n\n- Gemeente Utrecht, afdeling Water\n- Provincie Zeeland, Middelburg\n"
                "- Waterschap Vallei en Veluwe, Leusden\n- Rijkswaterstaat Zee en Delta, Middelburg\n", "Utrecht",
                "Waterschap Vallei")
