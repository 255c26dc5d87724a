"""Held-out round 74 and the leftovers of round 73 (issue 14): what studying them fixed (names altered) - a citizens'
committee's members; "v" as a particle; nobility and "MR." in capitals; adverbs opening a sentence after an
abbreviation; OCR's "VBAGEN van den lieer X"; a point of order; a party after a residence; a coordination that "are the
new wethouders"; a bench with the initial "Chr."."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found, assert_kept, texts


def test_the_members_of_a_citizens_committee_are_not_office_holders() -> None:
    text = ("De raad besluit:\n• voor de periode 1 februari 2023 tot 1 februari 2029 worden benoemd tot leden van de "
            "referendumcommissie: mevrouw K. Bozicma en mevrouw L. Korpershoekma;\n• worden benoemd tot leden van de "
            "commissie bezwaarschriften: de heer J. Pietersma en mevrouw A. Bakkersma;\n• worden benoemd tot leden "
            "van de commissie Ruimte: de heer P. Jansma en mevrouw R. de Vriesma.")
    assert_found(text, "K. Bozicma", "L. Korpershoekma", "J. Pietersma", "A. Bakkersma")
    assert_kept(text, "P. Jansma", "R. de Vriesma")  # the council's own committee
    assert_found("Gemeenteraad\n\nDe raad vergadert.\n\n" + text, "K. Bozicma", "L. Korpershoekma")  # a council's list


def test_the_members_a_plural_role_names_directly_stay_public() -> None:
    text = "Zo werden de commissieleden Ad Broeckxma en Huub van Dongenma beëdigd in de raadsvergadering."
    assert_kept(text, "Ad Broeckxma", "Huub van Dongenma")
    text = ("Zoals hij ook heeft geantwoord op de door de leden van de Kamer, de heren Nederhorstma en Masmanma op 10 "
            "juni jl. gestelde vragen.")
    assert_kept(text, "Nederhorstma", "Masmanma")


def test_v_is_a_particle_written_short() -> None:
    text = ("Peter v Moerkerkma en Peter Kerstenma hebben de administratie gecontroleerd. Peter v. Moerkerkma stelt "
            "zich opnieuw verkiesbaar. De wijziging van de A.P.V. Soest is ontvangen.")
    assert_found(text, "Peter v Moerkerkma", "Peter v. Moerkerkma")
    assert not [f for f in analyze_text(text) if "Soest" in f.text]


def test_nobility_and_titles_in_capitals() -> None:
    text = ("t e g e n 1. MR. R.J. GRAAF SCHIMMELPENNINGMA, 2. MR. J.P. Dekkersma, beiden in hun hoedanigheid van "
            "curatoren, advocaat: mr. P. Jansma. Speelterrein DR. DUETZLAAN te Wassenaar.")
    assert_found(text, "R.J. GRAAF SCHIMMELPENNINGMA", "J.P. Dekkersma")
    found = texts(analyze_text(text), "NAAM")
    assert "J.P. Dekkersma" in found, found  # not "R. J.P. Dekkersma": the R of "MR." is no initial
    assert not [f for f in found if "DUETZLAAN" in f], found


def test_an_adverb_after_an_abbreviation_is_no_family_name() -> None:
    text = ("Onderdeel 3a bestrijdt het oordeel dat de curatoren niet hebben voldaan aan art. 94 - 97 F. Daartoe "
            "verwijst het onderdeel naar de verslagen. Het oordeel steunt op art. 68 F. Derhalve faalt het onderdeel.")
    assert not [f for f in analyze_text(text) if f.entity == "NAAM"]


def test_questions_of_a_member_misread_by_ocr() -> None:
    text = ("AANHANGSEL TOT HET VERSLAG VAN DE HANDELINGEN DER TWEEDE KAMER\nSchriftelijk beantwoorde vragen.\n85.\n"
            "VRAGEN van den lieer Thijssema betreffende het openen van de mogelijkheid om onderwijzeressen aan te "
            "stellen.\n86. VBAGEN van den heer Bommerma in verband met de verlaging van het percentage.\nANTWOORD "
            "van den heer Bolkesteinma, Minister van Onderwijs.")
    assert_kept(text, "Thijssema", "Bommerma", "Bolkesteinma")


def test_a_point_of_order_is_a_members_act() -> None:
    text = ("Raad\n\ndonderdag 4 juli 2024\n\nAgendapunten\n\n  1. 01\n\n    Besluit\n\n    De voorzitter opent "
            "de vergadering. Ze meldt dat mevr. Bastingma afwezig is.\n\n  2. 02\n\n    Besluit\n\n    Dhr. Keijmelma "
            "doet een ordevoorstel om agendapunt 13 van de agenda af te halen. De raad verwerpt het ordevoorstel. "
            "Mevr. Pietersma van de buurtvereniging spreekt in.")
    assert_kept(text, "Keijmelma")
    assert_found(text, "Pietersma")


def test_a_party_after_the_members_residence() -> None:
    text = ("Door hun benoeming als wethouder werden drie nieuwe raadsleden geïnstalleerd. Dat zijn Albert "
            "Lubbelinkhofma uit Coevorden van de PvdA en Jacqueline Streutkerma uit Dalen van het CDA. Piet Bakkersma "
            "uit Zwolle van de Bomenstichting sprak in.")
    assert_kept(text, "Albert Lubbelinkhofma", "Jacqueline Streutkerma")
    assert_found(text, "Piet Bakkersma")


def test_a_coordination_that_is_the_new_holders_of_an_office() -> None:
    text = ("Blikopzeewolde.nl- Winnie Prinsma, Helmut Hermansma (Leefbaar Zeewolde), Ernst Bronma en Erik van de "
            "Beldma (ChristenUnie) zijn de nieuwe wethouders van Zeewolde. Piet Bakkersma is de nieuwe voorzitter van "
            "de voetbalclub.")
    assert_kept(text, "Winnie Prinsma", "Helmut Hermansma", "Ernst Bronma", "Erik van de Beldma")
    assert_found(text, "Piet Bakkersma")


def test_a_bench_whose_first_judge_has_the_initial_chr() -> None:
    text = ("Het hof bekrachtigt het vonnis. Advocaat: mr. P. Jansma.\n\nDit arrest is gewezen door mrs. Chr. M. "
            "Aartsma, N.J.M. van Ettenma en M.G.W.M. Stienissenma en is in het openbaar uitgesproken door de "
            "rolraadsheer op 23 april 2013.")
    assert_kept(text, "Chr. M. Aartsma", "N.J.M. van Ettenma", "M.G.W.M. Stienissenma")
    assert_found(text, "P. Jansma")


def test_a_roll_cut_short_ends_at_the_first_item() -> None:
    text = ("VERGADERING VAN WOENSDAG 16 OKTOBER 1957\nVoorzitter: de heer Kortenhorstma.\nTegenwoordig zijn 116 "
            "leden, te weten: de heren Kortenhorstma, J. M. Petersma, Van der Zaalma, en de heer Dreesma, "
            "Minister-President, de heer Höppenerma, Staatssecre\u00adtaris van Onde\nAan de orde is behandeling van "
            "de wetsontwerpen: Naturalisatie van Jean Isodore Courtialma en 18 anderen (4732); Naturalisatie van "
            "Johanna Maria Heestermanma (4905).")
    assert_kept(text, "J. M. Petersma", "Van der Zaalma")
    assert_found(text, "Jean Isodore Courtialma", "Johanna Maria Heestermanma")


def test_the_honourable_member() -> None:
    text = ("De heer Kropmanma: Mijnheer de Voorzitter! Er was een debat tussen de Minister en de geachte "
            "afgevaardigde de heer Oudma over de vraag. De heer Oudma meende, dat de Regering geen voorstel hoefde in "
            "te dienen.")
    assert_kept(text, "Oudma")
