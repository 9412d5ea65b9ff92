"""One writer at a time: every transaction that changes the facts holds the graph's writer lock.

The lock is Neo4j's own write lock on one node, ``(:Meta {id: 'writer'})``, taken by the first
statement of every writing transaction (a load, an ingestion, a review decision). Neo4j then
serialises the writers on any server, local, Aura or a cluster: a second writer waits until the
first commits or rolls back, and only then reads the graph it changes, so two writers never mix
their work. A killed writer's transaction is rolled back and its lock released by the server.

While it waits, a writer says whom it waits for: writing transactions carry their task in their
metadata, which ``SHOW TRANSACTIONS`` lists. Past :data:`PATIENCE` seconds it stops with a
plain sentence instead.

Work given to :func:`exclusive` takes the transaction and a progress function. A transaction
that the driver retries (after a dropped connection or a cluster change) runs the work again;
its progress lines are said once all the same.

>>> exclusive(graph, lambda tx, progress: tx.run("RETURN 1 AS one").single()["one"], task="an example")
1
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import TypeVar

import neo4j

from graph.connection import Graph
from graph.errors import MechGraphError
from graph.progress import Progress, quiet

__all__ = ["exclusive", "writers", "PATIENCE"]

T = TypeVar("T")
#: How long a writer waits for another one before it gives up, in seconds.
PATIENCE = float(os.environ.get("MECHGRAPH_WRITER_PATIENCE", 600))
_KEY = "mechgraph_writer"
_LOCK = "MERGE (w:Meta {id: 'writer'}) SET w.task = $task, w.since = datetime()"
_WRITERS = (
    "SHOW TRANSACTIONS YIELD metaData, startTime "
    f"WHERE metaData.{_KEY} IS NOT NULL "
    f"RETURN metaData.{_KEY} AS task, toString(startTime) AS since ORDER BY since"
)


def writers(graph: Graph) -> list[dict]:
    """The writing transactions running now (their task and start), as far as the server says."""
    try:
        return graph.read(_WRITERS)
    except MechGraphError:
        return []  # a server that does not list transactions to this user: the lock still holds


def exclusive(
    graph: Graph,
    work: Callable[[neo4j.ManagedTransaction, Progress], T],
    task: str,
    progress: Progress = quiet,
    patience: float | None = None,
) -> T:
    """Run ``work`` in one write transaction that holds the writer lock; ``task`` says what it does."""
    _wait_for_others(graph, progress, PATIENCE if patience is None else patience)
    once = _Once(progress)

    @neo4j.unit_of_work(metadata={_KEY: task})
    def locked(tx: neo4j.ManagedTransaction) -> T:
        once.begin()
        tx.run(_LOCK, {"task": task}).consume()
        return work(tx, once)

    return graph.write_transaction(locked)


def _wait_for_others(graph: Graph, progress: Progress, patience: float) -> None:
    deadline, said = time.monotonic() + patience, None
    while running := writers(graph):
        first = running[0]
        if said != first:
            progress(f"Waiting for another writer: {first['task']} (since {first['since'][:19]})…")
            said = first
        if time.monotonic() > deadline:
            raise MechGraphError(
                f"Another writer ({first['task']}, since {first['since'][:19]}) still holds the graph after "
                f"{patience:.0f} s; try again once it has finished."
            )
        time.sleep(0.5)


class _Once:
    """Progress of work that may run more than once: a line said in an earlier attempt is not said again."""

    def __init__(self, progress: Progress):
        self.progress, self.said, self.position = progress, [], 0

    def begin(self) -> None:
        self.position = 0

    def __call__(self, line: str) -> None:
        if self.position < len(self.said) and self.said[self.position] == line:
            self.position += 1
            return
        del self.said[self.position :]
        self.said.append(line)
        self.position += 1
        self.progress(line)
