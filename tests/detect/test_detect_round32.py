"""Held-out round 32 (issue 14): what studying it fixed - an attendance table flattened with its party columns'
headers before the stacked labels, a council's printed minutes with speaker labels in capitals and a colon, the
members who count the votes, a council's record that names a committee as the author of a proposal; and after the
study: party labels with full stops, the monarch of a royal message, the chair on a council calendar's meeting page,
the college's members under their own attendance label."""

from __future__ import annotations

from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept

# headers of the party columns, then the stacked labels, then one value per header after a colon
_FLAT = ("VERSLAG VAN DE OPENBARE VERGADERING VAN DE GEMEENTERAAD OP DONDERDAG 3 MAART 2011 AANWEZIG: CDA PvdA VVD "
         "SP Voorzitter Griffier Wethouders Verslag : A.B. Kortenhoeven, mw. C.D. Wijnbergen : E.F. Lammertink : "
         "G.H. Ossewaarde, mr. I.J. Brinkerink : K.L. Tijhuis : drs. M.N. Rouwenhorst : mr. O.P. Haverkate : "
         "P.Q. Nijenhuis, mw. R.S. Wolterink : T.U. Scholten-Bruggink\n\n1. Opening\nDe voorzitter opent de "
         "vergadering.\n")


def test_a_flattened_attendance_table_with_party_columns_before_its_stacked_labels() -> None:
    _kept(_FLAT, "A.B. Kortenhoeven", "C.D. Wijnbergen", "E.F. Lammertink", "G.H. Ossewaarde", "K.L. Tijhuis",
          "M.N. Rouwenhorst", "O.P. Haverkate", "P.Q. Nijenhuis", "R.S. Wolterink")


def test_the_minute_taker_of_that_table_stays_private() -> None:
    _found(_FLAT, "T.U. Scholten-Bruggink")


def test_a_minute_taker_right_after_a_label_that_only_looks_stacked_stays_private() -> None:
    # "tevens burgemeester Griffier:" is no row of stacked headers: the minute-taker's own label still counts
    text = ("Notulen van de openbare vergadering van de gemeenteraad van 4 april 2008\nAanwezige raadsleden: de heer "
            "K.P. Hofstee, mevrouw E.P. Noordhof Voorzitter: mevrouw J.A.J. Kuipers - tevens burgemeester Griffier: "
            "mevrouw J. Wieringa Notulist: de heer J. Oosterhuis Aanwezige overige leden burgemeester en wethouders:"
            "\n\n1. Opening\n")
    _found(text, "J. Oosterhuis")


def test_speaker_labels_in_capitals_with_a_colon_in_a_councils_printed_minutes() -> None:
    text = ("De VOORZITTER: Dat heeft toch niets met de directie te maken? Wethouder HOEKSTRA: Met de "
            "bewonerscommissie is toen overeenstemming bereikt. De heer KLAASSEN: Er wordt verwezen naar een brief. "
            "De VOORZITTER: Neen. De heer KLAASSEN: Ja, want u verwijst naar een brief. De VOORZITTER: Het feit dat "
            "het glas ondoorzichtig zou moeten zijn is aan de heer Bosboom medegedeeld. De heer KLAASSEN: Dank u.\n"
            "De VOORZITTER: De heer Bosboom heeft ons bericht dat hij tevreden is.\n")
    _kept(text, "KLAASSEN")
    _found(text, "Bosboom")


def test_a_committee_named_as_the_author_of_a_proposal_does_not_make_the_council_a_committee() -> None:
    text = ("Voorstel van de commissie voor de beroepschriften tot het nemen van een beslissing op een door de heer "
            "A.J.W. Steenbergen ingesteld beroep. Mevrouw VAN HALTEREN-KORTLEVEN: Mijnheer de voorzitter! Wij stemmen "
            "in met het standpunt van de commissie. De VOORZITTER: Wij gaan stemmen. De heer ZWIERSTRA: Wij ook.\n"
            "De VOORZITTER: Het voorstel is aangenomen.\n")
    _kept(text, "VAN HALTEREN-KORTLEVEN", "ZWIERSTRA")
    _found(text, "A.J.W. Steenbergen")


def test_the_members_who_count_the_votes() -> None:
    text = ("Notulen van de openbare vergadering van de raad der gemeente Heemstede, gehouden op 28 juni 1956.\n"
            "Benoeming onderwijzer. De Voorzitter verzoekt de heren Wagenvoort en Hoogendam met hem het bureau van "
            "stemopneming te vormen. Uit de gehouden stemming blijkt, dat de heer B. H. L. Mulderije is benoemd.\n")
    _kept(text, "Wagenvoort", "Hoogendam")
    _found(text, "B. H. L. Mulderije")


def test_party_labels_written_with_full_stops_as_older_records_do() -> None:
    text = ("30. VRAGEN van de heer Van Wijk (P.S.P.), inzake toepassing van de kinderbijslagwetgeving. (Ingezonden 11 "
            "juni 1971.)\n365. VRAGEN van mevrouw Singer-Dekker (P.v.d.A.) en de heer Wierda (A.R.) in verband met de "
            "instorting van een schuur. (Ingezonden 1 juli 1965.)\nDe eigenaar, de heer Groeneveld (J.A.), woont "
            "te Hekelingen.\n")
    _kept(text, "Van Wijk", "Singer-Dekker", "Wierda")
    _found(text, "Groeneveld")  # initials in parentheses are no party


def test_the_monarch_who_opens_and_signs_a_royal_message() -> None:
    text = ("En hiermede bevelen Wij U in Godes heilige bescherming.\nSoestdijk, 28 november 1963.\nJULIANA.\n"
            "Aan de Tweede Kamer der Staten-Generaal\nWIJ JULIANA, nu DE GRATIE Gons, KONINGIN DER NEDER-LANDEN, "
            "PRINSES VAN ORANJE-NASSAU, ENZ., ENZ., ENZ. Allen, die deze zullen zien of horen lezen, saluut! doen te "
            "weten: Alzo Wij in overweging genomen hebben, dat het wenselijk is Juliana Adriana Roeleveld, geboren te "
            "Paramaribo, te naturaliseren.\n")
    _kept(text, "JULIANA")
    _found(text, "Juliana Adriana Roeleveld")


_PAGE = ("Vergaderkalender\n\nBestuur en Organisatie Oss\nlink naar deze pagina\n\nOpiniecommissie Ruimte - 12 "
         "september 2019\n\nLocatie: Anton Jurgenszaal\nAanvang: 19:29\nEindtijd: 20:30\nVoorzitter: Jan van "
         "Hoorneman\nToelichting: Aansluitend start de Adviescommissie Ruimte\n\n1\nOpening\n2\nSpreekrecht voor "
         "het publiek\n- Mevrouw van Ekeren spreekt in namens de Dorpsraad Geffen over agendapunt 5.1\n")


def test_the_chair_on_a_council_calendars_meeting_page() -> None:
    _kept(_PAGE, "Jan van Hoorneman")
    _found(_PAGE, "van Ekeren")


def test_the_chair_of_a_villages_meeting_with_the_same_fields_stays_private() -> None:
    text = ("Dorpsraad Ens\n\nJaarvergadering 2019\n\nLocatie: Dorpshuis De Klinker\nAanvang: 20:00\nEindtijd: "
            "22:00\nVoorzitter: Jan van Hoorneman\n\n1. Opening\n")
    _found(text, "Jan van Hoorneman")


def test_the_members_of_the_college_under_their_own_attendance_label() -> None:
    text = ("Notulen van de vergadering van de raad van de gemeente De Marne gehouden op dinsdag 25 maart 2008. "
            "Aanwezige raadsleden: de heer K.P. Hofstee mevrouw E.P. Noordhof Voorzitter: mevrouw J.A.J. Kuipers - "
            "tevens burgemeester Griffier: mevrouw J. Wieringa Notulist: de heer J. Oosterhuis Aanwezige overige "
            "leden burgemeester en wethouders:\n\n2 de heer N. Bakkenes de heer M. van Dijkhuis de heer J.L. "
            "Hiemstra - wethouder - wethouder - wethouder 1. Opening, vaststelling agenda en mededelingen.\n")
    _kept(text, "N. Bakkenes", "M. van Dijkhuis")
    _found(text, "J. Oosterhuis")
