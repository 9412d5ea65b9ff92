"""The rows of a synthetic seed folder, streamed file by file, for an offline import too big to validate.

``loaders.seeds.validate`` holds the whole folder and the whole plan in memory (about 2.4 GB at
scale 1, so over 20 GB at scale 10). The folders :mod:`bench.synth` writes are valid by
construction, so for the 10^7 import their rows can be turned into nodes and relationships one
at a time instead: each row is read alone, checked by its seed model (the same pydantic models the
loader uses), and mapped as the planners of :mod:`loaders.seeds.plan` map it, for the kinds of
fact the generator writes (no settled names, corrections or progress). Bodies are named by id,
as the generator names them. Quotes are not checked against their documents.

What stays in memory: the symbol of each document, the label of each body, the ids of the
Evidence and Reference nodes already written, and the (reference, evidence) pairs already
linked, so that what the loader merges is written once. tests/test_bench.py checks that these
rows are exactly the validated plan's.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pycountry
import yaml

from loaders.seeds import CURATED, models
from loaders.writing import evidence_id, properties

__all__ = ["rows"]

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read(path: Path) -> Iterator[dict]:
    """The rows of a seed file one at a time: each starts with "- " at the first column, as the generator writes them."""
    if not path.exists():
        return
    lines: list[str] = []
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            if line.startswith("- ") and lines:
                yield yaml.load("".join(lines), Loader=_LOADER)[0]
                lines = []
            if not line.startswith("#"):
                lines.append(line)
    if lines:
        yield yaml.load("".join(lines), Loader=_LOADER)[0]


def _node(label: str, values: dict) -> tuple:
    clean = properties(values)
    clean["source"] = CURATED
    return ("node", label, clean)


def _rel(rel_type: str, start_label: str, start: str, end_label: str, end: str, /, **values) -> tuple:
    clean = properties(values)
    clean["source"] = CURATED
    return ("rel", rel_type, start_label, start, end_label, end, clean)


class _Rows:
    def __init__(self, folder: Path):
        self.folder = folder
        self.symbols: dict[str, str | None] = {}  # document id -> symbol
        self.bodies: dict[str, str] = {}  # body id -> label
        self.evidence: set[str] = set()
        self.references: set[str] = set()
        self.countries: set[str] = set()
        self.reference_evidence: set[int] = set()  # hashes of (reference, evidence): 8 bytes where a tuple takes 100

    def items(self, name: str) -> Iterator[models.Strict]:
        model = models.FILES[name]
        for data in _read(self.folder / name):
            yield model.model_validate(data)

    def evidenced(self, label: str, node_id: str, evidence: list[models.Evidence], merged: bool = False) -> Iterator:
        """The Evidence nodes (each once) of a fact, tied to it and to their documents."""
        linked: set[str] = set()
        for quote in evidence:
            node = evidence_id(quote.document, quote.locator, quote.quote)
            if node not in self.evidence:
                self.evidence.add(node)
                yield _node(
                    "Evidence",
                    {
                        "id": node,
                        "document": quote.document,
                        "symbol": self.symbols.get(quote.document),
                        "locator": quote.locator,
                        "quote": quote.quote,
                        "status": "accepted",
                    },
                )
                yield _rel("FROM", "Evidence", node, "Document", quote.document)
            if merged:  # a node several rows make: its links to evidence are merged across the rows
                key = hash((node_id, node))
                if key in self.reference_evidence:
                    continue
                self.reference_evidence.add(key)
            elif node in linked:
                continue
            linked.add(node)
            yield _rel("EVIDENCED_BY", label, node_id, "Evidence", node)

    def country(self, fact_label: str, fact: str, code: str | None) -> Iterator:
        if code:
            self.countries.add(code)
            yield _rel("IN_COUNTRY", fact_label, fact, "Country", code.lower())

    def __iter__(self) -> Iterator[tuple]:
        for document in self.items("documents.yaml"):
            self.symbols[document.id] = document.symbol
            yield _node("Document", document.model_dump(exclude={"evidence", "translation_of"}))
            yield from self.evidenced("Document", document.id, document.evidence)
            if document.translation_of:
                yield _rel("TRANSLATION_OF", "Document", document.id, "Document", document.translation_of)
        for name, label in (("organizations.yaml", "Organization"), ("mechanisms.yaml", "Mechanism")):
            for body in self.items(name):
                self.bodies[body.id] = label
                yield _node(label, body.model_dump(exclude={"evidence", "part_of"}))
                yield from self.evidenced(label, body.id, body.evidence)
                for parent in getattr(body, "part_of", []):
                    yield _rel("PART_OF", label, body.id, self.bodies[parent], parent)
        for point in self.items("focal_points.yaml"):
            values = point.model_dump(exclude={"evidence", "focal_point_of", "liaises_with"})
            yield _node("FocalPoint", values)
            yield from self.evidenced("FocalPoint", point.id, point.evidence)
            target = point.focal_point_of
            yield _rel("FOCAL_POINT_OF", "FocalPoint", point.id, self.bodies[target], target)
            for other in point.liaises_with:
                yield _rel("LIAISES_WITH", "FocalPoint", point.id, self.bodies[other], other)
        for event in self.items("events.yaml"):
            yield _node("Event", event.model_dump(exclude={"evidence", "organized_by", "attended_by"}))
            yield from self.evidenced("Event", event.id, event.evidence)
            for key, kind in (("organized_by", "ORGANIZED"), ("attended_by", "ATTENDED")):
                for body in getattr(event, key):
                    yield _rel(kind, self.bodies[body], body, "Event", event.id)
            yield from self.country("Event", event.id, event.country)
        for activity in self.items("activities.yaml"):
            yield _node("Activity", activity.model_dump(exclude={"evidence", "participants"}))
            yield from self.evidenced("Activity", activity.id, activity.evidence)
            for participant in activity.participants:
                body = participant.mechanism
                yield _rel("PARTICIPATED_IN", self.bodies[body], body, "Activity", activity.id, role=participant.role)
            yield from self.country("Activity", activity.id, activity.country)
        for code in sorted(self.countries):
            country = pycountry.countries.get(alpha_3=code)
            name = getattr(country, "common_name", None) or country.name
            yield _node("Country", {"id": code.lower(), "code": code, "name": name})
        yield from self._references()
        for workplan in self.items("workplans.yaml"):
            values = workplan.model_dump(exclude={"evidence", "adopted_at", "document"}) | {
                "document": workplan.document
            }
            yield _node("Workplan", values)
            yield from self.evidenced("Workplan", workplan.id, workplan.evidence)
            yield _rel("FROM_DOCUMENT", "Workplan", workplan.id, "Document", workplan.document)
        for work in self.items("workplan_items.yaml"):
            yield _node("WorkplanItem", work.model_dump(exclude={"evidence", "owners"}))
            yield from self.evidenced("WorkplanItem", work.id, work.evidence)
            yield _rel("PART_OF", "WorkplanItem", work.id, "Workplan", work.workplan)
            for owner in work.owners:
                body = owner.owner
                yield _rel("RESPONSIBLE_FOR", self.bodies[body], body, "WorkplanItem", work.id, role=owner.role)

    def _references(self) -> Iterator[tuple]:
        """One Reference node per (source, kind, target, status), as the loader merges them (the
        generator writes neither notes nor ``mutual``)."""
        for reference in self.items("references.yaml"):
            source, target = reference.source, reference.target
            reference_id = f"ref-{source}-{reference.kind.replace('_', '-')}-{target}-{reference.status}"
            first = reference_id not in self.references
            if first:
                self.references.add(reference_id)
                values = {"id": reference_id, "kind": reference.kind, "status": reference.status}
                yield _node("Reference", values)
            yield from self.evidenced("Reference", reference_id, reference.evidence, merged=True)
            if first:
                yield _rel("MAKES", self.bodies[source], source, "Reference", reference_id)
                yield _rel("ABOUT", "Reference", reference_id, self.bodies[target], target)
                yield _rel(
                    "REFERENCES",
                    self.bodies[source],
                    source,
                    self.bodies[target],
                    target,
                    kind=reference.kind,
                    status=reference.status,
                    reference=reference_id,
                )


def rows(folder: Path) -> Iterator[tuple]:
    """Every node and relationship of a synthetic seed folder, as :func:`bench.admin_import.plan_rows` gives a plan's."""
    return iter(_Rows(Path(folder)))
