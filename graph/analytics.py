"""Figures of the body network, computed once per change and stored on the bodies, not once per view.

Betweenness and PageRank of a few thousand bodies take seconds, far too long for a page view,
and they change only when the derived body links (:mod:`graph.links`) do. So they are computed
here with igraph (C code; networkx gives the same figures, many times slower, see
``bench/analytics.py``) and written on the ``Mechanism`` and ``Organization`` nodes, where the
``centrality`` query and the network page read them in a few milliseconds.

Stored on every body:

- ``degree``: its distinct neighbours over every link type, in either direction; and
  ``degree_references``, ``degree_activity``, ``degree_event``, ``degree_liaison`` the same
  for one link type (0 when it has none), generic bodies counted;
- for each network of :data:`NETWORKS` (``references``: directed, the references;
  ``cooperation``: undirected, references, joint activities and shared events), without the
  generic bodies (classes such as "NHRIs") and with them (``_with_generic``):
  ``{network}_degree``, ``_in_degree``, ``_out_degree``, ``_betweenness`` (normalised as
  networkx does; exact, or estimated in a large network) and ``_pagerank`` (weighted by the
  facts behind each pair), e.g. ``cooperation_with_generic_pagerank``. A body outside that
  network has none of them;
- ``tie_partners``: what the partners of its ties are, per link type (written by :mod:`graph.ties`).

Whether they are current is kept on ``(:Meta {id: 'analytics'})``: ``version`` goes up in every
transaction that changes the links (:func:`mark_stale`, called by ``links.refresh``);
``computed_version`` and ``computed_at`` say which version the stored figures were computed
from, ``{key}_ranking`` lists each network's bodies in the query's order (:func:`rankings`), and
``{key}_betweenness_sources`` and ``_bodies`` say from how many of its bodies its betweenness was found
(all of them when exact).
The figures are stale while ``version > computed_version`` (or before the first computation).
A computation records the version it read before reading the links, so a change that commits
meanwhile leaves them stale; and it stores nothing if one of a later version got there first.

The figures are computed by :mod:`graph.body_network` (betweenness exact in a network of up to
:data:`~graph.body_network.EXACT_UP_TO` bodies, estimated from sampled sources above), from the links read
into compact arrays; above :data:`BATCHED_ABOVE` bodies they are stored in batches of bodies, each its own
transaction (:func:`compute`).

>>> state(graph)["stale"]                      # the test graph's figures are computed
False
>>> row = graph.read("MATCH (b:Mechanism {id: 'iachr'}) RETURN b.degree_activity AS activity, "
...                  "b.cooperation_degree > 0 AS cooperating")[0]
>>> row["activity"] > 0, row["cooperating"]
(True, True)
"""

from __future__ import annotations

import math
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import neo4j

# The module, not its names: graph.links imports this one (for mark_stale), so neither may need the
# other's names while it is being imported.
from graph import links, network_view, ties, writer
from graph.body_network import (
    MEASURES,
    NETWORKS,
    Centrality,
    centrality,
    figures,
    key,
    rankings,
    read_links,
    read_network,
)
from graph.connection import Graph
from graph.errors import MechGraphError
from graph.progress import Progress, quiet

__all__ = [
    "NETWORKS",
    "MEASURES",
    "Centrality",
    "Computed",
    "NotComputed",
    "centrality",
    "compute",
    "figures",
    "in_background",
    "key",
    "mark_stale",
    "read_links",
    "read_network",
    "rankings",
    "refresh",
    "refresh_after",
    "running",
    "state",
    "stored_properties",
]

#: Bodies written per statement.
BATCH = 2000
#: Above this many bodies, the figures are stored in transactions of :data:`STORE_BATCH` bodies each.
BATCHED_ABOVE = 5000
STORE_BATCH = 2000
_META = "analytics"

_STATE = f"""
OPTIONAL MATCH (m:Meta {{id: '{_META}'}})
RETURN coalesce(m.version, 0) AS version, m.computed_version AS computed_version,
       toString(m.computed_at) AS computed_at
"""


def mark_stale(tx) -> None:
    """Note, inside a transaction that changes the body links, that the stored figures are out of date."""
    tx.run(
        f"MERGE (m:Meta {{id: '{_META}'}}) SET m.version = coalesce(m.version, 0) + 1",
    ).consume()


def state(graph: Graph) -> dict:
    """``version``, ``computed_version``, ``computed_at`` (text, or None) and ``stale`` (never computed counts)."""
    found = graph.read(_STATE)[0]
    return {**found, "stale": _stale(found)}


def _stale(found: dict) -> bool:
    return found["computed_version"] is None or found["version"] > found["computed_version"]


# -- stored -----------------------------------------------------------------------------------------


@dataclass
class Computed:
    """What one computation did."""

    version: int
    bodies: int = 0
    written: bool = False  # False when a computation of a later version of the links was stored meanwhile
    seconds: dict[str, float] = field(default_factory=dict)
    #: Per network key: (sources, bodies) of its betweenness, estimated when fewer sources than bodies.
    betweenness: dict[str, tuple[int, int]] = field(default_factory=dict)
    batches: int = 1  # the transactions the figures were stored in

    def estimated(self) -> dict[str, tuple[int, int]]:
        """The networks whose betweenness was estimated from a sample of sources: (sources, bodies)."""
        return {name: found for name, found in self.betweenness.items() if found[0] < found[1]}


def _empty_properties() -> dict:
    """Every stored property, as a body linked to nothing has it: no degree, outside every network."""
    # tie_partners: what the network's filters ask of the partners of its ties (graph/ties.py)
    properties: dict = {"degree": 0, **{f"degree_{kind}": 0 for kind in links.LINK_TYPES}, "tie_partners": []}
    properties.update(dict.fromkeys(network_view.drawn_properties()))  # the edges the network draws (network_view)
    for network in NETWORKS:
        for include_generic in (False, True):
            properties.update({f"{key(network, include_generic)}_{measure}": None for measure in MEASURES})
    return properties


def stored_properties() -> frozenset[str]:
    """The names of the properties computed here: not curated, so a load of the seeds leaves them out of its comparison.

    >>> {"degree", "references_pagerank"} <= stored_properties()
    True
    """
    return frozenset(_empty_properties())


def compute(graph: Graph, progress: Progress = quiet) -> Computed:
    """Compute the figures from the links now in the graph and store them on every body.

    Above :data:`BATCHED_ABOVE` bodies they are stored in batches of :data:`STORE_BATCH` bodies (their
    figures and ties, then the edges the network draws from them), each its own transaction, and the rankings last: the Meta node says the figures are
    current only once the last batch is written, so no reader takes half-stored figures for current ones.
    """
    progress("Computing centrality…")
    started = time.perf_counter()
    version = state(graph)["version"]  # read first: a change committed after it leaves the figures stale
    found = read_links(graph)
    bodies = found.bodies()
    report = Computed(version=version, bodies=len(bodies))
    report.seconds["read"] = time.perf_counter() - started
    started = time.perf_counter()
    sampled: dict[str, Centrality] = {}
    computed = figures(found, sampled)
    pairs = len(found)
    del found
    ranked = rankings(computed)
    report.betweenness = {name: (network.sources, network.bodies) for name, network in sampled.items()}
    report.seconds["compute"] = time.perf_counter() - started
    progress(f"  {len(bodies):,} bodies, {pairs:,} linked pairs by type: figures computed; storing…")
    started = time.perf_counter()
    empty = _empty_properties()
    rows = [
        (body["label"], {"id": body["id"], "figures": {**empty, **computed.pop(body["id"], {})}}) for body in bodies
    ]
    meta = {
        **ranked,
        **{f"{name}_betweenness_sources": found[0] for name, found in report.betweenness.items()},
        **{f"{name}_betweenness_bodies": found[1] for name, found in report.betweenness.items()},
    }
    if len(rows) > BATCHED_ABOVE:
        report.batches = 2 * math.ceil(len(rows) / STORE_BATCH) + 1  # figures and ties, drawn edges, rankings
        report.written = _store_in_batches(graph, version, rows, meta, progress)
    else:

        def store(tx, _progress) -> bool:
            if _later(tx, version):
                return False
            _store_figures(tx, rows)
            ties.store(tx)  # each body's strongest links, which the network draws
            network_view.store_network_rankings(tx)  # the default view's bodies ranked, and their drawn edges
            _store_meta(tx, version, meta)
            return True

        report.written = writer.exclusive(graph, store, task="computing the network figures")
    report.seconds["store"] = time.perf_counter() - started
    return report


def _later(tx, version: int) -> bool:
    """Whether another computation, of a later version of the links, stored its figures first."""
    meta = tx.run(f"MATCH (m:Meta {{id: '{_META}'}}) RETURN m.computed_version AS done").single()
    return meta is not None and meta["done"] is not None and meta["done"] > version


def _store_figures(tx, rows: list[tuple[str, dict]]) -> None:
    by_label: dict[str, list[dict]] = defaultdict(list)
    for label, row in rows:
        by_label[label].append(row)
    for label, written in by_label.items():
        for start in range(0, len(written), BATCH):
            tx.run(
                f"UNWIND $rows AS row MATCH (b:{label} {{id: row.id}}) SET b += row.figures",
                {"rows": written[start : start + BATCH]},
            ).consume()


def _store_meta(tx, version: int, meta: dict) -> None:
    tx.run(
        f"MERGE (m:Meta {{id: '{_META}'}}) SET m += $meta, m.version = coalesce(m.version, 0), "
        "m.computed_version = $version, m.computed_at = datetime()",
        {"version": version, "meta": meta},
    ).consume()


def _store_in_batches(graph: Graph, version: int, rows: list[tuple[str, dict]], meta: dict, progress: Progress) -> bool:
    """Store the figures and ties of :data:`STORE_BATCH` bodies per transaction, then the rankings and the Meta
    node's version; False when a computation of a later version of the links got there first."""
    bodies = graph.read_transaction(ties.bodies)
    counts: Counter = Counter()  # the references between mechanisms, summed over the batches
    batches = [rows[start : start + STORE_BATCH] for start in range(0, len(rows), STORE_BATCH)]
    for number, batch in enumerate(batches, 1):

        def store(tx, _progress, batch=batch) -> Counter | None:
            if _later(tx, version):
                return None
            _store_figures(tx, batch)
            found: Counter = Counter()  # kept apart until committed: a transaction tried again counts again
            ties.store_ties(tx, [row["id"] for _label, row in batch], bodies, found, whole=False)
            return found

        found = writer.exclusive(graph, store, task=f"storing the network figures ({number} of {len(batches)})")
        if found is None:
            return False
        counts.update(found)
        progress(f"  stored {min(number * STORE_BATCH, len(rows)):,} of {len(rows):,} bodies…")
    # the edges the network's default view draws, kept on each body, a batch of bodies per transaction
    ranked = graph.read_transaction(network_view.rankings)
    everyone = list(bodies)
    for start in range(0, len(everyone), STORE_BATCH):

        def draw(tx, _progress, owners=everyone[start : start + STORE_BATCH]) -> bool:
            return not _later(tx, version) and network_view.store_drawn(tx, ranked, owners) >= 0

        if not writer.exclusive(graph, draw, task="storing the network's drawn edges"):
            return False

    def finish(tx, _progress) -> bool:
        if _later(tx, version):
            return False
        ties.store_pairs(tx, counts, bodies)
        network_view.store_network_rankings(tx, ranked)  # the bodies the network's default view draws, ranked
        _store_meta(tx, version, meta)
        return True

    return writer.exclusive(graph, finish, task="storing the network figures (rankings)")


def refresh(graph: Graph, progress: Progress = quiet) -> Computed | None:
    """Compute and store the figures if they are stale (or were never computed); None if they were current."""
    return compute(graph, progress) if state(graph)["stale"] else None


class NotComputed(MechGraphError):
    """A change is committed, but the network figures that follow it could not be computed: they stay stale."""


def refresh_after(graph: Graph, change: str, progress: Progress = quiet) -> Computed | None:
    """:func:`refresh` after ``change`` (e.g. "The load") committed: its failure raises :class:`NotComputed`,
    which says in one sentence that the change is done and how to compute the figures (the cause is attached)."""
    try:
        return refresh(graph, progress)
    except (MechGraphError, neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError) as error:
        raise NotComputed(
            f"{change} is done, but the network figures could not be computed and are marked stale; "
            "`mechgraph analytics` computes them again."
        ) from error


# -- in the background ----------------------------------------------------------------------------

_running = threading.Lock()
#: Times a background computation starts over when the figures went stale again while it ran.
AGAIN = 3


def running() -> bool:
    """Whether a background computation of this process is running."""
    return _running.locked()


def in_background(graph: Graph, on_error: Progress = quiet) -> bool:
    """Start :func:`refresh` in a thread, one at a time in this process; False if one is running already.

    The running one computes again when the links changed while it ran, so a change that found
    it busy is not left out. ``on_error`` hears a failure (the figures then stay marked stale).
    """
    if not _running.acquire(blocking=False):
        return False

    def work() -> None:
        try:
            for _ in range(AGAIN):
                if refresh(graph) is None:
                    break
        except Exception as error:  # noqa: BLE001 - a thread has no caller to raise to; the figures stay stale
            on_error(f"The network figures could not be computed: {error}")
        finally:
            _running.release()

    threading.Thread(target=work, name="mechgraph-analytics", daemon=True).start()
    return True
