"""The plan: the curated graph the seeds describe, built by one planner per kind of fact.

:func:`validate` reads a folder (:mod:`loaders.seeds.read`), runs the checks that need the
whole folder (:mod:`loaders.seeds.check`), then hands every row to the planners of
``_PLANNERS`` in turn. Each planner turns the rows of its files into nodes and relationships,
asking the checker for the id behind every name; a new kind of fact is a new planner added
to that table. The plan is only worth writing when no problem was found.

>>> plan, problems = validate(SEEDS)
>>> problems
[]
>>> len(plan.nodes["Mechanism"]), len(plan.nodes["Evidence"]), len(plan.relationships)
(189, 2036, 8679)
>>> plan.nodes["Mechanism"]["ohchr"]["name"], plan.nodes["Mechanism"]["ohchr"]["source"]
('Office of the High Commissioner for Human Rights', 'curated')
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

from graph.progress import Progress, quiet
from loaders.seeds import digests
from loaders.seeds.check import Checker
from loaders.seeds.problems import Problem
from loaders.seeds.read import Loaded, Stream, read_folder
from loaders.seeds.settled_names import plan_settled_names
from loaders.writing import evidence_id, properties
from registry.names import SEEDS

__all__ = ["CURATED", "Plan", "validate"]

#: The ``source`` of every node and relationship the seeds make: what a load owns, and may remove.
CURATED = "curated"


@dataclass
class Plan:
    """The curated graph the seeds describe: nodes by label and relationships.

    >>> plan = Plan()
    >>> plan.add_node("Mechanism", {"id": "achpr", "name": "ACHPR", "aliases": [], "region": None})
    'achpr'
    >>> plan.relate("PART_OF", "achpr", "au", note="")
    >>> plan.nodes["Mechanism"]["achpr"], plan.relationships
    ({'id': 'achpr', 'name': 'ACHPR', 'source': 'curated'}, {('PART_OF', 'achpr', 'au', '{"source": "curated"}')})
    """

    nodes: dict[str, dict[str, dict]] = field(default_factory=lambda: defaultdict(dict))
    relationships: set[tuple[str, str, str, str]] = field(default_factory=set)  # type, start, end, props JSON

    def label_of(self) -> dict[str, str]:
        """The label of every node the plan holds, by id."""
        return {node_id: label for label, nodes in self.nodes.items() for node_id in nodes}

    def relationships_of(self, types: Iterable[str]) -> Iterator[tuple[str, str, str, str]]:
        """The relationships of ``types``."""
        kinds = set(types)
        return (relationship for relationship in self.relationships if relationship[0] in kinds)

    def relationship_types(self) -> Counter:
        """How many relationships of each type."""
        return Counter(kind for kind, *_rest in self.relationships)

    def dangling(self, most: int = 3) -> list[tuple[str, str, str]]:
        """Relationships with an end the plan does not hold (at most ``most``)."""
        label_of = self.label_of()
        return [
            (kind, start, end)
            for kind, start, end, _ in self.relationships
            if start not in label_of or end not in label_of
        ][:most]

    def complete(self) -> None:
        """Nothing to do once the planners have run (a :class:`~loaders.seeds.spool.Spool` has)."""

    def wanted(self) -> tuple[dict, dict, dict]:
        """What a diff needs of the plan, computed once: the label of each node, the relationships by start
        (:func:`~loaders.seeds.digests.outgoing`), the digest of each node."""
        label_of = self.label_of()
        out = digests.outgoing(self.relationships, label_of)
        return label_of, out, digests.nodes(self, out)

    def add_node(self, label: str, values: dict) -> str:
        """Hold a node (its empty values dropped) and return its id."""
        clean = properties(values)
        clean["source"] = CURATED
        self.nodes[label][clean["id"]] = clean
        return clean["id"]

    def relate(self, rel_type: str, start: str, end: str, /, **values) -> None:
        """Hold a relationship; its properties are kept as sorted JSON, so that equal ones are one."""
        clean = properties(values)
        clean["source"] = CURATED
        # Interned: at 10^6 relationships the same few ids and property texts would otherwise be held a million times.
        key = (sys.intern(rel_type), sys.intern(start), sys.intern(end), sys.intern(json.dumps(clean, sort_keys=True)))
        self.relationships.add(key)


def validate(folder: Path = SEEDS, spool: Plan | None = None, progress: Progress = quiet) -> tuple[Plan, list[Problem]]:
    """Read and check a seed folder; the plan is only meaningful when there are no problems.

    With ``spool`` (a :class:`~loaders.seeds.spool.Spool`), the files are read row by row as each planner
    asks for them (:class:`~loaders.seeds.read.Stream`, saying to ``progress`` which file it reads) and the plan
    goes to the spool, which is returned: the same plan and the same problems, without the folder or the plan
    held in Python."""
    folder = Path(folder)
    if spool is None:
        loaded, read_problems = read_folder(folder)
        check = Checker(folder, loaded)
        check.unique_ids()
        check.name_conflicts()
        plan = Plan()
    else:
        loaded = stream = Stream(folder, progress)
        check = Checker(folder, stream)
        opened = len(check.problems)
        check.name_conflicts()
        plan = spool
    for planner in _PLANNERS:
        planner(plan, check, loaded)
    if spool is not None:
        stream.finish()
        read_problems, planned = stream.problems(), check.problems[opened:]
        # the ids used twice are known once every file is read; they are told where read_folder's checks tell them
        del check.problems[opened:]
        check.unique_ids(stream.ids_used_twice())
        check.problems += planned
        progress("  the digest of every node…")
    plan.complete()
    return plan, read_problems + check.problems


# -- the planners, one per kind of fact, in the order they run -------------------------
def _evidenced(plan: Plan, check: Checker, label: str, item: Loaded, values: dict) -> str:
    """Add a fact node with its Evidence nodes, each tied to its document."""
    node_id = plan.add_node(label, values)
    for evidence in check.evidence(item):
        document = check.documents.get(evidence.document)
        evidence_node = plan.add_node(
            "Evidence",
            {
                "id": evidence_id(evidence.document, evidence.locator, evidence.quote),
                "document": evidence.document,
                "symbol": document.model.symbol if document else None,
                "locator": evidence.locator,
                "quote": evidence.quote,
                "status": "accepted",
            },
        )
        plan.relate("EVIDENCED_BY", node_id, evidence_node)
        plan.relate("FROM", evidence_node, evidence.document)
    return node_id


def _plan_documents(plan: Plan, check: Checker, loaded: dict[str, list[Loaded]]) -> None:
    """The documents, and which is a translation of which."""
    for item in loaded["documents.yaml"]:
        document = item.model
        _evidenced(plan, check, "Document", item, document.model_dump(exclude={"evidence", "translation_of"}))
        if document.translation_of:
            if document.translation_of not in check.documents:
                check.problem(item.row, ("translation_of",), f"unknown document {document.translation_of!r}")
            else:
                plan.relate("TRANSLATION_OF", document.id, document.translation_of)


def _plan_bodies(plan: Plan, check: Checker, loaded: dict[str, list[Loaded]]) -> None:
    """Organizations and mechanisms, and what each is part of."""
    for file_name, label in (("organizations.yaml", "Organization"), ("mechanisms.yaml", "Mechanism")):
        for item in loaded[file_name]:
            body = item.model
            _evidenced(plan, check, label, item, body.model_dump(exclude={"evidence", "part_of"}))
            for index, parent in enumerate(getattr(body, "part_of", [])):
                parent_id = check.body(item.row, ("part_of", index), parent)
                if parent_id:
                    plan.relate("PART_OF", body.id, parent_id)


def _plan_focal_points(plan: Plan, check: Checker, loaded: dict[str, list[Loaded]]) -> None:
    """Focal points: for which body, and whom they liaise with."""
    focal_ids = {item.model.id for item in loaded["focal_points.yaml"]}
    for item in loaded["focal_points.yaml"]:
        point = item.model
        values = point.model_dump(exclude={"evidence", "focal_point_of", "liaises_with"})
        for key in ("held_by", "designated_by"):
            if values[key]:
                values[key] = check.body(item.row, (key,), values[key])
        _evidenced(plan, check, "FocalPoint", item, values)
        target = check.body(item.row, ("focal_point_of",), point.focal_point_of)
        if target:
            plan.relate("FOCAL_POINT_OF", point.id, target)
        for index, other in enumerate(point.liaises_with):
            other_id = check.body(item.row, ("liaises_with", index), other, also=focal_ids)
            if other_id:
                plan.relate("LIAISES_WITH", point.id, other_id)


def _plan_events(plan: Plan, check: Checker, loaded: dict[str, list[Loaded]]) -> None:
    """Events, who organized and who attended them, and where."""
    for item in loaded["events.yaml"]:
        event = item.model
        country = check.country(item.row, event.country)
        _evidenced(plan, check, "Event", item, event.model_dump(exclude={"evidence", "organized_by", "attended_by"}))
        for key, kind in (("organized_by", "ORGANIZED"), ("attended_by", "ATTENDED")):
            for index, name in enumerate(getattr(event, key)):
                body = check.body(item.row, (key, index), name)
                if body:
                    plan.relate(kind, body, event.id)
        if country:
            plan.relate("IN_COUNTRY", event.id, country.lower())


def _plan_activities(plan: Plan, check: Checker, loaded: dict[str, list[Loaded]]) -> None:
    """Joint activities, who took part in what role, and where."""
    for item in loaded["activities.yaml"]:
        activity = item.model
        country = check.country(item.row, activity.country)
        if activity.precision != activity.expected_precision():
            check.problem(
                item.row,
                ("precision",),
                f"got {activity.precision!r} for start {activity.start!r}; expected {activity.expected_precision()!r}",
            )
        _evidenced(plan, check, "Activity", item, activity.model_dump(exclude={"evidence", "participants"}))
        for index, participant in enumerate(activity.participants):
            body = check.body(item.row, ("participants", index, "mechanism"), participant.mechanism)
            if body:
                plan.relate("PARTICIPATED_IN", body, activity.id, role=participant.role)
        if country:
            plan.relate("IN_COUNTRY", activity.id, country.lower())


def _plan_countries(plan: Plan, check: Checker, loaded: dict[str, list[Loaded]]) -> None:
    """A Country node for every country an event or activity took place in (codes already checked)."""
    codes = {end.upper() for _kind, _start, end, _props in plan.relationships_of({"IN_COUNTRY"})}
    for code in sorted(codes):
        country = pycountry.countries.get(alpha_3=code)
        name = getattr(country, "common_name", None) or country.name
        plan.add_node("Country", {"id": code.lower(), "code": code, "name": name})


def _plan_references(plan: Plan, check: Checker, loaded: dict[str, list[Loaded]]) -> None:
    """Who cites whom: one Reference node per (source, kind, target, status), and a direct link; a row
    marked ``mutual`` (the two bodies share with each other) is one node and one link, marked on both."""
    for item in loaded["references.yaml"]:
        reference = item.model
        source = check.body(item.row, ("source",), reference.source)
        target = check.body(item.row, ("target",), reference.target)
        if not (source and target):
            continue
        reference_id = f"ref-{source}-{reference.kind.replace('_', '-')}-{target}-{reference.status}"
        existing = plan.nodes["Reference"].get(reference_id)
        # ``mutual`` is stored only when true, so the rows without it keep their nodes as they were.
        mutual = reference.mutual or (existing or {}).get("mutual") or None
        values = {
            "id": reference_id,
            "kind": reference.kind,
            "status": reference.status,
            "note": reference.note or (existing or {}).get("note"),
            "mutual": mutual,
        }
        _evidenced(plan, check, "Reference", item, values)
        plan.relate("MAKES", source, reference_id)
        plan.relate("ABOUT", reference_id, target)
        plan.relate(
            "REFERENCES",
            source,
            target,
            kind=reference.kind,
            status=reference.status,
            reference=reference_id,
            mutual=mutual,
        )


def _plan_workplans(plan: Plan, check: Checker, loaded: dict[str, list[Loaded]]) -> None:
    """Workplans, their document and the event that adopted them."""
    event_ids = {item.model.id for item in loaded["events.yaml"]}
    for item in loaded["workplans.yaml"]:
        workplan = item.model
        _evidenced(
            plan,
            check,
            "Workplan",
            item,
            workplan.model_dump(exclude={"evidence", "adopted_at", "document"}) | {"document": workplan.document},
        )
        if workplan.document not in check.documents:
            check.problem(item.row, ("document",), f"unknown document {workplan.document!r}")
        else:
            plan.relate("FROM_DOCUMENT", workplan.id, workplan.document)
        if workplan.adopted_at:
            if workplan.adopted_at not in event_ids:
                check.problem(
                    item.row, ("adopted_at",), f"unknown event {workplan.adopted_at!r}; expected an id of events.yaml"
                )
            else:
                plan.relate("ADOPTED", workplan.adopted_at, workplan.id)


def _plan_workplan_items(plan: Plan, check: Checker, loaded: dict[str, list[Loaded]]) -> None:
    """Workplan items and their owners, with roles and exceptions."""
    workplan_ids = {item.model.id for item in loaded["workplans.yaml"]}
    for item in loaded["workplan_items.yaml"]:
        work = item.model
        if work.workplan not in workplan_ids:
            check.problem(
                item.row, ("workplan",), f"unknown workplan {work.workplan!r}; expected an id of workplans.yaml"
            )
            continue
        _evidenced(plan, check, "WorkplanItem", item, work.model_dump(exclude={"evidence", "owners"}))
        plan.relate("PART_OF", work.id, work.workplan)
        for index, owner in enumerate(work.owners):
            body = check.body(item.row, ("owners", index, "owner"), owner.owner)
            excluded = [
                check.body(item.row, ("owners", index, "except", n), name) for n, name in enumerate(owner.except_)
            ]
            if body:
                plan.relate(
                    "RESPONSIBLE_FOR",
                    body,
                    work.id,
                    role=owner.role,
                    **({"except": sorted(e for e in excluded if e)} if owner.except_ else {}),
                )


def _plan_corrections(plan: Plan, check: Checker, loaded: dict[str, list[Loaded]]) -> None:
    """Corrections of the documents."""
    for item in loaded["corrections.yaml"]:
        correction = item.model
        _evidenced(plan, check, "Correction", item, correction.model_dump(exclude={"evidence"}))
        if correction.document not in check.documents:
            check.problem(item.row, ("document",), f"unknown document {correction.document!r}")
        else:
            plan.relate("CORRECTS", correction.id, correction.document)


def _plan_progress(plan: Plan, check: Checker, loaded: dict[str, list[Loaded]]) -> None:
    """Workplan progress: where an owner stands on an item, on a date (progress.yaml)."""
    items = plan.nodes["WorkplanItem"]
    for item in loaded["progress.yaml"]:
        progress = item.model
        if progress.item not in items:
            check.problem(
                item.row, ("item",), f"unknown workplan item {progress.item!r}; expected an id of workplan_items.yaml"
            )
            continue
        owner = check.body(item.row, ("owner",), progress.owner)
        if not owner:
            continue
        node = f"progress-{progress.item}-{owner}-{progress.date}-{progress.status.replace('_', '-')}"
        values = {"id": node, **progress.model_dump(exclude={"evidence"}), "owner": owner}
        _evidenced(plan, check, "Progress", item, values)
        plan.relate("OF", node, progress.item)
        plan.relate("BY", node, owner)


# The extension seam: a new kind of fact is one more planner here. Order matters where a planner
# reads what an earlier one planned (countries come from the places of events and activities).
_PLANNERS = (
    _plan_documents,
    _plan_bodies,
    plan_settled_names,
    _plan_focal_points,
    _plan_events,
    _plan_activities,
    _plan_countries,
    _plan_references,
    _plan_workplans,
    _plan_workplan_items,
    _plan_corrections,
    _plan_progress,
)
