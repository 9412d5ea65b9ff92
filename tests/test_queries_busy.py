"""The pages of a busy body's joint activities: read newest first in the index's order, the same as sorting them all.

A body in 1,200 of 1,300 activities meets its first page among the newest few hundred, so the query reads that page
in the order of the index on ``Activity.start``; a page further on (or a quieter body) is sorted as before. Both are
checked against the order worked out here: dated ones newest first (then by id), the undated ones last, by id.
"""

from __future__ import annotations

import pytest

from queries.catalogue import Catalogue

ACTIVITIES = 1300


def _start(number: int) -> str | None:
    # months repeat (so the id breaks ties) and every 50th activity is undated
    return None if number % 50 == 0 else f"{2000 + number % 23}-{1 + number % 12:02d}"


@pytest.fixture
def busy(graph):
    rows = [
        {"id": f"act-{number:04d}", "start": _start(number), "status": "held" if number % 3 else "planned",
         "busy": number % 13 != 0}
        for number in range(ACTIVITIES)
    ]  # fmt: skip
    graph.write(
        "CREATE (:Mechanism {id: 'achpr', name: 'African Commission'}), (:Mechanism {id: 'iachr', name: 'IACHR'})"
    )
    graph.write(
        "MATCH (b:Mechanism {id: 'achpr'}), (o:Mechanism {id: 'iachr'}) UNWIND $rows AS row "
        "CREATE (a:Activity {id: row.id, kind: 'joint_visit', title: row.id, start: row.start, status: row.status}) "
        "CREATE (o)-[:PARTICIPATED_IN]->(a) FOREACH (_ IN CASE WHEN row.busy THEN [1] ELSE [] END | "
        "CREATE (b)-[:PARTICIPATED_IN]->(a))",
        {"rows": rows},
    )
    return graph, rows


def _expected(rows: list[dict], status: str | None = None) -> list[str]:
    chosen = [row for row in rows if row["busy"] and (status is None or row["status"] == status)]
    dated = sorted((row for row in chosen if row["start"]), key=lambda row: row["id"])
    dated.sort(key=lambda row: row["start"], reverse=True)
    return [row["id"] for row in dated] + sorted(row["id"] for row in chosen if not row["start"])


@pytest.mark.parametrize(
    "params",
    [{}, {"offset": 150, "limit": 50}, {"offset": 1100}, {"status": "planned"}, {"undated": "false", "limit": 20}],
)
def test_a_busy_body_s_pages_are_those_of_all_its_activities_sorted(busy, params):
    graph, rows = busy
    status = params.get("status")
    expected = _expected(rows, status)
    if params.get("undated") == "false":
        expected = [id for id in expected if _start(int(id[4:]))]
    offset, limit = params.get("offset", 0), params.get("limit", 200)
    found = Catalogue.load().run(graph, "joint-activities", {"body": "achpr", **params})
    assert [row["activity"] for row in found] == expected[offset : offset + limit]
    assert {row["total"] for row in found} == {len(expected)}
    assert all(row["participants"] == ["achpr", "iachr"] for row in found)
