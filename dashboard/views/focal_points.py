"""Focal points: the directory (each focal point opens its evidence), and the bodies without one; both paged."""

import streamlit as st

from dashboard.common import ask, choice, graph_or_stop, language, name_of, stop_if_empty
from dashboard.evidence import facts_table
from dashboard.paging import paged, pager
from dashboard.params import keep_in_url
from registry import vocabulary

st.title("Focal points")
graph_or_stop()
lang = language()
stop_if_empty()

st.subheader("Directory")
directory = paged("focal-points")
pager(directory, "focal points", forget=["focal_point"])
facts_table(
    directory.rows,
    lambda row: {
        "focal point": row["title"],
        "of": name_of(row["body"], lang),
        "held by": name_of(row["held_by"], lang) if row["held_by"] else "",
        "covers": row["covers"] or "",
        "liaises with": ", ".join(name_of(b, lang, short=True) for b in row["liaises_with"]),
    },
    lambda row: ask("fact-evidence", id=row["focal_point"]),
    key="focal_point",
    identity=lambda row: row["focal_point"],
    prompt="Select a focal point to see the documents and quotes behind it.",
)

st.subheader("Bodies without a focal point")
system = choice("System", vocabulary.SYSTEMS, "system", "all systems", lang=lang)
keep_in_url(system=system)
missing = paged("bodies-without-focal-point", key="without_page", size=50, system=system)
pager(missing, "bodies")
st.dataframe(
    [
        {
            "body": name_of(row["body"], lang),
            "system": vocabulary.SYSTEMS.label(row["system"], lang) if row["system"] else "",
            "kind": vocabulary.MECHANISM_KINDS.label(row["kind"], lang) if row["kind"] else "",
            "region": vocabulary.REGIONS.label(row["region"], lang) if row["region"] else "",
        }
        for row in missing.rows
    ],
    hide_index=True,
)
