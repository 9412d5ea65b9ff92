"""Settling an unknown name: record the decision beside the seeds, load it, and recompute the mentions it changes.

A name that ingestion found and the registry lacks (a paragraph's ``unknown`` list) is settled
by a person as a spelling of a known body, a new body, or not a body (:mod:`registry.settled`).
:func:`loaders.settling.settle` writes that decision to ``decisions/names.yaml`` (checked with the
whole seed folder; on a problem the file is put back and nothing is written) and loads the seeds
so that the graph has the new body or the new alias; then :func:`recompute` rewrites, in one transaction,
the MENTIONS and the ``unknown`` lists of every ingested paragraph whose text holds the name,
with the registry as it now is. A new body whose evidence is in a document the seeds do not
hold gets that Evidence here and at every later ingestion of the document (:func:`write_evidence`).

>>> sentence("The Court met. Then the Andean Commission of Jurists wrote to it. Nothing else.",
...          "Andean Commission of Jurists")
'Then the Andean Commission of Jurists wrote to it.'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from graph import writer
from graph.connection import Graph
from graph.connection import rows as run_rows
from graph.errors import MechGraphError
from loaders.documents.candidates import quote as shortened
from loaders.documents.decisions import now
from loaders.documents.mentions import MentionFinder
from loaders.documents.plan import EXTRACTED, unknown_names
from loaders.writing import body_named, evidence_id, properties, squash
from registry import settled
from registry.names import Resolver
from registry.yamlfile import read_rows

__all__ = [
    "SETTLED",
    "Settled",
    "sentence",
    "evidence_of",
    "decision_row",
    "after_recording",
    "recompute",
    "write_evidence",
    "replay_file",
]

#: The ``source`` of the Evidence of a new body found in a document the seeds do not hold.
SETTLED = "settled"


@dataclass
class Settled:
    """What settling a name did."""

    row: dict  # the decision as recorded
    file: Path  # where it was recorded
    paragraphs: int = 0  # ingested paragraphs whose mentions were recomputed
    mentioning: dict[str, int] = field(default_factory=dict)  # body id -> paragraphs of those now mentioning it

    def lines(self, label: Callable[[str], str] = str) -> list[str]:
        """What changed and where it was recorded, each body shown through ``label`` (its id by default)."""
        row = self.row
        body = row.get("body") or row.get("id")
        said = {
            "alias": f"“{row['name']}” is now a spelling of {label(body)}.",
            "new_body": f"“{row['name']}” is now a body of its own: {label(body)}.",
            "not_a_body": f"“{row['name']}” is not a body: it leaves the list of unknown names.",
        }[row["decision"]]
        lines = [said]
        if row["decision"] != "not_a_body":
            lines.append(f"{self.mentioning.get(body, 0)} paragraph(s) now mention {label(body)}.")
        lines.append(f"Recorded in {self.file}.")
        return lines


def sentence(text: str, name: str) -> str:
    """The sentence of ``text`` that holds ``name`` (at most 25 words around it); the name alone if absent."""
    flat = re.sub(r"\s+", " ", text).strip()
    found = flat.casefold().find(re.sub(r"\s+", " ", name).casefold())
    if found < 0:
        return name
    starts = [0] + [m.end() for m in re.finditer(r"(?<=[.!?。;；])\s*", flat) if m.end() <= found]
    start = starts[-1]
    end = re.search(r"[.!?。;；](?=\s|$)", flat[found + len(name) :])
    stop = found + len(name) + (end.end() if end else len(flat))
    return shortened(flat[start:stop].strip(), found - start)


def evidence_of(graph: Graph, name: str) -> dict | None:
    """Where ``name`` is printed, as evidence (document, locator, quote): its first ingested paragraph."""
    found = graph.read(
        "MATCH (p:Paragraph) WHERE $name IN coalesce(p.unknown, []) OR toLower(p.text) CONTAINS toLower($name) "
        "RETURN p.document AS document, p.locator AS locator, p.text AS text ORDER BY p.document, p.id LIMIT 1",
        {"name": name},
    )
    if not found:
        return None
    row = found[0]
    return {"document": row["document"], "locator": row["locator"], "quote": sentence(row["text"], name)}


def decision_row(seeds: Path, decision: str, name: str, evidence: dict, **fields) -> dict:
    """The row of one decision, its body and parent given by any spelling and stored as ids; raises
    :class:`MechGraphError` for an unknown body or a new body whose id is taken."""
    names = Resolver.from_seeds(seeds)
    row = {"when": now(), "name": name, "decision": decision}
    if decision == "alias":
        body = names.resolve(fields.get("body") or "").id
        if not body:
            raise MechGraphError(
                f"No body is called “{fields.get('body')}”; nearest: {names.nearest(fields.get('body') or name, 3)}"
            )
        row |= {"body": body, "lang": fields.get("lang") or "en"}
    elif decision == "new_body":
        identifier = fields.get("id") or settled.slug(name)
        if identifier in names or names.resolve(name).id:
            taken = identifier if identifier in names else names.resolve(name).id
            raise MechGraphError(
                f"“{name}” would be the body {identifier}, but {taken} is already a body: settle it as its alias."
            )
        parent = fields.get("parent")
        if parent and not names.resolve(parent).id:
            raise MechGraphError(f"No body is called “{parent}” (the parent); nearest: {names.nearest(parent, 3)}")
        row |= {
            "id": identifier,
            "system": fields.get("system"),
            "kind": fields.get("kind"),
            "region": fields.get("region"),
            "parent": names.resolve(parent).id if parent else None,
        }
    row |= {key: evidence[key] for key in ("document", "locator", "quote")}
    file = _held(seeds).get(row["document"])
    if file and file.is_file() and squash(row["quote"]) not in squash(file.read_text(encoding="utf-8")):
        row["quote"] = name  # the seeds check a quote against the file: its paragraph may read differently
    return properties(row)


def after_recording(graph: Graph, seeds: Path, row: dict, held: set[str]) -> Settled:
    """Once ``row`` is recorded and the seeds loaded: recompute the mentions of its name (and write a new
    body's evidence when its document is not among the seeds, ``held``)."""
    done = Settled(row=row, file=settled.path_in(seeds))
    evidence = [row] if row["decision"] == "new_body" and row["document"] not in held else []
    done.paragraphs, done.mentioning = recompute(graph, seeds, [row["name"]], evidence)
    return done


def recompute(graph: Graph, seeds: Path, names: list[str], evidence: list[dict] = ()) -> tuple[int, dict[str, int]]:
    """Rewrite the MENTIONS and ``unknown`` lists of every ingested paragraph that holds one of ``names``,
    with the seed folder's registry, in one transaction (with the ``evidence`` rows of new bodies);
    the paragraphs rewritten, and per body how many of them now mention it."""
    finder = MentionFinder(Resolver.from_seeds(seeds))
    hidden = settled.not_bodies(seeds)

    def work(tx, _progress) -> tuple[int, dict[str, int]]:
        write_evidence(tx, list(evidence))
        found = run_rows(
            tx,
            "MATCH (p:Paragraph) WHERE p.source = $source AND any(name IN $names WHERE name IN coalesce(p.unknown, []) "
            "OR toLower(p.text) CONTAINS toLower(name)) RETURN p.id AS id, p.text AS text",
            {"names": names, "source": EXTRACTED},
        )
        rows, mentions, counted = [], [], {}
        for paragraph in found:
            hits = finder.find(paragraph["text"])
            surfaces: dict[str, list[str]] = {}
            for hit in hits:
                surfaces.setdefault(hit.id, [])
                if hit.surface not in surfaces[hit.id]:
                    surfaces[hit.id].append(hit.surface)
            for body, written in surfaces.items():
                mentions.append({"paragraph": paragraph["id"], "body": body, "surface": written})
                counted[body] = counted.get(body, 0) + 1
            rows.append({"id": paragraph["id"], "unknown": unknown_names(paragraph["text"], hits, hidden) or None})
        tx.run(
            "UNWIND $rows AS row MATCH (p:Paragraph {id: row.id}) SET p.unknown = row.unknown "
            "WITH p MATCH (p)-[m:MENTIONS]->() WHERE m.source = $source DELETE m",
            {"rows": rows, "source": EXTRACTED},
        ).consume()
        tx.run(
            "UNWIND $rows AS row MATCH (p:Paragraph {id: row.paragraph}) "
            f"WITH p, row, row.body AS body {body_named('b', 'body')} "
            "CREATE (p)-[:MENTIONS {surface: row.surface, source: $source}]->(b)",
            {"rows": mentions, "source": EXTRACTED},
        ).consume()
        return len(rows), counted

    return writer.exclusive(graph, work, task=f"recomputing the mentions of {', '.join(names)[:80]}")


def write_evidence(tx, rows: list[dict]) -> int:
    """The Evidence of new bodies settled on documents the seeds do not hold, tied to the body and the
    ingested document (both must be in the graph; a missing one waits for its load or ingestion)."""
    evidence = [
        {
            "body": row["id"],
            "document": row["document"],
            "node": {
                "id": evidence_id(row["document"], row["locator"], row["quote"]),
                "document": row["document"],
                "locator": row["locator"],
                "quote": row["quote"],
                "status": "accepted",
                "source": SETTLED,
            },
        }
        for row in rows
    ]
    found = run_rows(
        tx,
        "UNWIND $rows AS row MATCH (m:Mechanism {id: row.body}) MATCH (d:Document {id: row.document}) "
        "WHERE d.source = $extracted "
        "MERGE (e:Evidence {id: row.node.id}) SET e += row.node, e.symbol = d.symbol "
        "MERGE (m)-[:EVIDENCED_BY {source: $source}]->(e) MERGE (e)-[:FROM {source: $source}]->(d) "
        "RETURN count(e) AS written",
        {"rows": evidence, "source": SETTLED, "extracted": EXTRACTED},
    )
    return found[0]["written"] if found else 0


def replay_file(graph: Graph, seeds: Path) -> tuple[int, dict[str, int]]:
    """After a load: the settled names' mentions recomputed in what is ingested, and the evidence of new
    bodies on ingested-only documents written (a hand-edited decisions file, or a load after ingestion)."""
    decisions = settled.latest(settled.rows(seeds))
    if not decisions:
        return 0, {}
    held = _held(seeds)
    evidence = [
        row
        for row in decisions
        if row.get("decision") == "new_body" and row.get("id") and row.get("document") and row["document"] not in held
    ]
    return recompute(graph, seeds, [row["name"] for row in decisions], evidence)


def _held(seeds: Path) -> dict[str, Path]:
    """The documents the seeds hold: id -> file."""
    path = Path(seeds) / "documents.yaml"
    rows = read_rows(path) if path.exists() else []
    return {row.data["id"]: Path(seeds) / row.data.get("file", "") for row in rows if isinstance(row.data, dict)}
