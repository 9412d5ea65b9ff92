"""Network: the cooperation network as the way to navigate: click a body to see its details and evidence,
double-click it (or press "Show its neighbours") to draw its neighbourhood."""

import hashlib
import pickle

import streamlit as st

from dashboard import drawing, layout, serve
from dashboard.canvas import network_canvas
from dashboard.common import ask, bodies, body_label, find_body, graph_or_stop, index_of, language, stop_if_empty
from dashboard.evidence import facts_table, show_evidence
from dashboard.params import keep_in_url, keep_list_in_url, url_choice, url_choices, url_int, url_range, url_text, warn
from dashboard.words import NODE_TYPES as NODE_WORDS
from graph import ties
from registry import vocabulary

SYSTEMS = list(vocabulary.SYSTEMS)
REGIONS = list(vocabulary.REGIONS)
EDGE_TYPES = list(drawing.EDGES)
DEFAULT_EDGES = ["references", "activity", "liaison"]
STATUSES = list(vocabulary.ACTIVITY_STATUSES)
NODE_TYPES = ["bodies", "organisations", "classes"]
DEFAULT_NODE_TYPES = ["bodies", "organisations"]
YEARS = (1990, 2030)
HEIGHT = 650
#: The most links drawn at once: the strongest are kept (a picture of more is unreadable, and slow to draw).
MAX_EDGES = 1500
#: Width over height of the canvas in a 1400-pixel window, which the layout fills.
ASPECT = 1.15
#: The facts of a chosen link listed, each with its evidence (a link keeps at most graph.links.VIA of them).
PAIR_FACTS = 25


def digest(*parts) -> str:
    """A fingerprint of the network, to key a cache by what is drawn: different networks never share one."""
    return hashlib.blake2b(pickle.dumps(parts, protocol=5), digest_size=16).hexdigest()


st.title("Network")
graph_or_stop()
stop_if_empty()
known = bodies()


def show_neighbours(node: str) -> None:
    """Draw the neighbourhood of ``node``: it becomes the searched body (the search box follows the URL)."""
    st.query_params["body"] = known[node].get("name") or node
    st.session_state.pop("search", None)
    st.session_state["node"] = node


def pair_in_url() -> tuple[str, str, str | None] | None:
    """The link chosen in the URL (``pair=<id>~<id>&ptype=<link type>``), checked: two known bodies, a known type."""
    text = url_text("pair")
    if not text:
        return None
    ends = text.split("~")
    if len(ends) != 2 or ends[0] == ends[1] or not set(ends) <= known.keys():
        warn(f"The link's pair “{text}” does not name two bodies of the graph; no link is chosen.")
        return None
    return ends[0], ends[1], url_choice("ptype", EDGE_TYPES, None, "link type")


# A link that changes the URL (a did-you-mean, a shared view) wins over what the widgets remember;
# the page compares the URL with what it last wrote there itself.
for url_key, widget in (("body", "search"), ("node", "node")):
    if url_text(url_key) != st.session_state.get(f"url-{url_key}", url_text(url_key)):
        st.session_state.pop(widget, None)
        st.session_state.pop("searched", None)
# A click on the canvas reaches this run as the canvas's value; it is applied here, before the widgets
# it changes are made (Streamlit allows no change to a widget's state once the widget is drawn).
# The link chosen (a pair of bodies and a link type) comes from the URL when it changed there.
if st.session_state.get("url-pair") != (url_text("pair"), url_text("ptype")):
    st.session_state["pair"] = pair_in_url()
event = st.session_state.get("canvas")
if event and event.get("at") != st.session_state.get("canvas-handled"):
    st.session_state["canvas-handled"] = event["at"]
    if event.get("action") == "pair" and {event.get("from"), event.get("to")} <= known.keys():
        st.session_state["pair"] = (event["from"], event["to"], event.get("type"))
        # A new link: the fact chosen among the last one's facts is forgotten, in the URL and in its table.
        keep_in_url(fact=None)
        st.session_state.pop("table-fact", None)
    elif event.get("id") in known:
        st.session_state["node"] = event["id"]
        st.session_state["pair"] = None
        if event.get("action") == "expand":
            show_neighbours(event["id"])

with st.sidebar:
    lang = language()
    search = st.text_input("Find a body (any name or acronym, en/fr/zh)", value=url_text("body"), key="search")
    body = find_body(search, "body", __file__)
    if body:
        st.caption(f"→ {body_label(known[body], lang)}" if body in known else f"→ {body}")
    elif search:
        st.caption("No body found by that name: the whole network is drawn.")
    depth = st.slider(
        "Neighbourhood depth", 1, 3, url_int("depth", 1, 1, 3, "depth"), disabled=body is None, key="depth"
    )
    systems = st.multiselect(
        "Systems",
        SYSTEMS,
        default=url_choices("system", SYSTEMS, what="system"),
        key="systems",
        format_func=lambda value: vocabulary.SYSTEMS.label(value, lang),
    )
    regions = st.multiselect(
        "Regions",
        REGIONS,
        default=url_choices("region", REGIONS, what="region"),
        key="regions",
        format_func=lambda value: vocabulary.REGIONS.label(value, lang),
    )
    # Shared attendance at a workshop links everyone present: off by default, to keep the picture readable.
    edge_types = st.multiselect(
        "Links",
        EDGE_TYPES,
        default=url_choices("link", EDGE_TYPES, DEFAULT_EDGES, "link"),
        key="links",
        format_func=lambda value: vocabulary.LINK_TYPES.label(value, lang),
    )
    statuses = st.multiselect(
        "Status",
        STATUSES,
        default=url_choices("status", STATUSES, STATUSES, "status"),
        key="statuses",
        format_func=lambda value: vocabulary.ACTIVITY_STATUSES.label(value, lang),
        help="Held: took place (a reference in practice). Planned: announced. Proposed: a workplan or a "
        "recommendation only.",
    )
    node_types = st.multiselect(
        "Node types",
        NODE_TYPES,
        default=url_choices("types", NODE_TYPES, DEFAULT_NODE_TYPES, "node type"),
        key="types",
        format_func=lambda value: NODE_WORDS.label(value, lang),
    )
    years = st.slider("Years", *YEARS, url_range(("from", "to"), YEARS, "years"), key="years")
    undated_out = st.toggle(
        "Leave out undated links",
        value=url_choice("undated", ["out"], what="undated links") == "out",
        key="undated",
        help="Focal-point liaison has no year, nor have some activities and references. A reference takes the "
        "year of the first document stating it.",
    )
    st.caption(
        "Undated links are left out."
        if undated_out
        else "Undated links are kept (liaison, undated activities and references)."
    )
    colour_by = st.radio(
        "Colour by",
        ["system", "region"],
        index=index_of(["system", "region"], url_choice("colour", ["system", "region"], "system", "colour")),
        horizontal=True,
        key="colour",
    )
    max_nodes = st.number_input(
        "At most this many nodes", 10, 5000, url_int("max", 150, 10, 5000, "node cap"), step=10, key="max"
    )
    physics = st.toggle(
        "Physics (the layout moves)", value=url_choice("physics", ["on"], what="physics") == "on", key="physics"
    )

keep_list_in_url("link", edge_types, DEFAULT_EDGES)
keep_list_in_url("types", node_types, DEFAULT_NODE_TYPES)
keep_list_in_url("status", statuses, STATUSES)
keep_in_url(
    body=search or None,
    depth=depth if body else None,
    system=systems,
    region=regions,
    **{"from": years[0] if years[0] != YEARS[0] else None, "to": years[1] if years[1] != YEARS[1] else None},
    undated="out" if undated_out else None,
    colour=None if colour_by == "system" else colour_by,
    max=None if max_nodes == 150 else max_nodes,
    physics="on" if physics else None,
)

# The filters of the links, which a link's facts follow too (link-facts).
link_filters = {
    "statuses": None if set(statuses) == set(STATUSES) else statuses or ["none"],  # all: the stored strongest links
    "year_from": years[0] if years[0] != YEARS[0] else None,
    "year_to": years[1] if years[1] != YEARS[1] else None,
    "undated": not undated_out,
}
[network] = ask(
    "network",
    systems=systems,
    regions=regions,
    relationships=edge_types or ["none"],
    **link_filters,
    body=body,
    depth=depth,
    include_generic="classes" in node_types,
    include_organizations="organisations" in node_types,
    max_nodes=int(max_nodes),
    max_edges=MAX_EDGES,
)
nodes = [
    node
    for node in network["nodes"]
    if "bodies" in node_types or node.get("label") != "Mechanism" or node.get("generic")
]
kept = {node["id"] for node in nodes}
edges = [edge for edge in network["edges"] if edge["source"] in kept and edge["target"] in kept]
by_id = {node["id"]: node for node in nodes}

# The details follow the search: a new body searched is the body shown. A first run (or a link
# followed) starts from the URL's node, when it names one.
first = "searched" not in st.session_state
if first or body != st.session_state["searched"]:
    st.session_state["searched"] = body
    from_url = find_body(url_text("node"), "node", __file__) if first else None
    if from_url or body:
        st.session_state["node"] = from_url or body
st.session_state.setdefault("node", body)
chosen = st.session_state["node"] if st.session_state["node"] in known else None
if st.session_state["node"] not in known:
    st.session_state["node"] = None

if not nodes:
    st.info("No body matches these filters. Widen the systems, regions, links, statuses or years.")
elif network["dropped_nodes"]:
    st.warning(
        f"Showing the {len(nodes)} best connected of {network['total_nodes']} bodies: "
        f"{network['dropped_nodes']} left out. Raise the cap or narrow the filters to see them."
    )
if nodes:
    around = f" within {depth} of {body_label(known[body], lang)}" if body in known else ""
    caption = f"{len(nodes)} bodies, {len(edges)} links{around}."
    if network["dropped_edges"]:
        caption += (
            f" The {MAX_EDGES:,} strongest links are drawn; {network['dropped_edges']:,} weaker ones are left out."
        )
    if set(statuses) == set(STATUSES) and years == YEARS and not undated_out:
        caption += f" Each body shows at most its {ties.PER_KIND} strongest links of each type."
    st.caption(caption)


# Both caches are keyed by a digest of what is drawn; arguments with a leading underscore are
# not hashed. Streamlit would otherwise hash every node and edge on each run, which at a few
# thousand nodes costs more than the drawing itself.
@st.cache_data(show_spinner="Laying out the network…", max_entries=64)
def positions_for(key: str, lang: str, _nodes: list, _edges: list) -> dict:
    sizes = drawing.node_sizes(_nodes)
    boxes = drawing.label_boxes(_nodes, lang, sizes, drawing.labelled(_nodes))
    return layout.separate(layout.layout(_nodes, _edges), boxes, aspect=ASPECT)


@st.cache_data(show_spinner=False, max_entries=32)
def model_for(key: str, colour_by: str, lang: str, physics: bool, _nodes: list, _edges: list, _positions: dict):
    return drawing.canvas_model(_nodes, _edges, _positions, colour_by, lang, physics, HEIGHT)


if nodes:
    key = digest(nodes, edges)
    positions = positions_for(key, lang, nodes, edges)
    left, right = st.columns([4, 1])
    with left:
        model = model_for(key, colour_by, lang, physics, nodes, edges, positions)
        network_canvas(model, f"{key}-{colour_by}-{lang}-{physics}", chosen, key="canvas", height=HEIGHT)
    with right:
        st.markdown(drawing.legend_html(colour_by, {edge["type"] for edge in edges}, lang), unsafe_allow_html=True)

# What follows shows tables: their libraries, which the warm-up may still be importing as the server starts.
serve.imported("tables")
names = {node: drawing.short_name(row, lang) for node, row in known.items()}


def facts_of(edge: dict) -> list[str]:
    """The ids of the facts behind a drawn link, under the page's filters: read when a person picks the link."""
    found = ask("link-facts", source=edge["source"], target=edge["target"], type=edge["type"], **link_filters)
    return [row["fact"] for row in found]


pair = st.session_state.get("pair")
if pair:
    one, other, kind = pair
    between = [
        edge
        for edge in edges
        if {edge["source"], edge["target"]} == {one, other} and (kind is None or edge["type"] == kind)
    ]
    st.subheader("The link chosen")
    if not between:
        what = f" of the kind “{vocabulary.LINK_TYPES.label(kind, lang)}”" if kind else ""
        st.info(f"No link{what} between {names[one]} and {names[other]} is drawn under these filters.")
    for edge in between[:1]:
        st.markdown(f"**{drawing.edge_sentence(edge, names, lang)}**")
        behind = facts_of(edge)
        facts = [rows for fact in behind[:PAIR_FACTS] if (rows := ask("fact-evidence", id=fact))]
        if len(behind) >= PAIR_FACTS and (edge.get("weight") or 0) > PAIR_FACTS:
            st.caption(f"The first {PAIR_FACTS} facts of {edge.get('weight')}.")
        facts_table(
            facts,
            lambda rows: {
                "document": rows[0]["symbol"] or rows[0]["document"],
                "where": rows[0]["locator"],
                "quote": rows[0]["quote"],
            },
            lambda rows: rows,
            key="fact",
            identity=lambda rows: rows[0]["fact"],
            prompt="Select a fact to see its paragraph and every quote behind it.",
        )
keep_in_url(pair=f"{pair[0]}~{pair[1]}" if pair else None, ptype=pair[2] if pair else None)
if not pair:
    keep_in_url(fact=None)
st.session_state["url-pair"] = (url_text("pair"), url_text("ptype"))

st.subheader("Details and evidence")
# The bodies drawn, and the one chosen: listing all of a large graph's bodies would slow every page's first drawing,
# and the search above reaches any other.
ids = sorted(
    {n for n in kept if n in known} | ({st.session_state["node"]} if st.session_state["node"] in known else set()),
    key=lambda n: body_label(known[n], lang).casefold(),
)
chosen = st.selectbox(
    "A body of the network (or click one in it)",
    ids,
    index=None,
    key="node",
    format_func=lambda n: body_label(known[n], lang),
    placeholder="Click a body in the network, or pick one here",
)
keep_in_url(node=chosen if chosen and chosen != body else None)
st.session_state["url-body"], st.session_state["url-node"] = url_text("body"), url_text("node")
if not chosen:
    st.stop()

[profile] = ask("mechanism-profile", body=chosen)
buttons = st.columns([1, 3])
buttons[0].button("Show its neighbours", key="expand", icon=":material/hub:", on_click=show_neighbours, args=(chosen,))
buttons[1].page_link(
    "views/connections.py",
    label=f"How is {body_label(known[chosen], lang)} connected to…",
    query_params={"from": chosen} | ({"lang": lang} if lang != "en" else {}),
    icon=":material/route:",
)
# The heading gives the name in the chosen language; the other two follow it.
others = [
    profile.get(f"name_{other}") if other != "en" else profile["name"] for other in ("en", "fr", "zh") if other != lang
]
columns = st.columns(3)
columns[0].markdown(
    f"**{body_label(known.get(chosen, profile), lang)}**  \n" + "  \n".join(name for name in others if name)
)
columns[1].markdown(
    f"kind: {vocabulary.MECHANISM_KINDS.label(profile['kind'], lang) if profile['kind'] else '–'}  \n"
    f"system: {vocabulary.SYSTEMS.label(profile['system'], lang) if profile['system'] else '–'}  \n"
    f"region: {vocabulary.REGIONS.label(profile['region'], lang) if profile['region'] else '–'}  \n"
    f"part of: {', '.join(names.get(parent, parent) for parent in profile['parents']) or '–'}"
)
columns[2].markdown(
    f"references made: {profile['counts']['references_out']}  \n"
    f"references received: {profile['counts']['references_in']}  \n"
    f"joint activities: {profile['counts']['activities']}  \nworkplan items: {profile['counts']['workplan_items']}"
)
show_evidence(ask("fact-evidence", id=chosen))

st.markdown("**Its links in the network** (select one to see its evidence)")
links = [edge for edge in edges if chosen in (edge["source"], edge["target"])]
if not links:
    st.caption("No link drawn for it under these filters.")
else:
    facts_table(
        links,
        lambda edge: {
            "with": names.get(edge["target"] if edge["source"] == chosen else edge["source"]),
            "link": vocabulary.LINK_TYPES.label(edge["type"], lang),
            "status": vocabulary.ACTIVITY_STATUSES.label(edge.get("status") or "held", lang),
            "what": drawing.edge_sentence(edge, names, lang),
        },
        lambda edge: [row for fact in facts_of(edge)[:10] for row in ask("fact-evidence", id=fact)],
        key="edge",
        identity=lambda edge: f"{edge['source']}~{edge['target']}~{edge['type']}",
    )
