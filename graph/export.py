"""The whole graph, out: node-link JSON, GraphML and GEXF (Gephi, networkx), or CSV.

Node-link JSON is ``{"nodes": [{"id", "labels", "properties"}], "links": [{"source",
"target", "type", "properties"}]}`` with node ids as source and target. GraphML and GEXF hold
scalar attributes only, so lists are written as JSON text there. Meta nodes (schema version,
load times) are not data and are left out.

>>> counts, files = export(graph, "json", None)
>>> data = json.loads(files["graph.json"])
>>> counts.nodes == len(data["nodes"]), "achpr" in {node["id"] for node in data["nodes"]}
(True, True)
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from graph.analytics import stored_properties
from graph.connection import Graph
from graph.errors import MechGraphError
from graph.schema import DERIVED_RELATIONSHIPS, DIGEST, META_LABEL

FORMATS = ("json", "graphml", "gexf", "csv")


@dataclass(frozen=True)
class ExportCounts:
    nodes: int
    links: int


def node_link(graph: Graph) -> dict:
    """Every node and relationship as node-link data (plain lists and dicts); the derived
    relationships derived from the facts (``LINKED``, ``TIE``) are left out, as loading the facts rebuilds them."""
    nodes = graph.read(
        f"MATCH (n) WHERE NOT n:{META_LABEL} "
        "RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties ORDER BY id"
    )
    links = graph.read(
        f"MATCH (a)-[r]->(b) WHERE NOT r:{'|'.join(DERIVED_RELATIONSHIPS)} RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS properties "
        "ORDER BY source, type, target"
    )
    computed = stored_properties() | {DIGEST}  # the network figures and the loader's digests: not facts
    for node in nodes:
        node["properties"] = {key: value for key, value in node["properties"].items() if key not in computed}
    return {"nodes": [_plain(node) for node in nodes], "links": [_plain(link) for link in links]}


def _plain(row: dict) -> dict:
    """Neo4j temporal and spatial values become text, so every format can hold them."""
    row["properties"] = {
        key: value if isinstance(value, (str, int, float, bool, list)) else str(value)
        for key, value in row["properties"].items()
    }
    return row


def to_networkx(data: dict) -> nx.MultiDiGraph:
    """A networkx multigraph of node-link data; lists become JSON text (GraphML and GEXF need scalars)."""
    scalar = lambda value: json.dumps(value, ensure_ascii=False) if isinstance(value, list) else value  # noqa: E731
    result = nx.MultiDiGraph()
    for node in data["nodes"]:
        attributes = {key: scalar(value) for key, value in node["properties"].items() if key != "id"}
        result.add_node(
            node["id"],
            labels=":".join(node["labels"]),
            label=node["properties"].get("name") or node["id"],
            **attributes,
        )
    for link in data["links"]:
        attributes = {key: scalar(value) for key, value in link["properties"].items()}
        result.add_edge(link["source"], link["target"], key=None, type=link["type"], **attributes)
    return result


def _csv_tables(data: dict) -> dict[str, str]:
    tables = {}
    # Headers as neo4j-admin import reads them, so the files also load into another Neo4j.
    for name, records, fixed, header in (
        ("nodes.csv", data["nodes"], ["id", "labels"], ["id:ID", ":LABEL"]),
        ("relationships.csv", data["links"], ["source", "target", "type"], [":START_ID", ":END_ID", ":TYPE"]),
    ):
        keys = sorted({key for record in records for key in record["properties"]} - {"id"})
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(header + keys)
        for record in records:
            head = [
                ";".join(record[column]) if isinstance(record[column], list) else record[column] for column in fixed
            ]
            values = [record["properties"].get(key) for key in keys]
            writer.writerow(head + [json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v for v in values])
        tables[name] = buffer.getvalue()
    return tables


def render(data: dict, output_format: str) -> dict[str, str]:
    """The export as {file name: text}: one file, or two for CSV (nodes.csv, relationships.csv)."""
    if output_format == "json":
        return {"graph.json": json.dumps(data, ensure_ascii=False, indent=1) + "\n"}
    if output_format == "graphml":
        return {"graph.graphml": "\n".join(nx.generate_graphml(to_networkx(data))) + "\n"}
    if output_format == "gexf":
        return {"graph.gexf": "\n".join(nx.generate_gexf(to_networkx(data))) + "\n"}
    if output_format == "csv":
        return _csv_tables(data)
    raise MechGraphError(f"unknown export format {output_format!r}; expected one of {', '.join(FORMATS)}")


def export(graph: Graph, output_format: str, output: Path | None) -> tuple[ExportCounts, dict[str, str]]:
    """Render the graph; with ``output``, write it there (a folder for CSV)."""
    data = node_link(graph)
    files = render(data, output_format)
    if output is not None:
        if output_format == "csv":
            output.mkdir(parents=True, exist_ok=True)
            for name, text in files.items():
                (output / name).write_text(text, encoding="utf-8")
        else:
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(next(iter(files.values())), encoding="utf-8")
    return ExportCounts(len(data["nodes"]), len(data["links"])), files
