"""The links between bodies, read into compact arrays, and the figures of the body network computed from them.

:func:`read_links` streams every body's links, summed by partner and type, into :class:`Links`: a few
bytes a link in arrays, not a dict per link (at 10^7 relationships, 1.08 million linked pairs by type
held as dicts took Python over 3 GB). :func:`figures` then computes, with igraph, each body's degree
per link type and, in each network of :data:`NETWORKS`, its degree, betweenness and PageRank, which
:mod:`graph.analytics` stores on the bodies.

Betweenness is exact up to :data:`EXACT_UP_TO` bodies in a network: igraph computes it for the four
networks of the scale-1 benchmark (3,000 bodies, 110,000 linked pairs) in seconds. Above, exact
betweenness grows with bodies × pairs (13 minutes for 30,400 bodies at 10^7 relationships), so it is
estimated from :data:`SOURCES` sources drawn with a fixed :data:`SEED` (:func:`sampled_sources`), the
paths from them counted to every body and scaled by bodies / sources, as networkx's
``betweenness_centrality(k=...)`` estimates it: the same links give the same figures.
"""

from __future__ import annotations

import functools
import random
from array import array
from collections.abc import Iterable
from dataclasses import dataclass

import igraph

# The module, not its names: graph.links imports graph.analytics, which imports this module.
from graph import links
from graph.connection import Graph

__all__ = [
    "NETWORKS",
    "MEASURES",
    "EXACT_UP_TO",
    "SOURCES",
    "SEED",
    "Centrality",
    "Links",
    "centrality",
    "degrees",
    "figures",
    "key",
    "kinds",
    "rankings",
    "read_links",
    "read_network",
    "sampled_sources",
]

#: The networks the ``centrality`` query offers: whether directed, and the link types in them.
NETWORKS: dict[str, tuple[bool, tuple[str, ...]]] = {
    "references": (True, ("references",)),
    "cooperation": (False, ("references", "activity", "event")),
}
#: The figures stored per network, as ``{key}_{measure}``.
MEASURES = ("degree", "in_degree", "out_degree", "betweenness", "pagerank")
#: Up to this many bodies in a network, its betweenness is exact; above, estimated from :data:`SOURCES` of its
#: bodies drawn with :data:`SEED` (exact betweenness costs bodies × pairs: 13 min for 30,400 bodies, 1.08 million
#: linked pairs; the scale-1 benchmark's 3,000 bodies stay exact).
EXACT_UP_TO = 5000
SOURCES = 1000
SEED = 7
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


def key(network: str, include_generic: bool) -> str:
    """The prefix of a network's stored figures.

    >>> key("cooperation", True) + "_pagerank"
    'cooperation_with_generic_pagerank'
    """
    return network + ("_with_generic" if include_generic else "")


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
