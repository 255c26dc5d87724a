"""Held-out round 37 (issue 14): what studying it fixed - a coordination of names with call names in brackets before
an appointment, a plural office with "zijn de heren …", a motie's signatories' row with a comma, a mandate's
signature "Minister van …, namens deze:" is no speaker's label, a college's roll ends at its first decision, and a
display name before a blacked-out mailbox in a released e-mail."""

from __future__ import annotations

from redact import analyze_text
from redact.detect.genre import genre_of
from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept


def test_a_coordination_with_call_names_before_an_appointment() -> None:
    text = ("Benoeming ministers van Staat\n\nDe ministerraad heeft besloten mevrouw S.M. (Sybilla) Dekkers, mevrouw "
            "mr. W. (Winnie) Sorgdragers en de heer mr. J.G. (Jaap) Scheffers voor te dragen voor benoeming tot "
            "minister van Staat.\n")
    _kept(text, "S.M. (Sybilla) Dekkers", "W. (Winnie) Sorgdragers", "J.G. (Jaap) Scheffers")


def test_a_plural_office_named_with_its_holders_after_zijn_de_heren() -> None:
    text = ("Minister van Staat is een eretitel. De huidige ministers van Staat zijn de heren Kemenader, Brouwers en "
            "Willinks.\n")
    _kept(text, "Kemenader", "Brouwers", "Willinks")
    _found("De beleidsmedewerkers zijn de heren Jansema en Pietersma.\n", "Jansema", "Pietersma")


def test_a_moties_signatories_row_with_a_comma() -> None:
    text = ("MOTIE VAN HET LID FABERS C.S.\nDe Kamer,\ngehoord de beraadslaging,\nverzoekt de Regering het plan uit te "
            "voeren,\nen gaat over tot de orde van de dag.\nFabers, De Vriesema Hermsma Andela-Bauer Weijersma\n"
            "Tweede Kamer, zitting 1979-1980, 15 550, nr. 11\n")
    _kept(text, "Hermsma", "Andela-Bauer", "Weijersma")


def test_a_mandates_signature_is_no_speakers_label() -> None:
    text = ("Besluit van de Minister van Buitenlandse Zaken tot benoeming van externe leden van het Audit Committee\n\n"
            "Besluit:\n\nArtikel 1\n\nAls externe leden van het Audit Committee worden benoemd: prof. dr. A.F.P. "
            "Bakkerman, ir. D.D. van der Stelt-Schelling en mr C.M. Insingers.\n\nDen Haag, 12 november 2012\n\n"
            "Minister van Buitenlandse Zaken, namens deze:\n\nde secretaris-generaal\n")
    assert genre_of(text) != "handelingen"
    _found(text, "A.F.P. Bakkerman", "D.D. van der Stelt-Schelling", "C.M. Insingers")


def test_a_colleges_roll_ends_at_its_first_decision() -> None:
    text = ("Besluitenlijst 28 januari 2020\n\nAanwezig:\n\n • Burgemeester: J. Kuiper\n • Wethouders: H. Hemmink, J. "
            "van Manneken en H. Buseman\n • Secretaris: J. van der Wouden\n\nOnline Media Beleid\n\nHet college heeft "
            "besloten:\n\n 1. Het Online Media Beleid ter besluitvorming voor te leggen aan de gemeenteraad.\n\n"
            "Verkennend onderzoek\n\nHet college heeft besloten:\n\n 1. de heer F. de Vriesema aanstellen als "
            "verkenner\n")
    _kept(text, "J. Kuiper", "H. Hemmink", "H. Buseman", "J. van der Wouden")
    _found(text, "F. de Vriesema")


def test_a_display_name_before_a_blacked_out_mailbox() -> None:
    text = ("Van: s12e <s12e @amsterdam.nl>\nVerzonden: dinsdag 5 juli 2022 17:36\nAan: 52e <size @amsterdam.nl>; Efze "
            "<s12e @amsterdam.nl>\nCC: s12e <s1ze @amsterdam.nl>; Bies <82 @amsterdam.nl>\nOnderwerp: RE: Bestuurlijk "
            "Team\n\nBeste collega's,\n\nIk stuur het door naar Pieter Jansema <p.jansema@amsterdam.nl>.\n")
    names = {f.text for f in analyze_text(text) if f.entity == "NAAM"}
    assert not names & {"Efze", "Bies"}, names
    _found(text, "Pieter Jansema")


def test_a_two_word_family_name_after_its_particle_joins_the_full_mention() -> None:
    text = ("De ministerraad heeft besloten de heer mr. J.G. (Jaap) De Hoop Scheffers voor te dragen voor benoeming "
            "tot minister van Staat.\n\nDe heer De Hoop Scheffers was minister van Buitenlandse Zaken.\n")
    _kept(text, "J.G. (Jaap) De Hoop Scheffers", "De Hoop Scheffers")
    # alone, with no cue, the same form is a private person's name
    _found("Aanwezig: de heer P. de Vriesema (beleidsmedewerker).\n\nDe heer De Hoop Scheffers vroeg iets.\n",
           "De Hoop Scheffers")
