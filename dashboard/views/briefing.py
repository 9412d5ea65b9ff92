"""Briefing: for a meeting's attendees, a one-page briefing to read, print or download."""

import streamlit as st

from dashboard import drawing, figure, layout
from dashboard.briefing import attendees_network, briefing_html, sources_of
from dashboard.common import ask, body_label, graph_or_stop, language, resolver, stop_if_empty
from dashboard.params import keep_in_url

st.title("Briefing")
graph_or_stop()
stop_if_empty()
lang = language()

bodies = {row["id"]: row for row in ask("bodies", include_generic=False)}
remembered = [resolver().resolve(name).id or name for name in st.query_params.get_all("body")[:20]]
attendees = st.multiselect(
    "Attending bodies (type any name or acronym)",
    list(bodies),
    default=[body for body in remembered if body in bodies],
    format_func=lambda b: body_label(bodies[b], lang),
    key="attendees",
)
keep_in_url(body=attendees)
if not attendees:
    st.info(
        "Choose the bodies attending the meeting, for example the African Commission, the Inter-American "
        "Commission and OHCHR's NIRMS."
    )
    st.stop()

title = st.text_input("Title", value="Briefing for the meeting of focal points", key="title")
rows = ask("briefing", bodies=attendees)
gaps = ask("items-without-named-owner", workplan="fp-meeting-2012-workplan")
network = ask("network", relationships=list(drawing.EDGES), include_generic=False, max_nodes=5000)[0]
nodes, edges = attendees_network(network, attendees)
present = {node["id"] for node in nodes}
nodes += [{**bodies[body], "degree": 0} for body in attendees if body not in present]
positions = layout.layout(nodes, edges)

left, right = st.columns([3, 1])
with left:
    st.iframe(drawing.pyvis_html(nodes, edges, positions, "system", lang, height=420), height=440)
with right:
    st.markdown(drawing.legend_html("system", {edge["type"] for edge in edges}), unsafe_allow_html=True)

for row in rows:
    st.subheader(body_label(bodies.get(row["body"], {"id": row["body"], "name": row["name"]}), lang))
    columns = st.columns(3)
    columns[0].markdown(
        "**Open workplan items**\n\n"
        + (
            "\n".join(
                f"- {item['code']} ({item['role'].replace('_', ' ')}): {item['title']}" for item in row["open_items"]
            )
            or "None."
        )
    )
    columns[1].markdown(
        "**Recent joint activities**\n\n"
        + (
            "\n".join(f"- {a['start'] or 'undated'}: {a['title']} ({a['status']})" for a in row["recent_activities"])
            or "None."
        )
    )
    references = [f"- cites {r['body']} ({r['kind'].replace('_', ' ')})" for r in row["references_to_attendees"]]
    references += [f"- cited by {r['body']} ({r['kind'].replace('_', ' ')})" for r in row["referenced_by_attendees"]]
    columns[2].markdown("**References between attendees**\n\n" + ("\n".join(references) or "None."))

st.subheader("Gaps: items owned by nobody in particular")
st.dataframe([{"item": gap["code"], "title": gap["title"], "gap": gap["gap"]} for gap in gaps], hide_index=True)

sources = sources_of(ask("documents"))
image = figure.png(
    nodes,
    edges,
    positions,
    "system",
    "en" if lang == "zh" else lang,
    title=title,
    sources="Sources: " + "; ".join(sources),
)
page = briefing_html(title, rows, gaps, image, drawing.legend_html("system"), sources)
one, two = st.columns(2)
one.download_button(
    "Download the briefing (HTML)", page, file_name="mechgraph-briefing.html", mime="text/html", key="download-html"
)
two.download_button(
    "Download the network (PNG)", image, file_name="mechgraph-network.png", mime="image/png", key="download-png"
)
