"""The network figures stored on the bodies: networkx's figures, current or said to be stale, read by `centrality`."""

from __future__ import annotations

import threading

import pytest

from bench.analytics import networkx_centrality
from graph import analytics, writer
from loaders import seeds
from queries.catalogue import Catalogue
from registry.names import SEEDS
from tests.conftest import run_cli

_STORED = ", ".join(
    f"b.{analytics.key(network, generic)}_{measure} AS {analytics.key(network, generic)}_{measure}"
    for network in analytics.NETWORKS
    for generic in (False, True)
    for measure in analytics.MEASURES
)


@pytest.fixture
def seeded(graph):
    seeds.load(graph, SEEDS)
    return graph


def change(graph) -> None:
    """What every transaction that changes the body links does (graph.links.refresh)."""
    writer.exclusive(graph, lambda tx, _progress: analytics.mark_stale(tx), task="a change of the links")


def stored(graph) -> dict[str, dict]:
    found = graph.read(f"MATCH (b) WHERE b:Mechanism OR b:Organization RETURN b.id AS id, {_STORED}")
    return {row.pop("id"): row for row in found}


def test_the_stored_figures_are_networkx_figures_on_the_seed_graph(seeded):
    analytics.compute(seeded)
    edges, bodies = analytics.read_network(seeded)
    generic = {body["id"] for body in bodies if body["generic"]}
    figures = stored(seeded)
    for network, (directed, types) in analytics.NETWORKS.items():
        for include_generic in (False, True):
            prefix = analytics.key(network, include_generic)
            kept = [
                (edge["source"], edge["target"], edge["weight"])
                for edge in edges
                if edge["type"] in types and (include_generic or not {edge["source"], edge["target"]} & generic)
            ]
            expected = networkx_centrality(kept, directed)  # exact betweenness, as igraph's
            assert expected, prefix  # the seed graph has every network
            inside = {body for body, row in figures.items() if row[f"{prefix}_degree"] is not None}
            assert inside == set(expected), prefix
            for body, values in expected.items():
                row = figures[body]
                for measure in ("degree", "in_degree", "out_degree"):
                    assert row[f"{prefix}_{measure}"] == values[measure], (prefix, body, measure)
                assert row[f"{prefix}_betweenness"] == pytest.approx(values["betweenness"], abs=1e-9), (prefix, body)
                assert row[f"{prefix}_pagerank"] == pytest.approx(values["pagerank"], abs=1e-4), (prefix, body)


def test_the_degree_per_link_type_counts_distinct_neighbours(seeded):
    analytics.compute(seeded)
    expected = seeded.read(
        "MATCH (b:Mechanism {id: 'iachr'}) "
        "OPTIONAL MATCH (b)-[l:LINKED]-(o) WHERE o <> b "
        "RETURN count(DISTINCT o) AS degree, "
        "count(DISTINCT CASE l.type WHEN 'references' THEN o END) AS degree_references, "
        "count(DISTINCT CASE l.type WHEN 'activity' THEN o END) AS degree_activity, "
        "count(DISTINCT CASE l.type WHEN 'event' THEN o END) AS degree_event, "
        "count(DISTINCT CASE l.type WHEN 'liaison' THEN o END) AS degree_liaison"
    )
    found = seeded.read(
        "MATCH (b:Mechanism {id: 'iachr'}) RETURN b.degree AS degree, b.degree_references AS degree_references, "
        "b.degree_activity AS degree_activity, b.degree_event AS degree_event, b.degree_liaison AS degree_liaison"
    )
    assert found == expected and found[0]["degree"] > 0
    # A body linked to nothing has degree 0 and no centrality.
    assert seeded.read(
        "MATCH (b:Mechanism) WHERE NOT (b)-[:LINKED]-() "
        "RETURN count(*) > 0 AS some, collect(DISTINCT b.degree) AS degrees, "
        "collect(DISTINCT b.references_with_generic_degree) AS centrality"
    ) == [{"some": True, "degrees": [0], "centrality": []}]


def test_figures_are_stale_after_a_change_and_fresh_after_a_computation(seeded):
    assert not analytics.state(seeded)["stale"]  # the load that made the links computed them
    analytics.compute(seeded)
    fresh = analytics.state(seeded)
    assert not fresh["stale"] and fresh["computed_at"]
    change(seeded)
    assert analytics.state(seeded)["stale"]
    assert analytics.refresh(seeded).written
    assert not analytics.state(seeded)["stale"]
    assert analytics.refresh(seeded) is None  # current: nothing to do


def test_a_change_during_a_computation_leaves_the_figures_stale(seeded, monkeypatch):
    read = analytics.read_links

    def read_then_change(graph):
        found = read(graph)
        change(graph)  # another writer commits after the computation read the version
        return found

    monkeypatch.setattr(analytics, "read_links", read_then_change)
    computed = analytics.compute(seeded)
    assert computed.written and analytics.state(seeded)["stale"]
    monkeypatch.setattr(analytics, "read_links", read)
    analytics.compute(seeded)
    assert not analytics.state(seeded)["stale"]


def test_a_computation_does_not_overwrite_a_more_recent_one(seeded, monkeypatch):
    read = analytics.read_links

    def read_then_compute(graph):
        found = read(graph)
        monkeypatch.setattr(analytics, "read_links", read)
        change(graph)
        analytics.compute(graph)  # finishes first, from the newer version
        return found

    monkeypatch.setattr(analytics, "read_links", read_then_compute)
    older = analytics.compute(seeded)
    assert not older.written and not analytics.state(seeded)["stale"]


def test_the_centrality_query_reads_the_stored_figures_and_says_when_they_are_stale(seeded):
    catalogue = Catalogue.load()
    analytics.compute(seeded)
    rows = catalogue.run(seeded, "centrality", {"limit": "3"})
    assert len(rows) == 3 and list(rows[0]) == list(catalogue.get("centrality").columns)
    assert [row["pagerank"] for row in rows] == sorted((row["pagerank"] for row in rows), reverse=True)
    assert {row["stale"] for row in rows} == {False} and rows[0]["computed_at"] == analytics.state(seeded)[
        "computed_at"
    ]
    everyone = catalogue.run(seeded, "centrality", {"network": "cooperation", "include_generic": "true", "limit": "0"})
    without = catalogue.run(seeded, "centrality", {"network": "cooperation"})
    assert len(everyone) > len(without)
    # Ordered as the query always was: PageRank as shown, then degree, then id.
    assert everyone == sorted(everyone, key=lambda row: (-row["pagerank"], -row["degree"], row["body"]))
    inside = {body for body, row in stored(seeded).items() if row["cooperation_with_generic_degree"] is not None}
    assert {row["body"] for row in everyone} == inside
    change(seeded)
    assert {row["stale"] for row in catalogue.run(seeded, "centrality", {"limit": "3"})} == {True}


def test_mechgraph_analytics_computes_on_demand(seeded, neo4j_settings, local_server):
    from tests.conftest import cli_env

    env = cli_env(local_server) if local_server else None
    ran = run_cli("analytics", env=env)
    assert ran.returncode == 0, ran.stderr
    assert "Computing centrality…" in ran.stderr and "Stored the figures of" in ran.stderr
    again = run_cli("analytics", "--if-stale", env=env)
    assert again.returncode == 0 and "nothing to compute" in again.stderr
    assert not analytics.state(seeded)["stale"]


def test_a_background_computation_runs_one_at_a_time(seeded, monkeypatch):
    change(seeded)
    refresh, release = analytics.refresh, threading.Event()

    def held(graph):
        release.wait(timeout=60)  # the first computation runs until the second has been asked for
        return refresh(graph)

    monkeypatch.setattr(analytics, "refresh", held)
    started = analytics.in_background(seeded)
    assert started and not analytics.in_background(seeded)  # the first is still running
    release.set()
    with analytics._running:  # waits for it to finish
        pass
    assert not analytics.state(seeded)["stale"]


def test_the_overview_says_when_the_figures_are_stale(seeded, neo4j_settings, monkeypatch):
    from tests.test_dashboard import page

    for name, value in (("URI", neo4j_settings.uri), ("USERNAME", neo4j_settings.username)):
        monkeypatch.setenv(f"NEO4J_{name}", value)
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_settings.password)
    analytics.compute(seeded)
    captions = [caption.value for caption in page("overview").caption]
    assert not [caption for caption in captions if caption.startswith("Figures ")]
    change(seeded)
    computed_at = analytics.state(seeded)["computed_at"][:19].replace("T", " ")
    captions = [caption.value for caption in page("overview").caption]
    assert f"Figures computed at {computed_at} UTC; the links changed since; `mechgraph analytics` computes them." in (
        captions
    )


def test_the_benchmark_times_igraph_and_networkx_and_stores_the_figures(seeded):
    from bench.analytics import measure, table

    results = measure(seeded, exact_networkx=True)
    assert set(results["networks"]) == {
        analytics.key(network, generic) for network in analytics.NETWORKS for generic in (False, True)
    }
    assert all(row["pairs"] > 0 and row["networkx_exact_seconds"] >= 0 for row in results["networks"].values())
    assert not analytics.state(seeded)["stale"] and "| references |" in table(results)
