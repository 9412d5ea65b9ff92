"""Paged directories: each directory query gives one page of rows (limit, offset) with the total, on the seed graph
with the five seed documents ingested (so that candidates, unknown names and cited symbols exist)."""

from __future__ import annotations

import json
import os

import pytest

from conftest import wipe
from graph.connection import connect
from graph.errors import MechGraphError
from loaders import seeds
from loaders.documents import ingest
from queries.catalogue import Catalogue
from registry.names import SEEDS
from tests.conftest import run_cli

#: Every directory of the catalogue, with a filter that narrows it (None: it has no filter).
DIRECTORIES = {
    "bodies": {"system": "UN"},
    "bodies-without-focal-point": {"system": "regional"},
    "candidates": {"kind": "activity"},
    "cited-not-held": None,
    "documents": None,
    "events": None,
    "focal-points": {"body": "ACHPR"},
    "held-documents": None,
    "items-without-named-owner": {"workplan": "fp-meeting-2012-workplan"},
    "joint-activities": {"status": "held"},
    "liaisons": {"body": "IACHR"},
    "references-of": None,  # its body is required: see REQUIRED
    "review-candidates": {"status": "candidate", "kind": "reference"},
    "unknown-names": {"document": "a-hrc-15-56-zh"},
    "workplan-items": {"term": "short"},
    "workplans": None,
}
EVERYTHING = 10**9
#: The parameters a directory cannot go without.
REQUIRED = {"references-of": {"body": "rhrms"}}


@pytest.fixture(scope="module")
def run(neo4j_settings):
    """run(name, **params) -> rows, on the seed graph with the seed documents ingested (built once)."""
    catalogue = Catalogue.load()
    with connect(neo4j_settings) as graph:
        wipe(graph, drop_schema=False)
        seeds.load(graph)
        for path in sorted((SEEDS / "documents").glob("*.txt")):
            ingest(graph, path)
        yield lambda name, **params: catalogue.run(graph, name, params)


def test_every_directory_is_paged():
    paged = {query.name for query in Catalogue.load() if {"limit", "offset"} <= {p.name for p in query.parameters}}
    assert set(DIRECTORIES) <= paged
    for name in paged:
        assert Catalogue.load().get(name).columns[-1] == "total", name


@pytest.mark.parametrize("name", DIRECTORIES)
def test_the_pages_of_a_directory_cover_every_row_once_in_order(run, name):
    required = REQUIRED.get(name, {})
    everything = run(name, limit=EVERYTHING, **required)
    total = len(everything)
    assert total >= 5, "the seed graph should fill several pages"
    assert {row["total"] for row in everything} == {total}
    size = total // 3  # three full pages and what is left
    pages = [run(name, limit=size, offset=offset, **required) for offset in range(0, total, size)]
    assert [len(page) for page in pages[:-1]] == [size] * (len(pages) - 1)
    assert 0 < len(pages[-1]) <= size
    assert all(row["total"] == total for page in pages for row in page)
    # Together the pages are the whole directory, in its order: no row twice, none left out.
    assert [row for page in pages for row in page] == everything
    assert run(name, limit=size, offset=total, **required) == []


@pytest.mark.parametrize("name", [name for name, narrowed in DIRECTORIES.items() if narrowed])
def test_the_total_counts_the_rows_the_filters_keep(run, name):
    narrowed = run(name, limit=EVERYTHING, **DIRECTORIES[name])
    assert narrowed, f"the filter {DIRECTORIES[name]} should keep some rows"
    assert len(narrowed) < run(name, limit=1)[0]["total"]
    first = run(name, limit=2, **DIRECTORIES[name])
    assert len(first) == min(2, len(narrowed)) and first[0]["total"] == len(narrowed)


def test_the_default_page_is_the_first_200_rows(run):
    rows = run("workplan-items")
    assert len(rows) == 200 and rows[0]["total"] > 200
    assert rows == run("workplan-items", limit=EVERYTHING)[:200]


def test_a_negative_page_is_refused_before_running():
    with pytest.raises(MechGraphError, match="parameter offset must be 0 or more; got -1"):
        Catalogue.load().bind("bodies", {"offset": "-1"})
    with pytest.raises(MechGraphError, match="parameter limit must be 0 or more; got -5"):
        Catalogue.load().bind("events", {"limit": -5})


def test_mechgraph_query_pages_and_says_how_many_rows_are_left(run, neo4j_settings):
    env = {**os.environ, "NEO4J_URI": neo4j_settings.uri, "NEO4J_USERNAME": neo4j_settings.username}
    env["NEO4J_PASSWORD"] = neo4j_settings.password
    result = run_cli("query", "events", "--param", "limit=3", "--param", "offset=3", "--format", "csv", env=env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    expected = run("events", limit=3, offset=3)
    assert len(lines) == 4 and lines[1].startswith(expected[0]["id"] + ",")
    total = expected[0]["total"]
    assert f"Rows 4–6 of {total}; the next ones with --param offset=6." in result.stderr


# -- what pickers and charts read instead of a whole directory -----------------------------
def test_the_activity_facets_sum_up_the_activities_they_filter(run):
    # a status alone is counted from its index, with or without the undated activities
    statuses = ({"status": "held"}, {"status": "held", "undated": False}, {"status": "planned", "undated": True})
    for filters in ({}, *statuses, {"year": 2012, "undated": True}, {"undated": False}, {"body": "ACHPR"}):
        activities = run("joint-activities", limit=EVERYTHING, **filters)
        [facets] = run("activity-facets", **filters)
        assert facets["activities"] == len(activities), filters
        assert facets["undated"] == sum(1 for row in activities if row["start"] is None)
        assert facets["years"] == sorted({int(row["start"][:4]) for row in activities if row["start"]}, reverse=True)
        counted = {place["country"]: place["activities"] for place in facets["countries"] if place["country"]}
        assert counted == {
            country: sum(1 for row in activities if row["country"] == country)
            for country in {row["country"] for row in activities if row["country"]}
        }
    [tunisia] = run("activity-facets", country="TUN", year=2012)
    assert tunisia == {
        "activities": 1,
        "undated": 0,
        "years": [2012],
        "countries": [{"country": "TUN", "activities": 1}],
    }


def test_the_year_of_joint_activities_keeps_or_leaves_out_the_undated_ones(run):
    of_2012 = run("joint-activities", year=2012, limit=EVERYTHING)
    kept = run("joint-activities", year=2012, undated=True, limit=EVERYTHING)
    dated = run("joint-activities", undated=False, limit=EVERYTHING)
    assert of_2012 and all(row["start"].startswith("2012") for row in of_2012)
    ids = [row["activity"] for row in of_2012]
    assert [row["activity"] for row in kept if row["start"]] == ids and any(row["start"] is None for row in kept)
    assert dated and all(row["start"] for row in dated)
    assert len(dated) + sum(1 for row in kept if row["start"] is None) == len(run("joint-activities", limit=EVERYTHING))


def test_the_document_names_are_the_held_documents_with_whether_they_are_ingested(run):
    held = {row["id"]: row for row in run("held-documents", limit=EVERYTHING)}
    [listed] = run("document-names")
    names = listed["documents"]
    assert {row["id"] for row in names} == set(held)
    for row in names:
        assert (row["symbol"], row["title"], row["lang"]) == (
            held[row["id"]]["symbol"],
            held[row["id"]]["title"],
            held[row["id"]]["lang"],
        )
        assert row["ingested"] == (held[row["id"]]["paragraphs"] > 0)
    assert [row["id"] for row in run("document-names", ingested=True)[0]["documents"]] == [
        row["id"] for row in names if row["ingested"]
    ]


def test_review_and_names_list_a_page_and_say_how_to_see_the_next(run, neo4j_settings):
    env = {**os.environ, "NEO4J_URI": neo4j_settings.uri, "NEO4J_USERNAME": neo4j_settings.username}
    env["NEO4J_PASSWORD"] = neo4j_settings.password
    candidates = run("candidates", limit=EVERYTHING)
    listed = run_cli("review", "--status", "all", "--limit", "5", "--offset", "5", "--format", "json", env=env)
    assert listed.returncode == 0, listed.stderr
    assert [row["id"] for row in json.loads(listed.stdout)] == [row["id"] for row in candidates[5:10]]
    assert f"Rows 6–10 of {len(candidates)}; the next ones with --offset 10." in listed.stderr
    names = run("unknown-names", limit=EVERYTHING)
    first = run_cli("names", "--limit", "3", "--format", "csv", env=env)
    assert first.returncode == 0, first.stderr
    assert [line.split(",")[0] for line in first.stdout.splitlines()[1:]] == [row["name"] for row in names[:3]]
    assert f"Rows 1–3 of {len(names)}; the next ones with --offset 3." in first.stderr
    last = run_cli("names", "--offset", str(len(names) - 1), env=env)
    assert f"Rows {len(names)}–{len(names)} of {len(names)}." in last.stderr


def test_a_body_filter_starting_from_the_body_keeps_exactly_its_rows(run):
    liaisons = run("liaisons", limit=EVERYTHING)
    for body in ("achpr", "iachr", "ohchr", "spt"):
        involving = [row for row in liaisons if body in (row["body"], row["other_body"])]
        assert [{**row, "total": len(involving)} for row in involving] == run("liaisons", body=body, limit=EVERYTHING)
    activities = run("joint-activities", limit=EVERYTHING)
    for body in ("achpr", "iachr", "sr-hrd"):
        with_it = [row["activity"] for row in activities if body in row["participants"]]
        assert with_it and [row["activity"] for row in run("joint-activities", body=body, limit=EVERYTHING)] == with_it
