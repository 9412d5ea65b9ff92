"""The names a person settled in the review (``decisions/names.yaml``), as the plan holds them: an alias joins
its body's spellings, a new body becomes a Mechanism. One planner of :mod:`loaders.seeds.plan`'s table; the
file's rows are read and checked like every seed file's, and a reload replays them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.seeds import models
from loaders.seeds.check import Checker
from loaders.seeds.read import Loaded
from loaders.writing import evidence_id, squash
from registry import settled
from registry.names import LANGUAGE_FIELDS

if TYPE_CHECKING:
    from loaders.seeds.plan import Plan

__all__ = ["plan_settled_names"]


def plan_settled_names(plan: Plan, check: Checker, loaded: dict[str, list[Loaded]]) -> None:
    """The names a person settled (decisions/names.yaml, the last row on a name holds): an alias joins its
    body's aliases, a new body is a Mechanism (PART_OF its parent, evidenced when the seeds hold its
    document; an ingested-only document's evidence is written by its ingestion). A decision whose body
    or parent no longer exists is a problem, never passed over."""
    holding: dict[str, Loaded] = {}
    for item in loaded[str(settled.FILE)]:
        holding[settled.name_key(item.model.name)] = item
    new_ids = {item.model.id for item in holding.values() if item.model.decision == "new_body"}
    for item in holding.values():
        decision = item.model
        if decision.decision == "alias":
            _plan_alias(plan, check, item, new_ids)
        elif decision.decision == "new_body":
            _plan_new_body(plan, check, item, new_ids)


def _plan_alias(plan: Plan, check: Checker, item: Loaded, new_ids: set[str]) -> None:
    decision = item.model
    body = decision.body if decision.body in new_ids else check.resolver.resolve(decision.body).id
    label = next((label for label in ("Mechanism", "Organization") if body in plan.nodes[label]), None)
    if body is None or label is None:
        check.problem(
            item.row, ("body",), f"unknown body {decision.body!r}: the alias {decision.name!r} has no body to join"
        )
        return
    named = check.resolver.resolve(decision.name).id
    if named and named != body:
        check.problem(item.row, ("name",), f"{decision.name!r} already names {named!r}; a spelling names one body")
        return
    if named == body:
        return  # already one of its spellings
    field_name = LANGUAGE_FIELDS[decision.lang][1]
    node = plan.nodes[label][body]
    plan.nodes[label][body] = {**node, field_name: [*node.get(field_name, []), decision.name]}


def _plan_new_body(plan: Plan, check: Checker, item: Loaded, new_ids: set[str]) -> None:
    decision = item.model
    evidence = models.Evidence(document=decision.document, locator=decision.locator, quote=decision.quote)
    body = models.Mechanism(
        id=decision.id,
        name=decision.name,
        system=decision.system,
        kind=decision.kind,
        region=decision.region,
        evidence=[evidence],
    )
    plan.add_node("Mechanism", body.model_dump(exclude={"evidence", "part_of"}))
    if decision.parent:
        parent = check.body(item.row, ("parent",), decision.parent, also=new_ids)
        if parent:
            plan.relate("PART_OF", decision.id, parent)
    document = check.documents.get(decision.document)
    if document is None:
        return  # an ingested-only document: its ingestion writes this evidence (loaders.documents.settle)
    text = check.texts.get(decision.document)
    if text is not None and squash(decision.quote) not in text:
        check.problem(item.row, ("quote",), f"not found in {document.model.file}; copy it exactly from the document")
        return
    node = plan.add_node(
        "Evidence",
        {
            "id": evidence_id(decision.document, decision.locator, decision.quote),
            "document": decision.document,
            "symbol": document.model.symbol,
            "locator": decision.locator,
            "quote": decision.quote,
            "status": "accepted",
        },
    )
    plan.relate("EVIDENCED_BY", decision.id, node)
    plan.relate("FROM", node, decision.document)
