"""The query console: only reads the graph, with a row cap and a time limit.

Each refused statement is tried for real, with what it would have done watched: a write held
open by another client, a little web server on 127.0.0.1 that counts its requests.
"""

from __future__ import annotations

import http.server
import threading
import urllib.request

import pytest
from streamlit.testing.v1 import AppTest

from graph.errors import MechGraphError
from graph.server import write_private
from queries.console import check_plan, run_read_only
from tests.conftest import ROOT

READ_ONLY = "(?i)read access mode|read only"


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


def test_writes_are_refused_whatever_the_text(graph):
    for cypher in (
        "CREATE (:Mechanism {id: 'x'})",
        "MERGE (m:Mechanism {id: 'x'}) RETURN m",
        "MATCH (n) DETACH DELETE n",
        "CALL { CREATE (:Mechanism {id: 'x'}) } RETURN 1",
        "MATCH (m:Mechanism) SET m.name = 'x'",
        "MATCH (m:Mechanism) REMOVE m:Mechanism",
        "FOREACH (x IN [1] | CREATE (:Mechanism {id: 'x'}))",
        "CREATE INDEX spare FOR (n:Spare) ON (n.x)",
    ):
        with pytest.raises(MechGraphError, match=READ_ONLY):
            run_read_only(graph, cypher)
    assert graph.read("MATCH (m:Mechanism) RETURN count(m) AS count") == [{"count": 0}]
    assert graph.read("SHOW INDEXES YIELD name WHERE name = 'spare' RETURN name") == []


def test_terminate_transactions_cannot_end_another_clients_write(graph):
    with graph.driver.session(database=graph.settings.database) as session:
        held = session.begin_transaction(metadata={"held": "by-the-test"})
        held.run("CREATE (:Mechanism {id: 'survivor'})").consume()
        [row] = graph.read(
            "SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.held = 'by-the-test' RETURN transactionId"
        )
        for cypher in (
            f"TERMINATE TRANSACTIONS '{row['transactionId']}'",
            f"/* a comment first */ terminate transactions '{row['transactionId']}'",
            (
                "SHOW TRANSACTIONS YIELD transactionId AS id, metaData WHERE metaData.held = 'by-the-test' "
                "TERMINATE TRANSACTIONS id"
            ),
        ):
            with pytest.raises(MechGraphError, match="The console is read only: .* is not allowed here, because"):
                run_read_only(graph, cypher)
        held.commit()
    assert graph.read("MATCH (m:Mechanism {id: 'survivor'}) RETURN m.id AS id") == [{"id": "survivor"}]


def test_load_csv_from_a_web_address_is_never_fetched(graph, web_server):
    for cypher in (
        f"LOAD CSV FROM '{web_server.url}' AS row RETURN row",
        f"WITH 1 AS one LOAD CSV WITH HEADERS FROM '{web_server.url}' AS row RETURN row.a AS a",
    ):
        with pytest.raises(MechGraphError) as refused:
            run_read_only(graph, cypher)
        assert str(refused.value) == (
            "The console is read only: LOAD CSV is not allowed here, "
            "because it makes the server fetch files and web addresses."
        )
    assert web_server.requests == []


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
            {"a": "1"}
        ]
    finally:
        sample.unlink()


@pytest.mark.parametrize(
    "cypher, refused",
    [
        ("CALL dbms.listConfig()", "the procedure dbms.listConfig"),
        ("CALL dbms.listConfig() YIELD name RETURN name", "the procedure dbms.listConfig"),
        ("SHOW USERS", "a SHOW command"),
        ("SHOW SETTINGS", "a SHOW command"),
        ("CALL db.clearQueryCaches()", "the procedure db.clearQueryCaches"),
        (
            "MATCH (n) WITH n LIMIT 1 CALL db.clearQueryCaches() YIELD value RETURN value",
            "the procedure db.clearQueryCaches",
        ),
        ("CREATE USER intruder SET PASSWORD 'a-long-password'", "a CREATE USER command"),
        ("CYPHER 5 GRANT ROLE admin TO neo4j", "a GRANT command"),
        ("USE neo4j MATCH (n) RETURN n", "USE"),
    ],
)
def test_the_server_and_its_settings_are_out_of_reach(graph, cypher, refused):
    with pytest.raises(MechGraphError) as error:
        run_read_only(graph, cypher)
    assert str(error.value).startswith(f"The console is read only: {refused} is not allowed here, because ")


@pytest.mark.parametrize(
    "cypher",
    [
        "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
        "SHOW TRANSACTIONS",
        "SHOW USERS",
        "CALL dbms.listConfig()",
        "LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row",
        "USE system CALL db.labels()",
    ],
)
def test_the_plan_check_alone_refuses_what_the_first_keyword_refuses(graph, cypher):
    """Belt and braces: should a statement slip past the first-keyword check, its plan gives it away."""
    summary = graph.read_transaction(lambda tx: tx.run("EXPLAIN " + cypher).consume())
    plan, database = summary.plan, summary.database
    with pytest.raises(MechGraphError, match="The console is read only: .* is not allowed here, because"):
        check_plan(plan, database)


def test_several_statements_are_refused_in_one_sentence(graph):
    with pytest.raises(MechGraphError) as error:
        run_read_only(graph, "MATCH (n) RETURN n; MATCH (m) RETURN m")
    assert str(error.value) == "Neo4j could not run the query: Expected exactly one statement per query but got: 2"


def test_a_syntax_error_points_at_the_users_text(graph):
    with pytest.raises(MechGraphError) as error:
        run_read_only(graph, "MATCH (n RETURN n")
    assert str(error.value).startswith("Neo4j could not run the query: Invalid input 'RETURN'")
    assert str(error.value).endswith("(line 1, column 10 (offset: 9))")
    assert "\n" not in str(error.value)


def test_ordinary_reads_still_run(graph):
    graph.write(
        "CREATE (a:Mechanism {id: 'a', name: 'A'})-[:REFERENCES {kind: 'cites'}]->"
        "(b:Mechanism {id: 'b', name: 'B'})-[:REFERENCES {kind: 'cites'}]->(c:Mechanism {id: 'c', name: 'C'})"
    )
    cases = {
        "MATCH (m:Mechanism {id: 'a'}) RETURN m.name AS name": [{"name": "A"}],
        "MATCH (m:Mechanism) OPTIONAL MATCH (m)-[r:REFERENCES]->(t) "
        "WITH m, count(t) AS cited RETURN m.id AS id, cited ORDER BY id": [
            {"id": "a", "cited": 1},
            {"id": "b", "cited": 1},
            {"id": "c", "cited": 0},
        ],
        "UNWIND ['c', 'a'] AS id MATCH (m:Mechanism {id: id}) RETURN m.id AS id ORDER BY id DESC": [
            {"id": "c"},
            {"id": "a"},
        ],
        "MATCH (m:Mechanism) WITH m ORDER BY m.id RETURN collect(m.id) AS ids, count(*) AS n, min(m.name) AS first": [
            {"ids": ["a", "b", "c"], "n": 3, "first": "A"}
        ],
        "MATCH (m:Mechanism) CALL (m) { MATCH (m)-[:REFERENCES]->(t) RETURN t.id AS cites } "
        "RETURN m.id AS id, cites ORDER BY id": [{"id": "a", "cites": "b"}, {"id": "b", "cites": "c"}],
        "MATCH p = shortestPath((a:Mechanism {id: 'a'})-[*..5]-(c:Mechanism {id: 'c'})) RETURN length(p) AS hops": [
            {"hops": 2}
        ],
        "MATCH p = SHORTEST 1 (a:Mechanism {id: 'a'})-[:REFERENCES]->+(c:Mechanism {id: 'c'}) "
        "RETURN [n IN nodes(p) | n.id] AS ids": [{"ids": ["a", "b", "c"]}],
        "MATCH (m:Mechanism) WHERE EXISTS { (m)-[:REFERENCES]->() } RETURN count(m) AS citing": [{"citing": 2}],
        "MATCH (m:Mechanism {id: 'a'}) RETURN m.id AS id UNION MATCH (m:Mechanism {id: 'c'}) RETURN m.id AS id": [
            {"id": "a"},
            {"id": "c"},
        ],
        "CALL db.labels() YIELD label WHERE label = 'Mechanism' RETURN label": [{"label": "Mechanism"}],
        # LINKED is known to the database from its index (graph/schema.py), before any link exists
        "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType": [
            {"relationshipType": "LINKED"},
            {"relationshipType": "REFERENCES"},
        ],
        "// the count of the graph\nCYPHER runtime=slotted MATCH ()-[r:REFERENCES]->() RETURN count(r) AS n;": [
            {"n": 2}
        ],
    }
    for cypher, rows in cases.items():
        assert run_read_only(graph, cypher).rows == rows, cypher


def test_a_query_past_the_time_limit_is_stopped_in_one_plain_sentence(graph):
    with pytest.raises(MechGraphError, match="(?i)timeout|terminated|time limit") as error:
        run_read_only(graph, "UNWIND range(1, 400000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x)", time_limit=0.5)
    assert str(error.value) == (
        "The query passed the console's time limit of 0.5 seconds and was stopped; narrow it down, or add a LIMIT."
    )


def test_nodes_come_out_as_plain_data(graph):
    graph.write("CREATE (:Mechanism {id: 'achpr', name: 'African Commission'})")
    assert run_read_only(graph, "MATCH (m:Mechanism) RETURN m").rows == [
        {"m": {"labels": ["Mechanism"], "id": "achpr", "name": "African Commission"}}
    ]
    assert run_read_only(graph, "MATCH (m:Mechanism) RETURN {body: m, ids: [m.id]} AS map").rows == [
        {"map": {"body": {"labels": ["Mechanism"], "id": "achpr", "name": "African Commission"}, "ids": ["achpr"]}}
    ]


@pytest.fixture
def console_page(graph, neo4j_settings, monkeypatch):
    """The dashboard's console page on the test graph, opened through the usual NEO4J_* variables."""
    monkeypatch.setenv("NEO4J_URI", neo4j_settings.uri)
    monkeypatch.setenv("NEO4J_USERNAME", neo4j_settings.username)
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_settings.password)
    app = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=120)
    app.switch_page("views/console.py")
    return app.run()


def run_on_page(app: AppTest, cypher: str) -> AppTest:
    app.text_area(key="cypher").input(cypher).run()
    return app.button(key="run").click().run()


def test_the_page_shows_nodes_as_json_and_refusals_as_one_sentence(graph, console_page, web_server):
    graph.write("CREATE (:Mechanism {id: 'achpr', name: 'African Commission', founded: date('1987-11-02')})")
    app = run_on_page(console_page, "MATCH (m:Mechanism) RETURN m, m.id AS id, m.founded AS founded")
    assert not app.exception and not app.error
    table = app.dataframe[0].value  # a node spreads into one column per property, with its labels
    assert {column: table[column].tolist() for column in table.columns if column.startswith("m.")} == {
        "m.labels": ["Mechanism"],
        "m.id": ["achpr"],
        "m.name": ["African Commission"],
        "m.founded": ["1987-11-02"],
    }
    assert table["id"].tolist() == ["achpr"] and table["founded"].tolist() == ["1987-11-02"]
    app = run_on_page(app, f"LOAD CSV FROM '{web_server.url}' AS row RETURN row")
    refused = (
        "The console is read only: LOAD CSV is not allowed here, "
        "because it makes the server fetch files and web addresses."
    )
    assert [error.value for error in app.error] == [refused]
    assert web_server.requests == []
    assert "refused" in app.caption[0].value and "LOAD CSV" in app.caption[0].value
