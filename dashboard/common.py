"""What every dashboard page shares: the graph, the catalogue, the view kept in the URL.

Pages ask questions only through :func:`ask` (the queries/ catalogue), never with Cypher of
their own, so the dashboard and ``mechgraph query`` always give the same answers.
"""

from __future__ import annotations

import streamlit as st

from graph.connection import connect
from graph.errors import MechGraphError
from graph.settings import settings_from
from queries.catalogue import Catalogue
from registry.names import Resolver
from registry.vocabulary import LANGUAGES, Vocabulary


@st.cache_resource(show_spinner=False)
def _graph():
    return connect(settings_from())


@st.cache_resource(show_spinner=False)
def catalogue() -> Catalogue:
    return Catalogue.load()


@st.cache_resource(show_spinner=False)
def _registry() -> Resolver:
    return Resolver.from_seeds()


# Rebuilt as often as answers expire: the graph may be loaded again from another folder meanwhile.
@st.cache_resource(show_spinner=False, ttl=60)
def resolver() -> Resolver:
    """The names the pages resolve: the registry's (seeds/), or the graph's when it holds bodies the registry lacks.

    A graph loaded from another folder (``mechgraph load FOLDER``, the benchmark's synthetic
    seeds) has bodies of its own; with the registry alone, the pages that pass a body's id on
    (the network's details, the evidence of a pair) would stop with "unknown body".
    """
    registry = _registry()
    # Straight to the catalogue, not through ask(): ask() binds its parameters with this resolver.
    bodies = catalogue().run(_graph(), "bodies", {}, registry)
    return registry if all(row["id"] in registry for row in bodies) else Resolver(bodies)


@st.cache_data(ttl=60, show_spinner=False)
def _ask(name: str, frozen: tuple) -> list[dict]:
    return catalogue().run(_graph(), name, dict(frozen), resolver())


def ask(name: str, **params) -> list[dict]:
    """The rows of one catalogue query (cached for a minute), or a stop with the reason."""
    frozen = tuple(
        sorted(
            (key, tuple(value) if isinstance(value, list) else value)
            for key, value in params.items()
            if value not in (None, "", [])
        )
    )
    try:
        return _ask(name, frozen)
    except MechGraphError as error:
        st.error(str(error))
        st.stop()


def graph_or_stop():
    """The connection, or a page that says how to start the server."""
    try:
        return _graph()
    except MechGraphError as error:
        st.error(f"{error}")
        st.stop()


def is_empty() -> bool:
    return not any(row["kind"] == "node" for row in ask("graph-counts"))


def stop_if_empty() -> None:
    """On an empty graph, say how to load data and end the page."""
    if is_empty():
        st.info(
            "The graph is empty. Load the curated data with `mechgraph load` "
            "(or run `make run`), then reload this page."
        )
        st.stop()


# -- the view in the URL -----------------------------------------------------------------
def url_value(key: str, default=None):
    """A value of the current view, from the page's URL."""
    return st.query_params.get(key, default)


def url_list(key: str) -> list[str]:
    return [value for value in st.query_params.get_all(key) if value]


def keep_in_url(**values) -> None:
    """Write the page's filters to its URL, so that a view can be shared by a link."""
    for key, value in values.items():
        if value in (None, "", [], False):
            st.query_params.pop(key, None)
        elif isinstance(value, (list, tuple)):
            st.query_params[key] = [str(item) for item in value]
        else:
            st.query_params[key] = str(value)


def index_of(options: list, value, default: int = 0) -> int:
    return options.index(value) if value in options else default


def choice(label: str, options: Vocabulary | list[str], key: str, everything: str = "all"):
    """A select box whose first option, None, means no filter; it starts from the URL's value."""
    values = [None, *options]
    words = options.label if isinstance(options, Vocabulary) else lambda value: value.replace("_", " ")
    return st.selectbox(
        label,
        values,
        index=index_of(values, url_value(key)),
        key=key,
        format_func=lambda value: everything if value is None else words(value),
    )


def body_label(row: dict, lang: str = "en") -> str:
    """A body's name in the chosen language, falling back to English, with its acronym."""
    name = row.get(f"name_{lang}") if lang != "en" else None
    name = name or row.get("name") or row.get("id")
    acronyms = row.get("acronyms") or []
    return f"{name} ({acronyms[0]})" if acronyms and acronyms[0] not in name else name


def language() -> str:
    """The label language chosen in the sidebar (kept in the URL)."""
    codes = list(LANGUAGES)
    choice = st.sidebar.radio(
        "Labels",
        codes,
        index=index_of(codes, url_value("lang", "en")),
        format_func=LANGUAGES.label,
        horizontal=True,
        key="lang",
    )
    keep_in_url(lang=None if choice == "en" else choice)
    return choice


def evidence_table(rows: list[dict]) -> None:
    """Quotes with their document and paragraph."""
    if not rows:
        st.caption("No evidence recorded.")
        return
    st.dataframe(
        [
            {"document": row.get("symbol") or row["document"], "where": row["locator"], "quote": row["quote"]}
            for row in rows
        ],
        hide_index=True,
    )
