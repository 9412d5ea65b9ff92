"""Network: the cooperation network, drawn with pyvis on a fixed layout, with its evidence."""

import hashlib
import pickle

import streamlit as st

from dashboard import drawing, layout
from dashboard.common import ask, bodies, body_label, find_body, graph_or_stop, index_of, language, stop_if_empty
from dashboard.evidence import show_evidence
from dashboard.params import keep_in_url, keep_list_in_url, url_choice, url_choices, url_int, url_range, url_text
from registry import vocabulary

SYSTEMS = list(vocabulary.SYSTEMS)
REGIONS = list(vocabulary.REGIONS)
EDGE_TYPES = list(drawing.EDGES)
DEFAULT_EDGES = ["references", "activity", "liaison"]
NODE_TYPES = ["bodies", "organisations", "classes"]
DEFAULT_NODE_TYPES = ["bodies", "organisations"]


def digest(*parts) -> str:
    """A fingerprint of the network, to key a cache by what is drawn: different networks never share one."""
    return hashlib.blake2b(pickle.dumps(parts, protocol=5), digest_size=16).hexdigest()


st.title("Network")
graph_or_stop()
stop_if_empty()

with st.sidebar:
    lang = language()
    search = st.text_input("Find a body (any name or acronym, en/fr/zh)", value=url_text("body"), key="search")
    body = find_body(search, "body", __file__)
    if body:
        st.caption(f"→ {body_label(bodies()[body], lang)}" if body in bodies() else f"→ {body}")
    depth = st.slider(
        "Neighbourhood depth", 1, 3, url_int("depth", 1, 1, 3, "depth"), disabled=body is None, key="depth"
    )
    systems = st.multiselect("Systems", SYSTEMS, default=url_choices("system", SYSTEMS, what="system"), key="systems")
    regions = st.multiselect("Regions", REGIONS, default=url_choices("region", REGIONS, what="region"), key="regions")
    # Shared attendance at a workshop links everyone present: off by default, to keep the picture readable.
    edge_types = st.multiselect(
        "Links",
        EDGE_TYPES,
        default=url_choices("link", EDGE_TYPES, DEFAULT_EDGES, "link"),
        key="links",
        format_func=lambda kind: drawing.EDGES[kind][3],
    )
    node_types = st.multiselect(
        "Node types",
        NODE_TYPES,
        default=url_choices("types", NODE_TYPES, DEFAULT_NODE_TYPES, "node type"),
        key="types",
    )
    years = st.slider(
        "Years (activities and events)",
        1990,
        2030,
        url_range(("from", "to"), (1990, 2030), "years"),
        key="years",
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
keep_in_url(
    body=search or None,
    depth=depth if body else None,
    system=systems,
    region=regions,
    **{"from": years[0] if years[0] != 1990 else None, "to": years[1] if years[1] != 2030 else None},
    colour=None if colour_by == "system" else colour_by,
    max=None if max_nodes == 150 else max_nodes,
    physics="on" if physics else None,
)

[network] = ask(
    "network",
    systems=systems,
    regions=regions,
    relationships=edge_types or ["none"],
    year_from=years[0] if years[0] != 1990 else None,
    year_to=years[1] if years[1] != 2030 else None,
    body=body,
    depth=depth,
    include_generic="classes" in node_types,
    include_organizations="organisations" in node_types,
    max_nodes=int(max_nodes),
)
nodes = [
    node
    for node in network["nodes"]
    if "bodies" in node_types or node.get("label") != "Mechanism" or node.get("generic")
]
kept = {node["id"] for node in nodes}
edges = [edge for edge in network["edges"] if edge["source"] in kept and edge["target"] in kept]

if not nodes:
    st.info("No body matches these filters. Widen the systems, regions, links or years.")
    st.stop()
if network["dropped_nodes"]:
    st.warning(
        f"Showing the {len(nodes)} best connected of {network['total_nodes']} bodies: "
        f"{network['dropped_nodes']} left out. Raise the cap or narrow the filters to see them."
    )
st.caption(f"{len(nodes)} bodies, {len(edges)} links" + (f" within {depth} of {body}" if body else ""))


# Both caches are keyed by a digest of what is drawn; arguments with a leading underscore are
# not hashed. Streamlit would otherwise hash every node and edge on each run, which at a few
# thousand nodes costs more than the drawing itself.
@st.cache_data(show_spinner="Laying out the network…", max_entries=64)
def positions_for(key: str, _nodes: list, _edges: list) -> dict:
    return layout.layout(_nodes, _edges)


@st.cache_data(show_spinner=False, max_entries=32)
def drawing_for(
    key: str, colour_by: str, lang: str, physics: bool, _nodes: list, _edges: list, _positions: dict
) -> str:
    return drawing.pyvis_html(_nodes, _edges, _positions, colour_by, lang, physics)


key = digest(nodes, edges)
positions = positions_for(key, nodes, edges)
left, right = st.columns([4, 1])
with left:
    st.iframe(drawing_for(key, colour_by, lang, physics, nodes, edges, positions), height=670)
with right:
    st.markdown(drawing.legend_html(colour_by, {edge["type"] for edge in edges}), unsafe_allow_html=True)

st.subheader("Details and evidence")
by_id = {node["id"]: node for node in nodes}
node_ids = sorted(by_id, key=lambda n: body_label(by_id[n], lang).casefold())
chosen = st.selectbox(
    "A body", node_ids, index=index_of(node_ids, body), format_func=lambda n: body_label(by_id[n], lang), key="node"
)
[profile] = ask("mechanism-profile", body=chosen)
columns = st.columns(3)
columns[0].markdown(f"**{profile['name']}**  \n{profile.get('name_fr') or ''}  \n{profile.get('name_zh') or ''}")
columns[1].markdown(
    f"system: {profile['system'] or '–'}  \nkind: {(profile['kind'] or '–').replace('_', ' ')}  \n"
    f"region: {profile['region'] or '–'}  \npart of: {', '.join(profile['parents']) or '–'}"
)
columns[2].markdown(
    f"references made: {len(profile['references_out'])}  \nreferences received: {len(profile['references_in'])}  \n"
    f"joint activities: {len(profile['activities'])}  \nworkplan items: {len(profile['workplan_items'])}"
)
show_evidence(ask("fact-evidence", id=chosen))

links = [edge for edge in edges if chosen in (edge["source"], edge["target"])]
if links:
    label = lambda e: f"{by_id[e['source']]['id']} → {by_id[e['target']]['id']}: {drawing.EDGES[e['type']][3]}"  # noqa: E731
    edge = st.selectbox("One of its links", links, format_func=label, key="edge")
    for fact in edge.get("via") or []:
        if fact:
            st.markdown(f"*{fact}*")
            show_evidence(ask("fact-evidence", id=fact))
