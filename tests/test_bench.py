"""A small run of the scale benchmark (`make bench` runs it at full size), so its code cannot rot.

Each part runs on a synthetic graph of about a thousand nodes: the generator, the three
loaders (which must make the same graph), every catalogue query with its benchmark
parameters, the network page timed in Chromium, two browser sessions opening every page at
once, and the report that keeps the previous run.
"""

from __future__ import annotations

import json
import re
import shutil

import pytest

from bench import latency, loaders, report, synth
from bench.run import counts, empty, measure_load, measure_loaders
from conftest import SYNTHETIC_SCALE
from graph import schema
from loaders import seeds
from queries.catalogue import Catalogue
from registry.names import Resolver
from registry.yamlfile import read_rows
from tests.conftest import ROOT

SCALE = SYNTHETIC_SCALE  # the folder of the `synthetic` fixture (conftest.py)


def test_the_generator_is_deterministic_and_its_seeds_are_valid(synthetic, tmp_path):
    synth.generate(tmp_path / "again", SCALE, seed=3)
    files = sorted(path.relative_to(synthetic) for path in synthetic.rglob("*") if path.is_file())
    assert files == sorted(
        path.relative_to(tmp_path / "again") for path in (tmp_path / "again").rglob("*") if path.is_file()
    )
    assert all((synthetic / name).read_bytes() == (tmp_path / "again" / name).read_bytes() for name in files)
    plan, problems = seeds.validate(synthetic)
    assert problems == []
    assert len(read_rows(synthetic / "references.yaml")) == round(synth.SIZES["references"] * SCALE)
    # Heavy tail: the most cited body gets over three times an even share of the references.
    cited = [rel[2] for rel in plan.relationships if rel[0] == "REFERENCES"]
    top = max(cited.count(body) for body in set(cited))
    assert top > 3 * len(cited) / len(set(cited))


def test_the_three_loaders_make_the_same_graph(graph, local_server, synthetic):
    plan, _ = seeds.validate(synthetic)
    seeds.write(graph, plan)
    project = counts(graph)
    assert project["nodes"] == sum(map(len, plan.nodes.values()))
    assert project["relationships"] == len(plan.relationships)

    empty(graph)
    timing = loaders.naive(graph, plan)
    assert counts(graph) == project and timing.rows == loaders.rows_of(plan)
    loaders.naive(graph, plan)  # MERGE: a second run changes nothing
    assert counts(graph) == project

    if local_server is None:
        pytest.skip("LOAD CSV reads the import folder of the managed server; NEO4J_URI is set")
    empty(graph)
    loaders.load_csv(graph, plan, local_server.import_dir)
    assert counts(graph) == project
    achpr = "MATCH (m:Mechanism {id: $id}) RETURN m.acronyms AS acronyms, m.generic AS generic"
    assert graph.read(achpr, {"id": "m-00000"}) == [{"acronyms": ["M00000"], "generic": True}]


def test_the_project_loader_is_timed_unchanged_after_one_changed_row_and_in_batches(
    graph, local_server, synthetic, tmp_path, scale_results, monkeypatch
):
    from bench import run

    if local_server is None:
        pytest.skip("LOAD CSV reads the import folder of the managed server; NEO4J_URI is set")
    folder = tmp_path / "seeds"
    shutil.copytree(synthetic, folder)
    results: dict = {}
    monkeypatch.setattr(run, "LOAD_CSV_ROWS", 2000)  # a sample, as at scale 1
    plan = measure_loaders(graph, local_server, folder, results)
    project, csv = results["load"]["project"], results["load"]["load_csv"]
    assert project["write_mode"] == "one transaction" and project["batches"] > 0
    assert project["changed_row_writes"] == 1  # the activity's node: its relationships are as they were
    assert project["second_load_seconds"] < project["seconds"]
    # The changed row's load, in its parts: the folder validated, the row written, the network figures computed.
    parts = ("changed_row_validate_seconds", "changed_row_write_seconds", "changed_row_analytics_seconds")
    assert all(project[part] > 0 for part in parts)
    assert abs(sum(project[part] for part in parts) - project["changed_row_seconds"]) <= 0.2
    assert (folder / "activities.yaml").read_text() == (synthetic / "activities.yaml").read_text()
    assert csv["sample"] and 0 < csv["rows"] < project["rows"] == loaders.rows_of(plan)
    lines = report.tables({**scale_results, "load": results["load"], "graph": results["graph"]})
    assert "A load after one changed row (an activity's status) takes" in lines
    assert f"computing the network figures again {project['changed_row_analytics_seconds']} s." in lines
    assert f"The same write in batches ({project['batches']} transactions" in lines
    assert "included; a random sample, into an empty graph" in lines


def test_the_network_figures_are_timed_and_computed_again_only_when_stale(graph, synthetic):
    from bench import analytics as timed
    from graph import analytics

    seeds.load(graph, synthetic)  # a load that changes the links computes and stores the figures
    assert not analytics.state(graph)["stale"]
    current = timed.measure(graph, store=None)
    assert "compute_seconds" not in current and current["networkx_sources"] == timed.SAMPLED
    assert all(row["pairs"] > 0 and row["igraph_seconds"] >= 0 for row in current["networks"].values())
    assert f"| networkx, betweenness from {timed.SAMPLED} sources s |" in timed.table(current)
    graph.write_transaction(analytics.mark_stale)
    assert set(timed.measure(graph, store=None)["compute_seconds"]) == {"read", "compute", "store"}
    assert not analytics.state(graph)["stale"]


def test_the_whole_load_alone_is_timed_with_its_peaks(graph, local_server, synthetic):
    if local_server is None:
        pytest.skip("the server's peak is read from its process; NEO4J_URI is set")
    empty(graph)
    plan, _ = seeds.validate(synthetic)
    figures = measure_load(graph, local_server, synthetic)
    assert (figures["nodes"], figures["relationships"]) == (
        sum(map(len, plan.nodes.values())),
        len(plan.relationships),
    )
    assert 0 < figures["validate_seconds"] < figures["seconds"]
    assert figures["python_peak_mb"] > 50 and figures["neo4j_peak_mb"] > 100


def test_a_sample_keeps_the_nodes_its_relationships_link(synthetic):
    plan, _ = seeds.validate(synthetic)
    part = loaders.sample(plan, 0.1)
    held = part.label_of()
    assert 0 < len(part.relationships) < len(plan.relationships)
    assert all(start in held and end in held for _kind, start, end, _props in part.relationships)


def test_every_catalogue_query_runs_with_benchmark_parameters(graph, synthetic):
    seeds.load(graph, synthetic)
    figures = latency.measure(graph, Resolver.from_seeds(synthetic), runs=3, warmup=1)
    assert set(figures) == {query.name for query in Catalogue.load()}
    assert all(0 < row["p50_ms"] <= row["p95_ms"] <= row["max_ms"] for row in figures.values())
    assert figures["mechanism-profile"]["mean_rows"] == 1


def test_a_review_decision_is_timed_and_leaves_the_graph_as_it_found_it(graph, synthetic):
    from bench import accept

    seeds.load(graph, synthetic)
    facts = "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships"
    before, links = graph.read(facts), graph.read("MATCH ()-[l:LINKED]->() RETURN count(l) AS n")
    figures = accept.measure(graph, runs=4)
    assert figures["runs"] == 4 and 0 < figures["accept_p50_ms"] <= figures["accept_p95_ms"]
    assert figures["withdraw_p50_ms"] > 0
    assert graph.read(facts) == before and graph.read("MATCH ()-[l:LINKED]->() RETURN count(l) AS n") == links


def test_the_network_page_render_is_timed_in_a_real_browser(graph, neo4j_settings, synthetic):
    from bench import render

    seeds.load(graph, synthetic)
    figures = render.first_render(neo4j_settings, 10, runs=2)
    assert figures["drawn_nodes"] == 10 and figures["drawn_edges"] > 0
    assert figures["cold_seconds"] > 0 and figures["warm_seconds"] > 0 and figures["dashboard_peak_mb"] > 0
    assert 0 < figures["cold_canvas_seconds"] < figures["cold_seconds"]
    assert 0 < figures["warm_canvas_seconds"] < figures["warm_seconds"]


def test_the_sessions_visit_every_page_of_the_dashboard():
    from bench.sessions import PAGES

    app = (ROOT / "dashboard" / "app.py").read_text(encoding="utf-8")
    menu = re.findall(r'st\.Page\(HERE / "views" / "\w+\.py", title="([^"]+)"(?:, url_path="(\w+)")?', app)
    assert [(page.name, page.path) for page in PAGES] == menu


def test_two_sessions_open_every_page_at_once_without_an_error(graph, neo4j_settings, synthetic):
    from bench import sessions

    seeds.load(graph, synthetic)
    figures = sessions.measure(neo4j_settings, 2, warmup=False, timeout=120)
    assert figures["errors"] == [] and figures["warmup_errors"] == [] and figures["outside_requests"] == []
    assert figures["sessions"] == 2 and figures["loads"] == 2 * len(sessions.PAGES) == 2 * figures["pages_per_session"]
    assert figures["wall_seconds"] > 0 and figures["dashboard_cpu_seconds"] > 0 and figures["dashboard_peak_mb"] > 0
    assert list(figures["pages"]) == [page.name for page in sessions.PAGES]
    assert all(
        row["loads"] == 2 and 0 < row["p50_s"] <= row["p95_s"] <= row["max_s"] <= 120
        for row in figures["pages"].values()
    )


def test_a_page_that_shows_an_error_counts_as_one(graph, neo4j_settings, synthetic):
    from bench import sessions

    seeds.load(graph, synthetic)
    # A page that is not the one expected (a wrong link no longer gives an error box: the pages explain it
    # in a warning, and the dashboard refuses to start on a database the server lacks).
    expected = sessions.Page("Who cites whom", "citations?kind=zzz", "A title no page has")
    figures = sessions.measure(neo4j_settings, 1, warmup=False, pages=(expected,))
    [error] = figures["errors"]
    assert error["session"] == "session 1" and error["page"] == "Who cites whom"
    assert error["problem"] == "no title 'A title no page has' (titles: 'Who cites whom')"
    assert figures["pages"]["Who cites whom"]["errors"] == figures["all"]["errors"] == 1


def test_sessions_are_stopped_at_their_budget_and_say_what_was_not_reached(graph, neo4j_settings, synthetic):
    from bench import sessions
    from graph.errors import MechGraphError

    seeds.load(graph, synthetic)
    with pytest.raises(MechGraphError, match="no page of the sessions at once answered within 0.01 s"):
        sessions.measure(neo4j_settings, 1, warmup=False, budget=0.01)
    pages = sessions.PAGES[:2]
    loads = [{"session": "session 1", "page": page.name, "seconds": 1.5, "problems": []} for page in pages]
    figures = {
        **sessions.summary(loads, pages),
        "rounds": 1,
        "timeout_seconds": 60,
        "warmup": False,
        "warmup_errors": [],
        "wall_seconds": 240.2,
        "limit_seconds": 240,
        "not_reached": 22,
        "chromium": "156.0",
        "playwright": "1.65.3",
        "outside_requests": [],
    }
    assert "stopped after the 240 s they were given, 22 loads not reached" in report.sessions_table(figures)


@pytest.fixture
def scale_results() -> dict:
    """The figures of a ``make bench`` run, as bench/run.py saves them."""
    return {
        "date": "2026-12-01",
        "scale": 1.0,
        "command": "make bench",
        "heap": "6g",
        "machine": {
            "cores": 2,
            "cpu": "x",
            "memory_gb": 24,
            "system": "Linux",
            "python": "3.11",
            "neo4j_server": "5.26.30",
            "neo4j": "6.4.1",
            "networkx": "3.6",
            "streamlit": "1.5",
            "pyvis": "0.3.2",
        },
        "graph": {"nodes": 100_000, "relationships": 1_000_000, "links": 5, "rows": 1_100_000},
        "load": {
            "project": {
                "rows": 1_100_000,
                "validate_seconds": 40,
                "write_seconds": 60,
                "seconds": 100,
                "rows_per_second": 11_000,
                "write_rows_per_second": 18_000,
                "second_load_seconds": 50,
            },
            "load_csv": {"rows": 1_100_000, "seconds": 200, "export_seconds": 10, "rows_per_second": 5500},
            "naive": {"rows": 4000, "seconds": 80, "rows_per_second": 50},
        },
        "queries": {
            "bodies": {"runs": 200, "p50_ms": 10, "p95_ms": 20, "p99_ms": 25, "max_ms": 30, "mean_rows": 5},
            "network": {"runs": 200, "p50_ms": 900, "p95_ms": 1000, "p99_ms": 1100, "max_ms": 1200, "mean_rows": 1},
        },
        "memory": {"python_peak_mb": 2000, "neo4j_peak_mb": 7000},
    }


def test_the_report_keeps_the_previous_run_below(tmp_path, scale_results):
    results = scale_results
    target = tmp_path / "BENCHMARKS.md"
    target.write_text("# Benchmarks\n\nHand-written text stays.\n", encoding="utf-8")
    report.update(target, results)
    report.update(target, {**results, "date": "2026-12-02"})
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Benchmarks\n\nHand-written text stays.")
    assert text.index("### Run of 2026-12-02") < text.index("Previous runs") < text.index("#### Run of 2026-12-01")
    assert "| network | 200 | 900 | 1000 | 1100 | 1200 | 1 | missed (20.0× the target) |" in text
    assert "| bodies | 200 | 10 | 20 | 25 | 30 | 5 | met |" in text
    assert "| 200 | 5,500 | 3.27 | 2.00 | ≥ 0.5: met |" in text and "| 80 | 50 | 360.00 | 220.00 | ≥ 50: met |" in text
    assert json.dumps(results)  # the results are plain data, as results.json holds them


def test_the_report_judges_the_render_warm_and_cold_against_their_own_targets(scale_results):
    render = {
        "500": {"drawn_nodes": 500, "drawn_edges": 1500, "cold_seconds": 3.9, "warm_seconds": 2.3456},
        "5000": {"drawn_nodes": 2993, "drawn_edges": 1500, "cold_seconds": 6.9, "warm_seconds": 2.38},
    }
    text = report.tables({**scale_results, "render": render})
    assert "| 500 | 500 | 1500 | 3.9 | 2.35 | warm ≤ 2.0 s: missed (1.17× the target); cold ≤ 4.0 s: met |" in text
    assert "| 5000 | 2993 | 1500 | 6.9 | 2.38 | warm ≤ 5.0 s: met |" in text


def test_the_session_tables_give_each_page_and_each_error(tmp_path, scale_results):
    from bench import sessions

    pages = sessions.PAGES[:8]  # the figures below are of eight pages, however many the dashboard has
    loads = [
        {"session": f"session {n}", "page": page.name, "seconds": n + 0.25, "problems": []}
        for n in (1, 2)
        for page in pages
    ]
    loads[3]["problems"] = ["exception: KeyError: 'x'"]
    figures = {
        **sessions.summary(loads, pages),
        "pages_per_session": 8,
        "rounds": 1,
        "timeout_seconds": 60,
        "warmup": True,
        "warmup_errors": [],
        "wall_seconds": 12.5,
        "dashboard_cpu_seconds": 8.0,
        "load_average": 1.5,
        "chromium": "156.0",
        "playwright": "1.65.3",
        "outside_requests": [],
        "dashboard_peak_mb": 300,
    }
    results = {
        "date": "2026-12-01",
        "command": "python -m bench.sessions --sessions 2",
        "machine": {
            "cores": 2,
            "cpu": "x",
            "memory_gb": 24,
            "system": "Linux",
            "python": "3.11",
            "neo4j_server": "5.26.30 Community",
            "neo4j": "6.4.1",
            "networkx": "3.6",
            "streamlit": "1.5",
            "pyvis": "0.3.2",
        },
        "graph": {"nodes": 4000, "relationships": 16000, "documents": 27},
        "sessions": figures,
    }
    target = tmp_path / "BENCHMARKS.md"
    report.update_sessions(target, results)
    report.update_sessions(target, {**results, "date": "2026-12-02"})
    text = target.read_text(encoding="utf-8")
    assert text.index("### Run of 2026-12-02: 2 sessions") < text.index("#### Run of 2026-12-01: 2 sessions")
    every = f"| all pages | {2 * len(pages)} | 1 | 1.75 | 2.25 | 2.25 |"  # two sessions open every page
    assert "| Workplan | 2 | 1 | 1.75 | 2.2 | 2.25 |" in text and every in text
    assert "- session 1, Workplan: exception: KeyError: 'x'" in text and "Errors: 1." in text
    assert f"the dashboard used 8.0 s of processor time ({8.0 / (2 * len(pages)):.2f} s a page)" in text
    assert json.dumps(results)
    # A `make bench` run gives the same table, in its own block.
    report.update(target, {**scale_results, "sessions": figures})
    text = target.read_text(encoding="utf-8")
    scale = text[text.index("<!-- scale:begin -->") : text.index("<!-- scale:end -->")]
    assert "### Run of 2026-12-01, scale 1.0" in scale and every in scale
    assert text.index("<!-- sessions:end -->") < text.index("<!-- scale:begin -->")


def _sorted_rows(rows) -> list[tuple]:
    """Rows with their properties as sorted JSON, so that they can be compared and sorted."""
    return sorted((*row[:-1], json.dumps(row[-1], sort_keys=True)) for row in rows)


def test_the_rows_of_a_synthetic_folder_are_its_validated_plan(synthetic):
    from bench import admin_import, synth_rows

    plan, _ = seeds.validate(synthetic)
    streamed = _sorted_rows(synth_rows.rows(synthetic))
    assert streamed == _sorted_rows(admin_import.plan_rows(plan))
    assert len(set(streamed)) == len(streamed) == loaders.rows_of(plan)  # each node and relationship once


def test_the_admin_import_files_are_typed_and_hold_every_row_of_the_plan(synthetic, tmp_path):
    import csv

    from bench import admin_import

    plan, _ = seeds.validate(synthetic)
    files = admin_import.export(admin_import.plan_rows(plan), tmp_path)
    assert files.nodes == {label: len(nodes) for label, nodes in plan.nodes.items()}
    assert sum(files.relationships.values()) == len(plan.relationships) and files.rows == loaders.rows_of(plan)
    assert not list(tmp_path.glob("*.spool"))
    read = {path.name: list(csv.reader(path.open(encoding="utf-8"))) for path in tmp_path.glob("*.csv")}
    assert sum(len(rows) - 1 for name, rows in read.items() if name.startswith("nodes-")) == sum(files.nodes.values())
    assert sum(len(rows) - 1 for name, rows in read.items() if name.startswith("rels-")) == len(plan.relationships)
    header, first = read["nodes-Mechanism.csv"][:2]
    assert header == [
        "id:ID(Mechanism)",
        ":LABEL",
        "acronyms:string[]",
        "generic:boolean",
        "kind:string",
        "name:string",
        "name_fr:string",
        "region:string",
        "source:string",
        "system:string",
    ]
    assert first[:4] == ["m-00000", "Mechanism", "M00000", "true"]
    assert read["rels-PARTICIPATED_IN-Mechanism-Activity.csv"][0] == [
        ":START_ID(Mechanism)",
        ":END_ID(Activity)",
        ":TYPE",
        "role:string",
        "source:string",
    ]


def test_a_column_of_two_types_is_refused(tmp_path):
    from bench import admin_import
    from graph.errors import MechGraphError

    rows = [("node", "Event", {"id": "a", "year": 2020}), ("node", "Event", {"id": "b", "year": "2021"})]
    with pytest.raises(MechGraphError, match="'year' is long and string"):
        admin_import.export(rows, tmp_path)


def test_neo4j_admin_imports_the_plan_into_a_stopped_server(synthetic, tmp_path):
    """On a server of its own: the shared test server cannot be stopped."""
    from bench import admin_import
    from graph.connection import connect
    from graph.server import LocalServer, free_port
    from graph.settings import settings_from

    plan, _ = seeds.validate(synthetic)
    server = LocalServer(home=tmp_path / "home")
    server.start(port=free_port())
    try:
        figures = admin_import.measure(server, admin_import.plan_rows(plan), tmp_path / "csv")
        assert server.is_running()
        with connect(settings_from(server=server)) as graph:
            assert figures["nodes_by_label"] == {label: len(nodes) for label, nodes in sorted(plan.nodes.items())}
            assert figures["relationships"] == len(plan.relationships)
            mechanism = "MATCH (m:Mechanism {id: $id}) RETURN m.acronyms AS acronyms, m.generic AS generic"
            assert graph.read(mechanism, {"id": "m-00000"}) == [{"acronyms": ["M00000"], "generic": True}]
            role = "MATCH (:Mechanism)-[r:PARTICIPATED_IN]->(:Activity {id: 'act-000000'}) RETURN r.role AS role"
            assert {row["role"] for row in graph.read(role)} == {"organizer", "participant"}
            assert schema.init(graph).created == []  # the schema was created after the import
    finally:
        server.stop()
    assert figures["import_seconds"] > 0 and figures["export_seconds"] >= 0 and figures["import_peak_mb"] > 0


def test_the_report_gives_the_offline_import_a_row_of_the_loader_table(tmp_path, scale_results):
    admin = {"rows": 1_100_000, "seconds": 20, "rows_per_second": 55_000, "export_seconds": 8}
    scale_results["load"]["admin_import"] = {**admin, "import_seconds": 12, "schema_seconds": 5}
    target = tmp_path / "BENCHMARKS.md"
    report.update(target, scale_results)
    text = target.read_text(encoding="utf-8")
    assert "| `neo4j-admin database import full`, offline, server stopped (CSV export 8 s + import 12 s;" in text
    assert "| 1,100,000 | 20 | 55,000 | 0.33 | 0.20 |  |" in text  # the project's write runs at a third of its pace


def test_a_batchs_transaction_memory_is_measured_and_rolled_back(graph, synthetic):
    from bench import batch_memory

    seeds.load(graph, synthetic)
    before = counts(graph)
    held = batch_memory.measure(graph, sizes=(50, 500))
    assert set(held) == {"nodes 50", "relationships 50", "nodes 500", "relationships 500"}
    assert 0 < held["nodes 50"] <= held["nodes 500"] and 0 < held["relationships 50"] <= held["relationships 500"]
    assert counts(graph) == before and graph.read("MATCH ()-[r:PROBE]->() RETURN count(r) AS n") == [{"n": 0}]
