"""Review decisions live in a file beside the seeds: a wiped database, loaded and ingested again, gets them back."""

from __future__ import annotations

import shutil

import pytest
import yaml

from conftest import wipe
from queries.catalogue import Catalogue
from tests.conftest import ROOT, run_cli
from tests.test_ingest_structure import EN
from tests.test_load import _env


@pytest.fixture
def folder(tmp_path):
    """A seed folder of the user's own (decisions are written into it)."""
    copy = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", copy)
    return copy


def statuses(graph) -> dict[str, str]:
    return {row["id"]: row["status"] for row in Catalogue.load().run(graph, "candidates", {"document": EN_ID})}


def reviewed_facts(graph) -> list[dict]:
    return [{**row, "bodies": sorted(row["bodies"])} for row in _reviewed(graph)]


def _reviewed(graph) -> list[dict]:
    return graph.read(
        "MATCH (c:Candidate)-[:BECAME]->(f) OPTIONAL MATCH (b)-[:PARTICIPATED_IN|MAKES]->(f) "
        "RETURN c.id AS candidate, f.id AS fact, f.source AS source, collect(DISTINCT b.id) AS bodies ORDER BY candidate"
    )


EN_ID = "a-hrc-23-18-en"


def fresh(graph, env, folder) -> tuple:
    """The README's way to a graph: wipe, load the seed folder, ingest the document."""
    wipe(graph, drop_schema=False)
    loaded = run_cli("load", str(folder), env=env)
    assert loaded.returncode == 0, loaded.stderr
    ingested = run_cli("ingest", str(EN), "--seeds", str(folder), env=env)
    assert ingested.returncode == 0, ingested.stderr
    return loaded, ingested


def test_decisions_survive_a_wiped_database(graph, neo4j_settings, folder):
    env = _env(neo4j_settings)
    fresh(graph, env, folder)
    listed = Catalogue.load().run(graph, "candidates", {"document": EN_ID})
    activity = next(row["id"] for row in listed if row["kind"] == "activity")
    rejected = next(row["id"] for row in listed if row["id"] != activity)
    reference = next(row["id"] for row in listed if row["kind"] == "reference" and row["id"] != rejected)
    decided = run_cli(
        "review",
        "--accept",
        activity,
        "--reject",
        rejected,
        "--seeds",
        str(folder),
        env=env,
    )
    assert decided.returncode == 0, decided.stderr
    chosen = run_cli(
        "review", "--accept", reference, "--from", "iachr", "--to", "ccpr", "--seeds", str(folder), env=env
    )
    assert chosen.returncode == 0, chosen.stderr
    rows = yaml.safe_load((folder / "decisions" / "review.yaml").read_text())
    assert [(row["decision"], row["candidate"]) for row in rows] == [
        ("accept", activity),
        ("reject", rejected),
        ("accept", reference),
    ]
    assert rows[2]["source"] == "iachr" and rows[2]["target"] == "ccpr"
    assert all(row["document"] == EN_ID and row["locator"] and row["quote"] for row in rows)
    before_statuses, before_facts = statuses(graph), reviewed_facts(graph)
    assert len(before_facts) == 2

    loaded, ingested = fresh(graph, env, folder)
    assert "not ingested yet: a-hrc-23-18-en" in loaded.stderr  # the load says what waits for ingestion
    assert "Replayed 3 review decision(s)" in ingested.stdout
    assert statuses(graph) == before_statuses
    assert reviewed_facts(graph) == before_facts

    # Loading again replays nothing new and changes nothing.
    again = run_cli("load", str(folder), env=env)
    assert again.returncode == 0 and "Replayed" not in again.stderr
    assert reviewed_facts(graph) == before_facts


def test_a_withdrawn_decision_makes_a_candidate_again_and_stays_withdrawn(graph, neo4j_settings, folder):
    env = _env(neo4j_settings)
    fresh(graph, env, folder)
    activity = next(
        row["id"] for row in Catalogue.load().run(graph, "candidates", {"document": EN_ID}) if row["kind"] == "activity"
    )
    activities = graph.read("MATCH (a:Activity) RETURN count(a) AS n")[0]["n"]
    assert run_cli("review", "--accept", activity, "--seeds", str(folder), env=env).returncode == 0
    assert graph.read("MATCH (a:Activity) RETURN count(a) AS n")[0]["n"] == activities + 1
    withdrawn = run_cli("review", "--withdraw", activity, "--seeds", str(folder), env=env)
    assert withdrawn.returncode == 0, withdrawn.stderr
    assert statuses(graph)[activity] == "candidate"
    assert graph.read("MATCH (a:Activity) RETURN count(a) AS n")[0]["n"] == activities
    assert graph.read("MATCH (:Candidate {id: $id})-[:BECAME]->(f) RETURN f", {"id": activity}) == []

    fresh(graph, env, folder)
    assert statuses(graph)[activity] == "candidate"
    assert graph.read("MATCH (a:Activity) RETURN count(a) AS n")[0]["n"] == activities


def test_a_decision_without_its_candidate_is_reported_not_dropped(graph, neo4j_settings, folder):
    env = _env(neo4j_settings)
    (folder / "decisions").mkdir()
    (folder / "decisions" / "review.yaml").write_text(
        "- decision: accept\n  candidate: cand-0000000000\n  when: '2026-12-01T10:00:00+00:00'\n"
        "  kind: activity\n  document: a-hrc-23-18-en\n  locator: para. 99\n  quote: a sentence the report no longer has\n",
        encoding="utf-8",
    )
    _loaded, ingested = fresh(graph, env, folder)
    assert "cand-0000000000" in ingested.stdout and "has no candidate any more" in ingested.stdout
    assert "cand-0000000000" in (folder / "decisions" / "review.yaml").read_text()


def test_a_bad_decisions_file_stops_the_load_before_it_writes(graph, neo4j_settings, folder):
    env = _env(neo4j_settings)
    wipe(graph, drop_schema=False)
    (folder / "decisions").mkdir()
    (folder / "decisions" / "review.yaml").write_text(
        "- decision: maybe\n  candidate: cand-1\n  when: '2026-12-01'\n  kind: activity\n"
        "  document: d\n  locator: para. 1\n  quote: q\n",
        encoding="utf-8",
    )
    result = run_cli("load", str(folder), env=env)
    assert result.returncode == 1
    assert "review.yaml:1" in result.stderr and "decision" in result.stderr
    assert graph.read("MATCH (n:Mechanism) RETURN count(n) AS n")[0]["n"] == 0


def test_an_edited_acceptance_is_recorded_and_replayed(graph, neo4j_settings, folder):
    env = _env(neo4j_settings)
    fresh(graph, env, folder)
    listed = Catalogue.load().run(graph, "candidates", {"document": EN_ID, "kind": "activity"})
    activity, other = listed[0]["id"], listed[1]["id"]
    decide = ("review", "--seeds", str(folder), "--accept")
    edited = run_cli(*decide, activity, "--detail", "joint_mission", "--body", "iachr", "--body", "spt", env=env)
    assert edited.returncode == 0, edited.stderr
    row = yaml.safe_load((folder / "decisions" / "review.yaml").read_text())[-1]
    assert (row["candidate"], row["detail"], row["bodies"]) == (activity, "joint_mission", ["iachr", "spt"])
    kinds = "MATCH (:Candidate {id: $id})-[:BECAME]->(a:Activity) RETURN a.kind AS kind"
    assert graph.read(kinds, {"id": activity}) == [{"kind": "joint_mission"}]
    before = reviewed_facts(graph)
    assert sorted(next(f for f in before if f["candidate"] == activity)["bodies"]) == ["iachr", "spt"]

    fresh(graph, env, folder)
    assert reviewed_facts(graph) == before
    assert graph.read(kinds, {"id": activity}) == [{"kind": "joint_mission"}]

    # A kind that is not one, a body that is none, a joint activity of one body: one sentence, nothing written.
    for wrong, said in (
        (("--detail", "picnic"), "“picnic” is not one of the activity kinds: joint_visit, "),
        (("--body", "iachr", "--body", "nobody"), "unknown body 'nobody'"),
        (("--body", "iachr"), "a joint activity needs at least two bodies"),
    ):
        refused = run_cli(*decide, other, *wrong, env=env)
        assert refused.returncode == 1 and said in refused.stderr, refused.stderr
    assert len(yaml.safe_load((folder / "decisions" / "review.yaml").read_text())) == 1
