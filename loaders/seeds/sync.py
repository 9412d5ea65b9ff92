"""Writing a plan: one transaction that syncs the curated part of the graph with it.

:func:`write` compares the plan with what the graph holds with ``source = 'curated'``: it
creates what is new, updates what changed, removes what the seeds no longer hold and leaves the
rest (ingested documents, candidates) alone, so that loading twice changes nothing. When
anything changed it rebuilds the links between bodies (:mod:`graph.links`) in the same
transaction. :func:`load` is the whole pipeline: validate, refuse on any problem, write.

The example graph holds the seeds, written by ``load(graph, SEEDS)``:

>>> graph.read("MATCH (m:Mechanism {source: $source}) RETURN count(m) AS mechanisms", {"source": CURATED})
[{'mechanisms': 189}]
>>> plan, summary = load(None, SEEDS, dry_run=True)   # checks only: nothing is written
>>> len(plan.nodes["Mechanism"]), summary
(189, None)
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from graph import analytics, links, schema, writer
from graph.connection import Graph
from graph.connection import rows as run_rows
from graph.errors import MechGraphError
from graph.progress import Progress, quiet
from loaders.seeds import models
from loaders.seeds.plan import CURATED, Plan, validate
from loaders.seeds.problems import InvalidSeeds
from registry.names import SEEDS

__all__ = ["Summary", "RemovalRefused", "write", "load", "REMOVAL_SHARE"]

# Rows per UNWIND: large enough to be quick, small enough that one statement stays modest in memory.
BATCH = 5000
#: The share of a kind of row that a load may remove without being asked (--yes).
REMOVAL_SHARE = 0.1


@dataclass
class Summary:
    """What a load did, per label and relationship type.

    >>> summary = Summary()
    >>> summary.unchanged["Mechanism"] += 189
    >>> summary.changed
    False
    """

    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)
    deleted: Counter = field(default_factory=Counter)
    relationships_created: Counter = field(default_factory=Counter)
    relationships_deleted: Counter = field(default_factory=Counter)
    relationships_unchanged: Counter = field(default_factory=Counter)

    @property
    def changed(self) -> bool:
        counters = (self.created, self.updated, self.deleted, self.relationships_created, self.relationships_deleted)
        return any(sum(counter.values()) for counter in counters)


def _batches(items: list, size: int = BATCH) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class RemovalRefused(MechGraphError):
    """A load that would remove a whole file's rows, or a large share of a kind of row, unasked."""

    def __init__(self, removals: list[str]):
        self.removals = removals
        super().__init__(
            f"This load would remove {'; '.join(removals)}. Nothing was written; "
            "if that is what you want, load again with --yes."
        )


def _check_removals(plan: Plan, current: dict[str, dict[str, dict]]) -> None:
    """Refuse to remove every row of a seed file, or more than :data:`REMOVAL_SHARE` of a label's rows."""
    files = {model.__name__: name for name, model in models.FILES.items()}
    removals = []
    for label, file_name in files.items():
        present, wanted = current.get(label, {}), plan.nodes.get(label, {})
        stale = sum(1 for node_id in present if node_id not in wanted)
        if stale and (not wanted or stale > max(REMOVAL_SHARE * len(present), 2)):
            whole = f" (every row of {file_name})" if not wanted else ""
            removals.append(f"{stale} of {len(present)} {label} rows{whole}")
    if removals:
        raise RemovalRefused(removals)


def _sync_nodes(tx, plan: Plan, summary: Summary, progress: Progress, allow_removals: bool) -> None:
    """Write the nodes that are new or changed, label by label, and remove the stale ones."""
    current: dict[str, dict[str, dict]] = defaultdict(dict)
    computed = analytics.stored_properties()
    for row in run_rows(
        tx,
        "MATCH (n) WHERE n.source = $source RETURN labels(n)[0] AS label, properties(n) AS props",
        {"source": CURATED},
    ):
        # The network figures on the bodies are computed (graph/analytics.py), not curated: not compared.
        current[row["label"]][row["props"]["id"]] = {k: v for k, v in row["props"].items() if k not in computed}
    if not allow_removals:
        _check_removals(plan, current)
    for label in sorted(set(plan.nodes) | set(current)):
        wanted, present = plan.nodes.get(label, {}), current.get(label, {})
        changed = [props for node_id, props in wanted.items() if present.get(node_id) != props]
        stale = [node_id for node_id in present if node_id not in wanted]
        summary.created[label] += sum(1 for props in changed if props["id"] not in present)
        summary.updated[label] += sum(1 for props in changed if props["id"] in present)
        summary.unchanged[label] += len(wanted) - len(changed)
        summary.deleted[label] += len(stale)
        if changed or stale:
            progress(f"  {label}: writing {len(changed)}, removing {len(stale)}…")
        for batch in _batches(changed):
            tx.run(f"UNWIND $rows AS row MERGE (n:`{label}` {{id: row.id}}) SET n = row", {"rows": batch}).consume()
        for batch in _batches(stale):
            tx.run(f"UNWIND $ids AS id MATCH (n:`{label}` {{id: id}}) DETACH DELETE n", {"ids": batch}).consume()


def _curated_relationships(tx) -> dict[tuple[str, str, str, str], list[str]]:
    """The curated relationships the graph holds, keyed as in a plan, with the element ids of each."""
    existing: dict[tuple[str, str, str, str], list[str]] = {}
    for row in run_rows(
        tx,
        "MATCH (a)-[r]->(b) WHERE r.source = $source "
        "RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props, "
        "elementId(r) AS element_id",
        {"source": CURATED},
    ):
        key = (row["type"], row["start"], row["end"], json.dumps(row["props"], sort_keys=True))
        existing.setdefault(key, []).append(row["element_id"])
    return existing


def _sync_relationships(tx, plan: Plan, label_of: dict[str, str], summary: Summary, progress: Progress) -> None:
    """Remove the relationships the plan does not hold (and duplicates), then create the missing ones."""
    existing = _curated_relationships(tx)
    # A relationship the plan holds keeps one copy; one it does not hold goes entirely.
    stale = [
        element
        for key, elements in existing.items()
        for element in (elements if key not in plan.relationships else elements[1:])
    ]
    for key in existing:
        if key in plan.relationships:
            summary.relationships_unchanged[key[0]] += 1
        else:
            summary.relationships_deleted[key[0]] += len(existing[key])
    for batch in _batches(stale):
        tx.run("UNWIND $ids AS id MATCH ()-[r]->() WHERE elementId(r) = id DELETE r", {"ids": batch}).consume()

    # One statement shape per (type, start label, end label), so that both ends are found through their id index.
    groups: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for key in sorted(plan.relationships - set(existing)):
        kind, start, end, props = key
        groups[(kind, label_of[start], label_of[end])].append({"start": start, "end": end, "props": json.loads(props)})
        summary.relationships_created[kind] += 1
    if groups or stale:
        progress(f"  relationships: creating {sum(map(len, groups.values()))}, removing {len(stale)}…")
    for (kind, start_label, end_label), rels in sorted(groups.items()):
        for batch in _batches(rels):
            tx.run(
                f"UNWIND $rows AS row MATCH (a:`{start_label}` {{id: row.start}}) "
                f"MATCH (b:`{end_label}` {{id: row.end}}) CREATE (a)-[r:`{kind}`]->(b) SET r = row.props",
                {"rows": batch},
            ).consume()


def _sync(tx, plan: Plan, label_of: dict[str, str], progress: Progress, allow_removals: bool) -> Summary:
    """The whole write, inside one transaction (a retried transaction says its progress once)."""
    summary = Summary()
    _sync_nodes(tx, plan, summary, progress, allow_removals)
    _sync_relationships(tx, plan, label_of, summary, progress)
    if summary.changed:
        progress("  links between bodies: rebuilding…")
        links.refresh(tx)
        schema.record_load(tx, "seeds")
    return summary


def write(
    graph: Graph,
    plan: Plan,
    progress: Progress = quiet,
    task: str = "a load of the seeds",
    allow_removals: bool = False,
) -> Summary:
    """Make the curated part of the graph equal to ``plan``, in one transaction that no other writer
    interleaves. Unless ``allow_removals``, a plan that would remove every row of a seed file, or
    more than a small share of a kind of row, is refused with :class:`RemovalRefused` (nothing written)."""
    label_of = plan.label_of()
    missing = [
        (kind, start, end) for kind, start, end, _ in plan.relationships if start not in label_of or end not in label_of
    ]
    if missing:
        raise MechGraphError(f"the plan links nodes it does not hold: {missing[:3]}")
    return writer.exclusive(
        graph, lambda tx, said: _sync(tx, plan, label_of, said, allow_removals), task=task, progress=progress
    )


def load(
    graph: Graph | None,
    folder: Path = SEEDS,
    dry_run: bool = False,
    progress: Progress = quiet,
    allow_removals: bool = False,
) -> tuple[Plan, Summary | None]:
    """Validate ``folder`` and, unless ``dry_run``, write it; raises :class:`InvalidSeeds`."""
    progress(f"Validating {folder}…")
    plan, problems = validate(folder)
    if problems:
        raise InvalidSeeds(problems)
    if dry_run or graph is None:
        return plan, None
    schema.init(graph)  # MERGE on ids relies on the unique constraints
    progress("Writing in one transaction…")
    return plan, write(graph, plan, progress, task=f"a load of {folder}", allow_removals=allow_removals)
