"""Reviewing candidate links: a person accepts or rejects what ingestion proposed.

A candidate stays apart from the facts (label ``Candidate``, its evidence with status
``candidate``) until it is accepted; then it becomes an ordinary fact with that evidence,
marked ``source: 'reviewed'`` so neither the seed loader nor a new ingestion removes it:
a joint activity becomes an Activity its bodies PARTICIPATED_IN (IN_COUNTRY the country its
sentence names), a cross-reference a
Reference with its direct REFERENCES link, a workplan owner a RESPONSIBLE_FOR link. A rejected
candidate is kept as rejected, so ingesting the document again does not propose it anew. An
accepted or rejected candidate can be withdrawn: it is a candidate again, and the fact it
became is gone. The candidates are listed by the catalogue's ``candidates`` query (``mechgraph review``).

A person may edit a candidate as they accept it: another kind (of activity or reference) or
owner's role (``detail``, a value of the kind's vocabulary in ``candidates.DETAILS``), other
bodies (the participants of an activity, the owner of a workplan item), another direction of a
cross-reference (``source`` cites ``target``). The decision row keeps what was chosen, so a
replay gives the same fact.

Given a seed folder, every decision is first written to its decisions file
(:mod:`loaders.documents.decisions`), which :func:`replay` applies again to a new graph.
"""

from __future__ import annotations

from pathlib import Path

from graph import links, writer
from graph.connection import Graph
from graph.connection import rows as run_rows
from graph.errors import MechGraphError
from loaders.documents import decisions as decision_file
from loaders.documents.candidates import ACTIVITY, DETAILS, REFERENCE, WORKPLAN_OWNER
from loaders.documents.countries import country_name
from loaders.documents.decisions import Decision, Replay
from loaders.writing import body_named

__all__ = ["accept", "reject", "withdraw", "replay", "replay_file", "REVIEWED"]

#: The ``source`` of a fact a person accepted.
REVIEWED = "reviewed"
_FACT_LABEL = {ACTIVITY: "Activity", REFERENCE: "Reference", WORKPLAN_OWNER: "WorkplanItem"}


def _found(tx, candidate_id: str) -> dict | None:
    found = run_rows(tx, "MATCH (c:Candidate {id: $id}) RETURN properties(c) AS c", {"id": candidate_id})
    return found[0]["c"] if found else None


def _candidate(tx, candidate_id: str, status: str = "candidate") -> dict:
    """The properties of a candidate in ``status``; an error if there is none, or it is in another."""
    candidate = _found(tx, candidate_id)
    if candidate is None:
        raise MechGraphError(f"no candidate {candidate_id!r}; `mechgraph review` lists them")
    if status == "decided" and candidate["status"] == "candidate":
        raise MechGraphError(f"candidate {candidate_id} is not decided; there is nothing to withdraw")
    if status == "candidate" and candidate["status"] != "candidate":
        raise MechGraphError(f"candidate {candidate_id} is already {candidate['status']}")
    return candidate


def _record(
    seeds: Path | None, action: str, candidate: dict, source=None, target=None, detail=None, bodies=None
) -> None:
    if seeds is not None:
        decision_file.record(
            seeds,
            Decision(
                action,
                candidate["id"],
                decision_file.now(),
                candidate["kind"],
                candidate["document"],
                candidate["locator"],
                candidate["quote"],
                source,
                target,
                detail,
                tuple(bodies) if bodies else None,
            ),
        )


def accept(
    graph: Graph,
    candidate_id: str,
    source: str | None = None,
    target: str | None = None,
    seeds: Path | None = None,
    detail: str | None = None,
    bodies: list[str] | None = None,
) -> str:
    """Make candidate ``candidate_id`` a fact; the new fact's id. For a cross-reference, the
    citing and cited bodies default to the first two the sentence names, in order. ``detail``
    and ``bodies``, when given, replace the proposed kind (or role) and bodies. With ``seeds``,
    the decision is first written to that folder's decisions file."""

    def work(tx, _progress):
        fact, chosen = _accept(tx, _candidate(tx, candidate_id), source, target, detail, bodies)
        if seeds is not None:
            _record(seeds, "accept", _found(tx, candidate_id), *chosen, detail, bodies)
        return fact

    return writer.exclusive(graph, work, task=f"a review accepting {candidate_id}")


def _accept(
    tx,
    candidate: dict,
    source: str | None,
    target: str | None,
    detail: str | None = None,
    bodies: list[str] | tuple[str, ...] | None = None,
) -> tuple[str, tuple]:
    """The fact ``candidate`` becomes, and the (citing, cited) bodies chosen for a cross-reference."""
    candidate_id = candidate["id"]
    candidate = _edited(tx, candidate, detail, bodies)
    suffix = candidate_id.removeprefix("cand-")
    chosen = (None, None)
    if candidate["kind"] == ACTIVITY:
        fact = _accept_activity(tx, candidate, suffix)
    elif candidate["kind"] == REFERENCE:
        fact, chosen = _accept_reference(tx, candidate, suffix, source, target)
    elif candidate["kind"] == WORKPLAN_OWNER:
        fact = _accept_owner(tx, candidate)
    else:
        raise MechGraphError(f"candidate {candidate_id} has an unknown kind {candidate['kind']!r}")
    # What it became (kind and bodies, as chosen) stays on the candidate, to show it and to withdraw it.
    tx.run(
        "MATCH (c:Candidate {id: $id}) SET c.status = 'accepted', c.decided_at = datetime(), "
        "c.accepted_detail = $detail, c.accepted_bodies = $bodies "
        f"WITH c MATCH (f:{_FACT_LABEL[candidate['kind']]} {{id: $fact}}) "
        "CREATE (c)-[:BECAME {source: $source}]->(f) "
        "WITH c, f MATCH (c)-[:EVIDENCED_BY]->(e:Evidence) SET e.status = 'accepted' "
        "CREATE (f)-[:EVIDENCED_BY {source: $source}]->(e)",
        {
            "id": candidate_id,
            "fact": fact,
            "source": REVIEWED,
            "detail": candidate["detail"],
            "bodies": list(chosen) if candidate["kind"] == REFERENCE else candidate["bodies"],
        },
    ).consume()
    if candidate["kind"] in (ACTIVITY, REFERENCE):
        links.count_in(tx, [fact])  # the links between its bodies: one more fact behind each
    return fact, chosen


def _edited(tx, candidate: dict, detail: str | None, bodies) -> dict:
    """``candidate`` with the kind (or role) and bodies a person chose instead of the proposed ones, checked."""
    kind = candidate["kind"]
    if detail is not None and kind in DETAILS and detail not in DETAILS[kind]:
        raise MechGraphError(
            f"candidate {candidate['id']}: “{detail}” is not one of the {DETAILS[kind].name}s: "
            f"{', '.join(DETAILS[kind])}"
        )
    if bodies is not None:
        bodies = list(dict.fromkeys(bodies))
        if kind == ACTIVITY and len(bodies) < 2:
            raise MechGraphError(f"candidate {candidate['id']}: a joint activity needs at least two bodies")
        if kind == WORKPLAN_OWNER and len(bodies) != 1:
            raise MechGraphError(f"candidate {candidate['id']}: a workplan item's owner is one body")
        for body in bodies:
            _known(tx, body)
    return {**candidate, "detail": detail or candidate["detail"], "bodies": bodies or list(candidate["bodies"])}


def _known(tx, body: str) -> None:
    if not run_rows(tx, f"WITH $id AS id {body_named('b', 'id')} RETURN b.id AS id", {"id": body}):
        raise MechGraphError(f"unknown body {body!r}; `mechgraph resolve NAME` gives the id of a name")


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


def _accept_reference(tx, candidate: dict, suffix: str, source: str | None, target: str | None) -> tuple[str, tuple]:
    """A Reference from ``source`` to ``target`` (by default the first two bodies named), with its
    REFERENCES link: recommended if the sentence proposes it, else in practice."""
    bodies = list(candidate["bodies"])
    source, target = source or bodies[0], target or next((b for b in bodies if b != (source or bodies[0])), None)
    if not target or source == target:
        raise MechGraphError(
            f"candidate {candidate['id']}: a reference needs two different bodies, the citing and the cited one "
            "(--from and --to)"
        )
    for body in (source, target):
        _known(tx, body)
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
    return fact, (source, target)


def _accept_owner(tx, candidate: dict) -> str:
    """A RESPONSIBLE_FOR link from the owner to the curated workplan item, with the role stated."""
    fact = candidate["item"]
    tx.run(
        f"WITH $body AS body {body_named('b', 'body')} MATCH (w:WorkplanItem {{id: $item}}) "
        "CREATE (b)-[:RESPONSIBLE_FOR {role: $role, source: $source}]->(w)",
        {"body": candidate["bodies"][0], "item": fact, "role": candidate["detail"], "source": REVIEWED},
    ).consume()
    return fact


def reject(graph: Graph, candidate_id: str, seeds: Path | None = None) -> None:
    """Mark candidate ``candidate_id`` rejected; it is kept so it is not proposed again."""

    def work(tx, _progress):
        candidate = _candidate(tx, candidate_id)
        _reject(tx, candidate_id)
        _record(seeds, "reject", candidate)

    writer.exclusive(graph, work, task=f"a review rejecting {candidate_id}")


def _reject(tx, candidate_id: str) -> None:
    tx.run(
        "MATCH (c:Candidate {id: $id}) SET c.status = 'rejected', c.decided_at = datetime() "
        "WITH c OPTIONAL MATCH (c)-[:EVIDENCED_BY]->(e:Evidence) SET e.status = 'rejected'",
        {"id": candidate_id},
    ).consume()


def withdraw(graph: Graph, candidate_id: str, seeds: Path | None = None) -> None:
    """Make an accepted or rejected candidate a candidate again; the fact it became goes."""

    def work(tx, _progress):
        candidate = _candidate(tx, candidate_id, status="decided")
        _withdraw(tx, candidate)
        _record(seeds, "withdraw", candidate)

    writer.exclusive(graph, work, task=f"a review withdrawing {candidate_id}")


def _withdraw(tx, candidate: dict) -> None:
    """Undo what accepting ``candidate`` wrote (a curated workplan item stays: only the owner link goes)."""
    if candidate["status"] == "accepted":
        if candidate["kind"] == WORKPLAN_OWNER:
            tx.run(
                f"WITH $body AS body {body_named('b', 'body')} "
                "MATCH (b)-[r:RESPONSIBLE_FOR {source: $source}]->(:WorkplanItem {id: $item}) DELETE r "
                "WITH 1 AS one MATCH (:Candidate {id: $id})-[:EVIDENCED_BY]->(e:Evidence)<-[x:EVIDENCED_BY]-(:WorkplanItem) "
                "DELETE x",
                {
                    "body": (candidate.get("accepted_bodies") or candidate["bodies"])[0],
                    "item": candidate["item"],
                    "source": REVIEWED,
                    "id": candidate["id"],
                },
            ).consume()
        else:
            # The reviewed fact it became goes; first, the links between its bodies stop counting it.
            gone = run_rows(
                tx,
                "MATCH (:Candidate {id: $id})-[:BECAME]->(f) WHERE f.source = $source RETURN f.id AS fact",
                {"id": candidate["id"], "source": REVIEWED},
            )
            links.count_out(tx, [row["fact"] for row in gone])
            tx.run(
                "MATCH (:Candidate {id: $id})-[:BECAME]->(f) WHERE f.source = $source "
                "OPTIONAL MATCH (s)-[:MAKES]->(f)-[:ABOUT]->(t) "
                "OPTIONAL MATCH (s)-[link:REFERENCES]->(t) WHERE link.reference = f.id DELETE link "
                "WITH DISTINCT f DETACH DELETE f",
                {"id": candidate["id"], "source": REVIEWED},
            ).consume()
        tx.run("MATCH (:Candidate {id: $id})-[b:BECAME]->() DELETE b", {"id": candidate["id"]}).consume()
    tx.run(
        "MATCH (c:Candidate {id: $id}) SET c.status = 'candidate' REMOVE c.decided_at, c.accepted_detail, "
        "c.accepted_bodies "
        "WITH c OPTIONAL MATCH (c)-[:EVIDENCED_BY]->(e:Evidence) SET e.status = 'candidate'",
        {"id": candidate["id"]},
    ).consume()


#: The status a candidate has once a decision holds.
_STATUS_AFTER = {"accept": "accepted", "reject": "rejected", "withdraw": "candidate"}


def replay(tx, decisions: list[Decision], only: set[str] | None = None) -> Replay:
    """Bring the candidates in line with the decisions that hold (for the candidates ``only``, or all)."""
    report = Replay()
    for candidate_id, decision in decision_file.latest(decisions).items():
        if only is not None and candidate_id not in only:
            continue
        candidate = _found(tx, candidate_id)
        if candidate is None:
            ingested = run_rows(tx, "MATCH (p:Paragraph {document: $doc}) RETURN 1 LIMIT 1", {"doc": decision.document})
            (report.missing.append(decision) if ingested else report.waiting.append(decision.document))
            continue
        if candidate["status"] == _STATUS_AFTER[decision.decision]:
            report.unchanged += 1
            continue
        if candidate["status"] != "candidate":
            _withdraw(tx, candidate)
            candidate = _found(tx, candidate_id)
        if decision.decision == "accept":
            _accept(tx, candidate, decision.source, decision.target, decision.detail, decision.bodies)
        elif decision.decision == "reject":
            _reject(tx, candidate_id)
        report.applied.append(f"{decision.decision} {candidate_id}")
    return report


def replay_file(graph: Graph, seeds: Path) -> Replay:
    """Replay every decision of the seed folder's decisions file on the candidates the graph holds."""
    decisions = decision_file.read(seeds)
    if not decisions:
        return Replay()
    return writer.exclusive(graph, lambda tx, _progress: replay(tx, decisions), task="a replay of the review decisions")
