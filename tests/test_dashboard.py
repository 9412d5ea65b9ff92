"""Every dashboard page, run by Streamlit's own app testing against the seed graph (and an empty one)."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from conftest import wipe
from graph.connection import connect
from loaders import seeds
from queries.catalogue import Catalogue

APP = str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py")
PAGES = ["overview", "network", "citations", "workplan", "activities", "focal_points", "briefing", "console"]


@pytest.fixture(scope="module")
def seed_graph(neo4j_settings):
    """The seed graph, and the dashboard pointed at it through the usual NEO4J_* variables."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEO4J_URI", neo4j_settings.uri)
        patch.setenv("NEO4J_USERNAME", neo4j_settings.username)
        patch.setenv("NEO4J_PASSWORD", neo4j_settings.password)
        with connect(neo4j_settings) as graph:
            wipe(graph, drop_schema=False)
            seeds.load(graph)
            yield graph


def page(name: str, **query) -> AppTest:
    """Run one page as a browser would open it, with the view given in its URL."""
    st.cache_data.clear()
    app = AppTest.from_file(APP, default_timeout=120)
    app.switch_page(f"views/{name}.py")
    for key, value in query.items():
        app.query_params[key] = value
    return app.run()


@pytest.mark.parametrize("name", PAGES)
def test_every_page_renders_without_an_exception(seed_graph, name):
    app = page(name)
    assert not app.exception
    assert not app.error
    assert app.title[0].value


def test_the_overview_counts_what_the_graph_holds(seed_graph):
    app = page("overview")
    counts = {
        row["name"]: row["count"] for row in Catalogue.load().run(seed_graph, "graph-counts") if row["kind"] == "node"
    }
    metrics = {metric.label: metric.value for metric in app.metric}
    assert metrics["Bodies"] == str(counts["Mechanism"])
    assert metrics["Joint activities"] == str(counts["Activity"])
    assert metrics["Workplan items"] == str(counts["WorkplanItem"])
    assert "seeds" in app.dataframe[2].value["source"].tolist()


def test_the_network_finds_a_body_by_its_french_name_and_shows_its_evidence(seed_graph):
    app = page("network", body="Cour interaméricaine des droits de l'homme", depth="1")
    assert not app.exception
    assert "→ Inter-American Court of Human Rights (IACourtHR)" in [caption.value for caption in app.caption]
    assert app.selectbox(key="node").value == "iacthr"
    quotes = [block.value for block in app.markdown if block.value.startswith("> ")]
    assert any("Inter-American Court" in quote for quote in quotes)
    links = app.dataframe[0].value
    cited_by = links[(links["link"] == "references")]["what"].tolist()
    assert any(sentence.startswith("CEDAW cites Inter-American Court of Human Rights in ") for sentence in cited_by)


# -- network: the details follow the search and the selection; filters kept in the URL ----------------
def profile_heading(app) -> str:
    return next(block.value for block in app.markdown if block.value.startswith("**") and " · " not in block.value)


def test_the_network_details_follow_the_search(seed_graph):
    app = page("network", body="Cour interaméricaine des droits de l’homme", depth="1")
    assert profile_heading(app).startswith("**Inter-American Court of Human Rights (IACourtHR)**")
    assert any("within 1 of Inter-American Court of Human Rights" in caption.value for caption in app.caption)
    app.text_input(key="search").input("ACHPR").run()
    assert app.selectbox(key="node").value == "achpr"
    assert profile_heading(app).startswith("**African Commission on Human and Peoples’ Rights (ACHPR)**")
    assert app.query_params["body"] in ("ACHPR", ["ACHPR"])


def test_a_body_chosen_in_the_details_is_kept_in_the_url_and_shown_by_the_link(seed_graph):
    app = page("network")
    app.selectbox(key="node").select("ohchr").run()
    assert app.query_params["node"] in ("ohchr", ["ohchr"])
    again = page("network", node="ohchr")
    assert profile_heading(again).startswith("**Office of the High Commissioner for Human Rights (OHCHR)**")
    kinds = [block.value for block in again.markdown if block.value.startswith("kind: ")]
    assert kinds and "part of: " in kinds[0] and "_" not in kinds[0]


def test_a_cleared_link_filter_stays_cleared_in_the_url(seed_graph):
    app = page("network")
    app.multiselect(key="links").set_value([]).run()
    assert app.query_params["link"] in ("none", ["none"])
    again = page("network", link="none")
    assert again.multiselect(key="links").value == []
    assert any("No body matches these filters" in info.value for info in again.info)


def test_the_network_filters_by_status_and_can_leave_out_undated_links(seed_graph):
    def links(app) -> int:
        return int(next(c.value for c in app.caption if " bodies, " in c.value).split(", ")[1].split()[0])

    everything = page("network")
    proposed = page("network", status="proposed")
    assert proposed.multiselect(key="statuses").value == ["proposed"]
    assert 0 < links(proposed) < links(everything)
    dated = page("network", undated="out")
    assert "Undated links are left out." in [caption.value for caption in dated.caption]
    assert "Undated links are kept (references, liaison, undated activities)." in [c.value for c in everything.caption]
    assert 0 < links(dated) < links(everything)


def test_a_bad_network_link_is_explained_and_draws_the_whole_network_with_a_message(seed_graph):
    app = page("network", body="zzz", max="-5", depth="99")
    assert not app.exception
    warnings = [warning.value for warning in app.warning]
    assert "No body is called “zzz”. Did you mean:" in warnings
    assert "The link's node cap -5 is outside 10–5000; showing 10." in warnings
    assert "No body found by that name: the whole network is drawn." in [caption.value for caption in app.caption]


def test_the_network_caps_and_says_what_it_left_out(seed_graph):
    app = page("network", max="10")
    assert any("Showing the 10 best connected of" in warning.value for warning in app.warning)


def test_the_network_filters_keep_in_the_url(seed_graph):
    app = page("network")
    app.multiselect(key="regions").select("africa").run()
    assert app.query_params["region"] in ("africa", ["africa"])  # one value, as the URL holds it
    caption = next(c.value for c in app.caption if " bodies, " in c.value)
    everything = next(c.value for c in page("network").caption if " bodies, " in c.value)
    assert int(caption.split()[0]) < int(everything.split()[0])


def test_who_cites_the_inter_american_court_and_the_evidence(seed_graph):
    app = page("citations", pair="cedaw → iacthr", body="Inter-American Court of Human Rights")
    assert not app.exception
    one_body = app.dataframe[1].value
    assert (
        "Committee on the Elimination of Discrimination against Women"
        in one_body[one_body[""] == "is cited by"]["body"].tolist()
    )
    headings = [block.value for block in app.markdown if block.value.startswith("**A/")]
    assert "**A/HRC/23/18** · English · para. 53" in headings
    assert {heading.split("**")[1] for heading in headings} == {"A/HRC/23/18"}


def test_the_workplan_matrix_marks_owners_and_gaps(seed_graph):
    app = page("workplan", workplan="fp-meeting-2012-workplan")
    matrix = app.dataframe[0].value
    assert len(matrix) == 26
    row = matrix[matrix["title"].str.startswith("Increase the number of joint country visits")].iloc[0]
    assert {owner for owner in matrix.columns[2:] if row[owner]} == {
        "achpr",
        "iachr",
        "coe",
        "osce-odihr",
        "ohchr-spb",
        "ohchr-fotcd",
    }
    assert matrix[matrix["title"].str.startswith("Thematic reports")].iloc[0]["rhrms"] == "C −afchpr"


def test_which_bodies_met_in_tunisia_in_2012(seed_graph):
    app = page("activities", country="TUN", year="2012")
    table = app.dataframe[0].value
    assert not table.empty
    assert all(table["country"] == "TUN")
    assert any("sr-hrd" in participants for participants in table["participants"])


def test_the_focal_point_directory_and_the_bodies_without_one(seed_graph):
    app = page("focal_points")
    assert len(app.dataframe[0].value) == len(Catalogue.load().run(seed_graph, "focal-points"))
    assert len(app.dataframe[1].value) == len(Catalogue.load().run(seed_graph, "bodies-without-focal-point"))


def test_a_briefing_for_the_african_commission_the_iachr_and_nirms(seed_graph):
    app = page("briefing", body=["achpr", "IACHR", "NIRMS"])
    assert not app.exception
    assert app.multiselect(key="attendees").value == ["achpr", "iachr", "ohchr-nirms"]
    headings = [subheader.value for subheader in app.subheader]
    assert any(heading.startswith("African Commission on Human and Peoples’ Rights") for heading in headings)
    assert "Gaps: items owned by nobody in particular" in headings
    assert len(app.get("download_button")) == 2


def test_the_console_reads_and_the_database_refuses_writes(seed_graph):
    app = page("console")
    app.text_area(key="cypher").input("MATCH (m:Mechanism {id: 'achpr'}) RETURN m.name AS name").run()
    app.button(key="run").click().run()
    assert app.dataframe[0].value["name"].tolist() == ["African Commission on Human and Peoples’ Rights"]
    app.text_area(key="cypher").input("CREATE (:Mechanism {id: 'intruder'}) RETURN 1").run()
    app.button(key="run").click().run()
    assert any("read access mode" in error.value.lower() or "read only" in error.value.lower() for error in app.error)
    assert Catalogue.load().run(seed_graph, "fact-evidence", {"id": "intruder"}) == []
    assert seed_graph.read("MATCH (m:Mechanism {id: 'intruder'}) RETURN count(m) AS count") == [{"count": 0}]


def test_every_page_works_on_an_empty_graph(seed_graph):
    wipe(seed_graph, drop_schema=False)
    try:
        for name in PAGES:
            app = page(name)
            assert not app.exception, name
            if name != "console":
                assert any("The graph is empty" in info.value for info in app.info), name
    finally:
        seeds.load(seed_graph)
