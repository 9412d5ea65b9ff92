"""Which file holds a document: an ingestion may replace a held document only from the same file.

A file claims the document id that ``plan.identify`` gives it. The document is held by the file
an earlier ingestion of it read (its path and sha256 are on the ingestion's Meta record), or,
for a curated document never ingested, by its file in the seeds. A claim passes when no file
holds the document, when the claiming file is the holding one (the same bytes), or when it is
the curated document's own seed file; any other file is refused unless the user says
``--replace``. ``write.write`` decides inside its locked transaction, so two ingestions at once
cannot both pass; ``check`` says the same before a command writes anything.

>>> plan = {"document": {"id": "a-hrc-15-56-zh", "symbol": "A/HRC/15/56", "lang": "zh"},
...         "ingest": {"path": "/tmp/mixed.txt", "sha256": "b2"}, "curated": {"seeds": "/seeds", "file": None}}
>>> holder({"file": "documents/2.txt", "sha256": "a1", "path": "/seeds/documents/2.txt", "name": "2.txt"}, plan)
'/seeds/documents/2.txt'
>>> print(refusal(plan, "/seeds/documents/2.txt"))  # doctest: +NORMALIZE_WHITESPACE
/tmp/mixed.txt claims a-hrc-15-56-zh (A/HRC/15/56, zh), which holds /seeds/documents/2.txt;
ingest it with --replace to replace that document.
>>> holder({"file": None, "sha256": "b2", "path": "/elsewhere/copy.txt", "name": "copy.txt"}, plan) is None
True
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from graph.connection import Graph
from graph.errors import MechGraphError

__all__ = ["HELD", "HeldByAnotherFile", "held_by", "holder", "refusal", "shown", "check"]

#: The document an ingestion claims, and what its last ingestion recorded ($id, $ingest: the Meta id).
HELD = (
    "OPTIONAL MATCH (d:Document {id: $id}) OPTIONAL MATCH (m:Meta {id: $ingest}) "
    "RETURN d.file AS file, m.sha256 AS sha256, m.path AS path, m.file AS name"
)


class HeldByAnotherFile(MechGraphError):
    """Another file holds the document an ingestion claims; nothing was written."""


def holder(row: dict, plan: dict) -> str | None:
    """The file holding the document ``plan`` claims, as ``HELD`` returned it in ``row``, when that
    is another file than the plan's; None when the claim passes."""
    if row["sha256"] == plan["ingest"]["sha256"]:
        return None  # the same bytes, from wherever they are read
    curated = plan["curated"]
    if curated["file"] and row["file"] == curated["file"]:
        return None  # the seeds' own file of this curated document takes it back
    if row["sha256"]:
        return row["path"] or row["name"]  # records from before paths were kept have the file's name
    if row["file"]:
        return str(Path(curated["seeds"]) / row["file"])
    return None


def refusal(plan: dict, held: str) -> str:
    """The sentence refusing ``plan``'s claim on a document that ``held`` holds."""
    return (
        f"{shown(plan['ingest']['path'])} claims {_described(plan['document'])}, which holds {shown(held)}; "
        "ingest it with --replace to replace that document."
    )


def shown(path: str) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    try:
        return str(Path(path).relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def check(graph: Graph, plans: list[dict], replace: bool = False) -> None:
    """Refuse, before anything is written, the plans of one command that would replace a document
    another file holds (unless ``replace``), or that claim one document with two different files."""
    claimed: dict[str, dict] = {}
    for plan in plans:
        first = claimed.setdefault(plan["document"]["id"], plan)
        if first["ingest"]["sha256"] != plan["ingest"]["sha256"]:
            raise HeldByAnotherFile(
                f"{shown(plan['ingest']['path'])} claims {_described(plan['document'])}, which "
                f"{shown(first['ingest']['path'])} claims too; ingest one of them (a document is one file)."
            )
    for plan in claimed.values():
        held = None if replace else held_by(graph.read, plan)
        if held:
            raise HeldByAnotherFile(refusal(plan, held))


def held_by(read: Callable[[str, dict], list[dict]], plan: dict) -> str | None:
    """The other file holding the document ``plan`` claims, or None; ``read`` runs a query (in the
    writing transaction, or on its own before it)."""
    return holder(read(HELD, {"id": plan["document"]["id"], "ingest": plan["ingest"]["id"]})[0], plan)


def _described(document: dict) -> str:
    what = ", ".join(filter(None, (document.get("symbol"), document.get("lang"))))
    return f"{document['id']} ({what})" if what else document["id"]
