"""Documents: every held document, what is cited but not held, one document's text, full-text search, and uploads."""

import html
from pathlib import Path

import streamlit as st

from dashboard.common import (
    ask,
    bodies,
    body_label,
    documents_named,
    graph_or_stop,
    index_of,
    is_empty,
    language,
    pick_body,
    pick_document,
    url_document,
)
from dashboard.documents import mark, snippet
from dashboard.paging import local_page, paged, pager
from dashboard.params import keep_in_url, url_choice, url_text, warn
from dashboard.upload import add_document
from dashboard.words import WORDS
from registry.vocabulary import DOCUMENT_KINDS, LANGUAGES

HERE = Path(__file__)
NETWORK = HERE.parent / "network.py"
PAGE_SIZE = 25  # documents, or cited symbols, per page
PART_SIZE = 40  # paragraphs of one document per page
SECTIONS = {"list": "Documents", "search": "Search the text", "add": "Add a document"}


def _languages(codes) -> str:
    return ", ".join(LANGUAGES.label(code, lang) for code in codes or [])


def _named(row: dict | None, fallback: str) -> str:
    """A document as people cite it: its symbol and language, or its title."""
    if row is None:
        return fallback
    label = row.get("symbol") or row.get("title") or row["id"]
    return f"{label} ({LANGUAGES.label(row['lang'], lang)})" if row.get("lang") else label


# -- the list ------------------------------------------------------------------------------
def document_list() -> None:
    held = paged("held-documents", key="list_page", size=PAGE_SIZE)
    shown = held.rows
    st.subheader(f"Held documents ({held.total:,})")
    if not shown:
        st.info("The graph holds no document. Load the curated data with `mechgraph load`.")
    pager(held, "documents")
    st.dataframe(
        [
            {
                "symbol": row["symbol"] or "—",
                "language": LANGUAGES.label(row["lang"], lang) if row["lang"] else "—",
                "date": row["date"] or "—",
                "paragraphs": row["paragraphs"],
                "mentions": row["mentions"],
                "translations": _languages(row["translations"]) or "—",
                "ingested": (row["ingested_at"] or "not ingested")[:16].replace("T", " "),
                "kind": DOCUMENT_KINDS.label(row["kind"], lang) if row["kind"] else "—",
                "title": row["title"],
            }
            for row in shown
        ],
        hide_index=True,
        column_config={"title": st.column_config.TextColumn(width="large")},
    )
    if any(row["paragraphs"] for row in shown):
        st.caption("Open a document to read its text:")
    for row in shown:
        if row["paragraphs"]:
            st.page_link(
                HERE, label=_named(row, row["id"]), query_params={"document": row["id"]}, icon=":material/article:"
            )

    cited = paged("cited-not-held", key="cited_page", size=PAGE_SIZE)
    st.subheader(f"Cited but not held ({cited.total:,})")
    if not cited.rows:
        st.caption("Every document the ingested ones cite is held (or nothing is ingested yet).")
        return
    pager(cited, "symbols")
    names = documents_named(doc for row in cited.rows for doc in row["citing"])
    st.dataframe(
        [
            {
                "symbol": row["symbol"],
                "kind": DOCUMENT_KINDS.label(row["kind"], lang) if row["kind"] in DOCUMENT_KINDS else "UN document",
                "citations": row["citations"],
                "cited by": "; ".join(_named(names.get(doc), doc) for doc in row["citing"]),
            }
            for row in cited.rows
        ],
        hide_index=True,
    )


# -- one document --------------------------------------------------------------------------
def _links(row: dict, known: dict, lang: str, held: dict) -> None:
    """The bodies a paragraph mentions, as links to their profile, and the documents it cites."""

    def first_seen(mention: dict) -> int:
        places = [row["text"].find(surface) for surface in mention["surfaces"] or []]
        return min((place for place in places if place >= 0), default=len(row["text"]))

    for mention in sorted(row["mentions"], key=first_seen):  # in the order the text names them
        body = known.get(mention["body"], {"id": mention["body"]})
        st.page_link(
            NETWORK, label=body_label(body, lang), query_params={"body": mention["body"]}, icon=":material/hub:"
        )
    for citation in row["citations"]:
        if citation["held"] and citation["document"] in held:
            st.page_link(
                HERE,
                label=f"cites {_named(held[citation['document']], citation['symbol'])}",
                query_params={"document": citation["document"]},
                icon=":material/article:",
            )
        else:
            st.caption(f"cites {citation['symbol']} (not held)")


def _paragraph(row: dict, known: dict, lang: str, held: dict, footnote: bool = False) -> None:
    surfaces = [surface for mention in row["mentions"] for surface in mention["surfaces"] or []]
    text = mark(row["text"], surfaces)
    if footnote:
        st.markdown(f"<small><b>{html.escape(row['locator'])}</b>: {text}</small>", unsafe_allow_html=True)
    else:
        st.markdown(f"**{row['locator']}**")
        st.markdown(text, unsafe_allow_html=True)
    if row["mentions"] or row["citations"]:
        with st.container(horizontal=True):
            _links(row, known, lang, held)


def document_view(doc: dict, lang: str) -> None:
    st.page_link(HERE, label="All documents", icon=":material/arrow_back:")
    st.subheader(_named(doc, doc["id"]))
    facts = [
        doc["title"],
        doc["date"],
        f"translations: {_languages(doc['translations'])}" if doc["translations"] else None,
        f"{doc['paragraphs']} paragraphs, {doc['mentions']} mentions",
    ]
    st.caption(" · ".join(str(fact) for fact in facts if fact))
    rows = ask("document-paragraphs", document=doc["id"])
    if not rows:
        st.info(
            f"{_named(doc, doc['id'])} is not ingested: its text is not in the graph. Ingest its file to read it here."
        )
        return
    by_id = {row["id"]: row for row in rows}
    held = documents_named(citation["document"] for row in rows for citation in row["citations"] if citation["held"])
    called = {note for row in rows for note in row["footnotes"]}
    flow = [row for row in rows if row["id"] not in called]  # footnotes show under the paragraph calling them
    known = bodies()
    # ?at=<paragraph id>, as a search hit links: the page holding that paragraph, the paragraph marked
    at = url_text("at")
    ids = [row["id"] for row in flow]
    at = next((row["id"] for row in rows if at in row["footnotes"]), at)  # a footnote shows under its caller
    if at and at not in ids:
        warn(f"{_named(doc, doc['id'])} has no paragraph “{at}”; showing its text from the start.")
        at = None
    start = 1 + ids.index(at) // PART_SIZE if at else 1
    keep_in_url(at=at)
    part = local_page(flow, key="part", size=PART_SIZE, start=start)
    pager(part, "paragraphs")
    for row in part.rows:
        with st.container(border=True):
            if row["id"] == at:
                st.caption("The search found this paragraph (or its footnote).")
            _paragraph(row, known, lang, held)
            for note in row["footnotes"]:
                if note in by_id:
                    _paragraph(by_id[note], known, lang, held, footnote=True)


# -- search --------------------------------------------------------------------------------
def search(lang: str) -> None:
    words = st.text_input(
        'Words to find (every word must be there; "a phrase" in double quotes)', value=url_text("q"), key="q"
    )
    columns = st.columns(3)
    with columns[0]:
        codes = [None, *LANGUAGES]
        language_of = st.selectbox(
            "Language",
            codes,
            index=index_of(codes, url_choice("language", list(LANGUAGES), what="language")),
            format_func=lambda code: (
                ("all languages" if lang == "en" else WORDS.label("all", lang))
                if code is None
                else LANGUAGES.label(code, lang)
            ),
            key="language",
        )
    with columns[1]:
        within = pick_document(
            "Document",
            "within",
            lambda row: _named(row, row["id"]),
            chosen=url_document("within", ingested=True),
            ingested=True,
            everything="all documents",
        )
    with columns[2]:
        body = pick_body("Mentioning the body", "body", HERE, lang)
    keep_in_url(q=words or None, language=language_of, within=within, body=body)
    if not words.strip():
        st.caption("Type words to search every ingested paragraph, in every language.")
        return
    index = ask("fulltext-index")
    if not index or index[0]["state"] != "ONLINE":
        st.info(
            "The full-text index of the paragraphs is not ready"
            + (f" ({index[0]['population']:.0f}% built)" if index else "; create it with `mechgraph db init`")
            + ", then search again."
        )
        return
    hits = ask("paragraph-search", words=words, language=language_of, document=within, body=body, limit=100)
    if not hits:
        st.info("No paragraph has all these words" + (" with these filters." if language_of or within or body else "."))
        return
    st.caption(
        f"{len(hits)} paragraph{'s' if len(hits) > 1 else ''}, the best match first"
        + (" (the first 100)" if len(hits) == 100 else "")
        + "."
    )
    names = documents_named(hit["document"] for hit in hits)
    for rank, hit in enumerate(hits, 1):
        with st.container(border=True):
            document = names.get(hit["document"])
            st.markdown(f"{rank}. **{_named(document, hit['symbol'] or hit['document'])}** · {hit['locator']}")
            st.markdown(snippet(hit["text"], words), unsafe_allow_html=True)
            st.page_link(
                HERE,
                label="Read it in the document",
                query_params={"document": hit["document"], "at": hit["paragraph"]},
                icon=":material/article:",
            )


# -- the page ------------------------------------------------------------------------------
st.title("Documents")
graph_or_stop()
if is_empty():  # a document can still be added, so the page goes on
    st.info(
        "The graph is empty. Load the curated data with `mechgraph load` (or run `make run`), or add a document here."
    )
lang = language()
chosen = url_text("document")
if chosen:
    found = ask("held-documents", documents=[chosen])
    if found:
        keep_in_url(document=chosen)
        document_view(found[0], lang)
        st.stop()
    warn(f"No held document has the id “{chosen}”; here is the list of those the graph holds.")
    keep_in_url(document=None)

sections = list(SECTIONS)
section = st.radio(
    "Show",
    sections,
    index=index_of(sections, url_choice("view", sections, "list", "section")),
    format_func=SECTIONS.get,
    horizontal=True,
    key="view",
    label_visibility="collapsed",
)
keep_in_url(view=None if section == "list" else section)
if section == "list":
    document_list()
elif section == "search":
    search(lang)
else:
    add_document()
