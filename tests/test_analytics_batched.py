"""The network figures of a large graph, with its sizes made small: stored in batches of bodies, each its own
transaction, the same as in one; betweenness estimated from sampled sources, and said so; a load whose figures fail."""

from __future__ import annotations

import networkx as nx
import pytest

from graph import analytics, body_network, ties
from loaders import seeds
from registry.names import SEEDS
from tests.conftest import run_cli

_FIGURES = "MATCH (b) WHERE b:Mechanism OR b:Organization RETURN b.id AS id, properties(b) AS figures ORDER BY id"
_TIES = (
    f"MATCH (o)-[t:{ties.TIE}]->(p) RETURN o.id AS owner, p.id AS partner, properties(t) AS tie "
    "ORDER BY owner, partner, t.type, t.source"
)
_META = "MATCH (m:Meta {id: 'analytics'}) RETURN properties(m) AS meta"


@pytest.fixture
def seeded(graph):
    seeds.load(graph, SEEDS)
    return graph


def stored(graph) -> dict:
    meta = graph.read(_META)[0]["meta"]
    for changing in ("computed_at", "version", "computed_version"):
        meta.pop(changing)
    # PageRank's iterations may differ in the last bits from one run to the next: 12 digits are compared
    bodies = [
        {
            **row,
            "figures": {
                name: round(value, 12) if isinstance(value, float) else value for name, value in row["figures"].items()
            },
        }
        for row in graph.read(_FIGURES)
    ]
    return {"bodies": bodies, "ties": graph.read(_TIES), "meta": meta}


def test_figures_stored_in_batches_are_those_stored_in_one_transaction(seeded, monkeypatch):
    one = analytics.compute(seeded)
    assert one.written and one.batches == 1
    whole = stored(seeded)
    assert len(whole["ties"]) > 100 and whole["meta"]["reference_pair_sources"]
    seeded.write(f"MATCH ()-[t:{ties.TIE}]->() DELETE t")  # nothing left over from the first store can pass
    seeded.write("MATCH (b) WHERE b:Mechanism OR b:Organization SET b.degree = -1, b.tie_partners = ['gone']")
    monkeypatch.setattr(analytics, "BATCHED_ABOVE", 10)
    monkeypatch.setattr(analytics, "STORE_BATCH", 7)
    seen = []
    store_ties = ties.store_ties

    def watched(tx, owners, *rest, **options):
        seen.append((analytics.state(seeded)["stale"], len(owners)))  # committed so far: what readers see
        return store_ties(tx, owners, *rest, **options)

    monkeypatch.setattr(ties, "store_ties", watched)
    batched = analytics.compute(seeded)
    bodies = len(whole["bodies"])
    # the figures and ties of 7 bodies a transaction, then their drawn edges, then the rankings
    assert batched.written and batched.batches == 2 * -(-bodies // 7) + 1 and len(seen) == -(-bodies // 7)
    assert {owners for _stale, owners in seen} == {7, bodies % 7 or 7}
    assert stored(seeded) == whole


def test_readers_see_the_figures_stale_until_the_last_batch_is_stored(seeded, monkeypatch):
    analytics.compute(seeded)
    version = analytics.state(seeded)["version"]
    monkeypatch.setattr(analytics, "BATCHED_ABOVE", 10)
    monkeypatch.setattr(analytics, "STORE_BATCH", 50)
    seeded.write("MATCH (m:Meta {id: 'analytics'}) SET m.version = m.version + 1")  # the links changed
    states = []
    store_ties = ties.store_ties

    def watched(tx, owners, *rest, **options):
        states.append(analytics.state(seeded)["stale"])
        return store_ties(tx, owners, *rest, **options)

    monkeypatch.setattr(ties, "store_ties", watched)
    computed = analytics.compute(seeded)
    assert computed.written and computed.version == version + 1 and len(states) > 2
    assert set(states) == {True}  # the batches before each one were committed, the figures still said stale
    assert not analytics.state(seeded)["stale"]


def test_a_later_computation_stored_meanwhile_wins_over_a_batched_one(seeded, monkeypatch):
    analytics.compute(seeded)
    monkeypatch.setattr(analytics, "BATCHED_ABOVE", 10)
    monkeypatch.setattr(analytics, "STORE_BATCH", 50)
    said = []

    def between_batches(line: str) -> None:
        said.append(line)
        if line.startswith("  stored 50 of"):  # the first batch is committed: a change and its own computation
            seeded.write("MATCH (m:Meta {id: 'analytics'}) SET m.version = m.version + 1")
            monkeypatch.setattr(analytics, "BATCHED_ABOVE", 10**9)
            assert analytics.compute(seeded).written

    older = analytics.compute(seeded, progress=between_batches)
    batches = [line for line in said if line.startswith("  stored ")]
    assert not older.written and len(batches) == 1  # it stopped at the next batch
    state = analytics.state(seeded)
    assert not state["stale"] and state["computed_version"] == older.version + 1


def test_betweenness_above_the_size_is_estimated_from_sampled_sources_and_said(seeded, monkeypatch):
    monkeypatch.setattr(body_network, "EXACT_UP_TO", 30)
    monkeypatch.setattr(body_network, "SOURCES", 12)
    computed = analytics.compute(seeded)
    estimated = computed.estimated()
    assert estimated and all(sources == 12 < bodies for sources, bodies in estimated.values())
    meta = seeded.read(_META)[0]["meta"]
    for name, (sources, bodies) in computed.betweenness.items():
        assert (meta[f"{name}_betweenness_sources"], meta[f"{name}_betweenness_bodies"]) == (sources, bodies)
    # the estimate is networkx's betweenness from the same sources to every body, scaled by bodies / sources
    edges, bodies = analytics.read_network(seeded)
    kept = [(edge["source"], edge["target"]) for edge in edges if edge["type"] in analytics.NETWORKS["cooperation"][1]]
    network = nx.Graph(kept)
    network.remove_edges_from(nx.selfloop_edges(network))
    count = network.number_of_nodes()
    assert computed.betweenness["cooperation_with_generic"] == (12, count)
    sources = body_network.sampled_sources(network.nodes)
    expected = nx.betweenness_centrality_subset(network, sources, list(network.nodes), normalized=False)
    scale = 2 / ((count - 1) * (count - 2)) * count / 12
    found = {row["id"]: row["figures"].get("cooperation_with_generic_betweenness") for row in seeded.read(_FIGURES)}
    assert any(expected.values())
    for body, value in expected.items():
        assert found[body] == pytest.approx(value * scale, abs=1e-9), body
    before = stored(seeded)
    again = analytics.compute(seeded)  # a fixed seed: the same links, the same figures
    assert again.betweenness == computed.betweenness and stored(seeded) == before
    monkeypatch.setenv("NEO4J_URI", seeded.settings.uri)
    monkeypatch.setenv("NEO4J_USERNAME", seeded.settings.username)
    monkeypatch.setenv("NEO4J_PASSWORD", seeded.settings.password)
    ran = run_cli("analytics")
    assert ran.returncode == 0, ran.stderr
    assert "Betweenness estimated from 12 sampled sources (seed 7) in " in ran.stderr
    assert f"cooperation with generic bodies ({count:,} bodies)" in ran.stderr


def test_a_load_whose_figures_fail_says_the_load_is_done_and_how_to_compute_them(graph, monkeypatch):
    store = ties.store

    def refused(tx, progress=None):
        tx.run("CALL mechgraph.no_such_procedure()").consume()  # the server refuses, as it refused at 10^7

    monkeypatch.setattr(ties, "store", refused)
    monkeypatch.setenv("NEO4J_URI", graph.settings.uri)
    monkeypatch.setenv("NEO4J_USERNAME", graph.settings.username)
    monkeypatch.setenv("NEO4J_PASSWORD", graph.settings.password)
    ran = run_cli("load", str(SEEDS))
    assert ran.returncode == 1
    last = ran.stderr.strip().splitlines()[-1]
    assert last == (
        "Error: The load is done, but the network figures could not be computed and are marked stale; "
        "`mechgraph analytics` computes them again."
    )
    assert "no_such_procedure" not in ran.stderr and "Traceback" not in ran.stderr
    counts = graph.read("MATCH (m:Mechanism) RETURN count(m) AS n")[0]["n"]
    assert counts > 100 and analytics.state(graph)["stale"]  # the load committed; its figures are not current
    monkeypatch.setenv("MECHGRAPH_DEBUG", "1")  # the detail: the server's own refusal
    again = run_cli("load", str(SEEDS))  # nothing to write, but the figures are stale: computed again, and refused
    assert again.returncode == 1 and again.stderr.strip().splitlines()[-1] == last
    assert "no_such_procedure" in again.stderr
    monkeypatch.setattr(ties, "store", store)
    assert run_cli("analytics").returncode == 0 and not analytics.state(graph)["stale"]
