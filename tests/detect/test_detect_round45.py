"""Held-out round 45 (issue 14): what studying it fixed - the Kamer's counted roll without a comma after the chair
("Tegenwoordig, met den Voorzitter 39 leden"), a member's notice in the old spelling ("een bericht van den heer X, dat
hij, tot 26 Juni a.s., … verhinderd is"), the member whose number is drawn to vote first, a transcript's speakers in
capitals and a name that a line break cuts, a quotation's attribution and a speaker who introduces himself, a sentence
that ends in a colon is no speaker's label that makes a zoning plan's text the Kamer's proceedings, institutions named
after a person, and the items of a lettered list (names altered)."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept
from tests.detect.util import texts


def test_the_roll_and_a_notice_in_the_old_spelling() -> None:
    text = ("VERGADERING VAN DINSDAG 20 JUNI 1950\nVoorzitter: de heer Kranenborg\nTegenwoordig, met den Voorzitter "
            "39 leden, te weten: de heren Pollemans, Van Velthovens, Beauforts, Woudenbergh, Kolffs, en de heer "
            "Dreesman, Minister-President.\nDe notulen worden goedgekeurd.\nDe Voorzitter: Ik deel aan de Kamer mede: "
            "A. dat zijn ingekomen: 1°. een bericht van den heer Wittemans, dat hij, tot 26 Juni a.s., wegens "
            "verblijf in het buitenland verhinderd is de vergaderingen bij te wonen.\n")
    _kept(text, "Pollemans", "Van Velthovens", "Woudenbergh", "Wittemans")


def test_the_member_drawn_to_vote_first() -> None:
    text = ("Notulen van de openbare vergadering van de gemeenteraad van Rijssen-Holten.\n1. Opening\nDe voorzitter "
            "opent de vergadering.\n\nAls beginnummer voor hoofdelijke stemming wordt getrokken nr. 19, de heer "
            "Noordamme.\n\n2. Inventarisatie spreekrecht\n")
    _kept(text, "Noordamme")


def test_a_transcripts_speakers_in_capitals_and_a_name_cut_by_a_line_break() -> None:
    text = ("ICT'ers bij Rijkswaterstaat\n\nPATRICK LOGGENS: Dat je echt iets doet wat er ook toe doet.\n\n(Aldus "
            "projectmanager Patrick Loggens.)\n\nKORES WOUTERSMA: Dat is het mooie.\n\n(Aldus systeemarchitect Kores "
            "Woutersma.)\n")
    _found(text, "PATRICK LOGGENS", "Patrick Loggens", "KORES WOUTERSMA", "Kores Woutersma")
    text = ("Mevrouw Broese van Groenouw (K). Allereerst mijn excuses. Mijn naam is Patty Broese van\nGroenouw. Ik ben "
            "placemaker. De heer Althuisen (K). Ik ben Omri Althuisen en ik ben 28 jaar.\n")
    _found(text, "Broese van\nGroenouw", "Omri Althuisen")


def test_a_quotation_names_a_person_not_a_role_or_a_family_name() -> None:
    _kept("Een federaal Europa of geen Europa, zegt Aussenminister Fischer, en hij heeft gelijk.", "Fischer")
    _kept("De burgemeester, mr. L.L. Doude van Troostwijk, opent de vergadering. Daarna zegt Doude van Troostwijk "
          "dat hij blij is.\n", "Doude van Troostwijk")
    assert not texts(analyze_text("Dat is mooi, zegt Rijkswaterstaat Zuid-Holland.\n"))


def test_a_sentence_ending_in_a_colon_is_no_speakers_label() -> None:
    text = ("Wijzigingsplan Yerseke\n\n8.2 Zienswijzen\n\nEr zijn zienswijzen ontvangen van de heer J.J.W.P. "
            "Zoetewey.\n\n*Samenvatting zienswijze*\n\nDe heer Zoetewey brengt in zijn zienswijze het volgende naar "
            "voren:\n\n* a. U berekent een tekort van 10 parkeerplaatsen.\n")
    _found(text, "J.J.W.P. Zoetewey", "Zoetewey")
    # a Frisian record: a label may open inside the sentence before it
    _kept("De hear De Boer nimt syn plak wer yn. Mefrou Veenstraa: De VVD is bliid mei it rapport. Wethâlder Van den "
          "Akker: Yn it ferslach. Wethalder Sikma: In tal plannen.", "Veenstraa")


def test_institutions_named_after_a_person_and_a_lettered_list() -> None:
    text = ("geneesheer-directeur van de Dr. Henri van der Hoeven Kliniek en van het Pieter Baan Centrum te "
            "Utrecht;\n")
    assert not texts(analyze_text(text)), texts(analyze_text(text))
    text = ("Agenda:\nT. Actieprogramma Klimaatadaptatie (RIS318503)\nU. Leegstandsdebat\nV. Themadebat WMO\n"
            "W. Aanstaand betaald parkeren\n")
    assert not texts(analyze_text(text)), texts(analyze_text(text))
    _found("Wij spraken met\nJ. Jansen\nK. Pietersma\nL. Bakker\n", "J. Jansen", "K. Pietersma", "L. Bakker")
