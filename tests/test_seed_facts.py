"""The curated seed data, loaded, checked against what the five source documents say.

Each test names the paragraph it checks, so a reader can open seeds/documents/ and verify it.
"""

from __future__ import annotations


import pytest

from graph.connection import connect
from loaders import seeds
from registry.names import SEEDS, Resolver, spellings
from loaders.writing import squash
from registry.yamlfile import read_rows
from conftest import wipe

ANNEX_II = "fp-meeting-2012-workplan"


@pytest.fixture(scope="module")
def names() -> Resolver:
    return Resolver.from_seeds()


@pytest.fixture(scope="module")
def loaded(neo4j_settings):
    """The seed graph, loaded once for this module (each test only reads it)."""
    with connect(neo4j_settings) as graph:
        wipe(graph, drop_schema=False)
        _plan, first = seeds.load(graph)
        yield graph, first


def owners(graph, title_start: str) -> dict[str, str]:
    """Owner id -> role of the annex II item whose title starts with ``title_start``."""
    found = graph.read(
        "MATCH (i:WorkplanItem)-[:PART_OF]->(:Workplan {id: $workplan}) "
        "WHERE i.title STARTS WITH $title OR i.text STARTS WITH $title "
        "MATCH (m)-[r:RESPONSIBLE_FOR]->(i) RETURN i.id AS item, m.id AS owner, r.role AS role, r.except AS except",
        {"workplan": ANNEX_II, "title": title_start},
    )
    assert len({row["item"] for row in found}) == 1, f"expected one item starting {title_start!r}: {found}"
    return {row["owner"]: row["role"] + (f" except {','.join(row['except'])}" if row["except"] else "") for row in found}


def test_loading_the_seeds_again_changes_nothing(loaded):
    graph, first = loaded
    _plan, second = seeds.load(graph)
    assert first.changed and not second.changed


def test_every_fact_has_evidence_from_a_held_document(loaded):
    graph, _ = loaded
    assert graph.read(
        "MATCH (n) WHERE NOT n:Evidence AND NOT n:Country AND NOT n:Meta "
        "AND NOT (n)-[:EVIDENCED_BY]->(:Evidence)-[:FROM]->(:Document) RETURN n.id AS id LIMIT 5"
    ) == []


def test_every_quote_stands_in_its_document(loaded):
    graph, _ = loaded
    texts = {row["id"]: squash((SEEDS / row["file"]).read_text(encoding="utf-8"))
             for row in graph.read("MATCH (d:Document) RETURN d.id AS id, d.file AS file")}
    evidence = graph.read("MATCH (e:Evidence)-[:FROM]->(d:Document) RETURN e.quote AS quote, d.id AS document")
    assert len(evidence) > 1000
    missing = [row for row in evidence if squash(row["quote"]) not in texts[row["document"]]]
    assert missing == []


def test_each_document_contributes_facts(loaded):
    graph, _ = loaded
    per_document = {row["document"]: row["facts"] for row in graph.read(
        "MATCH (fact)-[:EVIDENCED_BY]->(:Evidence)-[:FROM]->(d:Document) "
        "RETURN d.id AS document, count(DISTINCT fact) AS facts")}
    assert set(per_document) == {"a-hrc-23-18-en", "a-hrc-23-18-fr", "a-hrc-15-56-zh", "concept-note-2016",
                                 "npm-guide-interactions"}
    assert all(count >= 20 for count in per_document.values()), per_document


def test_the_english_report_names_well_over_a_hundred_bodies(loaded):
    graph, _ = loaded
    [row] = graph.read("MATCH (m:Mechanism)-[:EVIDENCED_BY]->(:Evidence)-[:FROM]->(:Document {id: 'a-hrc-23-18-en'}) "
                       "RETURN count(DISTINCT m) AS bodies")
    assert row["bodies"] > 100


def test_the_french_edition_is_a_translation_of_the_english(loaded):
    graph, _ = loaded
    assert graph.read("MATCH (fr:Document)-[:TRANSLATION_OF]->(en:Document) RETURN fr.id AS fr, en.id AS en") == [
        {"fr": "a-hrc-23-18-fr", "en": "a-hrc-23-18-en"}
    ]


# -- annex II of A/HRC/23/18: the workplan and its owners ---------------------------------
def test_annex_ii_holds_9_short_13_mid_and_4_long_term_items(loaded):
    graph, _ = loaded
    assert graph.read(
        "MATCH (i:WorkplanItem)-[:PART_OF]->(:Workplan {id: $workplan}) RETURN i.term AS term, count(*) AS items "
        "ORDER BY term", {"workplan": ANNEX_II}
    ) == [{"term": "long", "items": 4}, {"term": "mid", "items": 13}, {"term": "short", "items": 9}]


def test_the_emailing_list_is_owned_by_nirms_alone(loaded):
    # annex II, short-term 1: "Implementation: focal point OHCHR NIRMS"
    assert owners(loaded[0], "Creation of an emailing list") == {"ohchr-nirms": "named"}


def test_thematic_reports_are_owned_by_all_rhrms_except_the_african_court(loaded):
    # annex II, short-term 6: "focal points all RHRMs except the AfHPR and focal points OHCHR, RDD, SPB, HRTD"
    found = owners(loaded[0], "Thematic reports should be regularly shared")
    assert found["rhrms"] == "collective except afchpr"
    assert {"ohchr-rdd", "ohchr-spb", "ohchr-hrtd"} <= set(found)


def test_joint_country_visits_have_six_named_owners(loaded, names):
    # annex II, mid-term 7: "focal points ACHPR, IACHR, CoE, ODIHR, and OHCHR focal points SPB, FOTCD"
    expected = {names.resolve(name).id for name in ("ACHPR", "IACHR", "CoE", "ODIHR")} | {"ohchr-spb", "ohchr-fotcd"}
    found = owners(loaded[0], "Increase the number of joint country visits")
    assert set(found) == expected
    assert set(found.values()) == {"named"}


def test_regular_meetings_name_seven_regional_bodies_in_particular(loaded, names):
    # annex II, short-term 3: "all focal points RHRMs, in particular ACHPR, AfHPR, ECOWAS CJ, IACHR, IACourtHR, CoE, ODIHR"
    found = owners(loaded[0], "Regular meetings should be held between United Nations and regional special")
    particular = {owner for owner, role in found.items() if role == "in_particular"}
    assert particular == {names.resolve(n).id for n in ("ACHPR", "AfHPR", "ECOWAS Court of Justice", "IACHR",
                                                        "IACourtHR", "CoE", "ODIHR")}
    assert found["rhrms"] == "collective"
    assert {"ohchr-nirms", "ohchr-spb", "ohchr-hrtd"} <= {o for o, r in found.items() if r == "named"}


def test_the_ohchr_units_own_most_of_the_workplan(loaded):
    graph, _ = loaded
    load = {row["unit"]: row["items"] for row in graph.read(
        "MATCH (u:Mechanism)-[:RESPONSIBLE_FOR]->(i:WorkplanItem)-[:PART_OF]->(:Workplan {id: $workplan}) "
        "WHERE u.id STARTS WITH 'ohchr-' RETURN u.id AS unit, count(DISTINCT i) AS items", {"workplan": ANNEX_II})}
    assert set(load) >= {"ohchr-nirms", "ohchr-spb", "ohchr-hrtd", "ohchr-rdd", "ohchr-fotcd", "ohchr-upr-section"}
    assert load["ohchr-spb"] > load["ohchr-nirms"]


def test_the_first_focal_points_meeting_had_every_body_of_annex_ii(loaded, names):
    graph, _ = loaded
    attended = {row["id"] for row in graph.read(
        "MATCH (m)-[:ATTENDED]->(e:Event {kind: 'focal_point_meeting'}) WHERE e.start STARTS WITH '2012-12' "
        "RETURN m.id AS id")}
    expected = {names.resolve(n).id for n in (
        "ACHPR", "AfHPR", "IACHR", "IACourtHR", "ODIHR", "AICHR", "ACWC", "IPHRC", "FOTCD", "SPB", "HRTD", "RDD",
        "ECOWAS Court of Justice", "Arab Human Rights Committee")}
    assert None not in expected
    assert expected <= attended


# -- joint activities and references (A/HRC/23/18, body) -----------------------------------
def test_the_joint_visit_to_tunisia_in_september_2012(loaded):
    # para. 12: "a joint visit of the United Nations and the African Commission special procedures mandate
    # holders on human rights defenders in Tunisia, in September 2012"
    graph, _ = loaded
    visits = graph.read(
        "MATCH (a:Activity)-[:IN_COUNTRY]->(:Country {code: 'TUN'}) WHERE a.kind = 'joint_visit' "
        "MATCH (m)-[:PARTICIPATED_IN]->(a) RETURN a.start AS start, a.status AS status, collect(m.id) AS bodies")
    assert len(visits) == 1
    assert visits[0]["start"] == "2012-09" and visits[0]["status"] == "held"
    assert "sr-hrd" in visits[0]["bodies"]
    assert any(body.startswith("achpr") for body in visits[0]["bodies"])


def test_the_joint_mission_to_mexico_with_both_reports_as_evidence(loaded):
    # A/HRC/23/18 para. 16: the Special Rapporteur on freedom of opinion and expression "and his counterpart
    # from the Inter-American Commission of Human Rights conducted a joint mission to Mexico" (dated October
    # 2011); A/HRC/15/56 para. 46 announces it for August 2010. The curated reading is August 2010, and the
    # disagreement is a correction.
    graph, _ = loaded
    [mission] = graph.read(
        "MATCH (a:Activity)-[:IN_COUNTRY]->(:Country {code: 'MEX'}) "
        "WHERE EXISTS { (:Mechanism {id: 'sr-freedom-expression'})-[:PARTICIPATED_IN]->(a) } "
        "RETURN a.id AS id, a.start AS start, a.status AS status, "
        "COLLECT { MATCH (m)-[:PARTICIPATED_IN]->(a) RETURN m.id } AS bodies, "
        "COLLECT { MATCH (a)-[:EVIDENCED_BY]->(e)-[:FROM]->(d) RETURN d.id + ' ' + e.locator } AS evidence")
    assert (mission["start"], mission["status"]) == ("2010-08", "held")
    assert "iachr-rapporteur-freedom-expression" in mission["bodies"]
    assert {"a-hrc-23-18-en para. 16", "a-hrc-15-56-zh para. 46"} <= set(mission["evidence"])
    assert graph.read("MATCH (c:Correction {id: 'merge-mexico-joint-mission-date'}) RETURN c.as_written AS written") == [
        {"written": "in October 2011"}]


def test_the_inter_american_court_quotes_cedaw_and_is_quoted_back(loaded):
    # para. 53: the Court quoted CEDAW and the Special Rapporteur on violence against women in
    # "Campo Algodonero"; "Conversely, the Committee quoted the same ruling"
    graph, _ = loaded
    out = {row["target"] for row in graph.read(
        "MATCH (:Mechanism {id: 'iacthr'})-[r:REFERENCES]->(t) RETURN t.id AS target")}
    into = {row["source"] for row in graph.read(
        "MATCH (s)-[r:REFERENCES]->(:Mechanism {id: 'iacthr'}) RETURN s.id AS source")}
    assert "cedaw" in out and "cedaw" in into
    evidence = graph.read(
        "MATCH (:Mechanism {id: 'iacthr'})-[:MAKES]->(r:Reference)-[:ABOUT]->(:Mechanism {id: 'cedaw'}), "
        "(r)-[:EVIDENCED_BY]->(e:Evidence) RETURN e.locator AS locator")
    assert "para. 53" in {row["locator"] for row in evidence}


def test_the_cpta_implements_the_slavery_rapporteurs_recommendations(loaded):
    # para. 13: "the Committee for Prevention of Torture in Africa took measures to implement the
    # recommendations of the Special Rapporteur on contemporary forms of slavery"
    graph, _ = loaded
    assert graph.read(
        "MATCH (:Mechanism {id: 'cpta'})-[r:REFERENCES {kind: 'implements_recommendations_of'}]->(t) "
        "RETURN t.id AS target") == [{"target": "sr-slavery"}]


# -- names in three languages ----------------------------------------------------------
def test_names_in_french_and_chinese(loaded):
    graph, _ = loaded
    rows = {row["id"]: row for row in graph.read(
        "MATCH (m:Mechanism) WHERE m.id IN ['achpr', 'iachr', 'ccpr', 'hrc'] "
        "RETURN m.id AS id, m.name_fr AS fr, m.name_zh AS zh")}
    assert rows["achpr"]["fr"] == "Commission africaine des droits de l'homme et des peuples"
    assert rows["iachr"]["fr"] == "Commission interaméricaine des droits de l'homme"
    assert rows["ccpr"]["zh"] == "人权事务委员会"
    assert rows["hrc"]["zh"] == "人权理事会"


@pytest.mark.parametrize("spelling, expected", [
    ("Human Rights Council", "hrc"), ("Human Rights Committee", "ccpr"),
    ("Arab Human Rights Committee", "arab-human-rights-committee"), ("人权理事会", "hrc"), ("人权事务委员会", "ccpr"),
    ("Inter-American Commission on Human Rights", "iachr"), ("Inter-American Commission of Human Rights", "iachr"),
    ("Inter-American Court of Human Rights", "iacthr"), ("IACourtHR", "iacthr"),
    ("African Commission on Human and Peoples’ Rights", "achpr"), ("ACPHR", "achpr"),
    ("African Court on Human and Peoples’ Rights", "afchpr"), ("AfHPR", "afchpr"), ("AfHR", "afchpr"),
    ("Commission africaine des droits de l'homme et des peuples", "achpr"),
    ("Cour africaine des droits de l’homme et des peuples", "afchpr"),
    ("National Institutions and Regional Mechanisms Section", "ohchr-nirms"),
])
def test_look_alikes_resolve_apart(names, spelling, expected):
    assert names.resolve(spelling).id == expected


def test_every_spelling_in_the_seed_files_resolves_to_its_own_row(names):
    checked = 0
    for file_name in ("mechanisms.yaml", "organizations.yaml"):
        for row in read_rows(SEEDS / file_name):
            for spelling, _lang in spellings(row.data):
                assert names.resolve(spelling).id == row.data["id"], (file_name, row.line, spelling)
                checked += 1
    assert checked > 500


def test_documented_slips_are_corrections_not_aliases(loaded, names):
    graph, _ = loaded
    corrections = graph.read("MATCH (c:Correction)-[:CORRECTS]->(d:Document) RETURN d.id AS document, "
                             "c.as_written AS written, c.reading AS reading")
    assert any(row["document"] == "a-hrc-23-18-fr" and row["written"] == "IACtHR" for row in corrections)
    assert any(row["document"] == "a-hrc-15-56-zh" and "人权理事会" in row["written"] for row in corrections)
    assert names.resolve("IACtHR").id != "iachr"


# -- the catalogue's answers on the seed graph ---------------------------------------------
@pytest.fixture(scope="module")
def ask(loaded):
    from queries.catalogue import Catalogue

    catalogue = Catalogue.load()
    return lambda name, **params: catalogue.run(loaded[0], name, params)


def test_the_owners_of_the_emailing_list_item(ask):
    assert ask("item-owners", item="wp2012-short-1") == [
        {"owner": "ohchr-nirms", "owner_name": "National Institutions and Regional Mechanisms Section",
         "role": "named", "except": [], "implementation": "focal point OHCHR NIRMS"}]


def test_what_nirms_is_responsible_for_in_annex_ii(ask):
    # NIRMS is named in short-term 1, 2, 3 and 7 and long-term 1, and "in particular" in mid-term 4 (the matrix).
    assert [(row["item"], row["role"]) for row in ask("owner-items", owner="NIRMS", workplan=ANNEX_II)] == [
        ("wp2012-short-1", "named"), ("wp2012-short-2", "named"), ("wp2012-short-3", "named"),
        ("wp2012-short-7", "named"), ("wp2012-mid-4", "in_particular"), ("wp2012-long-1", "named")]


def test_the_joint_mission_to_mexico_by_query(ask):
    [mission] = ask("joint-activities", country="MEX", kind="joint_mission")
    assert mission["participants"] == ["iachr-rapporteur-freedom-expression", "sr-freedom-expression"]


def test_who_cites_the_inter_american_court(ask):
    cited_by = {(row["other"], row["kind"]) for row in ask("references-of", body="IACourtHR") if row["direction"] == "in"}
    assert ("cedaw", "cites_case_law") in cited_by
    [evidence] = [row for row in ask("reference-evidence", source="CEDAW", target="iacthr") if row["locator"] == "para. 53"]
    assert evidence["symbol"] == "A/HRC/23/18"


def test_the_ohchr_units_carry_named_items_and_the_rhrms_only_collective_ones(ask):
    load = {row["owner"]: row for row in ask("owner-load", workplan=ANNEX_II, limit=100)}
    assert load["rhrms"]["collective"] == load["rhrms"]["items"] > 10
    assert load["ohchr-spb"]["named"] == load["ohchr-spb"]["items"]
