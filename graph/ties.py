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
In a large graph each owner's links are read and summed a few owners at a time (:func:`store_ties`),
never all at once, so that :mod:`graph.analytics` remakes its ties in batches of owners, each its
own transaction, and the rankings below last (:func:`store_pairs`); a small graph's links are read
in one pass.

The same pass keeps the pairs of bodies ranked by the references one makes to the other (the
first :data:`PAIRS`, with their kinds: :func:`reference_pairs`) on the analytics Meta node, where
``who-cites-whom`` reads its unfiltered ranking while the figures are current, with the rankings
of one kind, status, system or region (:func:`filtered_pairs`); and, beside them,
the ``reference-matrix`` of the :data:`MATRIX` bodies that make and receive the most references, for
no kind or region and for each kind and region seen (:func:`reference_matrices`).

Each body keeps in ``tie_partners`` what the network's filters ask of the partners of its ties, one
text per link type and kind of partner (:func:`partner_kinds`): whether a body has a tie of the types
drawn to a body that the filters keep is then read from the body alone, not from its ties.

What the network's default view reads ready from the ties (its bodies ranked, each body's drawn edges) is kept by
:mod:`graph.network_view`.
"""

from __future__ import annotations

import heapq
import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable

# The module, not its names: graph.links imports graph.analytics, which imports this module.
from graph import links
from graph.progress import Progress, quiet

__all__ = [
    "TIE",
    "PER_KIND",
    "PAIRS",
    "MATRIX",
    "store",
    "store_ties",
    "store_pairs",
    "bodies",
    "edges_of",
    "reference_pairs",
    "filtered_pairs",
    "reference_matrices",
    "matrix_key",
    "partner_kinds",
    "BODY",
]

TIE = "TIE"
#: How many edges of each link type a body keeps: the most the network draws around it.
PER_KIND = 12
#: How many of the pairs that reference most are kept in their order (the citations page lists 500).
PAIRS = 500
#: How many bodies the kept reference matrices hold (the ``bodies`` parameter of ``reference-matrix``).
MATRIX = 40
_BATCH = 5000
#: Owners whose links one query reads: a few, so that only their links are held at once.
_OWNERS = 100
_STATUSES = ("held", "planned", "proposed")

_READ = (
    "MATCH (a)-[l:LINKED]->(b) RETURN a.id AS a, b.id AS b, l.type AS type, l.detail AS detail, "
    "l.year AS year, l.status AS status, l.fact_status AS fact_status, l.weight AS weight, l.via AS via, "
    "a:Mechanism AND b:Mechanism AS mechanisms"
)
_BODIES = (
    "MATCH (b) WHERE b:Mechanism OR b:Organization RETURN b.id AS id, b:Organization AS organization, "
    "coalesce(b.system, '') AS system, coalesce(b.region, '') AS region, coalesce(b.generic, false) AS generic"
)
#: Finds the body ``id`` (a mechanism or an organisation) as ``n``, by the index of each label.
BODY = "CALL (id) { MATCH (m:Mechanism {id: id}) RETURN m AS n UNION MATCH (o:Organization {id: id}) RETURN o AS n }"
# Each owner's links, out of it and into it (a link from itself once), as rows of edges_of.
_OWNED = f"""
UNWIND $owners AS id
{BODY}
CALL (n) {{
  MATCH (n)-[l:LINKED]->(b) RETURN n AS x, b AS y, l
  UNION ALL
  MATCH (n)<-[l:LINKED]-(b) WHERE b <> n RETURN b AS x, n AS y, l
}}
RETURN n.id AS owner, x.id AS a, y.id AS b, l.type AS type, l.detail AS detail, l.year AS year, l.status AS status,
       l.fact_status AS fact_status, l.weight AS weight, l.via AS via, x:Mechanism AND y:Mechanism AS mechanisms
"""
_REMOVE = f"UNWIND $owners AS id {BODY} MATCH (n)-[t:{TIE}]->() DELETE t"
_PARTNERS = f"UNWIND $rows AS row WITH row, row.id AS id {BODY} SET n.tie_partners = row.kinds"
_WRITE = f"""
UNWIND $rows AS row
WITH row, row.owner AS id {BODY}
WITH row, n AS owner, row.partner AS id {BODY}
CREATE (owner)-[t:{TIE}]->(n) SET t = row.edge
"""


def edges_of(rows: Iterable[dict], by_owner: bool = False) -> dict[tuple, dict]:
    """The edges the network draws, one per (source, target, link type), from ``LINKED`` rows; ``by_owner``: one per
    (owner, source, target, link type), from rows that name their ``owner``. Each row is summed in as it comes,
    and only the :data:`~graph.links.VIA` first facts of an edge are kept: the rows themselves are not held.

    >>> rows = [{"a": "x", "b": "y", "type": "activity", "detail": "visit", "year": 2019, "status": "held",
    ...          "weight": 2, "via": ["act-1", "act-2"]},
    ...         {"a": "x", "b": "y", "type": "activity", "detail": "dialogue", "year": 2021, "status": "proposed",
    ...          "weight": 1, "via": ["act-3"]}]
    >>> edge = edges_of(rows)[("x", "y", "activity")]
    >>> edge["weight"], edge["status"], edge["first"], edge["last"], edge["details"], edge["status_facts"]
    (3, 'held', 2019, 2021, ['dialogue', 'visit'], [2, 0, 1])
    """
    edges: dict[tuple, dict] = {}
    for link in rows:
        key = (link["a"], link["b"], link["type"])
        edge = edges.get((link["owner"], *key) if by_owner else key)
        if edge is None:
            edge = edges[(link["owner"], *key) if by_owner else key] = {
                "source": key[0], "target": key[1], "type": key[2], "weight": 0, "details": set(), "via": set(),
                "first": None, "last": None, "facts": dict.fromkeys(_STATUSES, 0),
            }  # fmt: skip
        edge["weight"] += link["weight"]
        edge["facts"][link["status"]] = edge["facts"].get(link["status"], 0) + link["weight"]
        if link["detail"] is not None:
            edge["details"].add(link["detail"])
        edge["via"].update(link["via"])
        if len(edge["via"]) > 4 * links.VIA:  # the first VIA of all are among the first VIA of these
            edge["via"] = set(sorted(edge["via"])[: links.VIA])
        if link["year"] is not None:
            edge["first"] = link["year"] if edge["first"] is None else min(edge["first"], link["year"])
            edge["last"] = link["year"] if edge["last"] is None else max(edge["last"], link["year"])
    for edge in edges.values():
        facts = edge.pop("facts")
        edge["status_facts"] = [facts[status] for status in _STATUSES]
        edge["status"] = next(status for status in _STATUSES if facts[status]) if edge["weight"] else "proposed"
        edge["details"] = sorted(edge["details"])
        edge["via"] = sorted(edge["via"])[: links.VIA]
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
        "reference_pair_total": len(pairs),
    }


def filtered_pairs(counts: dict[tuple[str, str, str, str], int], bodies: dict[str, dict]) -> dict:
    """The ``who-cites-whom`` rankings of one filter each (a kind, a status, a system or a region seen) as Meta
    properties ``pairs__{filter}__{value}_…`` (as :func:`reference_pairs` keeps the unfiltered one), from the
    references of each (source, target, kind, status) between two mechanisms and the bodies' systems and regions.

    >>> bodies = {"x": {"system": "UN", "region": "global"}, "y": {"system": "regional", "region": "africa"}}
    >>> found = filtered_pairs({("x", "y", "quotes", "practice"): 2, ("y", "x", None, "proposed"): 1}, bodies)
    >>> found["pairs__region__africa_sources"], found["pairs__status__proposed_kinds"], found["pairs__kind__quotes_total"]
    (['x', 'y'], [''], 1)
    """

    def passes(source: str, target: str, kind: str | None, status: str | None) -> list[tuple[str, str]]:
        one, other = bodies[source], bodies[target]
        passed = [("kind", kind), ("status", status), ("system", one["system"]), ("region", one["region"])]
        passed += [("system", other["system"])] if other["system"] != one["system"] else []
        passed += [("region", other["region"])] if other["region"] != one["region"] else []
        return [chosen for chosen in passed if chosen[1]]

    result: dict = {}
    for (name, value), ranked in sorted(_ranked_pairs(counts, passes).items()):
        result.update(_pair_properties(f"pairs__{name}__{value}", *ranked))
    return result


def _ranked_pairs(counts: dict[tuple[str, str, str, str], int], passes) -> dict:
    """For each filter that ``passes(source, target, kind, status)`` names, its first :data:`PAIRS` pairs of
    mechanisms as ``(-references, source, target, kinds)`` in ranking order, and how many pairs it has.

    One pair at a time (the counts sorted by pair), each filter keeping a bounded list: never a dict per pair and
    filter, which at 10^7 relationships held a million of them.
    """
    kept: dict = defaultdict(list)
    totals: dict = defaultdict(int)
    ordered = sorted(counts.items(), key=lambda item: (item[0][0], item[0][1]))
    for (source, target), group in itertools.groupby(ordered, key=lambda item: (item[0][0], item[0][1])):
        summed: dict = {}
        for (_source, _target, kind, status), weight in group:
            for chosen in passes(source, target, kind, status):
                found = summed.setdefault(chosen, [0, set()])
                found[0] += weight
                if kind is not None:
                    found[1].add(kind)
        for chosen, (weight, kinds) in summed.items():
            totals[chosen] += 1
            ranking = kept[chosen]
            ranking.append((-weight, source, target, kinds))
            if len(ranking) >= 4 * PAIRS:
                ranking[:] = heapq.nsmallest(PAIRS, ranking, key=lambda item: item[:3])
    return {
        chosen: (sorted(ranking, key=lambda item: item[:3])[:PAIRS], totals[chosen]) for chosen, ranking in kept.items()
    }


def _pair_properties(prefix: str, ranking: list[tuple], total: int) -> dict:
    """One ranking of :func:`_ranked_pairs` as the Meta properties of :func:`reference_pairs`, named ``prefix_…``."""
    edges = {
        (source, target, "references"): {
            "source": source,
            "target": target,
            "weight": -weight,
            "details": sorted(kinds),
        }
        for weight, source, target, kinds in ranking
    }
    found = {
        **reference_pairs(edges, {(source, target) for _weight, source, target, _kinds in ranking}),
        "reference_pair_total": total,
    }
    return {name.replace("reference_pair", prefix): value for name, value in found.items()}


def matrix_key(kind: str | None, region: str | None) -> str:
    """The prefix of the Meta properties holding one kept reference matrix.

    >>> matrix_key(None, "africa"), matrix_key("quotes", None)
    ('matrix__any__africa', 'matrix__quotes__any')
    """
    return f"matrix__{kind or 'any'}__{region or 'any'}"


def reference_matrices(counts: dict[tuple[str, str, str], int], regions: dict[str, str]) -> dict:
    """The ``reference-matrix`` answers, without a year, system or generic filter, for every kind and region (and
    neither) seen: from the references of each (source, target, kind) between two mechanisms and each body's region.

    Bodies are ranked by the references they make and receive within the filter (a pair of one body counted twice,
    as the query counts it), then by id; the cells are the pairs among the first :data:`MATRIX`, by source and target.

    >>> found = reference_matrices({("a", "b", "quotes"): 2, ("b", "c", "cites"): 1}, {"a": "africa", "b": "", "c": ""})
    >>> found["matrix__any__any__sources"], found["matrix__any__any__targets"], found["matrix__any__any__counts"]
    (['a', 'b'], ['b', 'c'], [2, 1])
    >>> found["matrix__cites__africa__sources"], found["matrix__quotes__africa__counts"]
    ([], [2])
    """
    kinds = sorted({kind for _source, _target, kind in counts if kind is not None})
    areas = sorted({regions.get(body, "") for pair in counts for body in pair[:2]} - {""})
    result: dict = {}
    for kind in [None, *kinds]:
        pairs: dict[tuple[str, str], int] = defaultdict(int)
        for (source, target, detail), weight in counts.items():
            if kind is None or detail == kind:
                pairs[(source, target)] += weight
        for region in [None, *areas]:
            chosen = {
                pair: weight
                for pair, weight in pairs.items()
                if region is None or region in (regions.get(pair[0]), regions.get(pair[1]))
            }
            totals: dict[str, int] = defaultdict(int)
            for (source, target), weight in chosen.items():
                totals[source] += weight
                totals[target] += weight
            top = set(sorted(totals, key=lambda body: (-totals[body], body))[:MATRIX])
            cells = sorted((pair, weight) for pair, weight in chosen.items() if pair[0] in top and pair[1] in top)
            prefix = matrix_key(kind, region)
            result[f"{prefix}__sources"] = [pair[0] for pair, _weight in cells]
            result[f"{prefix}__targets"] = [pair[1] for pair, _weight in cells]
            result[f"{prefix}__counts"] = [weight for _pair, weight in cells]
    return result


def partner_kinds(ties: Iterable[dict], bodies: dict[str, dict]) -> dict[str, list[str]]:
    """For each owner of ``ties``, what the network's filters ask of its tied partners, per link type: texts
    ``type|label|system|region|generic``, once each.

    >>> bodies = {"x": {"organization": False, "system": "UN", "region": "global", "generic": False},
    ...           "y": {"organization": True, "system": "", "region": "europe", "generic": False}}
    >>> partner_kinds([{"owner": "x", "partner": "y", "edge": {"type": "liaison"}}], bodies)
    {'x': ['liaison|Organization||europe|false']}
    """
    kinds: dict[str, set[str]] = defaultdict(set)
    for tie in ties:
        partner = bodies[tie["partner"]]
        label = "Organization" if partner["organization"] else "Mechanism"
        generic = "true" if partner["generic"] else "false"
        kinds[tie["owner"]].add(f"{tie['edge']['type']}|{label}|{partner['system']}|{partner['region']}|{generic}")
    return {owner: sorted(found) for owner, found in kinds.items()}


def bodies(tx) -> dict[str, dict]:
    """Every body, by id: ``organization``, ``system``, ``region``, ``generic`` (what ties and rankings ask of it)."""
    return {row["id"]: row for row in (record.data() for record in tx.run(_BODIES))}


def _owned(tx, owners: list[str], counts: Counter, whole: bool) -> Iterable[tuple[str, list[dict]]]:
    """Each owner's edges, out of it and into it, summed from its ``LINKED`` rows as they stream; the references the
    owners make to other mechanisms are added to ``counts``. ``whole`` (every body, a graph small enough for one
    transaction): every link in one read, each once; else a few owners at a time, never every link at once."""

    def rows(query: str, parameters: dict) -> Iterable[dict]:
        for record in tx.run(query, parameters):
            row = record.data()
            if row["mechanisms"] and row["type"] == "references" and row.get("owner", row["a"]) == row["a"]:
                counts[(row["a"], row["b"], row["detail"], row["fact_status"])] += row["weight"]
            yield row

    if whole:
        grouped: dict[str, list[dict]] = defaultdict(list)
        for edge in edges_of(rows(_READ, {})).values():
            grouped[edge["source"]].append(edge)
            if edge["target"] != edge["source"]:
                grouped[edge["target"]].append(edge)
        yield from grouped.items()
        return
    for start in range(0, len(owners), _OWNERS):
        grouped = defaultdict(list)
        for (owner, *_key), edge in edges_of(rows(_OWNED, {"owners": owners[start : start + _OWNERS]}), True).items():
            grouped[owner].append(edge)
        yield from grouped.items()


def _strength(edge: dict) -> tuple:
    return -edge["weight"], edge["source"], edge["target"]


def store_ties(tx, owners: list[str], known: dict[str, dict], counts: Counter, whole: bool = True) -> dict[str, int]:
    """Remake the ties of ``owners`` (and their ``tie_partners``), in ``tx``, from their links; add their references
    to other mechanisms to ``counts`` by (source, target, kind, status). ``whole``: the owners are every body, whose
    links are read in one pass and ties removed in one statement; else the links are read a few owners at a time
    and each owner's ties removed first. How many edges and ties.
    """
    tx.run(f"MATCH ()-[t:{TIE}]->() DELETE t" if whole else _REMOVE, {"owners": owners}).consume()
    ties: list[dict] = []
    partners: list[dict] = []
    found = {"edges": 0, "ties": 0}
    for owner, edges in _owned(tx, owners, counts, whole):
        found["edges"] += sum(1 for edge in edges if edge["source"] == owner)  # each edge once
        by_kind: dict[str, list[dict]] = defaultdict(list)
        for edge in edges:
            by_kind[edge["type"]].append(edge)
        kept = [
            {"owner": owner, "partner": edge["target"] if edge["source"] == owner else edge["source"], "edge": edge}
            for edges in by_kind.values()
            for edge in heapq.nsmallest(PER_KIND, edges, key=_strength)
        ]
        ties += kept
        partners += [{"id": body, "kinds": kinds} for body, kinds in partner_kinds(kept, known).items()]
        if len(ties) >= _BATCH:
            found["ties"] += _write(tx, ties, partners)
    found["ties"] += _write(tx, ties, partners)
    return found


def _write(tx, ties: list[dict], partners: list[dict]) -> int:
    """Write ``ties`` and the owners' kept ``partners``, and empty both lists; how many ties."""
    for start in range(0, len(ties), _BATCH):
        tx.run(_WRITE, {"rows": ties[start : start + _BATCH]}).consume()
    for start in range(0, len(partners), _BATCH):
        tx.run(_PARTNERS, {"rows": partners[start : start + _BATCH]}).consume()
    written = len(ties)
    ties.clear()
    partners.clear()
    return written


def store_pairs(tx, counts: Counter, known: dict[str, dict]) -> None:
    """Keep on the analytics Meta node the rankings of reference pairs and the reference matrices, from ``counts`` of
    the references between mechanisms (as :func:`store_ties` adds them up)."""
    by_kind: dict[tuple[str, str, str], int] = defaultdict(int)
    for (source, target, kind, _status), weight in counts.items():
        by_kind[(source, target, kind)] += weight
    matrices = reference_matrices(by_kind, {body: row["region"] for body, row in known.items()})
    del by_kind
    kept = tx.run("MATCH (m:Meta {id: 'analytics'}) RETURN keys(m) AS keys").single()
    # the matrices and rankings of kinds or regions no longer seen go: a kept one is a current one
    gone = {name: None for name in (kept["keys"] if kept else []) if name.startswith(("matrix__", "pairs__"))}
    ranked = _ranked_pairs(counts, lambda _source, _target, _kind, _status: [None]).get(None, ([], 0))
    pairs = {**_pair_properties("reference_pair", *ranked), **filtered_pairs(counts, known)}
    tx.run(
        "MERGE (m:Meta {id: 'analytics'}) SET m += $pairs, m.matrix_bodies = $bodies, m.reference_pairs_total = null",
        {"pairs": {**gone, **pairs, **matrices}, "bodies": MATRIX},
    ).consume()


def store(tx, progress: Progress = quiet) -> dict[str, int]:
    """Remake every body's ties from the links, in ``tx``, and the ranking of reference pairs on the analytics Meta
    node; how many edges and ties."""
    progress("  strongest links of each body…")
    known = bodies(tx)
    counts: Counter = Counter()  # the references between mechanisms by kind and status, as the owners go by
    found = store_ties(tx, list(known), known, counts)
    store_pairs(tx, counts, known)
    return found
