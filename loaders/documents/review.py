"""Reviewing candidate links: a person accepts or rejects what ingestion proposed.

A candidate stays apart from the facts (label ``Candidate``, its evidence with status
``candidate``) until it is accepted; then it becomes an ordinary fact with that evidence,
marked ``source: 'reviewed'`` so neither the seed loader nor a new ingestion removes it:
a joint activity becomes an Activity its bodies PARTICIPATED_IN (IN_COUNTRY the country its
sentence names), a cross-reference a
Reference with its direct REFERENCES link, a workplan owner a RESPONSIBLE_FOR link. A rejected
candidate is kept as rejected, so ingesting the document again does not propose it anew.
The candidates are listed by the catalogue's ``candidates`` query (``mechgraph review``).
"""

from __future__ import annotations

from graph import links, writer
from graph.connection import Graph
from graph.connection import rows as run_rows
from graph.errors import MechGraphError
from loaders.documents.candidates import ACTIVITY, REFERENCE, WORKPLAN_OWNER
from loaders.documents.countries import country_name
from loaders.writing import body_named

__all__ = ["accept", "reject", "REVIEWED"]

#: The ``source`` of a fact a person accepted.
REVIEWED = "reviewed"
_FACT_LABEL = {ACTIVITY: "Activity", REFERENCE: "Reference", WORKPLAN_OWNER: "WorkplanItem"}


def _candidate(tx, candidate_id: str) -> dict:
    """The properties of an open candidate; an error if there is none, or it is already decided."""
    found = run_rows(tx, "MATCH (c:Candidate {id: $id}) RETURN properties(c) AS c", {"id": candidate_id})
    if not found:
        raise MechGraphError(f"no candidate {candidate_id!r}; `mechgraph review` lists them")
    candidate = found[0]["c"]
    if candidate["status"] != "candidate":
        raise MechGraphError(f"candidate {candidate_id} is already {candidate['status']}")
    return candidate


def accept(graph: Graph, candidate_id: str, source: str | None = None, target: str | None = None) -> str:
    """Make candidate ``candidate_id`` a fact; the new fact's id. For a cross-reference, the
    citing and cited bodies default to the first two the sentence names, in order."""
    return writer.exclusive(
        graph,
        lambda tx, _progress: _accept(tx, candidate_id, source, target),
        task=f"a review accepting {candidate_id}",
    )


def _accept(tx, candidate_id: str, source: str | None, target: str | None) -> str:
    candidate = _candidate(tx, candidate_id)
    suffix = candidate_id.removeprefix("cand-")
    if candidate["kind"] == ACTIVITY:
        fact = _accept_activity(tx, candidate, suffix)
    elif candidate["kind"] == REFERENCE:
        fact = _accept_reference(tx, candidate, suffix, source, target)
    elif candidate["kind"] == WORKPLAN_OWNER:
        fact = _accept_owner(tx, candidate)
    else:
        raise MechGraphError(f"candidate {candidate_id} has an unknown kind {candidate['kind']!r}")
    tx.run(
        "MATCH (c:Candidate {id: $id}) SET c.status = 'accepted', c.decided_at = datetime() "
        f"WITH c MATCH (f:{_FACT_LABEL[candidate['kind']]} {{id: $fact}}) "
        "CREATE (c)-[:BECAME {source: $source}]->(f) "
        "WITH c, f MATCH (c)-[:EVIDENCED_BY]->(e:Evidence) SET e.status = 'accepted' "
        "CREATE (f)-[:EVIDENCED_BY {source: $source}]->(e)",
        {"id": candidate_id, "fact": fact, "source": REVIEWED},
    ).consume()
    if candidate["kind"] in (ACTIVITY, REFERENCE):
        links.refresh(tx)
    return fact


def _accept_activity(tx, candidate: dict, suffix: str) -> str:
    """A joint Activity its bodies PARTICIPATED_IN: held, or proposed if the sentence proposes it."""
    fact = f"act-{suffix}"
    tx.run(
        "CREATE (a:Activity {id: $id, kind: $kind, title: $title, status: $status, precision: 'unknown', "
        "source: $source})",
        {
            "id": fact,
            "kind": candidate["detail"],
            "title": candidate["quote"],
            "status": "proposed" if candidate.get("proposed") else "held",
            "source": REVIEWED,
        },
    ).consume()
    tx.run(
        f"UNWIND $bodies AS body {body_named('b', 'body')} "
        "MATCH (a:Activity {id: $id}) CREATE (b)-[:PARTICIPATED_IN {role: 'participant', source: $source}]->(a)",
        {"bodies": list(candidate["bodies"]), "id": fact, "source": REVIEWED},
    ).consume()
    if candidate.get("country"):
        # the country the sentence names; a Country node is ISO reference data, made once
        tx.run(
            "MATCH (a:Activity {id: $id}) MERGE (c:Country {id: toLower($code)}) "
            "ON CREATE SET c.code = $code, c.name = $name, c.source = $source "
            "CREATE (a)-[:IN_COUNTRY {source: $source}]->(c)",
            {"id": fact, "code": candidate["country"], "name": country_name(candidate["country"]), "source": REVIEWED},
        ).consume()
    return fact


def _accept_reference(tx, candidate: dict, suffix: str, source: str | None, target: str | None) -> str:
    """A Reference from ``source`` to ``target`` (by default the first two bodies named), with its
    REFERENCES link: recommended if the sentence proposes it, else in practice."""
    bodies = list(candidate["bodies"])
    source, target = source or bodies[0], target or next((b for b in bodies if b != (source or bodies[0])), None)
    if not target or source == target:
        raise MechGraphError(f"candidate {candidate['id']}: give two different bodies with --from and --to")
    for body in (source, target):
        if not run_rows(tx, f"WITH $id AS id {body_named('b', 'id')} RETURN b.id AS id", {"id": body}):
            raise MechGraphError(f"unknown body {body!r}; `mechgraph resolve NAME` gives the id of a name")
    status = "recommended" if candidate.get("proposed") else "practice"
    fact = f"ref-{source}-{candidate['detail'].replace('_', '-')}-{target}-{status}-{suffix}"
    tx.run(
        f"WITH $source AS source, $target AS target {body_named('s', 'source')} {body_named('t', 'target')} "
        "CREATE (r:Reference {id: $id, kind: $kind, status: $status, source: $origin}) "
        "CREATE (s)-[:MAKES {source: $origin}]->(r)-[:ABOUT {source: $origin}]->(t) "
        "CREATE (s)-[:REFERENCES {kind: $kind, status: $status, reference: $id, source: $origin}]->(t)",
        {
            "source": source,
            "target": target,
            "id": fact,
            "kind": candidate["detail"],
            "status": status,
            "origin": REVIEWED,
        },
    ).consume()
    return fact


def _accept_owner(tx, candidate: dict) -> str:
    """A RESPONSIBLE_FOR link from the owner to the curated workplan item, with the role stated."""
    fact = candidate["item"]
    tx.run(
        f"WITH $body AS body {body_named('b', 'body')} MATCH (w:WorkplanItem {{id: $item}}) "
        "CREATE (b)-[:RESPONSIBLE_FOR {role: $role, source: $source}]->(w)",
        {"body": candidate["bodies"][0], "item": fact, "role": candidate["detail"], "source": REVIEWED},
    ).consume()
    return fact


def reject(graph: Graph, candidate_id: str) -> None:
    """Mark candidate ``candidate_id`` rejected; it is kept so it is not proposed again."""

    def work(tx, _progress):
        _candidate(tx, candidate_id)
        tx.run(
            "MATCH (c:Candidate {id: $id}) SET c.status = 'rejected', c.decided_at = datetime() "
            "WITH c OPTIONAL MATCH (c)-[:EVIDENCED_BY]->(e:Evidence) SET e.status = 'rejected'",
            {"id": candidate_id},
        ).consume()

    writer.exclusive(graph, work, task=f"a review rejecting {candidate_id}")
