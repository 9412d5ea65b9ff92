"""Reaching Neo4j: settings, URIs, managed transactions and errors in plain words."""

from __future__ import annotations

import pytest
from neo4j.exceptions import TransientError

from graph.connection import Settings, connect, driver_for
from graph.errors import MechGraphError
from graph.server import free_port
from graph.settings import settings_from
from tests.conftest import run_cli


def test_environment_settings_win_over_the_local_server(monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "neo4j+s://example.databases.neo4j.io")
    monkeypatch.setenv("NEO4J_USERNAME", "analyst")
    monkeypatch.setenv("NEO4J_PASSWORD", "s3cret-value")
    monkeypatch.setenv("NEO4J_DATABASE", "mechgraph")
    settings = settings_from()
    assert settings == Settings("neo4j+s://example.databases.neo4j.io", "analyst", "s3cret-value", "mechgraph")
    assert "s3cret-value" not in repr(settings)


def test_flags_win_over_the_environment(monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "bolt://elsewhere:7687")
    assert settings_from(uri="bolt://here:7687", username="me").uri == "bolt://here:7687"


def test_reads_and_writes_run_in_managed_transactions(graph):
    graph.write("CREATE (:Mechanism {id: $id, name: $name})", {"id": "achpr", "name": "African Commission"})
    assert graph.read("MATCH (m:Mechanism) RETURN m.id AS id, m.name AS name") == [
        {"id": "achpr", "name": "African Commission"}
    ]


def test_a_transient_failure_is_retried(graph):
    attempts = []

    def flaky(tx):
        attempts.append(1)
        tx.run("CREATE (:Mechanism {id: $id})", {"id": f"try-{len(attempts)}"}).consume()
        if len(attempts) == 1:
            raise TransientError("simulated leader switch")
        return len(attempts)

    assert graph.write_transaction(flaky) == 2
    # The failed attempt was rolled back: only the second one's node exists.
    assert graph.read("MATCH (m:Mechanism) RETURN m.id AS id") == [{"id": "try-2"}]


def test_a_failed_transaction_writes_nothing(graph):
    def half_done(tx):
        tx.run("CREATE (:Mechanism {id: 'first'})").consume()
        tx.run("CREATE (:Mechanism {id: 'first'})").consume()  # violates the unique id

    with pytest.raises(MechGraphError, match="refused the query"):
        graph.write_transaction(half_done)
    assert graph.read("MATCH (m:Mechanism) RETURN count(m) AS count") == [{"count": 0}]


def test_routing_uris_reach_the_same_server(neo4j_settings):
    scheme, address = neo4j_settings.uri.split("://", 1)
    routing_scheme = scheme.replace("bolt", "neo4j")
    routed = Settings(
        f"{routing_scheme}://{address}", neo4j_settings.username, neo4j_settings.password, neo4j_settings.database
    )
    with connect(routed) as graph:
        assert graph.read("RETURN 1 AS one") == [{"one": 1}]


def test_an_unreachable_server_is_named_in_one_line(tmp_path):
    uri = f"bolt://127.0.0.1:{free_port()}"
    result = run_cli(
        "db",
        "init",
        env={
            "PATH": "/usr/bin:/bin",
            "NEO4J_URI": uri,
            "NEO4J_PASSWORD": "never-shown-1",
            "MECHGRAPH_HOME": str(tmp_path),
        },
    )
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"Error: Cannot reach Neo4j at {uri}: check that the server is running and that NEO4J_URI is right."
    )
    assert "never-shown-1" not in result.stderr + result.stdout


def test_a_wrong_password_is_explained_without_showing_it(neo4j_settings, tmp_path):
    result = run_cli(
        "db",
        "init",
        env={
            "PATH": "/usr/bin:/bin",
            "NEO4J_URI": neo4j_settings.uri,
            "NEO4J_USERNAME": neo4j_settings.username,
            "NEO4J_PASSWORD": "wrong-password-42",
            "MECHGRAPH_HOME": str(tmp_path),
        },
    )
    assert result.returncode == 1
    assert f"Neo4j at {neo4j_settings.uri} refused the user name or password" in result.stderr
    assert "wrong-password-42" not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


def test_a_uri_that_is_not_neo4j_is_refused(tmp_path):
    result = run_cli(
        "db",
        "init",
        env={"PATH": "/usr/bin:/bin", "NEO4J_URI": "http://127.0.0.1:7474", "MECHGRAPH_HOME": str(tmp_path)},
    )
    assert result.returncode == 1
    assert "is not a Neo4j URI: use bolt://host:7687, neo4j://host or neo4j+s://host" in result.stderr


def test_tls_and_routing_uris_build_a_driver_without_connecting():
    for uri in ("neo4j+s://example.databases.neo4j.io", "bolt+s://db.example.org:7687", "neo4j://cluster:7687"):
        driver_for(Settings(uri, "neo4j", "x")).close()
