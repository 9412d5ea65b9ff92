"""Body-to-body links, precomputed from the facts, for drawing and measuring the network.

Two bodies are linked when one references the other, when they took part in the same joint
activity or attended the same event, or when a focal point of one liaises with the other.
Finding these pairs means walking every activity and event, too slow to do at each view of
a large graph, so the loader keeps them as ``LINKED`` relationships, one per pair, link type,
detail (reference or activity kind), year, status and the facts' own status, with the number
of facts behind it (``weight``) and the ids of the first of them in id order (``via``), whose evidence the
dashboard shows. The status is the activities' own (held, planned, proposed); a reference is
"held" when it is in practice and "proposed" when a workplan only recommends or proposes it;
events and focal-point liaison are held. ``fact_status`` keeps the facts' own word (a
reference's practice, recommended or proposed). The year is the one an activity or an event
starts in, or that of the first document stating a reference; liaison has none.

``LINKED`` is derived, never curated: it changes inside the transaction that changed the facts,
so it is never out of date, and exports leave it out. A change touches only what it changes.
One fact a person accepts or withdraws (a joint activity or a reference) is counted in or out
of the few links it makes (:func:`count_in`, :func:`count_out`): between hubs, whose pairs
have thousands of facts, recomputing those links from all their facts is what took the time.
A changed seed row rebuilds every link of its bodies (:func:`refresh`); rebuilding every link
can also go in bounded parts, by the bodies links start from (a partition of the whole).
Either way the links are exactly those a whole rebuild makes.

>>> graph.read("MATCH (:Mechanism {id: 'iacthr'})-[l:LINKED]-(:Mechanism {id: 'iachr'}) "
...            "RETURN DISTINCT l.type AS type ORDER BY type")
[{'type': 'activity'}, {'type': 'event'}]
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Iterable

from graph import analytics
from graph.connection import rows

__all__ = ["LINKED", "LINK_TYPES", "VIA", "refresh", "count_in", "count_out"]

LINKED = "LINKED"
#: The link types the query below writes, with the words a person reads (registry.vocabulary
#: lists them with the other vocabularies).
LINK_TYPES = {
    "references": "references",
    "activity": "joint activity",
    "event": "met at an event",
    "liaison": "focal-point liaison",
}
#: How many fact ids a link keeps in ``via`` (the weight still counts them all).
VIA = 25

# The facts linking body x to another body y, one row per fact: first those where x is the
# link's start (a), then those where x is its end (b). Activities and events link each pair
# once, from the body with the smaller id. With y already bound (a pair), each pattern is a
# check between two known bodies; without it, y is every partner of x.
# The year of a reference: that of the first document stating it, found from the reference itself.
_DATED = (
    "CALL (r) { MATCH (fact:Reference {id: r.reference})-[:EVIDENCED_BY]->(:Evidence)-[:FROM]->(d:Document) "
    "RETURN min(toInteger(left(d.date, 4))) AS year }"
)
_REFERENCE = (
    "'references' AS type, r.kind AS detail, r.reference AS via, year, "
    "CASE r.status WHEN 'practice' THEN 'held' ELSE 'proposed' END AS status, r.status AS fact_status"
)
_ACTIVITY = (
    "'activity' AS type, act.kind AS detail, act.id AS via, toInteger(left(act.start, 4)) AS year, "
    "act.status AS status, act.status AS fact_status"
)
_EVENT = (
    "'event' AS type, e.kind AS detail, e.id AS via, toInteger(left(e.start, 4)) AS year, "
    "'held' AS status, 'held' AS fact_status"
)
_LIAISON = "'liaison' AS type, null AS detail, f.id AS via, null AS year, 'held' AS status, 'held' AS fact_status"
_BODY = "Mechanism|Organization"

_AS_START = f"""
  MATCH (x)-[r:REFERENCES]->(y:{_BODY}) @refkind {_DATED}
  RETURN x AS a, y AS b, {_REFERENCE}
  UNION ALL
  MATCH (x)-[:PARTICIPATED_IN]->(act:Activity)<-[:PARTICIPATED_IN]-(y:{_BODY}) WHERE x.id < y.id @act
  RETURN x AS a, y AS b, {_ACTIVITY}
  UNION ALL
  MATCH (x)-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(y:{_BODY}) WHERE x.id < y.id
  RETURN x AS a, y AS b, {_EVENT}
  UNION ALL
  MATCH (x)<-[:FOCAL_POINT_OF]-(f:FocalPoint)-[:LIAISES_WITH]->(o)
  OPTIONAL MATCH (o)-[:FOCAL_POINT_OF]->(ob)
  WITH @carry, f, coalesce(ob, o) AS other WHERE other <> x @other
  RETURN x AS a, other AS b, {_LIAISON}"""

_AS_END = f"""
  UNION ALL
  MATCH (y:{_BODY})-[r:REFERENCES]->(x) @where {_DATED}
  RETURN y AS a, x AS b, {_REFERENCE}
  UNION ALL
  MATCH (x)-[:PARTICIPATED_IN]->(act:Activity)<-[:PARTICIPATED_IN]-(y:{_BODY}) WHERE y.id < x.id @also @act
  RETURN y AS a, x AS b, {_ACTIVITY}
  UNION ALL
  MATCH (x)-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(y:{_BODY}) WHERE y.id < x.id @also
  RETURN y AS a, x AS b, {_EVENT}
  UNION ALL
  MATCH (y:{_BODY})<-[:FOCAL_POINT_OF]-(f:FocalPoint)-[:LIAISES_WITH]->(x) WHERE y <> x @also
  RETURN y AS a, x AS b, {_LIAISON}
  UNION ALL
  MATCH (y:{_BODY})<-[:FOCAL_POINT_OF]-(f:FocalPoint)-[:LIAISES_WITH]->(:FocalPoint)-[:FOCAL_POINT_OF]->(x)
  WHERE y <> x @also
  RETURN y AS a, x AS b, {_LIAISON}"""

_CREATE = """
WITH a, b, type, detail, year, status, fact_status, via ORDER BY via
WITH a, b, type, detail, year, status, fact_status, collect(DISTINCT via) AS via
CREATE (a)-[:LINKED {type: type, detail: detail, year: year, status: status, fact_status: fact_status,
                     weight: size(via), via: via[..$keep]}]->(b)
RETURN count(*) AS links
"""

# The bodies given by id (a body is a Mechanism or an Organization: two index lookups).
_ANCHORS = """
UNWIND $ids AS id
CALL (id) { MATCH (m:Mechanism {id: id}) RETURN m AS x UNION MATCH (o:Organization {id: id}) RETURN o AS x }
"""
_PAIRS = """
UNWIND $pairs AS pair
CALL (pair) { MATCH (m:Mechanism {id: pair[0]}) RETURN m AS x UNION MATCH (o:Organization {id: pair[0]}) RETURN o AS x }
CALL (pair) { MATCH (m:Mechanism {id: pair[1]}) RETURN m AS y UNION MATCH (o:Organization {id: pair[1]}) RETURN o AS y }
"""


def _facts(scope: str, types: Collection[str] = tuple(LINK_TYPES), detail: bool = False) -> str:
    """The rows of facts for the anchors ``x`` (and, for pairs, their partners ``y``), of ``types``
    (and, with ``detail``, of the reference or activity kind ``$detail`` only)."""
    paired = scope == "pairs"  # y is known: each pattern only checks it
    start = _AS_START.replace("@carry", "x, y" if paired else "x").replace("@other", "AND other = y" if paired else "")
    end = "" if scope == "starts" else _AS_END
    # Touching given bodies, a link between two of them is made once, from its start.
    end = end.replace("@where", "WHERE NOT y.id IN $ids" if scope == "touching" else "@refkind")
    end = end.replace("@also", "AND NOT y.id IN $ids" if scope == "touching" else "")
    text = (start + end).replace("@refkind", "WHERE r.kind = $detail" if detail else "")
    text = text.replace("@act", "AND act.kind = $detail" if detail else "")
    parts = [part for part in text.split("UNION ALL") if any(f"'{kind}' AS type" in part for kind in types)]
    return f"CALL ({'x, y' if paired else 'x'}) {{{'UNION ALL'.join(parts)}\n}}"


_ALL = f"MATCH (x:{_BODY})\n{_facts('starts')}{_CREATE}"
_STARTS = f"{_ANCHORS}{_facts('starts')}{_CREATE}"
_TOUCHING = f"{_ANCHORS}{_facts('touching')}{_CREATE}"

_DELETE_ALL = f"MATCH ()-[l:{LINKED}]->() DELETE l"
_DELETE_STARTS = f"{_ANCHORS}MATCH (x)-[l:{LINKED}]->() DELETE l"
_DELETE_TOUCHING = f"{_ANCHORS}MATCH (x)-[l:{LINKED}]-() DELETE l"
_DELETE_BETWEEN = (
    f"{_PAIRS}MATCH (x)-[l:{LINKED}]-(y) WHERE l.type IN $types AND ($detail IS NULL OR l.detail = $detail) DELETE l"
)


def refresh(
    tx,
    bodies: Collection[str] | None = None,
    starts: Collection[str] | None = None,
    pairs: Iterable[Iterable[str]] | None = None,
    types: Collection[str] = tuple(LINK_TYPES),
    detail: str | None = None,
) -> int:
    """Rebuild ``LINKED`` from the facts now in the graph, and say how many links were made.

    With no argument, every link. With ``bodies`` (ids), every link with an end among them;
    with ``starts``, every link that starts from one of them; with ``pairs`` of ids, the links
    between the two bodies of each pair, of the link ``types`` only, and of one reference or
    activity kind when ``detail`` is given (a reviewed reference changes only the links of its
    kind between its two bodies). A change of facts refreshes the bodies
    or pairs it touches; the result is the same as rebuilding every link.
    """
    made = _rebuild(tx, bodies, starts, pairs, types, detail)
    analytics.mark_stale(tx)  # the figures computed from the links are out of date until computed again
    return made


def _rebuild(tx, bodies, starts, pairs, types, detail) -> int:
    if pairs is not None:
        return _rebuild_pairs(tx, pairs, types, detail)
    if bodies is not None or starts is not None:
        ids = sorted(set(bodies if bodies is not None else starts))
        if not ids:
            return 0
        deleting, making = (_DELETE_TOUCHING, _TOUCHING) if bodies is not None else (_DELETE_STARTS, _STARTS)
        tx.run(deleting, {"ids": ids}).consume()
        return rows(tx, making, {"ids": ids, "keep": VIA})[0]["links"]
    tx.run(_DELETE_ALL).consume()
    return rows(tx, _ALL, {"keep": VIA})[0]["links"]


@functools.cache
def _between(types: tuple[str, ...], detail: bool) -> str:
    # ``$gone``: facts still in the graph that the links no longer count (they are being withdrawn).
    return f"{_PAIRS}{_facts('pairs', types, detail)}\nWITH * WHERE NOT via IN $gone{_CREATE}"


def _rebuild_pairs(tx, pairs, types, detail, gone: Collection[str] = ()) -> int:
    unique = sorted({tuple(sorted(pair)) for pair in pairs if len(set(pair)) == 2})
    if not unique:
        return 0
    given = {"pairs": unique, "types": list(types), "detail": detail}
    tx.run(_DELETE_BETWEEN, given).consume()
    made = rows(tx, _between(tuple(sorted(types)), detail is not None), {**given, "keep": VIA, "gone": list(gone)})
    return made[0]["links"]


# -- one fact at a time ------------------------------------------------------------------------------------

# The links the given facts (joint activities or references, by id) count in, with those facts in id
# order: the rows a rebuild finds for them, grouped by link. A reference is found from the body that
# makes it and the one it is about (its REFERENCES link lies between them), not among all the links
# of a busy body. ``l`` is the link as it stands, if there is one.
_KEY = ("detail", "year", "status", "fact_status")
_SAME = " AND ".join(f"(l.{key} = {key} OR (l.{key} IS NULL AND {key} IS NULL))" for key in _KEY)
_OF_FACTS = f"""
UNWIND $facts AS fact
CALL (fact) {{
  MATCH (x:{_BODY})-[:PARTICIPATED_IN]->(act:Activity {{id: fact}})<-[:PARTICIPATED_IN]-(y:{_BODY}) WHERE x.id < y.id
  RETURN x AS a, y AS b, {_ACTIVITY}
  UNION ALL
  MATCH (x:{_BODY})-[:MAKES]->(:Reference {{id: fact}})-[:ABOUT]->(y:{_BODY})
  MATCH (x)-[r:REFERENCES]->(y) WHERE r.reference = fact {_DATED}
  RETURN x AS a, y AS b, {_REFERENCE}
}}
WITH a, b, type, detail, year, status, fact_status, via ORDER BY via
WITH a, b, type, detail, year, status, fact_status, collect(DISTINCT via) AS facts
OPTIONAL MATCH (a)-[l:{LINKED}]->(b) WHERE l.type = type AND {_SAME}
"""
# A link is made, or its weight grows and its ``via`` takes the new ids in their place.
# (FOREACH, as MERGE cannot match a null year.)
_COUNT_IN = f"""{_OF_FACTS}
WITH a, b, type, detail, year, status, fact_status, l, coalesce(l.weight, 0) + size(facts) AS weight,
     COLLECT {{ UNWIND coalesce(l.via, []) + facts AS id WITH DISTINCT id RETURN id ORDER BY id LIMIT $keep }} AS via
FOREACH (_ IN CASE WHEN l IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[:{LINKED} {{type: type, detail: detail, year: year, status: status, fact_status: fact_status,
                          weight: weight, via: via}}]->(b))
FOREACH (_ IN CASE WHEN l IS NULL THEN [] ELSE [1] END | SET l.weight = weight, l.via = via)
RETURN count(*) AS links
"""
# A link loses the facts' weight, and goes with the last of them. One that lost ids from ``via`` while
# facts beyond it remain is said, to be rebuilt: ``via`` keeps only the first ids.
_COUNT_OUT = f"""{_OF_FACTS}
WITH a, b, type, detail, l, l.weight - size(facts) AS weight, [id IN l.via WHERE NOT id IN facts] AS via,
     size(l.via) AS kept
WHERE l IS NOT NULL
FOREACH (_ IN CASE WHEN weight > 0 THEN [] ELSE [1] END | DELETE l)
FOREACH (_ IN CASE WHEN weight > 0 THEN [1] ELSE [] END | SET l.weight = weight, l.via = via)
WITH a, b, type, detail, weight, via, kept WHERE size(via) < kept AND size(via) < weight
RETURN a.id AS a, b.id AS b, type, detail
"""


def count_in(tx, facts: Collection[str]) -> int:
    """Count new facts (joint activities or references, by id, just written) in the links they make,
    and say how many links were made or changed. The links are then what a whole rebuild makes."""
    if not facts:
        return 0
    changed = rows(tx, _COUNT_IN, {"facts": sorted(set(facts)), "keep": VIA})[0]["links"]
    analytics.mark_stale(tx)
    return changed


def count_out(tx, facts: Collection[str]) -> None:
    """Count facts (joint activities or references, by id) out of the links they make, before they
    are deleted in the same transaction: the links are then what a whole rebuild makes without them."""
    if not facts:
        return
    gone = sorted(set(facts))
    remade: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for row in rows(tx, _COUNT_OUT, {"facts": gone}):
        remade.setdefault((row["type"], row["detail"]), []).append((row["a"], row["b"]))
    for (kind, detail), pairs in remade.items():
        _rebuild_pairs(tx, pairs, [kind], detail, gone)
    analytics.mark_stale(tx)
