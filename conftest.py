"""The suite's shared fixtures: a real Neo4j for the whole run, a clean graph for each test,
and the names that the docstring examples use.

The server is the managed local one, started by the project's own code in a temporary
home on a free port, or the server of ``NEO4J_URI`` when it is set. Because tests wipe the
database, a ``NEO4J_URI`` database that already holds data is only used with
``MECHGRAPH_TEST_MAY_WIPE=1``.

Docstring examples are collected from the packages (``--doctest-modules``). They find in
their namespace ``graph`` (the test database holding the curated seeds, to read only),
``test_server`` (the managed server, or None), ``resolver`` and ``SEEDS``, as networkx's
conftest fills ``doctest_namespace``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from _pytest.doctest import DoctestItem

from graph import analytics, schema
from graph.connection import Settings, connect
from graph.server import LocalServer, free_port
from graph.settings import settings_from
from registry.names import SEEDS, Resolver

# Streamlit runs these as pages; importing them outside a page would draw nothing and fail.
collect_ignore = ["dashboard/app.py", "dashboard/views", "mechgraph/__main__.py"]


@pytest.fixture(scope="session")
def local_server(tmp_path_factory) -> LocalServer | None:
    """The managed server the tests started, or None when they use the server of NEO4J_URI."""
    if os.environ.get("NEO4J_URI"):
        yield None
        return
    server = LocalServer(home=tmp_path_factory.mktemp("neo4j-home"))
    server.start(port=free_port())
    yield server
    server.stop()


@pytest.fixture(scope="session")
def neo4j_settings(local_server) -> Settings:
    if local_server is not None:
        return settings_from(server=local_server)
    settings = settings_from()
    with connect(settings) as graph:
        count = graph.read("MATCH (n) RETURN count(n) AS count")[0]["count"]
    if count and os.environ.get("MECHGRAPH_TEST_MAY_WIPE") != "1":
        pytest.exit(
            f"NEO4J_URI ({settings.uri}) holds {count} nodes and the tests wipe the database: "
            "point it at an empty database or set MECHGRAPH_TEST_MAY_WIPE=1.",
            returncode=1,
        )
    return settings


def wipe(graph, drop_schema: bool) -> None:
    graph.write("MATCH (n) DETACH DELETE n")
    if drop_schema:
        for row in graph.read("SHOW CONSTRAINTS YIELD name RETURN name"):
            graph.write(f"DROP CONSTRAINT `{row['name']}` IF EXISTS")
        for row in graph.read("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name"):
            graph.write(f"DROP INDEX `{row['name']}` IF EXISTS")


@pytest.fixture
def bare_graph(neo4j_settings):
    """An empty database without MechGraph's schema."""
    with connect(neo4j_settings) as graph:
        wipe(graph, drop_schema=True)
        yield graph


@pytest.fixture
def graph(neo4j_settings):
    """An empty database with MechGraph's schema in place."""
    with connect(neo4j_settings) as graph:
        wipe(graph, drop_schema=False)
        schema.init(graph)
        yield graph


# -- docstring examples -------------------------------------------------------------------
_SIZE = "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships"


#: The scale of the small synthetic folder the benchmark's and the links' tests share (bench.synth).
SYNTHETIC_SCALE = 0.005


@pytest.fixture(scope="session")
def synthetic(tmp_path_factory) -> Path:
    """A small synthetic seed folder with busy bodies (bench.synth, scale :data:`SYNTHETIC_SCALE`, seed 3)."""
    from bench import synth  # only the tests that ask for it need the benchmark

    folder = tmp_path_factory.mktemp("synthetic")
    synth.generate(folder, SYNTHETIC_SCALE, seed=3)
    return folder


@pytest.fixture(scope="session")
def _example_graph(neo4j_settings):
    with connect(neo4j_settings) as graph:
        yield graph, {}


@pytest.fixture(autouse=True)
def _example_namespace(request, doctest_namespace):
    """For a docstring example only: the seeded graph, loaded again if a test changed it."""
    if not isinstance(request.node, DoctestItem):
        return
    from loaders import seeds  # the loader is what makes the example graph, not what it shows

    graph, loaded = request.getfixturevalue("_example_graph")
    if graph.read(_SIZE) != loaded.get("size"):
        wipe(graph, drop_schema=False)
        schema.init(graph)
        seeds.load(graph, SEEDS)
        analytics.compute(graph)  # as `mechgraph load` does after a load
        loaded["size"] = graph.read(_SIZE)
    doctest_namespace.update(
        graph=graph,
        test_server=request.getfixturevalue("local_server"),
        resolver=Resolver.from_seeds(),
        SEEDS=SEEDS,
        Path=Path,
    )
