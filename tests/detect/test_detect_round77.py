"""Held-out round 77 (issue 14): what studying it fixed (names altered) - installed as "ons 'nieuwe'
commissielid"; "van eenmansfractie X"; a list of local parties' tags with one known party; the first of a pair sharing
its party tag; speaking for the college; Frisian "wie sûnt 2004 dykgraaf"; a heading in capitals below a name; a
byline after a plural role; a sentence glued to the one before; "van Dorpsbelangen", "van Forum voor Democratie" after
a name; plenipotentiary ministers; a firm of initials with a particle; a village in a list of guests."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found, assert_kept


def _names(text: str) -> list[str]:
    return [f.text for f in analyze_text(text) if f.entity == "NAAM"]


def test_installed_as_our_new_committee_member() -> None:
    text = ("Carmen Rietdijkma wordt geïnstalleerd als ons ‘nieuwe’ commissielid. Piet Bakkersma wordt benoemd als "
            "commissielid van de commissie bezwaarschriften.")
    assert_kept(text, "Carmen Rietdijkma")
    assert_found(text, "Piet Bakkersma")


def test_a_one_man_group_after_the_name() -> None:
    text = "Peter Craenmehrma van eenmansfractie AndersNu beet het spits af. Piet Bakkersma van de buurtvereniging."
    assert_kept(text, "Peter Craenmehrma")
    assert_found(text, "Piet Bakkersma")


def test_a_list_of_local_party_tags_with_one_known_party() -> None:
    text = ("Die worden ingenomen door Mariëlle van Alphenma (Balans), Peter Manniënma (Combinatie95), Anja van de "
            "Eindenma (PvdA/GroenLinks) en Guus Eltinkma (Democratische Partij Boxtel-Liempde, DPBL). Wij spraken met "
            "Jan Jansma (Utrecht), Piet de Vriesma (Amersfoort) en Klaas Bakkersma (VVD).")
    assert_kept(text, "Mariëlle van Alphenma", "Peter Manniënma", "Anja van de Eindenma", "Guus Eltinkma",
                "Klaas Bakkersma")
    assert_found(text, "Jan Jansma", "Piet de Vriesma")


def test_the_first_of_a_pair_that_shares_its_party_tag() -> None:
    text = ("Voor stemden de heer Wassinkma (SGP), de heer Van der Graafma en de heer Maatma (PvdA). Daarna spraken "
            "de heer Jansma en de heer Bakkersma (PvdA).")
    assert_kept(text, "Van der Graafma", "Maatma", "Bakkersma")
    assert_found(text, "Jansma")


def test_speaking_for_the_college() -> None:
    text = ("Namens de vijf wethouders stelde Lavinja Sleeuwenhoekma dat ze eerst een nachtje slapen. Jan Jansma "
            "antwoordde namens het college. Namens het college van bestuur zei Piet Bakkersma niets.")
    assert_kept(text, "Lavinja Sleeuwenhoekma", "Jan Jansma")
    assert_found(text, "Piet Bakkersma")


def test_a_past_office_only_with_since() -> None:
    text = ("It Wetterskip moat op syk nei in nije dykgraaf om't Paul van Erkelensma op 1 jannewaris 2020 ôfskied "
            "nimt. Van Erkelensma wie sûnt 2004 dykgraaf. De heer Van Eijckma was staatssecretaris van Financiën. De "
            "heer Vliegenthartma was fractieassistent van de fractie van Perspectief 21.")
    assert_kept(text, "Paul van Erkelensma")
    assert_found(text, "Van Eijckma", "Vliegenthartma")


def test_a_heading_in_capitals_below_a_name_is_no_function() -> None:
    text = ("Samenstelling: Leden: Dijkstalma (VVD), voorzitter, Kampma (VVD) Plv leden: Eismama (D66), Van Dijk (SGP) "
            "\nVERSLAG OVER HET ADRES VAN DE HEER X TE LUTTELGEEST\n")
    assert_kept(text, "Van Dijk")


def test_a_byline_is_no_member_of_the_plural_role_above() -> None:
    text = "Boxtel beëdigt vier nieuwe raadsleden\n\nDOOR HENK VAN WEERTMA\n\nNadat de raad vergaderde."
    assert_found(text, "HENK VAN WEERTMA")


def test_a_sentence_glued_to_the_one_before_and_an_organisation_after_van() -> None:
    text = ("Ook willen ze soepele communicatie.Elly Middelbosma van Dorpsbelangen Elp merkt veel op. Vandaag was er "
            "een debat. Hendrikus Velzingma van Forum voor Democratie was boos. Met Jan Jansen van Galenma gesproken.")
    names = _names(text)
    assert "Elly Middelbosma" in names and "Jan Jansen van Galenma" in names, names
    assert not any("Dorpsbelangen" in n or "Forum" in n for n in names), names
    assert_kept(text, "Hendrikus Velzingma")


def test_plenipotentiary_ministers_a_firm_and_a_village_are_no_names() -> None:
    text = ("De Voorzitter: Wensen de heren Gevolmachtigde Ministers voorlichting te verstrekken?\n\nDruk: G.S.C. van "
            "Gilsma B.V., Wageningen\n\nGenodigden: Gerard Meijersma (provincie Drenthe), dorpsbelangen Erm, "
            "Schoonoord en´t Haantje\n")
    names = _names(text)
    assert names == ["Gerard Meijersma"], names
