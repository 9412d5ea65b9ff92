"""Who cites whom: ranked pairs, the matrix as a heat map, and the evidence of a chosen pair."""

import altair as alt
import pandas as pd
import streamlit as st

from dashboard.common import ask, choice, graph_or_stop, index_of, stop_if_empty
from dashboard.evidence import show_evidence
from dashboard.params import keep_in_url, url_choice, url_text
from registry import vocabulary

st.title("Who cites whom")
graph_or_stop()
stop_if_empty()

with st.sidebar:
    kind = choice("Kind of reference", vocabulary.REFERENCE_KINDS, "kind", "all kinds")
    system = choice("System of either body", vocabulary.SYSTEMS, "system", "all systems")
    status = choice("Status", vocabulary.REFERENCE_STATUSES, "status")
    classes = st.toggle(
        "Include classes of bodies (NHRIs, all RHRMs…)",
        value=url_choice("classes", ["on"], what="classes") == "on",
        key="classes",
    )
keep_in_url(kind=kind, system=system, status=status, classes="on" if classes else None)

pairs = ask("who-cites-whom", kind=kind, system=system, status=status, include_generic=classes, limit=500)
if not pairs:
    st.info("No reference matches these filters.")
    st.stop()

st.subheader("Ranked pairs")
st.dataframe(
    [
        {
            "cites": row["source_name"],
            "is cited": row["target_name"],
            "references": row["references"],
            "kinds": ", ".join(k.replace("_", " ") for k in row["kinds"]),
        }
        for row in pairs
    ],
    hide_index=True,
)

st.subheader("Matrix")
matrix = pd.DataFrame(ask("reference-matrix", kind=kind, system=system, include_generic=classes))
if not matrix.empty:
    top = set(
        pd.concat([matrix.groupby("source")["references"].sum(), matrix.groupby("target")["references"].sum()])
        .groupby(level=0)
        .sum()
        .nlargest(40)
        .index
    )
    shown = matrix[matrix["source"].isin(top) & matrix["target"].isin(top)]
    st.caption(f"The {len(top)} bodies most involved in references; rows cite columns.")
    st.altair_chart(
        alt.Chart(shown)
        .mark_rect()
        .encode(
            x=alt.X("target:N", title="is cited"),
            y=alt.Y("source:N", title="cites"),
            color=alt.Color("references:Q", scale=alt.Scale(scheme="viridis")),
            tooltip=["source", "target", "references"],
        )
    )

st.subheader("One body: what it cites and who cites it")
body = st.text_input("Body (any name or acronym, en/fr/zh)", value=url_text("body"), key="body")
keep_in_url(body=body or None)
if body:
    references = ask("references-of", body=body)
    if references:
        st.dataframe(
            [
                {
                    "": "cites" if row["direction"] == "out" else "is cited by",
                    "body": row["other_name"],
                    "kind": row["kind"].replace("_", " "),
                    "status": row["status"],
                    "quotes": row["evidence_count"],
                }
                for row in references
            ],
            hide_index=True,
        )
    else:
        st.caption("No reference recorded for this body.")

st.subheader("Evidence of one pair")
labels = [f"{row['source']} → {row['target']}" for row in pairs]
chosen = st.selectbox("Pair", labels, index=index_of(labels, url_text("pair")), key="pair")
keep_in_url(pair=chosen)
source, target = chosen.split(" → ")
evidence = ask("reference-evidence", source=source, target=target)
for row in evidence:
    row["quote"] = f"[{row['kind'].replace('_', ' ')}, {row['status']}] {row['quote']}"
show_evidence(evidence)
