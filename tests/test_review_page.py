"""The Review page in Streamlit's AppTest, over the seed graph with the English report ingested: candidates by
name, accepted as proposed or edited, rejected, withdrawn and batch-decided, each decision recorded in a copy of
the seeds (``MECHGRAPH_SEEDS``), never in the repository's seeds/."""

from __future__ import annotations

import shutil

import pytest
import streamlit as st
import yaml
from streamlit.testing.v1 import AppTest

from conftest import wipe
from graph.connection import connect
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
    print(table.to_string())
    bodies = " ".join(table["bodies"])
    assert "Inter-American Commission on Human Rights" in bodies
    assert not any(row["bodies"][0] in cell.split(", ") for row, cell in zip(listed, table["bodies"], strict=True))
    assert set(table["kind"]) <= {"activity", "reference", "workplan owner"}
