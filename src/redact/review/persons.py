"""The persons of a work folder: every named person found in the dossier, decided once for all documents.

``dossier_persons(workdir)`` reads the review files (without full validation: listing must stay fast on
thousands of documents) and groups every name mention (proposed, decided, or kept public by detection)
into persons across documents: by family name with tussenvoegsel (``detect.public.parse_any``, so
"Jordy van der Steen", "J. van der Steen", "Steen, J. van der", "VAN DER STEEN" and "Van der Steen's"
meet) and the first letter of the given name or initials (a different first letter is another person);
a mention without a given name or initials joins the one person of that family name, or, when the
dossier has several, forms a person of its own ("De Vries (?)"). E-mail addresses follow the person
whose family name is their local part. What a reviewer knows better is kept in the persons file
(``persons.json``, 0600): merges (a variant that was not linked), splits (two people sharing a surname)
and decisions (keep public / redact everywhere, with who, when and why), each also in its history.

``decide_person`` records a decision and applies it to every mention of the person in every document
(proposals no reviewer decided one by one); ``apply_person_decisions`` does the same for documents
proposed later. Guarantees: a person's id is stable as long as its family name and first letter are
(``"van der steen|j"``); the persons file is written atomically and refused when unreadable (never a
silent default); listings hold the names (the file is as confidential as the review files).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from redact.errors import UsageError
from redact.files import write_atomic
from redact.review.schema import DETECTION, ReviewFileError, check_reviewer, now, review_files

PERSONS_FILE = "persons.json"
SCHEMA, VERSION = "redact-persons", 1
SYSTEM = DETECTION
MARK = "[persoon]"  # the reason of a decision made for a person, not for one mention
Verdict = Literal["keep", "redact"]

__all__ = ["PERSONS_FILE", "Mention", "Person", "PersonsFile", "apply_person_decisions", "decide_person",
           "dossier_persons", "export_public", "merge_persons", "split_person"]


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of a person in one document (a proposal of its review file)."""

    document: str  # the document's relative path
    review_file: Path
    id: str
    text: str
    category: str
    page: int
    status: str
    by: str
    reason: str
    context: str
    evidence: tuple[str, ...]
    doubt: str

    @property
    def kept_public(self) -> bool:
        """Detection kept this mention public (``persoon:publiek``) and no reviewer changed that."""
        return "persoon:publiek" in self.evidence and self.by == SYSTEM


@dataclass(slots=True)
class Person:
    """A person of the dossier: a stable id, the most complete name, its variants, where it occurs, what
    detection concluded (``detected``: public / private / uncertain) and what a reviewer decided."""

    id: str
    name: str
    variants: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    decision: dict[str, str] | None = None  # verdict ("keep" | "redact"), by, at, reason

    @property
    def documents(self) -> int:
        return len({m.document for m in self.mentions})

    @property
    def occurrences(self) -> int:
        return len(self.mentions)

    @property
    def detected(self) -> str:
        names = [m for m in self.mentions if m.category == "NAAM"] or self.mentions
        if all(m.kept_public for m in names):
            return "public"
        if any(m.doubt for m in names) or any(m.kept_public for m in names):
            return "uncertain"
        return "private"

    @property
    def status(self) -> str:
        """``public``, ``private``, ``uncertain`` (detection), or ``decided`` (see ``decision``)."""
        return "decided" if self.decision else self.detected

    @property
    def evidence(self) -> list[str]:
        cues = {e for m in self.mentions for e in m.evidence if e.startswith(("publiek:", "prive:", "twijfel"))}
        cues |= {m.doubt for m in self.mentions if m.doubt}
        return sorted(cues)

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "variants": self.variants, "documents": self.documents,
                "occurrences": self.occurrences, "status": self.status, "detected": self.detected,
                "evidence": self.evidence, "decision": self.decision}


# --- the persons file ------------------------------------------------------------------------------


class PersonsFile:
    """``persons.json``: merges, splits and decisions of a work folder, with their history."""

    def __init__(self, workdir: Path) -> None:
        self.path = workdir / PERSONS_FILE
        self.merges: dict[str, str] = {}  # person id -> the person it belongs to
        self.splits: dict[str, str] = {}  # a variant (normalised) -> the person id it forms
        self.decisions: dict[str, dict[str, str]] = {}
        self.history: list[dict[str, Any]] = []
        if self.path.exists():
            self._load()

    def _load(self) -> None:
        try:
            body = json.loads(self.path.read_text(encoding="utf-8"))
            if body.get("schema") != SCHEMA or body.get("version") != VERSION:
                raise ValueError(f"not a {SCHEMA} file of version {VERSION}")
            self.merges = {str(k): str(v) for k, v in body["merges"].items()}
            self.splits = {str(k): str(v) for k, v in body["splits"].items()}
            self.decisions = {str(k): {str(a): str(b) for a, b in v.items()} for k, v in body["decisions"].items()}
            self.history = list(body["history"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
            raise ReviewFileError(self.path, f"the persons file cannot be read ({e}); repair or remove it") from e

    def save(self) -> None:
        body = {"schema": SCHEMA, "version": VERSION, "merges": self.merges, "splits": self.splits,
                "decisions": self.decisions, "history": self.history}
        write_atomic(self.path, (json.dumps(body, ensure_ascii=False, indent=1) + "\n").encode("utf-8"), mode=0o600)

    def log(self, action: str, by: str, reason: str, **what: str) -> None:
        self.history.append({"seq": len(self.history) + 1, "at": now(), "by": by, "action": action,
                             "reason": reason, **what})

    def resolve(self, pid: str) -> str:
        seen: set[str] = set()
        while pid in self.merges and pid not in seen:
            seen.add(pid)
            pid = self.merges[pid]
        return pid


# --- grouping --------------------------------------------------------------------------------------

_SPACE = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LOCAL_SPLIT = re.compile(r"[._\-+]")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", _POSSESSIVE.sub("", text.strip())).lower()


def _parts(text: str) -> tuple[str, str] | None:
    """(family name key, first letter of given name or initials) of a name, or None."""
    from redact.detect.names import parse_any

    p = parse_any(" ".join(_POSSESSIVE.sub("", text.strip()).split()))
    if p is None:
        return None
    first = (p.initials or "".join(g[0] for g in p.given))[:1].lower()
    return " ".join(f"{p.tv} {p.surname}".lower().split()), first


def _mentions(path: Path) -> list[Mention]:
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
        document = str(body["source"]["relative"])
        out = []
        for p in body["proposals"]:
            if p["category"] not in ("NAAM", "EMAIL") or int(p["start"]) < 0:
                continue
            context = " ".join(x for x in (p.get("context_before", ""), f"[{p['text']}]", p.get("context_after", ""))
                               if x)
            out.append(Mention(document, path, str(p["id"]), str(p["text"]), str(p["category"]), int(p["page"]),
                               str(p["status"]), str(p.get("by", "")), str(p.get("reason", "")), context,
                               tuple(p.get("evidence", ())),
                               str(p.get("doubt", ""))))
        return out
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise ReviewFileError(path, f"cannot be read for the persons list ({type(e).__name__})") from e


def dossier_persons(workdir: Path, persons: PersonsFile | None = None) -> list[Person]:
    """Every person of the work folder (see the module docstring), most occurrences first."""
    persons = persons or PersonsFile(workdir)
    mentions = [m for f in review_files(workdir) for m in _mentions(f)]
    names = [m for m in mentions if m.category == "NAAM"]
    parsed = {id(m): _parts(m.text) for m in names}
    initials: dict[str, set[str]] = defaultdict(set)
    for key_first in parsed.values():
        if key_first is not None and key_first[1]:
            initials[key_first[0]].add(key_first[1])
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in names:
        forced = persons.splits.get(f"{m.document}::{_norm(m.text)}") or persons.splits.get(_norm(m.text))
        kf = parsed[id(m)]
        if forced:
            pid = forced
        elif kf is None:
            pid = f"{_norm(m.text)}|"
        else:
            key, first = kf
            known = initials[key]
            pid = f"{key}|{first or (next(iter(known)) if len(known) == 1 else '')}"
        groups[pid].append(m)
    by_family: dict[str, list[str]] = defaultdict(list)
    for pid in groups:
        by_family[pid.split("|", 1)[0].replace(" ", "")].append(pid)
    for m in mentions:  # an e-mail address joins the one person whose family name is its local part
        if m.category != "EMAIL":
            continue
        segments = {s.strip("0123456789") for s in _LOCAL_SPLIT.split(m.text.split("@", 1)[0].lower())}
        owners = {pid for s in segments if s for pid in by_family.get(s, ())}
        if len(owners) == 1:
            groups[owners.pop()].append(m)
    merged: dict[str, list[Mention]] = defaultdict(list)  # a reviewer's merges, applied last
    for pid, ms in groups.items():
        merged[persons.resolve(pid)].extend(ms)
    out = []
    for pid, ms in merged.items():
        variants = sorted({" ".join(m.text.split()) for m in ms if m.category == "NAAM"}, key=lambda v: (-len(v), v))
        out.append(Person(pid, variants[0] if variants else pid, variants, ms, persons.decisions.get(pid)))
    return sorted(out, key=lambda p: (-p.occurrences, p.id))


def find_person(people: Sequence[Person], name: str) -> Person:
    """The person ``name`` means: an id, or a variant (case and white space ignored); refuses ambiguity."""
    wanted = _norm(name)
    hits = [p for p in people if p.id == name or wanted in {_norm(v) for v in p.variants}]
    if not hits:
        raise UsageError(f"no person {name!r} in the work folder; `redact persons WORKDIR` lists them")
    if len(hits) > 1:
        raise UsageError(f"{name!r} names {len(hits)} persons ({', '.join(p.id for p in hits)}); give the id")
    return hits[0]


# --- decisions -------------------------------------------------------------------------------------


def _apply(person: Person, verdict: str, by: str, reason: str) -> dict[str, int]:
    """Set every mention of ``person`` that no reviewer decided one by one to the verdict."""
    from redact.review.reviewset import ReviewSet

    status: Literal["approved", "rejected"] = "rejected" if verdict == "keep" else "approved"
    by_file: dict[Path, list[str]] = defaultdict(list)
    for m in person.mentions:
        if verdict == "keep" and m.category != "NAAM":
            continue  # kept public: the name, not their e-mail address
        # a reviewer's decision on this one mention stands; detection's and an earlier person decision do not
        if m.status != status and (m.status == "proposed" or m.by == SYSTEM or m.reason.startswith(MARK)):
            by_file[m.review_file].append(m.id)
    changed: dict[str, int] = {}
    for path, ids in by_file.items():
        rs = ReviewSet.load(path)
        done = rs.decide(ids, status, by=by, reason=reason, scope=f"person:{person.id}")
        rs.save()
        changed[rs.source.relative] = len(done)
    return changed


def decide_person(workdir: Path, name: str, verdict: Verdict, *, by: str, reason: str = "") -> dict[str, int]:
    """Keep ``name`` public everywhere or redact it everywhere; recorded in the persons file. Returns the
    changed mentions per document."""
    by = check_reviewer(by)
    if verdict not in ("keep", "redact"):
        raise UsageError(f"unknown verdict {verdict!r}: keep or redact")
    persons = PersonsFile(workdir)
    person = find_person(dossier_persons(workdir, persons), name)
    default = "openbaar in het hele dossier" if verdict == "keep" else "weglakken in het hele dossier"
    text = f"{MARK} {reason or default}"
    persons.decisions[person.id] = {"verdict": verdict, "by": by, "at": now(), "reason": text}
    persons.log("decide", by, text, person=person.id, verdict=verdict)
    persons.save()
    return _apply(person, verdict, by, text)


def apply_person_decisions(workdir: Path) -> dict[str, int]:
    """Apply the persons file's decisions to every document of the work folder (after a ``propose``)."""
    persons = PersonsFile(workdir)
    changed: dict[str, int] = defaultdict(int)
    if not persons.decisions:
        return {}
    for person in dossier_persons(workdir, persons):
        if person.decision:
            for doc, n in _apply(person, person.decision["verdict"], person.decision["by"],
                                 person.decision["reason"]).items():
                changed[doc] += n
    return dict(changed)


def merge_persons(workdir: Path, source: str, target: str, *, by: str, reason: str = "") -> str:
    """Join person ``source`` to ``target`` (a variant that detection did not link); returns the id."""
    by = check_reviewer(by)
    persons = PersonsFile(workdir)
    people = dossier_persons(workdir, persons)
    a, b = find_person(people, source), find_person(people, target)
    if a.id == b.id:
        raise UsageError(f"{source!r} and {target!r} are already one person ({a.id})")
    persons.merges[a.id] = b.id
    persons.log("merge", by, reason, person=a.id, into=b.id)
    persons.save()
    return b.id


def split_person(workdir: Path, variant: str, *, by: str, reason: str = "", document: str | None = None) -> str:
    """Make the mentions written as ``variant`` (only those in ``document``, a relative path, when given) a
    person of their own: two people sharing a surname."""
    by = check_reviewer(by)
    persons = PersonsFile(workdir)
    person = find_person(dossier_persons(workdir, persons), variant)
    moving = [m for m in person.mentions if _norm(m.text) == _norm(variant) and document in (None, m.document)]
    if not moving or len(moving) == len(person.mentions):
        raise UsageError(f"splitting {variant!r} off {person.id} would leave nothing behind or move nothing")
    key = f"{document}::{_norm(variant)}" if document else _norm(variant)
    new = f"{_norm(variant)}|{document or 'split'}"
    persons.splits[key] = new
    persons.log("split", by, reason, person=person.id, variant=key, new=new)
    persons.save()
    return new


def export_public(workdir: Path, dst: Path) -> int:
    """Write the persons decided (or detected, undecided) public as a ``--public-list`` YAML file; the
    number written. Functions come from the public cues (``publiek:rol:wethouder`` → ``wethouder``)."""
    import yaml

    rows = []
    for p in dossier_persons(workdir):
        public = p.decision["verdict"] == "keep" if p.decision else p.detected == "public"
        if not public:
            continue
        roles = sorted({e.split(":", 2)[2] for e in p.evidence if e.startswith("publiek:rol:")})
        rows.append({"name": p.name, **({"function": ", ".join(roles)} if roles else {})})
    write_atomic(dst, yaml.safe_dump({"persons": rows}, allow_unicode=True, sort_keys=False).encode("utf-8"))
    return len(rows)
