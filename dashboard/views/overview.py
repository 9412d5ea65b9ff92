"""Overview: what the graph holds, the best connected bodies, recent joint activities, freshness."""

import streamlit as st

from dashboard.common import ask, body_label, graph_or_stop, language, stop_if_empty

st.title("MechGraph")
st.caption("How United Nations and regional human rights mechanisms work together.")
graph_or_stop()
lang = language()
stop_if_empty()

counts = {row["name"]: row["count"] for row in ask("graph-counts") if row["kind"] == "node"}
columns = st.columns(6)
for column, (label, title) in zip(
    columns,
    [
        ("Mechanism", "Bodies"),
        ("Reference", "References"),
        ("Activity", "Joint activities"),
        ("Event", "Events"),
        ("WorkplanItem", "Workplan items"),
        ("Evidence", "Quotes"),
    ],
    strict=True,
):
    column.metric(title, counts.get(label, 0))

left, right = st.columns(2)
with left:
    st.subheader("Most connected bodies")
    network = ask("network", max_nodes=15)[0]
    st.dataframe(
        [
            {
                "body": body_label(node, lang),
                "links": node["degree"],
                "system": node.get("system") or ("organisation" if node.get("label") == "Organization" else None),
            }
            for node in network["nodes"]
        ],
        hide_index=True,
    )
with right:
    st.subheader("Recent joint activities")
    st.dataframe(
        [
            {
                "start": row["start"],
                "kind": row["kind"].replace("_", " "),
                "title": row["title"],
                "country": row["country"],
                "status": row["status"],
            }
            for row in ask("joint-activities", status="held", limit=10)
        ],
        hide_index=True,
    )

st.subheader("Data freshness")
freshness = ask("data-freshness")
if freshness:
    st.dataframe(
        [{"source": row["source"], "last changed": row["loaded_at"][:19].replace("T", " ")} for row in freshness],
        hide_index=True,
    )
else:
    st.caption("No load recorded yet.")
