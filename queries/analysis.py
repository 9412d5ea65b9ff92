"""Steps that follow a query's Cypher when networkx does the work better than Cypher.

A query names its step in a ``// python: NAME`` header line; the step receives the rows of
the Cypher and the bound parameters and returns the final rows.
"""

from __future__ import annotations

from collections.abc import Callable

import networkx as nx

SAMPLE_ABOVE = 1000
BETWEENNESS_SOURCES = 100


def centrality(rows: list[dict], parameters: dict) -> list[dict]:
    """Degree, betweenness and PageRank of every body in the edge rows.

    >>> rows = [{"source": "a", "source_name": "A", "target": "b", "target_name": "B", "weight": 1},
    ...         {"source": "c", "source_name": "C", "target": "b", "target_name": "B", "weight": 1}]
    >>> [(r["body"], r["in_degree"]) for r in centrality(rows, {"network": "references", "limit": 2})]
    [('b', 2), ('a', 0)]
    """
    directed = parameters.get("network", "references") == "references"
    graph = nx.DiGraph() if directed else nx.Graph()
    names = {}
    for row in rows:
        names[row["source"]], names[row["target"]] = row["source_name"], row["target_name"]
        if graph.has_edge(row["source"], row["target"]):
            graph[row["source"]][row["target"]]["weight"] += row["weight"]
        else:
            graph.add_edge(row["source"], row["target"], weight=row["weight"])
    if graph.number_of_nodes() == 0:
        return []
    # Exact betweenness costs a shortest-path search from every body; past SAMPLE_ABOVE bodies
    # it is estimated from BETWEENNESS_SOURCES of them, chosen with a fixed seed (same graph, same figures).
    sources = BETWEENNESS_SOURCES if graph.number_of_nodes() > SAMPLE_ABOVE else None
    betweenness = nx.betweenness_centrality(graph, k=sources, seed=7 if sources else None)
    pagerank = nx.pagerank(graph, weight="weight")
    result = [
        {
            "body": node,
            "name": names[node],
            "degree": graph.degree(node),
            "in_degree": graph.in_degree(node) if directed else graph.degree(node),
            "out_degree": graph.out_degree(node) if directed else graph.degree(node),
            "betweenness": round(betweenness[node], 4),
            "pagerank": round(pagerank[node], 4),
        }
        for node in graph.nodes
    ]
    result.sort(key=lambda row: (-row["pagerank"], -row["degree"], row["body"]))
    return result[: parameters.get("limit") or len(result)]


STEPS: dict[str, Callable[[list[dict], dict], list[dict]]] = {"centrality": centrality}
