"""The query console: read-only by the database's own rule, with a row cap and a time limit."""

from __future__ import annotations

import pytest

from graph.errors import MechGraphError
from queries.console import run_read_only


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
