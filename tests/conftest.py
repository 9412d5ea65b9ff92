"""Shared fixtures: a real Neo4j for the whole run, and a clean graph for each test.

The server is the managed local one, started by the project's own code in a temporary
home on a free port, or the server of ``NEO4J_URI`` when it is set. Because tests wipe the
database, a ``NEO4J_URI`` database that already holds data is only used with
``MECHGRAPH_TEST_MAY_WIPE=1``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph import schema
from graph.connection import Settings, connect, settings_from
from graph.server import LocalServer, free_port

ROOT = Path(__file__).resolve().parent.parent
MECHGRAPH = str(Path(sys.executable).parent / "mechgraph")


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


def run_cli(*arguments: str, env: dict | None = None, input: str | None = None) -> subprocess.CompletedProcess:
    """Run the installed ``mechgraph`` command as a user would, and capture what it says."""
    return subprocess.run(
        [MECHGRAPH, *arguments], capture_output=True, text=True, env=env, input=input, timeout=600,
        cwd=ROOT,
    )


def cli_env(server: LocalServer, **extra: str) -> dict:
    """The environment of a user whose local server is ``server`` (and no NEO4J_URI)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("NEO4J_")}
    env.update(MECHGRAPH_HOME=str(server.home), MECHGRAPH_CACHE=str(server.cache), **extra)
    return env
