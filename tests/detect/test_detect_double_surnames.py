"""Double surnames written with a particle ("Doude van Troostwijk", "Dull tot Backenhagen"): a proposed person's
name is redacted with the rest of its surname at every mention, so that no part of it stays readable (issue 14:
the private misses of rounds 14, 15 and 21 were such partial boxes)."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept
from tests.detect.util import untouched


def test_the_rest_of_a_double_surname_is_redacted_with_the_name() -> None:
    text = ("De commissie bestaat uit:\n\na. de heer mr. B.E.M. Wientjes te Ommen, tevens voorzitter;\n\n"
            "b. mevrouw L.L. Doude van Troostwijk te Zaltbommel;\n\nc. prof. jhr. drs. M. J. Ploos van Amstel;\n\n"
            "d. mevrouw M.M. Sloet van Oldruitenborgh-Oosterbaan.\n")
    _found(text, "L.L. Doude van Troostwijk", "M. J. Ploos van Amstel", "M.M. Sloet van Oldruitenborgh-Oosterbaan")


def test_every_mention_takes_the_tail() -> None:
    text = ("F2. Brief d.d. 5 september 1990 van de heer A.B. Dull tot Backenhagen, inhoudende het verzoek tot "
            "annulering. Eén en ander is aan de heer A.B. Dull tot Backenhagen begin mei telefonisch meegedeeld. "
            "Later schrijft Dull tot Backenhagen opnieuw.\n")
    _found(text, "A.B. Dull tot Backenhagen", "Dull tot Backenhagen")


def test_an_organisation_or_place_after_van_is_no_surname() -> None:
    text = ("Aanwezig: mevrouw J. Jansen van Defensie, de heer P. de Vries van Rijkswaterstaat, mevrouw T. Bakker "
            "van Zwolle; de heer K. Smit van Publiekszaken.\n")
    findings = analyze_text(text)
    for word in ("Defensie", "Rijkswaterstaat", "Zwolle", "Publiekszaken"):
        assert untouched(text, findings, word), (word, [f.text for f in findings])
    _found(text, "J. Jansen", "P. de Vries", "T. Bakker", "K. Smit")


def test_an_office_holder_with_a_double_surname_stays_readable() -> None:
    text = ("De burgemeester, mr. L.L. Doude van Troostwijk, opent de vergadering. Daarna zegt Doude van Troostwijk "
            "dat hij blij is.\n")
    _kept(text, "L.L. Doude van Troostwijk", "Doude van Troostwijk")
