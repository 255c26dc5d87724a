"""Persons, not strings (issue 14): every mention of a person gets the decision about that person, made
from all cues in the document - public office holders kept, civil servants and citizens proposed,
conflicting or weak cues proposed and marked "twijfel"."""

from __future__ import annotations

import pytest

from redact.detect.engine import Detector
from redact.detect.genre import genre_of
from redact.models import Finding
from redact.rules import Rules
from tests.detect.util import fully_covered, untouched


def _doubtful(findings: list[Finding], needle: str) -> bool:
    return any(needle in f.text and f.doubt.startswith("twijfel") for f in findings)


# (text, a public person's name that must stay readable at every mention)
PUBLIC = [
    ("De heer Wassenberg (PvdD):\nVoorzitter. Ik dien een motie in.\n\nDe voorzitter:\nDank aan Wassenberg.",
     "Wassenberg"),
    ("Aanwezig zijn 5 leden der Kamer, te weten:\n\nVan Aalst, Agema, Beckerman, Kops en Yeşilgöz-Zegerius,\n"
     "\nen de heer De Jonge, minister van Volksgezondheid.\n\nDe voorzitter:\n\nIk open de vergadering.", "Beckerman"),
    ("Notulen van de vergadering van de raad van de gemeente Hoorn. Tegenwoordig zijn de leden: Van Asperen, "
     "mevr. Baş, Beerlage en Zwanenberg. Tevens zijn aanwezig de wethouders mevr. Den Besten en Bosch. "
     "1. Opening\nDe heer Beerlage vraagt het woord.", "Beerlage"),
    ("Op voorstel van het college bespraken de wethouders Jansen, De Vries en Bakker de begroting.", "De Vries"),
    # a heading in capitals in minutes that lost their line breaks; the chair welcoming "de aanwezigen" later
    ("VERSLAG VAN Commissie Wegen van het waterschap AANWEZIG P. Kome (voorzitter, VVD), J. Kraai, (Natuur, tot "
     "uur), A. Abee (CDA) Ambtelijke ondersteuning: K. Bos, projectleider 1. Opening De voorzitter heet de "
     "aanwezigen welkom. De heer Kraai vraagt het woord.", "Kraai"),
    ("Inlichtingen bij\nGedeputeerde(n)\n16.07.2024\n2024-015664\n\nT.A. de Bree /E.G. Grijsen\n\nAan Provinciale "
     "Staten", "E.G. Grijsen"),
    ("Gedeputeerde Staten van Overijssel,\n\n\nvoorzitter, A.P. Heidema\nsecretaris, N. Versteeg\n", "N. Versteeg"),
    ("Gedeputeerde Staten van Overijssel,\n\n\nvoorzitter, A.P. Heidema\nsecretaris, N. Versteeg\n", "A.P. Heidema"),
    ("Stemmingen over de motie-Van Aalst/Remco Dijkstra over de N35 (35300-A, nr. 14).", "Remco Dijkstra"),
    ("Motie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering de N35 te verbreden,\n\nen gaat over "
     "tot de orde van de dag.\n\nFutselaar\nGrashoff\n", "Grashoff"),
    ("Verslag commissie bestuur. Aanwezig: A.C. Heij (voorzitter), E.M. Koestal (PvdA), H. Laan (CDA), "
     "F.A. Feller (VVD), D.C. Kuipers (GroenLinks).\n1. Opening\nMevrouw Laan vraagt of dat klopt.", "Laan"),
    ("Het overleg met de heer Van Aalst (minister) en mevrouw Bikker (ChristenUnie) verliep goed.", "Bikker"),
    ("De heer Borgesius van de VVD en meneer Christans van de PvdA zijn afwezig.", "Christans"),
    ("Samen met de heer J.W. Remkes, als informateur, onderzocht ik de mogelijkheden.", "J.W. Remkes"),
    ("DE MINISTER VAN DEFENSIE,\n\nE. van Middelkoop\n\nOns kenmerk F/2008", "E. van Middelkoop"),
    ("Deze motie is voorgesteld door de leden Paternotte, Ziengs en Hijink.", "Ziengs"),
    ("NOTA GS-MANDAAT\n\nOnderwerp: GS Mandaat windbeleid\nOpenbaar: Ja\nT.A. de Bree\nRegistratiekenmerk: "
     "2023-063875\nAuteur: team BCL\nAfgestemd met: B. Parmet (directie)\n", "T.A. de Bree"),
]


@pytest.mark.parametrize("text, name", PUBLIC, ids=[n for _, n in PUBLIC])
def test_public_office_holders_stay_at_every_mention(detector: Detector, text: str, name: str) -> None:
    findings = detector.analyze(text)
    assert untouched(text, findings, name), [f.text for f in findings]


# (text, a private person's name that must be proposed at every mention)
PRIVATE = [
    ("Contactpersoon: P. Jansen\nT 070-1234567\n\nJansen stuurt de stukken.", "Jansen"),
    ("Aanwezig: A. Abee (CDA), V. Bergsma (afdelingshoofd financiën), M. Koese (CU) en mevrouw E. aan de Wiel "
     "(notuliste)\n1. Opening", "E. aan de Wiel"),
    ("Aanwezig: A. Abee (CDA), V. Bergsma (afdelingshoofd financiën), M. Koese (CU)\n1. Opening", "V. Bergsma"),
    ("Verslag van de vergadering van de raad van de gemeente Bloemendaal. Aanwezig: Raadsleden: mr. A.M. Jeltes "
     "(D66), ing. A.J.G. Burger (CDA). Managementteam: de heren P.G.A. Dubbe (afdelingshoofd publiekszaken) en "
     "W. Toet (afdelingshoofd financiën)\n1. Opening", "W. Toet"),
    ("Aanwezig: Piet de Vries (DRC), Karin Bakker (DGRR) en Tom Smit\n\nDe Vries opent het overleg.", "Tom Smit"),
    ("Verslag: Elise Gieselaar Secretariaatsservice\n1. Opening en mededelingen.", "Elise Gieselaar"),
    ("het college, vertegenwoordigd door mr. A.C. van Soest, gemachtigde.", "A.C. van Soest"),
    ("De volgende Almeerders mochten een onderscheiding ontvangen:\n\nBoudewijn Vlam\n\nLex Burgersdijk\n",
     "Lex Burgersdijk"),
    ("NOTA GS-MANDAAT\n\nOnderwerp: GS Mandaat windbeleid\nOpenbaar: Ja\nT.A. de Bree\nRegistratiekenmerk: "
     "2023-063875\nAuteur: team BCL\nAfgestemd met: B. Parmet (directie)\n", "B. Parmet"),
    # a note with a portfolio holder's label: an unlabelled name line is nobody's field
    ("NOTA GS\n\nOnderwerp: windbeleid\nPortefeuillehouder: Tijs de Bree\nK.L. Mulder\nAuteur: team BCL\n"
     "Openbaar: Ja\n", "K.L. Mulder"),
    # no author field: the unlabelled name may be the author's
    ("NOTA GS\n\nOnderwerp: windbeleid\nOpenbaar: Ja\nK.L. Mulder\nRegistratiekenmerk: 2023-1\n", "K.L. Mulder"),
    # an inspreker: "heet de aanwezigen welkom" starts no attendance list, "Bijlage:" ends one
    ("VERSLAG VAN de commissie Wegen van het waterschap AANWEZIG P. Kome (voorzitter, VVD), A. Abee (CDA), "
     "J. Hoek (SGP) AFWEZIG z.k.a.: niemand Bijlage: - brief van dhr. Brons - artikel uit de krant 1. Opening De "
     "voorzitter opent de vergadering en heet de aanwezigen welkom. Er heeft zich een inspreker gemeld, de heer "
     "Brons. De heer Brons vraagt of de brief is ontvangen. De heer Abee vraagt het woord.", "Brons"),
    # "Overig:" in an attendance list: present, not a member
    ("VERSLAG vergadering van Commissie Bestuur Aanwezig zijn: De heren A. Kok (VVD), B. Smit (CDA) en "
     "mevrouw A. Doesburg (commissiegriffier) Ook aanwezig zijn: Leden van gedeputeerde Staten: gedeputeerde "
     "H. Dijk Overig: de heer C. Wigman (directie Rekenkamer) Afwezig zijn: De heer D. Bos (SP) 1.Opening",
     "C. Wigman"),
    # the role between two entries belongs to the one before it: Van Dalen is not the griffier
    ("Aanwezig zijn de leden Jansen (VVD) en De Boer (SP), alsmede mevrouw Kok, griffier, de heer Van Dalen, "
     "directeur Bedrijfsvoering, en de heer Mol, hoofd Financiën.\n\n1. Opening", "Van Dalen"),
]


@pytest.mark.parametrize("text, name", PRIVATE, ids=[n for _, n in PRIVATE])
def test_private_persons_stay_redacted(detector: Detector, text: str, name: str) -> None:
    findings = detector.analyze(text)
    assert fully_covered(text, findings, name), [f.text for f in findings]


# (text, a person with weak or conflicting cues: proposed, and marked twijfel)
UNCERTAIN = [
    ("Namens deze,\n\nWillem Koster, Voorzitter\n\nVereniging Wonen Willemspark", "Willem Koster"),
    ("De decorandi zijn: de heer B.I.A. Ruskauff (Lid) en mevrouw P.H. Koers (Ridder).", "B.I.A. Ruskauff"),
    ("Contactpersoon: Jan Jansen\n\nIn het overleg zei wethouder Jan Jansen dat het plan doorgaat.", "Jansen"),
    ("Aanwezig: H.T.J. Peelen (secretaris), A. Abee (CDA), M. Koese (CU)\n1. Opening", "H.T.J. Peelen"),
    ("Jaap Eikelboom, directeur van het Landelijke Coördinatie COVID-19 Bestrijding", "Jaap Eikelboom"),
]


@pytest.mark.parametrize("text, name", UNCERTAIN, ids=[n for _, n in UNCERTAIN])
def test_uncertain_persons_are_proposed_and_marked(detector: Detector, text: str, name: str) -> None:
    findings = detector.analyze(text)
    assert fully_covered(text, findings, name), [f.text for f in findings]
    assert _doubtful(findings, name.split()[-1]), [(f.text, f.doubt) for f in findings]
    doubt = next(f.doubt for f in findings if name.split()[-1] in f.text)
    assert name not in doubt and name.split()[-1] not in doubt  # cues only, never the name


def test_minister_and_civil_servant_with_the_same_surname(detector: Detector) -> None:
    text = "Contactpersoon: P. Jansen\n\nMinister Jansen vroeg Jansen om advies."
    findings = detector.analyze(text)
    minister = text.index("Minister Jansen") + len("Minister ")
    assert not any(f.start == minister for f in findings)  # the office holder
    assert fully_covered(text, findings, "P. Jansen")
    second = text.rindex("Jansen")
    bare = next(f for f in findings if f.start == second)  # could be either: proposed and marked
    assert bare.doubt


def test_a_persons_public_decision_holds_at_every_variant(detector: Detector) -> None:
    text = ("Aanwezig: de heer A. Kalk (VVD), mevrouw N. Hofstra (CDA)\n1. Opening\n"
            "De heer Kalk vraagt naar de stand van zaken. KALK licht dat toe.")
    findings = detector.analyze(text)
    assert all(untouched(text, findings, n) for n in ("A. Kalk", "Kalk", "N. Hofstra"))


def test_listed_public_person_from_the_dossier_list(detector: Detector, rules: Rules) -> None:
    from redact.detect.resolve import resolve
    from redact.models import PublicPerson

    text = "Contactpersoon: Dilan Yildiz\n\nYildiz en P. Jansen overleggen."
    listed = rules.with_public_persons((PublicPerson("Dilan Yildiz", "wethouder", "Gemeente X", "2022-01-01", ""),))
    findings = resolve(text, detector.raw(text), listed)
    assert untouched(text, findings, "Yildiz") and fully_covered(text, findings, "P. Jansen")


def test_listed_public_person_outside_the_period_is_uncertain(detector: Detector, rules: Rules) -> None:
    from redact.detect.resolve import resolve
    from redact.models import PublicPerson

    text = "Datum: 3 maart 2015\n\nHet overleg met Dilan Yildiz verliep goed."
    listed = rules.with_public_persons((PublicPerson("Dilan Yildiz", "wethouder", "", "2022-01-01", "2026-12-31"),))
    findings = resolve(text, detector.raw(text), listed)
    assert fully_covered(text, findings, "Dilan Yildiz") and _doubtful(findings, "Yildiz")


def test_batch_evidence_makes_a_person_public(detector: Detector) -> None:
    text = "In de mail van gisteren schreef Tijs de Bree dat het plan doorgaat."
    assert fully_covered(text, detector.analyze(text), "Tijs de Bree")
    assert untouched(text, detector.analyze(text, known_public=("Tijs de Bree",)), "Tijs de Bree")


@pytest.mark.parametrize("text, genre", [
    ("MOTIE VAN HET LID GRINWIS\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering iets,\n\n"
     "en gaat over tot de orde van de dag.", "motie"),
    ("Aan de orde is het debat over de begroting.\n\nDe heer Jansen (VVD):\nVoorzitter.\n\nDe voorzitter:\n"
     "Dank u.", "handelingen"),
    ("Vragen van het lid Kat (D66) aan de minister van SZW. Antwoord van minister Koolmees.", "kamervragen"),
    ("Notulen van de openbare vergadering van de raad. Aanwezig: de leden … 1. Opening. 2. Rondvraag.", "notulen"),
    ("Statenvoorstel nr. PS24-000439\n\nAan Provinciale Staten", "voorstel"),
    ("Besluit op uw Woo-verzoek van 3 maart. Wij hebben besloten tot openbaarmaking.", "woo-besluit"),
    ("Geachte heer Jansen,\n\nHierbij ontvangt u het besluit.\n\nMet vriendelijke groet,", "brief"),
    ("Een tabel met cijfers.", "other"),
])
def test_genres(text: str, genre: str) -> None:
    assert genre_of(text) == genre


def test_a_column_of_names_is_a_list_of_persons(detector: Detector) -> None:
    text = ("De volgende inwoners ontvingen een onderscheiding:\n\nBoudewijn Vlam\n\nRiksta Borgerding\n\n"
            "Peter Huis\n\nDe heer Anne de Vries\n\nLex Burgersdijk\n\nDe uitreiking was in de schouwburg.")
    findings = detector.analyze(text)
    for name in ("Riksta Borgerding", "Peter Huis", "Anne de Vries", "Lex Burgersdijk"):
        assert fully_covered(text, findings, name), name


def test_a_column_of_places_or_units_is_no_list_of_persons(detector: Detector) -> None:
    text = "Verzendlijst:\n\nTweede Kamer\n\nRaad van State\n\nAlgemene Rekenkamer\n\nProvincie Utrecht\n"
    assert not [f for f in detector.analyze(text) if f.entity == "NAAM"]
