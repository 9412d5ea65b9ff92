"""Ingesting documents into the real database: paragraphs, mentions, citations, re-ingestion,
candidates and their review, and bad input."""

from __future__ import annotations

import shutil

import pytest

from graph.errors import MechGraphError
from loaders import documents as ingestion
from loaders import seeds
from loaders.documents import review, write
from loaders.documents.reading import UnreadableDocument
from queries.catalogue import Catalogue
from tests.conftest import ROOT, run_cli
from tests.test_ingest_structure import EN, FR, ZH

COUNTS = (
    "MATCH (p:Paragraph) WITH count(p) AS paragraphs "
    "OPTIONAL MATCH ()-[m:MENTIONS]->() WITH paragraphs, count(m) AS mentions "
    "OPTIONAL MATCH ()-[c:CITES]->() WITH paragraphs, mentions, count(c) AS citations "
    "OPTIONAL MATCH (k:Candidate) WITH paragraphs, mentions, citations, count(k) AS candidates "
    "MATCH (n) WITH paragraphs, mentions, citations, candidates, count(n) AS nodes "
    "MATCH ()-[r]->() RETURN paragraphs, mentions, citations, candidates, nodes, count(r) AS relationships"
)


@pytest.fixture(scope="module")
def seeded(neo4j_settings):
    """The seed graph with the English report ingested, once for the module."""
    from conftest import wipe
    from graph.connection import connect

    with connect(neo4j_settings) as graph:
        wipe(graph, drop_schema=False)
        seeds.load(graph)
        ingestion.ingest(graph, EN)
        yield graph


def counts(graph):
    return graph.read(COUNTS)[0]


def candidates(graph, status="candidate", **params):
    """The candidates as `mechgraph review` lists them (open ones unless ``status`` says otherwise)."""
    return Catalogue.load().run(graph, "candidates", {"status": status, **params})


def test_a_report_becomes_a_document_with_its_paragraphs(seeded):
    rows = seeded.read(
        "MATCH (p:Paragraph)-[:PART_OF]->(d:Document {id: 'a-hrc-23-18-en'}) "
        "RETURN p.kind AS kind, count(*) AS n ORDER BY kind"
    )
    by_kind = {row["kind"]: row["n"] for row in rows}
    assert by_kind["footnote"] == 17 and by_kind["annex_item"] == 26
    numbered = seeded.read(
        "MATCH (p:Paragraph {document: 'a-hrc-23-18-en', kind: 'paragraph'}) WHERE p.annex IS NULL RETURN count(p) AS n"
    )[0]["n"]
    assert numbered == 84
    note = seeded.read(
        "MATCH (:Paragraph {id: 'a-hrc-23-18-en:para-3'})-[:HAS_FOOTNOTE]->(f) RETURN f.locator AS l ORDER BY l"
    )
    assert [row["l"] for row in note] == ["footnote 2", "footnote 3", "footnote 4"]


def test_paragraphs_mention_the_bodies_they_name_with_the_words_used(seeded):
    rows = seeded.read(
        "MATCH (p:Paragraph {id: 'a-hrc-23-18-en:para-13'})-[m:MENTIONS]->(b) RETURN b.id AS id, m.surface AS surface"
    )
    found = {row["id"]: row["surface"] for row in rows}
    assert found["cpta"] == ["Committee for Prevention of Torture in Africa"]
    assert "achpr" in found and "ohchr" in found


def test_citations_link_to_held_documents_or_to_stubs_with_their_locator(seeded):
    rows = seeded.read(
        "MATCH (:Document {id: 'a-hrc-23-18-en'})-[c:CITES]->(t:Document) "
        "RETURN t.id AS id, t.held AS held, c.locator AS locator, c.quote AS quote"
    )
    by_target = {row["id"]: row for row in rows}
    assert by_target["a-hrc-15-56-zh"]["held"] is None  # the curated Chinese edition, held
    assert by_target["a-67-222"]["held"] is False and by_target["a-67-222"]["locator"] == "footnote 8"
    assert by_target["resolution-18-14"]["quote"]


def test_ingesting_again_changes_nothing(seeded):
    before = counts(seeded)
    report = ingestion.ingest(seeded, EN)
    assert report.replaced
    assert counts(seeded) == before


def test_a_failed_ingestion_leaves_the_previous_one_whole(seeded, monkeypatch):
    before = counts(seeded)

    def broken(tx, plan, report):
        raise MechGraphError("disk full")

    monkeypatch.setattr(write, "_write_candidates", broken)
    with pytest.raises(MechGraphError):
        ingestion.ingest(seeded, EN)
    assert counts(seeded) == before


def test_loading_the_seeds_again_keeps_what_ingestion_wrote(seeded):
    before = counts(seeded)
    seeds.load(seeded)
    assert counts(seeded) == before


def test_language_versions_of_one_symbol_are_translations(seeded):
    ingestion.ingest(seeded, FR)
    rows = seeded.read("MATCH (:Document {id: 'a-hrc-23-18-fr'})-[:TRANSLATION_OF]->(d) RETURN d.id AS id")
    assert [row["id"] for row in rows] == ["a-hrc-23-18-en"]
    french = seeded.read(
        "MATCH (:Paragraph {id: 'a-hrc-23-18-fr:para-17'})-[:MENTIONS]->(b) RETURN collect(b.id) AS ids"
    )[0]["ids"]
    assert "ccpr" in french  # le Comité des droits de l'homme, not the Council


def test_a_document_the_seeds_do_not_hold_gets_its_own_node(seeded, tmp_path):
    report_file = tmp_path / "workshop-2014.txt"
    report_file.write_text(
        "A/HRC/29/30\n\nGE.15-01234\n\n1. The African Commission on Human and Peoples’ Rights and the "
        "Inter-American Commission on Human Rights carried out a joint visit to the region, as "
        "recommended in A/HRC/23/18.\n\nA/HRC/29/30\n\n2. The Council took note.\n",
        encoding="utf-8",
    )
    report = ingestion.ingest(seeded, report_file)
    assert report.document_id == "a-hrc-29-30-en"
    document = seeded.read("MATCH (d:Document {id: 'a-hrc-29-30-en'}) RETURN d.symbol AS symbol, d.source AS source")[0]
    assert document == {"symbol": "A/HRC/29/30", "source": "extracted"}
    cited = seeded.read("MATCH (:Document {id: 'a-hrc-29-30-en'})-[:CITES]->(t) RETURN t.id AS id")
    assert [row["id"] for row in cited] == ["a-hrc-23-18-en"]
    assert report.candidates["activity"] == 1


def test_a_document_takes_the_place_of_its_cited_only_record_and_says_so(seeded, tmp_path):
    citing = tmp_path / "citing.txt"
    citing.write_text(
        "A/HRC/30/90\n\n1. As reported in A/HRC/31/99, the Council met.\n\nA/HRC/30/90\n", encoding="utf-8"
    )
    ingestion.ingest(seeded, citing)
    stub = "MATCH (s:Document {symbol: 'A/HRC/31/99'}) RETURN s.id AS id, s.held AS held"
    assert seeded.read(stub) == [{"id": "a-hrc-31-99", "held": False}]
    cited = tmp_path / "cited.txt"
    cited.write_text(
        "A/HRC/31/99 United Nations General Assembly Distr.: General 2 February 2016 Original: English\n\n"
        "Human Rights Council\nThirty-first session\nAgenda item 3\n\n"
        "1. The Inter-American Commission on Human Rights met the UN experts (A/HRC/31/99).\n",
        encoding="utf-8",
    )
    report = ingestion.ingest(seeded, cited)
    assert (report.document_id, report.symbol, report.stub) == ("a-hrc-31-99-en", "A/HRC/31/99", "A/HRC/31/99")
    assert "replaces the cited-only record of A/HRC/31/99" in ingestion.summary(report)
    assert seeded.read(stub) == [{"id": "a-hrc-31-99-en", "held": True}]
    document = seeded.read(
        "MATCH (d:Document {id: 'a-hrc-31-99-en'}) RETURN d.date AS date, d.session AS session, d.agenda AS agenda"
    )
    assert document == [{"date": "2016-02-02", "session": "Thirty-first session", "agenda": ["3"]}]
    cites = "MATCH (a:Document)-[:CITES]->(b:Document) WHERE b.symbol = 'A/HRC/31/99' RETURN a.id AS a, b.id AS b"
    assert seeded.read(cites) == [{"a": "a-hrc-30-90-en", "b": "a-hrc-31-99-en"}]  # and never itself
    again = ingestion.ingest(seeded, cited)
    assert again.stub is None and "cited-only" not in ingestion.summary(again)


def test_a_spanish_press_release_ingests_with_its_bodies_country_and_joint_visit(seeded):
    from tests.test_ingest_structure import JOINT_VISIT_ES

    report = ingestion.ingest(seeded, JOINT_VISIT_ES)  # its bodies from the registry's own Spanish names
    # the joint visit once (its title, a block of its own, is the headline too) and the joint mission
    assert report.lang == "es" and report.candidates["activity"] == 2
    named = seeded.read(
        "MATCH (:Document {id: $doc})<-[:PART_OF]-(:Paragraph)-[:MENTIONS]->(b) RETURN DISTINCT b.id AS id ORDER BY id",
        {"doc": report.document_id},
    )
    # "Relator Especial de Naciones Unidas", "experto independiente de la ONU": the UN qualifies the expert there
    # (tests/annotations/README.md), as in "UN Special Rapporteur"; the joint visit below is still the UN's and OAS's.
    assert {"iachr-rapporteur-freedom-expression", "oas", "sr-freedom-expression"} <= {r["id"] for r in named}
    visit = candidates(seeded, document=report.document_id, kind="activity")
    visit = [row for row in visit if row["detail"] == "joint_visit"]
    assert len(visit) == 1
    fact = review.accept(seeded, visit[0]["id"])
    country = seeded.read(
        "MATCH (a:Activity {id: $id})-[:IN_COUNTRY]->(c:Country) RETURN a.kind AS kind, c.code AS code", {"id": fact}
    )
    assert country == [{"kind": "joint_visit", "code": "MEX"}]


def test_candidates_are_kept_apart_until_accepted_and_decisions_survive_reingestion(seeded):
    listed = candidates(seeded, document="a-hrc-23-18-en", kind="activity")
    assert listed and all(row["status"] == "candidate" for row in listed)
    facts_before = seeded.read("MATCH (a:Activity) RETURN count(a) AS n")[0]["n"]
    accepted, rejected = listed[0]["id"], listed[1]["id"]
    activity = review.accept(seeded, accepted)
    review.reject(seeded, rejected)
    fact = seeded.read(
        "MATCH (a:Activity {id: $id})-[:EVIDENCED_BY]->(e:Evidence)-[:FROM]->(d:Document) "
        "OPTIONAL MATCH (b)-[:PARTICIPATED_IN]->(a) "
        "RETURN a.source AS source, e.status AS status, e.locator AS locator, d.id AS document, "
        "count(b) AS participants",
        {"id": activity},
    )[0]
    assert fact["source"] == "reviewed" and fact["status"] == "accepted" and fact["document"] == "a-hrc-23-18-en"
    assert fact["participants"] >= 2
    assert seeded.read("MATCH (a:Activity) RETURN count(a) AS n")[0]["n"] == facts_before + 1

    report = ingestion.ingest(seeded, EN)
    assert report.decided >= 2
    statuses = {row["id"]: row["status"] for row in candidates(seeded, status=None, document="a-hrc-23-18-en")}
    assert statuses[accepted] == "accepted" and statuses[rejected] == "rejected"
    assert seeded.read("MATCH (a:Activity {id: $id}) RETURN count(a) AS n", {"id": activity})[0]["n"] == 1
    with pytest.raises(MechGraphError, match="already accepted"):
        review.accept(seeded, accepted)


def test_an_accepted_cross_reference_joins_the_citation_network(seeded):
    candidate = candidates(seeded, document="a-hrc-23-18-en", kind="reference")[0]
    reference = review.accept(seeded, candidate["id"], source="iachr", target="ccpr")
    link = seeded.read(
        "MATCH (:Mechanism {id: 'iachr'})-[r:REFERENCES {reference: $id}]->(:Mechanism {id: 'ccpr'}) "
        "RETURN r.kind AS kind, r.source AS source",
        {"id": reference},
    )
    assert link and link[0]["source"] == "reviewed"
    drawn = seeded.read(
        "MATCH (:Mechanism {id: 'iachr'})-[l:LINKED {type: 'references'}]->(:Mechanism {id: 'ccpr'}) "
        "WHERE $id IN l.via RETURN l.weight AS weight",
        {"id": reference},
    )
    assert drawn and drawn[0]["weight"] >= 1  # the network page and centrality see it at once


def test_graph_counts_lists_every_label_and_type_the_graph_holds(seeded):
    listed = {(row["kind"], row["name"]): row["count"] for row in Catalogue.load().run(seeded, "graph-counts")}
    # The labels and types of what the graph holds (db.labels() also lists labels that only a constraint names).
    present = {
        ("node", row["label"])
        for row in seeded.read("MATCH (n) UNWIND labels(n) AS label RETURN DISTINCT label")
        if row["label"] != "Meta"
    }
    present |= {
        ("relationship", row["type"])
        for row in seeded.read("MATCH ()-[r]->() RETURN DISTINCT type(r) AS type")
        if row["type"] not in ("LINKED", "TIE")
    }
    assert set(listed) == present
    assert listed[("node", "Paragraph")] == seeded.read("MATCH (p:Paragraph) RETURN count(p) AS n")[0]["n"]


def test_workplan_owners_that_differ_from_the_curated_ones_are_reported(seeded):
    report = ingestion.ingest(seeded, EN)
    assert all(line.startswith("annex II, ") for line in report.workplan)
    owners = candidates(seeded, document="a-hrc-23-18-en", kind="workplan_owner")
    assert all(row["item"].startswith("wp2012-") for row in owners)


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file"),
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n", "PDF cannot be read"),
        (
            "Der Rat und die Staaten, die mit dem Ausschuss für die Rechte des Kindes arbeiten, ist nicht "
            "der einzige".encode(),
            "could not tell the language",
        ),
    ],
)
def test_bad_input_is_refused_with_a_clear_message_and_nothing_written(
    graph, neo4j_settings, tmp_path, content, expected
):
    from tests.test_load import _env

    path = tmp_path / "report.txt"
    path.write_bytes(content)
    result = run_cli("ingest", str(path), env=_env(neo4j_settings))
    assert result.returncode == 1
    assert expected in result.stderr and str(path) in result.stderr
    assert "Traceback" not in result.stderr
    assert graph.read("MATCH (n) WHERE NOT n:Meta RETURN count(n) AS n")[0]["n"] == 0


def test_a_file_of_50_mb_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(UnreadableDocument, match="the file is 50 MB"):
        ingestion.prepare(path, finder=None)


def test_one_bad_file_among_several_stops_the_ingestion_before_anything_is_written(graph, neo4j_settings, tmp_path):
    from tests.test_load import _env

    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run_cli("ingest", str(EN), str(empty), env=_env(neo4j_settings))
    assert result.returncode == 1 and "empty" in result.stderr
    assert graph.read("MATCH (p:Paragraph) RETURN count(p) AS n")[0]["n"] == 0


def test_the_cli_ingests_reviews_and_rejects(graph, neo4j_settings, tmp_path):
    from tests.test_load import _env

    env = _env(neo4j_settings)
    decisions = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", decisions, ignore=shutil.ignore_patterns("documents"))
    ingested = run_cli("ingest", str(ZH), env=env)
    assert ingested.returncode == 0, ingested.stderr
    assert "a-hrc-15-56-zh (A/HRC/15/56)" in ingested.stdout and "language zh (detected)" in ingested.stdout
    listed = run_cli("review", "--format", "json", env=env)
    assert listed.returncode == 0, listed.stderr
    import json

    rows = json.loads(listed.stdout)
    assert rows and {row["status"] for row in rows} == {"candidate"}
    rejected = run_cli("review", "--reject", rows[0]["id"], "--seeds", str(decisions), env=env)
    assert rejected.returncode == 0 and f"Rejected {rows[0]['id']}." in rejected.stderr
    assert f"candidate: {rows[0]['id']}" in (decisions / "decisions" / "review.yaml").read_text()
    unknown = run_cli("review", "--accept", "cand-nothing", env=env)
    assert unknown.returncode == 1 and "no candidate 'cand-nothing'" in unknown.stderr
