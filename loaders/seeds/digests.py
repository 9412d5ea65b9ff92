"""Digests: what lets a load see at a glance whether anything changed, and what.

Two kinds, each a short hex text:

- a digest of every file of the seed folder (the seed files, the decisions/ files, the
  documents the quotes are checked against) and of the loader's own code, kept in the graph's
  ``(:Meta {id: 'seeds'})`` node after each load: when they all equal the stored ones, the
  folder holds nothing new and the load need not read, check or plan it again;
- a digest of each curated node (:func:`nodes`): its properties and its outgoing curated
  relationships (type, end label and id, properties), kept on the node as ``digest``. Comparing
  one ``id, digest`` per node with the plan's finds the nodes to write, without reading back
  every property and relationship. The end label is in it so that a body moving from
  mechanisms.yaml to organizations.yaml (a new node) rewrites every relationship pointing at it.

>>> from loaders.seeds.plan import Plan
>>> plan = Plan()
>>> plan.add_node("Mechanism", {"id": "achpr", "name": "ACHPR"})
'achpr'
>>> plan.add_node("Organization", {"id": "au", "name": "African Union"})
'au'
>>> plan.relate("PART_OF", "achpr", "au")
>>> before = nodes(plan)
>>> plan.relate("PART_OF", "achpr", "au", note="since 1987")
>>> after = nodes(plan)
>>> before[("Mechanism", "achpr")] != after[("Mechanism", "achpr")], before[("Organization", "au")] == after[("Organization", "au")]
(True, True)
>>> len(before[("Organization", "au")])
16
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

from graph import schema

__all__ = ["DIGEST", "files", "code", "nodes", "outgoing", "of_graph"]

#: The property of a curated node that holds its digest.
DIGEST = schema.DIGEST  # the property that holds it (graph/schema.py)
# The code that turns files into a plan: a change there may change the plan of the same files.
_CODE = (
    Path(__file__).resolve().parent,
    Path(__file__).resolve().parent.parent / "writing.py",
    Path(__file__).resolve().parent.parent.parent / "registry",
)


def _hash(data: bytes | str) -> str:
    return hashlib.sha1(data.encode() if isinstance(data, str) else data).hexdigest()[:16]


def _file_digest(path: Path) -> str:
    digest = hashlib.sha1()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:16]


def files(folder: Path) -> dict[str, str]:
    """A digest of every file under ``folder`` (hidden ones left out), by path relative to it.

    Every file, not only the seed files: the decisions/ files are seed files too, and a document's
    text decides whether its quotes are found.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "events.yaml").write_text("[]\\n")
    >>> files(folder)
    {'events.yaml': 'cd0d4cc323467504'}
    """
    folder = Path(folder)
    return {
        str(path.relative_to(folder)): _file_digest(path)
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    }


def code() -> str:
    """A digest of the loader's code (this package, the write helpers and the registry)."""
    digest = hashlib.sha1()
    for root in _CODE:
        for path in sorted(root.rglob("*.py")) if root.is_dir() else [root]:
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def outgoing(relationships: Iterable[tuple[str, str, str, str]], label_of: Mapping[str, str]) -> dict[str, list]:
    """The relationships of a plan by start node, each as ``(type, end label, end id, properties JSON)``."""
    found: dict[str, list] = defaultdict(list)
    for kind, start, end, props in relationships:
        found[start].append((kind, label_of.get(end), end, props))
    return found


def node(props: Mapping, relationships: Iterable[tuple]) -> str:
    """The digest of one node: its properties (``digest`` left out) and its outgoing relationships."""
    values = {key: value for key, value in props.items() if key != DIGEST}
    return _hash(json.dumps([values, sorted(relationships)], sort_keys=True, ensure_ascii=False))


def nodes(plan, out: Mapping[str, list] | None = None) -> dict[tuple[str, str], str]:
    """The digest of every node of ``plan``, by (label, id); ``out``: its :func:`outgoing`, when already made."""
    out = outgoing(plan.relationships, plan.label_of()) if out is None else out
    return {
        (label, node_id): node(props, out.get(node_id, ()))
        for label, label_nodes in plan.nodes.items()
        for node_id, props in label_nodes.items()
    }


def of_graph(digests: Mapping[tuple[str, str], str | None]) -> str:
    """One digest of the whole curated part: of every node's (label, id, digest).

    >>> of_graph({("Mechanism", "achpr"): "ab"}) == of_graph({("Mechanism", "achpr"): "ab"})
    True
    """
    return _hash("\n".join(f"{label}\t{node_id}\t{digest}" for (label, node_id), digest in sorted(digests.items())))
