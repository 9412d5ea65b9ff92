"""How some queries' rows are shaped in Python after the server sends them, one function per query by name.

A query whose answer is large can send compact values (texts, lists) that its shaping turns into the rows its
readers expect, in one place: the driver decodes a text far faster than a map. :meth:`queries.catalogue.Catalogue.run`
applies the shaping registered here for a query, and passes every other query's rows as they are.

>>> shape("who-cites-whom", [{"source": "a"}])
[{'source': 'a'}]
"""

from __future__ import annotations

from collections.abc import Callable

from graph.network_view import edge_of

__all__ = ["SHAPES", "shape"]


def _network(rows: list[dict]) -> list[dict]:
    """The network's edges as maps: those sent as their stored texts (graph/network_view.py) read, all sorted by
    source, target and type as the page lists them.

    >>> from graph.network_view import line
    >>> text = line({"source": "b", "target": "c", "type": "event", "weight": 1, "status": "planned",
    ...              "status_facts": [0, 1, 0], "first": None, "last": 2024, "details": []})
    >>> [(e["source"], e["weight"], e["last"]) for e in _network([{"edges": [text, {"source": "a", "target": "b",
    ...  "type": "liaison", "weight": 2, "last": None}]}])[0]["edges"]]
    [('a', 2, None), ('b', 1, 2024)]
    """
    for row in rows:
        edges = [edge_of(edge) if isinstance(edge, str) else edge for edge in row["edges"]]
        row["edges"] = sorted(edges, key=lambda edge: (edge["source"], edge["target"], edge["type"]))
    return rows


#: The shaping of each query that has one, by query name.
SHAPES: dict[str, Callable[[list[dict]], list[dict]]] = {"network": _network}


def shape(name: str, rows: list[dict]) -> list[dict]:
    """The rows of query ``name`` as its readers take them: shaped when it has a shaping, else as they are."""
    shaping = SHAPES.get(name)
    return rows if shaping is None else shaping(rows)
