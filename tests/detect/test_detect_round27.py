"""Held-out round 27 (issue 14): what studying it fixed - a Staten "Naamlijst van de leden", a label alone on its line
followed by a blank line, a Frisian GS signature block, the submitter of Statenvragen named with the party first, a
joint list written with a hyphen ("PvdA-GL"), the committee of the Staten named with its griffie, members named before
"zijn met kennisgeving afwezig", and the guests and presenters a record lists under their own label."""

from __future__ import annotations

from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept


def test_a_staten_naamlijst_lists_the_members() -> None:
    text = ("Notulen van het verhandelde in de vergadering van Provinciale Staten van Utrecht\n"
            "Naamlijst van de leden van Provinciale Staten van Utrecht Vergadering 19 januari 2004 mr. B. Staal, "
            "voorzitter drs. W.L.F. van Herwijnen, griffier\n"
            "drs. R.P.F. Bijkerk, Veenendaal dr. R. Bisschop, Veenendaal A.J. van Bokkem, Amersfoort mevr. ir. S. van "
            "Bruggen, Amersfoort J.L.M.M. Damen, Leersum\n")
    for name in ("R.P.F. Bijkerk", "A.J. van Bokkem", "J.L.M.M. Damen"):
        _kept(text, name)


def test_a_label_alone_on_its_line_before_a_blank_line() -> None:
    _kept("Besluitenlijst 18 januari 2022\n\n1. Financiële afwikkeling\n\nPortefeuillehouder \n\nAppelman, J.N.J.\n\n"
          "Beslispunten\n", "Appelman, J.N.J")


def test_frisian_statenvragen_and_their_answer() -> None:
    text = ("Skriftlike fragen oer it Fries Museum.\n\nYntsjinner CDA, Geart Benedictus\n\nBeantwoording\n\n"
            "Achte hear Benedictus,\nHjirby beanderje wy jo fragen.\n\n"
            "Deputearre Steaten fan Fryslân,\ndrs. E.H.T.M. Nijpels , foarsitter\nmr. J. Wibier , sekretaris\n")
    for name in ("Geart Benedictus", "E.H.T.M. Nijpels", "J. Wibier"):
        _kept(text, name)


def test_a_joint_list_with_a_hyphen_is_a_party() -> None:
    _kept("De volgende vragen zijn ingediend:\n1. Vragen mevr. Van der Linden (PvdA-GL) - Energielabel kantoren\n",
          "Van der Linden")


def test_a_committee_page_of_the_staten_names_its_chair() -> None:
    text = ("Commissie Ruimte\n\nmaandag 11 september 2023\n\nLocatie\n\nStatenzaal\n\nVoorzitter\nMarianne Poot\n"
            "Toelichting\n\nVoor het inspreken moet u zich aanmelden bij de Statengriffie.\n")
    _kept(text, "Marianne Poot")


def test_members_named_before_their_absence() -> None:
    text = ("Verslag van de raadsvergadering van de gemeente Westerkwartier.\n"
            "De voorzitter opent de vergadering.\n"
            "Dhr. René de Vink (Sterk Westerkwartier), mevr.Jacquelien Dijkstra (ChristenUnie) en dhr. Harry Rook "
            "(VZ Westerkwartier) zijn vanavond met kennisgeving afwezig.\n")
    for name in ("René de Vink", "Harry Rook"):
        _kept(text, name)


def test_guests_heard_and_presenters_stay_private() -> None:
    hearing = ("Aanwezig zijn 7 leden der Kamer, te weten:\n\nVan der Ploeg, Swildens-Rozendaal en Rouvoet.\n\n"
               "Gehoord werd:\n\nde Koninklijke Notariële Broederschap\n\ndelegatie:\n\nmr. A.W.O. Jansen, "
               "vice-voorzitter\n\nmevrouw mr. J.G. Harmsen, bestuurssecretaris\n\nDe voorzitter:\n\nWelkom.\n")
    _found(hearing, "A.W.O. Jansen", "J.G. Harmsen")
    _kept(hearing, "Swildens-Rozendaal")
    session = ("Politieke Markt gemeenteraad Deventer\nAanwezig: raadsleden: J.H. Bosma (CU) en H. Peters (D66), "
               "college: wethouder mw. I.R. Adema presentatie: dhr. Van Roosmalen (Ieder1) en dhr. Teuben (Rentree)\n"
               "Toelichting: de raad wordt geïnformeerd.\n")
    _found(session, "Teuben")
    _kept(session, "J.H. Bosma")
