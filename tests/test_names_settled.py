"""Unknown names settled by a person live in decisions/names.yaml: mentions follow, and a wiped database gets them back."""

from __future__ import annotations

import shutil

import pytest
import yaml

from conftest import wipe
from queries.catalogue import Catalogue
from tests.conftest import ROOT, run_cli
from tests.test_load import _env

NAME = "Andean Commission of Jurists"  # as listed: without the article printed before it
PRINTED = NAME  # a mention's surface leaves the article out too
OTHER = "Steering Committee of the Network"
NOTE = """# Joint note on the Andean region

1. The Andean Commission of Jurists met the Committee against Torture in Lima in 2011.

2. The Andean Commission of Jurists later wrote to the Inter-American Commission on Human Rights about detention.

3. The Steering Committee of the Network agreed on a common agenda.
"""


@pytest.fixture
def folder(tmp_path):
    """A seed folder of the user's own (decisions are written into it)."""
    copy = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", copy, ignore=shutil.ignore_patterns("decisions"))
    return copy


@pytest.fixture
def note(tmp_path):
    path = tmp_path / "andean-note.md"
    path.write_text(NOTE, encoding="utf-8")
    return path


def fresh(graph, env, folder, note) -> None:
    """The README's way to a graph: wipe, load the seed folder, ingest the document."""
    wipe(graph, drop_schema=False)
    loaded = run_cli("load", str(folder), env=env)
    assert loaded.returncode == 0, loaded.stderr
    ingested = run_cli("ingest", str(note), "--lang", "en", "--seeds", str(folder), env=env)
    assert ingested.returncode == 0, ingested.stderr


def unknown(graph) -> dict[str, list[str]]:
    return {
        row["name"]: [place["locator"] for place in row["places"]]
        for row in Catalogue.load().run(graph, "unknown-names", {})
    }


def mentions(graph, body: str) -> list[tuple[str, list[str]]]:
    return [
        (row["locator"], row["surface"])
        for row in graph.read(
            "MATCH (p:Paragraph)-[m:MENTIONS]->({id: $body}) RETURN p.locator AS locator, m.surface AS surface "
            "ORDER BY locator",
            {"body": body},
        )
    ]


def test_an_alias_brings_mentions_and_comes_back_after_a_wipe(graph, neo4j_settings, folder, note):
    env = _env(neo4j_settings)
    fresh(graph, env, folder, note)
    assert unknown(graph) == {NAME: ["para. 1", "para. 2"], OTHER: ["para. 3"]}
    listed = run_cli("names", "--seeds", str(folder), env=env)
    assert listed.returncode == 0 and NAME in listed.stdout and "andean-note, para. 1" in listed.stdout
    assert mentions(graph, "iachr") == [("para. 2", ["Inter-American Commission on Human Rights"])]

    settled = run_cli("names", "--alias", NAME, "--of", "IACHR", "--seeds", str(folder), env=env)
    assert settled.returncode == 0, settled.stderr
    assert "2 paragraph(s) now mention iachr" in settled.stderr
    rows = yaml.safe_load((folder / "decisions" / "names.yaml").read_text(encoding="utf-8"))
    assert [{k: row[k] for k in ("name", "decision", "body", "lang", "document", "locator")} for row in rows] == [
        {
            "name": NAME,
            "decision": "alias",
            "body": "iachr",
            "lang": "en",
            "document": "andean-note",
            "locator": "para. 1",
        }
    ]
    assert rows[0]["quote"] == "The Andean Commission of Jurists met the Committee against Torture in Lima in 2011."
    after = mentions(graph, "iachr")
    assert after == [("para. 1", [PRINTED]), ("para. 2", [PRINTED, "Inter-American Commission on Human Rights"])]
    assert unknown(graph) == {OTHER: ["para. 3"]}
    assert NAME in graph.read("MATCH (m:Mechanism {id: 'iachr'}) RETURN m.aliases AS aliases")[0]["aliases"]

    fresh(graph, env, folder, note)
    assert mentions(graph, "iachr") == after
    assert unknown(graph) == {OTHER: ["para. 3"]}
    assert NAME in graph.read("MATCH (m:Mechanism {id: 'iachr'}) RETURN m.aliases AS aliases")[0]["aliases"]


def test_a_new_body_and_a_name_that_is_not_a_body_stay_settled(graph, neo4j_settings, folder, note):
    env = _env(neo4j_settings)
    fresh(graph, env, folder, note)
    made = run_cli(
        "names", "--new", NAME, "--system", "civil_society", "--kind", "other", "--region", "americas",
        "--parent", "OAS", "--seeds", str(folder), env=env,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    refused = run_cli("names", "--not-a-body", OTHER, "--seeds", str(folder), env=env)
    assert refused.returncode == 0, refused.stderr
    body = "andean-commission-of-jurists"

    def state():
        return graph.read(
            "MATCH (m:Mechanism {id: $id})-[:PART_OF]->(parent) "
            "MATCH (m)-[:EVIDENCED_BY]->(e:Evidence)-[:FROM]->(d:Document) "
            "RETURN m.name AS name, m.system AS system, m.region AS region, parent.id AS parent, "
            "d.id AS document, e.locator AS locator, e.quote AS quote",
            {"id": body},
        ), mentions(graph, body)

    before = state()
    assert before[0] == [
        {
            "name": NAME,
            "system": "civil_society",
            "region": "americas",
            "parent": "oas",
            "document": "andean-note",
            "locator": "para. 1",
            "quote": "The Andean Commission of Jurists met the Committee against Torture in Lima in 2011.",
        }
    ]
    assert before[1] == [("para. 1", [PRINTED]), ("para. 2", [PRINTED])]
    assert unknown(graph) == {}

    fresh(graph, env, folder, note)
    assert state() == before
    assert unknown(graph) == {}
    again = run_cli("load", str(folder), env=env)  # a load after the ingestion keeps it all
    assert again.returncode == 0, again.stderr
    assert state() == before


def test_a_decision_whose_body_is_gone_is_reported_by_load(graph, neo4j_settings, folder):
    env = _env(neo4j_settings)
    (folder / "decisions").mkdir()
    (folder / "decisions" / "names.yaml").write_text(
        f"- when: '2026-12-06T10:00:00+00:00'\n  name: {NAME}\n  decision: alias\n  body: no-such-body\n  lang: en\n"
        "  document: andean-note\n  locator: para. 1\n  quote: The Andean Commission of Jurists met\n"
        f"- name: Comité andin\n  decision: new_body\n  id: comite-andin\n  system: other\n  kind: other\n"
        "  parent: Nowhere Council\n  document: andean-note\n  locator: para. 1\n  quote: x\n",
        encoding="utf-8",
    )
    loaded = run_cli("load", str(folder), env=env)
    assert loaded.returncode == 1
    assert "names.yaml:4: body: unknown body 'no-such-body'" in loaded.stderr
    assert "names.yaml:14: parent: unknown body 'Nowhere Council'" in loaded.stderr
