"""Plain errors everywhere: one sentence, no traceback, no password, no long silence.

Each test reproduces a defect that an audit found and shows what users now read instead.
"""

from __future__ import annotations

import dataclasses
import time

import psutil
import pytest

from graph.connection import connect
from graph.errors import MechGraphError
from graph.server import LocalServer, free_port
from graph.settings import settings_from
from registry.yamlfile import SeedFileError, read_rows
from tests.conftest import cli_env, run_cli


def test_a_number_too_large_for_the_database_is_a_plain_error(graph, local_server):
    env = cli_env(local_server) if local_server else None
    result = run_cli("query", "who-cites-whom", "--param", "limit=99999999999999999999999", env=env)
    assert result.returncode == 1
    assert result.stderr.startswith("Error: parameter limit must be a whole number from ")
    assert "Unexpected error" not in result.stderr and "Overflow" not in result.stderr


def test_a_password_written_in_the_uri_is_never_repeated(tmp_path):
    uri = f"bolt://someone:s3cret-pass@127.0.0.1:{free_port()}"
    env = cli_env(LocalServer(home=tmp_path), NEO4J_URI=uri, MECHGRAPH_RETRY_SECONDS="1")
    result = run_cli("db", "init", env=env)
    assert result.returncode == 1
    assert "Cannot reach Neo4j at bolt://127.0.0.1:" in result.stderr
    assert "s3cret" not in result.stderr + result.stdout
    settings = settings_from(uri=uri)
    assert "s3cret" not in repr(settings) and settings.password == "s3cret-pass" and settings.username == "someone"


def test_a_server_that_dies_is_reported_at_once_and_another_one_is_retried_aloud(tmp_path):
    server = LocalServer(home=tmp_path / "home")
    server.start(port=free_port())
    said = []
    try:
        managed = settings_from(server=server)
        with (
            connect(managed) as graph,
            connect(dataclasses.replace(managed, alive=None), progress=said.append) as other,
        ):
            other.retry_seconds = 3
            assert graph.read("RETURN 1 AS one") == [{"one": 1}]
            psutil.Process(server.pid()).kill()
            started = time.monotonic()
            with pytest.raises(MechGraphError, match=r"The local Neo4j server has stopped: start it again"):
                graph.read("RETURN 1 AS one")
            assert time.monotonic() - started < 10

            # A server the project does not manage may come back: it is tried again, aloud, then given up.
            with pytest.raises(MechGraphError, match=r"Cannot reach Neo4j at bolt://127\.0\.0\.1:"):
                other.read("RETURN 1 AS one")
            assert len(said) == 1 and "did not answer; trying again for up to 3 s" in said[0]
    finally:
        if server.is_running():
            server.stop()


def test_seed_file_errors_name_the_line_to_look_at(tmp_path):
    broken = tmp_path / "mechanisms.yaml"
    broken.write_bytes(b"- id: a\n  name: A\n  note: caf\xe9 au lait\n")
    with pytest.raises(SeedFileError, match=r"mechanisms\.yaml:3: not UTF-8 text"):
        read_rows(broken)
    broken.write_text("- id: a\n  name: A\n  acronyms: [A, B\n- id: b\n  name: B\n")
    with pytest.raises(
        SeedFileError, match=r"mechanisms\.yaml:3: not valid YAML: .*the \[ … \] list that starts on this line"
    ):
        read_rows(broken)
    broken.write_text('- id: a\n  name: "A\n- id: b\n')
    with pytest.raises(
        SeedFileError, match=r"mechanisms\.yaml:2: .*the quoted text that starts on this line is not closed"
    ):
        read_rows(broken)
