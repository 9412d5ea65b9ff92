"""Reviewing candidate links: a person accepts or rejects what ingestion proposed.

A candidate stays apart from the facts (label ``Candidate``, its evidence with status
``candidate``) until it is accepted; then it becomes an ordinary fact with that evidence,
marked ``source: 'reviewed'`` so neither the seed loader nor a new ingestion removes it:
a joint activity becomes an Activity its bodies PARTICIPATED_IN, a cross-reference a
Reference with its direct REFERENCES link, a workplan owner a RESPONSIBLE_FOR link. A rejected
candidate is kept as rejected, so ingesting the document again does not propose it anew.

>>> [c["id"] for c in candidates(graph, status="candidate")][:1]      # doctest: +SKIP
['cand-3f2a9c01de']
>>> accept(graph, "cand-3f2a9c01de")                                   # doctest: +SKIP
'act-3f2a9c01de'
"""

from __future__ import annotations

from graph import links
from graph.connection import Graph, rows as run_rows
from graph.errors import MechGraphError
from registry import vocabulary
from loaders.documents.ingest import body_named

REVIEWED = "reviewed"
_FACT_LABEL = {"activity": "Activity", "reference": "Reference", "workplan_owner": "WorkplanItem"}
STATUSES = tuple(vocabulary.CANDIDATE_STATUSES)


def candidates(graph: Graph, status: str | None = "candidate", document: str | None = None,
               kind: str | None = None, limit: int | None = None) -> list[dict]:
    """Candidates with their bodies' names, oldest document first."""
    return graph.read(
        "MATCH (c:Candidate) WHERE ($status IS NULL OR c.status = $status) AND ($document IS NULL OR c.document = $document) "
        "AND ($kind IS NULL OR c.kind = $kind) "
        "OPTIONAL MATCH (c)-[i:INVOLVES]->(b) WITH c, i, b ORDER BY i.position "
        "WITH c, collect(b.id + ' (' + coalesce(b.name, b.id) + ')') AS bodies "
        "RETURN c.id AS id, c.status AS status, c.kind AS kind, c.detail AS detail, bodies, c.document AS document, "
        "c.locator AS locator, c.quote AS quote, c.item AS item, c.proposed AS proposed "
        "ORDER BY c.document, c.locator, c.id " + ("LIMIT $limit" if limit else ""),
        {"status": status, "document": document, "kind": kind, "limit": limit})


def _candidate(tx, candidate_id: str) -> dict:
    found = run_rows(tx, "MATCH (c:Candidate {id: $id}) RETURN properties(c) AS c", {"id": candidate_id})
    if not found:
        raise MechGraphError(f"no candidate {candidate_id!r}; `mechgraph review` lists them")
    return found[0]


def accept(graph: Graph, candidate_id: str, source: str | None = None, target: str | None = None) -> str:
    """Make candidate ``candidate_id`` a fact; the new fact's id. For a cross-reference, the
    citing and cited bodies default to the first two the sentence names, in order."""
    return graph.write_transaction(lambda tx: _accept(tx, candidate_id, source, target))


def _accept(tx, candidate_id: str, source: str | None, target: str | None) -> str:
    candidate = _candidate(tx, candidate_id)["c"]
    if candidate["status"] != "candidate":
        raise MechGraphError(f"candidate {candidate_id} is already {candidate['status']}")
    bodies = list(candidate["bodies"])
    suffix = candidate_id.removeprefix("cand-")
    if candidate["kind"] == "activity":
        fact = f"act-{suffix}"
        tx.run("CREATE (a:Activity {id: $id, kind: $kind, title: $title, status: $status, precision: 'unknown', source: $source})",
               {"id": fact, "kind": candidate["detail"], "title": candidate["quote"],
                "status": "proposed" if candidate.get("proposed") else "held", "source": REVIEWED}).consume()
        tx.run(f"UNWIND $bodies AS body {body_named('b', 'body')} "
               "MATCH (a:Activity {id: $id}) CREATE (b)-[:PARTICIPATED_IN {role: 'participant', source: $source}]->(a)",
               {"bodies": bodies, "id": fact, "source": REVIEWED}).consume()
    elif candidate["kind"] == "reference":
        source, target = source or bodies[0], target or next((b for b in bodies if b != (source or bodies[0])), None)
        if not target or source == target:
            raise MechGraphError(f"candidate {candidate_id}: give two different bodies with --from and --to")
        for body in (source, target):
            if not run_rows(tx, f"WITH $id AS id {body_named('b', 'id')} RETURN b.id AS id", {"id": body}):
                raise MechGraphError(f"unknown body {body!r}; `mechgraph resolve NAME` gives the id of a name")
        status = "recommended" if candidate.get("proposed") else "practice"
        fact = f"ref-{source}-{candidate['detail'].replace('_', '-')}-{target}-{status}-{suffix}"
        tx.run(f"WITH $source AS source, $target AS target {body_named('s', 'source')} {body_named('t', 'target')} "
               "CREATE (r:Reference {id: $id, kind: $kind, status: $status, source: $origin}) "
               "CREATE (s)-[:MAKES {source: $origin}]->(r)-[:ABOUT {source: $origin}]->(t) "
               "CREATE (s)-[:REFERENCES {kind: $kind, status: $status, reference: $id, source: $origin}]->(t)",
               {"source": source, "target": target, "id": fact, "kind": candidate["detail"], "status": status,
                "origin": REVIEWED}).consume()
    elif candidate["kind"] == "workplan_owner":
        fact = candidate["item"]
        tx.run(f"WITH $body AS body {body_named('b', 'body')} MATCH (w:WorkplanItem {{id: $item}}) "
               "CREATE (b)-[:RESPONSIBLE_FOR {role: $role, source: $source}]->(w)",
               {"body": bodies[0], "item": fact, "role": candidate["detail"], "source": REVIEWED}).consume()
    else:
        raise MechGraphError(f"candidate {candidate_id} has an unknown kind {candidate['kind']!r}")
    tx.run("MATCH (c:Candidate {id: $id}) SET c.status = 'accepted', c.decided_at = datetime() "
           f"WITH c MATCH (f:{_FACT_LABEL[candidate['kind']]} {{id: $fact}}) "
           "CREATE (c)-[:BECAME {source: $source}]->(f) "
           "WITH c, f MATCH (c)-[:EVIDENCED_BY]->(e:Evidence) SET e.status = 'accepted' "
           "CREATE (f)-[:EVIDENCED_BY {source: $source}]->(e)",
           {"id": candidate_id, "fact": fact, "source": REVIEWED}).consume()
    if candidate["kind"] in ("activity", "reference"):
        links.refresh(tx)
    return fact


def reject(graph: Graph, candidate_id: str) -> None:
    """Mark candidate ``candidate_id`` rejected; it is kept so it is not proposed again."""
    def work(tx):
        candidate = _candidate(tx, candidate_id)["c"]
        if candidate["status"] != "candidate":
            raise MechGraphError(f"candidate {candidate_id} is already {candidate['status']}")
        tx.run("MATCH (c:Candidate {id: $id}) SET c.status = 'rejected', c.decided_at = datetime() "
               "WITH c OPTIONAL MATCH (c)-[:EVIDENCED_BY]->(e:Evidence) SET e.status = 'rejected'",
               {"id": candidate_id}).consume()
    graph.write_transaction(work)
