"""Held-out round 63 (issue 14) and leftovers of rounds 60 and 62: what studying them fixed (names altered) - a list of
names each followed by the place its person lives in; a bare surname and a second family name before a party's tag
in a committee's composition; a product's name after a private function; two holders on one office's label; a roll
by party whose lines close with the party's tag; a flattened attendance table in OCR; a list separated by titles only;
a participle before a plural role's list; newcomers before a party's names; committee members seated with the
council's members; "de leden" of a body the text does not name as elected; a motion's signers with the party after a
comma; an office by a pronoun in the next sentence; an elected member's credentials; a seat on a water board's
executive for a party; a ruling's bench after "mrs."; a governing body's photo under a heading in capitals; hyphenated
initials ("H-M."); a particle written short ("A. v/d Berg") joining the namesake who writes it out; a committee seat
in a paragraph that seats the council's members."""

from __future__ import annotations

from tests.detect.util import assert_found, assert_kept


def test_a_list_of_names_with_their_places_of_residence() -> None:
    text = ("Dinsdag zijn 4 inwoners van de gemeente Woerden Koninklijk onderscheiden.\n\nGedecoreerden:\n"
            "Herman Derksma Harmelen\nDick Fokkema Woerden\nLeen Roseboomma Woerden\nTheo Straubma Woerden\n")
    assert_found(text, "Herman Derksma", "Dick Fokkema", "Leen Roseboomma")
    assert_kept(text, "Woerden", "Harmelen")
    # a call name in brackets before a surname that is also a place: no residence ("J.B. (Han) Boer")
    speakers = ("00:00:01 - J.H.A. (Joost) van Oostrum\n00:04:20 - J.B. (Han) Boer\n00:04:50 - J.H.A. (Joost) van "
                "Oostrum\n")
    assert_found(speakers + "Inspreker J.B. (Han) Boer vraagt het woord.", "Boer")


def test_a_bare_surname_and_a_second_family_name_before_a_partys_tag() -> None:
    text = ("Kamerstuk 19 000\n1 Samenstelling: Leden: Kejama (VVD), Van der Sandema (CDA) Plv. leden: "
            "Müller-van Astma (PvdA), Vriens Auerbachma (CDA), Schuttema (GPV).\n")
    assert_kept(text, "Vriens Auerbachma", "Vriens")
    # a word of the name lists after a bare surname takes no bracket that names no party
    assert_found("Aanwezig waren: Jansen, Pieter Vriens (gemeente Utrecht), en anderen.", "Pieter Vriens")


def test_a_products_name_after_a_private_function() -> None:
    text = ("In de review-fase is een bijdrage geleverd door het Technisch Overleg Digikoppelma.\n\n"
            "Contact: Lia de Vries, Logius projectleider Digikoppelma\n\nDigikoppelma is een laag. De "
            "Digikoppelma-standaard is in gebruik. Doel van Digikoppelma is standaardisatie.\n")
    assert_kept(text, "Digikoppelma")
    assert_found(text, "Lia de Vries")
    assert_found("De projectleider Digikoppelma heeft het rapport geschreven. Digikoppelma belt later.",
                 "Digikoppelma")


def test_two_holders_on_one_offices_label() -> None:
    text = ("Statencommissies\n\nRuimte, Natuur en Duurzaamheid (RND)\n\nvoorzitter: Han Thomasma en Hicham Ismaili "
            "Alaouima\ngriffier: Judith Goudriaanma\n")
    assert_kept(text, "Han Thomasma", "Hicham Ismaili Alaouima")
    assert_found("Verslag werkgroep\n\nvoorzitter: Han Thomasma en Hicham Ismaili Alaouima\nnotulist: Judith "
                 "Goudriaanma\n", "Hicham Ismaili Alaouima")


def test_a_roll_by_party_whose_lines_close_with_the_partys_tag() -> None:
    text = ("De raad van Harlingen bestaat uit de volgende leden:\n\n  • Erik de Grootma, Edwin Helvrichma en Welmoed "
            "Konstma (PvdA)\n  • Belinda Holwerdama en Ida Soolsmama (Harlinger Belang)\n  • Hendrik Sijtsmama en "
            "Reynold Bontesma (CDA)\n  • Richtje Allersmama (D66)\n")
    assert_kept(text, "Erik de Grootma", "Edwin Helvrichma", "Ida Soolsmama", "Reynold Bontesma")
    # one line is no roll
    assert_found("De nieuwe commissie:\n  • Erik de Grootma, Edwin Helvrichma en Welmoed Konstma (PvdA)\n"
                 "  • Belinda Holwerdama (Stichting Wijkbelang)\n", "Edwin Helvrichma")


def test_a_flattened_attendance_table_in_ocr() -> None:
    text = ("Verslag voor de raad van de gemeente Eindhoven. Uitnodiging aan R. van Gijzelma X voorzitter drs. J. "
            "Verheugtma X CDA E.M. Abbouma X VVD Eindhoven Nu mw P.J.F.van Kesselma-Jansen E.F. Azeuinima X SP "
            "K.T. Kocakma Th. Beenenma X Trots op Ned. mr. P.P.H.A. Leendersma mw. dr. mr. G.J.M. van den X PvdA "
            "P.J. van Liempdma Biggelaar mw L.H. Lioema-Anjie mw. drs. J.G.C.L. Breuersma X GL W.J. Buremama X PvdA\n")
    assert_kept(text, "R. van Gijzelma", "K.T. Kocakma", "P.P.H.A. Leendersma", "W.J. Buremama")
    # a list of names with initials and their employers, no parties
    staff = ("Aanwezig: R. van Gijzelma (gemeente) J. Verheugtma (provincie) E.M. Abbouma K.T. Kocakma Th. Beenenma "
             "P.P.H.A. Leendersma P.J. van Liempdma W.J. Buremama (adviseur)\n")
    assert_found(staff, "K.T. Kocakma", "W.J. Buremama")


def test_a_list_separated_by_titles_only() -> None:
    text = ("Verslagnummer 2\n\nWethouders: drs. H.J.A. van Merrienboerma mw. drs. M.C.T. Fiersma drs. A.E.J. "
            "Brunninkma\n")
    assert_kept(text, "H.J.A. van Merrienboerma", "M.C.T. Fiersma", "A.E.J. Brunninkma")


def test_a_participle_before_a_plural_roles_list_and_newcomers_before_a_partys_names() -> None:
    text = ("OOST GELRE - Zo zijn er 2 nieuwe wethouders beëdigd, Ellen Dusseldorpma en Arjan Schuttenma. Als gevolg "
            "komen er 4 nieuwe raadsleden in de gemeenteraad. Voor de VVD zijn dat oudgedienden Fiona Algerama en "
            "Alfred Woperma en voor het CDA Ruud Krabbenma en nieuwkomer Bram Polmanma.")
    assert_kept(text, "Ellen Dusseldorpma", "Arjan Schuttenma", "Fiona Algerama", "Alfred Woperma", "Bram Polmanma")


def test_committee_members_seated_with_the_councils_members() -> None:
    text = ("Na de gemeenteraadsverkiezingen is het politieke proces weer van start gegaan.\n\nIn de Commissie Ruimte "
            "zitten de raadsleden Wil Vennixma en Joost Leenhoutma en de commissieleden Bram Schildersma, Ad "
            "Broeckxma en Huub van Dongenma.")
    assert_kept(text, "Bram Schildersma", "Ad Broeckxma", "Huub van Dongenma")
    assert_found("De tennisclub heeft een nieuwe activiteitencommissie. De commissieleden Bram Schildersma en Ad "
                 "Broeckxma organiseren het toernooi.", "Bram Schildersma")


def test_the_members_of_a_body_the_text_does_not_name_as_elected() -> None:
    text = ("Claudia Lindersma is benoemd tot voorzitter. De rest van de leden zijn: Radna Rumpingma, Tanja "
            "Karremanma en Annemarie de Wildtma.\n\nHet team bestaat voornamelijk uit kunstenaars. 'Kunst op straat "
            "is waardevol,' schrijft wethouder Touria Melianima.")
    assert_found(text, "Radna Rumpingma", "Tanja Karremanma", "Annemarie de Wildtma")
    council = ("Verslag van de vergadering van de raad der gemeente Wormerland\n\nAANWEZIG\n\nde leden: de heren L.J. "
               "van Berkelma, J.S. Bierema en R.P. Hendriksma\nde griffier: mevrouw I.P. Vrolijkma\n")
    assert_kept(council, "L.J. van Berkelma", "J.S. Bierema", "R.P. Hendriksma")


def test_a_motions_signers_with_the_party_after_a_comma() -> None:
    text = ("Draagt het college op:\n\n  • De uitvoering van het akkoord in de Voorjaarsnota op te nemen.\n\n"
            "Sander van Waverma, CDA\nMaarten van Heuvenma, Partij voor de Dieren\nDimitri Gilissenma, VVD\n"
            "Tim Homanma, Student & Starter\n\n\nStatus\n\nVerworpen\n")
    assert_kept(text, "Maarten van Heuvenma", "Tim Homanma")
    assert_found("Deelnemers:\n\nSander van Waverma, Gemeente Utrecht\nMaarten van Heuvenma, Rabobank\n",
                 "Sander van Waverma", "Maarten van Heuvenma")


def test_an_office_by_a_pronoun_in_the_next_sentence_and_the_member_replaced() -> None:
    text = ("Het voorstel was ingebracht door Jiska van den Hoekma. Zij werd in de raadsvergadering van 6 juli benoemd "
            "tot raadslid en vervangt in deze rol tijdelijk Sanne de Bruijnema, die in juni met zwangerschapsverlof "
            "ging.")
    assert_kept(text, "Jiska van den Hoekma", "Sanne de Bruijnema")
    assert_found("Het voorstel was ingebracht door Jiska van den Hoekma. Zij werd in juli benoemd tot "
                 "beleidsmedewerker bij de gemeente.", "Jiska van den Hoekma")


def test_an_elected_members_credentials() -> None:
    text = ("De geloofsbrieven van Edwin Meijerhofma worden goedgekeurd, wat betekent dat hij de volgende vergadering "
            "beëdigd kan worden. Edwin verblijft nog in Ecuador.")
    assert_kept(text, "Edwin Meijerhofma")


def test_a_seat_on_a_water_boards_executive_for_a_party() -> None:
    text = ("Julia Goetsma (18), jeugdbestuurder van het waterschap, en Bas Peetersma (25), voor de VVD lid van het "
            "dagelijks bestuur van waterschap De Dommel, doen suggesties.")
    assert_kept(text, "Bas Peetersma")
    assert_found(text, "Julia Goetsma")


def test_a_rulings_bench_after_mrs_and_a_place() -> None:
    text = ("Dit vonnis is gewezen door:\nmr. Van Bovenma, voorzitter,\nen mrs. Van den Bergma en Van Ginnekenma, "
            "rechters,\nin tegenwoordigheid van mr. Wegmanma, griffier,\nen uitgesproken op 13 augustus 2008.\n")
    assert_kept(text, "Van den Bergma", "Van Ginnekenma", "Wegmanma")
    almelo = ("Deze beschikking is gegeven te Almelo door mr. M.H.H.A. Moesma en in het openbaar uitgesproken op 30 "
              "november 2005 in tegenwoordigheid van G.M. Keupinkma, griffier.\n")
    assert_kept(almelo, "M.H.H.A. Moesma", "G.M. Keupinkma")


def test_a_governing_bodys_photo_under_a_heading_in_capitals() -> None:
    text = ("Nieuws\n\nFOTO: Het college van B en W. Van links naar rechts: gemeentesecretaris Jan Jansma, Piet "
            "Pietersma, Karel Klaasma en Els Elsma.\n")
    assert_kept(text, "Piet Pietersma", "Karel Klaasma", "Els Elsma")


def test_a_chairs_card_on_a_page_of_the_councils_cards() -> None:
    chair = "Bert Wassinkma\n\nWassinkma\ncontactgegevens en taken Bert Wassinkma\nFunctieVoorzitter\n\n"
    member = ("Christa Oosterbaanma\n\nOosterbaanma\ncontactgegevens en taken Christa Oosterbaanma\n"
              "FunctieFractievoorzitter\nPolitieke partijPvdA\n")
    head = "Werkwijze\n\nDe gemeente wordt bestuurd door de Gemeenteraad: 11 leden, gekozen door de inwoners.\n\n"
    assert_kept(head + chair + member, "Bert Wassinkma", "Christa Oosterbaanma")
    assert_found("Bestuur van de tennisclub\n\n" + chair, "Bert Wassinkma")


def test_hyphenated_initials_in_a_list_separated_by_titles() -> None:
    text = ("2 Verslagnummer q Wethouders: drs. H-M. Donma drs. H.J.A. van Merrienbergma mw. drs. M.C.T. Fiersma "
            "gem.sec\n")
    assert_kept(text, "H-M. Donma", "H.J.A. van Merrienbergma", "M.C.T. Fiersma")
    assert_found("Aanwezig: de heer J.-P. Verbeekma, beleidsmedewerker.", "J.-P. Verbeekma")


def test_a_particle_written_short_is_the_namesake_who_writes_it_out() -> None:
    text = ("Afscheid burgerlid A.A. van den Bergma\n\nHelaas hebben we afscheid moeten nemen van dhr. A. v/d Bergma "
            "welke om gezondheidsredenen stopt. Daarnaast mogen we dhr. C. Lockma verwelkomen.")
    assert_kept(text, "A. v/d Bergma")
    assert_found(text, "C. Lockma")
    # two namesakes it could abbreviate: neither is joined
    both = ("Wethouder P. van de Bergma en P. van der Bergma (inspreker) waren er. Dhr. P. v/d Bergma vroeg het "
            "woord.")
    assert_found(both, "P. v/d Bergma")


def test_a_committee_seat_in_a_paragraph_that_seats_the_councils_members() -> None:
    text = ("In de Commissie Samenleving zitten de raadsleden Ronald Blokma, Chantalle Reijrinkma en Lars van Rielma. "
            "Daarnaast is Ilse Zoontjesma benoemd tot commissielid. Ilse is 18 jaar.")
    assert_kept(text, "Ilse Zoontjesma")
    assert_found("De vereniging heeft een nieuwe opzet. Daarnaast is Ilse Zoontjesma benoemd tot commissielid.",
                 "Ilse Zoontjesma")
