"""Network: the cooperation network, drawn with pyvis on a fixed layout, with its evidence."""

import hashlib
import pickle

import streamlit as st

from dashboard import drawing, layout
from dashboard.common import (
    ask,
    body_label,
    evidence_table,
    graph_or_stop,
    index_of,
    keep_in_url,
    language,
    resolver,
    stop_if_empty,
    url_list,
    url_value,
)
from registry import vocabulary

SYSTEMS = list(vocabulary.SYSTEMS)
REGIONS = list(vocabulary.REGIONS)
EDGE_TYPES = list(drawing.EDGES)
DEFAULT_EDGES = ["references", "activity", "liaison"]


def digest(*parts) -> str:
    """A fingerprint of the network, to key a cache by what is drawn: different networks never share one."""
    return hashlib.blake2b(pickle.dumps(parts, protocol=5), digest_size=16).hexdigest()


st.title("Network")
graph_or_stop()
stop_if_empty()

with st.sidebar:
    lang = language()
    search = st.text_input("Find a body (any name or acronym, en/fr/zh)", value=url_value("body", ""), key="search")
    body = None
    if search:
        match = resolver().resolve(search)
        if match.id:
            body = match.id
            st.caption(f"→ {match.name} [{match.id}]")
        else:
            nearest = resolver().candidates(search, 3)
            st.warning(
                "Unknown name" + (": did you mean " + ", ".join(c.surface for c in nearest) + "?" if nearest else ".")
            )
    depth = st.slider("Neighbourhood depth", 1, 3, int(url_value("depth", 1)), disabled=body is None, key="depth")
    systems = st.multiselect("Systems", SYSTEMS, default=[s for s in url_list("system") if s in SYSTEMS], key="systems")
    regions = st.multiselect("Regions", REGIONS, default=[r for r in url_list("region") if r in REGIONS], key="regions")
    # Shared attendance at a workshop links everyone present: off by default, to keep the picture readable.
    edge_types = st.multiselect(
        "Links",
        EDGE_TYPES,
        default=[e for e in url_list("link") if e in EDGE_TYPES] or DEFAULT_EDGES,
        key="links",
        format_func=lambda kind: drawing.EDGES[kind][3],
    )
    node_types = st.multiselect(
        "Node types",
        ["bodies", "organisations", "classes"],
        default=url_list("types") or ["bodies", "organisations"],
        key="types",
    )
    years = st.slider(
        "Years (activities and events)",
        1990,
        2030,
        (int(url_value("from", 1990)), int(url_value("to", 2030))),
        key="years",
    )
    colour_by = st.radio(
        "Colour by",
        ["system", "region"],
        index=index_of(["system", "region"], url_value("colour")),
        horizontal=True,
        key="colour",
    )
    max_nodes = st.number_input("At most this many nodes", 10, 5000, int(url_value("max", 150)), step=10, key="max")
    physics = st.toggle("Physics (the layout moves)", value=url_value("physics") == "on", key="physics")

keep_in_url(
    body=search or None,
    depth=depth if body else None,
    system=systems,
    region=regions,
    link=[] if set(edge_types) == set(DEFAULT_EDGES) else edge_types,
    types=[] if set(node_types) == {"bodies", "organisations"} else node_types,
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
evidence_table(ask("fact-evidence", id=chosen))

links = [edge for edge in edges if chosen in (edge["source"], edge["target"])]
if links:
    label = lambda e: f"{by_id[e['source']]['id']} → {by_id[e['target']]['id']}: {drawing.EDGES[e['type']][3]}"  # noqa: E731
    edge = st.selectbox("One of its links", links, format_func=label, key="edge")
    for fact in edge.get("via") or []:
        if fact:
            st.markdown(f"*{fact}*")
            evidence_table(ask("fact-evidence", id=fact))
