"""Held-out round 108 (issue 14; names altered): the Eerste Kamer's report on the credentials of its appointed members
(a roll after the heading, then one name a line), a local party in brackets ("(Burgerbelangen Heerhugowaard)"), a
club's officer with a short given name ("Will"), and a body's mailbox at its place ("kloosterhof.warmond@")."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_the_members_whose_credentials_a_committee_examines() -> None:
    text = ("RAPPORT VAN DE COMMISSIE TOT ONDERZOEK VAN DE GELOOFSBRIEVEN VAN\n\nde benoemde leden der Kamer – in "
            "alfabetische volgorde opgenomen in groep I –\n\nDe heer J.P. Backerma, mevrouw M.A.M. Barthma, de heer "
            "H.G.J.M. Beckersma, mevrouw M.H.M. Faber-van de Klashorstma.\n\nDe heer Van den Bergma (voorzitter), "
            "mevrouw Böhlerma en de heer Puttersma.\n\nDe commissie, benoemd tot onderzoek van de geloofsbrieven van "
            "de benoemde leden der Kamer – in alfabetische volgorde opgenomen in groep I – te weten:\n\n"
            "De heer J.P. Backerma te 's-Gravenhage\n\nMevrouw M.A.M. Barthma te Wassenaar\n\n"
            "De heer P.H.J. Essersma te Loon op Zand\n\nheeft de geloofsbrieven onderzocht.\n")
    assert_kept(text, "J.P. Backerma", "M.A.M. Barthma", "H.G.J.M. Beckersma", "M.H.M. Faber-van de Klashorstma",
                "Böhlerma", "Puttersma", "P.H.J. Essersma")
    # a line of prose after the heading is no roll: its names keep their own cues
    text = ("Het onderzoek van de geloofsbrieven van de leden der Kamer:\nDe heer Jansma, medewerker van de griffie, "
            "heeft de stukken verzameld.\n")
    assert_found(text, "Jansma")


def test_a_local_party_in_brackets() -> None:
    assert_kept("‘Het bevreemdt ons dat het nu op tafel komt’, gaat Ad Jongenelenma (Burgerbelangen Heerhugowaard) "
                "verder.", "Ad Jongenelenma")


def test_a_short_given_name_before_a_family_name() -> None:
    assert_found("Bestuur\nVoorzitter – Gerard Balma\n2de penningmeester – Will Dekkerma\n", "Will Dekkerma")


def test_a_bodys_mailbox_at_its_place_names_no_one() -> None:
    text = ("Het bezoekadres van Stichting kinderboerderij de Kloosterhofma is Kloosterwei 134, 2361 XN in Warmond. "
            "E-mail: kloosterhofma.warmond@hotmail.com. De Kloosterhofma is open op zondag.")
    assert_kept(text, "Kloosterhofma")
    # a given name before a place is a person's address: "jan.horst@" names Jan Horst
    assert_found("Mail Jan via jan.horst@gmail.com. Horst belt morgen terug.", "Horst")
