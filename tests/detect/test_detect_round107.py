"""Held-out round 107 (issue 14; names altered): OCR'd Handelingen of the Eerste Kamer whose long table of contents
hides the chair's words past the head, newspaper reports of councils in the 1920s ("Afwezig: de heeren A en B"),
Kamervragen named by their askers, parties written with full stops or apart ("van de V.V.D.", "Christen Unie") and a
party group's chair of a coalition party."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept

_CONTENTS = ("Behandeling en aanneming van de wetsontwerpen: Wijziging van de accijns van sigaretten; Wijziging van de "
             "omzetbelasting; Verhoging van de assurantiebelasting; Accijns van alcoholvrije dranken. ") * 8


def test_the_chairs_notices_past_a_long_table_of_contents() -> None:
    text = ("6DE VERGADERING\nVERGADERING VAN DINSDAG 14 DECEMBER 1971\n" + _CONTENTS
            + "\nTegenwoordig zijn 60 leden, te weten: de heer De Nietma, de heren Steenkampma, Draijerma.\n"
            "De Voorzitter: Ik deel aan de Kamer mede, dat zijn ingekomen berichten van verhindering tot het bijwonen "
            "van de vergadering van: de heer Piketma, tot eind december, wegens verblijf buitenslands; de heer "
            "Kolthoffma, in verband met het bijwonen van de statenvergadering in Drenthe; de heren Vergeerma en "
            "Mertensma. Deze berichten worden voor kennisgeving aangenomen.\n")
    assert_kept(text, "Piketma", "Kolthoffma", "Vergeerma", "Mertensma")


def test_absent_members_in_a_newspapers_council_report() -> None:
    text = ("HELMOND.\nGisteravond om 7 uur kwam de raad der gemeente Helmond in openbare vergadering bijeen.\n"
            "Voorzitter: burgemeester Marinus van Houtma.\nAfwezig: de heeren Dekkerma en Prinzenma, welke laatste "
            "met kennisgeving.\nDe VOORZITTER opent de vergadering.\n")
    assert_kept(text, "Dekkerma", "Prinzenma")
    text = ("Installatie nieuwe leden. Verkiezing Wethouder. Openbare vergadering van den raad dezer gemeente op "
            "Vrijdag 11 Febr. 1927. Voorzitter de Edelachtb. "
            "Heer E. Moonenma. Afwezig wegens ongesteldheid de heeren Eibersma, van Druilma en Oomensma. De notulen "
            "der vorige vergadering worden ongewijzigd vastgesteld. Aan de orde: de beëdiging van de nieuw "
            "gekozen leden van de raad.")
    assert_kept(text, "Eibersma", "Oomensma")


def test_kamervragen_named_by_their_askers() -> None:
    text = ("Bij de eerdere beantwoording van de kamervragen van de heren Hummelma en Lauxtermanma over «artikel-12 "
            "gemeenten» (Aanhangsel Handelingen, Vergaderjaar 1986-1987, nr. 512) deelde ik mede dat het onderzoek "
            "loopt.")
    assert_kept(text, "Hummelma", "Lauxtermanma")


def test_parties_written_with_full_stops_or_apart() -> None:
    assert_kept("In de commissievergadering is bij monde van de heer Dijkstalma van de V.V.D. erop aangedrongen "
                "het subsidie niet te beëindigen.", "Dijkstalma")
    assert_kept("De oppositie was kritisch. Jeanette Bregmanma van de Christen Unie verwoordde het gemis aan visie.",
                "Jeanette Bregmanma")
    assert_kept("Fractievoorzitter van coalitiepartij VVD, Pascal Zuijderwijkma, maakt zich daar niet zoveel zorgen "
                "om.", "Pascal Zuijderwijkma")
    # a party's member is no cue for one who works for "the party" as a whole: a job stays private
    assert_found("De secretaresse van de partij, Ria Jansenma, nam de telefoon op.", "Ria Jansenma")
