"""Load and validate the rules in ``rules/*.yaml``; fail closed.

Guarantees: an unknown key, a missing file, a category pointing at an unknown ground or a duplicate
code is a ``RulesError`` naming the file and the problem, never a silent default. The rules shipped
with the package are found next to the source tree (development checkout) or inside the installed
package (``redact/_rules``); ``--rules DIR`` points elsewhere.

``vocabulary.yaml`` (detection's word lists of what is not a name, ``load_vocabulary``) is the exception:
detection always uses the shipped file, read once per process. A ``--rules DIR`` need not carry one; if it
does, it must be valid and hold the same lists, else ``load_rules`` fails (an edited copy would otherwise be
ignored without a word). Like the code, it is not part of the rules ``version``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, StrictStr, ValidationError, field_validator, model_validator

from redact.errors import RulesError
from redact.models import PublicPerson

FILES = ("woo-grounds.yaml", "categories.yaml", "public-officials.yaml", "allow-list.yaml", "names.yaml")
VOCABULARY = "vocabulary.yaml"  # detection's word lists: always the shipped file (see ``load_vocabulary``)
NAME_SOURCES = ("deduce",)
_CODE = re.compile(r"^5\.(1\.[12][a-i]|1\.5|2)$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Ground(_Strict):
    code: str
    article: str
    kind: Literal["absolute", "relative"]
    text: str
    justification: str
    gloss: str

    @field_validator("code")
    @classmethod
    def _code(cls, v: str) -> str:
        if not _CODE.match(v):
            raise ValueError(f"not a Woo ground code: {v!r}")
        return v


class Category(_Strict):
    ground: str
    label: str
    gloss: str


class _GroundsFile(_Strict):
    version: int
    grounds: list[Ground]


class _CategoriesFile(_Strict):
    version: int
    categories: dict[str, Category]


class _PublicFile(_Strict):
    version: Literal[1, 2]
    roles: list[str]
    persons: list[str]
    # version 2: the vocabulary of every layer of government (optional, so a version-1 file still loads)
    plural_roles: list[str] = []
    weak_roles: list[str] = []
    abbreviations: list[str] = []
    bodies: list[str] = []
    parties: list[str] = []
    private_roles: list[str] = []
    clerks: list[str] = []
    # offices public only while held (civil servants at the top, clerks, judges): "oud-secretaris-generaal X"
    appointed: list[str] = []
    # the official who signs a decision by mandate ("namens deze"): public, uncertain (proposed, marked
    # "twijfel" for the reviewer) or private (proposed like any civil servant)
    mandate_signers: Literal["public", "uncertain", "private"] = "uncertain"


class _AllowFile(_Strict):
    version: int
    phones: list[str]
    emails: list[str]
    mailbox_prefixes: list[str]
    terms: list[str]


class _NamesFile(_Strict):
    version: int
    source: str
    first_names: list[str]
    surnames: list[str]
    not_names: list[str]
    places: list[str] = []  # places the source lacks, usual names too ("Den Bosch")

    @field_validator("source")
    @classmethod
    def _source(cls, v: str) -> str:
        if v not in NAME_SOURCES:
            raise ValueError(f"unknown name source {v!r}; known: {', '.join(NAME_SOURCES)}")
        return v


class Vocabulary(_Strict):
    """``rules/vocabulary.yaml``: the word lists that decide what is not a person's name (the file's
    header says what each does). Every entry is one word of text, no list holds a word twice."""

    version: Literal[1]
    document_words: list[StrictStr]
    form_fields: list[StrictStr]
    initial_blockers: list[StrictStr]
    initials_blocklist: list[StrictStr]
    org_abbreviations: list[StrictStr]
    capital_words: list[StrictStr]
    stop_word_names: list[StrictStr]
    common_word_names: list[StrictStr]
    given_name_words: list[StrictStr]
    places: list[StrictStr]
    noun_suffixes: list[StrictStr]
    suffix_names: list[StrictStr]
    street_suffixes: list[StrictStr]
    street_surnames: list[StrictStr]
    venue_nouns: list[StrictStr]
    venue_appositions: list[StrictStr]
    institutions_after: list[StrictStr]
    institution_endings: list[StrictStr]
    businesses_before: list[StrictStr]
    saints: list[StrictStr]

    @model_validator(mode="after")
    def _words(self) -> Vocabulary:
        for key, words in self:
            if not isinstance(words, list):
                continue
            seen: set[str] = set()
            for w in words:
                if not w or w.split() != [w]:
                    raise ValueError(f"{key}: {w!r} is not one word")
                if w in seen:
                    raise ValueError(f"{key}: {w!r} is listed twice")
                seen.add(w)
        return self


@dataclass(frozen=True, slots=True)
class Rules:
    """All rules, validated. ``version`` is a hash of the files' contents (for resume and review)."""

    grounds: dict[str, Ground]
    categories: dict[str, Category]
    public_roles: tuple[str, ...]
    public_persons: tuple[str, ...]
    allow_phones: frozenset[str]
    allow_emails: frozenset[str]
    mailbox_prefixes: frozenset[str]
    allow_terms: tuple[str, ...]
    version: str
    directory: Path
    # names.yaml: where the name gazetteers come from, additions and words that are never a name alone
    name_source: str = "deduce"
    extra_first_names: frozenset[str] = frozenset()
    extra_surnames: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    extra_places: frozenset[str] = frozenset()
    # public-officials.yaml version 2 (lower case): plural roles that head a list of office holders,
    # ambiguous roles, abbreviations, governing bodies, party labels, civil servants' functions/labels
    public_plural_roles: tuple[str, ...] = ()
    weak_roles: tuple[str, ...] = ()
    role_abbreviations: tuple[str, ...] = ()
    public_bodies: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    private_roles: tuple[str, ...] = ()
    # clerks of a representative body: an attendance list naming one (with a chair) is the body's
    public_clerks: tuple[str, ...] = ()
    # offices public only while held: a former holder ("oud-", "ex-", "voormalig") is not made public by them
    appointed_roles: tuple[str, ...] = ()
    mandate_signers: str = "uncertain"  # public | uncertain | private (public-officials.yaml)
    public_roster: tuple[PublicPerson, ...] = ()  # --public-list entries with function/organisation/period

    def ground_for(self, category: str) -> Ground:
        try:
            return self.grounds[self.categories[category].ground]
        except KeyError as e:
            raise RulesError(f"unknown category {category!r}; known: {', '.join(self.categories)}") from e

    def with_public_persons(self, names: tuple[str, ...] | tuple[PublicPerson, ...]) -> Rules:
        """A copy with extra named public persons (a per-dossier list: names, or ``PublicPerson`` entries
        with function, organisation and period)."""
        people = tuple(p if isinstance(p, PublicPerson) else PublicPerson(str(p).strip()) for p in names)
        people = tuple(p for p in people if p.name.strip())
        if not people:
            return self
        merged = tuple(dict.fromkeys(self.public_persons + tuple(p.name.strip() for p in people)))
        roster = tuple(dict.fromkeys(self.public_roster + people))
        fingerprint = "\n".join(f"{p.name}|{p.function}|{p.organisation}|{p.start}|{p.end}" for p in roster)
        return replace(
            self, public_persons=merged, public_roster=roster,
            version=self.version + "+" + hashlib.sha256((fingerprint or "\n".join(merged)).encode()).hexdigest()[:8],
        )


def default_rules_dir() -> Path:
    """The rules shipped with this checkout or installation."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent.parent / "rules", here / "_rules"):
        if (candidate / FILES[0]).is_file():
            return candidate
    raise RulesError(
        f"no rules directory found (looked in {here.parent.parent / 'rules'} and {here / '_rules'}); "
        "reinstall redact or pass --rules DIR"
    )


def _read(path: Path, model: type[_Strict], loader: Any = yaml.SafeLoader) -> Any:
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # a safe loader: SafeLoader or CSafeLoader
    except FileNotFoundError as e:
        raise RulesError(f"{path}: rules file missing") from e
    except (OSError, yaml.YAMLError) as e:
        raise RulesError(f"{path}: cannot read rules file ({e})") from e
    try:
        return model.model_validate(raw)
    except ValidationError as e:
        problems = "; ".join(f"{'.'.join(map(str, err['loc']))}: {err['msg']}" for err in e.errors()[:5])
        raise RulesError(f"{path}: invalid rules file ({problems})") from e


def _lower(words: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(" ".join(w.lower().split()) for w in words if w.strip()))


def _digits(phone: str) -> str:
    return re.sub(r"\D", "", phone)


@lru_cache(maxsize=4)
def load_vocabulary(directory: Path | None = None) -> Vocabulary:
    """``vocabulary.yaml`` of ``directory`` (default: the shipped rules), validated; cached per process.

    Detection (``detect.lexicon``) builds its word sets and regular expressions from the shipped file once,
    at import: they are used at module level and in hot paths, so a vocabulary is not per rules set. A
    ``--rules DIR`` with a vocabulary.yaml of its own is therefore refused by ``load_rules`` unless it equals
    the shipped one (fail closed: an edited vocabulary would otherwise be ignored silently)."""
    d = Path(directory) if directory is not None else default_rules_dir()
    # libyaml's safe loader when present: the file is read by every process that detects (start-up)
    vocabulary: Vocabulary = _read(d / VOCABULARY, Vocabulary, getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return vocabulary


def _check_vocabulary(d: Path) -> None:
    """The shipped vocabulary is valid; ``d``'s own vocabulary.yaml, if any, is valid and the same."""
    shipped = load_vocabulary()
    own = d / VOCABULARY
    shipped_path = default_rules_dir() / VOCABULARY
    if own.is_file() and own.resolve() != shipped_path.resolve() and load_vocabulary(d) != shipped:
        raise RulesError(
            f"{own}: a vocabulary of its own in a rules directory is not supported: detection always uses "
            f"the shipped {shipped_path}; remove this file or make its lists identical"
        )


@lru_cache(maxsize=8)
def load_rules(directory: Path | None = None) -> Rules:
    """Load, validate and cross-check the rules in ``directory`` (default: the shipped rules)."""
    d = Path(directory) if directory is not None else default_rules_dir()
    grounds_f: _GroundsFile = _read(d / "woo-grounds.yaml", _GroundsFile)
    cats_f: _CategoriesFile = _read(d / "categories.yaml", _CategoriesFile)
    public_f: _PublicFile = _read(d / "public-officials.yaml", _PublicFile)
    allow_f: _AllowFile = _read(d / "allow-list.yaml", _AllowFile)
    names_f: _NamesFile = _read(d / "names.yaml", _NamesFile)
    _check_vocabulary(d)

    grounds: dict[str, Ground] = {}
    for g in grounds_f.grounds:
        if g.code in grounds:
            raise RulesError(f"{d / 'woo-grounds.yaml'}: ground {g.code} is listed twice")
        grounds[g.code] = g
    for name, cat in cats_f.categories.items():
        if not re.fullmatch(r"[A-Z]+", name):
            raise RulesError(f"{d / 'categories.yaml'}: category name {name!r} must be upper-case letters")
        if cat.ground not in grounds:
            raise RulesError(f"{d / 'categories.yaml'}: category {name} uses unknown ground {cat.ground}")
    digest = hashlib.sha256()
    for f in FILES:
        digest.update((d / f).read_bytes())
    return Rules(
        grounds=grounds,
        categories=dict(cats_f.categories),
        public_roles=tuple(r.lower().strip() for r in public_f.roles),
        public_persons=tuple(public_f.persons),
        public_plural_roles=_lower(public_f.plural_roles),
        weak_roles=_lower(public_f.weak_roles),
        public_clerks=_lower(public_f.clerks),
        appointed_roles=_lower(public_f.appointed),
        mandate_signers=public_f.mandate_signers,
        role_abbreviations=_lower(public_f.abbreviations),
        public_bodies=_lower(public_f.bodies),
        parties=_lower(public_f.parties),
        private_roles=_lower(public_f.private_roles),
        allow_phones=frozenset(_digits(p) for p in allow_f.phones),
        allow_emails=frozenset(e.lower() for e in allow_f.emails),
        mailbox_prefixes=frozenset(p.lower() for p in allow_f.mailbox_prefixes),
        allow_terms=tuple(allow_f.terms),
        version=digest.hexdigest()[:16],
        directory=d,
        name_source=names_f.source,
        extra_first_names=frozenset(n.strip().lower() for n in names_f.first_names if n.strip()),
        extra_surnames=frozenset(n.strip().lower() for n in names_f.surnames if n.strip()),
        not_names=frozenset(n.strip().lower() for n in names_f.not_names if n.strip()),
        extra_places=frozenset(" ".join(n.lower().split()) for n in names_f.places if n.strip()),
    )
