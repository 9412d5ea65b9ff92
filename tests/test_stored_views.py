"""Views read from what the network figures keep (graph/ties.py): the same answers as computing them from the links.

On the seed graph, each view is asked with the kept figures and again with them out of use (removed, or the
figures marked stale), and both answers must be equal; a kept figure altered on purpose shows which path answered.
"""

from __future__ import annotations

import pytest

from conftest import wipe
from graph import analytics, network_view, schema, ties
from graph.connection import connect
from loaders import seeds
from queries.catalogue import Catalogue
from registry.names import SEEDS, Resolver

META = "MATCH (m:Meta {id: 'analytics'}) "
# The network as the page asks it: its default view and its filters, which the kept partners must answer alike.
NETWORKS = [
    {},
    {"relationships": ["references", "activity", "liaison"], "max_nodes": 150},
    {"systems": ["regional"]},
    {"systems": ["UN"], "regions": ["global"], "include_organizations": False},
    {"regions": ["africa", "americas"], "include_generic": True},
    {"relationships": ["liaison"], "max_nodes": 5},
    {"relationships": ["event"], "include_generic": True, "include_organizations": False},
    {"relationships": ["activity", "references"], "max_nodes": 0, "max_edges": 3},
]


@pytest.fixture(scope="module")
def seeded(neo4j_settings):
    with connect(neo4j_settings) as graph:
        wipe(graph, drop_schema=False)
        schema.init(graph)
        seeds.load(graph, SEEDS)
        analytics.compute(graph)
        yield graph


@pytest.fixture(scope="module")
def ask(seeded):
    catalogue, resolver = Catalogue.load(), Resolver.from_seeds()
    return lambda name, **params: catalogue.run(seeded, name, params, resolver)


def test_the_network_draws_the_same_bodies_from_the_kept_partners_as_from_the_ties(seeded, ask):
    kept = seeded.read("MATCH (b:Mechanism|Organization) WHERE size(b.tie_partners) > 0 RETURN count(b) AS n")[0]["n"]
    assert kept > 10  # the seed graph's bodies have ties, and what their partners are is kept
    stored = [ask("network", **params)[0] for params in NETWORKS]
    assert all(answer["nodes"] for answer in stored) and len({str(answer) for answer in stored}) == len(NETWORKS)
    seeded.write("MATCH (b:Mechanism|Organization) REMOVE b.tie_partners")
    try:
        assert [ask("network", **params)[0] for params in NETWORKS] == stored  # read from the ties themselves
        # the kept partners are what is read: a body kept as tied to nothing is not drawn (the figures stale, the
        # ranking kept with them is not read)
        analytics.compute(seeded)
        first = stored[0]["nodes"][0]["id"]
        seeded.write("MATCH (b {id: $id}) SET b.tie_partners = []", {"id": first})
        seeded.write(META + "SET m.version = m.version + 1")
        assert first not in [node["id"] for node in ask("network")[0]["nodes"]]
    finally:
        analytics.compute(seeded)
    assert [ask("network", **params)[0] for params in NETWORKS] == stored


def test_the_network_s_default_view_reads_the_bodies_kept_ranked_while_the_figures_are_current(seeded, ask):
    everything = network_view.network_key(["liaison", "event", "activity", "references"])
    assert everything == "network__references__activity__event__liaison"
    ranked = seeded.read(META + f"RETURN m.{everything} AS ranked")[0]["ranked"]
    default = ask("network")[0]
    assert ranked[:5] == [node["id"] for node in default["nodes"]][:5] and default["total_nodes"] == len(ranked)
    stored = [ask("network", **params)[0] for params in NETWORKS]
    seeded.write(META + "SET m.version = m.version + 1")  # stale: every body is ranked again
    try:
        assert [ask("network", **params)[0] for params in NETWORKS] == stored
        analytics.compute(seeded)
        # current: the kept ranking is what the default filters read (the first body left out of it is not drawn)
        seeded.write(META + f"SET m.{everything} = m.{everything}[1..]")
        drawn = [node["id"] for node in ask("network")[0]["nodes"]]
        assert ranked[0] not in drawn and drawn == ranked[1 : len(drawn) + 1]
        assert (
            ask("network", relationships=["liaison", "references", "event", "activity"])[0]["nodes"]
            == (ask("network")[0]["nodes"])
        )
        # other filters rank the bodies themselves
        assert ranked[0] in [node["id"] for node in ask("network", include_generic=True)[0]["nodes"]]
    finally:
        analytics.compute(seeded)
    assert ask("network")[0] == default


def test_the_network_s_default_view_reads_each_body_s_drawn_edges_while_the_figures_are_current(seeded, ask):
    key = network_view.drawn_key(["references", "activity", "liaison"])
    default = {"relationships": ["references", "activity", "liaison"]}
    stored = ask("network", **default)[0]
    kept = seeded.read(f"MATCH (b) WHERE b.{key} IS NOT NULL RETURN b.id AS id, b.{key} AS lines ORDER BY id")
    # each drawn edge is kept once, on the later of its two ends in the ranking
    assert sum(len(row["lines"]) for row in kept) == stored["total_edges"] > 10
    last = kept[-1]
    source, target, kind = last["lines"][0].split(network_view.SEPARATOR)[1:4]
    seeded.write(f"MATCH (b {{id: $id}}) SET b.{key} = b.{key}[1..]", {"id": last["id"]})
    try:
        edges = {(edge["source"], edge["target"], edge["type"]) for edge in ask("network", **default)[0]["edges"]}
        assert (source, target, kind) not in edges  # current: the kept edges are what is drawn
        # kept for an older version of the links (a computation that keeps none came later): the ties are read
        seeded.write(META + "SET m.network_drawn = m.computed_version - 1")
        assert ask("network", **default)[0] == stored
        seeded.write(META + "REMOVE m.network_drawn")  # as before the bodies kept them
        assert ask("network", **default)[0] == stored
        seeded.write(META + "SET m.network_drawn = m.computed_version, m.version = m.version + 1")  # stale
        assert ask("network", **default)[0] == stored
    finally:
        analytics.compute(seeded)
    assert ask("network", **default)[0] == stored


def test_a_link_s_facts_are_those_its_tie_keeps_for_the_default_filters(seeded, ask):
    rows = seeded.read(f"MATCH ()-[t:{ties.TIE}]->() RETURN DISTINCT t.source AS source, t.target AS target, "
                       "t.type AS type, t.via AS via ORDER BY source, target, type")  # fmt: skip
    assert len(rows) > 50
    for row in rows:
        facts = ask("link-facts", source=row["source"], target=row["target"], type=row["type"])
        assert [found["fact"] for found in facts] == row["via"], row


def test_the_kept_partners_name_the_type_and_kind_of_each_partner(seeded):
    rows = seeded.read(
        "MATCH (b:Mechanism {id: 'achpr'})-[t:TIE]->(p) RETURN DISTINCT t.type AS type, "
        "CASE WHEN p:Organization THEN 'Organization' ELSE 'Mechanism' END AS label, coalesce(p.system, '') AS system, "
        "coalesce(p.region, '') AS region, toString(coalesce(p.generic, false)) AS generic"
    )
    expected = sorted(
        "|".join([row["type"], row["label"], row["system"], row["region"], row["generic"]]) for row in rows
    )
    assert expected and seeded.read("MATCH (b:Mechanism {id: 'achpr'}) RETURN b.tie_partners AS kept")[0]["kept"] == (
        expected
    )


MATRICES = [{}, {"kind": "cites_case_law"}, {"region": "africa"}, {"kind": "quotes", "region": "americas"}]


def test_the_reference_matrix_is_kept_with_the_figures_and_read_while_they_are_current(seeded, ask):
    assert seeded.read(META + "RETURN m.matrix_bodies AS bodies")[0]["bodies"] == ties.MATRIX
    stored = [ask("reference-matrix", **params) for params in MATRICES]
    assert stored[0] and stored[1] and stored[2]
    seeded.write(META + "SET m.version = m.version + 1")  # stale: the links are read
    try:
        assert [ask("reference-matrix", **params) for params in MATRICES] == stored
        analytics.compute(seeded)
        key = ties.matrix_key(None, None) + "__counts"
        seeded.write(META + f"SET m.{key} = [n IN m.{key} | 99]")
        assert {row["references"] for row in ask("reference-matrix")} == {99}  # current: the kept matrix answers
        assert 99 not in {row["references"] for row in ask("reference-matrix", year_to=3000)}  # a year: computed
        assert 99 not in {row["references"] for row in ask("reference-matrix", bodies=5)}  # not the kept size
    finally:
        analytics.compute(seeded)
    assert ask("reference-matrix") == stored[0]


def test_a_matrix_of_a_kind_no_longer_seen_is_not_kept(seeded, ask):
    seeded.write(META + "SET m.matrix__gone__any__sources = ['x'], m.matrix__gone__any__targets = ['y'], "
                 "m.matrix__gone__any__counts = [1]")  # fmt: skip
    analytics.compute(seeded)
    assert seeded.read(META + "RETURN m.matrix__gone__any__sources AS gone")[0]["gone"] is None
    assert ask("reference-matrix", kind="gone") == []


RANKINGS = [{}, {"kind": "quotes"}, {"status": "practice"}, {"system": "UN"}, {"region": "africa", "limit": 3}]


def test_who_cites_whom_keeps_the_ranking_of_each_single_filter(seeded, ask):
    stored = [ask("who-cites-whom", **params) for params in RANKINGS]
    assert all(stored)
    seeded.write(META + "SET m.version = m.version + 1")  # stale: the links are read
    try:
        assert [ask("who-cites-whom", **params) for params in RANKINGS] == stored
        analytics.compute(seeded)
        seeded.write(META + "SET m.pairs__system__UN_counts = [n IN m.pairs__system__UN_counts | 99]")
        assert {row["references"] for row in ask("who-cites-whom", system="UN")} == {99}  # the kept ranking
        # two filters at once: computed
        assert 99 not in {row["references"] for row in ask("who-cites-whom", system="UN", status="practice")}
    finally:
        analytics.compute(seeded)
    assert ask("who-cites-whom", system="UN") == stored[3]
