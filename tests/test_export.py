"""`mechgraph export`: the whole graph, in formats that Gephi, networkx and Neo4j read back."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest

from graph.export import export
from loaders import seeds

MINI = Path(__file__).parent / "fixtures" / "mini"


@pytest.fixture
def loaded(graph):
    seeds.load(graph, MINI)
    counts = graph.read(
        "CALL () { MATCH (n) WHERE NOT n:Meta RETURN count(n) AS nodes } "
        "CALL () { MATCH ()-[r]->() WHERE NOT r:LINKED|TIE RETURN count(r) AS links } RETURN nodes, links"
    )[0]
    return graph, counts


def test_json_is_node_link_with_every_node_and_relationship(loaded, tmp_path):
    graph, counts = loaded
    export(graph, "json", tmp_path / "graph.json")
    data = json.loads((tmp_path / "graph.json").read_text())
    assert len(data["nodes"]) == counts["nodes"] and len(data["links"]) == counts["links"]
    assert not any(link["type"] in ("LINKED", "TIE") for link in data["links"])  # derived: loading rebuilds it
    achpr = next(node for node in data["nodes"] if node["id"] == "achpr")
    assert achpr["labels"] == ["Mechanism"]
    assert achpr["properties"]["name_zh"] == "非洲人权和民族权委员会"
    assert {"source": "iacthr", "target": "ccpr", "type": "REFERENCES"}.items() <= next(
        link for link in data["links"] if link["type"] == "REFERENCES" and link["source"] == "iacthr"
    ).items()


@pytest.mark.parametrize("output_format, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graphml_and_gexf_open_in_networkx(loaded, tmp_path, output_format, read):
    graph, counts = loaded
    path = tmp_path / f"graph.{output_format}"
    export(graph, output_format, path)
    back = read(path)
    assert back.number_of_nodes() == counts["nodes"]
    assert back.number_of_edges() == counts["links"]
    assert json.loads(back.nodes["achpr"]["acronyms"]) == ["ACHPR"]


def test_csv_writes_nodes_and_relationships_with_import_headers(loaded, tmp_path):
    graph, counts = loaded
    export(graph, "csv", tmp_path / "csv")
    with open(tmp_path / "csv" / "nodes.csv", newline="") as stream:
        nodes = list(csv.DictReader(stream))
    with open(tmp_path / "csv" / "relationships.csv", newline="") as stream:
        links = list(csv.DictReader(stream))
    assert len(nodes) == counts["nodes"] and len(links) == counts["links"]
    assert {"id:ID", ":LABEL"} <= set(nodes[0]) and {":START_ID", ":END_ID", ":TYPE"} <= set(links[0])
