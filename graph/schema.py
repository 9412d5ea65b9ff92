"""The graph's schema: a unique ``id`` on every label, lookup indexes, full-text indexes, and a version.

Paragraph texts have a full-text index (:data:`FULLTEXT`). Neo4j keeps one full-text index per
label and property, so one analyzer serves every language: ``cjk``, which cuts Chinese (written
without spaces) into overlapping pairs of characters and reads English, French and Spanish as
lowercased words, English stop words left out. Word endings ("visits" for "visit", "visites")
are matched by the query, on the word's root (``queries.fulltext``), since no stemmer reads them all.

``init`` is idempotent: every statement is ``IF NOT EXISTS``, and the version node is
merged, so running it twice changes nothing.

>>> report = init(graph)                          # the test graph has its schema already
>>> report.created, report.version == SCHEMA_VERSION
([], True)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.connection import Graph

SCHEMA_VERSION = 3

#: Every node label of the data model; each has a unique, stable ``id``.
LABELS = (
    "Mechanism",
    "Organization",
    "FocalPoint",
    "Document",
    "Paragraph",
    "Activity",
    "Event",
    "Workplan",
    "WorkplanItem",
    "Evidence",
    "Correction",
    "Progress",
    "Country",
    "Reference",
    "Candidate",
    "Meta",
)

#: Properties users search or filter on, beyond ``id``.
INDEXED = (
    ("Mechanism", "name"),
    ("Mechanism", "system"),
    ("Organization", "name"),
    ("Document", "symbol"),
    ("Evidence", "status"),
    ("WorkplanItem", "term"),
    ("Activity", "kind"),
    ("Paragraph", "document"),
    ("Candidate", "status"),
    ("Candidate", "document"),
    # The stored network figures (graph/analytics.py): the network view ranks bodies by degree.
    ("Mechanism", "degree"),
    ("Organization", "degree"),
    # The briefing finds the focal points a body holds for another (NIRMS holds OHCHR's) by their holder.
    ("FocalPoint", "held_by"),
    # The joint activities, newest first: a page of them is read in the order of this index.
    ("Activity", "start"),
    # The joint activities of one status (the held ones) are counted from this, not read one by one.
    ("Activity", "status"),
)

#: The property in which each curated node keeps the digest of its seed row (loaders/seeds/digests.py):
#: the loader's bookkeeping, left out of exports.
DIGEST = "digest"

#: Relationships derived from the facts (graph/links.py, graph/ties.py): exports and counts of the
#: facts leave them out, and they are made again from the facts.
DERIVED_RELATIONSHIPS = ("LINKED", "TIE")

#: Relationship properties that queries filter on: (type, property).
RELATIONSHIPS_INDEXED = (("LINKED", "type"),)
#: Relationship properties that queries filter on together, the first an equality: (type, properties). The
#: references of one kind, or of some years, are read from these (queries/who-cites-whom.cypher).
RELATIONSHIPS_COMPOSITE = (
    ("LINKED", ("type", "detail")),
    ("LINKED", ("type", "year")),
)

#: The full-text index of paragraph texts: (name, Lucene analyzer).
FULLTEXT = ("paragraph_text", "cjk")

#: Nodes about the database itself (schema version, when each source was loaded): not data,
#: so they are left out of counts and exports.
META_LABEL = "Meta"


def statements() -> list[tuple[str, str]]:
    """(name, Cypher) for every constraint and index, in the order they are created."""
    result = [
        (
            f"{label.lower()}_id",
            f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE",
        )
        for label in LABELS
    ]
    result += [
        (f"{label.lower()}_{prop}", f"CREATE INDEX {label.lower()}_{prop} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})")
        for label, prop in INDEXED
    ]
    result += [
        (
            f"{rel_type.lower()}_{prop}",
            f"CREATE INDEX {rel_type.lower()}_{prop} IF NOT EXISTS FOR ()-[r:{rel_type}]-() ON (r.{prop})",
        )
        for rel_type, prop in RELATIONSHIPS_INDEXED
    ]
    result += [
        (
            f"{rel_type.lower()}_{'_'.join(props)}",
            f"CREATE INDEX {rel_type.lower()}_{'_'.join(props)} IF NOT EXISTS FOR ()-[r:{rel_type}]-() "
            f"ON ({', '.join(f'r.{prop}' for prop in props)})",
        )
        for rel_type, props in RELATIONSHIPS_COMPOSITE
    ]
    name, analyzer = FULLTEXT
    result.append(
        (
            name,
            f"CREATE FULLTEXT INDEX {name} IF NOT EXISTS FOR (p:Paragraph) ON EACH [p.text] "
            f"OPTIONS {{indexConfig: {{`fulltext.analyzer`: '{analyzer}'}}}}",
        )
    )
    return result


@dataclass
class SchemaReport:
    version: int
    created: list[str] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)


def existing_names(graph: Graph) -> set[str]:
    constraints = graph.read("SHOW CONSTRAINTS YIELD name RETURN name")
    indexes = graph.read("SHOW INDEXES YIELD name RETURN name")
    return {row["name"] for row in constraints + indexes}


def init(graph: Graph) -> SchemaReport:
    """Create the missing constraints and indexes and record the schema version."""
    before = existing_names(graph)
    report = SchemaReport(version=SCHEMA_VERSION)
    for name, cypher in statements():
        if name in before:
            report.existing.append(name)
        else:
            # Schema commands cannot share a transaction with data writes: one each.
            graph.write(cypher)
            report.created.append(name)
    graph.write(
        f"MERGE (v:{META_LABEL} {{id: 'schema'}}) "
        "ON CREATE SET v.version = $version, v.applied_at = datetime() "
        "WITH v WHERE v.version <> $version SET v.version = $version, v.applied_at = datetime()",
        {"version": SCHEMA_VERSION},
    )
    graph.read("CALL db.awaitIndexes(300)")
    return report


def version(graph: Graph) -> int | None:
    """The schema version recorded in the database, or None before ``init``."""
    found = graph.read(f"MATCH (v:{META_LABEL} {{id: 'schema'}}) RETURN v.version AS version")
    return found[0]["version"] if found else None


def record_load(tx, source: str) -> None:
    """Note when a source (the seeds, a document) last changed the graph, for "data freshness"."""
    tx.run(f"MERGE (m:{META_LABEL} {{id: $id}}) SET m.loaded_at = datetime()", {"id": f"load-{source}"}).consume()
