"""Held-out round 36 (issue 14): what studying it fixed - a ruling's bench "gegeven door … als griffier", a States'
agenda page by its "Ingekomen stukken GS en CvdK", "Pfh:" as the portfolio holder, the chair of a committee named
after one part of a double surname, the particle "thoe", a village platform's board meeting with its working groups'
chairs, a video index's speakers written surname first, and a given name before middle initials ("Sharon A.M. X" is
"X, S.A.M.")."""

from __future__ import annotations

from redact import analyze_text
from tests.detect.util import assert_found as _found
from tests.detect.util import assert_kept as _kept


def test_a_rulings_bench_given_with_its_griffier_as_such() -> None:
    text = ("De rechtbank wijst het verzoek tot wraking af.\n\nDeze beslissing is gegeven door mrs. E. Rabbink, "
            "H.M.D. de Jongh en G.P. Verbeeke, rechters, in tegenwoordigheid van mr. Y.F. Ritmeijers als griffier en "
            "in het openbaar uitgesproken op 10 september 2012.\n")
    _kept(text, "E. Rabbink", "H.M.D. de Jongh", "G.P. Verbeeke", "Y.F. Ritmeijers")
    appeal = ("III. BESLISSING\n\nDe Centrale Raad van Beroep,\n\nRecht doende:\n\nBevestigt de aangevallen uitspraak."
              "\n\nAldus gegeven door mr. K.J.S. Spaasen als voorzitter en mr. J.W. Schuttelaar en mr. O.J. Jansma als "
              "leden, in tegenwoordigheid van H.H.M. Hoekstra als griffier en uitgesproken in het openbaar op 3 mei "
              "2005.\n\nDe gemachtigde van appellant, mr. P. Vermaat, heeft het beroep ingesteld.\n")
    _kept(appeal, "K.J.S. Spaasen", "J.W. Schuttelaar", "O.J. Jansma", "H.H.M. Hoekstra")
    _found(appeal, "P. Vermaat")


def test_a_states_agenda_page_by_the_papers_of_its_executive() -> None:
    text = ("Agendapunten\n\n 1. 1\n\n  Besluit\n\n  Opening om 9.30 uur.\n  Bericht van verhindering van het lid "
            "Reinders-Stijnhoven. De leden Bosma en Willemsen komen later.\n\n 8. 6\n  Ingekomen stukken GS en CvdK\n"
            " 9. 6.1\n\n  Afdoeningsvoorstel: ter kennisneming\n\n  Sprekers:\n  D66 - Ton Veraarts\n"
            "  VVD - Hans van Geesberg\n")
    _kept(text, "Reinders-Stijnhoven", "Bosma", "Willemsen", "Ton Veraarts", "Hans van Geesberg")


def test_pfh_as_the_portfolio_holder() -> None:
    text = ("WL Voorronde Groene zaal\n\n  Tijd: 20:00 – 20:45 uur\n  Pfh: T. Pietersmans\n  Voorzitter: A. "
            "Smit-de Ridder\n  Griffie: L.S. Akkerman\n\n  Aanwezig: G. Hoovenstad (BVNL), A. Stolk (CDA)\n")
    _kept(text, "T. Pietersmans")


def test_the_chair_of_a_committee_named_after_part_of_her_double_surname() -> None:
    text = ("Instellingsbesluit Commissie Samsom\n\nArtikel 5\n\nAls leden van de Commissie worden benoemd:\n\na. "
            "Mevrouw mr. H.W. Samsom-Geerling, voormalig procureur-generaal, tevens voorzitter;\n\nb. Mevrouw dr. S. "
            "Dijkhuis, lector hogeschool;\n\nDit besluit wordt aangehaald als: Instellingsbesluit Commissie Samsom.\n")
    _kept(text, "H.W. Samsom-Geerling")
    _found(text, "S. Dijkhuis")


def test_the_particle_thoe_in_a_noble_double_name() -> None:
    text = ("Voorzitter: de heer mr. G.J. te Loo, burgemeester. Voorts zijn aanwezig: de heren P. de Boer, hoofd van "
            "de afdeling Financiën, mr. W.L. van Harinxma thoe Slooten, hoofd van de afdeling Kabinet.\n")
    found = {f.text for f in analyze_text(text) if f.entity == "NAAM"}
    assert "W.L. van Harinxma thoe Slooten" in found, found


def test_a_village_platforms_board_meeting_with_its_working_groups_chairs() -> None:
    text = ("Verslag van de vergadering van het dagelijks bestuur en de voorzitters van de werkgroepen gehouden op 19 "
            "mei 2005.\n\nAanwezig:\n\nMarguerite Boersema (interim voorzitter), Teuny van Wijngaard secretaris. "
            "George van Egmont, Ed Jansonius.\n\nNamens de gemeente: de heren Bart Schnoorl en Cees de Bruijne (vast "
            "contactpersoon gemeente)\n\n1. Opening:\n\nMarguerite opent de vergadering.\n")
    _found(text, "Marguerite Boersema", "Teuny van Wijngaard", "Ed Jansonius")


def test_a_video_indexs_speakers_written_surname_first() -> None:
    text = ("Gemeenteraad\n\nLocatie\nStadhuis Raadszaal\nVoorzitter\nSharon A.M. Dijkstra-Mol\nStart\ndonderdag 19 "
            "mei 2022 19:19\n\nAgendapunten\n\n02:40:02 - 02:39:55 - Zwanenbergh, Pepijn\n02:39:13 - 02:38:49 - "
            "Heuvels, Maarten van\n02:36:52 - 02:34:22 - Dijkstra-Mol, S.A.M.\n")
    # the speakers the page gives no role are proposed whole (not only the given name)
    _found(text, "Zwanenbergh, Pepijn", "Heuvels, Maarten van")
    # the chair's entry is the chair: the given name before her middle initials is the first of S.A.M.
    _kept(text, "Sharon A.M. Dijkstra-Mol", "Dijkstra-Mol, S.A.M.")


def test_a_given_name_before_middle_initials_is_the_first_initial() -> None:
    text = "Op de vergadering spraken Jan P. de Vriesema en later J. de Vriesema (wethouder) over de begroting.\n"
    _kept(text, "Jan P. de Vriesema", "J. de Vriesema")


def test_a_portfolio_of_ordinary_words_before_the_comma_and_the_name() -> None:
    text = ("De overleggen tussen het bestuur en de nieuwe wethouder Economische Zaken, Bas ten Haaf, bijgestaan door "
            "bedrijfscontactfunctionaris Lucie van Vliet-Berentsen, zijn weer opgepakt.\n")
    _kept(text, "Bas ten Haaf")
    _found(text, "Lucie van Vliet-Berentsen")
    # a family name after the role is the role's holder, not a portfolio: the name after the comma stays a name
    _found("Dit meldde wethouder Jansen, Kees Brinkhorst was er ook.\n", "Kees Brinkhorst")


def test_an_apposition_of_the_new_or_designated_office_holder() -> None:
    _kept("Een gesprek met Jan Smitsma, de nieuwe burgemeester van Dronten, verliep goed.\n", "Jan Smitsma")
    _kept("Daarna een kennismakingsgesprek met Jean Paul Gebbers de beoogde burgemeester van Dronten.\n",
          "Jean Paul Gebbers")
    _found("Zij sprak met Jan Smitsma, de nieuwe beleidsmedewerker van Dronten.\n", "Jan Smitsma")
    # without a comma only one office "van" a place or body: "de nieuwe wethouders" after a name is a dative
    _found("Daarna gaf gids Kees Brinkhorst de nieuwe wethouders een rondleiding door het stadhuis.\n",
           "Kees Brinkhorst")


def test_a_frisian_project_leader_in_the_list_of_those_present() -> None:
    text = ("GEMEENTE HOLLUM. Ferslach fan de gearkomste fan de kommisje fan de ried op tiisdei 27 juny 2006 yn it "
            "Riedhûs te Grou. Oanwêzich: Foarsitter: de hear J. Gerbrandy Griffier: de hear M. Frenseling De "
            "kommisjeleden: fan de PvdA: de hearen H. Vellinga en B. de Jongsma Fierder oanwêzich: de hear F. "
            "Buitenga (projektlieder) 1. Iepenjen. De foarsitter hyt elkenien wolkom.\n")
    _found(text, "F. Buitenga")
