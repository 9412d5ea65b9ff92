"""The commands of a person's decisions: ``review`` (candidates found in documents) and ``names``
(names the resolver did not know). Each decision is kept in the seed folder's files, which a load replays."""

from __future__ import annotations

import click

from graph import analytics
from graph.errors import MechGraphError
from mechgraph.common import CONTEXT, Options, pass_options, seeds_of, seeds_option
from mechgraph.output import output_options, page_note, page_options, print_rows, say
from queries.catalogue import Catalogue
from registry import vocabulary


@click.command(context_settings=CONTEXT)
@click.option("--accept", "to_accept", multiple=True, metavar="ID", help="Accept this candidate (repeatable).")
@click.option("--reject", "to_reject", multiple=True, metavar="ID", help="Reject this candidate (repeatable).")
@click.option(
    "--withdraw",
    "to_withdraw",
    multiple=True,
    metavar="ID",
    help="Make an accepted or rejected candidate a candidate again.",
)
@click.option("--from", "source", metavar="BODY", help="With --accept of a cross-reference: the citing body's id.")
@click.option("--to", "target", metavar="BODY", help="With --accept of a cross-reference: the cited body's id.")
@click.option(
    "--detail",
    metavar="KIND",
    help="With --accept: the kind of activity or of reference, or the owner's role, instead of the proposed one "
    "(e.g. joint_mission, takes_into_account, lead).",
)
@click.option(
    "--body",
    "bodies",
    multiple=True,
    metavar="BODY",
    help="With --accept: a participant of the activity, or the item's owner, instead of the bodies the sentence "
    "names (repeatable; ids).",
)
@click.option("-i", "--interactive", is_flag=True, help="Go through the candidates one by one and decide.")
@click.option(
    "--status",
    type=click.Choice([*vocabulary.CANDIDATE_STATUSES, "all"]),
    default="candidate",
    show_default=True,
    help="Which candidates to list.",
)
@click.option("--document", metavar="ID", help="Only the candidates of this document.")
@click.option("--kind", type=click.Choice(list(vocabulary.CANDIDATE_KINDS)), help="Only this kind.")
@seeds_option("Seed folder whose decisions file (decisions/review.yaml) records each decision.")
@page_options("Candidates")
@output_options()
@pass_options
def review(
    options: Options,
    to_accept,
    to_reject,
    to_withdraw,
    source,
    target,
    detail,
    bodies,
    interactive,
    status,
    document,
    kind,
    seed_folder,
    limit,
    offset,
    output_format,
):
    """List the candidate links ingestion proposed, and accept, reject or withdraw them.

    Candidates are kept apart from the curated facts until a person accepts one: it then
    becomes an ordinary fact with its evidence (a joint Activity, a Reference between two
    bodies, or a workplan owner). A rejected candidate stays rejected when the document is
    ingested again. Every decision is first written to decisions/review.yaml in the seed
    folder, which `mechgraph load` and `mechgraph ingest` replay: a reset database, a new
    machine or another Neo4j gets every decision back.

    \b
    Examples:
      mechgraph review                                  # the open candidates, 200 at a time
      mechgraph review --offset 200                     # the next 200
      mechgraph review --kind activity --document a-hrc-23-18-en
      mechgraph review --accept cand-fbd8b25d8b --reject cand-fc604aec5a
      mechgraph review --accept cand-b6a58f2cf0 --from iachr --to oas
      mechgraph review --accept cand-fbd8b25d8b --detail joint_mission --body iachr --body spt
      mechgraph review --withdraw cand-fbd8b25d8b
      mechgraph review -i
    """
    from loaders.documents import review as reviewing
    from loaders.documents.decisions import path_in

    folder = seeds_of(seed_folder)
    with options.connect() as graph:
        for candidate_id in to_accept:
            fact = reviewing.accept(
                graph, candidate_id, source=source, target=target, seeds=folder, detail=detail, bodies=bodies or None
            )
            say(f"Accepted {candidate_id}: now {fact}.")
        for candidate_id in to_reject:
            reviewing.reject(graph, candidate_id, seeds=folder)
            say(f"Rejected {candidate_id}.")
        for candidate_id in to_withdraw:
            reviewing.withdraw(graph, candidate_id, seeds=folder)
            say(f"Withdrew the decision on {candidate_id}: it is a candidate again.")
        if to_accept or to_reject or to_withdraw:
            say(f"Recorded in {path_in(folder)}.")
            analytics.refresh(graph, progress=say)
            return
        filters = {"status": None if status == "all" else status, "document": document, "kind": kind}
        listed = Catalogue.load().run(graph, "candidates", {**filters, "limit": limit, "offset": offset})
        note = page_note(listed, offset, "--offset ")
        if not interactive:
            if not listed:
                say("No candidates" + ("" if status == "all" else f" with status {status}") + ".")
                return
            print_rows([{k: v for k, v in row.items() if k != "total"} for row in listed], output_format)
            if note:
                say(note)
            return
        if note:
            say(note)
        open_ones = [c for c in listed if c["status"] == "candidate"]
        for number, candidate in enumerate(open_ones, 1):
            click.echo(
                f"\n[{number}/{len(open_ones)}] {candidate['id']}  {candidate['kind']}: {candidate['detail']}"
                f"{'  (proposed)' if candidate['proposed'] else ''}"
            )
            click.echo(f"  bodies:   {', '.join(candidate['bodies'])}")
            click.echo(f"  evidence: {candidate['document']}, {candidate['locator']}")
            click.echo(f"  “{candidate['quote']}”")
            answer = click.prompt(
                "  [a]ccept, [r]eject, [s]kip, [q]uit", type=click.Choice(list("arsq")), show_choices=False, default="s"
            )
            if answer == "q":
                break
            if answer == "a":
                say(f"  accepted: now {reviewing.accept(graph, candidate['id'], seeds=folder)}")
            elif answer == "r":
                reviewing.reject(graph, candidate["id"], seeds=folder)
                say("  rejected")
        else:
            if not open_ones:
                say("No candidates to review.")
        analytics.refresh(graph, progress=say)


@click.command(context_settings=CONTEXT)
@click.option("--alias", "alias", metavar="NAME", help="Settle NAME as a spelling of the body given with --of.")
@click.option("--of", "body", metavar="BODY", help="With --alias: the body (any name, acronym or id).")
@click.option(
    "--lang", type=click.Choice(list(vocabulary.LANGUAGES)), default="en", show_default=True, help="With --alias."
)
@click.option("--new", "new", metavar="NAME", help="Settle NAME as a new body (with --system and --kind).")
@click.option("--id", "identifier", metavar="ID", help="With --new: its id (default: derived from the name).")
@click.option("--system", type=click.Choice(list(vocabulary.SYSTEMS)), help="With --new.")
@click.option("--kind", type=click.Choice(list(vocabulary.MECHANISM_KINDS)), help="With --new.")
@click.option("--region", type=click.Choice(list(vocabulary.REGIONS)), help="With --new.")
@click.option("--parent", metavar="BODY", help="With --new: the body it is part of.")
@click.option("--not-a-body", "not_a_body", metavar="NAME", help="Settle NAME as not a body.")
@seeds_option("Seed folder whose decisions/names.yaml records each decision.")
@page_options("Names")
@output_options()
@pass_options
def names(
    options: Options,
    alias,
    body,
    lang,
    new,
    identifier,
    system,
    kind,
    region,
    parent,
    not_a_body,
    seed_folder,
    limit,
    offset,
    output_format,
):
    """List the names ingestion found that look like a body's but are not in the registry, and settle them.

    A name is settled as a spelling of a known body (--alias NAME --of BODY), a new body (--new
    NAME --system … --kind …), or not a body (--not-a-body NAME). The decision is written to
    decisions/names.yaml in the seed folder, which `mechgraph load` and `mechgraph ingest`
    replay; then the mentions of every ingested paragraph holding the name are recomputed.

    \b
    Examples:
      mechgraph names                                   # the most frequent 200
      mechgraph names --offset 200 --limit 50           # the next 50
      mechgraph names --alias "Andean Commission of Jurists" --of OHCHR
      mechgraph names --new "Andean Commission of Jurists" --system civil_society --kind other --region americas
      mechgraph names --not-a-body "Working Group"
    """
    from loaders import settling
    from loaders.documents import settle

    folder = seeds_of(seed_folder)
    chosen = [
        (decision, name) for decision, name in (("alias", alias), ("new_body", new), ("not_a_body", not_a_body)) if name
    ]
    if len(chosen) > 1:
        raise click.UsageError("Settle one name at a time: --alias, --new or --not-a-body.")
    if chosen and chosen[0][0] == "alias" and not body:
        raise click.UsageError("--alias needs --of BODY.")
    if chosen and chosen[0][0] == "new_body" and not (system and kind):
        raise click.UsageError("--new needs --system and --kind.")
    with options.connect() as graph:
        if not chosen:
            listed = Catalogue.load().run(graph, "unknown-names", {"limit": limit, "offset": offset})
            if not listed:
                say("No unknown names.")
                return
            rows = [
                {
                    "name": row["name"],
                    "paragraphs": row["paragraphs"],
                    "first": f"{row['places'][0]['symbol']}, {row['places'][0]['locator']}",
                }
                for row in listed
            ]
            print_rows(rows, output_format)
            note = page_note(listed, offset, "--offset ")
            if note:
                say(note)
            return
        decision, name = chosen[0]
        evidence = settle.evidence_of(graph, name)
        if evidence is None:
            raise MechGraphError(
                f"No ingested paragraph holds “{name}”: see `mechgraph names` for the names to settle."
            )
        row = settle.decision_row(
            folder,
            decision,
            name,
            evidence,
            body=body,
            lang=lang,
            id=identifier,
            system=system,
            kind=kind,
            region=region,
            parent=parent,
        )
        for line in settling.settle(graph, folder, row).lines():
            say(line)
        analytics.refresh(graph, progress=say)
