"""The review commands that decide: per proposal, per category, per person (``decide``), and the persons
of a work folder (``persons``)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from redact.cli.group import cli


@cli.command()
@click.argument("workdir", type=click.Path(exists=True, path_type=Path))
@click.option("--approve", "approve_ids", multiple=True, metavar="ID", help="Approve this proposal.")
@click.option("--reject", "reject_ids", multiple=True, metavar="ID", help="Reject this proposal.")
@click.option("--approve-category", multiple=True, metavar="CAT",
              help="Approve all of a category (NAAM, EMAIL, TELEFOON, ...).")
@click.option("--reject-category", multiple=True, metavar="CAT", help="Reject all of a category.")
@click.option("--approve-all", is_flag=True, help="Approve every proposal that is still undecided.")
@click.option("--keep-person", metavar="NAME", help="Keep this person public in every document of WORKDIR.")
@click.option("--redact-person", metavar="NAME", help="Redact this person in every document of WORKDIR.")
@click.option("--by", required=True, help="Your name as reviewer (recorded with every decision).")
@click.option("--reason", default="", help="Reason recorded with the decisions.")
def decide(workdir: Path, approve_ids: tuple[str, ...], reject_ids: tuple[str, ...],
           approve_category: tuple[str, ...], reject_category: tuple[str, ...], approve_all: bool,
           keep_person: str | None, redact_person: str | None, by: str, reason: str) -> None:
    """Record review decisions in WORKDIR (a work folder or one review file) without the browser.

    Categories apply first, then single ids (which override them), then --approve-all for what is still
    undecided. Nothing is written when an id or category is unknown. --keep-person / --redact-person
    decide a person (a name as `redact persons` lists it, any variant, or its id) for the whole work
    folder, also for documents proposed into it later; a decision made on one mention stays.
    """
    from redact.api import decide_person, decide_review

    if keep_person or redact_person:
        if keep_person and redact_person:
            raise click.UsageError("give --keep-person or --redact-person, not both")
        if approve_ids or reject_ids or approve_category or reject_category or approve_all:
            raise click.UsageError("decide a person on its own, without --approve/--reject options")
        name = keep_person or redact_person or ""
        changed = decide_person(workdir, name, "keep" if keep_person else "redact", by=by, reason=reason)
        click.echo(f"{name}: {'kept public' if keep_person else 'redacted'} in the whole work folder; "
                   f"{sum(changed.values())} mention(s) changed in {len(changed)} document(s)")
        return

    changed = decide_review(workdir, by=by, approve=approve_ids, reject=reject_ids,
                            approve_categories=approve_category, reject_categories=reject_category,
                            approve_all=approve_all, reason=reason)
    for name, n in changed.items():
        if n:
            click.echo(f"{name}: {n} decision(s) recorded")
    click.echo(f"{sum(changed.values())} decision(s) recorded in {len(changed)} document(s)")



@cli.command()
@click.argument("workdir", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the persons as JSON (a list of objects).")
@click.option("--export", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the persons decided public as a --public-list YAML file.")
@click.option("--merge", "merge_name", metavar="NAME", help="Join this person to the one of --into.")
@click.option("--into", metavar="NAME", help="The person --merge joins.")
@click.option("--split", "split_variant", metavar="VARIANT",
              help="Make the mentions written as VARIANT a person of their own.")
@click.option("--document", metavar="RELATIVE", help="With --split: only the mentions in this document.")
@click.option("--by", default=None, help="Your name as reviewer (with --merge or --split).")
@click.option("--reason", default="", help="Reason recorded with --merge or --split.")
def persons(workdir: Path, as_json: bool, export: Path | None, merge_name: str | None, into: str | None,
            split_variant: str | None, document: str | None, by: str | None, reason: str) -> None:
    """List every person found in WORKDIR, merged across documents by name variants, with the documents
    and occurrences, what detection concluded (public / private / uncertain) and why, and any decision.

    The list shows the names: it is as confidential as the review files.
    """
    from redact.api import export_public, list_persons, merge_persons, split_person

    if merge_name or split_variant:
        if not by:
            raise click.UsageError("--merge and --split need --by NAME (who decided it)")
        if merge_name:
            if not into:
                raise click.UsageError("--merge needs --into NAME")
            click.echo(f"{merge_name} joined to {merge_persons(workdir, merge_name, into, by=by, reason=reason)}")
        if split_variant:
            new = split_person(workdir, split_variant, by=by, reason=reason, document=document)
            click.echo(f"{split_variant} is now person {new}")
    if export is not None:
        click.echo(f"{export_public(workdir, export)} person(s) written to {export}")
        return
    people = list_persons(workdir)
    if as_json:
        click.echo(json.dumps([p.as_dict() for p in people], ensure_ascii=False, indent=1))
        return
    from redact.cli.console import print_persons

    print_persons(people)
