"""How much transaction memory one batch of a load holds, as Neo4j counts it against its limits.

Neo4j terminates a transaction that goes over ``db.memory.transaction.max`` or the server's
``dbms.memory.transaction.total.max`` (on Aura, a limit that cannot be lifted). To choose a batch
size, :func:`measure` writes batches shaped like the project loader's (``UNWIND $rows`` then
MERGE and SET: Evidence nodes of seven properties, relationships between bodies and evidence),
reads the open transaction's ``estimatedUsedHeapMemory`` from ``SHOW TRANSACTIONS`` in a second
session, then rolls the batch back: the graph is left as it was. It needs a graph with Mechanism
and Evidence nodes (a synthetic one) on a server one may write to, never the shared benchmark server.

From the shell, on a server of one's own (its home)::

    python -m bench.batch_memory .bench/admin/home 1000 10000 50000
"""

from __future__ import annotations

from graph.connection import Graph

__all__ = ["measure"]

_NODES = "UNWIND $rows AS row MERGE (n:Evidence {id: row.id}) SET n = row"
_RELATIONSHIPS = (
    "UNWIND $rows AS row MATCH (a:Mechanism {id: row.start}) MATCH (b:Evidence {id: row.end}) "
    "MERGE (a)-[r:PROBE {n: row.n}]->(b) SET r.source = 'curated', r.role = 'participant'"
)
_HELD = (
    "SHOW TRANSACTIONS YIELD currentQuery, estimatedUsedHeapMemory "
    "WHERE NOT currentQuery STARTS WITH 'SHOW' RETURN max(estimatedUsedHeapMemory) AS bytes"
)


def _rows(kind: str, size: int, bodies: list[str], evidence: list[str]) -> list[dict]:
    if kind == "nodes":
        return [
            {
                "id": f"probe-{i}",
                "document": "d000001-en",
                "symbol": "A/HRC/11/2",
                "locator": f"para. {i % 15}",
                "quote": "Cooperation mechanisms regional recommendations follow-up joint visit information",
                "status": "accepted",
                "source": "curated",
            }
            for i in range(size)
        ]
    return [{"start": bodies[i % len(bodies)], "end": evidence[i % len(evidence)], "n": i} for i in range(size)]


def measure(graph: Graph, sizes: tuple[int, ...] = (1000, 10_000, 50_000)) -> dict[str, int]:
    """Bytes of transaction memory held by one uncommitted batch of each size, of nodes and of relationships."""
    bodies = [row["id"] for row in graph.read("MATCH (m:Mechanism) RETURN m.id AS id ORDER BY id LIMIT 3000")]
    evidence = [row["id"] for row in graph.read("MATCH (e:Evidence) RETURN e.id AS id ORDER BY id LIMIT 50000")]
    held: dict[str, int] = {}
    database = graph.settings.database
    for size in sizes:
        for kind, statement in (("nodes", _NODES), ("relationships", _RELATIONSHIPS)):
            rows = _rows(kind, size, bodies, evidence)
            with graph.driver.session(database=database) as writer, graph.driver.session(database=database) as watcher:
                transaction = writer.begin_transaction()
                try:
                    transaction.run(statement, rows=rows).consume()
                    held[f"{kind} {size}"] = watcher.run(_HELD).single()["bytes"]
                finally:
                    transaction.rollback()  # a measure only: nothing stays
    return held


if __name__ == "__main__":
    import sys
    from pathlib import Path

    from graph.connection import connect
    from graph.server import LocalServer
    from graph.settings import settings_from

    server = LocalServer(home=Path(sys.argv[1]).resolve())
    with connect(settings_from(server=server)) as graph:
        for batch, bytes_held in measure(graph, tuple(int(size) for size in sys.argv[2:]) or (1000, 10_000)).items():
            print(f"{batch} rows: {bytes_held / 2**20:,.0f} MiB")
