r"""What both pipelines share when they write: evidence ids, quotes, finding a body, clean properties.

The seed loader and document ingestion write different facts, but they name evidence the same
way, find bodies the same way and never store empty values, so that a quote loaded from the
seeds and the same quote found in a document meet in one Evidence node.

>>> evidence_id("a-hrc-23-18", "para. 12", "The Special Rapporteur visited…")
'ev-96df2cb34c692116'
>>> squash("Joint  visit to\tMexico") == squash("Joint visit to Mexico")
True
>>> properties({"name": "OHCHR", "aliases": [], "note": None, "region": ""})
{'name': 'OHCHR'}
"""

from __future__ import annotations

import hashlib
import re

__all__ = ["evidence_id", "squash", "body_named", "properties"]


def evidence_id(document: str, locator: str, quote: str) -> str:
    """The id of the Evidence node of one quote: the same quote at the same place is one node."""
    return "ev-" + hashlib.sha1(f"{document}|{locator}|{quote}".encode()).hexdigest()[:16]


def squash(text: str) -> str:
    """Text without any white space: a quote is checked against its document in this form, so
    that the line breaks and wrapping of either do not matter."""
    return re.sub(r"\s+", "", text)


def body_named(variable: str, key: str) -> str:
    """Cypher binding ``variable`` to the Mechanism or Organization whose id is ``key``, through
    the unique-id indexes (a match on ``{id: …}`` without a label would read every node)."""
    return (
        f"CALL ({key}) {{ MATCH ({variable}:Mechanism {{id: {key}}}) RETURN {variable} "
        f"UNION MATCH ({variable}:Organization {{id: {key}}}) RETURN {variable} }}"
    )


def properties(values: dict) -> dict:
    """The values worth storing: Neo4j has no null properties, and an empty list or text says nothing."""
    return {key: value for key, value in values.items() if value not in (None, [], "")}
