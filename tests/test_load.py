"""`mechgraph load`: validated first, written in one transaction, idempotent, with evidence.

These tests use the small seed folder in tests/fixtures/mini; tests/test_seed_facts.py checks
the real seed data against the source documents.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graph.export import node_link
from loaders import seeds
from loaders.seeds import InvalidSeeds
from tests.conftest import run_cli

MINI = Path(__file__).parent / "fixtures" / "mini"


def snapshot(graph) -> dict:
    data = node_link(graph)
    return {"nodes": sorted(map(repr, data["nodes"])), "links": sorted(map(repr, data["links"]))}


@pytest.fixture
def mini_copy(tmp_path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(MINI, folder)
    return folder


def test_a_dry_run_validates_and_writes_nothing(graph):
    plan, summary = seeds.load(graph, MINI, dry_run=True)
    assert summary is None
    assert len(plan.nodes["Mechanism"]) == 9
    assert graph.read("MATCH (n) WHERE NOT n:Meta RETURN count(n) AS count") == [{"count": 0}]


def test_every_fact_leads_to_its_evidence_and_document(graph):
    seeds.load(graph, MINI)
    unproven = graph.read(
        "MATCH (n) WHERE NOT n:Evidence AND NOT n:Country AND NOT n:Meta "
        "AND NOT (n)-[:EVIDENCED_BY]->(:Evidence)-[:FROM]->(:Document) RETURN n.id AS id"
    )
    assert unproven == []
    assert graph.read(
        "MATCH (:Activity {id: 'joint-visit-civ-2012'})-[:EVIDENCED_BY]->(e:Evidence)-[:FROM]->(d:Document) "
        "RETURN d.symbol AS symbol, e.locator AS locator, e.quote AS quote"
    ) == [
        {
            "symbol": "A/TEST/1",
            "locator": "para. 1",
            "quote": "carried out a joint visit to Côte d'Ivoire in February 2012",
        }
    ]


def test_names_by_any_spelling_land_on_the_same_node(graph):
    seeds.load(graph, MINI)
    assert graph.read(
        "MATCH (a)-[r:REFERENCES]->(b) RETURN a.id AS source, r.kind AS kind, b.id AS target ORDER BY source"
    ) == [
        {"source": "iachr", "kind": "follows_up_recommendations", "target": "cat"},
        {"source": "iacthr", "kind": "cites_case_law", "target": "ccpr"},
    ]
    assert graph.read("MATCH (f:FocalPoint {id: 'fp-achpr'})-[:FOCAL_POINT_OF]->(m) RETURN m.id AS id") == [
        {"id": "achpr"}
    ]
    assert graph.read("MATCH (:Mechanism {id: 'achpr'})-[:PART_OF]->(o:Organization) RETURN o.id AS id") == [
        {"id": "au"}
    ]


def test_a_reference_is_a_node_with_its_own_evidence_and_a_direct_link(graph):
    seeds.load(graph, MINI)
    assert graph.read(
        "MATCH (a:Mechanism)-[:MAKES]->(r:Reference)-[:ABOUT]->(b:Mechanism), (r)-[:EVIDENCED_BY]->(e) "
        "WHERE a.id = 'iacthr' RETURN r.kind AS kind, b.id AS target, e.quote AS quote"
    ) == [
        {
            "kind": "cites_case_law",
            "target": "ccpr",
            "quote": "regularly cites the case law of the Human Rights Committee",
        }
    ]


def test_workplan_owners_keep_their_roles_and_exceptions(graph):
    seeds.load(graph, MINI)
    assert graph.read(
        "MATCH (m)-[r:RESPONSIBLE_FOR]->(:WorkplanItem {id: 'test-short-1'}) "
        "RETURN m.id AS owner, r.role AS role, r.except AS except ORDER BY owner"
    ) == [
        {"owner": "iachr", "role": "in_particular", "except": None},
        {"owner": "rhrms", "role": "collective", "except": ["afchpr"]},
    ]
    assert graph.read("MATCH (i:WorkplanItem) RETURN i.implementation AS text") == [
        {"text": "focal points of all RHRMs except the AfHPR, in particular the IACHR"}
    ]


def test_joint_activities_and_events_have_participants_and_countries(graph):
    seeds.load(graph, MINI)
    assert graph.read(
        "MATCH (m)-[p:PARTICIPATED_IN]->(a:Activity)-[:IN_COUNTRY]->(c:Country) "
        "RETURN m.id AS body, p.role AS role, c.name AS country, a.start AS start ORDER BY body"
    ) == [
        {"body": "achpr", "role": "participant", "country": "Côte d'Ivoire", "start": "2012-02"},
        {"body": "sr-hrd", "role": "participant", "country": "Côte d'Ivoire", "start": "2012-02"},
    ]
    assert graph.read("MATCH (e:Event {id: 'fp-meeting-test'}) RETURN e.start AS start") == [{"start": "2012-12-14"}]
    assert graph.read("MATCH (:Event)-[:ADOPTED]->(w:Workplan) RETURN w.id AS id") == [{"id": "test-workplan"}]


def test_loading_twice_changes_nothing(graph):
    _plan, first = seeds.load(graph, MINI)
    before = snapshot(graph)
    _plan, second = seeds.load(graph, MINI)
    assert first.changed and not second.changed
    assert sum(second.unchanged.values()) == sum(first.created.values())
    assert sum(second.relationships_unchanged.values()) == sum(first.relationships_created.values())
    assert snapshot(graph) == before


def test_rows_removed_from_the_seeds_leave_the_graph(graph, mini_copy):
    seeds.load(graph, MINI)
    (mini_copy / "activities.yaml").write_text("[]\n")
    _plan, summary = seeds.load(graph, mini_copy, allow_removals=True)  # every row of a file: the user said yes
    assert summary.deleted["Activity"] == 1
    assert graph.read("MATCH (a:Activity) RETURN count(a) AS count") == [{"count": 0}]
    assert graph.read("MATCH ()-[r:PARTICIPATED_IN]->() RETURN count(r) AS count") == [{"count": 0}]


def test_a_changed_row_is_updated(graph, mini_copy):
    seeds.load(graph, MINI)
    path = mini_copy / "activities.yaml"
    path.write_text(path.read_text().replace("status: held", "status: planned"))
    _plan, summary = seeds.load(graph, mini_copy)
    assert summary.updated["Activity"] == 1 and summary.created["Activity"] == 0
    assert graph.read("MATCH (a:Activity) RETURN a.status AS status") == [{"status": "planned"}]


def test_a_file_with_one_bad_row_leaves_the_database_untouched(graph, mini_copy):
    seeds.load(graph, MINI)
    before = snapshot(graph)
    path = mini_copy / "references.yaml"
    path.write_text(
        path.read_text()
        + (
            "- source: iachr\n  target: Comité imaginaire\n  kind: quotes\n  status: practice\n"
            '  evidence:\n    - {document: mini-report, locator: "para. 3", quote: "follows up"}\n'
        )
    )
    with pytest.raises(InvalidSeeds) as raised:
        seeds.load(graph, mini_copy)
    assert [str(p) for p in raised.value.problems] == [
        f"{path}:14: target: unknown body 'Comité imaginaire'; expected an id or a name of mechanisms.yaml "
        "or organizations.yaml; nearest: cat (Committee against Torture), iachr (IACHR), "
        "achpr (Commission africaine des droits de l'homme et des peuples)"
    ]
    assert snapshot(graph) == before


def test_a_failure_half_way_through_the_write_rolls_everything_back(graph):
    seeds.load(graph, MINI)
    before = snapshot(graph)
    plan, _ = seeds.validate(MINI)
    plan.nodes["Activity"]["joint-visit-civ-2012"]["status"] = "changed"  # written first…
    plan.nodes["WorkplanItem"]["test-short-1"]["owners"] = {"not": "storable"}  # …then this fails
    with pytest.raises(Exception, match="refused the query"):
        seeds.write(graph, plan)
    assert snapshot(graph) == before


def test_the_cli_reports_what_it_did(neo4j_settings, graph):
    env = _env(neo4j_settings)
    first = run_cli("load", str(MINI), env=env)
    assert first.returncode == 0, first.stderr
    assert "  Mechanism          9 created     0 updated     0 unchanged     0 removed" in first.stderr
    second = run_cli("load", str(MINI), env=env)
    assert "  Mechanism          0 created     0 updated     9 unchanged     0 removed" in second.stderr
    assert second.stderr.strip().endswith("Already up to date: nothing changed.")


def _env(settings) -> dict:
    import os

    return {
        **os.environ,
        "NEO4J_URI": settings.uri,
        "NEO4J_USERNAME": settings.username,
        "NEO4J_PASSWORD": settings.password,
        **({"NEO4J_DATABASE": settings.database} if settings.database else {}),
    }


def test_a_load_that_changes_the_graph_records_when(graph):
    from queries.catalogue import Catalogue

    freshness = lambda: Catalogue.load().run(graph, "data-freshness")  # noqa: E731
    seeds.load(graph, MINI)
    [first] = freshness()
    assert first["source"] == "seeds" and first["loaded_at"].startswith("20")
    seeds.load(graph, MINI)
    assert freshness() == [first]


def test_a_load_that_would_empty_a_file_says_what_it_would_remove_and_writes_nothing(graph, mini_copy, neo4j_settings):
    seeds.load(graph, mini_copy)
    before = snapshot(graph)
    (mini_copy / "references.yaml").write_text("# emptied by mistake\n[]\n")
    with pytest.raises(seeds.RemovalRefused, match=r"2 of 2 Reference rows \(every row of references\.yaml\)"):
        seeds.load(graph, mini_copy)
    assert snapshot(graph) == before

    refused = run_cli("load", str(mini_copy), env=_env(neo4j_settings))  # no terminal to ask at: it needs --yes
    assert refused.returncode == 1 and "load again with --yes" in refused.stderr and "Traceback" not in refused.stderr
    assert snapshot(graph) == before
    accepted = run_cli("load", str(mini_copy), "--yes", env=_env(neo4j_settings))
    assert accepted.returncode == 0, accepted.stderr
    assert graph.read("MATCH (r:Reference) RETURN count(r) AS count") == [{"count": 0}]


def test_removing_a_few_rows_needs_no_confirmation(graph, tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(Path(__file__).parent.parent / "seeds", folder)
    seeds.load(graph, folder)
    lines = (folder / "references.yaml").read_text().split("\n- source:")
    (folder / "references.yaml").write_text("\n- source:".join(lines[:-3]) + "\n")  # three of about 200 rows
    _plan, summary = seeds.load(graph, folder)
    assert summary.deleted["Reference"] == 3


def test_a_field_too_long_is_refused_with_its_line(graph, mini_copy):
    text = (mini_copy / "references.yaml").read_text()
    (mini_copy / "references.yaml").write_text(text.replace("  kind:", f"  note: {'x' * 20_000}\n  kind:", 1))
    with pytest.raises(InvalidSeeds, match=r"references\.yaml:\d+: note: .*at most 5000 characters"):
        seeds.load(graph, mini_copy)
