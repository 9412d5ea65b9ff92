"""The query console: read-only by the database's own rule, with a row cap and a time limit."""

from __future__ import annotations

import http.server
import threading
import urllib.request

import pytest

from graph.errors import MechGraphError
from graph.server import write_private
from queries.console import run_read_only


@pytest.fixture
def web_server():
    """An HTTP server on 127.0.0.1 that serves a one-line CSV and keeps the path of every request."""
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            requests.append(self.path)
            body = b"a\n1\n"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_arguments):  # quiet: the test reads `requests`
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.requests = requests
    server.url = f"http://127.0.0.1:{server.server_address[1]}/x.csv"
    yield server
    server.shutdown()
    server.server_close()


def test_rows_beyond_the_cap_are_cut_and_said(graph):
    result = run_read_only(graph, "UNWIND range(1, 5000) AS x RETURN x", row_cap=1000)
    assert len(result.rows) == 1000 and result.truncated
    assert result.rows[:2] == [{"x": 1}, {"x": 2}]
    assert not run_read_only(graph, "RETURN 1 AS one").truncated


def test_writes_are_refused_by_neo4j_whatever_the_text(graph):
    for cypher in ("CREATE (:Mechanism {id: 'x'})", "MERGE (m:Mechanism {id: 'x'}) RETURN m",
                   "MATCH (n) DETACH DELETE n", "CALL { CREATE (:Mechanism {id: 'x'}) } RETURN 1"):
        with pytest.raises(MechGraphError, match="(?i)read access mode|read only"):
            run_read_only(graph, cypher)
    assert graph.read("MATCH (m:Mechanism) RETURN count(m) AS count") == [{"count": 0}]


def test_a_query_past_the_time_limit_is_stopped(graph):
    with pytest.raises(MechGraphError, match="(?i)timeout|terminated|time limit"):
        run_read_only(graph, "UNWIND range(1, 400000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x)", time_limit=0.5)


def test_nodes_come_out_as_plain_data(graph):
    graph.write("CREATE (:Mechanism {id: 'achpr', name: 'African Commission'})")
    assert run_read_only(graph, "MATCH (m:Mechanism) RETURN m").rows == [
        {"m": {"labels": ["Mechanism"], "id": "achpr", "name": "African Commission"}}]


def test_the_managed_server_fetches_no_web_address_even_in_a_write(graph, local_server, web_server):
    """The server's own configuration blocks every IP address for LOAD CSV; file:/// in its import folder works."""
    if local_server is None:
        pytest.skip("the tests use the server of NEO4J_URI, whose configuration is not the project's")
    with pytest.raises(MechGraphError, match="blocked"):
        graph.write(f"LOAD CSV FROM '{web_server.url}' AS row RETURN row")
    assert web_server.requests == []
    with urllib.request.urlopen(web_server.url) as response:  # the little server does answer whoever asks
        assert response.read() == b"a\n1\n"
    assert web_server.requests == ["/x.csv"]
    sample = local_server.import_dir / "console-sample.csv"
    write_private(sample, "a\n1\n")
    try:
        assert graph.write("LOAD CSV WITH HEADERS FROM 'file:///console-sample.csv' AS row RETURN row.a AS a") == [
            {"a": "1"}]
    finally:
        sample.unlink()
