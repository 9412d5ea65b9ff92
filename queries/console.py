"""The dashboard's query console: any Cypher, read-only, with a row cap and a time limit.

Read-only is enforced by Neo4j itself: the query runs in a READ transaction, and the server
refuses any write in it ("Writing in read access mode not allowed"), whatever the text says.
"""

from __future__ import annotations

from dataclasses import dataclass

import neo4j

from graph.connection import Graph

ROW_CAP = 1000
TIME_LIMIT_SECONDS = 10.0


@dataclass(frozen=True)
class ConsoleResult:
    rows: list[dict]
    truncated: bool  # more rows than the cap were available


def run_read_only(graph: Graph, cypher: str, row_cap: int = ROW_CAP,
                  time_limit: float = TIME_LIMIT_SECONDS) -> ConsoleResult:
    """Run ``cypher`` in a read transaction: at most ``row_cap`` rows, at most ``time_limit`` seconds."""

    @neo4j.unit_of_work(timeout=time_limit)  # the server ends the transaction past the limit
    def work(tx: neo4j.ManagedTransaction) -> ConsoleResult:
        result = tx.run(cypher)
        rows = []
        for record in result:
            if len(rows) == row_cap:
                return ConsoleResult(rows, truncated=True)
            rows.append({key: _plain(value) for key, value in record.items()})
        return ConsoleResult(rows, truncated=False)

    return graph.read_transaction(work)


def _plain(value):
    """Nodes, relationships and paths as plain data, for a table."""
    if isinstance(value, neo4j.graph.Node):
        return {"labels": sorted(value.labels), **dict(value)}
    if isinstance(value, neo4j.graph.Relationship):
        return {"type": value.type, **dict(value)}
    if isinstance(value, neo4j.graph.Path):
        return [_plain(node) for node in value.nodes]
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value
