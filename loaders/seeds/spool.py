"""A plan spooled to disk: the same nodes and relationships as a :class:`~loaders.seeds.plan.Plan`, held in
SQLite rather than in Python, so that a load of 10^7 relationships keeps Python's memory bounded.

A :class:`Spool` answers the planners and the writers (:mod:`~loaders.seeds.sync`,
:mod:`~loaders.seeds.batched`) as a plan does: ``nodes[label][id]``, ``relationships``,
:meth:`~Spool.wanted`, each read from the database when asked. It lives in a private temporary
folder (mode 0700) that :meth:`Spool.close` removes, or else the end of the process:

- ``node``: label, id, properties (JSON, in their order), keyed by label and id, indexed by id;
- ``relationship``: start, type, end, properties (sorted JSON, so that equal ones are one), the end's
  label once the plan is complete, keyed by start first: a node's outgoing relationships are together;
- ``digest``: each node's digest (:func:`~loaders.seeds.digests.node`), computed once the plan is
  complete (:meth:`Spool.complete`) in one pass over the nodes and relationships in id order.

>>> spool = Spool()
>>> spool.add_node("Mechanism", {"id": "achpr", "name": "ACHPR", "aliases": [], "region": None})
'achpr'
>>> spool.add_node("Organization", {"id": "au", "name": "African Union"})
'au'
>>> spool.relate("PART_OF", "achpr", "au", note="")
>>> spool.complete()
>>> spool.nodes["Mechanism"]["achpr"], list(spool.relationships)
({'id': 'achpr', 'name': 'ACHPR', 'source': 'curated'}, [('PART_OF', 'achpr', 'au', '{"source": "curated"}')])
>>> label_of, out, node_digests = spool.wanted()
>>> out.get("achpr"), len(node_digests)
([('PART_OF', 'Organization', 'au', '{"source": "curated"}')], 2)
>>> spool.close()
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
import weakref
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import groupby
from pathlib import Path

from loaders.seeds import digests
from loaders.seeds.plan import CURATED
from loaders.writing import properties

__all__ = ["Spool"]

# Rows kept in Python before they go to the database in one statement.
_BUFFER = 10_000
_SCHEMA = (
    "CREATE TABLE node (label TEXT, id TEXT, props TEXT, PRIMARY KEY (label, id)) WITHOUT ROWID",
    "CREATE INDEX node_id ON node (id)",
    "CREATE TABLE relationship (start TEXT, type TEXT, end TEXT, props TEXT, end_label TEXT, "
    "PRIMARY KEY (start, type, end, props)) WITHOUT ROWID",
    "CREATE TABLE digest (label TEXT, id TEXT, digest TEXT, PRIMARY KEY (label, id)) WITHOUT ROWID",
)


def _remove(connection: sqlite3.Connection, folder: str) -> None:
    try:
        connection.close()
    finally:  # the folder goes whatever the connection says
        shutil.rmtree(folder, ignore_errors=True)


class Spool:
    """The plan of a load, spooled to a private SQLite database (see the module's docstring)."""

    def __init__(self):
        self.folder = tempfile.mkdtemp(prefix="mechgraph-plan-")  # mode 0700: the seeds may not be public
        # One thread uses a spool at a time, but the collector may remove it from another (a load run in a thread).
        self.db = sqlite3.connect(Path(self.folder) / "plan.sqlite", isolation_level=None, check_same_thread=False)
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -65536", "temp_store = FILE"):
            self.db.execute(f"PRAGMA {pragma}")
        for statement in _SCHEMA:
            self.db.execute(statement)
        self.db.execute("BEGIN")
        self._nodes: list[tuple[str, str, str]] = []
        self._relationships: list[tuple[str, str, str, str]] = []
        self._labels: dict[str, None] = {}  # every label asked for, as a plan's defaultdict has it
        self.nodes = _Nodes(self)
        self.relationships = _Relationships(self)
        self._remover = weakref.finalize(self, _remove, self.db, self.folder)

    def close(self) -> None:
        """Remove the database and its folder."""
        self._remover()

    def _flush(self) -> None:
        if self._nodes:
            self.db.executemany("INSERT OR REPLACE INTO node VALUES (?, ?, ?)", self._nodes)
            self._nodes.clear()
        if self._relationships:
            self.db.executemany("INSERT OR IGNORE INTO relationship VALUES (?, ?, ?, ?, NULL)", self._relationships)
            self._relationships.clear()

    def _query(self, sql: str, parameters: tuple = ()) -> sqlite3.Cursor:
        self._flush()
        return self.db.execute(sql, parameters)

    # -- as a Plan ------------------------------------------------------------------------------
    def add_node(self, label: str, values: dict) -> str:
        """Hold a node (its empty values dropped) and return its id."""
        clean = properties(values)
        clean["source"] = CURATED
        self._labels.setdefault(label)
        self._nodes.append((label, clean["id"], json.dumps(clean)))
        if len(self._nodes) >= _BUFFER:
            self._flush()
        return clean["id"]

    def relate(self, rel_type: str, start: str, end: str, /, **values) -> None:
        """Hold a relationship; its properties are kept as sorted JSON, so that equal ones are one."""
        clean = properties(values)
        clean["source"] = CURATED
        self._relationships.append((start, rel_type, end, json.dumps(clean, sort_keys=True)))
        if len(self._relationships) >= _BUFFER:
            self._flush()

    def relationships_of(self, types: Iterable[str]) -> Iterator[tuple[str, str, str, str]]:
        """The relationships of ``types``, as (type, start, end, properties JSON)."""
        kinds = sorted(types)
        marks = ", ".join("?" * len(kinds))
        yield from self._query(
            f"SELECT type, start, end, props FROM relationship WHERE type IN ({marks}) ORDER BY start", tuple(kinds)
        )

    def relationship_types(self) -> Counter:
        """How many relationships of each type."""
        return Counter(dict(self._query("SELECT type, count(*) FROM relationship GROUP BY type")))

    def dangling(self, most: int = 3) -> list[tuple[str, str, str]]:
        """Relationships with an end the plan does not hold (at most ``most``)."""
        return [
            tuple(row)
            for row in self._query(
                "SELECT type, start, end FROM relationship WHERE end_label IS NULL "
                "OR NOT EXISTS (SELECT 1 FROM node WHERE node.id = relationship.start) LIMIT ?",
                (most,),
            )
        ]

    def label_of(self) -> _LabelOf:
        """The label of every node the plan holds, by id (read when asked)."""
        return _LabelOf(self)

    def complete(self) -> None:
        """Once every planner has run: the end label of each relationship, and the digest of each node."""
        self._query(
            "UPDATE relationship SET end_label = "
            "(SELECT label FROM node WHERE node.id = relationship.end ORDER BY label DESC LIMIT 1)"
        )
        self.db.execute("DELETE FROM digest")
        nodes = self.db.execute("SELECT id, label, props FROM node ORDER BY id")
        relationships = groupby(
            self.db.cursor().execute(
                "SELECT start, type, end_label, end, props FROM relationship ORDER BY start, type, end, props"
            ),
            key=lambda row: row[0],
        )
        start, outgoing = next(relationships, (None, ()))
        outgoing = [row[1:] for row in outgoing]
        done: list[tuple[str, str, str]] = []
        for node_id, label, props in nodes:
            while start is not None and start < node_id:
                start, rows = next(relationships, (None, ()))
                outgoing = [row[1:] for row in rows]
            mine = outgoing if start == node_id else ()
            done.append((label, node_id, digests.node(json.loads(props), mine)))
            if len(done) >= _BUFFER:
                self.db.executemany("INSERT INTO digest VALUES (?, ?, ?)", done)
                done.clear()
        self.db.executemany("INSERT INTO digest VALUES (?, ?, ?)", done)

    def wanted(self) -> tuple[_LabelOf, _Out, _Digests]:
        """What a diff needs of the plan (:func:`~loaders.seeds.sync.planned`), read from the spool when asked."""
        return _LabelOf(self), _Out(self), _Digests(self)


class _Nodes:
    """``spool.nodes``: the labels, each a :class:`_Label`."""

    def __init__(self, spool: Spool):
        self.spool = spool

    def __getitem__(self, label: str) -> _Label:
        self.spool._labels.setdefault(label)
        return _Label(self.spool, label)

    def get(self, label: str, default=None):
        return _Label(self.spool, label) if label in self.spool._labels else default

    def __contains__(self, label: str) -> bool:
        return label in self.spool._labels

    def __iter__(self) -> Iterator[str]:
        return iter(list(self.spool._labels))

    def __len__(self) -> int:
        return len(self.spool._labels)

    def items(self) -> Iterator[tuple[str, _Label]]:
        return ((label, _Label(self.spool, label)) for label in list(self.spool._labels))

    def values(self) -> Iterator[_Label]:
        return (_Label(self.spool, label) for label in list(self.spool._labels))


class _Label:
    """The nodes of one label: their ids, and each node's properties by id."""

    def __init__(self, spool: Spool, label: str):
        self.spool, self.label = spool, label

    def get(self, node_id: str, default=None):
        found = self.spool._query("SELECT props FROM node WHERE label = ? AND id = ?", (self.label, node_id))
        row = found.fetchone()
        return json.loads(row[0]) if row else default

    def __getitem__(self, node_id: str) -> dict:
        found = self.get(node_id)
        if found is None:
            raise KeyError(node_id)
        return found

    def __setitem__(self, node_id: str, values: dict) -> None:
        self.spool._flush()
        self.spool._nodes.append((self.label, node_id, json.dumps(values)))

    def __contains__(self, node_id: str) -> bool:
        found = self.spool._query("SELECT 1 FROM node WHERE label = ? AND id = ?", (self.label, node_id))
        return found.fetchone() is not None

    def __len__(self) -> int:
        return self.spool._query("SELECT count(*) FROM node WHERE label = ?", (self.label,)).fetchone()[0]

    def __iter__(self) -> Iterator[str]:
        return (row[0] for row in self.spool._query("SELECT id FROM node WHERE label = ? ORDER BY id", (self.label,)))

    def items(self) -> Iterator[tuple[str, dict]]:
        found = self.spool._query("SELECT id, props FROM node WHERE label = ? ORDER BY id", (self.label,))
        return ((node_id, json.loads(props)) for node_id, props in found)


class _Relationships:
    """``spool.relationships``: (type, start, end, properties JSON), by start."""

    def __init__(self, spool: Spool):
        self.spool = spool

    def __iter__(self) -> Iterator[tuple[str, str, str, str]]:
        return iter(self.spool._query("SELECT type, start, end, props FROM relationship ORDER BY start"))

    def __len__(self) -> int:
        return self.spool._query("SELECT count(*) FROM relationship").fetchone()[0]


class _LabelOf:
    """The label of a node by id, as :meth:`Plan.label_of`'s mapping."""

    def __init__(self, spool: Spool):
        self.spool = spool

    def get(self, node_id: str, default=None):
        found = self.spool._query("SELECT label FROM node WHERE id = ? ORDER BY label DESC LIMIT 1", (node_id,))
        row = found.fetchone()
        return row[0] if row else default

    def __contains__(self, node_id: str) -> bool:
        return self.get(node_id) is not None

    def __getitem__(self, node_id: str) -> str:
        found = self.get(node_id)
        if found is None:
            raise KeyError(node_id)
        return found


class _Out:
    """The outgoing relationships of a node, as :func:`~loaders.seeds.digests.outgoing`'s mapping."""

    def __init__(self, spool: Spool):
        self.spool = spool

    def get(self, start: str, default=()):
        found = self.spool._query(
            "SELECT type, end_label, end, props FROM relationship WHERE start = ? ORDER BY type, end, props", (start,)
        ).fetchall()
        return [tuple(row) for row in found] if found else default


class _Digests:
    """The digest of each node by (label, id), as :func:`~loaders.seeds.digests.nodes`' mapping."""

    def __init__(self, spool: Spool):
        self.spool = spool

    def __getitem__(self, key: tuple[str, str]) -> str:
        row = self.spool._query("SELECT digest FROM digest WHERE label = ? AND id = ?", key).fetchone()
        if row is None:
            raise KeyError(key)
        return row[0]

    def __len__(self) -> int:
        return self.spool._query("SELECT count(*) FROM digest").fetchone()[0]

    def items(self) -> Iterator[tuple[tuple[str, str], str]]:
        found = self.spool._query("SELECT label, id, digest FROM digest ORDER BY label, id")
        return (((label, node_id), digest) for label, node_id, digest in found)
