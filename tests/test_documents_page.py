"""The Documents page and its queries, on the seed graph with the five seed documents ingested.

The page runs in Streamlit's own app testing (as in test_dashboard.py); the queries run
through the catalogue as ``mechgraph query`` runs them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from conftest import wipe
from dashboard import auth
from graph.connection import connect
from graph.errors import MechGraphError
from loaders import seeds
from loaders.documents import ingest
from queries.catalogue import Catalogue
from registry.names import SEEDS
from tests.test_auth import shared  # noqa: F401  (the fixture)

APP = str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py")
SEED_FILES = sorted((SEEDS / "documents").glob("*.txt"))


@pytest.fixture(scope="module")
def ingested(neo4j_settings):
    """The seed graph with every seed document ingested, and the dashboard pointed at it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEO4J_URI", neo4j_settings.uri)
        patch.setenv("NEO4J_USERNAME", neo4j_settings.username)
        patch.setenv("NEO4J_PASSWORD", neo4j_settings.password)
        with connect(neo4j_settings) as graph:
            wipe(graph, drop_schema=False)
            seeds.load(graph)
            for path in SEED_FILES:
                ingest(graph, path)
            yield graph


def run(graph, name: str, **params) -> list[dict]:
    return Catalogue.load().run(graph, name, params)


def page(**query) -> AppTest:
    """The Documents page as a browser opens it, with the view given in its URL."""
    st.cache_data.clear()
    app = AppTest.from_file(APP, default_timeout=120)
    app.switch_page("views/documents.py")
    for key, value in query.items():
        app.query_params[key] = value
    return app.run()


def marked(app: AppTest) -> list[str]:
    return [block.value for block in app.markdown if "<mark>" in block.value]


# -- queries -------------------------------------------------------------------------------
def test_the_held_documents_have_their_counts_and_translations(ingested):
    rows = {row["id"]: row for row in run(ingested, "held-documents")}
    assert len(SEED_FILES) == 5 and len(rows) == 5
    english = rows["a-hrc-23-18-en"]
    assert english["translations"] == ["fr"] and rows["a-hrc-23-18-fr"]["translations"] == ["en"]
    assert (
        english["paragraphs"]
        == ingested.read("MATCH (p:Paragraph {document: 'a-hrc-23-18-en'}) RETURN count(p) AS n")[0]["n"]
    )
    assert english["mentions"] > 0 and english["ingested_at"]
    assert all(row["paragraphs"] > 0 for row in rows.values())


def test_cited_symbols_not_held_name_the_documents_citing_them(ingested):
    cited = run(ingested, "cited-not-held")
    assert cited and all(row["citing"] for row in cited)
    assert "A/HRC/23/18" not in {row["symbol"] for row in cited}  # held, so never listed
    stubs = ingested.read("MATCH (s:Document) WHERE s.held = false RETURN count(s) AS n")[0]["n"]
    assert len(cited) == stubs


def test_a_documents_paragraphs_come_in_the_order_of_its_text(ingested):
    rows = run(ingested, "document-paragraphs", document="a-hrc-23-18-en")
    positions = [row["position"] for row in rows]
    assert positions == sorted(positions) == list(range(len(rows)))
    locators = [row["locator"] for row in rows]
    assert locators.index("para. 52") < locators.index("para. 53") < locators.index("para. 54")
    para53 = rows[locators.index("para. 53")]
    assert "cedaw" in {mention["body"] for mention in para53["mentions"]}


def test_the_search_finds_joint_visits_mentioning_the_spt_best_first(ingested):
    hits = run(ingested, "paragraph-search", words="joint visit", body="SPT")
    assert hits
    assert [hit["score"] for hit in hits] == sorted((hit["score"] for hit in hits), reverse=True)
    for hit in hits:
        assert "joint" in hit["text"].lower() and "visit" in hit["text"].lower()
        mentioned = ingested.read(
            "MATCH (:Paragraph {id: $id})-[:MENTIONS]->(b) RETURN collect(b.id) AS ids", {"id": hit["paragraph"]}
        )
        assert "spt" in mentioned[0]["ids"]
    everywhere = run(ingested, "paragraph-search", words="joint visit")
    assert len(everywhere) > len(hits)


def test_the_search_finds_chinese_by_its_own_index(ingested):
    hits = run(ingested, "paragraph-search", words="区域机制", language="zh")
    assert hits and {hit["language"] for hit in hits} == {"zh"}
    assert all("区域" in hit["text"] or "机制" in hit["text"] for hit in hits)


def test_the_full_text_index_is_built_by_the_schema(ingested):
    assert run(ingested, "fulltext-index") == [{"name": "paragraph_text", "state": "ONLINE", "population": 100.0}]


def test_lucene_syntax_typed_in_a_search_is_words_not_syntax(ingested):
    for typed in ("joint AND (visit", 'visit* OR "', "title:joint", "a\\b [c TO d]"):
        run(ingested, "paragraph-search", words=typed)  # never a parse error from Lucene
    with pytest.raises(MechGraphError, match="needs words"):
        run(ingested, "paragraph-search", words='" ! "')


# -- the page ------------------------------------------------------------------------------
def test_the_list_shows_the_seed_documents(ingested):
    app = page()
    assert not app.exception
    listed = app.dataframe[0].value
    assert {"A/HRC/23/18", "A/HRC/15/56"} <= set(listed["symbol"])
    assert len(listed) == 5 and (listed["paragraphs"] > 0).all()
    assert set(listed["language"]) == {"English", "Français", "中文"}
    cited = app.dataframe[1].value
    assert len(cited) and cited["cited by"].str.len().min() > 0


def test_a_document_shows_paragraph_53_with_its_cedaw_mention(ingested):
    flow = [row for row in run(ingested, "document-paragraphs", document="a-hrc-23-18-en") if row["kind"] != "footnote"]
    part = 1 + [row["locator"] for row in flow].index("para. 53") // 40
    app = page(document="a-hrc-23-18-en", part=str(part))
    assert not app.exception and not app.warning
    blocks = [block.value for block in app.markdown]
    at = blocks.index("**para. 53**")
    assert "<mark>CEDAW</mark>" in blocks[at + 1] or "<mark>Committee on the Elimination" in blocks[at + 1]
    links = [
        (link.label, link.query_params if hasattr(link, "query_params") else None) for link in app.get("page_link")
    ]
    assert any("CEDAW" in label for label, _ in links)


def test_a_search_for_joint_visits_with_the_spt_marks_the_words(ingested):
    app = page(view="search", q="joint visit", body="SPT")
    assert not app.exception and not app.warning
    assert any("best match first" in caption.value for caption in app.caption)
    snippets = marked(app)
    assert len(snippets) == len(run(ingested, "paragraph-search", words="joint visit", body="SPT"))
    assert all("<mark>joint</mark>" in s.lower() or "<mark>visit" in s.lower() for s in snippets)
    assert app.selectbox(key="pick-body").value == "spt"


def test_a_chinese_search_finds_a_chinese_paragraph(ingested):
    app = page(view="search", q="区域机制")
    assert not app.exception
    snippets = marked(app)
    assert snippets and any("<mark>区域机制</mark>" in s for s in snippets)


def test_a_bad_document_in_the_link_is_explained(ingested):
    app = page(document="zzz")
    assert not app.exception
    assert any("No held document has the id “zzz”" in warning.value for warning in app.warning)
    assert app.dataframe[0].value["symbol"].tolist()  # the list is shown instead


def test_a_search_hit_opens_its_document_at_the_page_of_the_paragraph(ingested):
    flow = [row for row in run(ingested, "document-paragraphs", document="a-hrc-23-18-en") if row["kind"] != "footnote"]
    at = next(row for row in flow if row["locator"] == "para. 53")
    app = page(document="a-hrc-23-18-en", at=at["id"])
    assert not app.exception and not app.warning
    part = 1 + flow.index(at) // 40
    assert app.query_params["part"] == str(part) and f"page {part} of" in " ".join(b.value for b in app.markdown)
    assert "The search found this paragraph (or its footnote)." in [caption.value for caption in app.caption]
    assert "**para. 53**" in [block.value for block in app.markdown]


def test_a_footnote_shows_under_its_paragraph_with_a_link_to_the_held_document_it_cites(ingested):
    app = page(document="a-hrc-23-18-en", at="a-hrc-23-18-en:footnote-3")
    assert not app.exception and not app.warning
    assert any(block.value.startswith("<small><b>footnote 3</b>: ") for block in app.markdown)
    assert "cites A/HRC/15/56 (中文)" in [link.value for link in app.get("page_link")]
    assert "The search found this paragraph (or its footnote)." in [caption.value for caption in app.caption]


def test_a_shared_dashboard_open_for_reading_asks_for_sign_in_before_an_upload(ingested, shared, monkeypatch):  # noqa: F811
    monkeypatch.setenv(auth.PUBLIC_READ, "1")
    listed = page()
    assert not listed.exception and len(listed.dataframe[0].value) == 5  # reading is open
    adding = page(view="add")
    assert not adding.exception
    assert [widget.label for widget in adding.text_input] == ["Password"]
    assert not adding.get("file_uploader")
