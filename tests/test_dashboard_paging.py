"""The shared pager on the pages that list a directory, run by Streamlit's app testing against the seed graph.

The seed graph holds 224 joint activities (two pages of 200) and 114 bodies without a focal
point (three pages of 50): enough to turn pages, and to check that the pages cover the list.
"""

from __future__ import annotations

from queries.catalogue import Catalogue
from tests.test_dashboard import page, seed_graph  # noqa: F401  (the fixture)


def captions(app) -> list[str]:
    return [block.value for block in app.markdown] + [caption.value for caption in app.caption]


def test_the_activities_come_a_page_at_a_time_and_the_pages_cover_them(seed_graph):  # noqa: F811
    everything = Catalogue.load().run(seed_graph, "joint-activities", {"limit": 1000})
    total = len(everything)
    assert total > 200, "the seed graph should fill two pages"
    first = page("activities")
    assert not first.exception
    assert len(first.dataframe[0].value) == 200
    assert f"Activities 1–200 of {total} · page 1 of 2" in captions(first)
    assert first.button(key="page-previous").disabled and not first.button(key="page-next").disabled
    titles = list(first.dataframe[0].value["title"])  # the app test is changed in place by the click

    second = first.button(key="page-next").click().run()
    assert not second.exception
    assert second.query_params["page"] == "2"
    assert f"Activities 201–{total} of {total} · page 2 of 2" in captions(second)
    titles += list(second.dataframe[0].value["title"])
    assert titles == [row["title"] for row in everything]
    assert second.button(key="page-next").disabled

    back = second.button(key="page-first").click().run()
    assert "page" not in back.query_params
    assert list(back.dataframe[0].value["title"]) == titles[:200]


def test_a_link_to_a_page_opens_it_and_a_page_past_the_end_is_explained(seed_graph):  # noqa: F811
    total = Catalogue.load().run(seed_graph, "joint-activities", {"limit": 1})[0]["total"]
    second = page("activities", page="2")
    assert len(second.dataframe[0].value) == total - 200
    beyond = page("activities", page="9")
    assert not beyond.exception
    assert any("page 9 is past the last page (2); showing page 2" in warning.value for warning in beyond.warning)
    assert beyond.query_params["page"] == "2"
    junk = page("activities", page="abc")
    assert any("“abc” is not a whole number" in warning.value for warning in junk.warning)
    assert len(junk.dataframe[0].value) == 200


def test_changing_a_filter_goes_back_to_the_first_page(seed_graph):  # noqa: F811
    app = page("activities", page="2")
    assert app.query_params["page"] == "2"
    app = app.selectbox(key="status").select("held").run()
    held = Catalogue.load().run(seed_graph, "joint-activities", {"status": "held", "limit": 1000})
    assert "page" not in app.query_params
    assert list(app.dataframe[0].value["title"]) == [row["title"] for row in held][:200]


def test_turning_a_page_lets_go_of_the_selected_row(seed_graph):  # noqa: F811
    activity = Catalogue.load().run(seed_graph, "joint-activities", {"limit": 1})[0]["activity"]
    app = page("activities", activity=activity)
    assert app.query_params["activity"] == activity
    app = app.button(key="page-next").click().run()
    assert "activity" not in app.query_params
    assert not app.warning  # no "not in this table" for the row left on page 1


def test_the_bodies_without_a_focal_point_come_fifty_a_page(seed_graph):  # noqa: F811
    everything = Catalogue.load().run(seed_graph, "bodies-without-focal-point", {"limit": 1000})
    total = len(everything)
    app = page("focal_points", without_page="3")
    assert not app.exception
    assert f"Bodies 101–{total} of {total} · page 3 of 3" in captions(app)
    assert len(app.dataframe[1].value) == total - 100
    app = app.button(key="without_page-previous").click().run()
    assert app.query_params["without_page"] == "2"
    assert len(app.dataframe[1].value) == 50
    # The directory above has one page: it says how many focal points there are, with no buttons.
    directory = len(Catalogue.load().run(seed_graph, "focal-points"))
    assert f"{directory} focal points" in captions(app)
    assert not [button for button in app.button if button.key and button.key.startswith("page-")]


def test_another_page_of_the_same_session_keeps_the_page_its_link_asks_for(seed_graph):  # noqa: F811
    app = page("activities", status="held")  # the Activities page remembers its filters in the session…
    app.switch_page("views/workplan.py")
    app.query_params.clear()
    app.query_params["page"] = "2"
    app.query_params["workplan"] = "fp-meeting-2012-workplan"
    app.run()  # …and the Workplan page's "page" is its own: its link's page 2 stays asked for
    assert not app.exception
    assert any("page 2 is past the last page (1)" in warning.value for warning in app.warning)
