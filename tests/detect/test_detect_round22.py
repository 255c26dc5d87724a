"""Office holders and private persons after studying held-out round 22 (issue 14): old minutes whose roll opens
"Tegenwoordig:", party tags that cover the names before them ("(allen CDA)"), a Statencommissie's "GS:" label,
dated rows under a plural office, plural offices after an appointment, Frisian offices, court (vice-)presidents,
foreign heads of state, and a private function as an apposition after a name no list knows."""

from __future__ import annotations

from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept


def test_an_old_roll_opening_tegenwoordig_with_a_colon() -> None:
    text = ("NOTULEN van de openbare vergadering van de gemeenteraad van Breda op vrijdag 14 DECEMBER 1962. "
            "Tegenwoordig: mevrouw S.C.M. KRENS-WAGTMANS, mevrouw A. WIJN-DE BOER en de heren mr. G.W.A. BARY, "
            "A.C. BASTIAANSEN, J.E.F. BAYENS. Afwezig: de heer J. VERSCHUREN. VOORZITTER: de heer mr. R.M.A.A. "
            "GEULJANS. De VOORZITTER opent de vergadering.\n")
    _kept(text, "S.C.M. KRENS-WAGTMANS", "A.C. BASTIAANSEN", "J.E.F. BAYENS", "J. VERSCHUREN")
    _found("Verslag van de ledenvergadering van de tennisclub.\n\nTegenwoordig: mevrouw A. Bakker en de heren "
           "P. Smit en J. de Boer. De voorzitter opent de vergadering.\n", "A. Bakker", "P. Smit")


def test_a_party_tag_that_covers_the_names_before_it() -> None:
    text = ("De elf nieuwkomers zijn: Age Kramer, Gert van der Meulen, Mariska Wieringa (allen CDA), Alex Nijboer "
            "en Tjikke Krijgsman (beiden FNP), Erwin Duursma (D’66), Michiel Klont en Berber van Zandbergen "
            "(beiden GrienLinks).\n")
    _kept(text, "Age Kramer", "Gert van der Meulen", "Alex Nijboer", "Erwin Duursma", "Michiel Klont")
    _found("Op de foto: Age Kramer en Gert van der Meulen (beiden vrijwilliger).\n", "Age Kramer")


def test_the_gs_label_of_a_statencommissie() -> None:
    text = ("Statencommissies\n\nRuimte en Water\n\nVoorzitter: mw. A. Beukers\nSecretaris: dhr. A.E.W. Boukes\n"
            "GS: mw. M. van Haaf en dhr. E. Boerman\n\nBestuur en Financiën\n\nGS: CdK en dhr. Y.J. van Hijum\n")
    _kept(text, "M. van Haaf", "E. Boerman", "Y.J. van Hijum")
    _found(text, "A.E.W. Boukes")
    _found("Namens GS, mevrouw P. de Vries (beleidsadviseur).\n", "P. de Vries")


def test_dated_rows_under_a_plural_office() -> None:
    text = ("Recent benoemde burgemeesters\n\n01-04-2019: drs. R.F.I. Palmen, Horst aan de Maas\n11-06-2019: dr. "
            "P. Dassen-Housen, Kerkrade\n\nRecent aangestelde waarnemend burgemeesters\n\n11-06-2019: drs. W.G.H.M. "
            "Rutten, Beesel\n")
    _kept(text, "R.F.I. Palmen", "P. Dassen-Housen", "W.G.H.M. Rutten")
    _found("Nieuwe medewerkers\n\n01-04-2019: drs. R.F.I. Palmen, Horst aan de Maas\n", "R.F.I. Palmen")


def test_plural_offices_and_frisian_offices_after_an_appointment() -> None:
    _kept("De VVD heeft Martijn van Gruijthuijsen en Wilma Dirken naar voren geschoven als gedeputeerden.\n",
          "Martijn van Gruijthuijsen", "Wilma Dirken")
    _kept("Mevr. T. Toren en Dhr. S.K. Dijkstra werden benoemd als griffiers.\n", "T. Toren", "S.K. Dijkstra")
    _kept("Op tongersdei is mefrou Tytsy Willemsma ynsward as wethâlder fan de gemeente.\n", "Tytsy Willemsma")
    _kept("Yn tsjinstelling ta doe lies buorgemaster Tjeerd van Bekkum de eed foar. Fraksjefoarsitter Sytse "
          "Brouwer fan it CDA.\n", "Tjeerd van Bekkum", "Sytse Brouwer")
    _found("Mevr. T. Toren en Dhr. S.K. Dijkstra werden benoemd als notulisten.\n", "T. Toren", "S.K. Dijkstra")


def test_an_appointment_by_a_named_authority() -> None:
    text = ("De heer R.G. Boekhoven (65 jaar) is door de commissaris van de Koningin in de provincie Utrecht, mr. B. "
            "Staal, per 1 januari 2006 benoemd tot waarnemend burgemeester van de gemeente Utrechtse Heuvelrug.\n")
    _kept(text, "R.G. Boekhoven")
    _found("De heer P. Jansen is door de raad bedankt voor zijn werk. Mevrouw K. de Vries wordt benoemd tot "
           "wethouder.\n", "P. Jansen")


def test_court_presidents_and_vice_presidents_in_a_decree() -> None:
    text = ("De stuurgroep bestaat uit:\n\nmr. P.P. Lampe, president van de arrondissementsrechtbank te Maastricht;\n\n"
            "mw. mr. M.M.A. Spliet, vice-president van de arrondissementsrechtbank te Utrecht;\n\nmr. W. van Veen, "
            "president rechtbank te Rotterdam;\n\ndrs. P.E. de Jongh, — plv. directeur-generaal Milieubeheer;\n\n"
            "mr. A.C. van Tienhoven, directeur bij het ministerie van Justitie.\n")
    _kept(text, "P.P. Lampe", "M.M.A. Spliet", "W. van Veen", "P.E. de Jongh")
    _found(text, "A.C. van Tienhoven")


def test_foreign_heads_of_state() -> None:
    _kept("De top bracht leiders samen, waaronder de Turkse president Erdogan en de Franse president Macron.\n",
          "Erdogan", "Macron")
    _found("De president van de vereniging, Jan Jansen, opende de avond.\n", "Jan Jansen")


def test_a_private_function_as_an_apposition_after_an_unknown_name() -> None:
    text = ('"We hebben er veel zin in", vertelt Shalandra Hitipeuw, beleidsadviseur Jeugd van de BEL Combinatie.\n')
    _found(text, "Shalandra Hitipeuw")
    _kept("Vandaag sprak Tjalling Feenstra, wethouder van Sneek, de raad toe. De Raad van State, afdeling "
          "bestuursrechtspraak, oordeelt.\n", "Tjalling Feenstra", "Raad van State")


def test_a_village_council_named_with_its_place_is_no_person() -> None:
    text = ("Dorpsbelangen Wijster\n\nNotulen Dorpsbelangen Wijster\n\nAanwezig: Jan Hofstra (voorzitter), Karin "
            "Mulder.\n\nDe Oranje vereniging van Zuiderwoude wil graag meedenken.\n")
    _kept(text, "Dorpsbelangen Wijster", "Wijster", "Oranje")
    _found(text, "Jan Hofstra", "Karin Mulder")


def test_a_first_name_with_the_initial_of_the_family_name() -> None:
    text = ("Hoe gaat u ervoor zorgen dat Kadir K. – in het geval van veroordeling – iedere cent terugbetaalt? De "
            "verdachte Jan K. werd aangehouden.\n")
    _found(text, "Kadir K", "Jan K")
    _kept("Zie Bijlage K. voor de cijfers.\n\nK. Bijlagen\n", "Bijlage K")


def test_first_names_of_a_village_meeting() -> None:
    # a given name that is also a word ("aagje") after another given name, and a name whose verb opens the next line
    text = ("De volgende afmeldingen zijn binnengekomen;\n  Dirk Schram\n  Jaap Jan en Aagje\n  Tanja en Ada\n"
            "Parkeren gebeurt bij de boer met zijn instemming. Ineke\nhad gevraagd langs de dijken te parkeren.\n")
    _found(text, "Aagje", "Ineke")
    _kept("Wij bespraken de vraag.\nSprong\nis het programma van de gemeente voor de wijk.\n", "Sprong")
