"""The network figures, igraph against networkx, on the same links: what computing them once per change costs.

:mod:`graph.analytics` computes degree, betweenness and PageRank with igraph and stores them
on the bodies. Until then the ``centrality`` query computed them with networkx at every view,
estimating betweenness from 100 sources past 1,000 bodies. :func:`measure` times both on the
links in the graph, for the four networks the query offers, then stores the figures (so the
query latency measured afterwards reads them) and times that too, unless they are current
already (``make bench``'s load after one changed row has just computed and stored them).

igraph's figures are exact and timed whole. networkx's are timed on a sample: its PageRank
whole, its betweenness from ``sources`` bodies (:data:`SAMPLED`, 20, by default: 100 took half
a minute a network on a busy machine at scale 1). Exact betweenness in networkx is timed only with
``exact_networkx`` (minutes at scale 1); otherwise its time is estimated from the sampled run,
as each source costs about the same: sampled time × bodies / sources.

:func:`networkx_centrality` is also the reference the tests compare igraph's figures with.

>>> edges = [("a", "b", 1), ("c", "b", 1), ("b", "d", 2)]
>>> reference = networkx_centrality(edges, directed=True)
>>> ours = analytics.centrality(edges, directed=True)
>>> all(abs(reference[b]["betweenness"] - ours[b]["betweenness"]) < 1e-12 for b in ours)
True
>>> all(abs(reference[b]["pagerank"] - ours[b]["pagerank"]) < 1e-4 for b in ours)  # networkx iterates to 1e-6
True
"""

from __future__ import annotations

import time
from collections.abc import Iterable

import networkx as nx

from graph import analytics
from graph.connection import Graph
from graph.progress import Progress, quiet

__all__ = ["SAMPLED", "SOURCES", "measure", "networkx_centrality", "table"]

#: The sources networkx's betweenness was estimated from, as the centrality query did.
SOURCES = 100
#: The sources the benchmark times networkx's betweenness from, to estimate the exact one.
SAMPLED = 20


def _networkx_graph(edges: Iterable[tuple[str, str, float]], directed: bool) -> nx.Graph:
    network = nx.DiGraph() if directed else nx.Graph()
    for source, target, weight in edges:
        if network.has_edge(source, target):
            network[source][target]["weight"] += weight
        else:
            network.add_edge(source, target, weight=weight)
    return network


def _betweenness(network: nx.Graph, sources: int | None) -> dict:
    sample = sources if sources is not None and sources < network.number_of_nodes() else None
    return nx.betweenness_centrality(network, k=sample, seed=7 if sample else None)


def networkx_centrality(
    edges: Iterable[tuple[str, str, float]], directed: bool, sources: int | None = None
) -> dict[str, dict[str, float]]:
    """The figures of :func:`graph.analytics.centrality`, computed by networkx (from ``sources`` bodies if given)."""
    network = _networkx_graph(edges, directed)
    if network.number_of_nodes() == 0:
        return {}
    betweenness = _betweenness(network, sources)
    pagerank = nx.pagerank(network, weight="weight")
    return {
        node: {
            "degree": network.degree(node),
            "in_degree": network.in_degree(node) if directed else network.degree(node),
            "out_degree": network.out_degree(node) if directed else network.degree(node),
            "betweenness": betweenness[node],
            "pagerank": pagerank[node],
        }
        for node in network.nodes
    }


def _networks(edges: list[dict], generic: set[str]):
    """(name, directed, edges) of the four networks, as :func:`graph.analytics.figures` cuts them."""
    for network, (directed, types) in analytics.NETWORKS.items():
        for include_generic in (False, True):
            kept = [
                (edge["source"], edge["target"], edge["weight"])
                for edge in edges
                if edge["type"] in types
                and (include_generic or not (edge["source"] in generic or edge["target"] in generic))
            ]
            yield analytics.key(network, include_generic), directed, kept


def _seconds(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def measure(
    graph: Graph,
    exact_networkx: bool = False,
    store: bool | None = True,
    sources: int = SAMPLED,
    progress: Progress = quiet,
) -> dict:
    """Seconds per network for igraph (exact) and networkx (betweenness from ``sources`` bodies, and exact or
    estimated); then the store (``store=None``: only if the stored figures are stale)."""
    progress(f"The network figures: igraph against networkx (betweenness from {sources} sources)…")
    started = time.perf_counter()
    edges, bodies = analytics.read_network(graph)
    read_seconds = time.perf_counter() - started
    generic = {body["id"] for body in bodies if body["generic"]}
    results: dict = {
        "bodies": len(bodies),
        "read_seconds": round(read_seconds, 2),
        "networkx_sources": sources,
        "networks": {},
    }
    for name, directed, kept in _networks(edges, generic):
        bodies_in = len({body for edge in kept for body in edge[:2]})
        started = time.perf_counter()
        network = _networkx_graph(kept, directed)
        build = time.perf_counter() - started
        pagerank = _seconds(lambda n=network: nx.pagerank(n, weight="weight"))
        sampled = _seconds(lambda n=network: _betweenness(n, sources))
        figures = {
            "bodies": bodies_in,
            "pairs": network.number_of_edges(),
            "igraph_seconds": round(_seconds(lambda k=kept, d=directed: analytics.centrality(k, d)), 2),
            "networkx_sampled_seconds": round(build + pagerank + sampled, 2),
        }
        if exact_networkx:
            exact = _seconds(lambda n=network: _betweenness(n, None))
            figures["networkx_exact_seconds"] = round(build + pagerank + exact, 2)
        else:
            # Each source costs about the same: the exact run has one per body.
            estimate = build + pagerank + sampled * max(bodies_in, sources) / sources
            figures["networkx_exact_estimated_seconds"] = round(estimate)
        results["networks"][name] = figures
        progress(f"  {name}: {figures}")
    if store is None:
        store = analytics.state(graph)["stale"]
    if store:
        computed = analytics.compute(graph)
        results["compute_seconds"] = {part: round(seconds, 2) for part, seconds in computed.seconds.items()}
        progress(f"  stored on {computed.bodies:,} bodies: {results['compute_seconds']}")
    return results


def table(results: dict) -> str:
    """The figures of :func:`measure` as Markdown.

    >>> print(table({"bodies": 3, "read_seconds": 0.1, "compute_seconds": {"read": 0.1, "compute": 0.2, "store": 0.3},
    ...              "networks": {"references": {"bodies": 3, "pairs": 2, "igraph_seconds": 0.01,
    ...                                          "networkx_sampled_seconds": 0.02, "networkx_exact_seconds": 0.03}}}))
    | network | bodies | pairs | igraph, exact s | networkx, betweenness from 100 sources s | networkx, exact s |
    | --- | ---: | ---: | ---: | ---: | ---: |
    | references | 3 | 2 | 0.01 | 0.02 | 0.03 |
    <BLANKLINE>
    Reading the links of 3 bodies: 0.1 s. A whole computation, stored (`mechgraph analytics`): read 0.1 s, compute 0.2 s, store 0.3 s.
    """
    sources = results.get("networkx_sources", SOURCES)
    lines = [
        f"| network | bodies | pairs | igraph, exact s | networkx, betweenness from {sources} sources s "
        "| networkx, exact s |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, row in results["networks"].items():
        exact = row.get("networkx_exact_seconds")
        exact = exact if exact is not None else f"~{row['networkx_exact_estimated_seconds']} (estimated)"
        lines.append(
            f"| {name} | {row['bodies']:,} | {row['pairs']:,} | {row['igraph_seconds']} "
            f"| {row['networkx_sampled_seconds']} | {exact} |"
        )
    lines += ["", f"Reading the links of {results['bodies']:,} bodies: {results['read_seconds']} s."]
    if results.get("compute_seconds"):
        parts = ", ".join(f"{part} {seconds} s" for part, seconds in results["compute_seconds"].items())
        lines[-1] += f" A whole computation, stored (`mechgraph analytics`): {parts}."
    return "\n".join(lines)


if __name__ == "__main__":
    # On any graph, read only with --no-store: NEO4J_URI=… python -m bench.analytics --no-store [--exact]
    import argparse
    import json

    from graph.connection import connect
    from graph.settings import settings_from

    parser = argparse.ArgumentParser(prog="python -m bench.analytics", description=__doc__.split("\n\n")[0])
    parser.add_argument("--exact", action="store_true", help="time networkx's exact betweenness (minutes at scale 1)")
    parser.add_argument("--no-store", action="store_true", help="compute only; write nothing")
    arguments = parser.parse_args()
    with connect(settings_from()) as graph:
        found = measure(graph, exact_networkx=arguments.exact, store=not arguments.no_store, progress=print)
    print(json.dumps(found, indent=2))
    print(table(found))
