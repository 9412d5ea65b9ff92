"""Every dashboard page, run by Streamlit's own app testing against the seed graph (and an empty one)."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from conftest import wipe
from graph.connection import connect
from loaders import seeds
from queries.catalogue import EVERY, Catalogue

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
    "names",
    "review",
    "documents",
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


def test_the_details_list_the_bodies_drawn_and_the_one_chosen(seed_graph):
    app = page("network", max="10")
    drawn = next(int(c.value.split()[0]) for c in app.caption if " bodies, " in c.value and " links" in c.value)
    listed = app.selectbox(key="node").options
    assert 0 < drawn == len(listed) < len(Catalogue.load().run(seed_graph, "bodies", {"limit": EVERY}))
    # a body chosen in the URL stays listed (and shown) though it is not drawn
    every = {row["id"]: row for row in Catalogue.load().run(seed_graph, "bodies", {"limit": EVERY})}
    far = next(
        body
        for body in sorted(every)
        if every[body]["acronyms"] and not any(every[body]["acronyms"][0] in o for o in listed)
    )
    again = page("network", max="10", node=far)
    assert again.selectbox(key="node").value == far
    assert len(again.selectbox(key="node").options) == drawn + 1


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
    assert "Undated links are kept (liaison, undated activities and references)." in [
        c.value for c in everything.caption
    ]
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
    # The bodies without one come 50 a page (tests/test_dashboard_paging.py turns the pages).
    assert len(app.dataframe[1].value) == min(50, len(Catalogue.load().run(seed_graph, "bodies-without-focal-point")))
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
    # each body by its short name, its acronym where it has one (RFoM, as the OSCE prints it)
    assert sentence.startswith("RFoM and Special Rapporteur on the promotion")
    assert "took part in a joint statement, held: “Annual joint" in sentence


def test_a_connection_from_nobody_is_explained(seed_graph):
    app = page("connections", **{"from": "zzz"})
    assert not app.exception
    assert any("No body is called “zzz”" in warning.value for warning in app.warning)


# -- briefing ---------------------------------------------------------------------------------
def test_a_briefing_for_the_african_commission_the_iachr_and_nirms(seed_graph):
    app = page("briefing", body=["achpr", "IACHR", "NIRMS"])
    assert not app.exception
    assert app.multiselect(key="attendees").value == ["achpr", "iachr", "ohchr-nirms"]
    headings = [subheader.value for subheader in app.subheader]
    assert headings[:3] == [
        "African Commission on Human and Peoples’ Rights (ACHPR)",
        "Inter-American Commission on Human Rights (IACHR)",
        "National Institutions and Regional Mechanisms Section (NIRMS)",
    ]
    assert "Gaps" in headings and "Sources" in headings
    nirms = app.dataframe[2].value
    assert any(
        fact.startswith("para. 57: 每个人权机制，包括国际、区域和分区域机制都得设定协调中心") for fact in nirms["fact"]
    )
    assert not nirms["fact"].str.contains("A. 国际与区域").any()  # a section heading is no action
    assert [button.proto.label for button in app.get("download_button")] == [
        "Download the briefing (PDF, A4)",
        "Download the briefing (HTML)",
        "Download the network (PNG)",
    ]


def test_a_briefing_line_opens_its_evidence(seed_graph):
    app = page("briefing", body=["achpr", "iachr", "ohchr-nirms"], **{"fact-ohchr-nirms": "wp2012-short-7"})
    assert not app.exception
    quotes = [block.value for block in app.markdown if block.value.startswith("> ")]
    assert (
        "> A portal page containing information on cooperation between United Nations and RHRMs should be created."
        in quotes
    )
    assert any("**A/HRC/23/18** · English · annex II, short-term 7" in block.value for block in app.markdown)


def test_typing_an_acronym_and_enter_picks_that_one_body(seed_graph):
    app = page("briefing", body="iachr")
    picker = app.multiselect(key="attendees")
    assert picker.proto.select_all == 0  # no "select all" of the fuzzy matches on Enter
    picker.select("ACHPR").run()
    assert not app.exception
    assert app.multiselect(key="attendees").value == ["iachr", "achpr"]
    assert app.query_params["body"] == ["iachr", "achpr"]
    app.multiselect(key="attendees").select("美洲人权法庭").run()  # the Court, by its Chinese name
    assert app.multiselect(key="attendees").value == ["iachr", "achpr", "iacthr"]


def test_an_unknown_attendee_in_the_link_is_explained_not_dropped(seed_graph):
    app = page("briefing", body=["zzz", "achpr"])
    assert not app.exception
    assert app.multiselect(key="attendees").value == ["achpr"]
    assert any("No body is called “zzz”" in warning.value for warning in app.warning)
    assert app.query_params["body"] == ["achpr", "zzz"]
    misspelt = page("briefing", body=["achpr", "Inter-American Comision"])
    [first, *_others] = misspelt.get("page_link")  # "did you mean", keeping the other attendees
    assert first.proto.label == "Inter-American Commission on Human Rights (IACHR)"
    assert first.proto.query_string == "body=achpr&body=iachr"
    alone = page("briefing", body="zzz")
    assert any("No body is called “zzz”" in warning.value for warning in alone.warning)
    assert any("Choose the bodies attending" in info.value for info in alone.info)


def test_the_briefing_states_actions_dated_activities_and_gaps(seed_graph):
    from dashboard import briefing
    from registry.names import Resolver

    catalogue, resolver = Catalogue.load(), Resolver.from_seeds()
    known = {row["id"]: row for row in catalogue.run(seed_graph, "bodies", {"limit": EVERY})}

    def ask(name, **params):
        return catalogue.run(seed_graph, name, {k: v for k, v in params.items() if v is not None}, resolver)

    made = briefing.gather(ask, ["achpr", "iachr", "ohchr-nirms"], known, "zh")
    achpr, iachr, nirms = made.attendees
    assert nirms.label == "国家机构和区域机制事务科 (NIRMS)" and nirms.label_en.startswith("National Institutions")
    # Named first, then named in particular; the Chinese item is stated by its text, not its heading.
    assert [line.text[:13] for line in nirms.actions][:2] == ["para. 57: 每个人", "long-term 1: "]
    assert nirms.actions[-1].about == "open action (特别指明)"  # the role in the briefing's language
    assert all(line.source.startswith("A/HRC/") and line.quote for line in nirms.actions)
    # Dated activities first, most recent first; the undated ones say so, in the briefing's language (and in
    # English for print without a CJK font).
    dates = [line.text.split(": ")[0] for line in iachr.activities]
    assert dates[:3] == ["2011", "2009", "2007"] and dates[3:] == ["未注明日期"] * 2
    assert {line.text.split(": ")[0] for line in nirms.activities} == {"未注明日期"}
    assert {line.text_en.split(": ")[0] for line in nirms.activities} == {briefing.UNDATED}
    assert [line.text[:12] for line in made.gaps] == ["mid-term 1: ", "short-term 9"]
    assert made.without_focal_point == []
    assert nirms.focal_points[0].text.endswith("(held for 联合国人权事务高级专员办事处 (人权高专办))")
    assert made.sources == [
        "A/HRC/15/56 (中文): 联合国人权事务高级专员办事处的报告关于加强国际和区域增进和保护人权机制之间合作的国际研讨会",
        "A/HRC/23/18 (English): Workshop on regional arrangements for the promotion and protection of human rights. "
        "Report of the United Nations High Commissioner for Human Rights",
    ]
    # The actions of a busy body beyond the first the question gives are counted in one line.
    first = briefing.gather(
        lambda name, **params: ask(name, **params, **({"actions": 1} if name == "briefing" else {})), ["iachr"], known
    )
    [person] = first.attendees
    assert len(iachr.actions) > 2 and person.actions[0].fact == iachr.actions[0].fact
    assert [line.text for line in person.actions[1:]] == [
        f"and {len(iachr.actions) - 1} more open actions, not listed here"
    ]


def test_the_console_reads_and_the_database_refuses_writes(seed_graph):
    app = page("console")
    app.text_area(key="cypher").input("MATCH (m:Mechanism {id: 'achpr'}) RETURN m.name AS name").run()
    app.button(key="run").click().run()
    assert app.dataframe[0].value["name"].tolist() == ["African Commission on Human and Peoples’ Rights"]
    app.text_area(key="cypher").input("MATCH (m:Mechanism {id: 'achpr'}) RETURN m").run()
    app.button(key="run").click().run()
    node = app.dataframe[0].value
    [stored] = seed_graph.read("MATCH (m:Mechanism {id: 'achpr'}) RETURN m.acronyms AS acronyms")
    assert stored["acronyms"][:3] == ["ACHPR", "非洲人权委", "CADHP"]
    # a list shown as its items, in their order
    assert node["labels"].tolist() == ["Mechanism"] and node["acronyms"].tolist() == [", ".join(stored["acronyms"])]
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


def test_the_briefing_benchmark_makes_the_pdf_it_times(seed_graph):
    from bench import briefing

    figures = briefing.measure(seed_graph, runs=1)
    assert figures["attendees"] == ["achpr", "iachr", "ohchr-nirms"] and figures["pages"] >= 3
    assert figures["cold_s"] > 0 and figures["warm_cpu_s"] > 0
    assert "| seed graph | zh |" in briefing.table(figures)


def test_the_cjk_font_is_found_on_the_system_and_drawn_with():
    from dashboard import figure, fonts

    found = fonts.cjk_font()
    assert found is not None and found.path.exists()  # .ci/run installs fonts-noto-cjk
    assert figure.families()[-1] == found.family


def test_without_a_cjk_font_chinese_names_fall_back_to_english_with_a_note(seed_graph, monkeypatch):
    import io

    from pypdf import PdfReader

    from dashboard import briefing, figure, fonts, layout
    from dashboard import print as printing
    from registry.names import Resolver

    catalogue, resolver = Catalogue.load(), Resolver.from_seeds()
    known = {row["id"]: row for row in catalogue.run(seed_graph, "bodies", {"limit": EVERY})}

    def ask(name, **params):
        return catalogue.run(seed_graph, name, {k: v for k, v in params.items() if v is not None}, resolver)

    monkeypatch.setattr(fonts, "cjk_font", lambda: None)
    figure.families.cache_clear()
    try:
        made = briefing.gather(ask, ["achpr", "ohchr-nirms"], known, "zh")
        positions = layout.layout(made.nodes, made.edges)
        drawn = figure.draw(made.nodes, made.edges, positions, "system", "zh", full_names=True)
        labels = [text.get_text() for text in drawn.axes[0].texts]
        assert "African Commission on Human\nand Peoples’ Rights (ACHPR)" in labels
        assert not any(fonts.has_cjk(label) for label in labels)
        assert "no font for Chinese" in drawn.texts[-1].get_text()
        svg = figure.svg(made.nodes, made.edges, positions, "system", "zh", full_names=True, **printing.FIGURE)
        pdf = PdfReader(io.BytesIO(printing.to_pdf(made, svg)))
        text = "\n".join(page.extract_text() for page in pdf.pages)
        assert printing.NO_CJK_NOTE in text
        assert "National Institutions and Regional Mechanisms Section" in text
        assert "para. 57: [Chinese text]" in text  # a quote with no font to draw it: said so, not boxes
        assert "A/HRC/15/56 ([Chinese text]): [Chinese text]" in text
        assert not fonts.has_cjk(text)
    finally:
        figure.families.cache_clear()
