"""Body-to-body links, precomputed from the facts, for drawing and measuring the network.

Two bodies are linked when one references the other, when they took part in the same joint
activity or attended the same event, or when a focal point of one liaises with the other.
Finding these pairs means walking every activity and event, too slow to do at each view of
a large graph, so the loader keeps them as ``LINKED`` relationships, one per pair, link type,
detail (reference or activity kind), year and status, with the number of facts behind it
(``weight``) and the ids of the first of them (``via``), whose evidence the dashboard shows.
The status is the activities' own (held, planned, proposed); a reference is "held" when it is
in practice and "proposed" when a workplan only recommends or proposes it; events and
focal-point liaison are held.

``LINKED`` is derived, never curated: :func:`refresh` rebuilds it inside the transaction
that changed the facts, so it is never out of date, and exports leave it out.

>>> graph.read("MATCH (:Mechanism {id: 'iacthr'})-[l:LINKED]-(:Mechanism {id: 'iachr'}) "
...            "RETURN DISTINCT l.type AS type ORDER BY type")
[{'type': 'activity'}, {'type': 'event'}]
"""

from __future__ import annotations

from graph.connection import rows

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

_PAIRS = """
CALL () {
  MATCH (s:Mechanism)-[r:REFERENCES]->(t:Mechanism)
  RETURN s AS a, t AS b, 'references' AS type, r.kind AS detail, r.reference AS via, null AS year,
         CASE r.status WHEN 'practice' THEN 'held' ELSE 'proposed' END AS status
  UNION ALL
  MATCH (s:Mechanism|Organization)-[:PARTICIPATED_IN]->(x:Activity)<-[:PARTICIPATED_IN]-(t:Mechanism|Organization)
  WHERE s.id < t.id
  RETURN s AS a, t AS b, 'activity' AS type, x.kind AS detail, x.id AS via, toInteger(left(x.start, 4)) AS year,
         x.status AS status
  UNION ALL
  MATCH (s:Mechanism|Organization)-[:ATTENDED]->(x:Event)<-[:ATTENDED]-(t:Mechanism|Organization)
  WHERE s.id < t.id
  RETURN s AS a, t AS b, 'event' AS type, x.kind AS detail, x.id AS via, toInteger(left(x.start, 4)) AS year,
         'held' AS status
  UNION ALL
  MATCH (s:Mechanism|Organization)<-[:FOCAL_POINT_OF]-(f:FocalPoint)-[:LIAISES_WITH]->(o)
  OPTIONAL MATCH (o)-[:FOCAL_POINT_OF]->(ob)
  WITH s, f, coalesce(ob, o) AS t
  WHERE s <> t
  RETURN s AS a, t AS b, 'liaison' AS type, null AS detail, f.id AS via, null AS year, 'held' AS status
}
WITH a, b, type, detail, year, status, collect(DISTINCT via) AS via, count(*) AS weight
CREATE (a)-[:LINKED {type: type, detail: detail, year: year, status: status, weight: weight, via: via[..$keep]}]->(b)
RETURN count(*) AS links
"""


def refresh(tx) -> int:
    """Rebuild every ``LINKED`` relationship from the facts now in the graph; how many."""
    tx.run(f"MATCH ()-[l:{LINKED}]->() DELETE l").consume()
    return rows(tx, _PAIRS, {"keep": VIA})[0]["links"]
