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
  ``{network}_degree``, ``_in_degree``, ``_out_degree``, ``_betweenness`` (normalised as
  networkx does; exact, or estimated in a network of more than :data:`EXACT_UP_TO` bodies) and ``_pagerank`` (weighted by the facts behind each pair), e.g.
  ``cooperation_with_generic_pagerank``. A body outside that network has none of them;
- ``tie_partners``: what the partners of its ties are, per link type (written by :mod:`graph.ties`).

Whether they are current is kept on ``(:Meta {id: 'analytics'})``: ``version`` goes up in every
transaction that changes the links (:func:`mark_stale`, called by ``links.refresh``);
``computed_version`` and ``computed_at`` say which version the stored figures were computed
from, ``{key}_ranking`` lists each network's bodies in the query's order (:func:`rankings`), and
``{key}_betweenness_sources`` and ``_bodies`` say from how many of its bodies its betweenness was found
(all of them when exact).
The figures are stale while ``version > computed_version`` (or before the first computation).
A computation records the version it read before reading the links, so a change that commits
meanwhile leaves them stale; and it stores nothing if one of a later version got there first.

Betweenness is exact up to :data:`EXACT_UP_TO` bodies: igraph computes it for the four networks of the
scale-1 benchmark (3,000 bodies, 110,000 linked pairs) in seconds. Above, exact betweenness grows with bodies ×
pairs (13 minutes at 10^7 relationships), so it is estimated from :data:`SOURCES` sources drawn with a fixed
seed, as networkx's ``betweenness_centrality(k=...)`` does: the same links give the same figures. The links are
read into compact arrays (:class:`Links`), and above :data:`BATCHED_ABOVE` bodies the figures are stored in
batches, each its own transaction (:func:`compute`).

>>> state(graph)["stale"]                      # the test graph's figures are computed
False
>>> row = graph.read("MATCH (b:Mechanism {id: 'iachr'}) RETURN b.degree_activity AS activity, "
...                  "b.cooperation_degree > 0 AS cooperating")[0]
>>> row["activity"] > 0, row["cooperating"]
(True, True)
"""

from __future__ import annotations

import functools
import math
import random
import threading
import time
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import igraph
import neo4j

# The module, not its names: graph.links imports this one (for mark_stale), so neither may need the
# other's names while it is being imported.
from graph import links, ties, writer
from graph.connection import Graph
from graph.errors import MechGraphError
from graph.progress import Progress, quiet

__all__ = [
    "NETWORKS",
    "MEASURES",
    "Centrality",
    "Computed",
    "Links",
    "NotComputed",
    "centrality",
    "compute",
    "degrees",
    "figures",
    "in_background",
    "key",
    "kinds",
    "mark_stale",
    "read_links",
    "read_network",
    "rankings",
    "refresh",
    "refresh_after",
    "running",
    "sampled_sources",
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
#: Up to this many bodies in a network, its betweenness is exact; above, estimated from :data:`SOURCES` of its
#: bodies drawn with :data:`SEED` (exact betweenness costs bodies × pairs: 13 min for 30,400 bodies, 1.08 million
#: linked pairs; the scale-1 benchmark's 3,000 bodies stay exact).
EXACT_UP_TO = 5000
SOURCES = 1000
SEED = 7
#: Above this many bodies, the figures are stored in transactions of :data:`STORE_BATCH` bodies each.
BATCHED_ABOVE = 5000
STORE_BATCH = 2000
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


# -- the links, read into compact arrays ------------------------------------------------------------


@functools.cache
def kinds() -> tuple[str, ...]:
    """The link types, by their number in :attr:`Links.kind` (graph.links is imported after this module)."""
    return tuple(links.LINK_TYPES)


@functools.cache
def _kind_numbers() -> dict[str, int]:
    return {kind: number for number, kind in enumerate(kinds())}


_LABELS = ("Mechanism", "Organization")


class Links:
    """The links between bodies summed by pair and link type, in compact arrays (a few bytes a link, not a dict).

    Bodies are numbered in the order they are met: ``ids[number]``, ``index[id]``, ``organization`` and
    ``generic`` flags; link ``i`` goes from ``source[i]`` to ``target[i]``, of type ``kinds()[kind[i]]``.

    >>> found = Links.of([{"source": "a", "target": "b", "type": "event", "weight": 2}], generic={"b"})
    >>> found.ids, list(found.source), list(found.target), kinds()[found.kind[0]], found.weight[0], found.generic[1]
    (['a', 'b'], [0], [1], 'event', 2.0, 1)
    """

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.index: dict[str, int] = {}
        self.organization, self.generic = bytearray(), bytearray()
        self.source, self.target, self.kind, self.weight = array("l"), array("l"), array("b"), array("d")

    @classmethod
    def of(cls, edges: Iterable[dict], generic: set[str] = frozenset(), organizations: set[str] = frozenset()) -> Links:
        """From link rows (``source``, ``target``, ``type``, ``weight``), as :func:`read_network` gives them."""
        found = cls()
        for edge in edges:
            found.add(found.body(edge["source"]), found.body(edge["target"]), edge["type"], edge["weight"])
        for body, number in found.index.items():
            found.generic[number], found.organization[number] = body in generic, body in organizations
        return found

    def __len__(self) -> int:
        return len(self.source)

    def body(self, body: str) -> int:
        """The number of ``body``, given it on first sight."""
        number = self.index.get(body)
        if number is None:
            number = self.index[body] = len(self.ids)
            self.ids.append(body)
            self.organization.append(0)
            self.generic.append(0)
        return number

    def add(self, source: int, target: int, kind: str, weight: float) -> None:
        self.source.append(source)
        self.target.append(target)
        self.kind.append(_kind_numbers()[kind])
        self.weight.append(weight)

    def bodies(self) -> list[dict]:
        """Every body, linked or not, as ``read_network`` lists them: label, id, generic."""
        return [
            {"label": _LABELS[self.organization[number]], "id": body, "generic": bool(self.generic[number])}
            for number, body in enumerate(self.ids)
        ]


def read_links(graph: Graph) -> Links:
    """Every body and its links summed by target and type, streamed into :class:`Links` (the rows are not kept)."""

    def read(tx) -> Links:
        found = Links()  # made anew when the driver tries the transaction again
        for record in tx.run(_NETWORK.format(linked=links.LINKED)):
            number = found.body(record["id"])
            found.organization[number] = record["label"] == "Organization"
            found.generic[number] = record["generic"]
            for target, kind, weight in record["links"]:
                found.add(number, found.body(target), kind, weight)
        return found

    return graph.read_transaction(read)


def read_network(graph: Graph) -> tuple[list[dict], list[dict]]:
    """The link rows (source, target, type, summed weight) and the bodies (label, id, generic), as dicts: for
    comparing with other libraries (``bench/analytics.py``); :func:`compute` reads :func:`read_links`."""
    found = read_links(graph)
    edges = [
        {"source": found.ids[source], "target": found.ids[target], "type": kinds()[kind], "weight": weight}
        for source, target, kind, weight in zip(found.source, found.target, found.kind, found.weight, strict=True)
    ]
    return edges, found.bodies()


# -- the figures, from the links ------------------------------------------------------------------


def degrees(found: Links) -> dict[str, dict[str, int]]:
    """Distinct neighbours of every body linked at all: in all (``degree``) and per link type.

    >>> found = degrees(Links.of([{"source": "a", "target": "b", "type": "event", "weight": 2},
    ...                           {"source": "b", "target": "a", "type": "references", "weight": 1},
    ...                           {"source": "a", "target": "c", "type": "event", "weight": 1}]))
    >>> found["a"]
    {'degree': 2, 'degree_references': 1, 'degree_activity': 0, 'degree_event': 2, 'degree_liaison': 0}
    """
    result: dict[str, dict[str, int]] = {}
    for kind in (None, *range(len(kinds()))):
        chosen = (
            (source, target)
            for source, target, number in zip(found.source, found.target, found.kind, strict=True)
            if source != target and (kind is None or number == kind)  # a body is not its own neighbour
        )
        network = igraph.Graph(n=len(found.ids), edges=chosen, directed=False)
        network.simplify(multiple=True, loops=True)
        name = "degree" if kind is None else f"degree_{kinds()[kind]}"
        for number, degree in enumerate(network.degree()):
            if kind is None and degree:
                result[found.ids[number]] = {"degree": degree}
            elif kind is not None and found.ids[number] in result:
                result[found.ids[number]][name] = degree
    return result


@dataclass
class Centrality:
    """The figures of one network: per body inside it, and how its betweenness was found."""

    figures: dict[str, dict[str, float]]
    bodies: int
    sources: int  # the sources betweenness was computed from: all the bodies when exact

    @property
    def exact(self) -> bool:
        return self.sources == self.bodies


def sampled_sources(bodies: Iterable[str]) -> list[str]:
    """The :data:`SOURCES` bodies betweenness is estimated from, drawn with :data:`SEED` from ``bodies`` by id.

    >>> sampled_sources([f"b{number:05}" for number in range(SOURCES + 1)]) == sampled_sources(
    ...     [f"b{number:05}" for number in reversed(range(SOURCES + 1))])
    True
    """
    return random.Random(SEED).sample(sorted(bodies), SOURCES)


def _centrality(
    ids: list[str], ends: Iterable[tuple[int, int]], weights: array, directed: bool, exact_up_to: int | None = None
) -> Centrality:
    network = igraph.Graph(n=len(ids), edges=ends, directed=directed)
    network.es["weight"] = weights
    # Several edges of one pair are one edge whose weight is their sum (in either direction when undirected).
    network.simplify(multiple=True, loops=False, combine_edges={"weight": "sum"})
    inside = [number for number, degree in enumerate(network.degree()) if degree]
    network = network.induced_subgraph(inside, implementation="create_from_scratch")  # keeps their order
    count = len(inside)
    if not count:
        return Centrality({}, 0, 0)
    # networkx counts a pair of bodies once per direction when undirected, igraph once: hence 2.
    scale = (1 if directed else 2) / ((count - 1) * (count - 2)) if count > 2 else 1
    limit = EXACT_UP_TO if exact_up_to is None else exact_up_to
    if count > limit:
        # Estimated: the paths from SOURCES bodies drawn with a fixed seed (by id, so the same links give the same
        # figures), scaled by bodies / sources, as networkx's betweenness_centrality(k=...) estimates it.
        vertex = {ids[body]: number for number, body in enumerate(inside)}
        sources = [vertex[body] for body in sampled_sources(vertex)]
        betweenness = network.betweenness(directed=directed, sources=sources)
        scale *= count / SOURCES
    else:
        sources, betweenness = inside, network.betweenness(directed=directed)
    pagerank = network.pagerank(weights="weight", directed=directed, damping=0.85)
    degree = network.degree()
    in_degree = network.indegree() if directed else degree
    out_degree = network.outdegree() if directed else degree
    figures = {
        ids[body]: {
            "degree": degree[vertex],
            "in_degree": in_degree[vertex],
            "out_degree": out_degree[vertex],
            "betweenness": betweenness[vertex] * scale,
            "pagerank": pagerank[vertex],
        }
        for vertex, body in enumerate(inside)
    }
    return Centrality(figures, count, len(sources))


def centrality(
    edges: Iterable[tuple[str, str, float]], directed: bool, exact_up_to: int | None = None
) -> dict[str, dict[str, float]]:
    """Degree, in and out degree, betweenness and PageRank of every body in ``(source, target, weight)`` edges.

    Several edges of one pair are one edge whose weight is their sum (in either direction when
    undirected). Betweenness is unweighted, normalised as networkx's ``betweenness_centrality``
    (by the number of pairs of other bodies): exact up to ``exact_up_to`` bodies (default
    :data:`EXACT_UP_TO`), else estimated from :data:`SOURCES` sources. PageRank is weighted,
    with networkx's damping (0.85).

    >>> found = centrality([("a", "b", 1), ("c", "b", 1), ("b", "d", 2)], directed=True)
    >>> found["b"]["in_degree"], found["b"]["out_degree"], round(found["b"]["betweenness"], 4)
    (2, 1, 0.3333)
    >>> found["a"]["betweenness"], round(sum(f["pagerank"] for f in found.values()), 6)
    (0.0, 1.0)
    """
    found = Links()
    for source, target, weight in edges:
        found.add(found.body(source), found.body(target), kinds()[0], weight)
    ends = zip(found.source, found.target, strict=True)
    return _centrality(found.ids, ends, found.weight, directed, exact_up_to).figures


def figures(found: Links, sampled: dict[str, Centrality] | None = None) -> dict[str, dict]:
    """Every stored property of every body linked at all, from :func:`read_links`; ``sampled`` is given each
    network's :class:`Centrality` (its figures emptied once copied), to say how betweenness was found.

    >>> found = figures(Links.of([{"source": "a", "target": "all", "type": "references", "weight": 1},
    ...                           {"source": "a", "target": "b", "type": "activity", "weight": 1}], generic={"all"}))
    >>> "references_degree" in found["a"], found["a"]["references_with_generic_out_degree"]
    (False, 1)
    >>> found["b"]["cooperation_degree"], found["all"]["degree"]
    (1, 1)
    """
    result: dict[str, dict] = degrees(found)
    for network, (directed, types) in NETWORKS.items():
        numbers = {_kind_numbers()[kind] for kind in types}
        for include_generic in (False, True):
            prefix = key(network, include_generic)
            chosen = array(
                "l",
                (
                    number
                    for number, kind in enumerate(found.kind)
                    if kind in numbers
                    and (
                        include_generic
                        or not (found.generic[found.source[number]] or found.generic[found.target[number]])
                    )
                ),
            )
            ends = ((found.source[number], found.target[number]) for number in chosen)
            computed = _centrality(found.ids, ends, array("d", (found.weight[n] for n in chosen)), directed)
            del chosen
            for body, values in computed.figures.items():
                result.setdefault(body, {}).update({f"{prefix}_{measure}": value for measure, value in values.items()})
            if sampled is not None:
                computed.figures = {}
                sampled[prefix] = computed
    return result


def rankings(found: dict[str, dict]) -> dict[str, list[str]]:
    """For each network, its bodies in the order ``centrality`` lists them: ``{key}_ranking``.

    PageRank (to four decimals, as shown) first, then degree, then id. Kept on the Meta node,
    so that the query reads the first few bodies by id instead of sorting all of them.

    >>> rankings(figures(Links.of([{"source": "a", "target": "b", "type": "references", "weight": 1}])))["references_ranking"]
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


# -- stored -----------------------------------------------------------------------------------------


@dataclass
class Computed:
    """What one computation did."""

    version: int
    bodies: int = 0
    written: bool = False  # False when a computation of a later version of the links was stored meanwhile
    seconds: dict[str, float] = field(default_factory=dict)
    #: Per network key: (sources, bodies) of its betweenness, estimated when fewer sources than bodies.
    betweenness: dict[str, tuple[int, int]] = field(default_factory=dict)
    batches: int = 1  # the transactions the figures were stored in

    def estimated(self) -> dict[str, tuple[int, int]]:
        """The networks whose betweenness was estimated from a sample of sources: (sources, bodies)."""
        return {name: found for name, found in self.betweenness.items() if found[0] < found[1]}


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
    """Compute the figures from the links now in the graph and store them on every body.

    Above :data:`BATCHED_ABOVE` bodies they are stored in batches of :data:`STORE_BATCH` bodies (their
    figures and ties), each its own transaction, and the rankings last: the Meta node says the figures are
    current only once the last batch is written, so no reader takes half-stored figures for current ones.
    """
    progress("Computing centrality…")
    started = time.perf_counter()
    version = state(graph)["version"]  # read first: a change committed after it leaves the figures stale
    found = read_links(graph)
    bodies = found.bodies()
    report = Computed(version=version, bodies=len(bodies))
    report.seconds["read"] = time.perf_counter() - started
    started = time.perf_counter()
    sampled: dict[str, Centrality] = {}
    computed = figures(found, sampled)
    pairs = len(found)
    del found
    ranked = rankings(computed)
    report.betweenness = {name: (network.sources, network.bodies) for name, network in sampled.items()}
    report.seconds["compute"] = time.perf_counter() - started
    progress(f"  {len(bodies):,} bodies, {pairs:,} linked pairs by type: figures computed; storing…")
    started = time.perf_counter()
    empty = _empty_properties()
    rows = [
        (body["label"], {"id": body["id"], "figures": {**empty, **computed.pop(body["id"], {})}}) for body in bodies
    ]
    meta = {
        **ranked,
        **{f"{name}_betweenness_sources": found[0] for name, found in report.betweenness.items()},
        **{f"{name}_betweenness_bodies": found[1] for name, found in report.betweenness.items()},
    }
    if len(rows) > BATCHED_ABOVE:
        report.batches = math.ceil(len(rows) / STORE_BATCH) + 1
        report.written = _store_in_batches(graph, version, rows, meta, progress)
    else:

        def store(tx, _progress) -> bool:
            if _later(tx, version):
                return False
            _store_figures(tx, rows)
            ties.store(tx)  # each body's strongest links, which the network draws
            _store_meta(tx, version, meta)
            return True

        report.written = writer.exclusive(graph, store, task="computing the network figures")
    report.seconds["store"] = time.perf_counter() - started
    return report


def _later(tx, version: int) -> bool:
    """Whether another computation, of a later version of the links, stored its figures first."""
    meta = tx.run(f"MATCH (m:Meta {{id: '{_META}'}}) RETURN m.computed_version AS done").single()
    return meta is not None and meta["done"] is not None and meta["done"] > version


def _store_figures(tx, rows: list[tuple[str, dict]]) -> None:
    by_label: dict[str, list[dict]] = defaultdict(list)
    for label, row in rows:
        by_label[label].append(row)
    for label, written in by_label.items():
        for start in range(0, len(written), BATCH):
            tx.run(
                f"UNWIND $rows AS row MATCH (b:{label} {{id: row.id}}) SET b += row.figures",
                {"rows": written[start : start + BATCH]},
            ).consume()


def _store_meta(tx, version: int, meta: dict) -> None:
    tx.run(
        f"MERGE (m:Meta {{id: '{_META}'}}) SET m += $meta, m.version = coalesce(m.version, 0), "
        "m.computed_version = $version, m.computed_at = datetime()",
        {"version": version, "meta": meta},
    ).consume()


def _store_in_batches(graph: Graph, version: int, rows: list[tuple[str, dict]], meta: dict, progress: Progress) -> bool:
    """Store the figures and ties of :data:`STORE_BATCH` bodies per transaction, then the rankings and the Meta
    node's version; False when a computation of a later version of the links got there first."""
    bodies = graph.read_transaction(ties.bodies)
    counts: Counter = Counter()  # the references between mechanisms, summed over the batches
    batches = [rows[start : start + STORE_BATCH] for start in range(0, len(rows), STORE_BATCH)]
    for number, batch in enumerate(batches, 1):

        def store(tx, _progress, batch=batch) -> Counter | None:
            if _later(tx, version):
                return None
            _store_figures(tx, batch)
            found: Counter = Counter()  # kept apart until committed: a transaction tried again counts again
            ties.store_ties(tx, [row["id"] for _label, row in batch], bodies, found, whole=False)
            return found

        found = writer.exclusive(graph, store, task=f"storing the network figures ({number} of {len(batches)})")
        if found is None:
            return False
        counts.update(found)
        progress(f"  stored {min(number * STORE_BATCH, len(rows)):,} of {len(rows):,} bodies…")

    def finish(tx, _progress) -> bool:
        if _later(tx, version):
            return False
        ties.store_pairs(tx, counts, bodies)
        _store_meta(tx, version, meta)
        return True

    return writer.exclusive(graph, finish, task="storing the network figures (rankings)")


def refresh(graph: Graph, progress: Progress = quiet) -> Computed | None:
    """Compute and store the figures if they are stale (or were never computed); None if they were current."""
    return compute(graph, progress) if state(graph)["stale"] else None


class NotComputed(MechGraphError):
    """A change is committed, but the network figures that follow it could not be computed: they stay stale."""


def refresh_after(graph: Graph, change: str, progress: Progress = quiet) -> Computed | None:
    """:func:`refresh` after ``change`` (e.g. "The load") committed: its failure raises :class:`NotComputed`,
    which says in one sentence that the change is done and how to compute the figures (the cause is attached)."""
    try:
        return refresh(graph, progress)
    except (MechGraphError, neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError) as error:
        raise NotComputed(
            f"{change} is done, but the network figures could not be computed and are marked stale; "
            "`mechgraph analytics` computes them again."
        ) from error


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
