"""The curated seed data, loaded, checked against what the five source documents say.

Each test names the paragraph it checks, so a reader can open seeds/documents/ and verify it.
"""

from __future__ import annotations

import pytest

from conftest import wipe
from graph.connection import connect
from loaders import seeds
from loaders.writing import squash
from registry.names import SEEDS, Resolver, spellings
from registry.yamlfile import read_rows

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
    return {
        row["owner"]: row["role"] + (f" except {','.join(row['except'])}" if row["except"] else "") for row in found
    }


def test_loading_the_seeds_again_changes_nothing(loaded):
    graph, first = loaded
    _plan, second = seeds.load(graph)
    assert first.changed and not second.changed


def test_every_fact_has_evidence_from_a_held_document(loaded):
    graph, _ = loaded
    assert (
        graph.read(
            "MATCH (n) WHERE NOT n:Evidence AND NOT n:Country AND NOT n:Meta "
            "AND NOT (n)-[:EVIDENCED_BY]->(:Evidence)-[:FROM]->(:Document) RETURN n.id AS id LIMIT 5"
        )
        == []
    )


def test_every_quote_stands_in_its_document(loaded):
    graph, _ = loaded
    texts = {
        row["id"]: squash((SEEDS / row["file"]).read_text(encoding="utf-8"))
        for row in graph.read("MATCH (d:Document) RETURN d.id AS id, d.file AS file")
    }
    evidence = graph.read("MATCH (e:Evidence)-[:FROM]->(d:Document) RETURN e.quote AS quote, d.id AS document")
    assert len(evidence) > 1000
    missing = [row for row in evidence if squash(row["quote"]) not in texts[row["document"]]]
    assert missing == []


def test_each_document_contributes_facts(loaded):
    graph, _ = loaded
    per_document = {
        row["document"]: row["facts"]
        for row in graph.read(
            "MATCH (fact)-[:EVIDENCED_BY]->(:Evidence)-[:FROM]->(d:Document) "
            "RETURN d.id AS document, count(DISTINCT fact) AS facts"
        )
    }
    assert set(per_document) == {
        "a-hrc-23-18-en",
        "a-hrc-23-18-fr",
        "a-hrc-15-56-zh",
        "concept-note-2016",
        "npm-guide-interactions",
    }
    assert all(count >= 20 for count in per_document.values()), per_document


def test_the_english_report_names_well_over_a_hundred_bodies(loaded):
    graph, _ = loaded
    [row] = graph.read(
        "MATCH (m:Mechanism)-[:EVIDENCED_BY]->(:Evidence)-[:FROM]->(:Document {id: 'a-hrc-23-18-en'}) "
        "RETURN count(DISTINCT m) AS bodies"
    )
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
        "ORDER BY term",
        {"workplan": ANNEX_II},
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
    assert particular == {
        names.resolve(n).id for n in ("ACHPR", "AfHPR", "ECOWAS Court of Justice", "IACHR", "IACourtHR", "CoE", "ODIHR")
    }
    assert found["rhrms"] == "collective"
    assert {"ohchr-nirms", "ohchr-spb", "ohchr-hrtd"} <= {o for o, r in found.items() if r == "named"}


def test_the_ohchr_units_own_most_of_the_workplan(loaded):
    graph, _ = loaded
    load = {
        row["unit"]: row["items"]
        for row in graph.read(
            "MATCH (u:Mechanism)-[:RESPONSIBLE_FOR]->(i:WorkplanItem)-[:PART_OF]->(:Workplan {id: $workplan}) "
            "WHERE u.id STARTS WITH 'ohchr-' RETURN u.id AS unit, count(DISTINCT i) AS items",
            {"workplan": ANNEX_II},
        )
    }
    assert set(load) >= {"ohchr-nirms", "ohchr-spb", "ohchr-hrtd", "ohchr-rdd", "ohchr-fotcd", "ohchr-upr-section"}
    assert load["ohchr-spb"] > load["ohchr-nirms"]


def test_the_first_focal_points_meeting_had_every_body_of_annex_ii(loaded, names):
    graph, _ = loaded
    attended = {
        row["id"]
        for row in graph.read(
            "MATCH (m)-[:ATTENDED]->(e:Event {kind: 'focal_point_meeting'}) WHERE e.start STARTS WITH '2012-12' "
            "RETURN m.id AS id"
        )
    }
    expected = {
        names.resolve(n).id
        for n in (
            "ACHPR",
            "AfHPR",
            "IACHR",
            "IACourtHR",
            "ODIHR",
            "AICHR",
            "ACWC",
            "IPHRC",
            "FOTCD",
            "SPB",
            "HRTD",
            "RDD",
            "ECOWAS Court of Justice",
            "Arab Human Rights Committee",
        )
    }
    assert None not in expected
    assert expected <= attended


# -- joint activities and references (A/HRC/23/18, body) -----------------------------------
def test_the_joint_visit_to_tunisia_in_september_2012(loaded):
    # para. 12: "a joint visit of the United Nations and the African Commission special procedures mandate
    # holders on human rights defenders in Tunisia, in September 2012"
    graph, _ = loaded
    visits = graph.read(
        "MATCH (a:Activity)-[:IN_COUNTRY]->(:Country {code: 'TUN'}) WHERE a.kind = 'joint_visit' "
        "MATCH (m)-[:PARTICIPATED_IN]->(a) RETURN a.start AS start, a.status AS status, collect(m.id) AS bodies"
    )
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
        "COLLECT { MATCH (a)-[:EVIDENCED_BY]->(e)-[:FROM]->(d) RETURN d.id + ' ' + e.locator } AS evidence"
    )
    assert (mission["start"], mission["status"]) == ("2010-08", "held")
    assert "iachr-rapporteur-freedom-expression" in mission["bodies"]
    assert {"a-hrc-23-18-en para. 16", "a-hrc-15-56-zh para. 46"} <= set(mission["evidence"])
    assert graph.read(
        "MATCH (c:Correction {id: 'merge-mexico-joint-mission-date'}) RETURN c.as_written AS written"
    ) == [{"written": "in October 2011"}]


def test_the_inter_american_court_quotes_cedaw_and_is_quoted_back(loaded):
    # para. 53: the Court quoted CEDAW and the Special Rapporteur on violence against women in
    # "Campo Algodonero"; "Conversely, the Committee quoted the same ruling"
    graph, _ = loaded
    out = {
        row["target"]
        for row in graph.read("MATCH (:Mechanism {id: 'iacthr'})-[r:REFERENCES]->(t) RETURN t.id AS target")
    }
    into = {
        row["source"]
        for row in graph.read("MATCH (s)-[r:REFERENCES]->(:Mechanism {id: 'iacthr'}) RETURN s.id AS source")
    }
    assert "cedaw" in out and "cedaw" in into
    evidence = graph.read(
        "MATCH (:Mechanism {id: 'iacthr'})-[:MAKES]->(r:Reference)-[:ABOUT]->(:Mechanism {id: 'cedaw'}), "
        "(r)-[:EVIDENCED_BY]->(e:Evidence) RETURN e.locator AS locator"
    )
    assert "para. 53" in {row["locator"] for row in evidence}


def test_the_cpta_implements_the_slavery_rapporteurs_recommendations(loaded):
    # para. 13: "the Committee for Prevention of Torture in Africa took measures to implement the
    # recommendations of the Special Rapporteur on contemporary forms of slavery"
    graph, _ = loaded
    assert graph.read(
        "MATCH (:Mechanism {id: 'cpta'})-[r:REFERENCES {kind: 'implements_recommendations_of'}]->(t) "
        "RETURN t.id AS target"
    ) == [{"target": "sr-slavery"}]


# -- names in three languages ----------------------------------------------------------
def test_names_in_french_and_chinese(loaded):
    graph, _ = loaded
    rows = {
        row["id"]: row
        for row in graph.read(
            "MATCH (m:Mechanism) WHERE m.id IN ['achpr', 'iachr', 'ccpr', 'hrc'] "
            "RETURN m.id AS id, m.name_fr AS fr, m.name_zh AS zh"
        )
    }
    assert rows["achpr"]["fr"] == "Commission africaine des droits de l'homme et des peuples"
    assert rows["iachr"]["fr"] == "Commission interaméricaine des droits de l'homme"
    assert rows["ccpr"]["zh"] == "人权事务委员会"
    assert rows["hrc"]["zh"] == "人权理事会"


@pytest.mark.parametrize(
    "spelling, expected",
    [
        ("Human Rights Council", "hrc"),
        ("Human Rights Committee", "ccpr"),
        ("Arab Human Rights Committee", "arab-human-rights-committee"),
        ("人权理事会", "hrc"),
        ("人权事务委员会", "ccpr"),
        ("Inter-American Commission on Human Rights", "iachr"),
        ("Inter-American Commission of Human Rights", "iachr"),
        ("Inter-American Court of Human Rights", "iacthr"),
        ("IACourtHR", "iacthr"),
        ("African Commission on Human and Peoples’ Rights", "achpr"),
        ("ACPHR", "achpr"),
        ("African Court on Human and Peoples’ Rights", "afchpr"),
        ("AfHPR", "afchpr"),
        ("AfHR", "afchpr"),
        ("Commission africaine des droits de l'homme et des peuples", "achpr"),
        ("Cour africaine des droits de l’homme et des peuples", "afchpr"),
        ("National Institutions and Regional Mechanisms Section", "ohchr-nirms"),
    ],
)
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
    corrections = graph.read(
        "MATCH (c:Correction)-[:CORRECTS]->(d:Document) RETURN d.id AS document, "
        "c.as_written AS written, c.reading AS reading"
    )
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
        {
            "owner": "ohchr-nirms",
            "owner_name": "National Institutions and Regional Mechanisms Section",
            "role": "named",
            "except": [],
            "implementation": "focal point OHCHR NIRMS",
        }
    ]


def test_what_nirms_is_responsible_for_in_annex_ii(ask):
    # NIRMS is named in short-term 1, 2, 3 and 7 and long-term 1, and "in particular" in mid-term 4 (the matrix).
    assert [(row["item"], row["role"]) for row in ask("owner-items", owner="NIRMS", workplan=ANNEX_II)] == [
        ("wp2012-short-1", "named"),
        ("wp2012-short-2", "named"),
        ("wp2012-short-3", "named"),
        ("wp2012-short-7", "named"),
        ("wp2012-mid-4", "in_particular"),
        ("wp2012-long-1", "named"),
    ]


def test_the_joint_mission_to_mexico_by_query(ask):
    [mission] = ask("joint-activities", country="MEX", kind="joint_mission")
    assert mission["participants"] == ["iachr-rapporteur-freedom-expression", "sr-freedom-expression"]


def test_who_cites_the_inter_american_court(ask):
    cited_by = {
        (row["other"], row["kind"]) for row in ask("references-of", body="IACourtHR") if row["direction"] == "in"
    }
    assert ("cedaw", "cites_case_law") in cited_by
    [evidence] = [
        row for row in ask("reference-evidence", source="CEDAW", target="iacthr") if row["locator"] == "para. 53"
    ]
    assert evidence["symbol"] == "A/HRC/23/18"


def test_the_ohchr_units_carry_named_items_and_the_rhrms_only_collective_ones(ask):
    load = {row["owner"]: row for row in ask("owner-load", workplan=ANNEX_II, limit=100)}
    assert load["rhrms"]["collective"] == load["rhrms"]["items"] > 10
    assert load["ohchr-spb"]["named"] == load["ohchr-spb"]["items"]


# -- information shared between bodies (kind shares_information) -----------------------
def sharing(graph, source: str, target: str) -> list[dict]:
    """The shares_information references from ``source`` to ``target``, with their evidence."""
    return graph.read(
        "MATCH (:Mechanism {id: $source})-[:MAKES]->(r:Reference {kind: 'shares_information'})"
        "-[:ABOUT]->(:Mechanism {id: $target}) "
        "MATCH (:Mechanism {id: $source})-[l:REFERENCES {reference: r.id}]->(:Mechanism {id: $target}) "
        "RETURN r.status AS status, r.mutual AS mutual, l.mutual AS link_mutual, "
        "COLLECT { MATCH (r)-[:EVIDENCED_BY]->(e)-[:FROM]->(d) RETURN d.id + ' ' + e.locator } AS evidence "
        "ORDER BY status",
        {"source": source, "target": target},
    )


def attendees(graph, event: str) -> set[str]:
    query = "MATCH (m)-[:ATTENDED]->(:Event {id: $id}) RETURN m.id AS id"
    return {row["id"] for row in graph.read(query, {"id": event})}


def test_ohchr_and_the_african_commission_exchange_information_at_secretariat_level(loaded):
    # A/HRC/23/18 para. 13: "OHCHR shares with the African Commission ... weekly updates and forecasts of
    # activities"; para. 29: the Commission's focal point circulates them and is "in charge of exchanging notes".
    [row] = sharing(loaded[0], "ohchr", "achpr")
    assert (row["status"], row["mutual"], row["link_mutual"]) == ("practice", True, True)
    assert {
        "a-hrc-23-18-en para. 13",
        "a-hrc-23-18-en para. 29",
        "a-hrc-23-18-fr para. 13",
        "a-hrc-23-18-fr para. 29",
    } <= set(row["evidence"])
    assert sharing(loaded[0], "achpr", "ohchr") == []


def test_the_treaty_body_secretariats_liaise_one_way_with_regional_mechanisms_on_complaints(loaded):
    # A/HRC/23/18 para. 18: "The secretariats of the treaty bodies also liaise with regional human rights
    # mechanisms regarding individual complaints" (the Human Rights Treaties Division of OHCHR).
    [row] = sharing(loaded[0], "ohchr-hrtd", "rhrms")
    assert (row["status"], row["mutual"], row["link_mutual"]) == ("practice", None, None)
    assert set(row["evidence"]) == {"a-hrc-23-18-en para. 18", "a-hrc-23-18-fr para. 18"}


def test_the_two_childrens_committees_share_information_mutually_in_one_row(loaded):
    # A/HRC/23/18 para. 39: recommendations of the CRC and ACERWC joint working group meetings
    # "including on the sharing of information and on participation in the activities of the other body".
    graph, _ = loaded
    [row] = sharing(graph, "crc", "acerwc")
    assert (row["status"], row["mutual"], row["link_mutual"]) == ("recommended", True, True)
    assert {"a-hrc-23-18-en para. 39", "a-hrc-23-18-fr para. 39"} == set(row["evidence"])
    assert sharing(graph, "acerwc", "crc") == []


def test_special_procedures_share_recommendations_and_statements_with_the_african_commission_in_both_editions(loaded):
    # A/HRC/23/18 para. 13: end of mission statements "are also shared with the Commission, which reciprocates"
    # ("et réciproquement" in the French edition). The submits_information_to rows of the same paragraph stay.
    graph, _ = loaded
    [row] = sharing(graph, "special-procedures", "achpr")
    assert (row["status"], row["mutual"]) == ("practice", True)
    assert set(row["evidence"]) == {"a-hrc-23-18-en para. 13", "a-hrc-23-18-fr para. 13"}
    assert graph.read(
        "MATCH (:Mechanism {id: 'special-procedures'})-[r:REFERENCES {kind: 'submits_information_to'}]->"
        "(:Mechanism {id: 'achpr'}) RETURN r.status AS status"
    ) == [{"status": "practice"}]


def test_the_cpt_and_the_spt_are_proposed_to_share_their_reports_with_each_other(loaded):
    # A/HRC/23/18 para. 47 (CPT reports to the SPT, "In a similar way" SPT reports to the Committee), annex IV,
    # para. 1 ("the CPT with the SPT and vice-versa"), and A/HRC/15/56 para. 46 (planning information).
    [row] = sharing(loaded[0], "cpt", "spt")
    assert (row["status"], row["mutual"]) == ("proposed", True)
    assert set(row["evidence"]) == {
        "a-hrc-23-18-en para. 47",
        "a-hrc-23-18-fr para. 47",
        "a-hrc-23-18-en annex IV, para. 1",
        "a-hrc-15-56-zh para. 46",
    }
    assert sharing(loaded[0], "spt", "cpt") == []


def test_the_inter_american_system_sends_information_to_the_spt(loaded):
    # A/HRC/15/56 para. 22: "过去三年来美洲人权体制向禁止酷刑小组委员会的国际网页传送资料" (one way, in practice).
    [row] = sharing(loaded[0], "inter-american-system", "spt")
    assert (row["status"], row["mutual"], row["evidence"]) == ("practice", None, ["a-hrc-15-56-zh para. 22"])


def test_urgent_cases_are_to_be_exchanged_between_the_defenders_rapporteurs_of_four_systems(loaded):
    # A/HRC/15/56 para. 45 (c): the UN, Inter-American and African rapporteurs, the CoE Commissioner and the
    # OSCE focal point on human rights defenders "可设立一个可交流各自区域侵犯人权案情的体制".
    graph, _ = loaded
    partners = {
        row["partner"]
        for row in graph.read(
            "MATCH (:Mechanism {id: 'sr-hrd'})-[l:REFERENCES {kind: 'shares_information', status: 'proposed'}]->(p) "
            "WHERE l.mutual RETURN p.id AS partner"
        )
    }
    assert partners == {"iachr", "achpr-sr-hrd", "coe-commissioner", "osce-odihr"}


def test_the_focal_points_network_exchanges_updates_between_ohchr_and_the_regional_mechanisms(loaded):
    # Concept note 2016, annex 1: the network of focal points "coordinated by OHCHR, is active through remote
    # communication" and meets "to exchange updates on recent developments".
    [row] = [r for r in sharing(loaded[0], "ohchr", "rhrms") if r["status"] == "practice"]
    assert row["mutual"] is True
    assert set(row["evidence"]) == {"concept-note-2016 heading: Annex 1, Background"}


def test_npms_share_information_with_the_cpt_and_brief_the_iachr(loaded):
    # NPM guide, "Regional Monitoring Bodies": engage with the CPT "including by sharing information, reports,
    # priorities and recommendations"; brief IACHR Commissioners or Rapporteurs, "sharing findings and
    # recommendations". The CPT sends its report to the State, "the basis for an ongoing exchange".
    graph, _ = loaded
    for target in ("cpt", "iachr", "iachr-rapporteurships"):
        [row] = [r for r in sharing(graph, "npms", target) if r["status"] == "recommended"]
        assert row["mutual"] is None
        assert set(row["evidence"]) == {"npm-guide-interactions heading: Regional Monitoring Bodies"}
    [row] = sharing(graph, "cpt", "states")
    assert (row["status"], row["mutual"]) == ("practice", True)


def test_a_mutual_row_is_one_reference_never_repeated_the_other_way(loaded):
    graph, _ = loaded
    [counts] = graph.read(
        "MATCH (r:Reference {kind: 'shares_information'}) "
        "RETURN count(r) AS references, count(r.mutual) AS mutual, "
        "COUNT { MATCH ()-[l:REFERENCES {kind: 'shares_information'}]->() WHERE l.mutual } AS mutual_links"
    )
    assert counts == {"references": 67, "mutual": 43, "mutual_links": 43}
    assert (
        graph.read(
            "MATCH (a)-[l:REFERENCES {kind: 'shares_information'}]->(b)-[m:REFERENCES {kind: 'shares_information'}]->(a) "
            "WHERE l.status = m.status AND (l.mutual OR m.mutual) RETURN a.id AS a, b.id AS b"
        )
        == []
    )
    assert graph.read(
        "MATCH ()-[l:REFERENCES]->() WHERE l.kind <> 'shares_information' AND l.mutual IS NOT NULL "
        "RETURN count(l) AS marked"
    ) == [{"marked": 0}]


# -- every participant of the multi-party meetings -----------------------------------------
def test_the_side_event_of_para_40_had_the_four_regional_classes_it_names(loaded):
    # A/HRC/23/18 para. 40: "The panel included representatives from African, Inter-American, European and
    # ASEAN human rights mechanisms", convened by the Special Rapporteur on violence against women.
    graph, _ = loaded
    event = "side-event-2011-06-hrc17-regional-standards-vaw"
    assert attendees(graph, event) == {
        "african-human-rights-system",
        "inter-american-system",
        "european-human-rights-system",
        "asean-human-rights-mechanisms",
    }
    organizers = graph.read("MATCH (m)-[:ORGANIZED]->(:Event {id: $id}) RETURN m.id AS id", {"id": event})
    assert organizers == [{"id": "sr-vaw"}]


def test_the_europe_consultation_had_every_participant_of_annex_iv_and_para_4(loaded):
    # A/HRC/23/18 para. 4 (CoE, FRA, ODIHR; NHRIs, NGOs, academics), para. 36 (UN and regional mechanisms),
    # annex IV (CAT, SPT, Special Rapporteur on torture, CPT, the CoE NPM project of the Directorate General,
    # the Human Rights Department of ODIHR, AICHR, OHCHR, NPMs, NHRIs, civil society organizations).
    assert attendees(loaded[0], "regional-consultation-2011-12-geneva") == {
        "coe",
        "eu-fra",
        "osce-odihr",
        "odihr-human-rights-department",
        "un-hr-mechanisms",
        "nhris",
        "ngos",
        "academia",
        "cat",
        "spt",
        "sr-torture",
        "cpt",
        "coe-european-npm-project",
        "coe-dg-human-rights",
        "aichr",
        "ohchr",
        "npms",
        "csos",
    }


def test_the_president_of_the_council_opened_the_2012_workshop(loaded):
    # A/HRC/23/18 annex I, day 1: "H.E. Laura Dupuy Lasserre, President of the Human Rights Council".
    expected = {"hrc-president", "ohchr-nirms", "ohchr-hrtd", "ohchr-spb", "omct", "apt"}
    assert expected <= attendees(loaded[0], "workshop-2012-geneva")


def test_the_un_and_inter_american_coordination_meetings_record_the_two_classes_as_written(loaded):
    # A/HRC/23/18 annex III, para. 1: "representatives of the United Nations and the Inter-American Human
    # Rights mechanisms against torture met twice"; the coordination body is to promote "the participation of
    # civil society organizations, NPMs, and NHRIs".
    graph, _ = loaded
    taking_part = {
        row["activity"]: set(row["bodies"])
        for row in graph.read(
            "MATCH (m)-[:PARTICIPATED_IN]->(a:Activity) WHERE a.id IN $ids "
            "RETURN a.id AS activity, collect(m.id) AS bodies",
            {
                "ids": [
                    "un-ia-torture-mechanisms-meetings-2011",
                    "un-ia-torture-mechanisms-meeting-2011-11-28",
                    "meeting-un-inter-american-torture-coordination-body",
                ]
            },
        )
    }
    assert taking_part == {
        "un-ia-torture-mechanisms-meetings-2011": {"un-hr-mechanisms", "inter-american-system"},
        "un-ia-torture-mechanisms-meeting-2011-11-28": {"un-hr-mechanisms", "inter-american-system"},
        "meeting-un-inter-american-torture-coordination-body": {
            "un-hr-mechanisms",
            "inter-american-system",
            "csos",
            "npms",
            "nhris",
        },
    }


def test_the_2016_regional_consultations_are_events_only_with_civil_society_and_defenders(loaded):
    # Concept note 2016, "3. Methodology": four regional consultations held "to have in depth discussions with
    # civil society and human rights defenders in the respective regions"; Kigali was "on cooperation with CSOs,
    # HRDs and womens organisations". Each is one Event; the joint activities that repeated them are gone.
    graph, _ = loaded
    consultations = {
        row["id"]: attendees(graph, row["id"])
        for row in graph.read(
            "MATCH (e:Event {kind: 'regional_consultation'}) WHERE e.start STARTS WITH '2016' RETURN e.id AS id"
        )
    }
    assert set(consultations) == {
        "consultation-2016-04-washington",
        "consultation-2016-07-08-kigali",
        "consultation-2016-08-29-bali",
        "consultation-2016-09-21-warsaw",
    }
    assert all({"ohchr", "csos", "hrds"} <= bodies for bodies in consultations.values())
    assert consultations["consultation-2016-07-08-kigali"] == {"ohchr", "au", "csos", "hrds", "womens-organisations"}
    assert (
        graph.read(
            "MATCH (a:Activity) WHERE a.start STARTS WITH '2016' "
            "AND a.kind IN ['consultation', 'joint_event'] RETURN a.id AS id"
        )
        == []
    )
    assert graph.read("MATCH (a:Activity {id: 'joint-event-ohchr-ecthr-2015-10-regional-courts'}) RETURN a.id") == []


def test_the_2016_workshop_had_the_subregional_and_interregional_mechanisms_and_ngos(loaded):
    # Concept note 2016, "Participants": "regional, sub-regional and inter-regional human rights mechanisms";
    # annex 1: "international, regional, subregional and interregional human rights mechanisms, as well as
    # Member States, observers, NHRIs and NGOs".
    assert {
        "rhrms",
        "subregional-hrms",
        "interregional-hrms",
        "un-hr-mechanisms",
        "states",
        "observer-states",
        "nhris",
        "ngos",
    } <= attendees(loaded[0], "workshop-2016-geneva")


def test_information_sharing_shows_where_the_other_references_show(loaded):
    """A/HRC/23/18 paras. 13 and 29: OHCHR and the African Commission share information with each other."""
    from queries.catalogue import Catalogue

    graph, _ = loaded
    catalogue = Catalogue.load()
    pairs = {
        (row["source"], row["target"]): row["kinds"]
        for row in catalogue.run(graph, "who-cites-whom", {"kind": "shares_information", "limit": "500"})
    }
    assert pairs[("ohchr", "achpr")] == ["shares_information"]
    network = catalogue.run(graph, "network", {"relationships": ["references"], "max_nodes": "500"})[0]
    assert any(
        edge["source"] == "ohchr" and edge["target"] == "achpr" and "shares_information" in edge["details"]
        for edge in network["edges"]
    )
    briefing = {row["body"]: row for row in catalogue.run(graph, "briefing", {"bodies": "OHCHR, ACHPR"})}
    assert "shares_information" in str(briefing["ohchr"]) + str(briefing["achpr"])
