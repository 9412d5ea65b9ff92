"""What a load changes: the diff between a plan and the graph's curated part, found through digests.

:class:`Diff` compares the plan's digest of each node (:mod:`~loaders.seeds.digests`) with the one
stored on it (:func:`current_digests`), or with one computed from what the node holds now
(:func:`recomputed_digests`, after someone edited curated nodes by hand): the nodes to write, those
to remove, and the bodies whose links between bodies the change concerns, before
(:func:`bodies_before`) and after (:meth:`Diff.bodies_after`) it. :mod:`~loaders.seeds.sync` and
:mod:`~loaders.seeds.batched` write what it finds; :class:`Summary` is what a load did.

>>> summary = Summary()
>>> summary.created["Mechanism"] += 1
>>> summary.changed
True
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from graph import analytics
from graph.connection import rows as run_rows
from graph.errors import MechGraphError
from loaders.seeds import digests, models
from loaders.seeds.plan import CURATED, Plan

__all__ = [
    "Summary",
    "Diff",
    "RemovalRefused",
    "REMOVAL_SHARE",
    "current_digests",
    "recomputed_digests",
    "bodies_before",
]

#: The share of a kind of row that a load may remove without being asked (--yes).
REMOVAL_SHARE = 0.1
# The facts whose bodies are linked through them (graph.links): a change of one changes the links of those bodies.
_LINKING = {
    "Activity": "MATCH (b:Mechanism|Organization)-[:PARTICIPATED_IN]->(:Activity {id: id}) RETURN DISTINCT b.id AS body",
    "Event": "MATCH (b:Mechanism|Organization)-[:ATTENDED]->(:Event {id: id}) RETURN DISTINCT b.id AS body",
    "FocalPoint": "MATCH (:FocalPoint {id: id})-[:FOCAL_POINT_OF|LIAISES_WITH*1..2]-(b:Mechanism|Organization) "
    "RETURN DISTINCT b.id AS body",
}
_LINKING_TYPES = {"PARTICIPATED_IN", "ATTENDED", "FOCAL_POINT_OF", "LIAISES_WITH"}
_BODIES = ("Mechanism", "Organization")


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


class RemovalRefused(MechGraphError):
    """A load that would remove a whole file's rows, or a large share of a kind of row, unasked."""

    def __init__(self, removals: list[str]):
        self.removals = removals
        super().__init__(
            f"This load would remove {'; '.join(removals)}. Nothing was written; "
            "if that is what you want, load again with --yes."
        )


@dataclass
class Diff:
    """Where the graph's curated part and a plan differ: the nodes to write and to remove, by label."""

    plan: Plan
    label_of: dict[str, str]
    digests: dict[tuple[str, str], str]
    current: dict[str, dict[str, str | None]]
    out: dict[str, list] = field(default_factory=dict)  # the plan's relationships by start (digests.outgoing)
    changed: dict[str, list[str]] = field(default_factory=dict)
    stale: dict[str, list[str]] = field(default_factory=dict)
    # Unchanged nodes whose relationships end at a node the graph lacks (removed by another hand): they
    # are written again, though their digest says they are as planned.
    relinked: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, plan: Plan, wanted: tuple[dict, dict, dict], current: dict[str, dict[str, str | None]]) -> Diff:
        """The diff of ``plan`` (with its ``wanted`` digests, from :func:`planned`) and the ``current`` digests."""
        label_of, out, node_digests = wanted
        diff = cls(plan, label_of, node_digests, current, out)
        for label in sorted(set(plan.nodes) | set(current)):
            present, nodes = current.get(label, {}), plan.nodes.get(label, {})
            diff.changed[label] = [
                node_id for node_id in nodes if present.get(node_id, "") != node_digests[(label, node_id)]
            ]
            diff.stale[label] = [node_id for node_id in present if node_id not in nodes]
        created = {
            node_id for label, ids in diff.changed.items() for node_id in ids if node_id not in current.get(label, {})
        }
        if created:
            written = {node_id for ids in diff.changed.values() for node_id in ids}
            relinked = {start for _kind, start, end, _props in plan.relationships if end in created} - written
            for node_id in sorted(relinked):
                diff.relinked.setdefault(label_of[node_id], []).append(node_id)
        return diff

    def size(self) -> int:
        """The rows this diff writes: nodes written or removed and the outgoing relationships of those written."""
        return sum(len(ids) for ids in self.stale.values()) + sum(
            1 + len(self.out.get(node_id, ()))
            for ids in (*self.changed.values(), *self.relinked.values())
            for node_id in ids
        )

    def summarize(self, summary: Summary) -> None:
        """The node counts of the summary (the relationship counts come as they are written)."""
        for label in sorted(set(self.changed) | set(self.stale)):
            present, written = self.current.get(label, {}), self.changed.get(label, [])
            summary.created[label] += sum(1 for node_id in written if node_id not in present)
            summary.updated[label] += sum(1 for node_id in written if node_id in present)
            summary.unchanged[label] += len(self.plan.nodes.get(label, {})) - len(written)
            summary.deleted[label] += len(self.stale.get(label, []))

    def check_removals(self) -> None:
        """Refuse to remove every row of a seed file, or more than :data:`REMOVAL_SHARE` of a label's rows."""
        removals = []
        for file_name, model in models.FILES.items():
            label = model.__name__
            present, stale = self.current.get(label, {}), len(self.stale.get(label, []))
            if stale and (not self.plan.nodes.get(label) or stale > max(REMOVAL_SHARE * len(present), 2)):
                whole = f" (every row of {file_name})" if not self.plan.nodes.get(label) else ""
                removals.append(f"{stale} of {len(present)} {label} rows{whole}")
        if removals:
            raise RemovalRefused(removals)

    def bodies_after(self) -> set[str]:
        """The bodies concerned as the plan has them: changed bodies, and those linked through a changed fact."""
        facts = {node_id for label in _LINKING for node_id in self.changed.get(label, [])}
        concerned = {
            node_id for label in _BODIES for node_id in (*self.changed.get(label, []), *self.relinked.get(label, []))
        }
        neighbours: dict[str, set[str]] = defaultdict(set)
        for _kind, start, end, _props in self.plan.relationships_of(_LINKING_TYPES):
            neighbours[start].add(end)
            neighbours[end].add(start)
        for fact in facts:
            reach = {fact} | neighbours[fact]
            if self.label_of.get(fact) == "FocalPoint":  # a liaison goes through the other's focal point
                reach |= {far for near in neighbours[fact] for far in neighbours[near]}
            concerned |= {node_id for node_id in reach if self.label_of.get(node_id) in _BODIES}
        return concerned


def current_digests(tx) -> dict[str, dict[str, str | None]]:
    """The stored digest of every curated node, by label and id (None for a node written before digests)."""
    current: dict[str, dict[str, str | None]] = defaultdict(dict)
    for row in run_rows(
        tx,
        f"MATCH (n) WHERE n.source = $source RETURN labels(n)[0] AS label, n.id AS id, n.{digests.DIGEST} AS digest",
        {"source": CURATED},
    ):
        current[row["label"]][row["id"]] = row["digest"]
    return current


def recomputed_digests(tx) -> dict[str, dict[str, str | None]]:
    """The digest of every curated node computed from what it holds now (every property and relationship)."""
    computed = analytics.stored_properties()
    out: dict[str, list] = defaultdict(list)
    for row in run_rows(
        tx,
        "MATCH (a)-[r]->(b) WHERE r.source = $source "
        "RETURN a.id AS start, type(r) AS type, labels(b)[0] AS label, b.id AS end, properties(r) AS props",
        {"source": CURATED},
    ):
        out[row["start"]].append((row["type"], row["label"], row["end"], json.dumps(row["props"], sort_keys=True)))
    current: dict[str, dict[str, str | None]] = defaultdict(dict)
    for row in run_rows(
        tx,
        "MATCH (n) WHERE n.source = $source RETURN labels(n)[0] AS label, properties(n) AS props",
        {"source": CURATED},
    ):
        # the network figures on the bodies are computed (graph/analytics.py), not curated: not compared
        props = {key: value for key, value in row["props"].items() if key not in computed}
        current[row["label"]][props["id"]] = digests.node(props, out.get(props["id"], ()))
    return current


def bodies_before(tx, diff: Diff, label: str, ids: list[str]) -> set[str]:
    """The bodies concerned by the change of ``ids`` (nodes of ``label``) as the graph has them now."""
    if label in _BODIES:
        return set(ids)
    if label not in _LINKING or not ids:
        return set()
    found = run_rows(tx, f"UNWIND $ids AS id CALL (id) {{ {_LINKING[label]} }} RETURN DISTINCT body", {"ids": ids})
    return {row["body"] for row in found}
