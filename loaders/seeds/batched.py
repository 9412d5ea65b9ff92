"""A load beyond one transaction: the same diff as :mod:`~loaders.seeds.sync`, written in bounded batches.

A load that writes more than :data:`~loaders.seeds.sync.BATCHED_ABOVE` rows (or ``mechgraph load
--batched``) runs here. It works under a load id kept in ``(:Meta {id: 'load'})``
(:mod:`~loaders.seeds.state`) and writes in transactions of at most :data:`ROWS` rows, each
holding the writer lock (:mod:`graph.writer`) and counting itself on the Meta node:

1. the nodes the seeds no longer hold are removed;
2. the new and changed nodes are written *without* their digest;
3. their outgoing relationships are made those of the plan, and only then each node gets its
   digest: a node with its digest is complete;
4. the links between bodies are rebuilt, for the bodies concerned (recorded on the Meta node when
   the load starts) or, for a first load, every link, a batch of start bodies at a time;
5. the last transaction removes the Meta node and records the load as :mod:`~loaders.seeds.sync`
   does.

Every step is idempotent and the diff is computed anew from the graph, so a load interrupted
anywhere (a crash, ``kill -9``) is finished by running ``mechgraph load`` again: the nodes left
without a digest are written again, the others are not, and the links recorded at the start are
rebuilt. The result is the graph an uninterrupted load makes.

While it runs, readers see the graph half-written: the dashboard and ``mechgraph db status`` say
that a load is in progress. Another writer (a review decision, an ingestion) waits for the batch
in progress only, then writes between two batches; the load never undoes it, as it touches only
curated nodes and relationships, and the links it rebuilds are computed from every fact. A second
load started on the same machine while the first process lives is refused; one started after the
first died takes its work up.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

from graph import writer
from graph.connection import Graph
from graph.errors import MechGraphError
from graph.progress import Progress, quiet
from loaders.seeds import digests, state
from loaders.seeds.diff import Diff, Summary, bodies_before, current_digests, recomputed_digests
from loaders.seeds.plan import Plan
from loaders.seeds.sync import delete_nodes, finish, refresh_links, write_nodes, write_relationships

__all__ = ["write", "ROWS", "LINK_BODIES"]

#: Rows (nodes or relationships) written per transaction.
ROWS = 20_000
#: Start bodies whose links one transaction rebuilds, when every link is rebuilt.
LINK_BODIES = 500
#: At most this many relationships of the bodies (their degree, summed) per transaction rebuilding links: the links
#: of a busy body at 10^7 relationships need gigabytes of transaction memory, so busy bodies go in small batches.
LINK_DEGREE = 100_000
# Above this many bodies concerned, every link is rebuilt (the list would be a large property).
_MOST_BODIES = 20_000

Step = Callable[..., None]


def _chunks(ids: list[str], weight: Callable[[str], int], size: int) -> Iterator[list[str]]:
    """``ids`` in runs of at most ``size`` rows, each id weighing ``weight(id)`` rows (at least one id a run)."""
    chunk, rows = [], 0
    for node_id in ids:
        if chunk and rows + weight(node_id) > size:
            yield chunk
            chunk, rows = [], 0
        chunk.append(node_id)
        rows += weight(node_id)
    if chunk:
        yield chunk


def _steps(graph: Graph, diff: Diff, bodies: list[str] | None, size: int) -> Iterator[tuple[str, Step]]:
    """The batches of the load, in order: what each says, and its work on a transaction and a summary."""
    for label, ids in sorted(diff.stale.items()):
        for chunk in _chunks(ids, lambda _id: 1, size):
            yield (
                f"{label}: removing {len(chunk)}",
                lambda tx, summary, label=label, chunk=chunk: delete_nodes(tx, label, chunk, summary),
            )
    for label, ids in sorted(diff.changed.items()):
        for chunk in _chunks(ids, lambda _id: 1, size):
            yield (
                f"{label}: writing {len(chunk)}",
                lambda tx, _summary, label=label, chunk=chunk: write_nodes(tx, diff, label, chunk, with_digest=False),
            )
    for label, ids in (*sorted(diff.changed.items()), *sorted(diff.relinked.items())):
        for chunk in _chunks(ids, lambda node_id: 1 + len(diff.out.get(node_id, ())), size):
            yield (
                f"{label}: relationships of {len(chunk)}",
                lambda tx, summary, label=label, chunk=chunk: write_relationships(tx, diff, label, chunk, summary),
            )
    degree = {
        row["id"]: row["degree"]
        for row in graph.read("MATCH (b:Mechanism|Organization) RETURN b.id AS id, COUNT { (b)--() } AS degree")
    }
    if bodies is not None:
        for chunk in _link_chunks(bodies, degree, LINK_BODIES * 4):
            yield _links(chunk, "bodies")
    else:
        # Every link starts from a body: rebuilding the links from each part of the bodies rebuilds them all.
        for chunk in _link_chunks(sorted(degree), degree, LINK_BODIES):
            yield _links(chunk, "starts")


def _link_chunks(ids: list[str], degree: dict[str, int], most: int) -> Iterator[list[str]]:
    """``ids`` in runs of at most ``most`` bodies and :data:`LINK_DEGREE` relationships."""
    for run in _chunks(ids, lambda _id: 1, most):
        yield from _chunks(run, lambda node_id: degree.get(node_id, 0), LINK_DEGREE)


def _links(chunk: list[str], scope: str) -> tuple[str, Step]:
    """The batch rebuilding the links of ``chunk``: every link touching them, or (``starts``) starting from them."""
    said = f"links of {len(chunk)} bodies" if scope == "bodies" else f"links from {len(chunk)} bodies"
    return said, lambda tx, _summary: refresh_links(tx, **{scope: chunk})


def write(
    graph: Graph,
    plan: Plan,
    wanted: tuple[dict, dict, dict],
    progress: Progress = quiet,
    task: str = "a load of the seeds",
    allow_removals: bool = False,
    files: dict[str, str] | None = None,
    full: bool = False,
    batched: bool | None = True,
    size: int | None = None,
) -> Summary:
    """Write ``plan`` (with its ``wanted`` digests, :func:`~loaders.seeds.sync.planned`) in batches of ``size`` rows,
    taking up an interrupted batched load; the summary says what this run wrote."""
    size = size or ROWS
    running = state.in_progress(graph)
    if running and state.running_here(running):
        raise MechGraphError(
            f"Another load ({running['load_id']}, process {running['pid']}, since {running['started'][:19]}) is "
            "writing in batches; wait until it has finished."
        )
    diff = Diff.of(plan, wanted, graph.read_transaction(recomputed_digests if full else current_digests))
    if not allow_removals:
        diff.check_removals()
    summary = Summary()
    diff.summarize(summary)
    everything = sum(map(len, diff.changed.values())) > len(diff.digests) // 2
    concerned: set[str] | None = None
    if not everything:
        concerned = set(diff.bodies_after())
        for label, ids in (*diff.stale.items(), *diff.changed.items()):
            concerned |= graph.read_transaction(lambda tx, label=label, ids=ids: bodies_before(tx, diff, label, ids))
        if len(concerned) > _MOST_BODIES:
            concerned = None
    load_id = uuid.uuid4().hex[:12]
    files_digest = digests.of_graph({("file", name): value for name, value in (files or {}).items()})
    begun = writer.exclusive(
        graph,
        lambda tx, _said: state.started(
            tx, load_id, task, files_digest, None if concerned is None else sorted(concerned)
        ),
        task=f"{task} (batched, starting)",
        progress=progress,
    )
    if begun["load_id"] != load_id:
        progress(f"Taking up the interrupted load {begun['load_id']} ({begun['batches']} batches were done)…")
    bodies = None if begun["all_links"] else begun["bodies"]
    for done, (said, step) in enumerate(_steps(graph, diff, bodies, size), start=1):
        line = f"  batch {done}: {said}…"
        part = writer.exclusive(
            graph,
            lambda tx, say, step=step, line=line: _batch(tx, say, step, line),
            task=f"{task} (batched {begun['load_id']}, batch {done})",
            progress=progress,
        )
        _add(summary, part)

    def last(tx, _say) -> None:
        finish(tx, diff, summary, files, summary.changed or begun["load_id"] != load_id)
        state.finished(tx)

    writer.exclusive(graph, last, task=f"{task} (batched {begun['load_id']}, last)", progress=progress)
    return summary


def _batch(tx, say: Progress, step: Step, line: str) -> Summary:
    """One batch in its transaction: its work, counted on the load's Meta node (a retried one counts afresh)."""
    part = Summary()
    say(line)
    step(tx, part)
    state.batch_done(tx)
    return part


def _add(summary: Summary, part: Summary) -> None:
    summary.relationships_created.update(part.relationships_created)
    summary.relationships_deleted.update(part.relationships_deleted)
