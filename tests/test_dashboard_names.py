"""The Unknown names page, run by Streamlit's app testing: a name settled through its form, its mentions recomputed."""

from __future__ import annotations

import shutil

import streamlit as st
from streamlit.testing.v1 import AppTest

from conftest import wipe
from loaders import seeds
from loaders.documents.write import ingest
from tests.conftest import ROOT
from tests.test_dashboard import APP
from tests.test_names_settled import NAME, NOTE, OTHER, PRINTED


def test_a_name_settled_on_the_page_becomes_an_alias_with_its_mentions(graph, neo4j_settings, tmp_path, monkeypatch):
    folder = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", folder, ignore=shutil.ignore_patterns("decisions"))
    note = tmp_path / "andean-note.md"
    note.write_text(NOTE, encoding="utf-8")
    for key, value in (
        ("NEO4J_URI", neo4j_settings.uri),
        ("NEO4J_USERNAME", neo4j_settings.username),
        ("NEO4J_PASSWORD", neo4j_settings.password),
        ("MECHGRAPH_SEEDS", str(folder)),
    ):
        monkeypatch.setenv(key, value)
    wipe(graph, drop_schema=False)
    seeds.load(graph, folder)
    ingest(graph, note, lang="en", seeds=folder)

    st.cache_data.clear()
    app = AppTest.from_file(APP, default_timeout=180)
    app.switch_page("views/names.py")
    app.query_params["name"] = NAME
    app.run()
    assert not app.exception
    assert app.selectbox(key="name-choice").value == NAME
    assert any("<mark>Andean Commission of Jurists</mark>" in md.value for md in app.markdown)
    app.radio(key="decision").set_value("alias")
    app.run()
    app.selectbox(key="pick-of").set_value("iachr")
    app.run()
    app.button(key="settle").click()
    app.run()
    assert not app.exception
    said = [message.value for message in app.success]
    assert "2 paragraph(s) now mention Inter-American Commission on Human Rights (IACHR)." in said
    assert any("names.yaml" in line for line in said)
    assert app.selectbox(key="name-choice").value == OTHER  # the settled name left the list
    assert graph.read(
        "MATCH (p:Paragraph {locator: 'para. 1'})-[m:MENTIONS]->(:Mechanism {id: 'iachr'}) RETURN m.surface AS surface"
    ) == [{"surface": [PRINTED]}]
    assert "decision: alias" in (folder / "decisions" / "names.yaml").read_text(encoding="utf-8")
