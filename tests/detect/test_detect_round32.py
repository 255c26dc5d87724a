"""Held-out round 32 (issue 14): what studying it fixed - an attendance table flattened with its party columns'
headers before the stacked labels, a council's printed minutes with speaker labels in capitals and a colon, the
members who count the votes, a council's record that names a committee as the author of a proposal."""

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
