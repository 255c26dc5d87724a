"""Held-out round 56 (issue 14): what studying it fixed (names altered) - a governing body's photo caption; a party's
assistants "Voor het CDA zijn dat de heren A en B"; members elected by preference votes; the member whose leave
opened a temporary seat; a programme's name after a label; a working group's name; a compass quarter before a
province."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_a_governing_bodys_photo_caption() -> None:
    text = ("Groepsfoto gemeenteraad\n\nOp de foto v.l.n.r. staand: Joop de Nooima, Edith Breurma, Kees Poortma "
            "(griffier), burgemeester Marcel Delhma, Mark Faassma, Dirk Hagma, gehurkt: Peter de Neefma, Johan "
            "Sandma. Op de foto ontbreken Stephan van Belzma, Pim Schenkma en Annet Versluma.\n")
    assert_kept(text, "Joop de Nooima", "Mark Faassma", "Peter de Neefma", "Johan Sandma", "Pim Schenkma",
                "Annet Versluma")
    # a photo of someone else's group
    assert_found("Groepsfoto buurtvereniging\n\nOp de foto v.l.n.r.: Joop de Nooima, Edith Breurma en Dirk Hagma.\n",
                 "Joop de Nooima")


def test_a_partys_assistants_named_after_the_party() -> None:
    text = ("Op de agenda stond de benoeming van de fractieassistenten, die ieder deze avond de eed of de belofte "
            "aflegde.\n\nVoor het CDA zijn dat de heren Winkma en Kaslandma.\n")
    assert_kept(text, "Winkma", "Kaslandma")


def test_members_elected_by_preference_votes() -> None:
    text = ("Voorkeurstemmen\n\nBij het CDA is de heer Klein Bretma uit Wateringen met voorkeurstemmen gekozen. Bij "
            "GroenLinks is de heer Lauma uit Leiden met voorkeurstemmen gekozen.\n")
    assert_kept(text, "Klein Bretma", "Lauma")


def test_the_member_whose_leave_opened_a_temporary_seat() -> None:
    text = ("Ik stel voor toe te voegen aan de agenda de benoeming van de heer C. Simma te Middelburg in de tijdelijke "
            "vacature die is ontstaan door het zwangerschapsverlof van mevrouw B. Beckma;\n")
    assert_kept(text, "B. Beckma")


def test_a_programmes_name_after_a_label_and_a_working_groups_name() -> None:
    text = ("Met vriendelijke groet,\n\nJacqueline Boerma\nVitale Vakantieparken Coevorden\nProjectleider Vitale "
            "Vakantieparken\nKasteel 1, Coevorden\n\nOnderwerp: FW: Werkgroep De Tip\n")
    assert_kept(text, "Vitale Vakantieparken", "De Tip")
    assert_found(text, "Jacqueline Boerma")


def test_a_compass_quarter_before_a_province() -> None:
    text = ("Is het de Minister bekend dat twee vervoerders uit Z.O. Drenthe hun vergunning verloren? De heer G. "
            "Weverma vroeg om uitleg.\n")
    assert_kept(text, "Z.O. Drenthe")
    assert_found(text, "G. Weverma")
