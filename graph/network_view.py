"""What the network's default view reads ready: its bodies ranked, and each body's edges as the view draws them.

For the network's default filters (any system and region, organisations in, generic classes out, no year or status
filter), the bodies it draws are kept ranked on the analytics Meta node, one list of ids per combination of link
types (:func:`network_key`): a view of those filters reads the first ``max_nodes`` of them, not every body.

The edges among those bodies are the ties (:mod:`graph.ties`) between them. Rather than expanding each drawn body's
ties and keeping those whose partner is drawn too, each body keeps, per combination, the edges of its ties and of
the ties to it whose other end is ranked before it (or is itself), one text each (:func:`line`), in the property
:func:`drawn_key`. Each edge is kept once, on its later end, so the edges among the first ``max_nodes`` bodies are
exactly what those bodies keep: a view reads one list per body, no tie and no partner. The texts sort as the view
ranks its edges (the strongest first, then by source, target and type), and a view reads the whole of a text only
for the edges it draws.

Both are remade with the figures (:mod:`graph.analytics`): the rankings last, with ``network_drawn`` on the Meta
node saying from which version of the links the bodies' edges were kept (read only when it is the figures' own); above :data:`~graph.analytics.BATCHED_ABOVE` bodies, the edges are
written a batch of bodies per transaction before it (:func:`store_drawn`), the texts of a few bodies held at once.
The view reads them only while the figures are current; else it reads the ties.
"""

from __future__ import annotations

import itertools
from array import array
from collections.abc import Iterable

# The modules, not their names: graph.links imports graph.analytics, which imports this module.
from graph import links, ties

__all__ = [
    "network_key",
    "drawn_key",
    "drawn_properties",
    "line",
    "edge_of",
    "Rankings",
    "rankings",
    "store_drawn",
    "store_network_rankings",
]

#: Bodies whose ties one query reads.
_OWNERS = 200
#: Separates the fields of an edge's text: below every character of an id, so that texts sort as their ids do.
SEPARATOR = "\x1f"
#: The weights are kept as this minus the weight, padded, so that the strongest sorts first.
_STRONGEST = 999_999_999


def _combinations() -> list[tuple[str, ...]]:
    kinds = list(links.LINK_TYPES)
    return [types for size in range(1, len(kinds) + 1) for types in itertools.combinations(kinds, size)]


def network_key(types: Iterable[str]) -> str:
    """The Meta property holding the ranking of the bodies the network draws for these link types (any order).

    >>> network_key(["liaison", "references"])
    'network__references__liaison'
    """
    return "__".join(["network", *(kind for kind in links.LINK_TYPES if kind in set(types))])


def drawn_key(types: Iterable[str]) -> str:
    """The body property holding its drawn edges for these link types (any order).

    >>> drawn_key(["liaison", "references"])
    'drawn__references__liaison'
    """
    return "drawn" + network_key(types).removeprefix("network")


def drawn_properties() -> list[str]:
    """Every body property :func:`store_drawn` writes, one per combination of link types."""
    return [drawn_key(types) for types in _combinations()]


def line(edge: dict) -> str:
    """One edge of a tie (as :func:`graph.ties.edges_of` sums it) as the text a body keeps: the weight (as
    :data:`_STRONGEST` minus it), source, target, type, status, the facts of each status, first and last year,
    then the details, separated by :data:`SEPARATOR`; queries/network.cypher reads it back.

    >>> line({"source": "x", "target": "y", "type": "activity", "weight": 3, "status": "held",
    ...       "status_facts": [2, 0, 1], "first": 2019, "last": None, "details": ["dialogue", "visit"]}).split(SEPARATOR)
    ['999999996', 'x', 'y', 'activity', 'held', '2', '0', '1', '2019', '', 'dialogue', 'visit']
    """
    years = ["" if edge[year] is None else str(edge[year]) for year in ("first", "last")]
    fields = [f"{_STRONGEST - edge['weight']:09d}", edge["source"], edge["target"], edge["type"], edge["status"]]
    fields += [str(facts) for facts in edge["status_facts"]] + years + list(edge["details"])
    return SEPARATOR.join(fields)


#: The statuses of an edge's facts, in the order :func:`line` keeps them.
_STATUSES = ("held", "planned", "proposed")


def edge_of(text: str) -> dict:
    """The edge the network draws from one of its texts (:func:`line`): the inverse of :func:`line`, with the facts
    of each status as the page reads them. queries/network.cypher sends the drawn edges as their texts, which
    the driver decodes faster than maps, and its rows are shaped with this (queries/shapes.py).

    >>> edge_of(line({"source": "x", "target": "y", "type": "activity", "weight": 3, "status": "held",
    ...               "status_facts": [2, 0, 1], "first": 2019, "last": None, "details": ["dialogue"]}))
    ... # doctest: +NORMALIZE_WHITESPACE
    {'source': 'x', 'target': 'y', 'type': 'activity', 'details': ['dialogue'], 'weight': 3, 'status': 'held',
     'statuses': [{'status': 'held', 'facts': 2}, {'status': 'proposed', 'facts': 1}], 'first': 2019, 'last': None}
    """
    f = text.split(SEPARATOR)
    facts = (int(f[5]), int(f[6]), int(f[7]))
    return {
        "source": f[1],
        "target": f[2],
        "type": f[3],
        "details": f[10:],
        "weight": _STRONGEST - int(f[0]),
        "status": f[4],
        "statuses": [{"status": status, "facts": n} for status, n in zip(_STATUSES, facts, strict=True) if n > 0],
        "first": int(f[8]) if f[8] else None,
        "last": int(f[9]) if f[9] else None,
    }


# The first branch of queries/network.cypher's ranking with its default filters: the same bodies in the same order.
_RANKINGS = """
UNWIND $combinations AS types
CALL (types) {
  MATCH (b:Mechanism|Organization) WHERE NOT coalesce(b.generic, false)
  WITH b, reduce(d = 0, type IN types | d + coalesce(b['degree_' + type], 0)) AS degree WHERE degree > 0
  WITH b, degree WHERE CASE WHEN b.tie_partners IS NULL THEN EXISTS {
      MATCH (b)-[t:TIE]-(p) WHERE t.type IN types AND NOT coalesce(p.generic, false) }
    ELSE any(kind IN [kind IN b.tie_partners | split(kind, '|')] WHERE kind[0] IN types AND kind[4] = 'false') END
  WITH b, degree ORDER BY degree DESC, b.id
  RETURN collect(b.id) AS ranked
}
RETURN types, ranked
"""
# The ties of a few bodies, out of them and into them.
_TIES = f"""
UNWIND $owners AS id
{ties.BODY}
MATCH (n)-[t:{ties.TIE}]-()
RETURN id AS owner, t.source AS source, t.target AS target, t.type AS type, t.weight AS weight, t.status AS status,
       t.status_facts AS status_facts, t.first AS first, t.last AS last, t.details AS details
"""
_WRITE = f"UNWIND $rows AS row WITH row, row.id AS id {ties.BODY} SET n += row.drawn"


class Rankings:
    """The bodies the network's default view draws, ranked, per combination of link types (:func:`network_key`),
    with each body's rank in each: an array per combination, not a dict per body and combination."""

    def __init__(self, ranked: dict[str, list[str]]) -> None:
        self.ranked = ranked
        self._numbers = {
            body: number for number, body in enumerate(sorted({b for ids in ranked.values() for b in ids}))
        }
        self._ranks: dict[str, array] = {}
        for name, ids in ranked.items():
            ranks = self._ranks[name] = array("i", [-1]) * (len(self._numbers) + 1)  # [-1]: a body outside all
            for rank, body in enumerate(ids):
                ranks[self._numbers[body]] = rank

    def rank(self, name: str, body: str) -> int:
        """The rank of ``body`` in the ranking ``name`` (0 first), or -1 outside it."""
        number = self._numbers.get(body)
        return -1 if number is None else self._ranks[name][number]

    def number(self, body: str) -> int:
        """Where ``body``'s rank is in each of :meth:`ranks` (-1, whose rank is -1, for a body outside all)."""
        return self._numbers.get(body, -1)

    def ranks(self, name: str) -> array:
        """The rank of each body (by :meth:`number`) in the ranking ``name``, -1 outside it; one more -1 at the end."""
        return self._ranks[name]


def rankings(tx) -> Rankings:
    """The rankings of the default view, read from the degrees and ties now stored in ``tx``."""
    chosen = [list(types) for types in _combinations()]
    return Rankings({network_key(row["types"]): row["ranked"] for row in tx.run(_RANKINGS, {"combinations": chosen})})


def _others(owner: str, edges: dict[tuple, dict]) -> Iterable[tuple[dict, str]]:
    """Each of ``owner``'s edges with its other end (the owner itself for a link from itself)."""
    for edge in edges.values():
        yield edge, edge["target"] if edge["source"] == owner else edge["source"]


def store_drawn(tx, ranked: Rankings, owners: list[str]) -> int:
    """Keep on each of ``owners`` its drawn edges for each combination of link types (:func:`drawn_key`), from the
    ties now stored in ``tx`` and the bodies ``ranked``; a few owners' ties read at once. How many texts."""
    combinations = [(network_key(types), drawn_key(types), set(types)) for types in _combinations()]
    written = 0
    for start in range(0, len(owners), _OWNERS):
        chunk = owners[start : start + _OWNERS]
        touching: dict[str, dict[tuple, dict]] = {owner: {} for owner in chunk}  # a body without ties keeps none
        for record in tx.run(_TIES, {"owners": chunk}):
            edge = record.data()
            touching[edge["owner"]][(edge["source"], edge["target"], edge["type"])] = edge
        rows = []
        for owner, unique in touching.items():
            # each edge's text and other end once, whichever combinations it is drawn in
            edges = [(edge["type"], ranked.number(other), line(edge)) for edge, other in _others(owner, unique)]
            drawn: dict[str, list[str] | None] = {}
            for name, key, types in combinations:
                ranks, mine = ranked.ranks(name), ranked.rank(name, owner)
                # the other end ranked first, or the owner itself (a link from itself)
                kept = [text for kind, other, text in edges if kind in types and 0 <= ranks[other] <= mine]
                kept = kept if mine >= 0 else []
                drawn[key] = sorted(kept) or None
                written += len(kept)
            rows.append({"id": owner, "drawn": drawn})
        tx.run(_WRITE, {"rows": rows}).consume()
    return written


def store_network_rankings(tx, ranked: Rankings | None = None) -> int:
    """Keep on the Meta node the default view's rankings (:func:`rankings`, read in ``tx`` unless given) and the
    version of the links the bodies' drawn edges are kept for; without ``ranked``, first keep every body's drawn edges in ``tx``
    (given, they were kept in batches before). How many rankings."""
    if ranked is None:
        ranked = rankings(tx)
        everyone = [row["id"] for row in tx.run("MATCH (b) WHERE b:Mechanism OR b:Organization RETURN b.id AS id")]
        store_drawn(tx, ranked, everyone)
    tx.run(
        # the version of the links they were drawn from: a later computation that keeps none leaves them unread
        "MERGE (m:Meta {id: 'analytics'}) SET m += $rankings, m.network_drawn = coalesce(m.version, 0)",
        {"rankings": ranked.ranked},
    ).consume()
    return len(ranked.ranked)
