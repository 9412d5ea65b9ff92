"""Writing one document's plan to the graph, in one transaction that replaces its previous ingestion.

Everything an earlier ingestion of the document wrote (``source: 'extracted'``) is removed
first, then the plan of ``plan.prepare`` is written: the Document (unless the seeds hold it:
curated properties are never touched; a document known until then only as a cited stub takes the
stub's place, and the report says so), its Paragraphs (each with the unknown names it holds), MENTIONS, HAS_FOOTNOTE, CITES (of the
held document with that symbol, else of a stub), TRANSLATION_OF its other language versions,
and the candidates. Workplan owners are compared with the curated ones here, because the
curated workplan is in the graph. Candidates already accepted or rejected keep their decision,
so ingesting again changes nothing, and a failure leaves the graph as it was. A document that
another file holds is not replaced unless ``replace`` says so (``claims``): that is decided in
the same transaction, so two ingestions at once cannot both replace it.

``ingest`` prepares and writes one file; with ``dry_run`` it only prepares:

>>> report = ingest(graph, SEEDS / "documents" / "000_fb64b3f317b3430b.txt", dry_run=True)
>>> report.document_id, report.dry_run, dict(report.candidates)
('a-hrc-23-18-en', True, {'reference': 48, 'activity': 6})
"""

from __future__ import annotations

import copy
from pathlib import Path

from graph import schema, writer
from graph.connection import Graph
from graph.connection import rows as run_rows
from loaders.documents import review, settle
from loaders.documents.candidates import Candidate
from loaders.documents.claims import HeldByAnotherFile, held_by, refusal, shown
from loaders.documents.mentions import MentionFinder
from loaders.documents.owners import compare_owners
from loaders.documents.plan import EXTRACTED, prepare
from loaders.documents.report import IngestReport, mark_dry_run, owner_lines
from loaders.writing import body_named, evidence_id, properties
from registry.names import SEEDS, Resolver

__all__ = ["ingest", "write"]

_REMOVE_PREVIOUS = (
    "MATCH (p:Paragraph {document: $doc}) WHERE p.source = $source DETACH DELETE p",
    "MATCH (:Document {id: $doc})-[c:CITES]->() WHERE c.source = $source DELETE c",
    "MATCH (:Document {id: $doc})-[t:TRANSLATION_OF]-() WHERE t.source = $source DELETE t",
    "MATCH (c:Candidate {document: $doc, status: 'candidate'}) OPTIONAL MATCH (c)-[:EVIDENCED_BY]->(e:Evidence) "
    "DETACH DELETE c, e",
    "MATCH (s:Document) WHERE s.source = $source AND NOT s.held AND NOT (s)--() DELETE s",
)


def ingest(
    graph: Graph | None,
    path: Path,
    lang: str | None = None,
    seeds: Path = SEEDS,
    finder: MentionFinder | None = None,
    dry_run: bool = False,
    given_id: str | None = None,
    encoding: str | None = None,
    replace: bool = False,
) -> IngestReport:
    """Read, parse and extract ``path``, then (unless ``dry_run``) write it in one transaction;
    ``encoding`` is the file's, when it cannot be told; ``replace`` lets it replace a document another file holds."""
    finder = finder or MentionFinder(Resolver.from_seeds(seeds))
    report, plan = prepare(Path(path), finder, lang=lang, seeds=seeds, given_id=given_id, encoding=encoding)
    if dry_run or graph is None:
        mark_dry_run(report, plan)
    else:
        schema.init(graph)
        write(graph, plan, report, replace=replace)
    return report


def write(graph: Graph, plan: dict, report: IngestReport, replace: bool = False) -> None:
    """Write one prepared document in one transaction that no other writer interleaves, replacing
    its previous ingestion; a document another file holds only with ``replace``
    (:class:`~loaders.documents.claims.HeldByAnotherFile` otherwise, and nothing is written).
    ``report`` gets what was written (once, however often the driver retries)."""

    def attempt(tx, _progress) -> IngestReport:
        fresh = copy.deepcopy(report)  # a retried transaction starts again from the report as it was
        held = held_by(lambda query, parameters: run_rows(tx, query, parameters), plan)
        if held and not replace:
            raise HeldByAnotherFile(refusal(plan, held))
        fresh.displaced = shown(held) if held else None
        _write(tx, plan, fresh)
        return fresh

    written = writer.exclusive(graph, attempt, task=f"an ingestion of {plan['document']['id']}")
    report.__dict__.update(written.__dict__)


def _write(tx, plan: dict, report: IngestReport) -> None:
    doc = plan["document"]
    curated = run_rows(tx, "MATCH (d:Document {id: $id}) RETURN d.source AS source", {"id": doc["id"]})
    report.replaced = bool(run_rows(tx, "MATCH (m:Meta {id: $id}) RETURN m.id AS id", {"id": plan["ingest"]["id"]}))
    for statement in _REMOVE_PREVIOUS:
        tx.run(statement, {"doc": doc["id"], "source": EXTRACTED}).consume()
    if not curated or curated[0]["source"] == EXTRACTED:
        # a document the seeds do not hold: this ingestion owns its properties
        report.stub = _stub_symbol(tx, doc)
        tx.run("MERGE (d:Document {id: $row.id}) SET d = $row", {"row": properties(doc)}).consume()
        if doc["symbol"]:
            report.stub = _take_stub_place(tx, doc) or report.stub
    _write_paragraphs(tx, plan)
    # the evidence of new bodies settled on this document (decisions/names.yaml), which no load can write
    settle.write_evidence(tx, plan.get("settled", []))
    _write_citations(tx, plan)
    _write_candidates(tx, plan, report)
    report.decisions = review.replay(tx, plan.get("decisions", [])).lines()
    schema.record_load(tx, f"document-{doc['id']}")
    tx.run("MATCH (m:Meta {id: $id}) SET m += $props", {"id": plan["ingest"]["id"], "props": plan["ingest"]}).consume()


def _stub_symbol(tx, doc: dict) -> str | None:
    """The symbol (or id) of the cited-only record that has this document's id, if that is what holds the id."""
    found = run_rows(
        tx,
        "MATCH (s:Document {id: $id}) WHERE s.source = $source AND NOT coalesce(s.held, true) "
        "RETURN coalesce(s.symbol, s.id) AS symbol",
        {"id": doc["id"], "source": EXTRACTED},
    )
    return found[0]["symbol"] if found else None


def _take_stub_place(tx, doc: dict) -> str | None:
    """A document whose symbol was known only as a cited stub (a Document node a citation created)
    takes the stub's place: what cited the stub now cites the document, and the stub is removed.
    The stub's symbol, for the report; None when there was none."""
    found = run_rows(
        tx,
        "MATCH (s:Document {symbol: $symbol}) WHERE s.id <> $doc AND s.source = $source AND NOT coalesce(s.held, true) "
        "MATCH (d:Document {id: $doc}) "
        "OPTIONAL MATCH (citing)-[c:CITES]->(s) "
        "FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | "
        "  CREATE (citing)-[moved:CITES]->(d) SET moved = properties(c) DELETE c) "
        "WITH DISTINCT s DETACH DELETE s RETURN count(*) AS stubs",
        {"symbol": doc["symbol"], "doc": doc["id"], "source": EXTRACTED},
    )
    return doc["symbol"] if found and found[0]["stubs"] else None


def _write_paragraphs(tx, plan: dict) -> None:
    """Paragraphs, the footnotes they call, and the bodies they mention."""
    tx.run(
        "UNWIND $rows AS row MATCH (d:Document {id: row.document}) CREATE (p:Paragraph) SET p = row "
        "CREATE (p)-[:PART_OF {source: $source}]->(d)",
        {"rows": [properties(p) for p in plan["paragraphs"]], "source": EXTRACTED},
    ).consume()
    tx.run(
        "UNWIND $rows AS row MATCH (p:Paragraph {id: row.paragraph}) MATCH (f:Paragraph {id: row.footnote}) "
        "CREATE (p)-[:HAS_FOOTNOTE {source: $source}]->(f)",
        {"rows": plan["footnotes"], "source": EXTRACTED},
    ).consume()
    tx.run(
        "UNWIND $rows AS row MATCH (p:Paragraph {id: row.paragraph}) "
        f"WITH p, row, row.body AS body {body_named('b', 'body')} "
        "CREATE (p)-[:MENTIONS {surface: row.surface, source: $source}]->(b)",
        {"rows": plan["mentions"], "source": EXTRACTED},
    ).consume()


def _write_citations(tx, plan: dict) -> None:
    """What the document cites, and its other language versions."""
    doc = plan["document"]
    # cited documents: the held one with that symbol (same language first), else a stub
    tx.run(
        "UNWIND $rows AS row MATCH (d:Document {id: $doc}) "
        "OPTIONAL MATCH (held:Document) WHERE held.symbol = row.key AND held.id <> $doc "
        "WITH d, row, held ORDER BY CASE held.lang WHEN $lang THEN 0 WHEN 'en' THEN 1 ELSE 2 END "
        "WITH d, row, collect(held)[0] AS held "
        "CALL (row, held) { WITH row, held WHERE held IS NULL "
        "  MERGE (s:Document {id: row.id}) ON CREATE SET s.symbol = row.key, s.kind = row.kind, s.held = false, "
        "  s.source = $source RETURN s AS target "
        "  UNION WITH row, held WHERE held IS NOT NULL RETURN held AS target } "
        "CREATE (d)-[:CITES {locator: row.locator, paragraph: row.paragraph, quote: row.quote, source: $source}]"
        "->(target)",
        {"rows": plan["citations"], "doc": doc["id"], "lang": doc["lang"], "source": EXTRACTED},
    ).consume()
    if doc["symbol"]:
        tx.run(
            "MATCH (d:Document {id: $doc}) MATCH (other:Document {symbol: $symbol}) "
            "WHERE other.id <> d.id AND other.lang <> d.lang AND coalesce(other.held, true) "
            "AND NOT (d)-[:TRANSLATION_OF]-(other) "
            "WITH d, other ORDER BY CASE other.lang WHEN 'en' THEN 0 ELSE 1 END LIMIT 1 "
            "CREATE (d)-[:TRANSLATION_OF {source: $source}]->(other)",
            {"doc": doc["id"], "symbol": doc["symbol"], "source": EXTRACTED},
        ).consume()


def _curated_owners(tx, document: str, locators: list[str]) -> dict[str, tuple[str, list[str]]]:
    """Locator -> (item id, owner ids) of the curated workplan items evidenced at ``locators`` of
    ``document`` or of one of its translations (written just before, in this transaction)."""
    documents = [document] + [
        row["id"]
        for row in run_rows(
            tx, "MATCH (d:Document {id: $doc})-[:TRANSLATION_OF]-(o:Document) RETURN o.id AS id", {"doc": document}
        )
    ]
    curated = {}
    for locator in locators:
        found = run_rows(
            tx,
            "MATCH (w:WorkplanItem)-[:EVIDENCED_BY]->(e:Evidence {locator: $locator}) "
            "WHERE e.document IN $documents AND w.source = 'curated' "
            "OPTIONAL MATCH (o)-[r:RESPONSIBLE_FOR]->(w) "
            "RETURN w.id AS item, collect(DISTINCT o.id) AS owners LIMIT 1",
            {"locator": locator, "documents": documents},
        )
        if found:
            curated[locator] = (found[0]["item"], found[0]["owners"])
    return curated


def _write_candidates(tx, plan: dict, report: IngestReport) -> None:
    """The candidates of the text and of the workplan owners, except those already decided."""
    doc = plan["document"]
    curated = _curated_owners(tx, doc["id"], [locator for locator, _implementation, _owners in plan["items"]])
    differences, proposals = compare_owners(doc["id"], plan["items"], curated)
    report.workplan += owner_lines(differences)
    candidates = list(plan["candidates"]) + proposals
    decided = {
        row["id"]
        for row in run_rows(
            tx,
            "MATCH (c:Candidate) WHERE c.id IN $ids AND c.status <> 'candidate' RETURN c.id AS id",
            {"ids": [c.id for c in candidates]},
        )
    }
    report.decided = len(decided)
    rows, seen = [], set()
    for candidate in candidates:
        if candidate.id in decided or candidate.id in seen:
            continue
        seen.add(candidate.id)
        report.candidates[candidate.kind] += 1
        rows.append(_candidate_row(candidate, doc))
    tx.run(
        "UNWIND $rows AS row MATCH (d:Document {id: $doc}) "
        "CREATE (c:Candidate) SET c = row.node, c.created_at = datetime() "
        "CREATE (e:Evidence) SET e = row.evidence "
        "CREATE (c)-[:EVIDENCED_BY {source: $source}]->(e)-[:FROM {source: $source}]->(d) "
        "WITH c, row UNWIND range(0, size(row.node.bodies) - 1) AS position "
        f"WITH c, position, row.node.bodies[position] AS body {body_named('b', 'body')} "
        "CREATE (c)-[:INVOLVES {position: position, source: $source}]->(b)",
        {"rows": rows, "doc": doc["id"], "source": EXTRACTED},
    ).consume()


def _candidate_row(candidate: Candidate, doc: dict) -> dict:
    """The properties of a Candidate node and of its Evidence. The evidence id is the quote's
    (``evidence_id``), marked ``x`` (extracted) and suffixed with the candidate's, so that it never
    merges with the curated Evidence of the same quote, nor with another candidate's."""
    digest = evidence_id(doc["id"], candidate.locator, candidate.quote).removeprefix("ev-")
    node = {
        "id": candidate.id,
        "kind": candidate.kind,
        "detail": candidate.detail,
        "bodies": list(candidate.bodies),
        "document": doc["id"],
        "symbol": doc["symbol"],
        "locator": candidate.locator,
        "quote": candidate.quote,
        "cue": candidate.cue,
        "proposed": candidate.proposed,
        "item": candidate.item,
        "country": candidate.country,
        "status": "candidate",
        "source": EXTRACTED,
    }
    evidence = {
        "id": f"ev-x-{digest}-{candidate.id.removeprefix('cand-')}",
        "document": doc["id"],
        "symbol": doc["symbol"],
        "locator": candidate.locator,
        "quote": candidate.quote,
        "status": "candidate",
        "source": EXTRACTED,
    }
    return {"node": properties(node), "evidence": properties(evidence)}
