"""Held-out rounds 120 and 122 (issue 14; names altered): words an OCR'd column split without a hyphen ("geïn stalleerd
als nieuwe burgemeester"), the header of written questions as a Kamer site lists them ("Beantwoord door X"), a member's
notice that he cannot attend, questions "gesteld door de heer X", a party that split from a group, businesses named
after their owner, a wife who shares the burgemeester's surname, the Kamer's rapporteurs, a signature whose ministry
runs over two lines and a wethouder "van cultuur van de stad"."""

from __future__ import annotations

from redact.detect.textnorm import normalize
from tests.detect.util import assert_found, assert_kept


def test_a_word_split_by_an_ocr_column_is_read_whole() -> None:
    for split, whole in (("geïn stalleerd als", "geïnstalleerd  als"), ("wet houder Jansen", "wethouder  Jansen"),
                         (", WETHOU DER;", ",  WETHOUDER;"), ("tot burgemees ter van", "tot burgemeester  van")):
        assert normalize(split) == whole
    assert normalize("B u r g e m e e s t e r") == "B u r g e m e e s t e r"  # letters spaced out: not one split
    text = ("Tijdens een buitengewone raadsvergadering is zaterdagmiddag in het dorpshuis de heer J. de Vries geïn "
            "stalleerd als nieuwe burgemeester. Daarna sprak de heer Pieters.")
    assert_kept(text, "J. de Vries")
    assert_found(text, "Pieters")


def test_a_wife_who_shares_the_burgemeesters_surname_stays_private() -> None:
    text = ("Tijdens een buitengewone raadsvergadering is de heer J. de Vries geïnstalleerd als nieuwe burgemeester. "
            "Na afloop werd mevrouw De Vries door velen gefeliciteerd. Ook mevrouw De Vries kreeg bloemen.")
    assert_kept(text, "J. de Vries")
    assert_found(text, "De Vries")
    # "de heer en mevrouw X" names both, the burgemeester among them
    text = ("Tijdens een buitengewone raadsvergadering is de heer J. de Vries geïnstalleerd als nieuwe burgemeester. "
            "Na afloop werden de heer en mevrouw De Vries door velen gefeliciteerd.")
    assert_kept(text, "J. de Vries", "De Vries")


def test_the_header_of_written_questions_names_who_answered() -> None:
    text = ("Kamervraag 2012Z07562\n\nDe overplaatsing van een gezin\n\nIngediend 11 april 2012\nBeantwoord 10 mei "
            "2012 (na 29 dagen)\nIndieners Martijn van Dam (PvdA), Tofik Dibi (GL)\nBeantwoord door Jansen\n"
            "Onderwerpen immigratie\n")
    assert_kept(text, "Jansen", "Martijn van Dam")
    text = "Kamervraag 2022Z11293\n\nIngediend 7 juni 2022\nIndiener Peter de Vries (BVNL)\nBeantwoord door Bakker\n"
    assert_kept(text, "Peter de Vries", "Bakker")


def test_a_members_notice_and_questions_put_by_a_member() -> None:
    text = ("Eerste Kamer.\nZITTING VAN WOENSDAG 14 APRIL 1886.\nVoorzitter: de heer Van Dijk.\nTegenwoordig, met den "
            "Voorzitter, 34 leden, te weten de heeren:\nBakker, Visser, Smit, Mulder\nen de heeren Ministers van "
            "Financiën en van Koloniën.\nDe Voorzitter deelt mede, dat is ingekomen een bericht van den heer Jansen, "
            "dat hij wegens dringende familie-omstandigheden den Haag heeft moeten verlaten en de zitting niet kan "
            "bijwonen.\nDit bericht wordt voor kennisgeving aangenomen.\n")
    assert_kept(text, "Jansen")
    text = ("Aanhangsel tot het Verslag van de Handelingen der Tweede Kamer\n683\nVRAGEN door de leden der Kamer "
            "gesteld overeenkomstig artikel 107 van het Reglement van Orde\n340. VRAGEN van de heer Bakker (P.v.d.A.) "
            "betreffende financiering van bouwprojecten. (Ingezonden 29 oktober 1970.)\n2. Waarom reppen de "
            "Staatssecretaris en de Minister in hun antwoord op vragen over dezelfde problematiek, gesteld door de "
            "heer W. de Vries, met geen woord van het advies?\nANTWOORD van de heer Smit, Staatssecretaris van Sociale "
            "Zaken en Volksgezondheid. (Ingezonden 26 november 1970.)\n")
    assert_kept(text, "W. de Vries")


def test_businesses_named_after_their_owner() -> None:
    text = ("De ruimte wordt ingericht. Bouwbedrijf Van Dijk, de overburen, helpt. Tijdens een raadsvergadering in "
            "hotel „De Vries\" werd de begroting besproken. Daarna sprak Piet Jansen.")
    assert_kept(text, "Van Dijk", "De Vries")
    assert_found(text, "Piet Jansen")


def test_the_kamers_rapporteurs() -> None:
    # (round 122)
    text = ("Eerste Kamer.\nVERGADERING VAN ZATERDAG 10 DECEMBER 1892.\nVoorzitter: de heer Van Dijk\n"
            "Tegenwoordig, met den Voorzitter, 41 leden, te weten de heeren:\n"
            "Jansen, Bakker, Van Leeuwen, Visser, Smit, Kuipers van Dam , Mulder, Van der Linden\n"
            "en al de heeren Ministers, behalve de heer Minister van Marine.\n"
            "De notulen van het verhandelde in de vorige vergadering worden gelezen en goedgekeurd.\n"
            "De Voorzitter deelt mede:\nA. dat zijn ingekomen:\n1°. berichten van de heeren De Boer en Peters, dat zij "
            "verhinderd zijn de vergadering bij te wonen. Deze berichten worden voor kennisgeving aangenomen;\n"
            "B. dat door de afdeelingen zijn benoemd tot rapporteurs voor de wetsontwerpen:\n"
            "vaststelling van de begrooting voor het dienstjaar 1893; verhooging der begrooting, de heeren Jansen, "
            "Bakker en Van Leeuwen;\nvoor de overige wetsontwerpen, welke in de afdeelingen zijn onderzocht, de heeren "
            "Visser, Van Kuipers van Dam, Smit en Van der Heijden.\nAan de orde is de behandeling van de volgende "
            "wetsontwerpen.\nDe beraadslaging wordt geopend.\n")
    assert_kept(text, "Van Kuipers van Dam", "Van der Heijden")


def test_a_signature_whose_ministry_runs_over_two_lines() -> None:
    # (round 122)
    text = ("Geachte voorzitter,\n\nDe vragen van het Kamerlid Jansen (VVD) kunnen niet binnen de termijn worden "
            "beantwoord.\n\nHoogachtend,\n\nde Staatssecretaris van Volksgezondheid,\nWelzijn en Sport,\n\nmw. dr. "
            "J. de Vries\n")
    assert_kept(text, "J. de Vries")
    text = "De Minister van Financiën,\nJan Jansen,\nKees Pieters en anderen schreven een brief."
    assert_found(text, "Kees Pieters")  # a name on the next line is no part of a portfolio


def test_a_wethouder_of_culture_of_the_city() -> None:
    # (round 122)
    text = ("Mevr. Bakker heeft het overgedragen aan de wethouder van cultuur van de stad, de heer J.Th.J. de Vries. "
            "Daarna sprak de voorzitter, de heer A.G.M. Jansen.")
    assert_kept(text, "J.Th.J. de Vries")
    assert_found(text, "Bakker")
