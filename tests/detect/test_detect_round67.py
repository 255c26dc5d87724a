"""Held-out round 67 (issue 14): what studying it fixed (names altered) - a party named after a verb before
"namens"; a Kamer committee's report signed in ordinary case, and a member kept from adopting it; a double surname
with a particle in both parts, its residence in brackets before the party; the particle 't after an opening quote; the
office holder a motion of censure is aimed at; a union's abbreviation is no initials; a community police officer is
private; a school named after a person. Also leftovers of round 66: a double surname after "de"."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found, assert_kept, fully_covered


def test_a_party_after_a_verb_before_namens() -> None:
    text = ("Raadsvergadering dinsdag 21 maart 2023\n\n1. Vaststellen agenda\nDe heer Stamma wil namens de "
            "ChristenUnie en het CDA een motie vreemd aan de orde indienen over groene leges. Mevrouw Korevaarma wil "
            "namens CDA, SGP en ChristenUnie een motie indienen. De heer Jansma wil namens de buurtvereniging "
            "inspreken.")
    assert_kept(text, "Stamma", "Korevaarma")
    assert_found(text, "Jansma")


def test_a_kamer_committees_report_signed_in_ordinary_case() -> None:
    text = ("Tweede Kamer der Staten-Generaal\nZitting 1974-1975\nVerslag van de Commissie voor de Verzoekschriften "
            "omtrent het adres van A. de Jongma te Waddinxveen.\nDe commissie stelt aan de Kamer voor over te gaan tot "
            "de orde van de dag.\nVastgesteld, 28 augustus 1975.\nW. Scholtenma\nLangedijk-de Jongma Koningma\n"
            "Worrellma Waltmansma\nBeinemama Van Heel-Kasteelma\n1) De heer Snoekma was verhinderd aan de vaststelling "
            "van dit verslag mede te werken.")
    assert_kept(text, "W. Scholtenma", "Worrellma", "Waltmansma", "Van Heel-Kasteelma", "Snoekma")
    assert_found(text, "A. de Jongma")
    # outside the Kamer's papers a foundation's minutes under the same formula are not a committee's signers
    minutes = ("Notulen van de bestuursvergadering van Stichting Dorpshuis.\nVastgesteld, 3 mei 2021.\nJan Pietersma\n"
               "Klaas Bakkerma\n")
    assert_found(minutes, "Jan Pietersma", "Klaas Bakkerma")


def test_a_double_surname_with_a_particle_in_both_parts_and_its_residence_before_the_party() -> None:
    text = ("Nieuw bestuur Waterschap Hollandse Delta. Gekozen zijn Kees Bakkerma (Rockanje) namens de "
            "Waterschapspartij, Johan van Drielma (Nieuw-Beijerland) namens de agrariërs, Marjo van Mauriksma-de "
            "Graaffma (Oude-Tonge) namens de bedrijven.")
    assert_kept(text, "Kees Bakkerma", "Johan van Drielma", "Marjo van Mauriksma-de Graaffma")
    assert_found("Op de avond sprak Piet Jansma (Delft) namens de bewonersvereniging.", "Piet Jansma")
    findings = analyze_text("Aanwezig waren Marjo van Mauriksma-de Graaffma en Jan Pietersma.")
    assert any(f.text == "Marjo van Mauriksma-de Graaffma" for f in findings)


def test_the_particle_t_after_an_opening_quote() -> None:
    text = "Namens de buurt sprak Annemarie van \u2018t Veenma over de plannen."
    findings = analyze_text(text)
    assert fully_covered(text, findings, "Annemarie van \u2018t Veenma")


def test_the_office_holder_a_motion_of_censure_is_aimed_at() -> None:
    text = ("Motie van afkeuring Van Merrienboerma 8-5-2020\nDe Staten van Noord-Brabant, in vergadering bijeen, "
            "betreuren de gang van zaken. Een motie van wantrouwen tegen de heer Mulderma werd verworpen.")
    assert_kept(text, "Van Merrienboerma", "Mulderma")


def test_a_unions_abbreviation_is_no_initials() -> None:
    text = ("De aanspraak dient dus niet als een afzonderlijke overeenkomst te worden aangemerkt.\nCNV merkt op in "
            "aanvulling op haar bezwaarschrift, dat algemeen bekend is dat zij, maar ook andere vakverenigingen, reeds "
            "sinds jaar en dag gratis juridische diensten verleent aan haar leden. Het verbaast CNV dan ook, aldus "
            "P.J. Verhoevenma.")
    findings = analyze_text(text)
    assert not [f for f in findings if f.text == "CNV"]
    assert_found(text, "P.J. Verhoevenma")


def test_a_community_police_officer_is_private() -> None:
    text = ("Afbeelding: Wijkagent Chris van der Veenma, burgemeester Adriaansenma, initiatiefnemer Joost Hendriksma "
            "en Ewald Lousma van buurtpreventie Hoogerheide. Ook wijkagent Kuipersma was erbij.")
    assert_found(text, "Chris van der Veenma", "Kuipersma")
    assert_kept(text, "Adriaansenma")


def test_a_school_named_after_a_person() -> None:
    text = ("Samuel Veenstrama, wonend in Franeker en pas geslaagd aan RSG Simon Vestdijk, is lid van de "
            "jeugdgemeenteraad in Harlingen.")
    assert_kept(text, "Simon Vestdijk")
    assert_found(text, "Samuel Veenstrama")


def test_a_double_surname_after_de_ending_an_entry() -> None:
    text = "gemachtigde: mr W.A. van Dongen de Meyer, advocaat te Amsterdam."
    findings = analyze_text(text)
    assert fully_covered(text, findings, "W.A. van Dongen de Meyer")
