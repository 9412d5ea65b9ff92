"""Loads that touch only what changed, and loads in batches that a rerun finishes after a crash.

A load whose files are as the last one left them validates nothing and writes nothing; a changed
row rewrites its node and the links of its bodies, and the links are those a full rebuild makes;
a batched load makes the graph a one-transaction load makes, even when it is interrupted and
run again.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bench import synth
from conftest import wipe
from graph import links, writer
from graph.export import node_link
from loaders import seeds
from loaders.seeds import batched, state, sync
from tests.conftest import run_cli
from tests.test_load import MINI, _env


@pytest.fixture
def mini_copy(tmp_path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(MINI, folder)
    return folder


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("synthetic") / "seeds"
    synth.generate(folder, scale=0.003, seed=5)
    return folder


@pytest.fixture
def synthetic_copy(synthetic, tmp_path) -> Path:
    folder = tmp_path / "synthetic"
    shutil.copytree(synthetic, folder)
    return folder


def snapshot(graph) -> dict:
    """Every node and relationship, whatever the order of their properties (a batched load sets the digest last)."""
    data = node_link(graph)
    return {key: sorted(json.dumps(item, sort_keys=True) for item in data[key]) for key in ("nodes", "links")}


def linked(graph) -> list[tuple]:
    """Every derived link, with what it says."""
    return sorted(
        (row["a"], row["b"], row["type"], row["detail"] or "", row["year"] or 0, row["status"], row["weight"])
        + tuple(sorted(row["via"]))
        for row in graph.read(
            f"MATCH (a)-[l:{links.LINKED}]->(b) RETURN a.id AS a, b.id AS b, l.type AS type, l.detail AS detail, "
            "l.year AS year, l.status AS status, l.weight AS weight, l.via AS via"
        )
    )


def rebuilt(graph) -> list[tuple]:
    """The links a rebuild of every link makes."""
    graph.write_transaction(links.refresh)
    return linked(graph)


def no_validation(monkeypatch) -> None:
    def refuse(_folder):
        raise AssertionError("validated again")

    monkeypatch.setattr(sync, "validate", refuse)


def test_a_load_of_unchanged_files_validates_nothing_and_writes_nothing(graph, monkeypatch):
    _plan, first = seeds.load(graph, MINI)
    before = snapshot(graph), linked(graph)
    no_validation(monkeypatch)
    plan, second = seeds.load(graph, MINI)
    assert plan is None and not second.changed
    assert second.unchanged == first.created
    assert sum(second.relationships_unchanged.values()) == sum(first.relationships_created.values())
    assert (snapshot(graph), linked(graph)) == before


def test_another_writer_since_does_not_make_an_unchanged_load_validate(graph, monkeypatch):
    seeds.load(graph, MINI)
    writer.exclusive(graph, lambda tx, _said: None, task="a review decision")  # the writer lock moves on
    assert not state.recorded(graph)["untouched"]
    no_validation(monkeypatch)
    assert seeds.load(graph, MINI)[0] is None


def test_a_curated_node_removed_by_hand_is_noticed_and_written_again(graph):
    seeds.load(graph, MINI)
    before = snapshot(graph)
    writer.exclusive(graph, lambda tx, _said: tx.run("MATCH (a:Activity) DETACH DELETE a").consume(), task="a hand")
    plan, summary = seeds.load(graph, MINI)
    assert plan is not None and summary.created["Activity"] == 1
    assert snapshot(graph) == before


def test_a_property_edited_by_hand_is_put_back_by_a_full_load_only(graph):
    seeds.load(graph, MINI)
    before = snapshot(graph)
    graph.write("MATCH (a:Activity) SET a.title = 'edited by hand'")  # not through a writer: digests trusted
    assert not seeds.load(graph, MINI)[1].changed
    _plan, summary = seeds.load(graph, MINI, full=True)
    assert dict(+summary.updated) == {"Activity": 1}
    assert snapshot(graph) == before


def test_a_changed_comment_validates_again_and_changes_nothing(graph, mini_copy):
    seeds.load(graph, mini_copy)
    path = mini_copy / "events.yaml"
    path.write_text("# a comment added\n" + path.read_text())
    plan, summary = seeds.load(graph, mini_copy)
    assert plan is not None and not summary.changed
    assert seeds.load(graph, mini_copy)[0] is None  # the new digests were recorded


def test_a_decisions_file_is_a_seed_file_too(graph, mini_copy):
    seeds.load(graph, mini_copy)
    (mini_copy / "decisions").mkdir()
    (mini_copy / "decisions" / "review.yaml").write_text("[]\n")
    assert seeds.load(graph, mini_copy)[0] is not None


def test_a_changed_row_rewrites_that_row_and_the_links_of_its_bodies(graph, synthetic_copy):
    seeds.load(graph, synthetic_copy)
    path = synthetic_copy / "activities.yaml"
    text = path.read_text()
    first = text.index('  status: "held"')
    path.write_text(text[:first] + '  status: "proposed"' + text[first + len('  status: "held"') :])
    _plan, summary = seeds.load(graph, synthetic_copy)
    assert dict(+summary.updated) == {"Activity": 1}
    assert not +summary.created and not +summary.deleted
    assert not +summary.relationships_created and not +summary.relationships_deleted
    after = linked(graph)
    assert any(link[5] == "proposed" for link in after)
    assert rebuilt(graph) == after


def test_a_changed_participant_moves_the_links_of_both_bodies(graph, synthetic_copy):
    seeds.load(graph, synthetic_copy)
    path = synthetic_copy / "activities.yaml"
    text = path.read_text()
    start = text.index("    - mechanism: ", text.index("participants:"))
    end = text.index("\n", start)
    replaced = text[start:end]
    other = '    - mechanism: "m-00001"' if "m-00001" not in replaced else '    - mechanism: "m-00002"'
    path.write_text(text[:start] + other + text[end:])
    _plan, summary = seeds.load(graph, synthetic_copy)
    # The participation is the body's outgoing relationship: the two bodies are what changed.
    assert sum(summary.updated.values()) <= 2 and summary.updated["Activity"] == 0
    assert summary.relationships_created == {"PARTICIPATED_IN": 1}
    assert dict(+summary.relationships_deleted) == {"PARTICIPATED_IN": 1}
    after = linked(graph)
    assert rebuilt(graph) == after


def test_a_batched_load_makes_the_graph_one_transaction_makes(graph, synthetic, monkeypatch):
    seeds.load(graph, synthetic)
    expected = snapshot(graph), linked(graph)
    wipe(graph, drop_schema=False)
    monkeypatch.setattr(batched, "ROWS", 150)
    monkeypatch.setattr(batched, "LINK_BODIES", 7)
    monkeypatch.setattr(batched, "LINK_DEGREE", 40)  # and busy bodies in smaller runs still
    said = []
    _plan, summary = seeds.load(graph, synthetic, batched=True, progress=said.append)
    assert sum(1 for line in said if line.startswith("  batch ")) > 10
    assert (snapshot(graph), linked(graph)) == expected
    assert state.in_progress(graph) is None
    assert seeds.load(graph, synthetic)[0] is None  # recorded like any load


class Interrupted(Exception):
    pass


def test_an_interrupted_batched_load_is_finished_by_loading_again(graph, synthetic, monkeypatch):
    seeds.load(graph, synthetic)
    expected = snapshot(graph), linked(graph)
    wipe(graph, drop_schema=False)
    monkeypatch.setattr(batched, "ROWS", 150)
    done = 0
    for stop in (4, 12):  # during the nodes, then (taken up) during the relationships

        def crash(line: str, stop=stop) -> None:
            if line.startswith(f"  batch {stop}:"):
                raise Interrupted(line)

        with pytest.raises(Interrupted):
            seeds.load(graph, synthetic, batched=True, progress=crash)
        done += stop - 1
        assert state.in_progress(graph)["batches"] == done
    said = []
    _plan, summary = seeds.load(graph, synthetic, progress=said.append)  # not asked to batch: it takes the load up
    assert any(line.startswith("Taking up the interrupted load") for line in said)
    assert state.in_progress(graph) is None
    assert (snapshot(graph), linked(graph)) == expected


def test_a_small_change_after_a_batched_load_is_one_transaction(graph, mini_copy, monkeypatch):
    monkeypatch.setattr(batched, "ROWS", 20)
    seeds.load(graph, mini_copy, batched=True)
    path = mini_copy / "activities.yaml"
    path.write_text(path.read_text().replace("status: held", "status: planned"))
    said = []
    _plan, summary = seeds.load(graph, mini_copy, progress=said.append)
    assert not any(line.startswith("  batch ") for line in said)
    assert dict(+summary.updated) == {"Activity": 1}


def test_the_cli_loads_in_batches_and_status_says_when_one_was_interrupted(neo4j_settings, graph, monkeypatch):
    loaded = run_cli("load", str(MINI), "--batched", env=_env(neo4j_settings))
    assert loaded.returncode == 0, loaded.stderr
    assert "batch 1:" in loaded.stderr and "Loaded." in loaded.stderr
    again = run_cli("load", str(MINI), env=_env(neo4j_settings))
    assert "nothing to validate or write" in again.stderr
    assert again.stderr.strip().endswith("Already up to date: nothing changed.")
    full = run_cli("load", str(MINI), "--full", env=_env(neo4j_settings))
    assert "Validating" in full.stderr and full.stderr.strip().endswith("nothing changed.")


def test_every_dashboard_page_says_when_a_batched_load_is_in_progress(graph, neo4j_settings, monkeypatch):
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from tests.test_dashboard import APP

    for key, value in (("URI", neo4j_settings.uri), ("USERNAME", neo4j_settings.username)):
        monkeypatch.setenv(f"NEO4J_{key}", value)
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_settings.password)
    seeds.load(graph, MINI)

    def notices() -> list[str]:
        st.cache_data.clear()
        app = AppTest.from_file(APP, default_timeout=120)
        app.switch_page("views/overview.py")
        return [info.value for info in app.run().info]

    assert not any("load of the seeds is in progress" in text for text in notices())
    writer.exclusive(graph, lambda tx, _said: state.started(tx, "test-load", "a test", "", []), task="a test")
    assert any("load of the seeds is in progress" in text and "0 batches" in text for text in notices())


def test_db_status_says_when_a_batched_load_is_in_progress(graph):
    from mechgraph.output import status_lines

    writer.exclusive(graph, lambda tx, _said: state.started(tx, "test-load", "a test", "", []), task="a test")
    status = {
        "running": True,
        "neo4j_version": "5",
        "uri": "bolt://x",
        "pid": 1,
        "memory_bytes": 1,
        "peak_memory_bytes": 1,
        "data_dir": "/data",
        "store_bytes": 1,
        "password_file": "/password",
        "nodes": 1,
        "relationships": 0,
        "schema_version": 1,
        "load_in_progress": state.in_progress(graph),
    }
    [line] = [line for line in status_lines(status) if line.startswith("  loading:")]
    assert "a batched load (test-load) is in progress since 20" in line and "0 batches done" in line
