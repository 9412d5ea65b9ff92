"""The dashboard in the label language chosen, and the ways from a body to its connections and from a link to its
facts: pages run by Streamlit's app testing against the seed graph (tests/test_dashboard.py's fixture)."""

from __future__ import annotations

import pytest

from dashboard.words import NODE_TYPES, WORDS
from queries.catalogue import Catalogue
from registry import vocabulary
from tests.test_dashboard import page, seed_graph  # noqa: F401 (fixture)

EVERY_VOCABULARY = [
    value for value in vars(vocabulary).values() if isinstance(value, vocabulary.Vocabulary) and value.labels
] + [WORDS, NODE_TYPES]


def texts(app) -> str:
    """Everything a page wrote as text: markdown, captions, subheaders, infos, warnings, tables and widget options."""
    parts = [
        element.value for kind in ("markdown", "caption", "subheader", "info", "warning") for element in app.get(kind)
    ]
    parts += [frame.value.to_csv() for frame in app.dataframe]
    parts += [option for widget in [*app.multiselect, *app.selectbox] for option in widget.options]
    return "\n".join(str(part) for part in parts)


@pytest.mark.parametrize("words", EVERY_VOCABULARY, ids=lambda words: words.name)
def test_every_value_has_its_own_words_in_french_chinese_and_spanish(words):
    for lang in ("fr", "zh", "es"):
        said = [words.label(value, lang) for value in words]
        assert all(said), (words.name, lang)
        # No two values read alike: a filter never offers the same words twice.
        assert len(set(said)) == len(said), (words.name, lang, said)
    # English stays the default, for the command line and every other caller.
    assert [words.label(value) for value in words] == [words.label(value, "en") for value in words]


def test_the_network_in_chinese_shows_kinds_statuses_and_systems_in_chinese(seed_graph):  # noqa: F811
    app = page("network", lang="zh", node="sr-hrd")
    assert not app.exception and not app.error
    shown = texts(app)
    assert any("kind: 特别程序" in md.value for md in app.markdown)  # the Special Rapporteur's details
    assert "联合国" in shown and "区域" in shown  # the systems filter and the legend
    assert "已举行" in shown and "拟议" in shown  # the status filter, legend and links
    assert "联合活动" in shown  # a link type
    assert "机构类别" in shown  # a node type
    # Never a value as stored, nor its English words (body names aside: some have no Chinese name).
    for raw in ("special_procedure", "civil_society", "asia_pacific"):
        assert raw not in shown, raw
    legend = next(md.value for md in app.markdown if "mechgraph-legend" in md.value)
    for english in ("civil society", "held", "proposed", "joint activity", "body"):
        assert english not in legend, english
    english = page("network", node="sr-hrd")
    assert any("kind: special procedure" in md.value for md in english.markdown)
    assert "特别程序" not in texts(english)


def test_the_workplan_and_citations_in_french_show_roles_and_kinds_in_french(seed_graph):  # noqa: F811
    citations = page("citations", lang="fr")
    assert not citations.exception
    shown = texts(citations)
    assert "assure le suivi des recommandations de" in shown and "proposé" in shown
    assert "follows up the recommendations of" not in shown and "follows_up_recommendations" not in shown
    workplan = page("workplan", lang="fr")
    assert not workplan.exception
    terms = next(box.options for box in workplan.selectbox if box.label == "Term")
    assert terms == ["tous", "court terme", "moyen terme", "long terme"]


def test_joint_activities_in_chinese_say_kinds_and_undated_in_chinese(seed_graph):  # noqa: F811
    app = page("activities", lang="zh")
    assert not app.exception
    shown = texts(app)
    assert "联合声明" in shown and "未注明日期" in shown
    assert "joint_statement" not in shown and "date not stated" not in shown


def test_a_selected_body_links_to_its_connections_and_the_connections_back_to_the_network(seed_graph):  # noqa: F811
    app = page("network", node="iachr")
    [link] = [link for link in app.get("page_link") if "connected to" in link.proto.label]
    assert link.proto.label == "How is Inter-American Commission on Human Rights (IACHR) connected to…"
    assert link.proto.query_string == "from=iachr"
    assert link.proto.page.endswith("connections")

    connections = page("connections", **{"from": "iachr", "to": "spt"})
    assert not connections.exception
    [back] = [link for link in connections.get("page_link") if "in the network" in link.proto.label]
    assert back.proto.query_string == "body=Inter-American+Commission+on+Human+Rights&node=spt&depth=2"
    assert back.proto.page.endswith("network")


def test_a_link_chosen_in_the_url_shows_its_sentence_and_its_facts_with_their_evidence(seed_graph):  # noqa: F811
    evidence = Catalogue.load().run(seed_graph, "reference-evidence", {"source": "iachr", "target": "spt"})
    facts_behind, quotes = {row["fact"] for row in evidence}, {row["quote"] for row in evidence}
    app = page("network", body="iachr", pair="iachr~spt", ptype="references")
    assert not app.exception and not app.error
    assert "The link chosen" in [header.value for header in app.subheader]
    assert any("IACHR cites Subcommittee on Prevention of Torture in 3 places" in md.value for md in app.markdown)
    [facts] = [frame.value for frame in app.dataframe if "quote" in frame.value.columns]
    assert len(facts) == len(facts_behind) == 3
    assert set(facts["document"]) == {"A/HRC/23/18"}
    assert set(facts["quote"]) <= quotes
    # A fact chosen (kept in the URL under "fact") opens its evidence: every quote of that reference.
    fact = "ref-iachr-shares-information-spt-proposed"
    chosen = page("network", body="iachr", pair="iachr~spt", ptype="references", fact=fact)
    shown = [md.value for md in chosen.markdown]
    for quote in (row["quote"] for row in seed_evidence(seed_graph, fact)):
        assert f"> {quote}" in shown


def seed_evidence(graph, fact: str) -> list[dict]:
    return Catalogue.load().run(graph, "fact-evidence", {"id": fact})


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ({"pair": "zzz"}, "The link's pair “zzz” does not name two bodies of the graph"),
        ({"pair": "iachr~nobody"}, "The link's pair “iachr~nobody” does not name two bodies of the graph"),
        ({"pair": "iachr~spt", "ptype": "bogus"}, "The link's link type “bogus” is not one of"),
    ],
)
def test_a_bad_pair_in_the_url_is_one_plain_sentence(seed_graph, query, said):  # noqa: F811
    app = page("network", **query)
    assert not app.exception and not app.error
    assert any(said in warning.value for warning in app.warning)


def test_a_pair_with_no_link_drawn_says_so(seed_graph):  # noqa: F811
    app = page("network", pair="achpr~spt", ptype="event")  # events are not drawn unless asked
    assert not app.exception
    assert [info.value for info in app.info] == [
        "No link of the kind “met at an event” between ACHPR and Subcommittee on Prevention of Torture is drawn "
        "under these filters."
    ]


@pytest.mark.parametrize(
    "lang, said",
    [
        ("fr", ("ont pris part à « Annual joint", "déclaration conjointe", "réalisé")),
        ("zh", ("共同参与了“Annual joint", "联合声明", "已举行")),
    ],
)
def test_a_connection_through_an_activity_is_said_in_the_label_language(seed_graph, lang, said):  # noqa: F811
    app = page("connections", lang=lang, **{"from": "osce-rfom", "to": "sr-freedom-expression"})
    assert not app.exception
    [sentence] = [block.value for block in app.markdown if "Annual joint" in block.value]
    assert all(words in sentence for words in said), sentence
    assert " took part in " not in sentence
