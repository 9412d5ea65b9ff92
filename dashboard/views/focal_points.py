"""Focal points: the directory, who liaises with whom, and the bodies without one."""

import streamlit as st

from dashboard.common import ask, choice, graph_or_stop, stop_if_empty
from dashboard.params import keep_in_url
from registry import vocabulary

st.title("Focal points")
graph_or_stop()
stop_if_empty()

st.subheader("Directory")
directory = ask("focal-points")
st.dataframe(
    [
        {
            "focal point": row["title"],
            "of": row["body_name"],
            "held by": row["held_by"],
            "covers": row["covers"],
            "liaises with": ", ".join(row["liaises_with"]),
        }
        for row in directory
    ],
    hide_index=True,
)

st.subheader("Bodies without a focal point")
system = choice("System", vocabulary.SYSTEMS, "system", "all systems")
keep_in_url(system=system)
missing = ask("bodies-without-focal-point", system=system)
st.caption(f"{len(missing)} bodies")
st.dataframe(missing, hide_index=True)
