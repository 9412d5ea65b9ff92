"""Workplan progress: recorded in progress.yaml (by hand or from the dashboard), loaded with its evidence, and
what moved since a date or a meeting."""

from __future__ import annotations

import shutil

import pytest

from conftest import wipe
from loaders import seeds
from loaders.seeds import InvalidSeeds
from loaders.seeds.progress import record
from queries.catalogue import Catalogue
from tests.conftest import ROOT

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
