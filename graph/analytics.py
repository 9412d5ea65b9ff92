"""Figures of the body network, computed once per change and stored on the bodies, not once per view.

Betweenness and PageRank of a few thousand bodies take seconds, far too long for a page view,
and they change only when the derived body links (:mod:`graph.links`) do. So they are computed
here with igraph (C code; networkx gives the same figures, many times slower, see
``bench/analytics.py``) and written on the ``Mechanism`` and ``Organization`` nodes, where the
``centrality`` query and the network page read them in a few milliseconds.

Stored on every body:

- ``degree``: its distinct neighbours over every link type, in either direction; and
  ``degree_references``, ``degree_activity``, ``degree_event``, ``degree_liaison`` the same
  for one link type (0 when it has none), generic bodies counted;
- for each network of :data:`NETWORKS` (``references``: directed, the references;
  ``cooperation``: undirected, references, joint activities and shared events), without the
  generic bodies (classes such as "NHRIs") and with them (``_with_generic``):
  ``{network}_degree``, ``_in_degree``, ``_out_degree``, ``_betweenness`` (exact, normalised
  as networkx does) and ``_pagerank`` (weighted by the facts behind each pair), e.g.
  ``cooperation_with_generic_pagerank``. A body outside that network has none of them;
- ``tie_partners``: what the partners of its ties are, per link type (written by :mod:`graph.ties`).

Whether they are current is kept on ``(:Meta {id: 'analytics'})``: ``version`` goes up in every
transaction that changes the links (:func:`mark_stale`, called by ``links.refresh``);
``computed_version`` and ``computed_at`` say which version the stored figures were computed
from, and ``{key}_ranking`` lists each network's bodies in the query's order (:func:`rankings`).
The figures are stale while ``version > computed_version`` (or before the first computation).
A computation records the version it read before reading the links, so a change that commits
meanwhile leaves them stale; and it stores nothing if one of a later version got there first.

Betweenness is exact: igraph computes it for the four networks of the scale-1 benchmark
(3,000 bodies, 110,000 linked pairs) in seconds, where networkx needed 100 sampled sources.

>>> state(graph)["stale"]                      # the test graph's figures are computed
False
>>> row = graph.read("MATCH (b:Mechanism {id: 'iachr'}) RETURN b.degree_activity AS activity, "
...                  "b.cooperation_degree > 0 AS cooperating")[0]
>>> row["activity"] > 0, row["cooperating"]
(True, True)
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import igraph

# The module, not its names: graph.links imports this one (for mark_stale), so neither may need the
# other's names while it is being imported.
from graph import links, ties, writer
from graph.connection import Graph
from graph.progress import Progress, quiet

__all__ = [
    "NETWORKS",
    "MEASURES",
    "Computed",
    "centrality",
    "compute",
    "degrees",
    "figures",
    "in_background",
    "key",
    "mark_stale",
    "read_network",
    "rankings",
    "refresh",
    "running",
    "state",
    "stored_properties",
]

#: The networks the ``centrality`` query offers: whether directed, and the link types in them.
NETWORKS: dict[str, tuple[bool, tuple[str, ...]]] = {
    "references": (True, ("references",)),
    "cooperation": (False, ("references", "activity", "event")),
}
#: The figures stored per network, as ``{key}_{measure}``.
MEASURES = ("degree", "in_degree", "out_degree", "betweenness", "pagerank")
#: Bodies written per statement.
BATCH = 2000
_META = "analytics"

# Every link starts at a body. One row per body, its links summed by target and type in a list: far
# fewer records to decode than one per link (about 4 s instead of 13 s for 110,000 at scale 1).
_NETWORK = """
MATCH (s) WHERE s:Mechanism OR s:Organization
CALL (s) {{
  MATCH (s)-[l:{linked}]->(t)
  WITH t.id AS target, l.type AS type, sum(l.weight) AS weight
  RETURN collect([target, type, weight]) AS links
}}
RETURN CASE WHEN s:Mechanism THEN 'Mechanism' ELSE 'Organization' END AS label, s.id AS id,
       coalesce(s.generic, false) AS generic, links
"""
_STATE = f"""
OPTIONAL MATCH (m:Meta {{id: '{_META}'}})
RETURN coalesce(m.version, 0) AS version, m.computed_version AS computed_version,
       toString(m.computed_at) AS computed_at
"""


def key(network: str, include_generic: bool) -> str:
    """The prefix of a network's stored figures.

    >>> key("cooperation", True) + "_pagerank"
    'cooperation_with_generic_pagerank'
    """
    return network + ("_with_generic" if include_generic else "")


def mark_stale(tx) -> None:
    """Note, inside a transaction that changes the body links, that the stored figures are out of date."""
    tx.run(
        f"MERGE (m:Meta {{id: '{_META}'}}) SET m.version = coalesce(m.version, 0) + 1",
    ).consume()


def state(graph: Graph) -> dict:
    """``version``, ``computed_version``, ``computed_at`` (text, or None) and ``stale`` (never computed counts)."""
    found = graph.read(_STATE)[0]
    return {**found, "stale": _stale(found)}


def _stale(found: dict) -> bool:
    return found["computed_version"] is None or found["version"] > found["computed_version"]


# -- the figures, from the links ------------------------------------------------------------------


def degrees(edges: Iterable[dict]) -> dict[str, dict[str, int]]:
    """Distinct neighbours of every body linked at all: in all (``degree``) and per link type.

    >>> found = degrees([{"source": "a", "target": "b", "type": "event", "weight": 2},
    ...                  {"source": "b", "target": "a", "type": "references", "weight": 1},
    ...                  {"source": "a", "target": "c", "type": "event", "weight": 1}])
    >>> found["a"]
    {'degree': 2, 'degree_references': 1, 'degree_activity': 0, 'degree_event': 2, 'degree_liaison': 0}
    """
    neighbours: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for edge in edges:
        source, target = edge["source"], edge["target"]
        if source == target:
            continue  # a body is not its own neighbour
        for one, other in ((source, target), (target, source)):
            neighbours[one][edge["type"]].add(other)
            neighbours[one]["all"].add(other)
    return {
        body: {"degree": len(by_type["all"]), **{f"degree_{kind}": len(by_type[kind]) for kind in links.LINK_TYPES}}
        for body, by_type in neighbours.items()
    }


def centrality(edges: Iterable[tuple[str, str, float]], directed: bool) -> dict[str, dict[str, float]]:
    """Degree, in and out degree, betweenness and PageRank of every body in ``(source, target, weight)`` edges.

    Several edges of one pair are one edge whose weight is their sum (in either direction when
    undirected). Betweenness is exact and unweighted, normalised as networkx's
    ``betweenness_centrality`` (by the number of pairs of other bodies); PageRank is weighted,
    with networkx's damping (0.85).

    >>> found = centrality([("a", "b", 1), ("c", "b", 1), ("b", "d", 2)], directed=True)
    >>> found["b"]["in_degree"], found["b"]["out_degree"], round(found["b"]["betweenness"], 4)
    (2, 1, 0.3333)
    >>> found["a"]["betweenness"], round(sum(f["pagerank"] for f in found.values()), 6)
    (0.0, 1.0)
    """
    weights: dict[tuple[str, str], float] = defaultdict(float)
    for source, target, weight in edges:
        pair = (source, target) if directed or source <= target else (target, source)
        weights[pair] += weight
    bodies = sorted({body for pair in weights for body in pair})
    if not bodies:
        return {}
    index = {body: number for number, body in enumerate(bodies)}
    network = igraph.Graph(n=len(bodies), edges=[(index[s], index[t]) for s, t in weights], directed=directed)
    count = len(bodies)
    # networkx counts a pair of bodies once per direction when undirected, igraph once: hence 2.
    scale = (1 if directed else 2) / ((count - 1) * (count - 2)) if count > 2 else 1
    betweenness = network.betweenness(directed=directed)
    pagerank = network.pagerank(weights=list(weights.values()), directed=directed, damping=0.85)
    degree = network.degree()
    in_degree = network.indegree() if directed else degree
    out_degree = network.outdegree() if directed else degree
    return {
        body: {
            "degree": degree[number],
            "in_degree": in_degree[number],
            "out_degree": out_degree[number],
            "betweenness": betweenness[number] * scale,
            "pagerank": pagerank[number],
        }
        for body, number in index.items()
    }


def figures(edges: list[dict], generic: set[str]) -> dict[str, dict]:
    """Every stored property of every body linked at all, from the link rows of :func:`read_network`.

    >>> found = figures([{"source": "a", "target": "all", "type": "references", "weight": 1},
    ...                  {"source": "a", "target": "b", "type": "activity", "weight": 1}], generic={"all"})
    >>> "references_degree" in found["a"], found["a"]["references_with_generic_out_degree"]
    (False, 1)
    >>> found["b"]["cooperation_degree"], found["all"]["degree"]
    (1, 1)
    """
    result: dict[str, dict] = {body: dict(values) for body, values in degrees(edges).items()}
    for network, (directed, types) in NETWORKS.items():
        chosen = [edge for edge in edges if edge["type"] in types]
        for include_generic in (False, True):
            prefix = key(network, include_generic)
            kept = (
                (edge["source"], edge["target"], edge["weight"])
                for edge in chosen
                if include_generic or not (edge["source"] in generic or edge["target"] in generic)
            )
            for body, values in centrality(kept, directed).items():
                result[body].update({f"{prefix}_{measure}": value for measure, value in values.items()})
    return result


def rankings(found: dict[str, dict]) -> dict[str, list[str]]:
    """For each network, its bodies in the order ``centrality`` lists them: ``{key}_ranking``.

    PageRank (to four decimals, as shown) first, then degree, then id. Kept on the Meta node,
    so that the query reads the first few bodies by id instead of sorting all of them.

    >>> rankings(figures([{"source": "a", "target": "b", "type": "references", "weight": 1}], set()))["references_ranking"]
    ['b', 'a']
    """
    result = {}
    for network in NETWORKS:
        for include_generic in (False, True):
            prefix = key(network, include_generic)
            inside = [(body, values) for body, values in found.items() if f"{prefix}_pagerank" in values]
            inside.sort(
                key=lambda item: (-round(item[1][f"{prefix}_pagerank"], 4), -item[1][f"{prefix}_degree"], item[0])
            )
            result[f"{prefix}_ranking"] = [body for body, _values in inside]
    return result


def read_network(graph: Graph) -> tuple[list[dict], list[dict]]:
    """The link rows (source, target, type, summed weight) and the bodies (label, id, generic)."""

    found = graph.read(_NETWORK.format(linked=links.LINKED))
    edges = [
        {"source": row["id"], "target": target, "type": kind, "weight": weight}
        for row in found
        for target, kind, weight in row["links"]
    ]
    return edges, [{"label": row["label"], "id": row["id"], "generic": row["generic"]} for row in found]


# -- stored -----------------------------------------------------------------------------------------


@dataclass
class Computed:
    """What one computation did."""

    version: int
    bodies: int = 0
    written: bool = False  # False when a computation of a later version of the links was stored meanwhile
    seconds: dict[str, float] = field(default_factory=dict)


def _empty_properties() -> dict:
    """Every stored property, as a body linked to nothing has it: no degree, outside every network."""
    # tie_partners: what the network's filters ask of the partners of its ties (graph/ties.py)
    properties: dict = {"degree": 0, **{f"degree_{kind}": 0 for kind in links.LINK_TYPES}, "tie_partners": []}
    for network in NETWORKS:
        for include_generic in (False, True):
            properties.update({f"{key(network, include_generic)}_{measure}": None for measure in MEASURES})
    return properties


def stored_properties() -> frozenset[str]:
    """The names of the properties computed here: not curated, so a load of the seeds leaves them out of its comparison.

    >>> {"degree", "references_pagerank"} <= stored_properties()
    True
    """
    return frozenset(_empty_properties())


def compute(graph: Graph, progress: Progress = quiet) -> Computed:
    """Compute the figures from the links now in the graph and store them on every body."""
    progress("Computing centrality…")
    started = time.perf_counter()
    version = state(graph)["version"]  # read first: a change committed after it leaves the figures stale
    edges, bodies = read_network(graph)
    report = Computed(version=version, bodies=len(bodies))
    report.seconds["read"] = time.perf_counter() - started
    started = time.perf_counter()
    found = figures(edges, generic={body["id"] for body in bodies if body["generic"]})
    ranked = rankings(found)
    report.seconds["compute"] = time.perf_counter() - started
    progress(f"  {len(bodies):,} bodies, {len(edges):,} linked pairs by type: figures computed; storing…")
    started = time.perf_counter()
    empty = _empty_properties()
    by_label: dict[str, list[dict]] = defaultdict(list)
    for body in bodies:
        by_label[body["label"]].append({"id": body["id"], "figures": {**empty, **found.get(body["id"], {})}})

    def store(tx, _progress) -> bool:
        meta = tx.run(f"MATCH (m:Meta {{id: '{_META}'}}) RETURN m.computed_version AS done").single()
        if meta is not None and meta["done"] is not None and meta["done"] > version:
            return False  # another computation, of a later version of the links, stored its figures first
        for label, written in by_label.items():
            for start in range(0, len(written), BATCH):
                tx.run(
                    f"UNWIND $rows AS row MATCH (b:{label} {{id: row.id}}) SET b += row.figures",
                    {"rows": written[start : start + BATCH]},
                ).consume()
        ties.store(tx)  # each body's strongest links, which the network draws
        ties.store_network_rankings(tx)  # the bodies the network's default view draws, ranked
        tx.run(
            f"MERGE (m:Meta {{id: '{_META}'}}) SET m += $rankings, m.version = coalesce(m.version, 0), "
            "m.computed_version = $version, m.computed_at = datetime()",
            {"version": version, "rankings": ranked},
        ).consume()
        return True

    report.written = writer.exclusive(graph, store, task="computing the network figures")
    report.seconds["store"] = time.perf_counter() - started
    return report


def refresh(graph: Graph, progress: Progress = quiet) -> Computed | None:
    """Compute and store the figures if they are stale (or were never computed); None if they were current."""
    return compute(graph, progress) if state(graph)["stale"] else None


# -- in the background ----------------------------------------------------------------------------

_running = threading.Lock()
#: Times a background computation starts over when the figures went stale again while it ran.
AGAIN = 3


def running() -> bool:
    """Whether a background computation of this process is running."""
    return _running.locked()


def in_background(graph: Graph, on_error: Progress = quiet) -> bool:
    """Start :func:`refresh` in a thread, one at a time in this process; False if one is running already.

    The running one computes again when the links changed while it ran, so a change that found
    it busy is not left out. ``on_error`` hears a failure (the figures then stay marked stale).
    """
    if not _running.acquire(blocking=False):
        return False

    def work() -> None:
        try:
            for _ in range(AGAIN):
                if refresh(graph) is None:
                    break
        except Exception as error:  # noqa: BLE001 - a thread has no caller to raise to; the figures stay stale
            on_error(f"The network figures could not be computed: {error}")
        finally:
            _running.release()

    threading.Thread(target=work, name="mechgraph-analytics", daemon=True).start()
    return True
