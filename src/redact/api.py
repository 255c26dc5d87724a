"""The public contract of ``redact``: every door (CLI, review app, publication systems) comes through here.

- ``analyze_text(text)``: findings of personal data in a Dutch text.
- ``propose(pdf)``: a ``Plan`` — the document's pages with geometry, the proposed redactions, what OCR read.
- ``apply(plan, proposals, dst)``: burn in the given proposals (or explicit boxes), verify, write.
- ``redact_file(src, dst)``: every stage with every proposal approved (``redact run`` for one file).
- ``run_batch``, ``propose_review``/``decide_review``/``apply_review``, ``evaluate``, ``publish``,
  ``verify_file``: the batch, the review work folder, the evaluation harness, the publication bundle
  and full verification of a finished file.

This module only translates arguments: the work is the staged pipeline's (``redact.pipeline``), the
batch driver's (``redact.batch``), the review flow's (``redact.review``) and so on.

Guarantees: inputs are never modified; an output is only written (atomically: temp file + rename) after
verification found no redacted string in it; every failure is a ``RedactError``; for the same input,
rules and decisions every door gives the same bytes.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from redact.batch import Outcome, Summary, run_batch
from redact.models import Box, Finding, Plan, Proposal, Result
from redact.pipeline import Chosen, ReadOptions
from redact.pipeline.detect import get_detector
from redact.review import ReviewSet
from redact.rules import Rules, load_rules

if TYPE_CHECKING:
    from redact.evaluation import EvalReport
    from redact.pdf.triage import Limits
    from redact.pdf.verify_full import FullReport
    from redact.publish.bundle import BundleResult
    from redact.review.flow import ProposeOutcome
    from redact.review.persons import Person

__all__ = ["Plan", "ReviewSet", "analyze_text", "apply", "apply_review", "decide_person", "decide_review",
           "evaluate", "export_public", "get_detector", "list_persons", "merge_persons", "propose",
           "propose_review", "publish", "redact_file", "run_batch", "split_person", "verify_file"]


def analyze_text(text: str, *, rules: Rules | None = None, known_persons: Sequence[str] = (),
                 known_public: Sequence[str] = ()) -> list[Finding]:
    """Personal data in ``text``: resolved findings (merged, propagated, public office holders dropped,
    uncertain persons marked with ``doubt``). ``known_persons``/``known_public``: names found elsewhere in
    the batch, private and public (``detect.consistent.batch_persons``, ``public_persons``)."""
    return get_detector(rules).analyze(text, known_persons, known_public)


def propose(pdf: str | os.PathLike[str], *, rules: Rules | None = None, password: str | None = None,
            limits: Limits | None = None, ocr: str = "auto", ocr_dpi: int = 300, ocr_lang: str = "nld",
            known_persons: Sequence[str] = (), known_public: Sequence[str] = ()) -> Plan:
    """Read ``pdf`` and propose redactions (nothing is written): the pipeline's read and detect stages.

    ``password`` opens encrypted files (never logged); ``limits`` sets the byte and page limits.
    ``ocr``: ``auto`` reads scanned pages with Tesseract, ``force`` also re-reads scanned pages that
    carry an old text layer (replacing it), ``off`` never (scanned pages are then flagged, unchecked).
    ``known_persons``: names identified in other documents of the batch, proposed here too.
    """
    from redact.pipeline import propose_document

    options = ReadOptions(password=password, limits=limits, ocr=ocr, ocr_dpi=ocr_dpi, ocr_lang=ocr_lang)
    return propose_document(pdf, rules=rules, options=options, known_persons=known_persons,
                            known_public=known_public)


def apply(plan: Plan, proposals: Sequence[Proposal], dst: str | os.PathLike[str], *,
          password: str | None = None, boxes: Sequence[Box] | None = None, verification: str = "basic",
          limits: Limits | None = None, text_layer: bool = True, rules: Rules | None = None) -> Result:
    """Burn ``proposals`` (or explicit ``boxes``) into the plan's source, verify, write ``dst``.

    The source is read again with the plan's OCR words (never OCR'd again) and must be the plan's
    bytes. ``verification="basic"`` checks the output in-process with PyMuPDF (page text, raw objects,
    side channels); ``"full"`` adds pdftotext, pypdf, a parser-independent scan of the file and the
    image-under-box check. Any hit raises ``LeakError`` and nothing is written. OCR pages get an
    invisible text layer of their OCR words minus the redacted ones unless ``text_layer`` is false.
    """
    from redact.pipeline import apply_document

    options = ReadOptions(password=password, limits=limits, ocr=plan.ocr_mode)
    return apply_document(plan.source, dst, Chosen.of(proposals, boxes), rules=rules, options=options,
                          ocr_pages=plan.ocr, sha256=plan.sha256, verification=verification,
                          text_layer=text_layer).result


def redact_file(src: str | os.PathLike[str], dst: str | os.PathLike[str], *, rules: Rules | None = None,
                password: str | None = None, verification: str = "basic",
                limits: Limits | None = None, ocr: str = "auto", ocr_dpi: int = 300,
                text_layer: bool = True) -> Result:
    """Redact every proposed item of ``src`` into ``dst`` (``redact run`` for one file). ``src`` may be any
    file ``redact run`` takes (a PDF, an e-mail, an Office file, an image): a message's attachments are
    redacted into ``<dst stem>.bijlagen/`` next to ``dst``; the ``Result`` is that of ``src`` itself.

    With ``limits.seconds`` set, the work runs in a child process that is killed after that many
    seconds (``TimeLimitError``), see ``redact.execution.timelimit``.
    """
    if limits is not None and limits.seconds:
        from functools import partial

        from redact.execution.timelimit import call_with_time_limit
        from redact.files import remove_partials

        return call_with_time_limit(redact_file, src, dst, rules=rules, password=password,
                                    verification=verification, limits=limits.untimed(), ocr=ocr,
                                    ocr_dpi=ocr_dpi, text_layer=text_layer,
                                    seconds=limits.seconds, label=src, cleanup=partial(remove_partials, dst))
    from redact.batch.dossier import needs_conversion, redact_one
    from redact.batch.tasks import remember_rules
    from redact.pipeline import DocumentReport, run_document

    t0 = time.perf_counter()
    options = ReadOptions(password=password, limits=limits, ocr=ocr, ocr_dpi=ocr_dpi)

    def run(pdf: str | os.PathLike[str], out: str | os.PathLike[str]) -> DocumentReport:
        return run_document(pdf, out, rules=rules, options=options, verification=verification, text_layer=text_layer)

    if Path(src).is_file() and needs_conversion(Path(src)):  # an e-mail, Office file, scan …: converted first
        rules = rules or load_rules()
        remember_rules(rules)
        report = redact_one(Path(src), Path(dst), run, rules.version)
    else:
        report = run(src, dst)
    return replace(report.result, seconds=time.perf_counter() - t0)


def verify_file(pdf: str | os.PathLike[str], against: str | os.PathLike[str]) -> FullReport:
    """Full verification of an output PDF against a review file (``redact verify``).

    ``against`` is loaded by ``redact.pdf.needles.load_needles``; the report lists the places where a
    redacted string was found (never the string). The PDF is read, never modified.
    """
    from redact.pdf.needles import load_needles
    from redact.pdf.verify_full import verify_path

    return verify_path(Path(pdf), load_needles(Path(against)))


def propose_review(inputs: Sequence[str | os.PathLike[str]], workdir: str | os.PathLike[str], *,
                   rules: Rules | None = None, password: str | None = None, ocr: str = "auto", ocr_dpi: int = 300,
                   progress: Callable[[ProposeOutcome], None] | None = None) -> list[ProposeOutcome]:
    """Propose redactions for ``inputs`` (files or folders) and write, per document, a review file
    (``<name>.review.json``, confidential, 0600), its OCR results and an annotated copy
    (``<name>.review.pdf``) into ``workdir``. Nothing is burnt in. A re-run keeps every earlier decision
    whose proposal still exists."""
    from redact.review.flow import propose_review as _propose

    return _propose([Path(p) for p in inputs], Path(workdir), rules=rules, password=password, ocr=ocr,
                    ocr_dpi=ocr_dpi, progress=progress)


def decide_review(workdir: str | os.PathLike[str], *, by: str, approve: Sequence[str] = (),
                  reject: Sequence[str] = (), approve_categories: Sequence[str] = (),
                  reject_categories: Sequence[str] = (), approve_all: bool = False,
                  reason: str = "") -> dict[str, int]:
    """Record decisions (``redact decide``) in the review files of ``workdir``; changes per document."""
    from redact.review.flow import decide_review as _decide

    return _decide(Path(workdir), by=by, approve=approve, reject=reject, approve_categories=approve_categories,
                   reject_categories=reject_categories, approve_all=approve_all, reason=reason)


def list_persons(workdir: str | os.PathLike[str]) -> list[Person]:
    """Every person of the work folder, merged across documents by name variants, with variants, documents,
    occurrences, what detection concluded and why, and any decision (``redact persons``; see
    ``redact.review.persons``). The result holds names: it is as confidential as the review files."""
    from redact.review.persons import dossier_persons

    return dossier_persons(Path(workdir))


def decide_person(workdir: str | os.PathLike[str], name: str, verdict: Literal["keep", "redact"], *, by: str,
                  reason: str = "") -> dict[str, int]:
    """Keep a person public (``"keep"``) or redact them (``"redact"``) in every document of the work folder,
    also in documents proposed into it later (``redact decide --keep-person/--redact-person``). ``name``:
    an id or any variant of the person. Returns the mentions changed per document."""
    from redact.review.persons import decide_person as _decide

    return _decide(Path(workdir), name, verdict, by=by, reason=reason)


def merge_persons(workdir: str | os.PathLike[str], source: str, target: str, *, by: str, reason: str = "") -> str:
    """Join person ``source`` to ``target`` (a variant detection did not link); returns the person's id."""
    from redact.review.persons import merge_persons as _merge

    return _merge(Path(workdir), source, target, by=by, reason=reason)


def split_person(workdir: str | os.PathLike[str], variant: str, *, by: str, reason: str = "",
                 document: str | None = None) -> str:
    """Make the mentions written as ``variant`` (in ``document`` only, when given) a person of their own;
    returns the new person's id."""
    from redact.review.persons import split_person as _split

    return _split(Path(workdir), variant, by=by, reason=reason, document=document)


def export_public(workdir: str | os.PathLike[str], dst: str | os.PathLike[str]) -> int:
    """Write the work folder's public persons (decided, or detected and undecided) as a ``--public-list``
    YAML file, so an organisation builds its list of office holders as it works; the number written."""
    from redact.review.persons import export_public as _export

    return _export(Path(workdir), Path(dst))


def apply_review(workdir_or_file: str | os.PathLike[str], out: str | os.PathLike[str], *,
                 approve_pending_by: str | None = None, reason: str = "", password: str | None = None,
                 progress: Callable[[Outcome], None] | None = None, jobs: int = 1, executor: str = "auto",
                 limits: Limits | None = None, verification: str = "basic", text_layer: bool = True,
                 write_text: bool = False, force: bool = False, rules: Rules | None = None) -> Summary:
    """Burn in the approved and added redactions of every review file into ``out`` and verify them, through
    the batch driver (``--jobs``, time limits, resume, log and inventory as ``redact run``).

    Refuses (before writing) when a proposal is undecided, unless ``approve_pending_by`` names who
    approves them, or when a source changed since propose. Writes ``redaction-log.csv/.jsonl`` with the
    decision, reviewer and time per box, the inventory list and ``errors.csv``."""
    from redact.review.flow import apply_review as _apply

    return _apply(Path(workdir_or_file), Path(out), approve_pending_by=approve_pending_by, reason=reason,
                  password=password, progress=progress, jobs=jobs, executor=executor, limits=limits,
                  verification=verification, text_layer=text_layer, write_text=write_text, force=force,
                  rules=rules)


def evaluate(directory: str | os.PathLike[str], *, rules: Rules | None = None,
             public_persons: Sequence[str] = (), documents: str | os.PathLike[str] | None = None) -> EvalReport:
    """Score the proposals of ``propose`` against the ``*.expected.yaml`` files under ``directory``
    (occurrence-level recall and precision per category, public strings kept; see ``redact.evaluation``),
    or ``analyze_text`` against annotated texts (``<id>.txt`` + ``<id>.yaml``); sets that annotate persons
    also give ``report.persons``: public office holders kept, private persons found, stray findings.
    ``public_persons``: names of public persons for this set (like ``--public-list``); ``documents``: the
    folder of the PDFs when they do not lie next to their expected-results files."""
    from redact.evaluation import evaluate_dir

    rules = (rules or load_rules()).with_public_persons(tuple(public_persons))
    return evaluate_dir(Path(directory), rules=rules, documents=Path(documents) if documents is not None else None)


def publish(source: str | os.PathLike[str], bundle: str | os.PathLike[str], *,
            dossier: str | os.PathLike[str] | None = None, publisher: str | None = None,
            category: str | None = None, kind: str | None = None, reference: str | None = None,
            title: str | None = None, pdfa: bool = False, rules_dir: str | os.PathLike[str] | None = None,
            ) -> BundleResult:
    """Write the publication bundle of a finished ``run``/``apply`` output folder ``source`` into
    ``bundle``: ``<dossier>/`` (redacted PDFs, DiWoo metadata per document as XML and publicatiebank JSON,
    inventory list with duplicates marked, the redaction log, ``motivering.pdf``, SHA256SUMS) and
    ``<dossier>.zip``. ``dossier`` is a YAML file with the dossier's settings (``rules/publication.yaml``
    shows the keys); ``publisher``/``category``/``kind``/``reference``/``title`` override it. ``pdfa``
    converts the PDFs to PDF/A-2b (Ghostscript) and checks them again. See ``redact.publish.bundle``."""
    from redact.publish.bundle import publish as _publish

    overrides = {"publisher": publisher, "informatiecategorie": category, "documentsoort": kind,
                 "woo_verzoek": reference, "titel": title}
    return _publish(Path(source), Path(bundle), dossier_file=Path(dossier) if dossier is not None else None,
                    overrides=overrides, pdfa=pdfa, rules_dir=Path(rules_dir) if rules_dir is not None else None)
