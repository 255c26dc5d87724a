"""Held-out round 96 (issue 14; names altered): the chair appointing members to a committee of the house in the old
spelling and past an interjection; a chair of the council in a table's cell and before the name; examples of a plural
role after "zoals" or "waarvan"; a newspaper's council report headed "Raad Oudkarspel."; the Deltacommissaris; the
next sentence's pronoun for a coordination; how long an office has been held; a carnival's prince is no royal; reported
speech in the past tense; a Kamer group's label in lower case; "lid van uw Kamer, wijlen de heer X"; a long roll of
surnames with one place and an ordinary word among them; an "initiatief-voorstel" with a hyphen."""

from __future__ import annotations

from redact.detect.genre import public_body
from tests.detect.util import assert_found, assert_kept


def test_the_chair_appoints_members_to_a_committee_in_the_old_spelling() -> None:
    text = ("VERSLAG DER ZITTING VAN BEIDE KAMERS TER OPENING DER VERGADERING\n\nDe heer mr. Philipsma opent, "
            "nadat de leden der beide Kamers zich in de zaal van de Tweede Kamer vereenigd hebben, de vergadering.\n"
            "De Voorzitter, aan wien overeenkomstig het voorschrift van art. 103 der Grondwet het bestuur der "
            "vergadering is opgedragen, benoemt de heeren Blankenma, Westerma, Dirksma en Hoekwaterma tot leden der "
            "Commissie, die ZIJNE MAJESTEIT DEN KONING ontvangen zal.\n")
    assert_kept(text, "Blankenma", "Westerma", "Dirksma", "Hoekwaterma")


def test_a_chair_of_the_council_in_a_table_and_before_the_name() -> None:
    text = ("Bezetting Raadscommissies:\n\nAccountantscommissie                    Nick van Woerkomma\n\n"
            "Vice voorzitter Raad                    Job Westerhuisma\n\n"
            "Op de nieuwjaarsreceptie sprak vicevoorzitter van de gemeenteraad Jan Smitma de aanwezigen toe.\n")
    assert_kept(text, "Job Westerhuisma", "Jan Smitma")


def test_examples_of_a_plural_role() -> None:
    text = ("De commissie spreekt onder meer met oud-bewindspersonen zoals de heer Brinkma en mevrouw Jorritma. "
            "Daarnaast spreekt zij met oud-senatoren zoals mevrouw Timmerma en oud-volksvertegenwoordigers zoals de "
            "heer Remma en de heer Marijnma. Hij klapte uit de school over zijn wethouders, waarvan Thomas Melissema "
            "de collegelunch iedere dinsdag inzet.\n")
    assert_kept(text, "Brinkma", "Jorritma", "Timmerma", "Remma", "Marijnma", "Thomas Melissema")


def test_a_newspapers_report_headed_by_the_council_and_its_place() -> None:
    assert public_body("RAAD HOORDSCHARWOUDE. Raad Oudkarspel. Woensdag 5 September 1923. Dinsdagavond kwam de "
                       "nieuwe raad in voltallige zitting bijeen.\n")
    assert not public_body("Raad van Toezicht. Het jaarverslag van de stichting over 2023.\n")


def test_the_deltacommissaris_and_a_coordination_installed_in_the_next_sentence() -> None:
    text = ("De BAR had een bijeenkomst over de waterschappen met als gast de Deltacommissaris Kuijkenma.\n\n"
            "In de zomer namen wij afscheid van twee raadsleden. Voor hen zijn in de plaats gekomen Dirk Klamerma en "
            "Vladimir Slorma. Zij zijn op 31 augustus 2015 geïnstalleerd als raadslid.\n")
    assert_kept(text, "Kuijkenma", "Dirk Klamerma", "Vladimir Slorma")


def test_how_long_an_office_is_held_and_a_carnival_prince() -> None:
    text = ("OUD GASTEL - Het lied symboliseert het saamhorigheidsgevoel van de vijf carnavalsverenigingen. Bernd "
            "Roksma is bijna anderhalf jaar burgemeester van de gemeente. Daarna was het tijd om de sleutels over te "
            "dragen aan prins Geert van Puitenol en prins Peer van Meekrapdurp.\n")
    assert_kept(text, "Bernd Roksma")
    assert_found(text, "Geert", "Peer")


def test_reported_speech_in_the_past_tense_in_minutes() -> None:
    text = ("NOTULEN van de openbare vergadering van de gemeenteraad van Hoorn, gehouden op 3 mei 1962.\n\n"
            "De heer Hartma toonde zich verheugd over het voorstel. "
            "De heer Renma vroeg of de termijn niet te kort was.\n")
    assert_kept(text, "Hartma", "Renma")


def test_a_kamer_group_in_lower_case_and_a_late_member_of_your_kamer() -> None:
    text = ("Samenstelling: Ubels-Veenma (EVP), vacature PvdA, Dijkmanma (groep Scholtenma/Dijkmanma). Van Reyma "
            "(VVD).\n\nDe vragen van het voormalige lid van uw Kamer, wijlen de heer C. Labanma, konden tot mijn spijt "
            "niet binnen de gebruikelijke termijn worden beantwoord.\n")
    assert_kept(text, "C. Labanma")


def test_a_long_roll_of_surnames_with_a_place_an_ordinary_word_and_double_names() -> None:
    text = ("Van de leden Drieënhuizen, Brenninkmeijer, Thissen, Mulder, Diepeveen, Van den Heuvel, Keppler, "
            "Dorresteijn, Damen, Gerritse-Ooms, Groenhorst, Visser-Noordijk, Van Beek-Boujer, Berger-Kindt, Guise, "
            "Huiskes en Tas is bericht van verhindering ontvangen.\n")
    assert_found(text, "Drieënhuizen", "Keppler", "Visser-Noordijk", "Berger-Kindt", "Guise", "Tas")


def test_an_initiative_bill_written_with_a_hyphen_names_its_movers() -> None:
    text = ("De Voorzitter: Daarvoor komt in aanmerking het initiatief-voorstel van de heren Dreesma en Bergerma "
            "inzake de leningsbevoegdheid van de PTT (12 710).\n")
    assert_kept(text, "Dreesma", "Bergerma")
