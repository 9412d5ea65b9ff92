"""The Review page in Streamlit's AppTest, over the seed graph with the English report ingested: candidates by
name, accepted as proposed or edited, rejected, withdrawn and batch-decided, each decision recorded in a copy of
the seeds (``MECHGRAPH_SEEDS``), never in the repository's seeds/."""

from __future__ import annotations

import shutil
import subprocess

import pytest
import streamlit as st
import yaml
from streamlit.testing.v1 import AppTest

from conftest import wipe
from graph.connection import connect
from loaders.documents import review
from mechgraph import reading
from queries.catalogue import Catalogue
from tests.conftest import ROOT, run_cli
from tests.test_ingest_structure import EN
from tests.test_load import _env

APP = str(ROOT / "dashboard" / "app.py")
DOCUMENT = "a-hrc-23-18-en"


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """A copy of the seeds: the page writes its decisions file there."""
    copy = tmp_path_factory.mktemp("review") / "seeds"
    shutil.copytree(ROOT / "seeds", copy)
    return copy


@pytest.fixture(scope="module")
def reviewed(neo4j_settings, folder):
    """The seed graph with the English report ingested, and the dashboard pointed at it and at ``folder``."""
    env = _env(neo4j_settings)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEO4J_URI", neo4j_settings.uri)
        patch.setenv("NEO4J_USERNAME", neo4j_settings.username)
        patch.setenv("NEO4J_PASSWORD", neo4j_settings.password)
        patch.setenv("MECHGRAPH_SEEDS", str(folder))
        with connect(neo4j_settings) as graph:
            wipe(graph, drop_schema=False)
            assert run_cli("load", str(folder), env=env).returncode == 0
            ingested = run_cli("ingest", str(EN), "--seeds", str(folder), env=env)
            assert ingested.returncode == 0, ingested.stderr
            yield graph


def candidates(graph, **params) -> list[dict]:
    return Catalogue.load().run(graph, "review-candidates", {"document": DOCUMENT, **params})


def decisions(folder) -> list[dict]:
    path = folder / "decisions" / "review.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else []


def page(**query) -> AppTest:
    st.cache_data.clear()
    app = AppTest.from_file(APP, default_timeout=120)
    app.switch_page("views/review.py")
    for key, value in query.items():
        app.query_params[key] = value
    return app.run()


def said(app) -> list[str]:
    return [block.value for block in [*app.success, *app.error, *app.info, *app.warning]]


def test_the_page_lists_the_candidates_by_name(reviewed):
    listed = candidates(reviewed, status="candidate")
    app = page()
    assert not app.exception, app.exception
    table = app.dataframe[0].value
    assert len(table) == len(listed) > 0
    bodies = " ".join(table["bodies"])
    assert "Inter-American Commission on Human Rights" in bodies
    assert not any(row["bodies"][0] in cell.split(", ") for row, cell in zip(listed, table["bodies"], strict=True))
    assert set(table["kind"]) <= {"activity", "reference", "workplan owner"}


def one(graph, kind: str, locator: str, status: str = "candidate") -> dict:
    return next(row for row in candidates(graph, status=status, kind=kind) if row["locator"] == locator)


def test_accepting_a_reference_with_a_chosen_direction_records_it(reviewed, folder):
    quoting = one(reviewed, "reference", "para. 53")  # the Court quoting CEDAW and the Special Rapporteur
    court, rapporteur = quoting["bodies"][0], quoting["bodies"][2]
    app = page(candidate=quoting["id"])
    assert "<mark>" in app.markdown[-1].value or any("<mark>" in block.value for block in app.markdown)
    app.selectbox(key=f"target-{quoting['id']}").set_value(rapporteur).run()
    app.button(key=f"accept-{quoting['id']}").click().run()
    assert not app.exception, app.exception
    message = app.success[0].value
    assert message.startswith("Accepted: now a reference: Inter-American Court of Human Rights (IACourtHR) quotes")
    assert "violence against women" in message and str(folder / "decisions" / "review.yaml") in message
    row = decisions(folder)[-1]
    assert (row["decision"], row["candidate"], row["source"], row["target"]) == (
        "accept",
        quoting["id"],
        court,
        rapporteur,
    )
    accepted = one(reviewed, "reference", "para. 53", status="accepted")
    assert accepted["accepted_bodies"] == [court, rapporteur]
    assert {"source": "reviewed"} in reviewed.read(
        "MATCH (:Mechanism {id: $court})-[r:REFERENCES {kind: 'quotes'}]->(:Mechanism {id: $rapporteur}) "
        "RETURN r.source AS source",
        {"court": court, "rapporteur": rapporteur},
    )


def test_an_activity_edited_then_accepted_keeps_the_kind_and_bodies_chosen(reviewed, folder):
    mission = one(reviewed, "activity", "para. 16")  # two freedom-of-expression rapporteurs in Mexico
    key = mission["id"]
    app = page(candidate=key)
    app.selectbox(key=f"detail-{key}").set_value("joint_visit")
    app.toggle(key=f"everyone-{key}").set_value(True).run()
    app.multiselect(key=f"bodies-{key}").select("iachr").run()
    assert "Accepting makes it a joint visit of" in " ".join(caption.value for caption in app.caption)
    app.button(key=f"accept-{key}").click().run()
    assert not app.exception, app.exception
    assert app.success[0].value.startswith("Accepted: now a joint visit of")
    assert "Inter-American Commission on Human Rights (IACHR)" in app.success[0].value
    row = decisions(folder)[-1]
    assert (row["candidate"], row["detail"], row["bodies"]) == (key, "joint_visit", [*mission["bodies"], "iachr"])
    fact = reviewed.read(
        "MATCH (:Candidate {id: $id})-[:BECAME]->(a:Activity) OPTIONAL MATCH (b)-[:PARTICIPATED_IN]->(a) "
        "RETURN a.kind AS kind, collect(b.id) AS bodies",
        {"id": key},
    )
    assert fact[0]["kind"] == "joint_visit" and sorted(fact[0]["bodies"]) == sorted([*mission["bodies"], "iachr"])


def test_a_rejected_candidate_is_recorded_and_can_be_withdrawn(reviewed, folder):
    chosen = one(reviewed, "reference", "para. 77")
    app = page(candidate=chosen["id"])
    app.button(key=f"reject-{chosen['id']}").click().run()
    assert app.success[0].value.startswith(
        "Rejected: a recommended reference: United Nations human rights mechanisms cites the case law of Regional"
    )
    assert (decisions(folder)[-1]["decision"], decisions(folder)[-1]["candidate"]) == ("reject", chosen["id"])

    app = page(status="rejected", candidate=chosen["id"])
    assert "Rejected. Withdrawing the decision makes it a candidate again." in said(app)
    app.button(key=f"withdraw-{chosen['id']}").click().run()
    assert app.success[0].value.startswith("Withdrawn: a recommended reference: United Nations human rights")
    assert (decisions(folder)[-1]["decision"], decisions(folder)[-1]["candidate"]) == ("withdraw", chosen["id"])
    assert one(reviewed, "reference", "para. 77")["status"] == "candidate"


def test_two_candidates_rejected_in_one_batch(reviewed, folder):
    listed = candidates(reviewed, status="candidate")
    first, second = listed[0], listed[1]
    before = len(decisions(folder))
    app = page(document=DOCUMENT)
    app.session_state["candidates-0"] = {"selection": {"rows": [0, 1], "columns": [], "cells": []}}
    app.run()
    assert app.subheader[0].value == "2 candidates selected"
    app.button(key="batch-reject").click().run()
    assert not app.exception, app.exception
    assert app.success[0].value == f"Rejected 2 candidates. Recorded in {folder / 'decisions' / 'review.yaml'}."
    rows = decisions(folder)[before:]
    assert [(row["decision"], row["candidate"]) for row in rows] == [("reject", first["id"]), ("reject", second["id"])]
    assert len(app.dataframe[0].value) == len(listed) - 2


def test_a_candidate_decided_meanwhile_is_said_and_not_decided_twice(reviewed, folder):
    chosen = one(reviewed, "reference", "para. 81")
    app = page(candidate=chosen["id"])
    review.reject(reviewed, chosen["id"])  # someone else, from the command line, without this folder
    before = len(decisions(folder))
    app.button(key=f"accept-{chosen['id']}").click().run()
    assert not app.exception, app.exception
    assert app.error[0].value.endswith("is already rejected (decided meanwhile, elsewhere); nothing changed.")
    assert "cand-" not in app.error[0].value
    assert len(decisions(folder)) == before
    review.withdraw(reviewed, chosen["id"])


def test_the_filters_keep_in_the_url_and_a_bad_one_is_explained(reviewed):
    app = page(kind="activity", body="IACHR", status="all")
    assert not app.exception, app.exception
    table = app.dataframe[0].value
    assert len(table) > 0 and set(table["kind"]) == {"activity"}
    # An accepted candidate shows the bodies chosen (IACHR was added to the joint visit above).
    assert all("Inter-American Commission on Human Rights (IACHR)" in cell for cell in table["bodies"])
    assert app.query_params["kind"] in ("activity", ["activity"]) and app.query_params["body"] in ("iachr", ["iachr"])

    app = page(status="maybe")
    assert any("status “maybe” is not one of" in text for text in said(app))
    assert set(app.dataframe[0].value["status"]) == {"candidate"}


def test_without_candidates_the_page_says_how_to_get_some(reviewed, neo4j_settings):
    with connect(neo4j_settings) as graph:
        saved = graph.read("MATCH (c:Candidate) RETURN count(c) AS n")[0]["n"]
        graph.write("MATCH (c:Candidate) SET c:ParkedCandidate REMOVE c:Candidate")
        try:
            app = page()
            assert not app.exception
            assert any("No candidates yet" in text for text in said(app))
        finally:
            graph.write("MATCH (c:ParkedCandidate) SET c:Candidate REMOVE c:ParkedCandidate")
        assert graph.read("MATCH (c:Candidate) RETURN count(c) AS n")[0]["n"] == saved


def test_dashboard_seeds_tells_the_pages_where_to_record(reviewed, folder, monkeypatch):
    started = {}

    def run(command, env):
        started.update(command=command, env=env)
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(reading.subprocess, "run", run)
    assert run_cli("dashboard", "--seeds", str(folder), "--port", "8999").returncode == 0
    assert started["env"]["MECHGRAPH_SEEDS"] == str(folder.resolve())
    assert "8999" in started["command"]
