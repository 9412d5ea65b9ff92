"""Writing a plan: the curated part of the graph made equal to it, touching only what changed.

:func:`write` compares the plan with what the graph holds with ``source = 'curated'`` through
digests (:mod:`~loaders.seeds.diff`): one light read of ``id, digest`` per curated node
finds the nodes that are new, changed or gone. It writes those nodes, their outgoing curated
relationships (only the ones that differ), removes what the seeds no longer hold, and leaves
the rest (ingested documents, candidates, reviewed facts) alone, so that loading twice changes
nothing. Then it rebuilds the links between bodies (:mod:`graph.links`) of the bodies concerned
only: those changed, and those that take part in a changed activity, event or focal point,
before and after the change. ``full=True`` compares every property and relationship instead of
trusting the stored digests (after someone edited curated nodes by hand).

A load writes in one transaction unless it would write more than :data:`BATCHED_ABOVE` rows
(or is asked to batch): then :mod:`~loaders.seeds.batched` writes it in bounded transactions.

A folder whose seed files weigh more than :data:`STREAM_ABOVE` bytes (or a load asked to batch)
streams: each file is read row by row (:class:`~loaders.seeds.read.Stream`) and the plan is spooled
to disk (:class:`~loaders.seeds.spool.Spool`), so that Python's memory stays bounded whatever the
size of the folder. The graph written is the same; the project's seeds, far below that size,
are planned in memory as ever.

:func:`load` is the whole pipeline. When every file of the folder and the loader's code are as
the last load recorded (:mod:`~loaders.seeds.state`), and the curated part was not touched
since, it says "nothing changed" without reading the folder again; otherwise it validates,
refuses on any problem, and writes.

The example graph holds the seeds, written by ``load(graph, SEEDS)``:

>>> graph.read("MATCH (m:Mechanism {source: $source}) RETURN count(m) AS mechanisms", {"source": CURATED})
[{'mechanisms': 189}]
>>> plan, summary = load(None, SEEDS, dry_run=True)   # checks only: nothing is written
>>> len(plan.nodes["Mechanism"]), summary
(189, None)
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from graph import analytics, links, schema, writer
from graph.connection import Graph
from graph.connection import rows as run_rows
from graph.errors import MechGraphError
from graph.progress import Progress, quiet
from loaders.seeds import digests, models, state
from loaders.seeds.diff import Diff, Summary, bodies_before, current_digests, recomputed_digests
from loaders.seeds.plan import CURATED, Plan, validate
from loaders.seeds.problems import InvalidSeeds
from loaders.seeds.spool import Spool
from registry.names import SEEDS

__all__ = ["write", "load", "BATCHED_ABOVE", "STREAM_ABOVE"]

# Rows per UNWIND: large enough to be quick, small enough that one statement stays modest in memory.
BATCH = 5000
#: Above this many rows to write (nodes and relationships), a load writes in batches of its own
#: transactions (:mod:`loaders.seeds.batched`): one transaction of a million rows needs gigabytes
#: of Neo4j heap. A first load of the scale-1 benchmark (10^6 relationships) is above it; the
#: project's seeds (about 11,000 rows) and any change of a few rows stay one transaction.
BATCHED_ABOVE = 250_000
#: Above this many bytes of seed files (the YAML files; the documents aside), or with ``batched``, a load reads
#: row by row and spools its plan to disk (:mod:`~loaders.seeds.spool`). The scale-1 benchmark's 120 MB are above
#: it; the project's seeds (about 3 MB) are far below, and stay planned in memory.
STREAM_ABOVE = 32_000_000


def _batches(items: list, size: int = BATCH) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def write_nodes(tx, diff: Diff, label: str, ids: list[str], with_digest: bool = True) -> None:
    """Create or update the nodes ``ids`` of ``label`` as the plan has them; without ``with_digest`` they are
    left with none, so that a load interrupted before their relationships are written rewrites them."""
    rows = [
        diff.plan.nodes[label][node_id] | ({digests.DIGEST: diff.digests[(label, node_id)]} if with_digest else {})
        for node_id in ids
    ]
    for batch in _batches(rows):
        tx.run(f"UNWIND $rows AS row MERGE (n:`{label}` {{id: row.id}}) SET n = row", {"rows": batch}).consume()


def delete_nodes(tx, label: str, ids: list[str], summary: Summary) -> None:
    """Remove the nodes ``ids`` of ``label`` and everything attached to them, counting their curated relationships."""
    for batch in _batches(ids):
        for row in run_rows(
            tx,
            f"UNWIND $ids AS id MATCH (:`{label}` {{id: id}})-[r]->() WHERE r.source = $source "
            "RETURN type(r) AS type, count(*) AS count",
            {"ids": batch, "source": CURATED},
        ):
            summary.relationships_deleted[row["type"]] += row["count"]
        tx.run(f"UNWIND $ids AS id MATCH (n:`{label}` {{id: id}}) DETACH DELETE n", {"ids": batch}).consume()


def write_relationships(tx, diff: Diff, label: str, ids: list[str], summary: Summary) -> None:
    """Make the outgoing curated relationships of the nodes ``ids`` of ``label`` those of the plan, then give
    the nodes their digest: a node with its digest is complete."""
    existing: dict[tuple, list[str]] = defaultdict(list)
    for batch in _batches(ids):
        for row in run_rows(
            tx,
            f"UNWIND $ids AS id MATCH (a:`{label}` {{id: id}})-[r]->(b) WHERE r.source = $source "
            "RETURN a.id AS start, type(r) AS type, b.id AS end, labels(b)[0] AS label, properties(r) AS props, "
            "elementId(r) AS element",
            {"ids": batch, "source": CURATED},
        ):
            key = (row["type"], row["start"], row["end"], row["label"], json.dumps(row["props"], sort_keys=True))
            existing[key].append(row["element"])
    wanted = {
        (kind, start, end, end_label, props) for start in ids for kind, end_label, end, props in diff.out.get(start, ())
    }
    # A relationship the plan holds keeps one copy; one it does not hold goes entirely.
    stale = [element for key, elements in existing.items() for element in (elements[1:] if key in wanted else elements)]
    for key, elements in existing.items():
        summary.relationships_deleted[key[0]] += len(elements) - (1 if key in wanted else 0)
    for batch in _batches(stale):
        tx.run("UNWIND $ids AS id MATCH ()-[r]->() WHERE elementId(r) = id DELETE r", {"ids": batch}).consume()
    # One statement shape per (type, end label), so that both ends are found through their id index.
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for kind, start, end, end_label, props in sorted(wanted - set(existing)):
        groups[(kind, end_label)].append({"start": start, "end": end, "props": json.loads(props)})
        summary.relationships_created[kind] += 1
    for (kind, end_label), rels in sorted(groups.items()):
        for batch in _batches(rels):
            tx.run(
                f"UNWIND $rows AS row MATCH (a:`{label}` {{id: row.start}}) "
                f"MATCH (b:`{end_label}` {{id: row.end}}) CREATE (a)-[r:`{kind}`]->(b) SET r = row.props",
                {"rows": batch},
            ).consume()
    rows = [{"id": node_id, "digest": diff.digests[(label, node_id)]} for node_id in ids]
    for batch in _batches(rows):
        tx.run(
            f"UNWIND $rows AS row MATCH (n:`{label}` {{id: row.id}}) SET n.{digests.DIGEST} = row.digest",
            {"rows": batch},
        ).consume()


def refresh_links(tx, bodies: Iterable[str] | None = None, starts: Iterable[str] | None = None) -> int:
    """Rebuild the links with an end among ``bodies``, or those starting from ``starts`` (neither: every link)."""
    if bodies is not None:
        return links.refresh(tx, bodies=sorted(bodies))
    if starts is not None:
        return links.refresh(tx, starts=sorted(starts))
    return links.refresh(tx)


def counts(plan: Plan) -> dict:
    """The nodes by label and relationships by type of a plan, as a load that changes nothing reports them."""
    return {
        "labels": {label: len(nodes) for label, nodes in sorted(plan.nodes.items())},
        "relationships": dict(sorted(plan.relationship_types().items())),
    }


def finish(tx, diff: Diff, summary: Summary, files: dict[str, str] | None, changed: bool) -> None:
    """The relationship counts left unchanged, the load's time when it changed anything, and what it wrote."""
    planned = counts(diff.plan)
    for kind, count in planned["relationships"].items():
        summary.relationships_unchanged[kind] += count - summary.relationships_created[kind]
    if changed:
        schema.record_load(tx, "seeds")
    state.record(tx, files, digests.code(), planned, digests.of_graph(diff.digests))


def planned(plan: Plan) -> tuple[dict, dict, dict]:
    """What a diff needs of a plan, computed once: the label of each node, the relationships by start, the digests."""
    return plan.wanted()


class _TooLarge(Exception):
    """The diff is beyond one transaction: the load goes on in batches."""


def _sync(tx, plan: Plan, wanted, progress: Progress, options: dict) -> Summary:
    """The whole write, inside one transaction (a retried transaction says its progress once)."""
    diff = Diff.of(plan, wanted, recomputed_digests(tx) if options["full"] else current_digests(tx))
    if not options["allow_removals"]:
        diff.check_removals()
    if options["batched"] is None and diff.size() > BATCHED_ABOVE:
        raise _TooLarge()
    summary = Summary()
    diff.summarize(summary)
    everything = sum(map(len, diff.changed.values())) > len(diff.digests) // 2  # a first load: rebuild every link
    bodies: set[str] = set()
    for label, ids in sorted(diff.stale.items()):
        if ids:
            progress(f"  {label}: removing {len(ids)}…")
            bodies |= set() if everything else bodies_before(tx, diff, label, ids)
            delete_nodes(tx, label, ids, summary)
    for label, ids in sorted(diff.changed.items()):
        if ids:
            progress(f"  {label}: writing {len(ids)}…")
            bodies |= set() if everything else bodies_before(tx, diff, label, ids)
            write_nodes(tx, diff, label, ids)
    for label, ids in sorted(diff.changed.items()):
        if ids:
            write_relationships(tx, diff, label, ids, summary)
    for label, ids in sorted(diff.relinked.items()):
        progress(f"  {label}: relationships of {len(ids)} to nodes written again…")
        write_relationships(tx, diff, label, ids, summary)
    if summary.changed:
        bodies |= diff.bodies_after()
        progress("  links between bodies: rebuilding " + ("every link…" if everything else f"{len(bodies)} bodies…"))
        refresh_links(tx, None if everything else bodies)
    finish(tx, diff, summary, options["files"], summary.changed)
    return summary


def write(
    graph: Graph,
    plan: Plan,
    progress: Progress = quiet,
    task: str = "a load of the seeds",
    allow_removals: bool = False,
    files: dict[str, str] | None = None,
    full: bool = False,
    batched: bool | None = None,
) -> Summary:
    """Make the curated part of the graph equal to ``plan``, in one transaction that no other writer
    interleaves, or in batches (``batched``; None: when it writes more than :data:`BATCHED_ABOVE` rows).
    Unless ``allow_removals``, a plan that would remove every row of a seed file, or more than a small
    share of a kind of row, is refused with :class:`RemovalRefused` (nothing written). ``files`` are the
    digests of the folder the plan comes from, recorded for the next load; ``full`` compares every
    property and relationship instead of the stored digests."""
    missing = plan.dangling()
    if missing:
        raise MechGraphError(f"the plan links nodes it does not hold: {missing[:3]}")
    wanted = planned(plan)
    options = {"allow_removals": allow_removals, "files": files, "full": full, "batched": batched}
    before = state.recorded(graph)
    if not batched and not (before and before["loading"]):
        try:
            return writer.exclusive(
                graph, lambda tx, said: _sync(tx, plan, wanted, said, options), task=task, progress=progress
            )
        except _TooLarge:
            progress(f"  more than {BATCHED_ABOVE:,} rows to write: writing in batches…")
    from loaders.seeds import batched as batching  # it builds on this module

    return batching.write(graph, plan, wanted, progress=progress, task=task, **options)


def load(
    graph: Graph | None,
    folder: Path = SEEDS,
    dry_run: bool = False,
    progress: Progress = quiet,
    allow_removals: bool = False,
    full: bool = False,
    batched: bool | None = None,
    stream: bool | None = None,
) -> tuple[Plan | None, Summary | None]:
    """Validate ``folder`` and, unless ``dry_run``, write it; raises :class:`InvalidSeeds`.

    When the folder, the loader and the curated part of the graph are as the last load left them
    (and not ``full``), nothing is validated or written: the plan returned is None. ``stream``: read row
    by row and spool the plan to disk (None: above :data:`STREAM_ABOVE` bytes of seed files, or ``batched``);
    the plan returned is then a :class:`~loaders.seeds.spool.Spool`, removed with it."""
    files = None
    if graph is not None and not dry_run:
        files = digests.files(folder)
        unchanged = _unchanged(graph, files) if not full else None
        if unchanged is not None:
            progress(f"Every file of {folder} is as the last load left it: nothing to validate or write.")
            return None, unchanged
    if stream if stream is not None else streams(folder, batched):
        progress(f"Validating {folder}, row by row, the plan spooled to disk…")
        plan, problems = validate(folder, Spool(), progress)
    else:
        progress(f"Validating {folder}…")
        plan, problems = validate(folder)
    if problems:
        if isinstance(plan, Spool):
            plan.close()
        raise InvalidSeeds(problems)
    if dry_run or graph is None:
        return plan, None
    schema.init(graph)  # MERGE on ids relies on the unique constraints
    progress("Comparing with the graph…")
    summary = write(
        graph,
        plan,
        progress,
        task=f"a load of {folder}",
        allow_removals=allow_removals,
        files=files,
        full=full,
        batched=batched,
    )
    if summary.changed:  # the network figures and each body's strongest links follow the new links
        analytics.refresh_after(graph, "The load", progress)
    return plan, summary


def streams(folder: Path, batched: bool | None = None) -> bool:
    """Whether a load of ``folder`` streams: with ``batched``, or above :data:`STREAM_ABOVE` bytes of seed files."""
    paths = [Path(folder) / name for name in models.FILES]
    return bool(batched) or sum(path.stat().st_size for path in paths if path.is_file()) > STREAM_ABOVE


def _unchanged(graph: Graph, files: dict[str, str]) -> Summary | None:
    """The summary of a load that changes nothing, when the last one recorded these very files and the
    curated part is as it left it (no writer since, or every node's digest as it wrote them); else None."""
    before = state.recorded(graph)
    if not before or before["loading"] or before["files"] != files or before["code"] != digests.code():
        return None
    if not before["untouched"]:
        current = graph.read_transaction(current_digests)
        stored = {(label, node_id): digest for label, nodes in current.items() for node_id, digest in nodes.items()}
        if digests.of_graph(stored) != before["graph"]:
            return None
    summary = Summary()
    summary.unchanged.update(before["counts"]["labels"])
    summary.relationships_unchanged.update(before["counts"]["relationships"])
    return summary
