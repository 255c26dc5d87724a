"""Held-out round 110 (issue 14; names altered): a newspaper's report of a council headed "GEMEENTERAAD VAN ZAAMSLAG."
with its speakers and roll-call vote, a plural form of address before a list after a semicolon ("de heren; A, B"), and a
name that ran on into the office after it ("Annette Raijer Fractievoorzitter PVV")."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept, texts


def test_a_newspapers_report_of_a_council_by_its_heading() -> None:
    text = ("4 GEMEENTERAAD VAN ZAAMSLAG. werk te verrichten, maar hij kon dat niet. Zóó is het, naar spreker meent, "
            "ook gesteld met den heer Tholeosma. De heer SCHEELEMA: Werken ze dan 12 uur op de secretarie? De heer "
            "DE JAGERMA: Neen, maar ik bedoel een vollen dag. Het voorstel van burgemeester en wethouders wordt in "
            "stemming gebracht. Er zijn 6 stemmen voor en 6 tegen. Voor stemmen de heeren Hamelinkma, Van Drielma en "
            "De Bruijnema; tegen stemmen de heeren Colsenma, Van Akenma en Bedetma. 13. Rekening der "
            "Gezondheidscommissie over 1929.")
    assert_kept(text, "SCHEELEMA", "Hamelinkma", "Van Drielma", "Colsenma", "Bedetma")
    assert_found(text, "Tholeosma")  # the official whose post the council debates


def test_a_list_after_a_plural_form_of_address_and_a_semicolon() -> None:
    assert_found("Het initiatief ging uit van een illuster gezelschap. Dit waren de heren; Vinkenborgma, De Bruijnma, "
                 "Karresma en Van den Brandhofma. Deze laatste was muntmeester.", "Vinkenborgma", "Karresma")


def test_a_name_that_ran_on_into_the_office_after_it() -> None:
    from redact.api import analyze_text

    text = "Interviews:\nAnnette Raijerma Fractievoorzitter PVV over het samenwonen van statushouders\n"
    assert not any("Fractievoorzitter" in t for t in texts(analyze_text(text), "NAAM"))
