"""Two other ways of writing a validated plan, to compare the project's loader with.

- :func:`naive`: one transaction per node or relationship, each a MERGE, as a first loader
  written row by row would do.
- :func:`load_csv`: the plan exported to CSV files in the server's import folder, then
  ``LOAD CSV`` with ``CALL { … } IN TRANSACTIONS`` running the same MERGE on the server.

Both make the same graph as :func:`loaders.seeds.write` (the same nodes, properties and
relationships) and, like it, change nothing when run twice.
tests/test_bench.py checks that the three loaders make the same graph.
"""

from __future__ import annotations

import csv
import json
import os
import random
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from graph.connection import Graph
from loaders.seeds import Plan

LIST_SEPARATOR = "\x1f"  # the ASCII unit separator: in no seed value


@dataclass
class Timing:
    rows: int
    seconds: float
    export_seconds: float = 0.0

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds else 0.0


def rows_of(plan: Plan) -> int:
    """What a load writes: one row per node and per relationship."""
    return sum(len(nodes) for nodes in plan.nodes.values()) + len(plan.relationships)


def _relationship_groups(plan: Plan) -> dict[tuple, list[dict]]:
    """Relationships by (type, start label, end label, property keys): one MERGE shape each."""
    label_of = plan.label_of()
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for kind, start, end, props in sorted(plan.relationships):
        properties = json.loads(props)
        groups[(kind, label_of[start], label_of[end], tuple(sorted(properties)))].append(
            {"start": start, "end": end, "props": properties}
        )
    return groups


def _merge_relationship(kind: str, start_label: str, end_label: str, values: dict[str, str]) -> str:
    """MERGE of one relationship of ``row`` on its type and every property (key -> Cypher value)."""
    pattern = ", ".join(f"`{key}`: {value}" for key, value in values.items())
    return (
        f"MATCH (a:`{start_label}` {{id: row.start}}) MATCH (b:`{end_label}` {{id: row.end}}) "
        f"MERGE (a)-[:`{kind}` {{{pattern}}}]->(b)"
    )


def sample(plan: Plan, fraction: float, seed: int = 7) -> Plan:
    """A smaller plan: a random ``fraction`` of the relationships, the nodes they link, and the
    same fraction of the other nodes (for timing the naive loader, too slow for the whole)."""
    chance = random.Random(seed)
    part = Plan()
    label_of = plan.label_of()
    nodes = {node_id: props for label_nodes in plan.nodes.values() for node_id, props in label_nodes.items()}
    linked = set()
    for relationship in sorted(plan.relationships):
        if chance.random() < fraction:
            part.relationships.add(relationship)
            linked.update(relationship[1:3])
    for node_id in sorted(nodes):
        if node_id in linked or chance.random() < fraction:
            part.nodes[label_of[node_id]][node_id] = nodes[node_id]
    return part


def naive(graph: Graph, plan: Plan) -> Timing:
    """Write ``plan`` one row per transaction: MERGE each node, then MERGE each relationship."""
    started = time.perf_counter()
    for label, nodes in sorted(plan.nodes.items()):
        statement = f"MERGE (n:`{label}` {{id: $row.id}}) SET n = $row"
        for properties in nodes.values():
            graph.write(statement, {"row": properties})
    for (kind, start_label, end_label, keys), rows in sorted(_relationship_groups(plan).items()):
        statement = _merge_relationship(kind, start_label, end_label, {key: f"row.props.`{key}`" for key in keys})
        for row in rows:
            graph.write(f"WITH $row AS row {statement}", {"row": row})
    return Timing(rows_of(plan), time.perf_counter() - started)


def _cell(value) -> str:
    if isinstance(value, list):
        return LIST_SEPARATOR.join(map(str, value))
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _reader(key: str, example) -> str:
    """Cypher that turns the CSV text of ``key`` back into its type."""
    text = f"row.`{key}`"
    if isinstance(example, list):
        return f"split({text}, '{LIST_SEPARATOR}')"
    if isinstance(example, bool):
        return f"toBoolean({text})"
    if isinstance(example, int):
        return f"toInteger({text})"
    if isinstance(example, float):
        return f"toFloat({text})"
    return text


def _examples(rows) -> dict:
    examples: dict = {}
    for row in rows:
        for key, value in row.items():
            examples.setdefault(key, value)
    return examples


def _write_csv(path: Path, columns: list[str], rows) -> None:
    # Only the user may read the export, like everything else under the server's home.
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(column)) for column in columns])


def load_csv(graph: Graph, plan: Plan, import_folder: Path, batch: int = 10_000) -> Timing:
    """Export ``plan`` to CSV in the server's import folder, then LOAD CSV it in batches.

    ``CALL { … } IN TRANSACTIONS`` commits as it goes, so it cannot run inside a managed
    transaction: this is the one place that runs auto-commit queries.
    """
    started = time.perf_counter()
    statements = []
    for label, nodes in sorted(plan.nodes.items()):
        examples = _examples(nodes.values())
        columns = sorted(examples)
        name = f"nodes-{label}.csv"
        _write_csv(import_folder / name, columns, nodes.values())
        assignments = ", ".join(f"n.`{key}` = {_reader(key, examples[key])}" for key in columns if key != "id")
        statements.append(
            f"LOAD CSV WITH HEADERS FROM 'file:///{name}' AS row "
            f"CALL (row) {{ MERGE (n:`{label}` {{id: row.id}}) SET {assignments} }} "
            f"IN TRANSACTIONS OF {batch} ROWS"
        )
    for number, ((kind, start_label, end_label, keys), rows) in enumerate(sorted(_relationship_groups(plan).items())):
        examples = _examples(row["props"] for row in rows)
        name = f"rels-{number:03d}-{kind}.csv"
        _write_csv(
            import_folder / name,
            ["start", "end", *keys],
            ({"start": r["start"], "end": r["end"], **r["props"]} for r in rows),
        )
        merge = _merge_relationship(kind, start_label, end_label, {key: _reader(key, examples[key]) for key in keys})
        statements.append(
            f"LOAD CSV WITH HEADERS FROM 'file:///{name}' AS row "
            f"CALL (row) {{ {merge} }} IN TRANSACTIONS OF {batch} ROWS"
        )
    exported = time.perf_counter() - started
    with graph.driver.session(database=graph.settings.database) as session:
        for statement in statements:
            session.run(statement).consume()
    return Timing(rows_of(plan), time.perf_counter() - started, exported)
