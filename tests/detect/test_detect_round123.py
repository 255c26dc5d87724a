"""Held-out rounds 123 and 121 (issue 14; names altered): a council's roll after its flattened column labels
("Aanwezig Voorzitter Raadsgriffier Leden A, B, …"), a double surname whose second part opens with a capital particle
("Agnes van Ardenne-Van der Hoeven"), and a regional council's absent members and their substitutes ("Berichten van
verhindering/vervanging:")."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_a_roll_after_its_flattened_column_labels() -> None:
    text = ("2 van de openbare vergadering van de gemeenteraad, gehouden op 12 november 2019, in de raadzaal van de "
            "gemeente Westland, locatie Verdilaan 7 te Naaldwijk. Aanwezig Voorzitter Raadsgriffier Leden B. R. de "
            "Vries A.P. Bakker. A.J. van den Berg, A. Jansen, L.G. Visser, J. Smit en S.J.N. Mulder. Wethouders J.A. "
            "Peters en L.K. Snijders. 1. OPENING EN MEDEDELINGEN De voorzitter: Goedemiddag, dames en heren. Ik "
            "begin met een in memoriam. Geachte mevrouw Van Dijk, geachte mijnheer Karel van Dijk.")
    assert_kept(text, "A.J. van den Berg", "A. Jansen", "L.G. Visser", "J. Smit", "S.J.N. Mulder")
    assert_found(text, "Karel van Dijk")


def test_a_double_surname_with_a_capital_particle_after_the_hyphen() -> None:
    text = ("Toen werd, op last van burgemeester Agnes van Dijk-Van der Meer de voltallige raad opgeroepen om "
            "dinsdagavond bijeen te komen.")
    assert_kept(text, "Agnes van Dijk-Van der Meer")
    assert_found("Volgens Agnes van Dijk-Van der Meer, bewoonster, is het te druk.", "Agnes van Dijk-Van der Meer")


def test_a_regional_councils_absent_members_and_their_substitutes() -> None:
    # (round 121)
    text = ("Samenvattend verslag van de plenaire vergadering van de Drechtraad van 17 juni 2009 1. Opening, "
            "vaststellen agenda en mededelingen De voorzitter, de heer R.J.G. Bakker, opent de vergadering en heet "
            "alle aanwezigen van harte welkom. Berichten van verhindering/vervanging: Alblasserdam: dhr. De Vries "
            "Dordrecht: dhr. Van Dijk (wordt vervangen door mw. Jansen), dhr. Visser en dhr. Smit Zwijndrecht: dhr. "
            "Mulder De agenda wordt vastgesteld.")
    assert_kept(text, "De Vries", "Van Dijk", "Jansen", "Visser", "Smit", "Mulder")
