"""Held-out round 91 (issue 14; names altered): a council's printed record in capitals names a committee in passing
and still gives its speakers the floor; old minutes name a roll-call vote in a sentence ("Tegen stemden de heeren A,
B en C. Vóór waren …"); "de geachte afgevaardigden de heren A, B en C"; leaving an office ("treedt af als
gezaghebber"); a signature's "(get.)" before the name under the office; "der Marine" is no given name; an
enumeration's item with an unknown given name and a particle ("Wils van der Steen"), a family name that is also a
word after a particle ("Linda de Heer") and a list without "en" before its last item."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_a_printed_council_record_that_names_a_committee_in_passing() -> None:
    text = ("28 APRIL 1920. De VOORZITTER Voor een jaar. 239 De heer HAALMANS Dan wordt er weer opnieuw comedie "
            "gespeeld. De VOORZITTER komt tegen die uitdrukking op. De heer GRUIJTERS vraagt, waarom men het niet "
            "eerst aan de commissie heeft voorgelegd. De VOORZITTER zegt, dat Burgemeester en Wethouders van meening "
            "zijn, dat de gemeente op deze wijze voordeeliger uit is.\n\nRaadsnotulen en jaarverslagen\n\n"
            "Breda - Notulen van de gemeenteraad | 1920 | | pagina 239\n")
    assert_kept(text, "HAALMANS", "GRUIJTERS")


def test_a_roll_call_vote_in_a_sentence_of_old_minutes() -> None:
    text = ("Breda - Notulen van de gemeenteraad 1920. De motie van den heer Haalmans wordt alsnu in stemming "
            "gebracht, doch verworpen met 8 tegen 6 stemmen. Tegen stemden de heeren Lijdsmans, Hornixma, Moltema, "
            "van Groenendaal, Clementsma, A. Schrauwenma en Kantersma. Vóór waren de heeren Gruijters, Meijvisma, "
            "Haalmans, Kortewegma, F. Schrauwenma en mevr. Neve-Reintjesma.\n")
    assert_kept(text, "Moltema", "van Groenendaal", "Clementsma", "A. Schrauwenma", "Kantersma", "Kortewegma",
                "F. Schrauwenma", "Neve-Reintjesma")


def test_the_honourable_members_as_a_plural_role() -> None:
    text = ("Staatssecretaris De Jongma: Mijnheer de Voorzitter! In het betoog van de geachte afgevaardigden de heren "
            "Mertensma, Deetmanma en Van Kemenadema stonden drie zaken centraal.\n")
    assert_kept(text, "Mertensma", "Deetmanma", "Van Kemenadema")


def test_leaving_an_office() -> None:
    assert_kept("Het college meldt dat de heer Rijnama treedt af als gezaghebber van Bonaire.", "Rijnama")
    assert_kept("Piet Jansma zal per 1 mei terugtreden als wethouder van Leiden.", "Piet Jansma")


def test_a_signatures_mark_in_brackets_before_the_name() -> None:
    text = ("Gezien door mij Burgemeester van Hoofdplaat voor legalisatie de handteekening van den verzoeker.\n"
            "De Burgemeester voornoemd, (get.) B. THOMAESMA.\n")
    assert_kept(text, "B. THOMAESMA")


def test_a_genitive_noun_is_no_given_name() -> None:
    text = ("Tot president der Commissie zal worden uitgenoodigd de hoofdingenieur der Marine van Oordtma, directeur "
            "van de Nederlandsche Stoomboot-maatschappij te Rotterdam. De Minister van Marine, Overwegende dat …\n")
    assert_kept(text, "Marine")


def test_enumerations_with_an_unknown_given_name_or_without_en() -> None:
    text = ("De regionale kandidaten op een rij: Henk van der Windma, Bert van Vreeswijkma, Marleen Treepma, Tonnis "
            "van Dijkma, Wils van der Steen, Evert van de Looma en Jan Stutvoetma.\n\nVoorjaars-ALV 12 mei 2014 "
            "Aanwezig: Anne van der Sluisma, Tinka Karsma (stemgerechtigd voor Karin van Beusekomma) Afgemeld: "
            "Arianne Niksma, Roselinde Goselinkma, Linda de Heer, Roeska Blankevoortma, Jasper Labohmma. 1. Opening\n")
    assert_found(text, "Wils van der Steen", "Linda de Heer", "Roeska Blankevoortma")
