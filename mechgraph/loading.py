"""The commands that bring facts in: ``load`` (the curated seeds), ``ingest`` (documents) and ``analytics``
(the network figures they change)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from graph import analytics, body_network, schema
from graph.errors import MechGraphError
from loaders import seeds
from mechgraph.common import CONTEXT, Options, pass_options, seeds_of, seeds_option
from mechgraph.output import plan_counts, say, summary_lines
from registry import vocabulary
from registry.names import Resolver


@click.command(context_settings=CONTEXT)
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

    The network figures are then computed again. Should that fail, the load stays done, the
    figures stay marked stale, and the command says so in one sentence and exits 1
    (`mechgraph analytics` computes them).

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

    folder = seeds_of(folder)
    decided = decisions.read(folder)  # checked before anything is written
    if dry_run:
        plan, _ = seeds.load(None, folder, dry_run=True, progress=say)
        say(f"Valid: {plan_counts(plan)}, {len(decided)} review decisions. Nothing was written (--dry-run).")
        return
    not_computed = None
    with options.connect() as graph:
        try:
            try:
                _plan, summary = seeds.load(graph, folder, progress=say, allow_removals=yes, full=full, batched=batched)
            except seeds.RemovalRefused as refused:
                if not sys.stdin.isatty():
                    raise
                click.confirm(f"This load would remove {'; '.join(refused.removals)}. Remove them?", abort=True)
                _plan, summary = seeds.load(
                    graph, folder, progress=say, allow_removals=True, full=full, batched=batched
                )
        except analytics.NotComputed as failed:  # the load is committed: the rest of it still runs
            not_computed, summary = failed, None
        replayed = review.replay_file(graph, folder) if decided else decisions.Replay()
        rewritten, _mentioning = settle.replay_file(graph, folder)
        if not_computed is None:
            analytics.refresh_after(graph, "The load", progress=say)
    if rewritten:
        say(f"Recomputed the mentions of {rewritten} ingested paragraph(s) for the names in {settled.FILE}.")
    for line in (summary_lines(summary) if summary else []) + replayed.lines():
        say(line)
    if not_computed is not None:
        raise not_computed  # one sentence and exit code 1; MECHGRAPH_DEBUG=1 shows the server's refusal


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


@click.command(context_settings=CONTEXT)
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
    """Read documents (txt, md, pdf; en, fr, zh, es) into paragraphs, mentions, citations and candidates.

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
    seed_folder = seeds_of(seed_folder)
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


@click.command("analytics", context_settings=CONTEXT)
@click.option("--if-stale", is_flag=True, help="Only when the links changed since the figures were last computed.")
@pass_options
def analytics_command(options: Options, if_stale):
    """Compute degree, betweenness and PageRank of every body and store them on the bodies.

    Loads, ingestions, review decisions and settled names do it when they change the links
    between bodies; this does it on demand (the `centrality` query and the dashboard read the
    stored figures, and say when they are stale). Betweenness is exact in a network of a few
    thousand bodies; above, it is estimated from sampled sources (a fixed seed), and this says so.

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
        steps = ", ".join(f"{step} {seconds:.1f} s" for step, seconds in computed.seconds.items())
        stored = f"{computed.batches} transactions" if computed.batches > 1 else "one transaction"
        say(
            f"Stored the figures of {computed.bodies:,} bodies in {took:.1f} s ({steps}; {stored}; "
            f"links version {computed.version})."
        )
        say(betweenness_line(computed))


def betweenness_line(computed: analytics.Computed) -> str:
    """Whether betweenness is exact, or in which networks estimated and from how many sources.

    >>> betweenness_line(analytics.Computed(1, betweenness={"references": (40, 40)}))
    'Betweenness: exact.'
    >>> betweenness_line(analytics.Computed(1, betweenness={"references": (40, 40), "cooperation_with_generic": (10, 9000)}))
    'Betweenness estimated from 10 sampled sources (seed 7) in cooperation with generic bodies (9,000 bodies); exact in the others.'
    """
    estimated = computed.estimated()
    if not estimated:
        return "Betweenness: exact."
    sources = sorted({found[0] for found in estimated.values()})
    networks = ", ".join(
        f"{name.replace('_with_generic', ' with generic bodies')} ({bodies:,} bodies)"
        for name, (_sources, bodies) in estimated.items()
    )
    others = "; exact in the others" if len(estimated) < len(computed.betweenness) else ""
    return (
        f"Betweenness estimated from {', '.join(f'{count:,}' for count in sources)} sampled sources "
        f"(seed {body_network.SEED}) in {networks}{others}."
    )
