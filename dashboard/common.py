"""What every dashboard page shares: the graph, the catalogue, the view kept in the URL.

Pages ask questions only through :func:`ask` (the queries/ catalogue), never with Cypher of
their own, so the dashboard and ``mechgraph query`` always give the same answers.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import streamlit as st

from dashboard.params import keep_in_url, url_choice, url_text, warn
from dashboard.words import WORDS
from graph.connection import connect
from graph.errors import MechGraphError
from graph.settings import settings_from
from queries.catalogue import EVERY, Catalogue
from registry.names import SEEDS, Resolver
from registry.vocabulary import LANGUAGES, Vocabulary


@st.cache_resource(show_spinner=False)
def _graph():
    return connect(settings_from())


@st.cache_resource(show_spinner=False)
def catalogue() -> Catalogue:
    return Catalogue.load()


def seed_folder() -> Path:
    """The seed folder the dashboard reads names from and records decisions in: ``$MECHGRAPH_SEEDS``
    (set by ``mechgraph dashboard --seeds FOLDER``), else the project's seeds/."""
    return Path(os.environ.get("MECHGRAPH_SEEDS") or SEEDS)


@st.cache_resource(show_spinner=False)
def _registry(folder: Path | None = None) -> Resolver:
    return Resolver.from_seeds(folder or seed_folder())


def forget_answers() -> None:
    """After a page wrote: the cached answers and the registry are read again."""
    st.cache_data.clear()
    _registry.clear()
    resolver.clear()


# Rebuilt as often as answers expire: the graph may be loaded again from another folder meanwhile.
@st.cache_resource(show_spinner=False, ttl=60)
def resolver() -> Resolver:
    """The names the pages resolve: the registry's (seeds/), or the graph's when it holds bodies the registry lacks.

    A graph loaded from another folder (``mechgraph load FOLDER``, the benchmark's synthetic
    seeds) has bodies of its own; with the registry alone, the pages that pass a body's id on
    (the network's details, the evidence of a pair) would stop with "unknown body".
    """
    registry = _registry(seed_folder())
    # Straight to the catalogue, not through ask(): ask() binds its parameters with this resolver.
    bodies = catalogue().run(_graph(), "bodies", {"limit": EVERY}, registry)
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


def index_of(options: list, value, default: int = 0) -> int:
    return options.index(value) if value in options else default


def choice(label: str, options: Vocabulary | list[str], key: str, everything: str = "all", lang: str = "en"):
    """A select box whose first option, None, means no filter; it starts from the URL's (checked) value.
    A vocabulary's values read in ``lang``, and so does "all" (``everything``) in a language other than English."""
    values = [None, *options]
    if isinstance(options, Vocabulary):
        words = functools.partial(options.label, lang=lang)
    else:
        words = lambda value: value.replace("_", " ")  # noqa: E731
    everything = everything if lang == "en" else WORDS.label("all", lang)
    return st.selectbox(
        label,
        values,
        index=index_of(values, url_choice(key, list(options), what=label.lower())),
        key=key,
        format_func=lambda value: everything if value is None else words(value),
    )


def _is_chinese(text: str) -> bool:
    return any("\u3400" <= char <= "\u9fff" for char in text)


def acronym(acronyms: list[str], lang: str = "en", name: str = "") -> str | None:
    """The acronym that fits the language: for zh a Chinese one if any, else the first in Latin script; never
    one the ``name`` already holds (美洲人权委 in 美洲人权委员会).

    >>> acronym(["OHCHR", "HCDH", "人权高专办"], "zh")
    '人权高专办'
    >>> acronym(["际协委"], "en") is None
    True
    >>> acronym(["IACourtHR"], "zh")
    'IACourtHR'
    >>> acronym(["IACHR", "美洲人权委"], "zh", "美洲人权委员会")
    'IACHR'
    """
    acronyms = [a for a in acronyms if a not in name]
    latin = [a for a in acronyms if not _is_chinese(a)]
    chinese = [a for a in acronyms if _is_chinese(a)]
    return next(iter((chinese + latin) if lang == "zh" else latin), None)


def body_label(row: dict, lang: str = "en") -> str:
    """A body's name in the chosen language (falling back to English), with the acronym that fits the language.

    >>> ohchr = {"name": "Office of the High Commissioner for Human Rights", "acronyms": ["OHCHR", "HCDH", "人权高专办"],
    ...          "name_fr": "Haut-Commissariat aux droits de l'homme", "name_zh": "人权高专办"}
    >>> body_label(ohchr, "fr")
    "Haut-Commissariat aux droits de l'homme (OHCHR)"
    >>> body_label(ohchr, "zh")   # the Chinese acronym is the name itself: the Latin one follows
    '人权高专办 (OHCHR)'
    >>> body_label({"name": "International Coordinating Committee", "acronyms": ["际协委"]})
    'International Coordinating Committee'
    """
    name = row.get(f"name_{lang}") if lang != "en" else None
    name = name or row.get("name") or row.get("id")
    short = acronym(row.get("acronyms") or [], lang, name)
    return f"{name} ({short})" if short else name


def short_label(row: dict, lang: str = "en", longest: int = 28) -> str:
    """A body's name where room is short (an axis, a graph): its acronym when the name is long.

    >>> short_label({"name": "Inter-American Court of Human Rights", "acronyms": ["IACourtHR"]})
    'IACourtHR'
    >>> short_label({"name": "Human Rights Committee", "acronyms": []})
    'Human Rights Committee'
    """
    name = row.get(f"name_{lang}") if lang != "en" else None
    name = name or row.get("name") or row.get("id")
    short = acronym(row.get("acronyms") or [], lang)
    return short if short and len(name) > longest else name


def name_of(body: str, lang: str = "en", short: bool = False) -> str:
    """The label of a body given by its id (the id itself when the graph does not hold it)."""
    row = bodies().get(body)
    if row is None:
        return body
    return short_label(row, lang) if short else body_label(row, lang)


def language() -> str:
    """The label language chosen in the sidebar (kept in the URL)."""
    codes = list(LANGUAGES)
    choice = st.sidebar.radio(
        "Labels",
        codes,
        index=index_of(codes, url_choice("lang", codes, "en", "label language")),
        format_func=LANGUAGES.label,
        horizontal=True,
        key="lang",
    )
    keep_in_url(lang=None if choice == "en" else choice)
    return choice


# -- bodies by name ------------------------------------------------------------------------
# A resource, not data: pages look names up hundreds of times a run, and cached data is copied at each call.
@st.cache_resource(ttl=60, show_spinner=False)
def bodies(include_generic: bool = True) -> dict[str, dict]:
    """Every body and organisation by id, with its names in four languages and its acronyms (read only): the
    whole directory, asked once a minute for every picker and label of the dashboard."""
    given = {"include_generic": include_generic, "limit": EVERY}
    return {row["id"]: row for row in catalogue().run(_graph(), "bodies", given, resolver())}


def find_body(text: str, key: str, page: str | Path) -> str | None:
    """The id of the body ``text`` names, by any spelling the resolver knows; or None, with the reason said
    and the nearest bodies offered as links to the same page with that body chosen."""
    if not text:
        return None
    match = resolver().resolve(text)
    if match.id:
        return match.id
    nearest = resolver().candidates(text, 4)
    warn(f"No body is called “{text}”." + (" Did you mean:" if nearest else ""))
    lang = url_choice("lang", list(LANGUAGES), "en")
    known = bodies()
    for name in nearest:
        row = known.get(name.id, {"id": name.id, "name": name.name})
        params = {k: st.query_params.get_all(k) for k in st.query_params if k != key}
        st.page_link(
            page, label=body_label(row, lang), query_params={**params, key: name.id}, icon=":material/arrow_forward:"
        )
    return None


def _typed_to_known(widget: str, resolve, options: set[str]) -> None:
    """A typed spelling that names an option becomes that option, so the picker shows its name, not the typing."""
    typed = st.session_state.get(widget)
    if typed is not None and typed not in options:
        found = resolve(typed)
        if found in options:
            st.session_state[widget] = found


def pick_body(label: str, key: str, page: str | Path, lang: str, include_generic: bool = True) -> str | None:
    """A body picked by name: the list shows names with acronyms; typing any other spelling the
    resolver knows (en, fr, zh) and Enter picks it too. The choice is the URL's ``key``."""
    known = bodies(include_generic)
    ids = sorted(known, key=lambda b: body_label(known[b], lang).casefold())
    given = find_body(url_text(key), key, page)
    chosen = st.selectbox(
        label,
        ids,
        index=ids.index(given) if given in ids else None,
        format_func=lambda b: body_label(known[b], lang) if b in known else b,
        placeholder="Type any name or acronym",
        accept_new_options=True,
        key=f"pick-{key}",
        on_change=_typed_to_known,
        args=(f"pick-{key}", lambda text: resolver().resolve(text).id, set(ids)),
    )
    if chosen is not None and chosen not in known:
        chosen = find_body(chosen, key, page)
    return chosen


#: How many documents a document picker lists before any words are typed.
LISTED = 100


def documents_named(ids) -> dict[str, dict]:
    """The held documents of these ids (symbol, title, language, whether ingested), by id: what a page names."""
    wanted = sorted({one for one in ids if one})
    return {row["id"]: row for row in ask("document-names", ids=wanted)[0]["documents"]} if wanted else {}


def url_document(key: str, ingested: bool = False) -> str | None:
    """The URL's ``key``, when it is the id of a held document (ingested, if asked); else a word of warning and None."""
    given = url_text(key)
    found = documents_named([given]).get(given)
    if found and (found["ingested"] or not ingested):
        return given
    if given:
        warn(f"The link's document “{given}” is not a held{' and ingested' if ingested else ''} document.")
    return None


def pick_document(label: str, key: str, name, chosen: str | None = None, ingested: bool = False, everything=None):
    """A held document picked from a list that words search: the first :data:`LISTED` by symbol, or those whose
    symbol, title or id holds the words typed above it; ``chosen`` stays listed. ``name(row)`` reads a document;
    with ``everything`` (what picking none reads), None is the first option."""
    words = st.text_input(f"{label}: find by symbol or words of the title", key=f"find-{key}").strip()
    listed = ask("document-names", words=words or None, ingested=ingested, limit=LISTED)[0]["documents"]
    rows = {row["id"]: row for row in listed}
    if chosen and chosen not in rows:
        rows = {**documents_named([chosen]), **rows}
    options = ([None] if everything else []) + list(rows)
    picked = st.selectbox(
        label,
        options,
        index=index_of(options, chosen),
        format_func=lambda document: everything if document is None else name(rows[document]),
        key=key,
    )
    if len(listed) == LISTED:
        st.caption(f"The first {LISTED} documents by symbol: type words to find others.")
    elif words and not listed:
        st.caption("No document holds these words.")
    return picked
