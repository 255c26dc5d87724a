"""Offices said by the clause around a name (issue 14, sixth pass): coordinations before an appointment, the verb
before the name, a tag between the name and its clause, a date in an apposition, "tevens", compound offices, the
plurals of top officials, the secretary of a council's own meeting, and the two persons behind one family name."""

from __future__ import annotations

from redact.api import analyze_text
from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept
from tests.detect.util import fully_covered, untouched


def test_every_name_of_a_coordination_takes_the_office_its_clause_gives() -> None:
    _kept("Vanmiddag zijn Joan de Zwart-Bloch en Niek Meijer door de commissaris van de Koning geïnstalleerd als "
          "burgemeester van Zandvoort, respectievelijk Blaricum.\n", "Joan de Zwart-Bloch", "Niek Meijer")
    _kept("De Gouverneur heeft de heren J.F.J. Zuidgeest, F.J.M. Wilms, drs. R.J. Persoon en H.M.J.M. van Beers "
          "onlangs aangesteld tot waarnemend burgemeester.\n", "J.F.J. Zuidgeest", "F.J.M. Wilms", "R.J. Persoon",
          "H.M.J.M. van Beers")


def test_a_coordination_with_a_job_or_a_role_inside_gives_no_office() -> None:
    _found("Kees Brinkman en Anne Verbeek zijn benoemd tot beleidsmedewerker bij de afdeling.\n",
           "Kees Brinkman", "Anne Verbeek")
    # the role word inside the coordination names only the one after it
    _found("Met dank aan Kees Brinkman, beleidsmedewerker, en Anne Verbeek, die is benoemd tot burgemeester.\n",
           "Kees Brinkman")


def test_an_advisory_council_named_raad_voor_is_not_the_council() -> None:
    _found("De heer prof. dr. C.F. van den Berg, mevrouw dr. E.M. Branderhorst en de heer drs. P.J. Verheij RA "
           "worden benoemd als lid van de Raad voor het openbaar bestuur (Rob).\n",
           "C.F. van den Berg", "E.M. Branderhorst", "P.J. Verheij")
    _kept("Mevrouw Anneke Zwaveling is gekozen als lid van de raad voor de VVD.\n", "Anneke Zwaveling")


def test_the_verb_before_the_name_gives_a_public_office_only() -> None:
    _kept("Vanaf 1 januari 2018 is Jan Helmond waarnemend Rijksvertegenwoordiger.\n", "Jan Helmond")
    _kept("Op 1 april 2015 trad Reinier van Zutphen aan als nieuwe Nationale ombudsman.\n", "Reinier van Zutphen")
    _found("Vanaf 1 januari 2018 is Jan Helmond beleidsmedewerker bij de gemeente.\n", "Jan Helmond")
    _found("Sinds vorig jaar is Kees Brinkman jarig op dezelfde dag als de burgemeester.\n", "Kees Brinkman")


def test_a_tag_between_the_name_and_its_clause_and_tevens_and_a_date_in_an_apposition() -> None:
    _kept("Johan Remkes (voorzitter) is commissaris van de Koning in Noord-Holland.\n", "Johan Remkes")
    _kept("Vicevoorzitter van de Veiligheidsregio, mevrouw Reinie Melissant-Briene, tevens burgemeester van "
          "Gorinchem: ‘Wij zijn trots.’\n", "Reinie Melissant-Briene")
    _kept("ameide • Hans Oosters, vanaf vrijdag 1 februari de nieuwe commissaris van de koning in de provincie, "
          "koopt een huis.\n", "Hans Oosters")
    _found("Kees Brinkman (beleidsmedewerker) is benoemd tot teamleider.\n", "Kees Brinkman")
    _found("Kees Brinkman, vanaf 1 februari de nieuwe beleidsmedewerker, stelde zich voor.\n", "Kees Brinkman")


def test_plurals_of_top_officials_and_compound_aldermen_and_a_party_that_speaks_through_a_member() -> None:
    _kept("In een dubbelinterview breken de inspecteurs-generaal Alida Oppers (Onderwijsinspectie) en Theodor "
          "Kockelkoren (Staatstoezicht op de Mijnen) een lans voor toezicht.\n", "Alida Oppers", "Theodor Kockelkoren")
    _kept("Een speciaal welkom voor onze contactwethouder Roel de Jong en de dorpencoördinator.\n", "Roel de Jong")
    _kept("Verslag raadscommissie 2017\n\nNamens D66 spreekt Foeke Bongers zijn zorg uit over de omvang.\n",
          "Foeke Bongers")
    _found("Een speciaal welkom voor onze dorpencoördinator Karien van Mierlo en wijkbeheerder Theo Zwerver.\n",
           "Karien van Mierlo", "Theo Zwerver")
    _found("Namens de bewoners spreekt Kees Brinkman zijn zorg uit.\n", "Kees Brinkman")


def test_the_secretary_of_a_council_meeting_is_public_of_a_committee_not() -> None:
    _kept("Notulen van de besloten vergadering van de raad der gemeente Wouw van 27 september 1979 Aanwezig: "
          "Voorzitter: mr. A.G.J.M. Rombouts Secretaris: P.Th. Maas Leden P.C. Boden P.A. Bogers\n", "P.Th. Maas")
    _found("Verslag van de vergadering van de Statencommissie Economische Zaken\n\nAanwezig: de heer J. Jansen "
           "(voorzitter), mevrouw P. de Vries (VVD)\nSecretaris: R.M. Schuitemaker\n", "R.M. Schuitemaker")


def test_two_given_names_with_one_initial_are_two_persons() -> None:
    text = ("Een speciaal welkom voor onze contactwethouder Roel de Jong.\n\n"
            "Rienus de Jong is aftredend en stelt zich niet herkiesbaar.\n")
    findings = analyze_text(text)
    assert untouched(text, findings, "Roel de Jong")
    assert fully_covered(text, findings, "Rienus de Jong")


def test_a_family_is_private() -> None:
    _found("Dit project wordt nu in de stal van familie Lindeboom gemaakt, tegenover Fam. van Vulpen.\n",
           "Lindeboom", "van Vulpen")


def test_a_long_tag_in_a_list_a_field_on_the_next_line_and_a_portfolio() -> None:
    _kept("In NRC breken de inspecteurs-generaal Alida Oppers (Onderwijsinspectie en voorzitter van de Inspectieraad) "
          "en Theodor Kockelkoren (Staatstoezicht op de Mijnen) een lans.\n", "Alida Oppers", "Theodor Kockelkoren")
    text = ("Onderwerp Bestemmingsplan Zuid&West\nPortefeuillehouder L. Werger\nInlichtingen bij Rudy de Groote\n"
            "06-51585400 R.deGroote@zutphen.nl\n")
    findings = analyze_text(text)
    assert untouched(text, findings, "L. Werger")
    assert fully_covered(text, findings, "Rudy de Groote")
    _found("Met vriendelijke groet,\n\nKees Brinkman\nBeleidsmedewerker Financiën\n", "Kees Brinkman")
    _kept("5.1 Voorbereidingsbesluit aanscherpen planregels wonen\nPortefeuille Scheringa\nIngeschatte bespreektijd: "
          "30 minuten\n", "Scheringa")
