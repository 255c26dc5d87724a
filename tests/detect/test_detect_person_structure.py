"""NAAM and INITIALEN from structural cues, end to end through the detector (resolved findings).

Each case lists exactly the name/initials texts that must be proposed: a missing name is a leak,
an extra one is over-redaction. Resolved texts carry no trailing dot ("Jansen, P").
"""

from __future__ import annotations

import pytest

from redact.detect.engine import Detector
from tests.detect.util import texts

HEADER_CASES = [
    ("Van: Jansen, P. (DGRR/DRC) <p.jansen@minjenv.nl>", {"Jansen, P"}),
    ("Aan: Piet Jansen <piet.jansen@minjenv.nl>", {"Piet Jansen"}),
    ("CC: Bakker, M.; Vries, K. de", {"Bakker, M", "Vries, K. de"}),
    ('Cc: "Jansen, Piet" <piet.jansen@minjenv.nl>', {"Jansen, Piet"}),
    ("Bcc: Kees van den Berg; Anne-Marie de Wit (BZK)", {"Kees van den Berg", "Anne-Marie de Wit"}),
    ("From: Piet Jansen\nTo: Marieke Bakker-Smit", {"Piet Jansen", "Marieke Bakker-Smit"}),
    ("Aan: Jansen, P. (DGRR);\n Bakker, M. (DJI)", {"Jansen, P", "Bakker, M"}),
    ("> Van: Vries, P.J. de <p.devries@minjenv.nl>", {"Vries, P.J. de"}),
    ("Aan: Woo <woo@minjenv.nl>", set()),
    ("Aan: de minister", set()),
    ("Van: Secretariaat DRC <secretariaat@minjenv.nl>", set()),
    ("Van: 10.00 tot 12.00 uur", set()),
    ("Van:\nJansen, P. <p.jansen@minjenv.nl>\nVerzonden:\ndonderdag 3 juni 2024", {"Jansen, P"}),
    ("Van:\nProcedurekamer <procedurekamer@overijssel.nl>\nAan:\nVerzonden: 3 juni", set()),
]

LABEL_CASES = [
    ("Contactpersoon: P. Jansen", {"P. Jansen"}, "NAAM"),
    ("Contactpersoon\nmr. P.J. de Vries\nSenior beleidsmedewerker\nT 06-12345678", {"P.J. de Vries"}, "NAAM"),
    ("Opgesteld door: M. Bakker-Smit (DRC)", {"M. Bakker-Smit"}, "NAAM"),
    ("Opgesteld door\nKees de Vries", {"Kees de Vries"}, "NAAM"),
    ("Behandeld door: drs. H. ter Horst", {"H. ter Horst"}, "NAAM"),
    ("Auteur: Anne-Marie van 't Hek", {"Anne-Marie van 't Hek"}, "NAAM"),
    ("Notulist: S. el Amrani", {"S. el Amrani"}, "NAAM"),
    ("T.a.v. mevrouw K. Bakker", {"K. Bakker"}, "NAAM"),
    ("Paraaf: PJ", {"PJ"}, "INITIALEN"),
    ("Paraaf\nP.J.", {"P.J"}, "INITIALEN"),
    ("Paraaf directeur DRC: KdV", {"KdV"}, "INITIALEN"),
    ("Paraaf DRC\nPJ", {"PJ"}, "INITIALEN"),
    ("Paraaf directeur DGRR\nP.J.", {"P.J"}, "INITIALEN"),
    ("Paraaf: P. Jansen", {"P. Jansen"}, "NAAM"),
    ("Naam aanvrager: J. van Dam", {"J. van Dam"}, "NAAM"),
    ("Actie: PJ", {"PJ"}, "INITIALEN"),
    ("- Yilmaz stuurt de cijfers rond (actie TY/KV)", {"TY", "KV"}, "INITIALEN"),
    ("Actie: PJ, KdV en AMH", {"PJ", "KdV", "AMH"}, "INITIALEN"),
    ("Actiehouder: drs. H. ter Horst", {"H. ter Horst"}, "NAAM"),
    ("Actie: DGRR", set(), "INITIALEN"),
    ("de actie OM en DJI loopt", set(), "INITIALEN"),
    ("Contactpersoon\nDirectie Rechtsbestel", set(), "NAAM"),
    ("Naam\nAdres\nPostcode\nWoonplaats", set(), "NAAM"),  # an empty form
    ("Naam:\nVoorletters:\nAchternaam:", set(), "NAAM"),
    ("Van:\nServicemodule\nAan:\nNVWA Klantcontact", set(), "NAAM"),
    ("Contactpersoon: zie hieronder", set(), "NAAM"),
    ("Voorzitter opent de vergadering om 10.00 uur.", set(), "NAAM"),
    ("Opgesteld door: Directie Rechtsbestel, Team Strafrecht", set(), "NAAM"),
]

LIST_CASES = [
    (
        "Aanwezig: Piet Jansen (voorzitter), K. de Vries (DGRR), Marieke Bakker-Smit, T. Yilmaz (DJI);\n"
        "Anne-Marie van 't Hek (OM), drs. H. ter Horst\nAfwezig met kennisgeving: Bos (IND), De Groot",
        {
            "Piet Jansen", "K. de Vries", "Marieke Bakker-Smit", "T. Yilmaz", "Anne-Marie van 't Hek",
            "H. ter Horst", "Bos", "De Groot",
        },
    ),
    (
        "Aanwezig:\nPiet Jansen (voorzitter)\nKees de Vries (DGRR)\n\nAgenda\n1. Opening",
        {"Piet Jansen", "Kees de Vries"},
    ),
    ("Afwezig: de directeur DRC, P. Jansen", {"P. Jansen"}),
    ("Kopie aan: Jansen, P.; Bakker, M.", set()),  # see test_copy_list_with_inverted_names
]

GREETING_CASES = [
    ("Hoi Piet,\n\nDank je.", {"Piet"}),
    ("Beste Piet en Marieke,", {"Piet", "Marieke"}),
    ("Geachte heer De Vries,", {"De Vries"}),
    ("Geachte mevrouw Jansen,", {"Jansen"}),
    ("Geachte mevrouw de Vries,", {"de Vries"}),
    ("Dag Piet", {"Piet"}),
    ("Goedemorgen Kees, hierbij de stukken.", {"Kees"}),
    ("Beste collega's,", set()),
    ("Geachte voorzitter,", set()),
    ("Hoi allen,", set()),
    ("Dag en nacht bereikbaar.", set()),
    ("Geachte heer, mevrouw,", set()),
    ("Beste Minister,", set()),
]

SIGN_OFF_CASES = [
    ("Met vriendelijke groet,\n\nPieter Jansen\nSenior beleidsmedewerker", {"Pieter Jansen"}),
    ("Groet,\nPiet", {"Piet"}),
    ("Groet, Piet", {"Piet"}),
    ("Met vriendelijke groet,\n\nmr. drs. P.J. de Vries\nDirecteur Rechtsbestel", {"P.J. de Vries"}),
    ("Met vriendelijke groet,\n\nTeam Woo", set()),
    ("Met vriendelijke groet,\nProcedurekamer Vergunningverlening\nEenheid Publieke Dienstverlening", set()),
    ("Met vriendelijke groet,\n\nDirectie Rechtsbestel\nMinisterie van Justitie en Veiligheid", set()),
    ("Groeten uit Den Haag", set()),
]

TITLE_CASES = [
    ("Ik sprak dhr. Jansen gisteren.", {"Jansen"}),
    ("Volgens mevr. De Vries klopt dit.", {"De Vries"}),
    ("Mw. Bakker is afwezig.", {"Bakker"}),
    ("Het advies van de heer P. de Vries volgt.", {"P. de Vries"}),
    ("mevrouw Jansen heeft gebeld", {"Jansen"}),
    ("met mr. drs. P.J. de Vries overlegd", {"P.J. de Vries"}),
    ("door ir. K. van den Berg en dr. A. Yilmaz", {"K. van den Berg", "A. Yilmaz"}),
    ("prof. dr. M. Bakker-Smit", {"M. Bakker-Smit"}),
    ("w.g. P. Jansen", {"P. Jansen"}),
    ("de heer de Vries", {"de Vries"}),
    ("Mevrouw de Minister,", set()),
    ("bezoek aan Dr. Lelylaan 12", set()),
    ("kantoor aan de Dr. Jan van Breemenstraat 1", set()),
]

INITIALS_CASES = [
    ("Volgens P.J. de Vries is dat zo.", {"P.J. de Vries"}),
    ("J.P. Verhoef schreef de nota.", {"J.P. Verhoef"}),
    ("samen met Th. van 't Hek", {"Th. van 't Hek"}),
    ("en K. van der Meer (DJI)", {"K. van der Meer"}),
    ("met P. d'Ancona besproken", {"P. d'Ancona"}),
    ("door J. op de Beek en K. in 't Veld", {"J. op de Beek", "K. in 't Veld"}),
    ("H. ten Brink, A. 't Hart en B. van den Heuvel", {"H. ten Brink", "A. 't Hart", "B. van den Heuvel"}),
    ("zoals R. ter Horst-van Dijk schreef", {"R. ter Horst-van Dijk"}),
    ("Zie bijlage A. Deze bevat het overzicht.", set()),
    ("N.B. Dit is een concept.", set()),
    ("C. Financiële gevolgen\nDe kosten zijn hoog.", set()),
    ("A. Inleiding", set()),
    ("B. Probleemstelling\nDe vraag is ...", set()),
    ("Notities\nP. Jansen heeft gebeld.", {"P. Jansen"}),
    ("Notities\nP. Jansen", {"P. Jansen"}),
    ("Ad. B. Aanpak van de evaluatie", set()),
    ("zie scenario B. Overzicht van de kosten", set()),
    ("R&D. De trekker van het project", set()),
]

NEGATIVE_TEXTS = [
    "Datum: 3 juni 2024\nOnderwerp: Evaluatie Wet herziening tenuitvoerlegging\nBijlage(n): 2",
    "Directie Rechtsbestel\nMinisterie van Justitie en Veiligheid\nDirectoraat-Generaal Rechtspleging",
    "Maandag 3 juni is er overleg. Dinsdag volgt het besluit. Juni is druk.",
    "Bezoekadres: Johan de Wittlaan 12, 2517 JR Den Haag",
    "Op grond van artikel 5.1, tweede lid, aanhef en onder e, van de Woo.",
    "Het OM, DJI, JenV en BZK stemmen in. De DGRR/DRC neemt het over.",
    "De Raad van State adviseerde op 12 mei. Het Openbaar Ministerie volgt.",
    "Kenmerk 2024-0012345\nUw kenmerk: DGRR/DRC 5412345",
]


def _names(detector: Detector, text: str, *entities: str) -> set[str]:
    return texts(detector.analyze(text), *(entities or ("NAAM", "INITIALEN")))


@pytest.mark.parametrize(("text", "expected"), HEADER_CASES)
def test_email_header_fields(detector: Detector, text: str, expected: set[str]) -> None:
    assert _names(detector, text, "NAAM") == expected


@pytest.mark.parametrize(("text", "expected", "entity"), LABEL_CASES)
def test_label_fields(detector: Detector, text: str, expected: set[str], entity: str) -> None:
    assert _names(detector, text, entity) == expected


@pytest.mark.parametrize(("text", "expected"), LIST_CASES[:3])
def test_attendee_lists(detector: Detector, text: str, expected: set[str]) -> None:
    assert _names(detector, text, "NAAM") == expected


def test_copy_list_with_inverted_names(detector: Detector) -> None:
    assert _names(detector, LIST_CASES[3][0], "NAAM") == {"Jansen, P", "Bakker, M"}


@pytest.mark.parametrize(("text", "expected"), GREETING_CASES)
def test_greetings(detector: Detector, text: str, expected: set[str]) -> None:
    assert _names(detector, text, "NAAM") == expected


@pytest.mark.parametrize(("text", "expected"), SIGN_OFF_CASES)
def test_sign_offs(detector: Detector, text: str, expected: set[str]) -> None:
    assert _names(detector, text, "NAAM") == expected


@pytest.mark.parametrize(("text", "expected"), TITLE_CASES)
def test_titles(detector: Detector, text: str, expected: set[str]) -> None:
    assert _names(detector, text, "NAAM") == expected


@pytest.mark.parametrize(("text", "expected"), INITIALS_CASES)
def test_initials_and_surname(detector: Detector, text: str, expected: set[str]) -> None:
    assert _names(detector, text, "NAAM") == expected


@pytest.mark.parametrize("text", NEGATIVE_TEXTS)
def test_no_names_in_document_vocabulary(detector: Detector, text: str) -> None:
    assert _names(detector, text) == set()


def test_unit_suffix_and_title_are_not_part_of_the_name(detector: Detector) -> None:
    text = "Opgesteld door: mr. M. Bakker-Smit (DGRR/DRC)"
    (f,) = [f for f in detector.analyze(text) if f.entity == "NAAM"]
    assert f.text == "M. Bakker-Smit"
    assert text[f.start : f.end] == f.text
    assert "context:Opgesteld door" in f.evidence


def test_evidence_names_the_cue(detector: Detector) -> None:
    findings = detector.analyze("Contactpersoon\nP. Jansen\n\nHoi Kees,")
    evidence = {f.text: f.evidence for f in findings}
    assert "context:Contactpersoon" in evidence["P. Jansen"]
    assert "structure:next-line" in evidence["P. Jansen"]
    assert "structure:greeting" in evidence["Kees"]


MORE_CASES = [
    # paraph tables: the initials stand under the header, after the other column headers
    ("Paraaf\nFunctie\nDatum\nRvdVK\nafdelingshoofd Jeugd\n17 juni 2022\nEK\ndirecteur DSenJ\n17 juni 2022",
     {"RvdVK", "EK"}, "INITIALEN"),
    ("Actielijst\nNr.\nActie\nWie\nGereed\n1\nVoorstel uitwerken\nMK/FvL\n27 maart\n2\nBrief sturen\nBitV\n"
     "20 maart\n3\nCijfers delen\nOM\nvolgend overleg\n4\nPlannen\nsecretariaat\nIII", {"MK", "FvL", "BitV"},
     "INITIALEN"),
    # addressing someone in an e-mail
    ("Dank voor je reactie.\nMegan, wil jij nog een laatste blik werpen?", {"Megan"}, "NAAM"),
    ("Ben, kun je dit oppakken?", {"Ben"}, "NAAM"),
    ("Kortom, wil je dit nog nalopen?", set(), "NAAM"),
    ("Dus, kun je dit nog nalopen? Graag, wil je bellen?", set(), "NAAM"),
    ("Geachte heer,\nKees, kunt u mij bellen?", {"Kees"}, "NAAM"),
    # a double surname with a tussenvoegsel needs no other cue
    ("Isa Post-van den Broek heeft de cijfers verzameld. Volgens Post-van den Broek klopt dit.",
     {"Isa Post-van den Broek", "Post-van den Broek"}, "NAAM"),
    # signed on behalf of the minister
    ("De Minister van Justitie en Veiligheid,\nnamens deze,\nBibi van der Steen-Peterse\nhoofd afdeling",
     {"Bibi van der Steen-Peterse"}, "NAAM"),
    # title at the end of a line, name on the next
    ("kunt u contact opnemen met mevrouw\nA.P. van de Greef van de Directie Migratiebeleid.",
     {"A.P. van de Greef"}, "NAAM"),
    # month names that are also first names
    ("Behandeld door\nMei Chen\nT 06-49871234", {"Mei Chen"}, "NAAM"),
    ("Hoi Jun,\n\nDank je.", {"Jun"}, "NAAM"),
    # inverted forms with a particle in front, surnames that end like a street
    ("CC: Ait Hammou, H. (FEZ); Van Dam, J.; Verkade-Post, S. (FEZ)",
     {"Ait Hammou, H", "Van Dam, J", "Verkade-Post, S"}, "NAAM"),
    # a surname that is also a role word ("Prins") does not make the next name public
    ("Aanwezig: Seth Prins, Jason Vermeulen (DGRR/DRC)", {"Seth Prins", "Jason Vermeulen"}, "NAAM"),
]


@pytest.mark.parametrize(("text", "expected", "entity"), MORE_CASES)
def test_more_layouts(detector: Detector, text: str, expected: set[str], entity: str) -> None:
    assert _names(detector, text, entity) == expected


def test_no_break_spaces_inside_names(detector: Detector) -> None:
    nbsp = "\u00a0"
    text = (
        f"Contactpersoon\nAya{nbsp}van{nbsp}de{nbsp}Greef\nT{nbsp}06-12345678\n\n"
        f"Van{nbsp}de{nbsp}Greef belt."
    )
    findings = detector.analyze(text)
    assert {f"Aya{nbsp}van{nbsp}de{nbsp}Greef", f"Van{nbsp}de{nbsp}Greef", "06-12345678"} <= texts(findings)
    assert all(text[f.start : f.end] == f.text for f in findings)
