"""The catalogue of questions: each query on a small graph whose answers can be worked out by hand.

The graph is tests/fixtures/network: the mini seed folder plus a proposed joint statement
(ACHPR, IACHR, the UN Special Rapporteur on human rights defenders), the Inter-American Court
at the focal points meeting, two quotes of the Court by the Human Rights Committee, and two
more workplan items.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import neo4j.graph
import pytest

from bench import latency
from conftest import wipe
from graph import analytics
from graph.connection import connect
from graph.errors import MechGraphError
from loaders import seeds
from queries.catalogue import Catalogue
from registry.names import Resolver
from tests.conftest import run_cli

NETWORK = Path(__file__).parent / "fixtures" / "network"


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.load()


@pytest.fixture(scope="module")
def ask(neo4j_settings, catalogue):
    """ask(name, **params) -> rows, on the network fixture graph (loaded once for the module)."""
    resolver = Resolver.from_seeds(NETWORK)
    with connect(neo4j_settings) as graph:
        wipe(graph, drop_schema=False)
        seeds.load(graph, NETWORK)
        analytics.compute(graph)  # the stored figures the centrality query reads, as `mechgraph load` computes them
        yield lambda name, **params: catalogue.run(graph, name, params, resolver)


def test_who_cites_whom_ranks_pairs(ask):
    assert ask("who-cites-whom") == [
        {
            "source": "ccpr",
            "source_name": "Human Rights Committee",
            "target": "iacthr",
            "target_name": "Inter-American Court of Human Rights",
            "references": 1,
            "kinds": ["quotes"],
        },
        {
            "source": "iachr",
            "source_name": "Inter-American Commission on Human Rights",
            "target": "cat",
            "target_name": "Committee against Torture",
            "references": 1,
            "kinds": ["follows_up_recommendations"],
        },
        {
            "source": "iacthr",
            "source_name": "Inter-American Court of Human Rights",
            "target": "ccpr",
            "target_name": "Human Rights Committee",
            "references": 1,
            "kinds": ["cites_case_law"],
        },
    ]
    assert [row["source"] for row in ask("who-cites-whom", kind="cites_case_law")] == ["iacthr"]
    assert [row["source"] for row in ask("who-cites-whom", region="americas", limit=1)] == ["ccpr"]
    assert ask("who-cites-whom", system="national") == []
    assert ask("who-cites-whom", year_from=2013) == [] and len(ask("who-cites-whom", year_to=2012)) == 3


def test_who_cites_whom_reads_the_ranking_kept_with_the_figures_only_while_they_are_current(neo4j_settings, ask):
    whole = ask("who-cites-whom")
    meta = "MATCH (m:Meta {id: 'analytics'}) "
    with connect(neo4j_settings) as graph:
        assert graph.read(meta + "RETURN m.reference_pair_sources AS kept")[0]["kept"] == ["ccpr", "iachr", "iacthr"]
        graph.write(meta + "SET m.reference_pair_counts = [7, 7, 7]")
        try:
            # current figures: the kept ranking is the answer (here, one altered on purpose)
            assert [row["references"] for row in ask("who-cites-whom")] == [7, 7, 7]
            assert [row["references"] for row in ask("who-cites-whom", kind="quotes")] == [1]
            graph.write(meta + "SET m.version = m.version + 1")  # the links changed since: they are read again
            assert ask("who-cites-whom") == whole
        finally:
            analytics.compute(graph)
    assert ask("who-cites-whom") == whole


def test_rows_also_come_as_a_dataframe_with_the_declared_columns(neo4j_settings, catalogue, ask):
    ask("graph-counts")  # the fixture graph is loaded
    with connect(neo4j_settings) as graph:
        frame = catalogue.frame(graph, "who-cites-whom", {"kind": "quotes"}, Resolver.from_seeds(NETWORK))
        empty = catalogue.frame(graph, "who-cites-whom", {"system": "national"})
    assert list(frame.columns) == ["source", "source_name", "target", "target_name", "references", "kinds"]
    assert frame[["source", "target"]].values.tolist() == [["ccpr", "iacthr"]]
    assert empty.empty and list(empty.columns) == list(frame.columns)


def test_the_matrix_has_one_row_per_pair(ask):
    assert ask("reference-matrix") == [
        {"source": "ccpr", "target": "iacthr", "references": 1},
        {"source": "iachr", "target": "cat", "references": 1},
        {"source": "iacthr", "target": "ccpr", "references": 1},
    ]
    assert ask("reference-matrix", year_from=2013) == []
    assert len(ask("reference-matrix", year_from=2012, year_to=2012)) == 3


def test_what_one_body_cites_and_who_cites_it(ask):
    assert ask("references-of", body="Inter-American Court of Human Rights") == [
        {
            "direction": "out",
            "other": "ccpr",
            "other_name": "Human Rights Committee",
            "kind": "cites_case_law",
            "status": "practice",
            "evidence_count": 1,
            "total": 2,
        },
        {
            "direction": "in",
            "other": "ccpr",
            "other_name": "Human Rights Committee",
            "kind": "quotes",
            "status": "practice",
            "evidence_count": 2,
            "total": 2,
        },
    ]


def test_the_evidence_of_one_pair(ask):
    rows = ask("reference-evidence", source="Human Rights Committee", target="IACourtHR")
    assert [
        {key: row[key] for key in ("kind", "status", "document", "symbol", "language", "locator", "quote")}
        for row in rows
    ] == [
        {
            "kind": "quotes",
            "status": "practice",
            "document": "mini-report",
            "symbol": "A/TEST/1",
            "language": "en",
            "locator": "para. 2",
            "quote": "The Inter-American Court of Human Rights",
        },
        {
            "kind": "quotes",
            "status": "practice",
            "document": "mini-report",
            "symbol": "A/TEST/1",
            "language": "en",
            "locator": "para. 2",
            "quote": "the case law of the Human Rights Committee",
        },
    ]
    assert len({row["fact"] for row in rows}) == 1


def test_connection_paths_carry_the_evidence_of_each_step(ask):
    [path] = ask("connection-paths", source="sr-hrd", target="iachr")
    assert path["path"] == ["sr-hrd", "joint-statement-2012", "iachr"]
    assert path["length"] == 2
    assert [node["label"] for node in path["nodes"]] == ["Mechanism", "Activity", "Mechanism"]
    assert [(step["from"], step["type"], step["to"]) for step in path["steps"]] == [
        ("sr-hrd", "PARTICIPATED_IN", "joint-statement-2012"),
        ("joint-statement-2012", "PARTICIPATED_IN", "iachr"),
    ]
    assert [
        {key: quote[key] for key in ("document", "locator", "quote")} for quote in path["steps"][0]["evidence"]
    ] == [
        {"document": "mini-report", "locator": "para. 1", "quote": "the Special Rapporteur on human rights defenders"}
    ]
    [reference] = ask("connection-paths", source="iacthr", target="cat", limit=1)
    assert reference["path"][0] == "iacthr" and reference["path"][-1] == "cat"


def test_connection_paths_list_each_path_once_with_every_fact_of_each_step(ask):
    # The Court and the Committee cite each other: two references, one path.
    [path] = ask("connection-paths", source="ccpr", target="iacthr")
    assert path["path"] == ["ccpr", "iacthr"]
    [step] = path["steps"]
    assert sorted((fact["kind"], fact["forward"]) for fact in step["facts"]) == [
        ("cites_case_law", False),
        ("quotes", True),
    ]
    quotes = [quote for fact in step["facts"] for quote in fact["evidence"]]
    assert len(quotes) >= 3  # the two quotes of the Court, and the Court's citation
    assert all(quote in step["evidence"] for quote in quotes)


def test_connection_paths_give_the_first_quotes_of_a_step_and_say_when_there_are_more(ask):
    # Two busy bodies are linked by thousands of quotes: a step gives its first ones, and says it has more.
    [whole] = ask("connection-paths", source="ccpr", target="iacthr")
    [first] = ask("connection-paths", source="ccpr", target="iacthr", quotes=2)
    assert whole["steps"][0]["complete"] and len(whole["steps"][0]["evidence"]) >= 3
    assert not first["steps"][0]["complete"]
    assert first["steps"][0]["evidence"] == whole["steps"][0]["evidence"][:2]
    assert [fact["fact"] for fact in first["steps"][0]["facts"]] == [
        fact["fact"] for fact in whole["steps"][0]["facts"]
    ]


def test_the_workplans_with_their_titles_and_number_of_items(ask):
    assert ask("workplans") == [{"workplan": "test-workplan", "title": "Test workplan", "items": 3, "total": 1}]


def test_the_owners_of_one_item_with_roles_and_exceptions(ask):
    assert ask("item-owners", item="test-short-1") == [
        {
            "owner": "iachr",
            "owner_name": "Inter-American Commission on Human Rights",
            "role": "in_particular",
            "except": [],
            "implementation": "focal points of all RHRMs except the AfHPR, in particular the IACHR",
        },
        {
            "owner": "rhrms",
            "owner_name": "regional human rights mechanisms",
            "role": "collective",
            "except": ["afchpr"],
            "implementation": "focal points of all RHRMs except the AfHPR, in particular the IACHR",
        },
    ]
    assert [row["role"] for row in ask("item-owners", item="test-mid-1")] == ["lead", "named"]


def test_the_items_of_one_owner(ask):
    assert ask("owner-items", owner="IACHR") == [
        {
            "workplan": "test-workplan",
            "item": "test-short-1",
            "code": "short-term 1",
            "term": "short",
            "title": "Joint work of the regional mechanisms.",
            "role": "in_particular",
            "status": "agreed",
        },
        {
            "workplan": "test-workplan",
            "item": "test-mid-1",
            "code": "mid-term 1",
            "term": "mid",
            "title": "Increase the number of joint country visits.",
            "role": "lead",
            "status": "agreed",
        },
    ]


def test_items_owned_by_nobody_in_particular(ask):
    assert ask("items-without-named-owner") == [
        {
            "workplan": "test-workplan",
            "item": "test-long-1",
            "code": "long-term 1",
            "term": "long",
            "title": "A centralized database should be created.",
            "owners": [],
            "gap": "no owner",
            "total": 1,
        },
    ]


def test_the_load_per_owner(ask):
    assert ask("owner-load") == [
        {
            "owner": "iachr",
            "owner_name": "Inter-American Commission on Human Rights",
            "items": 2,
            "lead": 1,
            "named": 0,
            "in_particular": 1,
            "collective": 0,
        },
        {
            "owner": "achpr",
            "owner_name": "African Commission on Human and Peoples’ Rights",
            "items": 1,
            "lead": 0,
            "named": 1,
            "in_particular": 0,
            "collective": 0,
        },
        {
            "owner": "rhrms",
            "owner_name": "regional human rights mechanisms",
            "items": 1,
            "lead": 0,
            "named": 0,
            "in_particular": 0,
            "collective": 1,
        },
    ]


def test_items_by_term_and_status(ask):
    assert [(row["item"], row["owners"]) for row in ask("workplan-items")] == [
        ("test-short-1", 2),
        ("test-mid-1", 2),
        ("test-long-1", 0),
    ]
    assert [row["item"] for row in ask("workplan-items", term="mid")] == ["test-mid-1"]
    assert ask("workplan-items", status="done") == []


def test_joint_activities_by_country_year_kind_and_body(ask):
    assert ask("joint-activities") == [
        {
            "activity": "joint-statement-2012",
            "kind": "joint_statement",
            "title": "Joint statement on human rights defenders",
            "country": None,
            "start": "2012-12",
            "status": "proposed",
            "participants": ["achpr", "iachr", "sr-hrd"],
            "total": 2,
        },
        {
            "activity": "joint-visit-civ-2012",
            "kind": "joint_visit",
            "title": "Joint visit to Côte d'Ivoire",
            "country": "CIV",
            "start": "2012-02",
            "status": "held",
            "participants": ["achpr", "sr-hrd"],
            "total": 2,
        },
    ]
    assert [row["activity"] for row in ask("joint-activities", country="civ")] == ["joint-visit-civ-2012"]
    assert [row["activity"] for row in ask("joint-activities", body="IACHR")] == ["joint-statement-2012"]
    assert ask("joint-activities", year=2011) == []
    assert [row["activity"] for row in ask("joint-activities", body="achpr", partner="sr-hrd")] == [
        "joint-statement-2012",
        "joint-visit-civ-2012",
    ]
    assert [row["activity"] for row in ask("joint-activities", body="iachr", partner="sr-hrd")] == [
        "joint-statement-2012"
    ]
    assert [row["activity"] for row in ask("joint-activities", kind="joint_visit", status="held")] == [
        "joint-visit-civ-2012"
    ]


def test_the_partners_of_one_body(ask):
    assert ask("activity-partners", body="African Commission") == [
        {
            "partner": "sr-hrd",
            "partner_name": "Special Rapporteur on the situation of human rights defenders",
            "activities": 2,
            "kinds": ["joint_statement", "joint_visit"],
            "first": "2012-02",
            "last": "2012-12",
        },
        {
            "partner": "iachr",
            "partner_name": "Inter-American Commission on Human Rights",
            "activities": 1,
            "kinds": ["joint_statement"],
            "first": "2012-12",
            "last": "2012-12",
        },
    ]


def test_the_focal_point_directory_and_the_bodies_without_one(ask):
    assert ask("focal-points") == [
        {
            "focal_point": "fp-achpr",
            "title": "Focal point for cooperation with the United Nations",
            "body": "achpr",
            "body_name": "African Commission on Human and Peoples’ Rights",
            "held_by": None,
            "covers": None,
            "liaises_with": ["fp-iachr"],
            "total": 2,
        },
        {
            "focal_point": "fp-iachr",
            "title": "Focal point for cooperation with the United Nations",
            "body": "iachr",
            "body_name": "Inter-American Commission on Human Rights",
            "held_by": None,
            "covers": None,
            "liaises_with": [],
            "total": 2,
        },
    ]
    assert [row["body"] for row in ask("bodies-without-focal-point")] == [
        "cat",
        "ccpr",
        "hrc",
        "sr-hrd",
        "afchpr",
        "iacthr",
    ]
    assert [row["body"] for row in ask("bodies-without-focal-point", region="americas")] == ["iacthr"]
    assert ask("liaisons") == [
        {"focal_point": "fp-achpr", "body": "achpr", "liaises_with": "fp-iachr", "other_body": "iachr", "total": 1}
    ]


def test_the_profile_of_one_body(ask):
    [profile] = ask("mechanism-profile", body="Cour interaméricaine des droits de l'homme")
    assert profile["id"] == "iacthr"
    assert profile["name_fr"] == "Cour interaméricaine des droits de l'homme"
    assert profile["acronyms"] == ["IACtHR", "IACourtHR"]
    assert profile["parents"] == ["oas"]
    assert profile["references_out"] == [{"target": "ccpr", "kind": "cites_case_law", "status": "practice"}]
    assert profile["references_in"] == [{"source": "ccpr", "kind": "quotes", "status": "practice"}]
    assert profile["activities"] == [] and profile["workplan_items"] == [] and profile["focal_points"] == []
    assert profile["documents"] == [{"document": "mini-report", "mentions": 1}]
    assert profile["counts"] == {
        "references_out": 1,
        "references_in": 1,
        "activities": 0,
        "workplan_items": 0,
        "documents": 1,
        "mentioned_in": len(profile["mentioned_in"]),
    }


def test_a_profile_gives_the_first_entries_of_each_list_and_counts_them_all(ask):
    [whole] = ask("mechanism-profile", body="iachr")
    [first] = ask("mechanism-profile", body="iachr", limit=1)
    assert len(whole["workplan_items"]) == 2 and len(first["workplan_items"]) == 1
    for key in ("references_out", "references_in", "activities", "workplan_items", "documents", "mentioned_in"):
        assert whole["counts"][key] == len(whole[key])
        assert first[key] == whole[key][:1]
    assert first["counts"] == whole["counts"]


def test_the_network_for_drawing(ask):
    [network] = ask("network")
    assert {node["id"] for node in network["nodes"]} == {"achpr", "iachr", "iacthr", "sr-hrd", "ccpr", "cat"}
    assert network["dropped_nodes"] == 0
    edges = {(edge["source"], edge["target"], edge["type"]) for edge in network["edges"]}
    assert ("achpr", "sr-hrd", "activity") in edges and ("iacthr", "ccpr", "references") in edges
    assert ("achpr", "iachr", "liaison") in edges and ("achpr", "iacthr", "event") in edges
    [capped] = ask("network", max_nodes=2)
    assert len(capped["nodes"]) == 2 and capped["dropped_nodes"] == 4
    [around] = ask("network", body="sr-hrd", depth=1, relationships="activity")
    assert {node["id"] for node in around["nodes"]} == {"sr-hrd", "achpr", "iachr"}
    assert around["nodes"][0]["id"] == "sr-hrd"
    [americas] = ask("network", regions=["americas"])
    assert {node["id"] for node in americas["nodes"]} == {"iachr", "iacthr"}
    [with_classes] = ask("network", include_generic=True, relationships="liaison")
    assert {node["id"] for node in with_classes["nodes"]} == {"achpr", "iachr"}
    [un_only] = ask("network", systems="UN", relationships=["references", "activity"])
    # Every link of the fixture has a regional body at one end.
    assert un_only == {
        "nodes": [],
        "edges": [],
        "total_nodes": 0,
        "dropped_nodes": 0,
        "total_edges": 0,
        "dropped_edges": 0,
    }


def test_the_network_tells_held_from_proposed_links_and_can_leave_out_undated_ones(ask):
    def pairs(network):
        return {(edge["source"], edge["target"]): edge for edge in network["edges"]}

    [activities] = ask("network", relationships="activity")
    visit_and_statement = pairs(activities)[("achpr", "sr-hrd")]
    # The held visit and the proposed statement: one edge, held, that says both, in 2012.
    assert visit_and_statement["status"] == "held" and visit_and_statement["weight"] == 2
    assert visit_and_statement["statuses"] == [{"status": "held", "facts": 1}, {"status": "proposed", "facts": 1}]
    assert (visit_and_statement["first"], visit_and_statement["last"]) == (2012, 2012)
    assert pairs(activities)[("achpr", "iachr")]["status"] == "proposed"
    [held] = ask("network", relationships="activity", statuses="held")
    assert set(pairs(held)) == {("achpr", "sr-hrd")} and pairs(held)[("achpr", "sr-hrd")]["weight"] == 1
    [proposed] = ask("network", relationships="activity", statuses="proposed")
    assert set(pairs(proposed)) == {("achpr", "iachr"), ("achpr", "sr-hrd"), ("iachr", "sr-hrd")}
    assert {edge["status"] for edge in proposed["edges"]} == {"proposed"}
    [dated] = ask("network", undated=False)
    # a reference takes the year of the first document stating it; liaison has none
    assert {edge["type"] for edge in dated["edges"]} == {"activity", "event", "references"}


def test_a_link_s_facts_are_read_when_it_is_picked_under_the_network_s_filters(ask):
    def facts(**params) -> list[str]:
        return [row["fact"] for row in ask("link-facts", source="achpr", target="sr-hrd", type="activity", **params)]

    # the held visit and the proposed statement behind the one edge the network draws (above), by id
    assert facts() == ["joint-statement-2012", "joint-visit-civ-2012"]
    assert facts(statuses="held") == ["joint-visit-civ-2012"] and facts(statuses=["proposed"]) == [
        "joint-statement-2012"
    ]
    assert facts(year_from=2013) == [] and facts(undated=False) == facts()
    # a body by any of its names; a link type the pair has no link of
    assert ask("link-facts", source="ACHPR", target="sr-hrd", type="activity") == [{"fact": f} for f in facts()]
    assert ask("link-facts", source="achpr", target="sr-hrd", type="references") == []
    # the facts of each drawn edge are those it counts
    [network] = ask("network")
    for edge in network["edges"]:
        found = ask("link-facts", source=edge["source"], target=edge["target"], type=edge["type"])
        assert 0 < len(found) <= edge["weight"] and "via" not in edge, edge


def test_centrality_in_the_reference_and_cooperation_networks(ask):
    references = {row["body"]: row for row in ask("centrality")}
    assert set(references) == {"iacthr", "ccpr", "iachr", "cat"}
    assert references["iacthr"]["in_degree"] == 1 and references["iacthr"]["out_degree"] == 1
    assert references["cat"]["out_degree"] == 0
    cooperation = ask("centrality", network="cooperation")
    # IACHR: the joint statement (ACHPR, SR-HRD), the meeting (ACHPR, IACtHR) and a reference to CAT.
    assert (cooperation[0]["body"], cooperation[0]["degree"]) == ("iachr", 4)


def test_a_briefing_for_the_attendees_of_a_meeting(ask):
    source = {"document": "mini-report", "symbol": "A/TEST/1", "language": "en"}
    mid_term_1 = {
        "item": "test-mid-1",
        "code": "mid-term 1",
        "workplan": "test-workplan",
        "term": "mid",
        "status": "agreed",
        "text": "Increase the number of joint country visits.",
        **source,
        "locator": "para. 1",
        "quote": "carried out a joint visit",
    }
    statement = {
        "activity": "joint-statement-2012",
        "kind": "joint_statement",
        "title": "Joint statement on human rights defenders",
        "start": "2012-12",
        "status": "proposed",
        "symbol": "A/TEST/1",
        "language": "en",
        "locator": "para. 1",
    }
    focal_point = {"title": "Focal point for cooperation with the United Nations", "held_for": None}
    assert ask("briefing", bodies="African Commission; IACHR, Inter-American Court of Human Rights") == [
        {
            "body": "achpr",
            "name": "African Commission on Human and Peoples’ Rights",
            "open_items": [{**mid_term_1, "role": "named"}],
            "recent_activities": [
                statement,
                {
                    "activity": "joint-visit-civ-2012",
                    "kind": "joint_visit",
                    "title": "Joint visit to Côte d'Ivoire",
                    "start": "2012-02",
                    "status": "held",
                    "symbol": "A/TEST/1",
                    "language": "en",
                    "locator": "para. 1",
                },
            ],
            "references_to_attendees": [],
            "referenced_by_attendees": [],
            "focal_points": [{**focal_point, "focal_point": "fp-achpr"}],
            "open_actions": 1,
        },
        {
            "body": "iachr",
            "name": "Inter-American Commission on Human Rights",
            # The lead first; an item with only its "Implementation:" line is proved by that line.
            "open_items": [
                {**mid_term_1, "role": "lead"},
                {
                    "item": "test-short-1",
                    "code": "short-term 1",
                    "workplan": "test-workplan",
                    "term": "short",
                    "status": "agreed",
                    "role": "in_particular",
                    "text": "Joint work of the regional mechanisms.",
                    **source,
                    "locator": "para. 3",
                    "quote": "Implementation: focal points of all RHRMs except the AfHPR, in particular the IACHR",
                },
            ],
            "recent_activities": [statement],
            "references_to_attendees": [],
            "referenced_by_attendees": [],
            "focal_points": [{**focal_point, "focal_point": "fp-iachr"}],
            "open_actions": 2,
        },
        {
            "body": "iacthr",
            "name": "Inter-American Court of Human Rights",
            "open_items": [],
            "recent_activities": [],
            "references_to_attendees": [],
            "referenced_by_attendees": [],
            "focal_points": [],
            "open_actions": 0,
        },
    ]
    [court] = ask("briefing", bodies=["iacthr", "Human Rights Committee"])[:1]
    where = {"symbol": "A/TEST/1", "language": "en", "locator": "para. 2", "status": "practice"}
    assert court["references_to_attendees"] == [
        {"body": "ccpr", "kind": "cites_case_law", "reference": "ref-iacthr-cites-case-law-ccpr-practice", **where}
    ]
    assert court["referenced_by_attendees"] == [
        {"body": "ccpr", "kind": "quotes", "reference": "ref-ccpr-quotes-iacthr-practice", **where}
    ]


def test_a_briefing_lists_the_first_open_actions_of_a_body_and_counts_them_all(ask):
    [whole] = ask("briefing", bodies=["iachr"])
    [first] = ask("briefing", bodies=["iachr"], actions=1)
    assert whole["open_actions"] == first["open_actions"] == len(whole["open_items"]) == 2
    assert first["open_items"] == whole["open_items"][:1]


def test_the_gaps_of_a_briefing_are_the_actions_only_classes_own(ask):
    # short-term 1 names the IACHR in particular, and long-term 1 has no owner: neither is the attendees' gap.
    assert ask("briefing-gaps", bodies=["achpr", "iachr"]) == []


def test_the_catalogue_describes_every_query(catalogue):
    names = {query.name for query in catalogue}
    assert {
        "who-cites-whom",
        "reference-matrix",
        "references-of",
        "reference-evidence",
        "connection-paths",
        "item-owners",
        "owner-items",
        "items-without-named-owner",
        "owner-load",
        "workplan-items",
        "joint-activities",
        "activity-partners",
        "focal-points",
        "bodies-without-focal-point",
        "liaisons",
        "mechanism-profile",
        "network",
        "centrality",
        "briefing",
        "briefing-gaps",
        "candidates",
        "workplans",
    } <= names
    for query in catalogue:
        assert query.description and query.columns, query.name
        # A variable-length pattern must have an upper bound: [*..8] is fine, [*], [*1..] are not.
        assert not re.search(r"\*\s*(\d+\s*\.\.\s*|\.\.\s*)?\]", query.cypher), f"unbounded path in {query.name}"


def test_every_query_returns_plain_values_which_the_catalogue_reads_as_they_come(neo4j_settings, catalogue, ask):
    # The catalogue does not convert records (the driver's record.data() costs 2 µs a value): right while no query
    # returns a node, a relationship or a path, which its rows would then hold as driver objects.
    def plain(value) -> bool:
        if isinstance(value, dict):
            return all(plain(one) for one in value.values())
        if isinstance(value, list):
            return all(plain(one) for one in value)
        return not isinstance(value, (neo4j.graph.Node, neo4j.graph.Relationship, neo4j.graph.Path))

    with connect(neo4j_settings) as graph:
        drawn, chance = latency.parameter_sets(graph), random.Random(5)
    answered = 0
    for query in catalogue:
        for _ in range(3):
            rows = ask(
                query.name, **{key: value for key, value in drawn[query.name](chance).items() if value is not None}
            )
            assert all(plain(row) and isinstance(row, dict) for row in rows), query.name
            answered += bool(rows)
    assert answered > len(list(catalogue))  # most queries answered something to check


def test_document_names_list_a_picker_s_first_documents_find_words_and_look_up_ids_and_symbols(ask):
    everything = ask("document-names")[0]["documents"]
    assert everything and ask("document-names", limit=1)[0]["documents"] == everything[:1]
    one = everything[-1]
    assert ask("document-names", ids=[one["id"], "no-such-document"])[0]["documents"] == [one]
    same = [row for row in everything if row["symbol"] == one["symbol"]]
    assert ask("document-names", symbols=[one["symbol"]], limit=1)[0]["documents"] == same  # a lookup is whole
    word = one["title"].split()[0].upper()
    found = ask("document-names", words=f"  {word} ")[0]["documents"]
    assert one in found and all(word.lower() in (row["title"] + row["symbol"] + row["id"]).lower() for row in found)
    assert ask("document-names", words=f"{word} no-such-word")[0]["documents"] == []


def test_parameters_are_checked_before_running(catalogue):
    with pytest.raises(MechGraphError, match="query item-owners needs --param item="):
        catalogue.bind("item-owners", {})
    with pytest.raises(MechGraphError, match="has no parameter 'colour'; its parameters: item"):
        catalogue.bind("item-owners", {"item": "x", "colour": "red"})
    with pytest.raises(MechGraphError, match="parameter limit must be a whole number; got 'ten'"):
        catalogue.bind("who-cites-whom", {"limit": "ten"})
    with pytest.raises(MechGraphError, match="unknown query 'who-is-who'; the catalogue has: "):
        catalogue.bind("who-is-who", {})
    assert catalogue.bind("who-cites-whom", {"limit": "7"}) == {
        "kind": None,
        "system": None,
        "include_generic": True,
        "region": None,
        "status": None,
        "year_from": None,
        "year_to": None,
        "limit": 7,
    }


def test_the_catalogue_from_the_command_line():
    listing = json.loads(run_cli("queries", "--format", "json").stdout)
    entry = next(query for query in listing if query["name"] == "who-cites-whom")
    assert {"name": "limit", "type": "int", "required": False, "default": 50} in entry["parameters"]
    result = run_cli("query", "item-owners", "--param", "colour=red")
    assert result.returncode == 1
    assert result.stderr.strip() == "Error: query item-owners has no parameter 'colour'; its parameters: item"


def test_the_network_draws_the_strongest_edges_within_its_cap_and_says_how_many_it_left_out(ask):
    [whole] = ask("network")
    [capped] = ask("network", max_edges=2)
    assert whole["dropped_edges"] == 0 and whole["total_edges"] == len(whole["edges"]) > 2
    assert len(capped["edges"]) == 2 and capped["dropped_edges"] == whole["total_edges"] - 2
    strongest = sorted(edge["weight"] for edge in whole["edges"])[-2:]
    assert sorted(edge["weight"] for edge in capped["edges"]) == strongest
