r"""Organisation data stays: an organisation's numbers, bank account, address and mailboxes are not
personal data.

``OrganisationData(text, rules).allows(f)`` is true for a TELEFOON, IBAN, EMAIL or ADRES finding that
belongs to an organisation:

* it stands in a line of the letterhead or footer that repeats on most pages of the document (at least
  three pages and half of them: "Cardan, Burgemeester Brokxlaan 32 5041 SB Tilburg / 0885004070, …");
* the nearest owner above it (within ``_OWNER_LINES`` non-empty lines, or on its own line or the next) is an
  organisation - "Provincie Overijssel", "Gemeente …", "Ministerie van …", "… B.V.", "Postbus …",
  "KvK …", "www.…", "… Loket", a contact label followed by a unit ("Behandeld door \ Vergunningen") - or
  the account is "t.n.v. Provincie …", and no person's name stands between them;
* an address in the fields of a form whose nearest section (within ``_FORM_LINES`` lines of its page) is a
  business's, whatever stands above that section: "Adresgegevens bedrijf initiatiefnemer", "Soort bedrijf:",
  "KvK-nummer" - unless a person's field ("Geboortedatum", "Woonplaats", "Naam:"), a name or a personal
  contact line comes first;
* it is a functional mailbox: no part of its local part is a name, the whole is an ordinary word, a
  function ("Proceduremedewerkers@", "overijsselloket@") or the organisation's own name ("contact@cardan.com").

A person's own data in a letterhead still goes, even on every page: a name (a NAAM finding), a mobile number
or a personal mailbox within ``_PERSON_LINES`` lines above the number, or a contact label without a value
("Contactpersoon" whose name was removed), makes it that person's; "ten name van M. Jansen" too; so does a
private person's word in the finding's own sentence ("Bezwaarmaker, wonende aan …", "Hij is bereikbaar via"); a mobile
number (06) is never an organisation's; a mailbox is only when it is functional.

Guarantees: only TELEFOON, IBAN, EMAIL and ADRES findings are ever allowed, never names or BSNs; the
decision depends on the text alone. Limits: a civil servant's direct line printed right under an
organisation's name, with the person's name more than ``_PERSON_LINES`` lines above, is taken for the
organisation's; so is the address of a sole trader filled in as the business address of a form.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence

from redact.detect.gazetteer import Gazetteer, load_gazetteer
from redact.detect.lexicon import ORG_ABBREVIATIONS, has_noun_suffix
from redact.detect.wordlist import is_dutch_word
from redact.models import Finding
from redact.rules import Rules

__all__ = ["OrganisationData", "functional_mailbox"]

_KINDS = frozenset({"TELEFOON", "IBAN", "EMAIL", "ADRES"})
_OWNER_LINES = 10
_PERSON_LINES = 4
_ORG = re.compile(
    r"(?i:\b(?:provincie|gemeente|ministerie|waterschap|hoogheemraadschap|rijksdienst|rijkswaterstaat|"
    r"omgevingsdienst|veiligheidsregio|stadsdeel|griffie|loket|servicecentrum|klantcontactcentrum|"
    r"stichting|vereniging|coöperatie|bureau|kantoor|postbus|bezoekadres|postadres|kvk|kamer van koophandel)\b)"
    r"|\b(?:B\.?V\.?|N\.?V\.?|V\.?O\.?F\.?)(?![\w])|\bwww\.|(?<![@\w.-])[\w-]+\.(?:nl|com|org|eu)\b(?![@\w.])"
)
# a contact label: its value is a person (a name, perhaps already removed) unless it names a unit
# ("Straatnaam", "Handelsnaam": a thing's name, no person)
_PERSON_LABEL = re.compile(r"(?i:contactpersoon|behandeld door|behandelaar|opgesteld door|inlichtingen bij|auteur|"
                           r"(?<!straat)(?<!handels)(?<!bedrijfs)(?<!organisatie)(?<!project)naam)"
                           r"[ \t:\\/|]*(?P<value>.*)")
_MOBILE = re.compile(r"^\s*(?:\+31[ \t]*\(?0?\)?[ \t]*|0031[ \t]*|\(?0)6")
# a mobile number or a mailbox with a name in it on a line: that block is a person's signature
_PERSONAL_LINE = re.compile(
    r"(?:^|[\s:])(?:\+31[ \t]*\(?0?\)?[ \t]*6|06)[ \t-]*\d{2}|\b[a-z]{1,3}\.[a-z]+@|\b[a-z]+\.[a-z]+@"
)
# "t.n.v. Provincie Overijssel" names the owner of the account; "ten name van M. van Leeuwen" a person
_TNV = re.compile(r"(?i:t\.n\.v\.|ten name van)\s*(?P<rest>[^\n]{0,60})")
_PAGE = "\f"
# in the sentence of the finding, a word that makes it a private person's ("Bezwaarmaker, wonende aan …",
# "Hij is bereikbaar via …", "de gemachtigde via …"): never an organisation's, whatever stands above
_PERSON_CONTEXT = re.compile(
    r"(?i:\b(?:wonende|woonachtig|woont|woonadres|thuisadres|privéadres|priveadres|bezwaarmaker|"
    r"verzoeker|verzoekster|aanvrager|indiener|klager|klaagster|appellant|eiser|eiseres|gemachtigde|"
    r"betrokkene|hij|mijn|mij)\b)"
)
_SENTENCE_START = re.compile(r"[.!?](?=\s)|\n[ \t]*\n")
# a form's section about a business: "Adresgegevens bedrijf initiatiefnemer", "Gegevens vestiging of bedrijf",
# "Soort bedrijf:", "Kamer van Koophandel-nummer:" ...
_BUSINESS_FORM = re.compile(
    r"(?i:\b(?:\w*bedrijf|vestiging\w*|onderneming|handelsnaam|kvk[\w-]*|kamer[ \t]+van[ \t]+koophandel)\b)"
)
# ... and a field or section about a natural person, which ends the search for it
_PERSON_FORM = re.compile(
    r"(?i:\b(?:uw[ \t]+gegevens|persoonsgegevens|geboortedatum|geboorteplaats|burgerservicenummer|bsn|"
    r"voorna(?:a)?m(?:en)?|achternaam|geslachtsnaam|nationaliteit|woonadres|woonplaats|huisadres|privéadres|priveadres)\b)"
    r"|^[ \t]*(?i:naam)[ \t]*:?[ \t]*$"
)
_FORM_LINES = 30


def functional_mailbox(address: str, gazetteer: Gazetteer) -> bool:
    """True for a mailbox without a person in it: every part of the local part is an ordinary word, a
    function or the organisation's own name, and none is a name or an initial."""
    local, _, domain = address.lower().partition("@")
    stem = domain.split(".")[0] if domain else ""
    tokens = [t for t in re.split(r"[._+-]+", re.sub(r"\d+", "", local)) if t]
    if not tokens:
        return False
    if all(t.upper() in ORG_ABBREVIATIONS for t in tokens):
        return False  # "dg@…", "wjz@…": a unit's code alone may be a person's initials too; fail closed
    for t in tokens:
        if t.upper() in ORG_ABBREVIATIONS and len(t) >= 3:
            continue  # "WJZ.bezwaarenberoep@": the unit's code before a function
        if (t is tokens[0] and 3 <= len(t) <= 4 and not (gazetteer.is_first_name(t) or gazetteer.is_surname(t))
                and any(len(w) >= 8 and not gazetteer.is_surname(w) and (is_dutch_word(w) or _compound(w))
                        for w in tokens[1:])):
            continue  # "WiZ.bezwaarenberoep@": an unlisted unit code before a function word
        if len(t) <= 2 or gazetteer.is_first_name(t) or gazetteer.is_surname(t):
            return False
        if not (t == stem or t in stem or is_dutch_word(t) or has_noun_suffix(t) or _compound(t)
                or any(t.endswith(w) and len(t) > len(w) + 2 for w in ("loket", "medewerkers", "team", "kamer"))):
            return False
    return True


def _compound(token: str, parts: int = 3) -> bool:
    """True when ``token`` is two or three Dutch words written together ("bezwaarenberoep": bezwaar, en,
    beroep; "subsidieaanvragen"), each of at least four letters, or the joining "en"."""
    if parts == 0 or len(token) < 4:
        return False
    for i in range(4, len(token) - 3):
        head, tail = token[:i], token[i:]
        if not is_dutch_word(head):
            continue
        rest = tail[2:] if tail.startswith("en") and len(tail) > 5 else tail
        if is_dutch_word(rest) or is_dutch_word(tail) or _compound(rest, parts - 1):
            return True
    return False


def _key(line: str) -> str:
    return " ".join(line.split()).lower()


class OrganisationData:
    """Which findings of one text are an organisation's data (see the module docstring)."""

    def __init__(self, text: str, rules: Rules) -> None:
        self.text = text
        self.gazetteer = load_gazetteer(rules)
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        pages = text.split(_PAGE)
        self._repeated: frozenset[str] = frozenset()
        if len(pages) >= 3:
            counts: Counter[str] = Counter()
            for page in pages:
                counts.update({_key(line) for line in page.splitlines() if len(line.strip()) >= 8})
            need = max(3, (len(pages) + 1) // 2)
            self._repeated = frozenset(k for k, n in counts.items() if n >= need and not _PERSON_LABEL.search(k))
        self._names: list[tuple[int, int]] = []

    def set_names(self, findings: Sequence[Finding]) -> None:
        """The NAAM findings of the text (a name above a number makes it that person's)."""
        self._names = sorted((f.start, f.end) for f in findings if f.entity == "NAAM")

    def _line(self, pos: int) -> int:
        return bisect_right(self._line_starts, pos) - 1

    def _line_text(self, n: int) -> str:
        start = self._line_starts[n]
        end = self._line_starts[n + 1] - 1 if n + 1 < len(self._line_starts) else len(self.text)
        return self.text[start:end]

    def _has_name(self, start: int, end: int) -> bool:
        i = bisect_right(self._names, (start, -1))
        return i < len(self._names) and self._names[i][0] < end

    def _owner(self, f: Finding) -> str:
        """"org", "person" or "" for the nearest owner above the finding (its own line and the next first)."""
        n = self._line(f.start)
        own = self._line_text(n)
        ls = self._line_starts[n]
        nxt = self._line_text(n + 1) if n + 1 < len(self._line_starts) else ""
        tnv = _TNV.search(own[f.end - ls:] + "\n" + nxt)
        if tnv is not None:
            return "org" if _ORG.match(tnv.group("rest")) or _ORG.search(tnv.group("rest")[:30]) else "person"
        if self._has_name(ls, ls + len(own)):
            return "person"
        if self._private_sentence(f.start):
            return "person"
        if _ORG.search(own) or _ORG.search(nxt):
            return "org"
        seen = 0
        k = n - 1
        while k >= 0 and seen < _OWNER_LINES:
            line = self._line_text(k)
            if _PAGE in line:
                break
            if line.strip():
                seen += 1
                ks = self._line_starts[k]
                if seen <= _PERSON_LINES and (self._has_name(ks, ks + len(line)) or _PERSONAL_LINE.search(line)):
                    return "person"
                if _ORG.search(line):
                    return "org"
                label = _PERSON_LABEL.search(line)
                # "Behandeld door \ Vergunningen Gebruik" names a unit; "Contactpersoon" alone a (removed) person
                if label is not None:
                    return "org" if label.group("value").strip(" \t:\\/|") else "person"
            k -= 1
        return ""

    def _business_form(self, pos: int) -> bool:
        """True when the nearest form section above ``pos`` (within ``_FORM_LINES`` non-empty lines of its
        page, the finding's own line included) is a business's ("Adresgegevens bedrijf", "Soort bedrijf:",
        "KvK-nummer"), and no person's field ("Geboortedatum", "Woonplaats", "Naam:"), name or
        personal contact line comes first."""
        seen = 0
        k = self._line(pos)
        while k >= 0 and seen < _FORM_LINES:
            line = self._line_text(k)
            if _PAGE in line:
                return False
            if line.strip():
                seen += 1
                ks = self._line_starts[k]
                if _PERSON_FORM.search(line) or self._has_name(ks, ks + len(line)) or _PERSONAL_LINE.search(line):
                    return False
                if _BUSINESS_FORM.search(line):
                    return True
            k -= 1
        return False

    def _private_sentence(self, start: int) -> bool:
        """True when the sentence up to ``start`` names a private person's role or speaks of him."""
        lo = max(0, start - 240)
        before = self.text[lo:start]
        cut = 0
        for m in _SENTENCE_START.finditer(before):
            cut = m.end()
        return _PERSON_CONTEXT.search(before, cut) is not None

    def allows(self, f: Finding) -> bool:
        """True when ``f`` is an organisation's number, account, address or mailbox."""
        if f.entity not in _KINDS:
            return False
        if f.entity == "EMAIL" and functional_mailbox(f.text, self.gazetteer):
            return True
        if f.entity == "EMAIL":
            return False  # a mailbox with a person's name in it stays personal wherever it stands
        if f.entity == "TELEFOON" and _MOBILE.match(f.text):
            return False
        owner = self._owner(f)
        # the address fields of a business in a form ("Adresgegevens bedrijf … Postcode"): the nearest section
        # decides, also over a name further up than that section's heading (OCR noise, a contact person)
        if f.entity == "ADRES" and owner != "org" and not self._private_sentence(f.start) \
                and self._business_form(f.start):
            return True
        if owner == "person":
            return False  # "Contactpersoon\nP. Jansen\nT 070 …", even when repeated on every page
        n = self._line(f.start)
        repeated = bool(self._repeated) and (_key(self._line_text(n)) in self._repeated
                                             or any(_key(f.text) in line for line in self._repeated))
        return repeated or owner == "org"
