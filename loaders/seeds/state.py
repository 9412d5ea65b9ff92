"""What the graph remembers about loads: two Meta nodes, read and written here only.

- ``(:Meta {id: 'seeds'})``: what the last completed load wrote: the digest of every file of its
  folder and of the loader's code (:mod:`~loaders.seeds.digests`), the count of each label and
  relationship type, one digest of every curated node's (label, id, digest), and the writer
  lock's ``since`` at its commit (:mod:`graph.writer`). While that ``since`` is unchanged no
  other writer has committed since the load.
- ``(:Meta {id: 'load'})``: a batched load in progress (:mod:`~loaders.seeds.batched`): its id,
  when it started, the digest of the files it loads, the process and host running it, the
  batches done, and the bodies whose links it must rebuild at the end. It exists only while such
  a load runs or after one was interrupted; the dashboard and ``mechgraph db status`` say so.

>>> recorded(graph)["counts"]["labels"]["Mechanism"]
189
>>> in_progress(graph) is None
True
"""

from __future__ import annotations

import json
import os
import socket

from graph.connection import Graph
from graph.connection import rows as run_rows
from graph.schema import META_LABEL

__all__ = ["recorded", "record", "forget", "in_progress", "started", "batch_done", "finished", "running_here"]

_SEEDS = f"(s:{META_LABEL} {{id: 'seeds'}})"
_LOAD = f"(l:{META_LABEL} {{id: 'load'}})"
_READ = (
    f"OPTIONAL MATCH {_SEEDS} OPTIONAL MATCH (w:{META_LABEL} {{id: 'writer'}}) OPTIONAL MATCH {_LOAD} "
    "RETURN s.files AS files, s.code AS code, s.counts AS counts, s.graph AS graph, s.writer_since AS writer_since, "
    "toString(w.since) AS since, l.load_id AS load_id"
)


def recorded(graph_or_tx) -> dict | None:
    """What the last load recorded, with ``untouched`` (no writer since) and ``loading`` (a batched load's id);
    None before any load that recorded it."""
    found = (graph_or_tx.read(_READ) if isinstance(graph_or_tx, Graph) else run_rows(graph_or_tx, _READ))[0]
    if found["files"] is None and found["load_id"] is None:
        return None
    return {
        "files": json.loads(found["files"]) if found["files"] else None,
        "code": found["code"],
        "counts": json.loads(found["counts"]) if found["counts"] else None,
        "graph": found["graph"],
        "untouched": found["writer_since"] is not None and found["writer_since"] == found["since"],
        "loading": found["load_id"],
    }


def record(tx, files: dict[str, str] | None, code: str, counts: dict, graph_digest: str) -> None:
    """Note what this load wrote, in its own (last) transaction, which holds the writer lock."""
    tx.run(
        f"MATCH (w:{META_LABEL} {{id: 'writer'}}) MERGE {_SEEDS} "
        "SET s.files = $files, s.code = $code, s.counts = $counts, s.graph = $graph, s.writer_since = toString(w.since)",
        {
            "files": json.dumps(files, sort_keys=True) if files is not None else None,
            "code": code,
            "counts": json.dumps(counts, sort_keys=True),
            "graph": graph_digest,
        },
    ).consume()


def forget(tx) -> None:
    """The graph no longer matches any recorded folder (a plan written without its files)."""
    tx.run(f"MATCH {_SEEDS} SET s.files = null").consume()


def in_progress(graph: Graph) -> dict | None:
    """The batched load in progress (or interrupted), or None: one read of one node."""
    found = graph.read(
        f"MATCH {_LOAD} RETURN l.load_id AS load_id, toString(l.started) AS started, l.batches AS batches, "
        "l.folder AS folder, l.pid AS pid, l.host AS host, toString(l.updated) AS updated"
    )
    return found[0] if found else None


def started(tx, load_id: str, folder: str, files_digest: str, bodies: list[str] | None) -> dict:
    """Begin a batched load, or take up the interrupted one: its state as the graph holds it."""
    found = run_rows(
        tx,
        f"MERGE {_LOAD} ON CREATE SET l.load_id = $load_id, l.started = datetime(), l.batches = 0, "
        "l.files = $files, l.all_links = $all_links, l.bodies = $bodies "
        "SET l.pid = $pid, l.host = $host, l.folder = $folder, l.updated = datetime(), "
        "l.all_links = coalesce(l.all_links, false) OR $all_links, "
        "l.bodies = CASE WHEN $bodies IS NULL THEN l.bodies "
        "  ELSE [b IN coalesce(l.bodies, []) WHERE NOT b IN $bodies] + $bodies END "
        "RETURN l.load_id AS load_id, l.files AS files, l.batches AS batches, l.all_links AS all_links, "
        "coalesce(l.bodies, []) AS bodies",
        {
            "load_id": load_id,
            "folder": folder,
            "files": files_digest,
            "all_links": bodies is None,
            "bodies": bodies,
            "pid": os.getpid(),
            "host": socket.gethostname(),
        },
    )
    return found[0]


def batch_done(tx) -> None:
    """Count one more batch of the load in progress (in the batch's own transaction)."""
    tx.run(f"MATCH {_LOAD} SET l.batches = l.batches + 1, l.updated = datetime()").consume()


def finished(tx) -> None:
    """The batched load is complete (its last transaction)."""
    tx.run(f"MATCH {_LOAD} DELETE l").consume()


def running_here(load: dict) -> bool:
    """Whether the process that runs ``load`` is alive on this machine (then another load must not take it up)."""
    if load.get("host") != socket.gethostname() or not load.get("pid") or load["pid"] == os.getpid():
        return False
    try:
        os.kill(load["pid"], 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
