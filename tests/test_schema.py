"""`mechgraph db init`: constraints, indexes and the schema version, idempotent."""

from __future__ import annotations

import pytest

from graph import schema
from graph.errors import MechGraphError


def test_init_creates_a_unique_id_for_every_label(bare_graph):
    report = schema.init(bare_graph)
    assert report.existing == []
    constraints = bare_graph.read(
        "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN labelsOrTypes[0] AS label, properties, type"
    )
    assert {row["label"] for row in constraints} == set(schema.LABELS)
    assert all(row["properties"] == ["id"] and row["type"] == "UNIQUENESS" for row in constraints)
    assert schema.version(bare_graph) == schema.SCHEMA_VERSION


def test_init_twice_changes_nothing(bare_graph):
    first = schema.init(bare_graph)
    names = schema.existing_names(bare_graph)
    second = schema.init(bare_graph)
    assert second.created == []
    assert sorted(second.existing) == sorted(first.created)
    assert schema.existing_names(bare_graph) == names
    assert bare_graph.read("MATCH (v:Meta {id: 'schema'}) RETURN count(v) AS count") == [{"count": 1}]


def test_the_unique_id_is_enforced(graph):
    graph.write("CREATE (:Mechanism {id: 'iachr'})")
    with pytest.raises(MechGraphError, match="already exists"):
        graph.write("CREATE (:Mechanism {id: 'iachr'})")


def test_no_schema_version_before_init(bare_graph):
    assert schema.version(bare_graph) is None
