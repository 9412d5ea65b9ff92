"""Each body's strongest links, kept for drawing the network without reading every link.

A busy body has tens of thousands of ``LINKED`` relationships (one per partner, link type,
detail, year and status): reading them all at each view of the network is what made it slow.
After the links change, :func:`compute` sums them per pair and link type (one edge as the
network draws it: weight, statuses, details, years, the facts behind it) and keeps, for each
body and link type, its :data:`PER_KIND` strongest edges as ``TIE`` relationships from that
body (the owner) to the partner, with the edge's own direction in ``source`` and ``target``.
The network ranks bodies by the partners they have (``degree_references``…, stored with the other
figures by :mod:`graph.analytics`, which remakes the ties in the same transaction).

``TIE`` is derived like ``LINKED``: exports leave it out, and it is remade from the links.

The same pass keeps the pairs of bodies ranked by the references one makes to the other (the
first :data:`PAIRS`, with their kinds: :func:`reference_pairs`) on the analytics Meta node, where
``who-cites-whom`` reads its unfiltered ranking while the figures are current.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

# The module, not its names: graph.links imports graph.analytics, which imports this module.
from graph import links
from graph.progress import Progress, quiet

__all__ = ["TIE", "PER_KIND", "PAIRS", "store", "edges_of", "reference_pairs"]

TIE = "TIE"
#: How many edges of each link type a body keeps: the most the network draws around it.
PER_KIND = 12
#: How many of the pairs that reference most are kept in their order (the citations page lists 500).
PAIRS = 500
_BATCH = 5000
_STATUSES = ("held", "planned", "proposed")

_READ = (
    "MATCH (a)-[l:LINKED]->(b) RETURN a.id AS a, b.id AS b, l.type AS type, l.detail AS detail, "
    "l.year AS year, l.status AS status, l.weight AS weight, l.via AS via, a:Mechanism AND b:Mechanism AS mechanisms"
)
_BODY = "CALL (id) { MATCH (m:Mechanism {id: id}) RETURN m AS n UNION MATCH (o:Organization {id: id}) RETURN o AS n }"
_WRITE = f"""
UNWIND $rows AS row
WITH row, row.owner AS id {_BODY}
WITH row, n AS owner, row.partner AS id {_BODY}
CREATE (owner)-[t:{TIE}]->(n) SET t = row.edge
"""


def edges_of(rows: Iterable[dict]) -> dict[tuple[str, str, str], dict]:
    """The edges the network draws, one per (source, target, link type), from ``LINKED`` rows.

    >>> rows = [{"a": "x", "b": "y", "type": "activity", "detail": "visit", "year": 2019, "status": "held",
    ...          "weight": 2, "via": ["act-1", "act-2"]},
    ...         {"a": "x", "b": "y", "type": "activity", "detail": "dialogue", "year": 2021, "status": "proposed",
    ...          "weight": 1, "via": ["act-3"]}]
    >>> edge = edges_of(rows)[("x", "y", "activity")]
    >>> edge["weight"], edge["status"], edge["first"], edge["last"], edge["details"], edge["status_facts"]
    (3, 'held', 2019, 2021, ['dialogue', 'visit'], [2, 0, 1])
    """
    edges: dict[tuple[str, str, str], dict] = {}
    for link in rows:
        key = (link["a"], link["b"], link["type"])
        edge = edges.setdefault(
            key,
            {"source": key[0], "target": key[1], "type": key[2], "weight": 0, "details": set(), "via": [],
             "first": None, "last": None, "facts": dict.fromkeys(_STATUSES, 0)},
        )  # fmt: skip
        edge["weight"] += link["weight"]
        edge["facts"][link["status"]] = edge["facts"].get(link["status"], 0) + link["weight"]
        if link["detail"] is not None:
            edge["details"].add(link["detail"])
        edge["via"].extend(link["via"])
        if link["year"] is not None:
            edge["first"] = link["year"] if edge["first"] is None else min(edge["first"], link["year"])
            edge["last"] = link["year"] if edge["last"] is None else max(edge["last"], link["year"])
    for edge in edges.values():
        facts = edge.pop("facts")
        edge["status_facts"] = [facts[status] for status in _STATUSES]
        edge["status"] = next(status for status in _STATUSES if facts[status]) if edge["weight"] else "proposed"
        edge["details"] = sorted(edge["details"])
        edge["via"] = sorted(set(edge["via"]))[: links.VIA]
    return edges


def reference_pairs(edges: dict[tuple[str, str, str], dict], mechanisms: set[tuple[str, str]]) -> dict:
    """The pairs of mechanisms ranked as ``who-cites-whom`` ranks them unfiltered (references, then ids), the first
    :data:`PAIRS` of them as lists to keep on the Meta node, and how many there are in all.

    >>> edges = edges_of([{"a": "x", "b": "y", "type": "references", "detail": "quotes", "year": 2019,
    ...                    "status": "held", "weight": 2, "via": ["r-1"]},
    ...                   {"a": "y", "b": "x", "type": "references", "detail": None, "year": None,
    ...                    "status": "held", "weight": 1, "via": ["r-2"]}])
    >>> found = reference_pairs(edges, {("x", "y"), ("y", "x")})
    >>> found["reference_pair_sources"], found["reference_pair_counts"], found["reference_pair_kinds"]
    (['x', 'y'], [2, 1], ['quotes', ''])
    """
    pairs = sorted(
        (
            edge
            for (source, target, kind), edge in edges.items()
            if kind == "references" and (source, target) in mechanisms
        ),
        key=lambda edge: (-edge["weight"], edge["source"], edge["target"]),
    )
    kept = pairs[:PAIRS]
    return {
        "reference_pair_sources": [edge["source"] for edge in kept],
        "reference_pair_targets": [edge["target"] for edge in kept],
        "reference_pair_counts": [edge["weight"] for edge in kept],
        # a property holds no list of lists: each pair's kinds as one text
        "reference_pair_kinds": [",".join(edge["details"]) for edge in kept],
        "reference_pairs_total": len(pairs),
    }


def store(tx, progress: Progress = quiet) -> dict[str, int]:
    """Remake every body's ties from the links, in ``tx``, and the ranking of reference pairs on the analytics Meta
    node; how many edges and ties."""
    progress("  strongest links of each body…")
    mechanisms: set[tuple[str, str]] = set()  # the reference pairs between two mechanisms, as the rows stream by

    def rows() -> Iterable[dict]:
        for record in tx.run(_READ):
            row = record.data()
            if row["mechanisms"] and row["type"] == "references":
                mechanisms.add((row["a"], row["b"]))
            yield row

    edges = edges_of(rows())
    tx.run("MERGE (m:Meta {id: 'analytics'}) SET m += $pairs", {"pairs": reference_pairs(edges, mechanisms)}).consume()
    by_body: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for edge in edges.values():
        by_body[edge["source"]][edge["type"]].append(edge)
        if edge["target"] != edge["source"]:
            by_body[edge["target"]][edge["type"]].append(edge)
    ties = []
    for body, kinds in by_body.items():
        for kept in kinds.values():
            kept.sort(key=lambda edge: (-edge["weight"], edge["source"], edge["target"]))
            for edge in kept[:PER_KIND]:
                partner = edge["target"] if edge["source"] == body else edge["source"]
                ties.append({"owner": body, "partner": partner, "edge": edge})
    tx.run(f"MATCH ()-[t:{TIE}]->() DELETE t").consume()
    for start in range(0, len(ties), _BATCH):
        tx.run(_WRITE, {"rows": ties[start : start + _BATCH]}).consume()
    return {"edges": len(edges), "ties": len(ties)}
