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
PAGES = [
    "overview",
    "network",
    "citations",
    "workplan",
    "activities",
    "focal_points",
    "connections",
    "briefing",
    "console",
]


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
    assert any(option.startswith("cedaw → iacthr: references") for option in app.selectbox(key="edge").options)


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
    app = page("citations", pair="cedaw → iacthr", body="IACourtHR")
    assert not app.exception
    assert app.selectbox(key="pick-body").value == "iacthr"
    pairs, one_body = app.dataframe[0].value, app.dataframe[1].value
    assert "Inter-American Court of Human Rights (IACourtHR)" in pairs["is cited"].tolist()
    assert (
        "Committee on the Elimination of Discrimination against Women (CEDAW)"
        in one_body[one_body[""] == "is cited by"]["body"].tolist()
    )
    assert "cites case law" in one_body["kind"].tolist() and "cites_case_law" not in one_body["kind"].tolist()
    headings = [block.value for block in app.markdown if block.value.startswith("**A/")]
    assert "**A/HRC/23/18** · English · para. 53 — cites case law, in practice" in headings
    assert {heading.split("**")[1] for heading in headings} == {"A/HRC/23/18"}
    assert "> Conversely, the Committee quoted the same ruling in its recommendations to Mexico" in [
        block.value for block in app.markdown
    ]


def test_the_citations_matrix_and_filters_name_bodies_and_say_what_was_wrong(seed_graph):
    app = page("citations", kind="zzz")
    assert not app.exception
    assert any("“zzz” is not one of" in warning.value for warning in app.warning)
    assert all("_" not in kind for kinds in app.dataframe[0].value["kinds"] for kind in kinds.split(", "))


def test_the_workplan_matrix_marks_owners_and_gaps(seed_graph):
    app = page("workplan", workplan="fp-meeting-2012-workplan")
    matrix = app.dataframe[0].value
    assert len(matrix) == 26
    row = matrix[matrix["title"].str.startswith("Increase the number of joint country visits")].iloc[0]
    assert {owner for owner in matrix.columns[2:] if row[owner]} == {
        "ACHPR",
        "IACHR",
        "Council of Europe",
        "ODIHR",
        "Special Procedures Branch",
        "FOTCD",
    }
    assert matrix[matrix["title"].str.startswith("Thematic reports")].iloc[0]["RHRMs"] == "C −AfHPR"


def test_who_owns_the_joint_country_visits_item_with_the_implementation_lines_evidence(seed_graph):
    app = page("workplan", item="wp2012-mid-7", owned_by="iachr")
    assert not app.exception
    owners = app.dataframe[1].value
    assert "Inter-American Commission on Human Rights (IACHR)" in owners["owner"].tolist()
    assert set(owners["role"]) == {"named owner"}
    markdown = [block.value for block in app.markdown]
    assert "**A/HRC/23/18** · English · annex II, mid-term 7 — the Implementation line" in markdown
    assert "> Implementation: focal points ACHPR, IACHR, CoE, ODIHR, and OHCHR focal points SPB, FOTCD." in markdown
    assert "> Increase the number of joint country visits." in markdown


def test_a_workplan_link_to_nothing_is_explained(seed_graph):
    app = page("workplan", workplan="zzz")
    assert not app.exception
    assert any("workplan “zzz”" in warning.value for warning in app.warning)
    assert len(app.dataframe[0].value) == 26  # the focal points' workplan instead


def test_which_bodies_met_in_tunisia_in_2012(seed_graph):
    app = page("activities", country="Tunisie", year="2012", activity="joint-visit-sr-hrd-achpr-sr-hrd-2012-09-tunisia")
    assert not app.exception
    table = app.dataframe[0].value
    assert list(table["country"]) == ["Tunisia"]
    assert table["participants"].iloc[0] == (
        "Special Rapporteur on Human Rights Defenders in Africa, "
        "Special Rapporteur on the situation of human rights defenders"
    )
    assert app.selectbox(key="pick-country").value == "TUN"
    assert (
        "> a joint visit of the United Nations and the African Commission special procedures mandate holders "
        "on human rights defenders in Tunisia, in September 2012"
    ) in [block.value for block in app.markdown]


def test_activities_in_chinese_name_the_country_and_the_bodies_in_chinese(seed_graph):
    app = page("activities", country="突尼斯", year="2012", lang="zh")
    assert not app.exception
    table = app.dataframe[0].value
    assert list(table["country"]) == ["突尼斯"]
    assert "人权捍卫者境况问题特别报告员" in table["participants"].iloc[0]


def test_a_year_says_what_becomes_of_undated_activities(seed_graph):
    kept = page("activities", year="2012")
    left_out = page("activities", year="2012", undated="off")
    assert any("undated activities are kept" in caption.value for caption in kept.caption)
    assert any("undated activities are left out" in caption.value for caption in left_out.caption)
    assert len(left_out.dataframe[0].value) < len(kept.dataframe[0].value)
    assert all(start.startswith("2012") for start in left_out.dataframe[0].value["start"])


def test_a_year_that_is_no_number_is_explained(seed_graph):
    app = page("activities", year="abc")
    assert not app.exception
    assert any("“abc” is not a whole number; showing every year" in warning.value for warning in app.warning)


def test_the_focal_point_directory_and_the_bodies_without_one(seed_graph):
    app = page("focal_points", focal_point="fp-ohchr")
    assert len(app.dataframe[0].value) == len(Catalogue.load().run(seed_graph, "focal-points"))
    assert len(app.dataframe[1].value) == len(Catalogue.load().run(seed_graph, "bodies-without-focal-point"))
    assert "Office of the High Commissioner for Human Rights (OHCHR)" in app.dataframe[0].value["of"].tolist()
    assert any("National Institutions and Regional Mechanisms Section of OHCHR" in b.value for b in app.markdown)


def test_the_overview_lists_dated_activities_first_and_opens_their_evidence(seed_graph):
    app = page("overview")
    dates = app.dataframe[1].value["date"].tolist()
    undated = [date == "date not stated" for date in dates]
    assert undated == sorted(undated)  # every dated activity before every undated one


def test_how_the_iachr_and_the_spt_are_connected(seed_graph):
    app = page("connections", **{"from": "IACHR", "to": "Subcomité para la Prevención de la Tortura"})
    assert not app.exception
    app = page("connections", **{"from": "IACHR", "to": "SPT"})
    assert [subheader.value for subheader in app.subheader] == ["Path 1", "The paths, drawn"]
    markdown = [block.value for block in app.markdown]
    assert any(text.startswith("IACHR follows up the recommendations of SPT") for text in markdown)
    quotes = [text for text in markdown if text.startswith("> ")]
    assert (
        "> It will follow up to recommendations issued by United Nations and Inter-American mechanisms on torture "
        "adopted between 2007 and 2010."
    ) in quotes
    assert len(quotes) == len(set(quotes)) == 4  # each quote once, none left out


def test_a_connection_through_an_activity_reads_as_one_sentence(seed_graph):
    app = page("connections", **{"from": "OSCE Representative on Freedom of the Media", "to": "sr-freedom-expression"})
    assert not app.exception
    [sentence] = [block.value for block in app.markdown if " took part in " in block.value]
    assert sentence.startswith("OSCE Representative on Freedom of the Media and Special Rapporteur on the promotion")
    assert "took part in a joint statement, held: “Annual joint" in sentence


def test_a_connection_from_nobody_is_explained(seed_graph):
    app = page("connections", **{"from": "zzz"})
    assert not app.exception
    assert any("No body is called “zzz”" in warning.value for warning in app.warning)


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
    app.text_area(key="cypher").input("MATCH (m:Mechanism {id: 'achpr'}) RETURN m").run()
    app.button(key="run").click().run()
    node = app.dataframe[0].value
    assert node["labels"].tolist() == ["Mechanism"] and node["acronyms"].tolist() == ["ACHPR, 非洲人权委"]
    app.radio(key="as").set_value("json").run()
    app.button(key="run").click().run()
    assert '"name": "African Commission on Human and Peoples’ Rights"' in app.code[0].value
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
