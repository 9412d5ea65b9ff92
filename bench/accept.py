"""How long one review decision takes on a large graph: accepting a candidate, then withdrawing it.

A candidate is written as ingestion writes one (a quote of a held document, the bodies it names),
between busy bodies, as the Zipf-shaped graph has many: the costly case, since the links between
two hubs carry thousands of facts, and each hub thousands of links. :func:`review.accept` and
:func:`review.withdraw` then run as ``mechgraph review --accept`` runs them; each run leaves the
graph as it found it.
"""

from __future__ import annotations

import random
import time

from graph.connection import Graph
from loaders.documents import review
from registry import vocabulary

__all__ = ["measure", "busiest", "propose", "forget"]

_CANDIDATE = """
MATCH (d:Document {id: $document})
CREATE (c:Candidate {id: $id, kind: $kind, detail: $detail, bodies: $bodies, document: d.id, symbol: d.symbol,
                     locator: 'para. 1', quote: $quote, cue: 'cooperation', proposed: $proposed, status: 'candidate',
                     source: 'extracted'})
CREATE (e:Evidence {id: 'ev-' + $id, document: d.id, symbol: d.symbol, locator: 'para. 1', quote: $quote,
                    status: 'candidate', source: 'extracted'})
CREATE (c)-[:EVIDENCED_BY {source: 'extracted'}]->(e)-[:FROM {source: 'extracted'}]->(d)
WITH c UNWIND range(0, size($bodies) - 1) AS position
MATCH (b:Mechanism {id: $bodies[position]})
CREATE (c)-[:INVOLVES {position: position, source: 'extracted'}]->(b)
"""
_FORGET = "MATCH (c:Candidate {id: $id}) OPTIONAL MATCH (c)-[:EVIDENCED_BY]->(e) DETACH DELETE c, e"


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))], 1)


def busiest(graph: Graph, count: int = 20) -> list[str]:
    """The ``count`` mechanisms that reference or are referenced most: the hubs of the graph."""
    return [
        row["id"]
        for row in graph.read(
            "MATCH (m:Mechanism) WHERE NOT coalesce(m.generic, false) "
            "RETURN m.id AS id ORDER BY COUNT { (m)-[:REFERENCES]-() } DESC, id LIMIT $count",
            {"count": count},
        )
    ]


def propose(graph: Graph, candidate: str, kind: str, detail: str, bodies: list[str], proposed: bool = False) -> None:
    """Write candidate ``candidate`` (a joint activity or a reference of kind ``detail`` among ``bodies``)
    as ingestion writes one, quoting the first held document; :func:`forget` removes it."""
    document = graph.read("MATCH (d:Document) WHERE coalesce(d.held, true) RETURN d.id AS id ORDER BY id LIMIT 1")[0]
    quote = f"A benchmark sentence {candidate} naming {' and '.join(bodies)}."
    graph.write(
        _CANDIDATE,
        {"document": document["id"], "id": candidate, "kind": kind, "detail": detail, "bodies": bodies,
         "quote": quote, "proposed": proposed},
    )  # fmt: skip


def forget(graph: Graph, candidate: str) -> None:
    """Remove a candidate :func:`propose` wrote, and its evidence (once it is a candidate again)."""
    graph.write(_FORGET, {"id": candidate})


def measure(graph: Graph, runs: int = 20, seed: int = 7, warmup: int = 2) -> dict:
    """Accept then withdraw ``runs`` candidates (references and joint activities in turn) between busy bodies,
    after ``warmup`` decisions that are not timed (the server plans each statement once)."""
    chance = random.Random(seed)
    busy = busiest(graph)
    accepted, withdrawn = [], []
    for number in range(warmup + runs):
        reference = number % 2 == 0  # references and joint activities in turn
        kind = "reference" if reference else "activity"
        details = vocabulary.REFERENCE_KINDS if reference else vocabulary.ACTIVITY_KINDS
        bodies = chance.sample(busy, 2 if reference else 3)
        candidate = f"cand-bench-{number}"
        propose(graph, candidate, kind, chance.choice(list(details)), bodies)
        try:
            started = time.perf_counter()
            review.accept(graph, candidate)
            took = (time.perf_counter() - started) * 1000
            started = time.perf_counter()
            review.withdraw(graph, candidate)
            if number >= warmup:
                accepted.append(took)
                withdrawn.append((time.perf_counter() - started) * 1000)
        finally:
            forget(graph, candidate)
    return {
        "runs": runs,
        "accept_p50_ms": _percentile(accepted, 0.5),
        "accept_p95_ms": _percentile(accepted, 0.95),
        "accept_p99_ms": _percentile(accepted, 0.99),
        "withdraw_p50_ms": _percentile(withdrawn, 0.5),
        "withdraw_p95_ms": _percentile(withdrawn, 0.95),
        "withdraw_p99_ms": _percentile(withdrawn, 0.99),
    }
