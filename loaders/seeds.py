"""Curated seed data: validate every file first, then write it all in one transaction.

``validate(folder)`` reads the seed files, checks each row against its model, resolves every
name to an id, and checks every quote against its source document; it returns a
:class:`Plan` (the nodes and relationships to hold) and the list of problems. ``write(graph,
plan)`` makes the curated part of the graph equal to the plan: it creates what is new,
updates what changed, removes what the seeds no longer hold, and leaves the rest alone, so
loading twice changes nothing.

>>> plan, problems = validate(Path("seeds"))             # doctest: +SKIP
>>> write(graph, plan).created["Mechanism"]              # doctest: +SKIP
152
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import pycountry
from pydantic import ValidationError

from graph import links, schema
from graph.connection import Graph, rows as run_rows
from graph.errors import MechGraphError
from loaders import models
from registry.names import SEEDS, Resolver
from registry.yamlfile import Row, SeedFileError, read_rows

CURATED = "curated"
BATCH = 5000
Report = Callable[[str], None]


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a seed file, where it is and what was expected."""

    path: Path
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class InvalidSeeds(MechGraphError):
    """The seed files have problems; nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        listing = "\n".join(f"  {problem}" for problem in problems[:200])
        more = f"\n  … and {len(problems) - 200} more" if len(problems) > 200 else ""
        super().__init__(f"{len(problems)} problem(s) in the seed files; nothing was written.\n{listing}{more}")


@dataclass
class Plan:
    """The curated graph the seeds describe: nodes by label and relationships."""

    nodes: dict[str, dict[str, dict]] = field(default_factory=lambda: defaultdict(dict))
    relationships: set[tuple[str, str, str, str]] = field(default_factory=set)  # type, start, end, props JSON

    def label_of(self) -> dict[str, str]:
        return {node_id: label for label, nodes in self.nodes.items() for node_id in nodes}

    def add_node(self, label: str, properties: dict) -> str:
        clean = {key: value for key, value in properties.items() if value not in (None, [], "")}
        clean["source"] = CURATED
        self.nodes[label][clean["id"]] = clean
        return clean["id"]

    def relate(self, rel_type: str, start: str, end: str, /, **properties) -> None:
        clean = {key: value for key, value in properties.items() if value not in (None, [], "")}
        clean["source"] = CURATED
        self.relationships.add((rel_type, start, end, json.dumps(clean, sort_keys=True)))


# -- reading and checking -------------------------------------------------------------
def squash(text: str) -> str:
    """Text without any white space: quotes are compared in this form."""
    return re.sub(r"\s+", "", text)


def _field_name(location: tuple) -> str:
    return ".".join(str(part) if not isinstance(part, int) else f"[{part}]" for part in location).replace(".[", "[")


def _pydantic_problems(row: Row, error: ValidationError) -> list[Problem]:
    problems = []
    for detail in error.errors():
        location = tuple("except" if part == "except_" else part for part in detail["loc"])
        message = detail["msg"]
        if detail["type"] == "extra_forbidden":
            message = "unknown field (check its spelling against the other rows)"
        elif detail["type"] == "literal_error":
            message = f"got {detail['input']!r}; {detail['msg'].lower()}"
        elif detail["type"] == "string_pattern_mismatch" and location and location[-1] in ("id",):
            message = f"got {detail['input']!r}; expected a lower-kebab id such as 'achpr' or 'ohchr-nirms'"
        elif detail["type"] == "string_pattern_mismatch":
            message = f"got {detail['input']!r}; expected {_PATTERN_HINTS.get(detail['ctx']['pattern'], detail['msg'])}"
        problems.append(Problem(row.path, row.line_of(location), _field_name(location), message))
    return problems


_PATTERN_HINTS = {
    r"^\d{4}(-\d{2}(-\d{2})?)?$": "a date as YYYY, YYYY-MM or YYYY-MM-DD",
    r"^[A-Z]{3}$": "an ISO 3166 alpha-3 country code such as 'MEX'",
    models.ID_PATTERN: "a lower-kebab id such as 'achpr'",
}


@dataclass
class Loaded:
    """A validated row and where it came from."""

    row: Row
    model: models.Strict


def read_folder(folder: Path) -> tuple[dict[str, list[Loaded]], list[Problem]]:
    """Every seed file of ``folder``, validated row by row against its model."""
    loaded: dict[str, list[Loaded]] = {name: [] for name in models.FILES}
    problems: list[Problem] = []
    if not folder.is_dir():
        raise MechGraphError(f"{folder} is not a folder of seed files.")
    for required in ("documents.yaml", "mechanisms.yaml"):
        if not (folder / required).exists():
            problems.append(Problem(folder / required, 0, "", "missing: every seed folder needs this file"))
    for file_name, model in models.FILES.items():
        path = folder / file_name
        if not path.exists():
            continue
        try:
            file_rows = read_rows(path)
        except SeedFileError as error:
            problems.append(Problem(path, error.line, "", error.problem))
            continue
        for row in file_rows:
            if not isinstance(row.data, dict):
                problems.append(Problem(path, row.line, "", "expected a mapping of fields (key: value)"))
                continue
            try:
                loaded[file_name].append(Loaded(row, model.model_validate(row.data)))
            except ValidationError as error:
                problems.extend(_pydantic_problems(row, error))
    unknown = sorted(p.name for p in folder.glob("*.y*ml") if p.name not in models.FILES)
    for name in unknown:
        problems.append(Problem(folder / name, 0, "", f"not a seed file name; expected one of {', '.join(models.FILES)}"))
    return loaded, problems


def _location_of(row: Row, spelling: str) -> tuple:
    """The field of a mechanism row that holds ``spelling`` (for pointing at its line)."""
    for key in ("acronyms", "aliases", "aliases_fr", "aliases_zh"):
        for index, value in enumerate(row.data.get(key) or []):
            if value == spelling:
                return (key, index)
    for key in ("name", "name_fr", "name_zh", "id"):
        if row.data.get(key) == spelling:
            return (key,)
    return ()


class Checker:
    """The checks that need more than one row: ids, names, documents and quotes."""

    def __init__(self, folder: Path, loaded: dict[str, list[Loaded]]):
        self.folder = folder
        self.loaded = loaded
        self.problems: list[Problem] = []
        self.resolver = Resolver(
            [item.row.data for name in ("mechanisms.yaml", "organizations.yaml") for item in loaded[name]]
        )
        self.documents = {item.model.id: item for item in loaded["documents.yaml"]}
        self.texts: dict[str, str] = {}
        for item in loaded["documents.yaml"]:
            path = folder / item.model.file
            try:
                self.texts[item.model.id] = squash(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError) as error:
                self.problem(item.row, ("file",), f"cannot read {path}: {getattr(error, 'strerror', None) or error}")

    def problem(self, row: Row, location: tuple, message: str) -> None:
        self.problems.append(Problem(row.path, row.line_of(location), _field_name(location), message))

    def body(self, row: Row, location: tuple, name: str, also: Iterable[str] = ()) -> str | None:
        """The id of the body ``name`` refers to (any known spelling), or a problem."""
        if name in also:
            return name
        match = self.resolver.resolve(name)
        if match.id:
            return match.id
        nearest = self.resolver.nearest(name, 3)
        self.problem(row, location, f"unknown body {name!r}; expected an id or a name of mechanisms.yaml or "
                                    f"organizations.yaml" + (f"; nearest: {nearest}" if nearest else ""))
        return None

    def evidence(self, item: Loaded) -> list[models.Evidence]:
        for index, evidence in enumerate(item.model.evidence):
            location = ("evidence", index)
            if evidence.document not in self.documents:
                self.problem(item.row, location + ("document",),
                             f"unknown document {evidence.document!r}; expected one of {', '.join(sorted(self.documents))}")
                continue
            if models.words(evidence.quote) > 25:
                self.problem(item.row, location + ("quote",),
                             f"{models.words(evidence.quote)} words; a quote has at most 25 words (60 Chinese characters)")
            text = self.texts.get(evidence.document)
            if text is not None and squash(evidence.quote) not in text:
                self.problem(item.row, location + ("quote",),
                             f"not found in {self.documents[evidence.document].model.file}; copy it exactly from the document")
        return list(item.model.evidence)

    def unique_ids(self) -> None:
        seen: dict[str, Row] = {}
        for items in self.loaded.values():
            for item in items:
                identifier = getattr(item.model, "id", None)
                if identifier is None:
                    continue
                if identifier in seen:
                    first = seen[identifier]
                    self.problem(item.row, ("id",), f"{identifier!r} is already the id of {first.path.name}:{first.line}")
                else:
                    seen[identifier] = item.row

    def name_conflicts(self) -> None:
        rows = {item.model.id: item.row for name in ("mechanisms.yaml", "organizations.yaml") for item in self.loaded[name]}
        for _key, first, second in self.resolver.conflicts:
            row = rows[second.id]
            where = _location_of(row, second.surface)
            self.problem(row, where, f"the spelling {second.surface!r} of {second.id!r} already names "
                                     f"{first.id!r} ({first.surface!r}); a spelling names one body only")

    def country(self, row: Row, code: str | None) -> str | None:
        if code is None:
            return None
        if pycountry.countries.get(alpha_3=code) is None:
            self.problem(row, ("country",), f"{code!r} is not an ISO 3166 alpha-3 country code")
            return None
        return code


def validate(folder: Path = SEEDS) -> tuple[Plan, list[Problem]]:
    """Read and check a seed folder; the plan is only meaningful when there are no problems."""
    folder = Path(folder)
    loaded, problems = read_folder(folder)
    check = Checker(folder, loaded)
    check.unique_ids()
    check.name_conflicts()
    plan = Plan()
    _plan(plan, check, loaded)
    return plan, problems + check.problems


def _evidenced(plan: Plan, check: Checker, label: str, item: Loaded, properties: dict) -> str:
    """Add a fact node with its Evidence nodes, each tied to its document."""
    node_id = plan.add_node(label, properties)
    for evidence in check.evidence(item):
        document = check.documents.get(evidence.document)
        digest = hashlib.sha1(f"{evidence.document}|{evidence.locator}|{evidence.quote}".encode()).hexdigest()[:16]
        evidence_id = plan.add_node("Evidence", {
            "id": f"ev-{digest}", "document": evidence.document,
            "symbol": document.model.symbol if document else None,
            "locator": evidence.locator, "quote": evidence.quote, "status": "accepted",
        })
        plan.relate("EVIDENCED_BY", node_id, evidence_id)
        plan.relate("FROM", evidence_id, evidence.document)
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
        properties = point.model_dump(exclude={"evidence", "focal_point_of", "liaises_with"})
        for key in ("held_by", "designated_by"):
            if properties[key]:
                properties[key] = check.body(item.row, (key,), properties[key])
        _evidenced(plan, check, "FocalPoint", item, properties)
        target = check.body(item.row, ("focal_point_of",), point.focal_point_of)
        if target:
            plan.relate("FOCAL_POINT_OF", point.id, target)
        for index, other in enumerate(point.liaises_with):
            other_id = check.body(item.row, ("liaises_with", index), other, also=focal_ids)
            if other_id:
                plan.relate("LIAISES_WITH", point.id, other_id)


def _plan_events_and_activities(plan: Plan, check: Checker, loaded: dict[str, list[Loaded]]) -> None:
    """Events and joint activities, with who took part and where (Country nodes)."""
    countries = set()
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
            countries.add(country)
            plan.relate("IN_COUNTRY", event.id, country.lower())
    for item in loaded["activities.yaml"]:
        activity = item.model
        country = check.country(item.row, activity.country)
        if activity.precision != activity.expected_precision():
            check.problem(item.row, ("precision",), f"got {activity.precision!r} for start {activity.start!r}; "
                                                    f"expected {activity.expected_precision()!r}")
        _evidenced(plan, check, "Activity", item, activity.model_dump(exclude={"evidence", "participants"}))
        for index, participant in enumerate(activity.participants):
            body = check.body(item.row, ("participants", index, "mechanism"), participant.mechanism)
            if body:
                plan.relate("PARTICIPATED_IN", body, activity.id, role=participant.role)
        if country:
            countries.add(country)
            plan.relate("IN_COUNTRY", activity.id, country.lower())
    for code in sorted(countries):
        country = pycountry.countries.get(alpha_3=code)
        plan.add_node("Country", {"id": code.lower(), "code": code, "name": getattr(country, "common_name", None) or country.name})


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
        properties = {"id": reference_id, "kind": reference.kind, "status": reference.status,
                      "note": reference.note or (existing or {}).get("note"), "mutual": mutual}
        _evidenced(plan, check, "Reference", item, properties)
        plan.relate("MAKES", source, reference_id)
        plan.relate("ABOUT", reference_id, target)
        plan.relate("REFERENCES", source, target, kind=reference.kind, status=reference.status, reference=reference_id,
                    mutual=mutual)


def _plan_workplans(plan: Plan, check: Checker, loaded: dict[str, list[Loaded]]) -> None:
    """Workplans, their document and the event that adopted them."""
    event_ids = {item.model.id for item in loaded["events.yaml"]}
    for item in loaded["workplans.yaml"]:
        workplan = item.model
        _evidenced(plan, check, "Workplan", item, workplan.model_dump(exclude={"evidence", "adopted_at", "document"})
                   | {"document": workplan.document})
        if workplan.document not in check.documents:
            check.problem(item.row, ("document",), f"unknown document {workplan.document!r}")
        else:
            plan.relate("FROM_DOCUMENT", workplan.id, workplan.document)
        if workplan.adopted_at:
            if workplan.adopted_at not in event_ids:
                check.problem(item.row, ("adopted_at",), f"unknown event {workplan.adopted_at!r}; expected an id of events.yaml")
            else:
                plan.relate("ADOPTED", workplan.adopted_at, workplan.id)


def _plan_workplan_items(plan: Plan, check: Checker, loaded: dict[str, list[Loaded]]) -> None:
    """Workplan items and their owners, with roles and exceptions."""
    workplan_ids = {item.model.id for item in loaded["workplans.yaml"]}
    for item in loaded["workplan_items.yaml"]:
        work = item.model
        if work.workplan not in workplan_ids:
            check.problem(item.row, ("workplan",), f"unknown workplan {work.workplan!r}; expected an id of workplans.yaml")
            continue
        _evidenced(plan, check, "WorkplanItem", item, work.model_dump(exclude={"evidence", "owners"}))
        plan.relate("PART_OF", work.id, work.workplan)
        for index, owner in enumerate(work.owners):
            body = check.body(item.row, ("owners", index, "owner"), owner.owner)
            excluded = [check.body(item.row, ("owners", index, "except", n), name) for n, name in enumerate(owner.except_)]
            if body:
                plan.relate("RESPONSIBLE_FOR", body, work.id, role=owner.role,
                            **({"except": sorted(e for e in excluded if e)} if owner.except_ else {}))


def _plan_corrections(plan: Plan, check: Checker, loaded: dict[str, list[Loaded]]) -> None:
    """Corrections of the documents."""
    for item in loaded["corrections.yaml"]:
        correction = item.model
        _evidenced(plan, check, "Correction", item, correction.model_dump(exclude={"evidence"}))
        if correction.document not in check.documents:
            check.problem(item.row, ("document",), f"unknown document {correction.document!r}")
        else:
            plan.relate("CORRECTS", correction.id, correction.document)


_PLANNERS = (_plan_documents, _plan_bodies, _plan_focal_points, _plan_events_and_activities, _plan_references,
             _plan_workplans, _plan_workplan_items, _plan_corrections)


def _plan(plan: Plan, check: Checker, loaded: dict[str, list[Loaded]]) -> None:
    for planner in _PLANNERS:
        planner(plan, check, loaded)


# -- writing --------------------------------------------------------------------------
@dataclass
class Summary:
    """What a load did, per label and relationship type."""

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
        yield items[start:start + size]


def _sync(tx, plan: Plan, label_of: dict[str, str], report: Report) -> Summary:
    summary = Summary()
    current: dict[str, dict[str, dict]] = defaultdict(dict)
    for row in run_rows(tx, "MATCH (n) WHERE n.source = $source RETURN labels(n)[0] AS label, properties(n) AS props",
                        {"source": CURATED}):
        current[row["label"]][row["props"]["id"]] = row["props"]
    for label in sorted(set(plan.nodes) | set(current)):
        wanted, present = plan.nodes.get(label, {}), current.get(label, {})
        changed = [props for node_id, props in wanted.items() if present.get(node_id) != props]
        stale = [node_id for node_id in present if node_id not in wanted]
        summary.created[label] += sum(1 for props in changed if props["id"] not in present)
        summary.updated[label] += sum(1 for props in changed if props["id"] in present)
        summary.unchanged[label] += len(wanted) - len(changed)
        summary.deleted[label] += len(stale)
        if changed or stale:
            report(f"  {label}: writing {len(changed)}, removing {len(stale)}…")
        for batch in _batches(changed):
            tx.run(f"UNWIND $rows AS row MERGE (n:`{label}` {{id: row.id}}) SET n = row", {"rows": batch}).consume()
        for batch in _batches(stale):
            tx.run(f"UNWIND $ids AS id MATCH (n:`{label}` {{id: id}}) DETACH DELETE n", {"ids": batch}).consume()

    existing = {}
    for row in run_rows(tx, "MATCH (a)-[r]->(b) WHERE r.source = $source "
                            "RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props, "
                            "elementId(r) AS element_id", {"source": CURATED}):
        key = (row["type"], row["start"], row["end"], json.dumps(row["props"], sort_keys=True))
        existing.setdefault(key, []).append(row["element_id"])
    stale = [element for key, elements in existing.items() for element in (elements if key not in plan.relationships else elements[1:])]
    for key in existing:
        if key in plan.relationships:
            summary.relationships_unchanged[key[0]] += 1
        else:
            summary.relationships_deleted[key[0]] += len(existing[key])
    for batch in _batches(stale):
        tx.run("UNWIND $ids AS id MATCH ()-[r]->() WHERE elementId(r) = id DELETE r", {"ids": batch}).consume()

    groups: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for key in sorted(plan.relationships - set(existing)):
        kind, start, end, props = key
        groups[(kind, label_of[start], label_of[end])].append({"start": start, "end": end, "props": json.loads(props)})
        summary.relationships_created[kind] += 1
    if groups or stale:
        report(f"  relationships: creating {sum(map(len, groups.values()))}, removing {len(stale)}…")
    for (kind, start_label, end_label), rels in sorted(groups.items()):
        for batch in _batches(rels):
            tx.run(
                f"UNWIND $rows AS row MATCH (a:`{start_label}` {{id: row.start}}) MATCH (b:`{end_label}` {{id: row.end}}) "
                f"CREATE (a)-[r:`{kind}`]->(b) SET r = row.props",
                {"rows": batch},
            ).consume()
    if summary.changed:
        report("  links between bodies: rebuilding…")
        links.refresh(tx)
        schema.record_load(tx, "seeds")
    return summary


def write(graph: Graph, plan: Plan, report: Report = lambda _message: None) -> Summary:
    """Make the curated part of the graph equal to ``plan``, in one transaction."""
    label_of = plan.label_of()
    missing = [(kind, start, end) for kind, start, end, _ in plan.relationships
               if start not in label_of or end not in label_of]
    if missing:
        raise MechGraphError(f"the plan links nodes it does not hold: {missing[:3]}")
    return graph.write_transaction(lambda tx: _sync(tx, plan, label_of, report))


def load(graph: Graph | None, folder: Path = SEEDS, dry_run: bool = False, report: Report = lambda _m: None):
    """Validate ``folder`` and, unless ``dry_run``, write it; raises :class:`InvalidSeeds`."""
    report(f"Validating {folder}…")
    plan, problems = validate(folder)
    if problems:
        raise InvalidSeeds(problems)
    if dry_run or graph is None:
        return plan, None
    schema.init(graph)  # MERGE on ids relies on the unique constraints
    report("Writing in one transaction…")
    return plan, write(graph, plan, report)
