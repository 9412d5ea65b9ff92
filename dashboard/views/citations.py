"""Who cites whom: ranked pairs, the matrix as a heat map, and one body's references; every row opens its evidence."""

import altair as alt
import pandas as pd
import streamlit as st

from dashboard.common import ask, choice, graph_or_stop, language, name_of, pick_body, stop_if_empty
from dashboard.evidence import facts_table
from dashboard.paging import paged, pager
from dashboard.params import keep_in_url, url_choice
from registry import vocabulary

PAGE = "views/citations.py"

st.title("Who cites whom")
graph_or_stop()
lang = language()
stop_if_empty()

with st.sidebar:
    kind = choice("Kind of reference", vocabulary.REFERENCE_KINDS, "kind", "all kinds", lang=lang)
    system = choice("System of either body", vocabulary.SYSTEMS, "system", "all systems", lang=lang)
    status = choice("Status", vocabulary.REFERENCE_STATUSES, "status", lang=lang)
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


def labelled(evidence: list[dict]) -> list[dict]:
    """The evidence of references, each quote headed by the kind and status of its reference, in plain words."""
    return [
        {
            **row,
            "note": f"{vocabulary.REFERENCE_KINDS.label(row['kind'], lang)}, "
            f"{vocabulary.REFERENCE_STATUSES.label(row['status'], lang)}",
        }
        for row in evidence
    ]


st.subheader("Ranked pairs")
facts_table(
    pairs,
    lambda row: {
        "cites": name_of(row["source"], lang),
        "is cited": name_of(row["target"], lang),
        "references": row["references"],
        "kinds": ", ".join(vocabulary.REFERENCE_KINDS.label(kind, lang) for kind in row["kinds"]),
    },
    lambda row: labelled(ask("reference-evidence", source=row["source"], target=row["target"])),
    key="pair",
    identity=lambda row: f"{row['source']} → {row['target']}",
    prompt="Select a pair to see the documents and quotes behind it.",
)

st.subheader("Matrix")
# The query keeps the pairs among the 40 bodies that make and receive the most references.
matrix = pd.DataFrame(ask("reference-matrix", kind=kind, system=system, include_generic=classes, bodies=40))
if not matrix.empty:
    shown = matrix.copy()
    drawn = set(shown["source"]) | set(shown["target"])
    # Axes by name, short (the acronym when the name is long); the full names in the tooltip.
    for column in ("source", "target"):
        shown[f"{column}_label"] = shown[column].map(lambda body: name_of(body, lang, short=True))
        shown[f"{column}_name"] = shown[column].map(lambda body: name_of(body, lang))
    st.caption(f"The {len(drawn)} bodies most involved in references; rows cite columns.")
    st.altair_chart(
        alt.Chart(shown)
        .mark_rect()
        .encode(
            x=alt.X("target_label:N", title="is cited"),
            y=alt.Y("source_label:N", title="cites"),
            color=alt.Color("references:Q", scale=alt.Scale(scheme="viridis")),
            tooltip=[
                alt.Tooltip("source_name:N", title="cites"),
                alt.Tooltip("target_name:N", title="is cited"),
                "references",
            ],
        )
    )

st.subheader("One body: what it cites and who cites it")
body = pick_body("Body (any name or acronym, en/fr/zh)", "body", PAGE, lang, include_generic=classes)
keep_in_url(body=body)
if body:
    references = paged("references-of", key="ref_page", body=body)
    if references.rows:
        pager(references, "references", forget=["ref"])
        facts_table(
            references.rows,
            lambda row: {
                "": "cites" if row["direction"] == "out" else "is cited by",
                "body": name_of(row["other"], lang),
                "kind": vocabulary.REFERENCE_KINDS.label(row["kind"], lang),
                "status": vocabulary.REFERENCE_STATUSES.label(row["status"], lang),
                "quotes": row["evidence_count"],
            },
            lambda row: labelled(
                [
                    quote
                    for quote in ask(
                        "reference-evidence",
                        source=body if row["direction"] == "out" else row["other"],
                        target=row["other"] if row["direction"] == "out" else body,
                    )
                    if quote["kind"] == row["kind"] and quote["status"] == row["status"]
                ]
            ),
            key="ref",
            identity=lambda row: f"{row['direction']}:{row['other']}:{row['kind']}:{row['status']}",
            prompt="Select a reference to see its documents and quotes.",
        )
    else:
        st.caption(f"No reference recorded for {name_of(body, lang)}.")
