"""The ``mechgraph`` command: the composition root that ties graph/, loaders/ and queries/.

Exit codes: 0 success, 1 a problem explained in one line, 2 a usage error.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import traceback
from pathlib import Path

import click

from graph import analytics, schema
from graph import backup as graph_backup
from graph import export as export_module
from graph.connection import connect
from graph.errors import MechGraphError
from graph.server import LocalServer
from graph.settings import settings_from
from loaders import seeds
from loaders.seeds import state as seed_state
from mechgraph.output import (
    output_options,
    page_note,
    page_options,
    plan_counts,
    print_rows,
    say,
    status_lines,
    summary_lines,
)
from queries.catalogue import Catalogue
from registry import vocabulary
from registry.names import SEEDS, Resolver

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
DEBUG = "MECHGRAPH_DEBUG"


class Options:
    """The connection flags every command shares."""

    def __init__(self, uri: str | None, username: str | None, database: str | None):
        self.uri, self.username, self.database = uri, username, database

    def settings(self):
        return settings_from(uri=self.uri, username=self.username, database=self.database)

    def connect(self):
        return connect(self.settings(), progress=say)


class UserError(click.ClickException):
    """A problem explained in one line; exit code 1."""

    exit_code = 1

    def show(self, file=None) -> None:
        say(f"Error: {self.message}")


class Commands(click.Group):
    """The command group that turns every failure into one plain line (and exit code 1).

    Errors are handled here rather than around ``main``, so that a command invoked in-process
    (``click.testing.CliRunner``) behaves exactly as the installed command does.
    With ``MECHGRAPH_DEBUG=1`` the full traceback (with its causes) goes to standard error too.
    """

    def invoke(self, context: click.Context):
        try:
            return super().invoke(context)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except MechGraphError as error:
            _debug(error)
            raise UserError(str(error)) from error
        except KeyboardInterrupt:
            say("Interrupted.")
            sys.exit(130)
        except Exception as error:  # a bug: still one readable line, with a way to see more
            _debug(error)
            raise UserError(
                f"Unexpected error: {type(error).__name__}: {error}. Set {DEBUG}=1 to see the details."
            ) from error


def _debug(error: BaseException) -> None:
    if os.environ.get(DEBUG):
        say("".join(traceback.format_exception(error)).rstrip())


@click.group(cls=Commands, context_settings=CONTEXT)
@click.option(
    "--uri",
    envvar="NEO4J_URI",
    metavar="URI",
    help="Neo4j to use (bolt://, neo4j://, neo4j+s://). Default: $NEO4J_URI, else the local server.",
)
@click.option(
    "--username",
    envvar="NEO4J_USERNAME",
    metavar="NAME",
    help="User name. Default: $NEO4J_USERNAME, else neo4j. The password is read from "
    "$NEO4J_PASSWORD only, so that it stays out of shell history.",
)
@click.option(
    "--database",
    envvar="NEO4J_DATABASE",
    metavar="NAME",
    help="Database name. Default: $NEO4J_DATABASE, else the server's default.",
)
@click.version_option(package_name="mechgraph")
@click.pass_context
def main(context: click.Context, uri, username, database):
    """MechGraph: how UN and regional human rights mechanisms work together, as a Neo4j graph.

    \b
    Start here:
      mechgraph db start      fetch (once) and start the local Neo4j server
      mechgraph db init       create constraints and indexes
      mechgraph db status     is it running, where, how big

    Every command talks to $NEO4J_URI when it is set, else to the local server.
    """
    context.obj = Options(uri, username, database)


pass_options = click.make_pass_decorator(Options)


def seeds_option(help: str):
    """The ``--seeds FOLDER`` option of the commands that resolve names with a seed folder's registry."""
    return click.option(
        "--seeds",
        "seed_folder",
        type=click.Path(path_type=Path, file_okay=False),
        default=None,
        help=f"{help} Default: seeds/.",
    )


# -- db ---------------------------------------------------------------------------------
@main.group(context_settings=CONTEXT)
def db():
    """The managed local Neo4j server (127.0.0.1 only) and the schema.

    The server's files live in the user data folder (set MECHGRAPH_HOME to move them), the
    Neo4j release in the user cache folder (MECHGRAPH_CACHE). Heap and page cache sizes come
    from MECHGRAPH_NEO4J_HEAP (default 1g) and MECHGRAPH_NEO4J_PAGECACHE (default 512m).
    """


@db.command(context_settings=CONTEXT)
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=None,
    help="Bolt port. Default: the last one used, else 7687, else any free port.",
)
def start(port):
    """Start the local server, fetching Neo4j first if needed; returns once it answers.

    Prints the Bolt URI on standard output. The generated password of user neo4j is in the
    file shown by `mechgraph db status` (readable by you alone).
    """
    server = LocalServer()
    if server.is_running() and (port is None or port == server.port):
        say(f"The local Neo4j server is already running at {server.uri}.")
        click.echo(server.uri)
        return
    status = server.start(port=port, progress=say)
    say(f"Neo4j {status.version} is running at {status.uri} (process {status.pid}).")
    click.echo(status.uri)


@db.command(context_settings=CONTEXT)
def stop():
    """Shut the local server down cleanly; its data is kept for the next start."""
    LocalServer().stop(progress=say)
    say("Neo4j stopped; the data is kept.")


@db.command(context_settings=CONTEXT)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@pass_options
def status(options: Options, as_json):
    """Whether the local server runs, its URI, version, process, data folder and size.

    With a running server it also counts nodes and relationships and shows the schema version.
    """
    server = LocalServer()
    state = server.status()
    status = {
        "running": state.running,
        "uri": state.uri,
        "neo4j_version": state.version,
        "pid": state.pid,
        "data_dir": str(state.data_dir),
        "store_bytes": state.store_bytes,
        "memory_bytes": state.memory_bytes,
        "peak_memory_bytes": state.peak_memory_bytes,
        "password_file": str(server.password_file),
        "nodes": None,
        "relationships": None,
        "schema_version": None,
        "load_in_progress": None,
    }
    if state.running:
        with connect(settings_from(server=server, database=options.database)) as graph:
            status.update(Catalogue.load().run(graph, "database-size")[0], schema_version=schema.version(graph))
            status["load_in_progress"] = seed_state.in_progress(graph)
    if as_json:
        click.echo(json.dumps(status))
        return
    click.echo("\n".join(status_lines(status, os.environ.get("NEO4J_URI"))))


@db.command(context_settings=CONTEXT)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def reset(yes):
    """Wipe the local server's database (every node, relationship and index).

    A running server is stopped, wiped and started again, empty.
    """
    server = LocalServer()
    if not yes:
        if not sys.stdin.isatty():
            raise MechGraphError("`db reset` wipes all data: confirm with --yes when not at a terminal.")
        click.confirm(f"Wipe all data in {server.data_dir}?", abort=True)
    server.reset(progress=say)


@db.command(context_settings=CONTEXT)
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
def backup(path):
    """Save the local server's whole database to the file PATH (Neo4j's own dump).

    The server is stopped for the dump and started again; the file is readable by you alone.
    """
    written = graph_backup.backup(LocalServer(), path, progress=say)
    say(f"The database is saved in {written} ({written.stat().st_size:,} bytes).")


@db.command(context_settings=CONTEXT)
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def restore(path, yes):
    """Replace the local server's database by the backup in PATH (written by `db backup`).

    What it replaces is saved first, in the server's backups/ folder.
    """
    server = LocalServer()
    if not yes:
        if not sys.stdin.isatty():
            raise MechGraphError("`db restore` replaces all data: confirm with --yes when not at a terminal.")
        click.confirm(f"Replace the database in {server.data_dir} by {path}?", abort=True)
    kept = graph_backup.restore(server, path, progress=say)
    say(f"The database is restored from {path}." + (f" What it replaced is saved in {kept}." if kept else ""))


@db.command(context_settings=CONTEXT)
@pass_options
def init(options: Options):
    """Create the constraints and indexes and record the schema version (safe to rerun)."""
    with options.connect() as graph:
        report = schema.init(graph)
    say(
        f"Schema version {report.version}: {len(report.created)} constraints and indexes created, "
        f"{len(report.existing)} already there."
    )


# -- what later work fills in ---------------------------------------------------------
@main.command(context_settings=CONTEXT)
@click.argument("folder", required=False, type=click.Path(path_type=Path), default=None)
@click.option("--dry-run", is_flag=True, help="Validate and report; write nothing.")
@click.option("--yes", is_flag=True, help="Remove rows without asking, even every row of a file.")
@click.option("--full", is_flag=True, help="Validate and compare every property and relationship, trusting no digest.")
@click.option(
    "--batched/--one-transaction",
    default=None,
    help="Write in batches of their own transactions, or in one (default: batches above 250,000 rows to write).",
)
@pass_options
def load(options: Options, folder, dry_run, yes, full, batched):
    """Load curated seed data from FOLDER (default: the project's seeds/).

    Every file is validated first and every problem reported at once (file:line: field:
    what was expected); with any problem nothing is written and the exit code is 1. Then the
    curated part of the graph is made equal to the seeds in one transaction: new rows are
    created, changed rows updated, rows no longer in the seeds removed. Loading twice changes
    nothing. A load that would remove every row of a file, or more than a tenth of a kind of
    row, says what it would remove and asks first (or needs --yes).

    When every file is as the last load left it, nothing is validated or written (--full
    compares everything all the same). Only the rows that changed are written, and only the
    links of their bodies rebuilt. Above 250,000 rows to write (or with --batched) the load
    writes in batches of 20,000 rows, each its own transaction; an interrupted batched load is
    finished by running `mechgraph load` again.

    \b
    Examples:
      mechgraph load --dry-run
      mechgraph load seeds/
      mechgraph load --batched seeds/
    """
    from loaders.documents import decisions, review, settle
    from registry import settled

    folder = folder or SEEDS
    decided = decisions.read(folder)  # checked before anything is written
    if dry_run:
        plan, _ = seeds.load(None, folder, dry_run=True, progress=say)
        say(f"Valid: {plan_counts(plan)}, {len(decided)} review decisions. Nothing was written (--dry-run).")
        return
    with options.connect() as graph:
        try:
            _plan, summary = seeds.load(graph, folder, progress=say, allow_removals=yes, full=full, batched=batched)
        except seeds.RemovalRefused as refused:
            if not sys.stdin.isatty():
                raise
            click.confirm(f"This load would remove {'; '.join(refused.removals)}. Remove them?", abort=True)
            _plan, summary = seeds.load(graph, folder, progress=say, allow_removals=True, full=full, batched=batched)
        replayed = review.replay_file(graph, folder) if decided else decisions.Replay()
        rewritten, _mentioning = settle.replay_file(graph, folder)
        analytics.refresh(graph, progress=say)
    if rewritten:
        say(f"Recomputed the mentions of {rewritten} ingested paragraph(s) for the names in {settled.FILE}.")
    for line in summary_lines(summary) + replayed.lines():
        say(line)


DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".pdf", ".text")


def document_paths(paths) -> list[Path]:
    """Files given, and the documents (txt, md, pdf) in folders given, in order."""
    result = []
    for given in map(Path, paths):
        if given.is_dir():
            result += sorted(
                p
                for p in given.iterdir()
                if p.suffix.lower() in DOCUMENT_SUFFIXES and p.is_file() and not p.name.lower().startswith("readme")
            )
        else:
            result.append(given)
    return result


@main.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--lang", type=click.Choice(list(vocabulary.LANGUAGES)), help="Language of the documents, when not detected."
)
@click.option(
    "--id",
    "given_id",
    metavar="ID",
    help="Id of the Document node (one file only). Default: the curated "
    "id for a file the seeds hold, else <symbol>-<lang> (a-hrc-23-18-en), else the file name.",
)
@click.option("--dry-run", is_flag=True, help="Read, parse and report; write nothing.")
@seeds_option("Seed folder whose registry resolves the names.")
@click.option(
    "--encoding",
    metavar="NAME",
    help="Text encoding of the files (cp1252, cp1250, gb18030, big5…), "
    "when it cannot be told. UTF-8 and UTF-16 are recognised.",
)
@click.option(
    "--replace",
    is_flag=True,
    help="Replace a document that another file holds (a different file "
    "claiming its id). Without it, such a file is refused.",
)
@pass_options
def ingest(options: Options, paths, lang, given_id, dry_run, seed_folder, encoding, replace):
    """Read documents (txt, md, pdf; en, fr, zh) into paragraphs, mentions, citations and candidates.

    Each document becomes a Document node with its Paragraph nodes (numbered paragraphs,
    unnumbered text, annex items, footnotes), MENTIONS of every body the registry knows,
    CITES of every UN symbol and resolution, TRANSLATION_OF its other language versions, and
    candidate links for `mechgraph review`. All files are read and checked before anything is
    written; each document is then written in one transaction that replaces what an earlier
    ingestion of it wrote. A report per document lists what was found, names the registry does
    not know, and workplan owners that differ from the curated ones.

    \b
    Examples:
      mechgraph ingest seeds/documents/
      mechgraph ingest report.pdf --lang fr
      mechgraph ingest A_HRC_26_20.txt --dry-run
    """
    from loaders import documents as ingestion
    from loaders.documents.claims import check as check_claims
    from loaders.documents.mentions import MentionFinder
    from loaders.documents.write import write

    files = document_paths(paths)
    if not files:
        raise MechGraphError(f"no documents (txt, md, pdf) in {', '.join(map(str, paths))}")
    if given_id and len(files) > 1:
        raise click.UsageError("--id names one document; give one file with it")
    seed_folder = seed_folder or SEEDS
    finder = MentionFinder(Resolver.from_seeds(seed_folder))
    prepared = []
    for number, path in enumerate(files, 1):
        say(f"[{number}/{len(files)}] reading {path}…")
        prepared.append(
            ingestion.prepare(path, finder, lang=lang, seeds=seed_folder, given_id=given_id, encoding=encoding)
        )
    if dry_run:
        for report, plan in prepared:
            ingestion.mark_dry_run(report, plan)
            click.echo(ingestion.summary(report))
        return
    with options.connect() as graph:
        schema.init(graph)
        check_claims(graph, [plan for _report, plan in prepared], replace)
        for number, (report, plan) in enumerate(prepared, 1):
            say(f"[{number}/{len(prepared)}] writing {report.document_id}…")
            write(graph, plan, report, replace=replace)
            click.echo(ingestion.summary(report))
        analytics.refresh(graph, progress=say)
    say(f"Ingested {len(prepared)} document(s). Review the candidates with: mechgraph review")


@main.command(context_settings=CONTEXT)
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

    folder = seed_folder or SEEDS
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


@main.command(context_settings=CONTEXT)
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

    folder = seed_folder or SEEDS
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


@main.command("analytics", context_settings=CONTEXT)
@click.option("--if-stale", is_flag=True, help="Only when the links changed since the figures were last computed.")
@pass_options
def analytics_command(options: Options, if_stale):
    """Compute degree, betweenness and PageRank of every body and store them on the bodies.

    Loads, ingestions, review decisions and settled names do it when they change the links
    between bodies; this does it on demand (the `centrality` query and the dashboard read the
    stored figures, and say when they are stale).

    \b
    Examples:
      mechgraph analytics
      mechgraph analytics --if-stale
    """
    with options.connect() as graph:
        computed = analytics.refresh(graph, progress=say) if if_stale else analytics.compute(graph, progress=say)
    if computed is None:
        say("The figures are current: nothing to compute.")
    elif not computed.written:
        say("Figures of a later change were stored meanwhile by another computation; they are kept.")
    else:
        took = sum(computed.seconds.values())
        say(f"Stored the figures of {computed.bodies:,} bodies in {took:.1f} s (links version {computed.version}).")


@main.command(context_settings=CONTEXT)
@click.argument("names", nargs=-1, required=True)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="One JSON object per line: input, id, name, matched, lang, reason, readings.",
)
@seeds_option("Seed folder whose mechanisms.yaml and organizations.yaml hold the names.")
def resolve(names, as_json, seed_folder):
    """The canonical id of a body for any name, acronym or spelling (no server needed).

    Case, accents, apostrophes, hyphens, line breaks and spaces do not matter; English,
    French, Chinese and Spanish names all work, and so do names as people write them:
    "Human Rights Council (HRC)", "OHCHR’s", "OHCHR staff", "the UN Committee against Torture".
    Give several NAMES, or - to read one per line from standard input. Prints one line per
    name, in order: the id, the registered spelling it matched, its language (- for an
    acronym) and the reason (exact, or the steps that led to it), separated by tabs. An
    unknown name gives an empty line (its nearest candidates go to standard error); a name
    that reads as two bodies ("ACHPR (IACHR)") gives both readings and no id. Exits 1 if any
    name is unknown or refused.

    \b
    Examples:
      mechgraph resolve "Inter-American Court of Human Rights"     # iacthr
      mechgraph resolve ACHPR 人权理事会 "Cour africaine des droits de l'homme et des peuples"
      cut -d, -f3 owners.csv | mechgraph resolve - --json
    """
    if names == ("-",):
        names = tuple(line.strip() for line in sys.stdin if line.strip())
    resolver = Resolver.from_seeds(seed_folder or SEEDS)
    unknown = 0
    for name in names:
        match = resolver.resolve(name)
        both = "; ".join(f"{reading.id} ({reading.matched})" for reading in match.readings)
        if as_json:
            click.echo(json.dumps(match.as_dict(), ensure_ascii=False))
        elif match.id:
            click.echo("\t".join((match.id, match.matched or "", match.lang or "-", match.reason or "")))
        else:
            click.echo(f"\t\t\ttwo bodies: {both}" if match.readings else "")
        if match.id is None:
            unknown += 1
            if match.readings:
                say(f"Two bodies in {name!r}: {both}")
            else:
                nearest = resolver.nearest(name, separator="; ")
                say(f"Unknown name {name!r}" + (f"; nearest: {nearest}" if nearest else ""))
    if unknown:
        sys.exit(1)


@main.command(context_settings=CONTEXT)
@output_options(
    "table",
    "json",
    help="table for people; json: [{name, description, parameters: [{name, type, required, default}]}].",
)
def queries(output_format):
    """The catalogue of questions, with descriptions and parameters."""
    catalogue = Catalogue.load()
    if output_format == "json":
        click.echo(json.dumps([query.as_dict() for query in catalogue], ensure_ascii=False, indent=1))
        return
    for query in catalogue:
        click.echo(query.name)
        click.echo(f"    {query.description}")
        for parameter in query.parameters:
            default = (
                "required"
                if parameter.required
                else f"default {parameter.default!r}"
                if parameter.default is not None
                else "optional"
            )
            click.echo(
                f"    --param {parameter.name}=<{parameter.type}>  {default}"
                + (f"; {parameter.help}" if parameter.help else "")
            )


@main.command(context_settings=CONTEXT)
@click.argument("name")
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="KEY=VALUE",
    help="A parameter of the query (repeat for several). Bodies may be named by any spelling.",
)
@output_options()
@pass_options
def query(options: Options, name, params, output_format):
    """Run the question NAME of the catalogue (see `mechgraph queries`).

    \b
    Examples:
      mechgraph query who-cites-whom --param limit=10
      mechgraph query workplan-items --param limit=50 --param offset=50   # a directory's second page of 50
      mechgraph query references-of --param body="Inter-American Court"
      mechgraph query item-owners --param item=wp2012-mid-7 --format json
    """
    catalogue = Catalogue.load()
    given = {}
    for pair in params:
        key, separator, value = pair.partition("=")
        if not separator:
            raise MechGraphError(f"--param {pair!r} must be KEY=VALUE")
        given[key.strip()] = value
    bound = catalogue.bind(name, given)  # check the parameters before connecting
    with options.connect() as graph:
        rows = catalogue.run(graph, name, given)
    print_rows(rows, output_format)
    note = page_note(rows, bound.get("offset") or 0, "--param offset=")
    if note:
        say(note)


@main.command(context_settings=CONTEXT)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(export_module.FORMATS),
    required=True,
    help="json: node-link; graphml and gexf: for Gephi and networkx; csv: nodes.csv and relationships.csv.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="File to write (a folder for csv). Default: standard output.",
)
@pass_options
def export(options: Options, output_format, output):
    """The whole graph: every node and relationship with their properties.

    \b
    Examples:
      mechgraph export --format json -o mechgraph.json
      mechgraph export --format gexf -o mechgraph.gexf      # opens in Gephi
      mechgraph export --format csv -o mechgraph-csv/
    """
    with options.connect() as graph:
        counts, files = export_module.export(graph, output_format, output)
    if output is None:
        if len(files) > 1:
            raise MechGraphError("CSV export writes two files (nodes.csv, relationships.csv): give a folder with -o.")
        click.echo(next(iter(files.values())), nl=False)
    say(f"Exported {counts.nodes} nodes and {counts.links} relationships" + (f" to {output}." if output else "."))


@main.command(context_settings=CONTEXT)
@click.option("--port", type=click.IntRange(1, 65535), default=8501, show_default=True, help="Port of the web app.")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    metavar="ADDRESS",
    help="Address to listen on. Any other than 127.0.0.1 asks for sign-in (see below).",
)
@click.option("--public-read", is_flag=True, help="With --host: reading needs no sign-in; writing still does.")
@seeds_option("Seed folder whose files record the decisions made in the pages (review, names, progress).")
@pass_options
def dashboard(options: Options, port, host, public_read, seed_folder):
    """Open the Streamlit dashboard on the graph, at http://127.0.0.1:PORT (Ctrl-C stops it).

    It uses the same graph as the other commands ($NEO4J_URI, else the local server). On
    127.0.0.1 it belongs to you and asks nothing. With --host ADDRESS it is shared on the
    network and asks for sign-in before any page: Streamlit's own login when
    .streamlit/secrets.toml has an [auth] section, else the password in a file only you can
    read (created at the first such start; its place is printed). Decisions made in its pages
    are written to the seed folder's files (--seeds, else $MECHGRAPH_SEEDS, else seeds/).
    """
    from dashboard import auth

    options.connect().close()  # a clear message now rather than on every page
    app = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
    environment = dict(os.environ)
    for variable, value in (
        ("NEO4J_URI", options.uri),
        ("NEO4J_USERNAME", options.username),
        ("NEO4J_DATABASE", options.database),
    ):
        if value:
            environment[variable] = value
    environment.pop(auth.PUBLIC_READ, None)
    if seed_folder is not None:
        environment["MECHGRAPH_SEEDS"] = str(seed_folder.resolve())
    if not auth.is_loopback(host):
        if public_read:
            environment[auth.PUBLIC_READ] = "1"
        say(f"Shared on {host}: sign-in asked {'before writing' if public_read else 'before any page'}.")
        if not any((folder / ".streamlit" / "secrets.toml").exists() for folder in (Path.cwd(), Path.home())):
            say(f"The sign-in password is in {auth.ensure_password()} (readable by you alone).")
    elif public_read:
        raise click.UsageError("--public-read is for a dashboard shared with --host; on 127.0.0.1 nothing is asked.")
    say(f"MechGraph dashboard: http://{host}:{port} (Ctrl-C to stop)")
    command = [
        sys.executable,
        "-m",
        "dashboard.serve",  # Streamlit, with the first page's slow steps done as it starts
        "run",
        str(app),
        "--server.address",
        host,
        "--server.port",
        str(port),
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--client.toolbarMode",
        "viewer",
        # A failing page shows users one line, never a traceback with the server's paths; the
        # full error goes to this command's log (standard error).
        "--client.showErrorDetails",
        "none",
        "--server.maxUploadSize",  # MB: the largest document ingest reads (loaders.documents.reading.MAX_BYTES)
        "20",
    ]
    try:
        sys.exit(subprocess.run(command, env=environment).returncode)
    except KeyboardInterrupt:
        say("Dashboard stopped.")


def run() -> None:
    """Entry point of the installed command."""
    main(prog_name="mechgraph")
