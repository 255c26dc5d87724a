"""Public office holders in layouts of the third round of real texts (issue 14): flattened stacked labels
of an attendance list, a committee whose heading names only the committee, the chair's report of members
excused in a transcript."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import fully_covered, untouched

_FLAT = ("Notulen van de openbare vergadering van de raad van de gemeente Zandvoorde, gehouden op 3 maart "
         "Aanwezig: P.J. Haverkamp, T. van der Meulen (VVD), K.L. Brandsma en D. Kooistra (CDA). "
         "Voorzitter: Wethouders: Griffier: Verslag: Mevrouw A. Roodbeen-Smit Mevrouw C. Dijkhuis, de heer "
         "M. Rozendaal en de heer B. Terpstra Mevrouw H.G. Wolters Mevrouw F. Oosterhof "
         "1. Opening en vaststelling agenda De voorzitter opent de vergadering en verwelkomt alle aanwezigen. "
         "De heer Terpstra wordt beëdigd. De heer Brandsma en mevrouw Kooistra worden geïnstalleerd.\n")


def test_flattened_stacked_labels_give_each_value_its_own_label() -> None:
    findings = analyze_text(_FLAT)
    for name in ("A. Roodbeen-Smit", "C. Dijkhuis", "M. Rozendaal", "B. Terpstra", "H.G. Wolters"):
        assert untouched(_FLAT, findings, name), (name, [f.text for f in findings])
    assert fully_covered(_FLAT, findings, "F. Oosterhof")  # under "Verslag": the minute-taker


def test_flattened_stacked_labels_with_a_value_too_many_stay_uncertain() -> None:
    text = _FLAT.replace("Mevrouw F. Oosterhof", "Mevrouw F. Oosterhof Mevrouw R. Bakema")
    findings = analyze_text(text)
    assert fully_covered(text, findings, "C. Dijkhuis")  # the columns do not line up: fail closed


def test_a_later_mention_of_those_present_does_not_reuse_the_labels_before_it() -> None:
    findings = analyze_text(_FLAT)
    assert untouched(_FLAT, findings, "Brandsma")  # a member, named again after "verwelkomt alle aanwezigen"


_COMMITTEE = ("Commissie Welzijn\n\nmaandag 4 november 19:30\nLocatie:\nRaadzaal\nVoorzitter:\nDhr. P.R. Hogeveen\n\n"
              "Agendapunten\n\nDe voorzitter heet iedereen welkom. De heer Kramer (LBZ) vraagt om het punt eerder te "
              "bespreken. Vragen zijn gesteld door de heer Jansen (CDA), mevrouw Bos (VVD), de heer Dekker (D66) en "
              "de heer Visser (LBZ). Mevrouw Smeets spreekt in namens zichzelf.\n")


def test_a_committee_with_party_tags_is_a_councils() -> None:
    findings = analyze_text(_COMMITTEE)
    for name in ("P.R. Hogeveen", "Kramer", "Visser"):
        assert untouched(_COMMITTEE, findings, name), (name, [f.text for f in findings])
    assert fully_covered(_COMMITTEE, findings, "Smeets")


def test_a_committee_without_party_tags_keeps_its_chair_uncertain() -> None:
    text = _COMMITTEE.replace(" (LBZ)", "").replace(" (CDA)", "").replace(" (VVD)", "").replace(" (D66)", "")
    findings = analyze_text(text)
    assert fully_covered(text, findings, "P.R. Hogeveen")


_TRANSCRIPT = ("Kies een vergadering\n\nHet transcript hieronder is gegenereerd.\n\n"
               "Opening\n\nVaststellen van de agenda\n\n"
               "Welkom allemaal. De raadscommissie en de collegeleden zijn van harte welkom. Ik heb het bericht "
               "van verhindering ontvangen van de heer Wolthuis, mevrouw Brinkers en de heer Van der Steeg. "
               "Dan het spreekrecht.\n")


def test_members_excused_by_the_chair_are_public() -> None:
    findings = analyze_text(_TRANSCRIPT)
    for name in ("Wolthuis", "Brinkers", "Van der Steeg"):
        assert untouched(_TRANSCRIPT, findings, name), (name, [f.text for f in findings])


def test_an_excuse_outside_a_representative_body_stays_redacted() -> None:
    text = _TRANSCRIPT.replace("De raadscommissie en de collegeleden", "Het team en de stagiairs")
    findings = analyze_text(text)
    assert fully_covered(text, findings, "Wolthuis")


_KAMER = ("Aanwezig zijn 140 leden der Kamer, te weten:\n\nAgema, Bosma, Dijkstra, Haverkort en Zijlstra.\n\n"
          "Mededelingen\n\nDe voorzitter:\nIk deel aan de Kamer mee dat het volgende lid zich heeft afgemeld:\n\n"
          "Agema.\n\nBeëdiging de heer P.J. Haverkort\n\nAan de orde is de beëdiging van de heer P.J. Haverkort.\n")


def test_a_member_sworn_in_is_public() -> None:
    findings = analyze_text(_KAMER)
    assert untouched(_KAMER, findings, "P.J. Haverkort"), [f.text for f in findings]
    assert untouched(_KAMER, findings, "Haverkort")


_STATEN = ("Verslag van de vergadering van de Statencommissie Bestuur en Middelen van Provinciale Staten\n\n"
           "1. Opening De heer Van Dongen vervangt mevrouw Scheepstra die niet aanwezig kan zijn wegens ziekte. "
           "Daarna spreekt de heer Bakkum (VVD).\n")


def test_a_member_replaced_in_a_committee_is_public() -> None:
    findings = analyze_text(_STATEN)
    assert untouched(_STATEN, findings, "Scheepstra"), [f.text for f in findings]


def test_a_replacement_outside_a_public_body_stays_redacted() -> None:
    text = _STATEN.replace("de Statencommissie Bestuur en Middelen van Provinciale Staten", "het teamoverleg")
    findings = analyze_text(text.replace(" (VVD)", ""))
    assert fully_covered(text, findings, "Scheepstra")


_WATER = ("Verslag van de vergadering van het algemeen bestuur van het waterschap\n\n"
          "Benoeming van de heer K. Oldenhove, fractie Partij voor de Dieren\n\n"
          "De heer K. Oldenhove wordt benoemd. Mevrouw R. Tuinstra, beleidsadviseur, licht toe.\n")


def test_a_person_of_a_party_group_named_in_apposition_is_public() -> None:
    findings = analyze_text(_WATER)
    assert untouched(_WATER, findings, "K. Oldenhove"), [f.text for f in findings]
    assert fully_covered(_WATER, findings, "R. Tuinstra")


_NEWS = ("Extra raadsvergadering over het stationsplein\n\nDe fracties kregen als eerste het woord. "
         "Hanna Vreeswijk van GroenLinks meende dat de inwoners worden genegeerd. Ook Gerrit Jan Boschma van de "
         "Vogelwacht sprak in. Daarna kwam zijn fractiegenoot Wiebe de Kroon aan het woord.\n")


def test_a_name_extended_over_its_party_is_public() -> None:
    findings = analyze_text(_NEWS)
    assert not any("Vreeswijk" in f.text for f in findings), [f.text for f in findings]
    assert untouched(_NEWS, findings, "Wiebe de Kroon")  # "fractiegenoot": a member of a party group
    assert any("Boschma" in f.text for f in findings)  # an association is no party
