"""Workplan progress: recorded in progress.yaml (by hand or from the dashboard), loaded with its evidence, and
what moved since a date or a meeting."""

from __future__ import annotations

import shutil

import pytest

from conftest import wipe
from loaders import seeds
from loaders.seeds import InvalidSeeds
from loaders.seeds.progress import record
from queries.catalogue import EVERY, Catalogue
from tests.conftest import ROOT
from tests.test_dashboard import page, seed_graph  # noqa: F401  (the fixture)

QUOTE = {
    "document": "a-hrc-23-18-en",
    "locator": "annex II, mid-term 7",
    "quote": "Increase the number of joint country visits.",
}


@pytest.fixture
def folder(tmp_path):
    copy = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", copy)
    return copy


def test_progress_is_loaded_per_owner_with_its_evidence(graph, folder):
    record(
        folder,
        {
            "item": "wp2012-mid-7",
            "owner": "ACHPR",
            "status": "in_progress",
            "date": "2013-05",
            "note": "a joint visit is being planned",
            "evidence": [QUOTE],
        },
    )
    record(
        folder,
        {
            "item": "wp2012-mid-7",
            "owner": "Inter-American Commission on Human Rights",
            "status": "done",
            "date": "2014-02-10",
            "evidence": [QUOTE],
        },
    )
    wipe(graph, drop_schema=False)
    seeds.load(graph, folder)
    catalogue = Catalogue.load()
    rows = catalogue.run(graph, "item-progress", {"item": "wp2012-mid-7"})
    assert [(row["owner"], row["status"], row["date"]) for row in rows] == [
        ("iachr", "done", "2014-02-10"),
        ("achpr", "in_progress", "2013-05"),
    ]
    assert rows[1]["note"] == "a joint visit is being planned"
    assert rows[0]["document"] == "A/HRC/23/18" and rows[0]["locator"] == "annex II, mid-term 7"
    [evidence] = catalogue.run(graph, "fact-evidence", {"id": rows[0]["progress"]})
    assert evidence["quote"] == QUOTE["quote"]

    since = catalogue.run(graph, "progress-since", {"since": "2014"})
    assert [(row["code"], row["owner"]) for row in since] == [("mid-term 7", "iachr")]
    assert len(catalogue.run(graph, "progress-since", {"since": "2013-01"})) == 2
    meeting = graph.read("MATCH (e:Event) WHERE e.start STARTS WITH '2011' RETURN e.id AS id LIMIT 1")[0]["id"]
    assert len(catalogue.run(graph, "progress-since", {"meeting": meeting})) == 2
    # Loading again changes nothing.
    assert not seeds.load(graph, folder)[1].changed


def test_a_wrong_progress_row_is_refused_and_the_file_left_as_it_was(folder):
    record(folder, {"item": "wp2012-mid-7", "owner": "ACHPR", "status": "done", "date": "2013", "evidence": [QUOTE]})
    before = (folder / "progress.yaml").read_text()
    with pytest.raises(InvalidSeeds) as refused:
        record(
            folder, {"item": "wp2012-mid-99", "owner": "ACHPR", "status": "done", "date": "2013", "evidence": [QUOTE]}
        )
    assert "progress.yaml:" in str(refused.value) and "item: unknown workplan item 'wp2012-mid-99'" in str(
        refused.value
    )
    with pytest.raises(InvalidSeeds, match="status"):
        record(
            folder,
            {"item": "wp2012-mid-7", "owner": "ACHPR", "status": "finished", "date": "2013", "evidence": [QUOTE]},
        )
    with pytest.raises(InvalidSeeds, match="unknown body 'Nobody'"):
        record(
            folder, {"item": "wp2012-mid-7", "owner": "Nobody", "status": "done", "date": "2013", "evidence": [QUOTE]}
        )
    assert (folder / "progress.yaml").read_text() == before


def test_the_workplan_page_records_progress_and_shows_what_moved(seed_graph, folder, monkeypatch):  # noqa: F811
    monkeypatch.setenv("MECHGRAPH_SEEDS", str(folder))
    app = page("workplan", item="wp2012-mid-7")
    assert not app.exception
    assert "No progress recorded for this item yet." in [caption.value for caption in app.caption]
    form = {widget.label: widget for widget in app.text_input}
    form["Date (2013, 2013-05 or 2013-05-14)"].input("2013-05")
    next(box for box in app.selectbox if box.label == "Said in").select(QUOTE["document"])
    form["Where in it (para. 12, annex II…)"].input(QUOTE["locator"])
    form["Its words (copied from the document)"].input(QUOTE["quote"])
    next(button for button in app.button if button.label == "Record").click().run()
    assert not app.exception and not app.error, [error.value for error in app.error]
    assert any(message.value.startswith("Recorded in progress.yaml") for message in app.success)
    assert "status: not_started" in (folder / "progress.yaml").read_text()  # the form's first status
    [row] = Catalogue.load().run(seed_graph, "item-progress", {"item": "wp2012-mid-7"})
    assert row["date"] == "2013-05" and row["locator"] == QUOTE["locator"]

    app = page("workplan", item="wp2012-mid-7")
    app.text_input(key="since").input("2013").run()
    [moved] = [
        table.value for table in app.dataframe if "status" in table.value.columns and "item" in table.value.columns
    ]
    assert moved["item"].tolist() == ["mid-term 7"] and moved["status"].tolist() == ["not started"]


def test_progress_with_words_the_document_does_not_have_is_refused_on_the_page(seed_graph, folder, monkeypatch):  # noqa: F811
    monkeypatch.setenv("MECHGRAPH_SEEDS", str(folder))
    app = page("workplan", item="wp2012-mid-7")
    form = {widget.label: widget for widget in app.text_input}
    form["Date (2013, 2013-05 or 2013-05-14)"].input("2013")
    form["Where in it (para. 12, annex II…)"].input("para. 1")
    form["Its words (copied from the document)"].input("words that no document of the seeds holds anywhere")
    next(button for button in app.button if button.label == "Record").click().run()
    assert not app.exception
    [error] = app.error
    assert error.value.startswith("Not recorded:") and str(folder) not in error.value
    assert not (folder / "progress.yaml").exists()


def test_the_briefing_says_what_moved_since_a_date(graph, folder):
    from dashboard import briefing

    record(
        folder,
        {
            "item": "wp2012-mid-7",
            "owner": "ACHPR",
            "status": "in_progress",
            "date": "2013-05",
            "note": "a joint visit is being planned",
            "evidence": [QUOTE],
        },
    )
    wipe(graph, drop_schema=False)
    seeds.load(graph, folder)
    catalogue = Catalogue.load()

    def ask(name, **params):
        return catalogue.run(graph, name, params)

    known = {row["id"]: row for row in ask("bodies", limit=EVERY)}
    made = briefing.gather(ask, ["achpr", "iachr"], known, "en", since="2013")
    [line] = made.attendees[0].moved
    assert line.text == "mid-term 7: in progress (2013-05) — a joint visit is being planned"
    assert line.source.startswith("A/HRC/23/18") and line.quote == QUOTE["quote"]
    assert made.attendees[1].moved == []
    assert "<h3>Moved since 2013</h3>" in briefing.to_html(made, b"")
    assert briefing.gather(ask, ["achpr"], known, "en", since="2014").attendees[0].moved == []


def test_the_briefing_page_explains_a_bad_date_or_meeting_in_its_link(seed_graph):  # noqa: F811
    app = page("briefing", body=["achpr", "iachr"], meeting="zzz")
    assert not app.exception
    assert any("meeting “zzz”" in warning.value for warning in app.warning)
    app = page("briefing", body=["achpr", "iachr"], since="2013-5")
    assert not app.exception
    assert any("“2013-5” is not a date" in warning.value for warning in app.warning)
