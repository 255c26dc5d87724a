"""More from held-out round 20 (issue 14): an office in a relative clause, a surname that refers back to the name
just introduced, a portfolio before a title, an office "bij de provincie", the chair of a water board, Frisian
appointments, a person whose initials are a royal style, short Dutch given names."""

from __future__ import annotations

from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept


def test_an_office_in_a_relative_clause() -> None:
    _kept("Zijn waarneming volgt op het vertrek van Cees van den Bos, die eerder burgemeester werd van Goes.\n",
          "Cees van den Bos")
    _kept("Ze is de opvolger van Rob van Reijswoud, die per 1 mei gemeentesecretaris van Enkhuizen wordt.\n",
          "Rob van Reijswoud")
    # the role must be the clause's predicate, and a public one
    _found("Ik sprak met Piet Jansen, die de burgemeester belde en boos werd.\n", "Piet Jansen")
    _found("Ik sprak met Piet Jansen, die eerder beleidsmedewerker was.\n", "Piet Jansen")


def test_a_surname_refers_back_to_the_name_just_introduced() -> None:
    text = ("WESTLAND - De gemeenteraad heeft een nieuwe raadsgriffier gevonden. Funs Bergmans volgt Nico Broekema "
            "op. Bergmans is nu nog griffier in Papendrecht.\n\nBergmans treedt op 1 september in dienst. Broekema "
            "werd ontslagen.\n")
    _kept(text, "Funs Bergmans", "Bergmans")
    _found(text, "Nico Broekema")
    # not across a paragraph, and not a namesake with a private role of its own
    _found("Contactpersoon: Funs Bergmans\n\nDe heer Bergmans is griffier in Papendrecht.\n", "Funs Bergmans")


def test_a_portfolio_before_a_title_and_an_office_at_a_province() -> None:
    _kept("Provincie Flevoland Gedeputeerde Nieuwe Natuur dhr J.N.J. Appelman T (035)\n", "J.N.J. Appelman")
    _kept("Dijkgraaf Co Verdaas en gedeputeerde bij de provincie Gelderland Peter van ’t Hoog werken samen.\n",
          "Peter van ’t Hoog")
    _kept("hebben recentelijk gedéputeerde Ger Driessen schriftelijk een voordracht gedaan\n", "Ger Driessen")
    # a weak role does not reach over a portfolio, nor words set apart as in a flattened table, nor a surname that
    # is a role word ("W. de Koning") over a unit's code and a function
    _found("Afwezig Mr.drs. W. de Koning SIKB Programmadirecteur Drs. J.A.M. Oude Rengerink Ingenieursbureau\n",
           "J.A.M. Oude Rengerink")
    _found("Mr.drs. W. de Koning Programmadirecteur Drs. J.A.M. Oude Rengerink\n", "J.A.M. Oude Rengerink")
    _kept("Het bezoek van Z.M. de Koning Willem-Alexander aan Zwolle.\n", "Willem-Alexander")
    _found("Met de voorzitter Jan Smit mevrouw A. Jansen besproken.\n", "A. Jansen")
    _found("Wethouder Jan Smit     mevrouw A. Jansen\n", "A. Jansen")


def test_the_chair_of_a_water_board_and_frisian_appointments() -> None:
    _kept("Dinsdag werd Herman Dijk beëdigd als voorzitter van het waterschap DODelta.\n", "Herman Dijk")
    _found("Herman Dijk, voorzitter van de Gemeentelijke Ouderenbond, sprak de leden toe.\n", "Herman Dijk")
    _kept("Gerben Huisman beneamd as ynterim-steategriffier\n\nGerben Huisman fan Ljouwert is woansdei beneamd.\n",
          "Gerben Huisman")


def test_royal_styles_and_initials() -> None:
    _found("Opgesteld door: M.A.C. Schelvis (DX) H.M. Alleman (Bidoc) in overleg met de secretariaten.\n",
           "M.A.C. Schelvis", "H.M. Alleman")
    _found("Dit is gezegd door H.M. Jansen.\n", "H.M. Jansen")
    _kept("De brief is gericht aan H.M. de Koningin.\n", "Koningin")


def test_short_dutch_given_names() -> None:
    _found("Daarbij waren aanwezig Ap van Straaten van de Welzijnsorganisatie Raster en Marten Schuttert.\n",
           "Ap van Straaten", "Marten Schuttert")
    _found("Volgens Ad Jansen en Bo de Wit is het goed.\n", "Ad Jansen", "Bo de Wit")
    _kept("De Ad Hoc Commissie Integriteit vergaderde; het OM Jansen-dossier bleef liggen. Dit is ad hoc besloten.\n",
          "Ad Hoc Commissie")
