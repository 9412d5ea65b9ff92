"""Overview: what the graph holds, the best connected bodies, recent joint activities, freshness."""

import streamlit as st

from dashboard.common import ask, body_label, graph_or_stop, language, name_of, stop_if_empty
from dashboard.countries import country_name
from dashboard.evidence import facts_table
from dashboard.figures import notice
from dashboard.words import WORDS
from registry import vocabulary

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
                "system": vocabulary.SYSTEMS.label(node["system"], lang)
                if node.get("system")
                else (WORDS.label("organisation", lang) if node.get("label") == "Organization" else None),
            }
            for node in network["nodes"]
        ],
        hide_index=True,
    )
    notice()
with right:
    st.subheader("Recent joint activities")
    # The query lists dated activities first, the latest on top; undated ones follow, said as such.
    st.caption("Held activities, latest first; those whose date the documents do not state come last.")
    facts_table(
        ask("joint-activities", status="held", limit=10),
        lambda row: {
            "date": row["start"] or WORDS.label("undated", lang),
            "kind": vocabulary.ACTIVITY_KINDS.label(row["kind"], lang),
            "title": row["title"],
            "country": country_name(row["country"], lang) or "",
            "participants": ", ".join(name_of(b, lang, short=True) for b in row["participants"]),
        },
        lambda row: ask("fact-evidence", id=row["activity"]),
        key="activity",
        identity=lambda row: row["activity"],
        prompt="Select an activity to see the documents and quotes behind it.",
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
